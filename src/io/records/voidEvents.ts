// A 状态 naming both a void and a restore was read by a growing list of regexes (voided.ts), each near-variant misread —
// 「先作废后恢复再作废」「作废后仍无法恢复」「作废后恢复失败」「…已恢复,确认作废」「恢复失败,作废」 counted, 80.00 乙 for
// 100.00 甲, and 「此单作废,客户次日又恢复了」「作废,后经核实恢复」「作废,不久又恢复了」「此单作废,次日恢复」 set aside,
// 100.00 甲 for 80.00 乙, each at exit 0 (review of the sixtieth session). Here the note is read as events in order: the
// void and restore words through the whole note, each negated when a negator stands before it in its clause or a failure
// follows it; the last event not negated decides. What it cannot tie down it says is unclear (the row is then refused).

/** A restore undoes the void; 取消作废 / 撤销作废 are restores, matched before their void word. */
const RESTORE_WORDS = ['取消作废', '撤销作废', '撤回作废', '取消无效', '撤销无效', '核实为有效', '更正为有效', '改回有效', '改为有效', '重新启用', '重新生效', '恢复'];
// (And 不统计 / 剔除 / 删: 「重复录入,不统计」「不统计」「剔除」「删」「是,但后来删了」 were counted 80.00 乙 at exit 0 without
// a word, for 100.00 甲 — review 63 of 894acf16.)
const VOID_WORDS = ['作废', '无效', '撤销', '撤回', '删除', '不计入', '不计', '不统计', '剔除', '删'];
/** Said after an event in its clause: it did not happen (「恢复失败」「恢复不了」). */
const FAILURE_WORDS = ['没有成功', '未成功', '不成功', '没成功', '失败', '不了', '未果'];
/** Must (不得不 「…不得不再次作废」): no negation. */
const DOUBLE_WORDS = ['不得不', '不能不', '不会不'];
/** Words with a negator's character that negate no event: 「作废,不久又恢复了」「客户不满又作废」「核实无误」. */
// (And what says all is well after a restore — 「作废后已恢复,客户没意见」「…未影响统计」「…客户无投诉」「…没问题」「已恢复,不影响」
// were refused as unclear since cf0a494b, 80.00 乙 before it, review 60.)
const PLAIN_WORDS = [
  '不久', '不过', '不料', '不仅', '不满', '无误', '无异议', '没有异议', '没异议', '非常', '无论',
  '没有意见', '没意见', '无意见', '没有投诉', '无投诉', '没投诉', '没有问题', '没问题', '无问题', '不影响', '未影响', '没影响', '无影响', '没有影响',
];
const NEGATOR_WORDS = ['没来得及', '来不及', '还没', '无法', '没能', '未能', '不', '未', '没', '无', '非', '别', '勿', '莫', '甭'];
/** A request or plan before an event: it may not have been done (「客户又要求恢复」). */
const HEDGE_WORDS = ['要求', '申请', '请求', '打算', '准备', '建议', '想要'];
/** Between a negator and its event (「不同意又作废」 is no 「不再作废」): a new step. */
const STEP = /又|后|就|才|但/;
/** What may follow a restore in its clause and still speak of this row (voided.ts RESTORED_TAIL). */
// (And 此单 / 单据 after it: 「作废,已恢复为正常单据」「此单作废,已恢复此单」 were refused as unclear, review 60.)
const TAIL = /^(此单|本单|该单)?((为|成)?(有效|正常))?(订单|单据)?(使用|计分|计入|计算|原状|生效)?(统计)?(了|啦)?/;
/**
 * The order a restore's clause names, by the words just before 单 / 订单 / 单据 (after the last of 后 / 又 / 已 …, 「客户确认后
 * 订单恢复」): this row's order only when those words are one of THIS_ORDER's — a bare 订单 (「此单作废,订单已恢复」「…已恢复
 * 订单」), 此单, 本订单, 客户的订单, 作废单, 单据. Any other words name another order: 「此单作废,原单恢复」「…已恢复原订单」「重新启用新单」,
 * and (review 61, counted 80.00 乙 for 100.00 甲 at exit 0 with an info since b9017a9b took a bare 订单 for this row's, or
 * refused) 「另一个订单」「上个订单」「客户另下的订单」「之前的订单」「补发订单」「客户的第二个订单」「换货订单」「前一订单」
 * 「客户原来的订单」「上一张订单」「老订单」「旧单」「前单」「退货单」「同一客户的其它订单」「已恢复客户另一个订单」. An order
 * number (「订单12345已恢复」): which order? Not guessed.
 */
const ORDER_NOUN = /订单|单据|单/g;
// (And the void word: 「作废单已恢复」 is this row, counted, fx57v.)
// (Review 61 of ef767ab4: 「客户的这个订单」「这条订单」「此条订单」「本笔订单」「当前订单」「其订单」「客户这单」 were read as
// another order's, the row set aside, 100.00 甲 for 80.00 乙 at exit 0: the list was too short. Words on neither list —
// 「宏达装饰的订单」, the customer by name — are not guessed either way: unclear, refused.)
const THIS_ORDER = /^(客户的?|该客户的?)?(此|本|该|这|当前|其)?(个|一|张|笔|条)?((已经?|被)?(作废|无效|撤销)的?)?$/;
/** Words that name another order: 原单, 新单, 另一个, 上个, 之前的, 补发, 换货, 退货, 第二个, 其它, 别的 … */
// (A single character only right before 单 / 订单, a measure word or 的 between at most — 「上个」「新的」「前一」「之前的」
// 「客户原来的」 — not inside a name: 「此单作废,上海家居的订单已恢复」「新华书店的订单」 were set aside, 100.00 甲 at exit 0,
// the customer's name read as another order, while 「宏达装饰的订单已恢复」 was refused — review 62 of f6c2fbe2.)
const OTHER_ORDER = /另|其[他它]|别的|之前|以前|原来|(原|新|上|下|前|旧|老|补发?|换货?|退货?|重新?|第[一二三四五六七八九十两\d]+)(一|个|张|笔|条|份|的|下)*$/;
const orderOf = (words: string): 'this' | 'other' | 'number' => (THIS_ORDER.test(words) ? 'this' : OTHER_ORDER.test(words) ? 'other' : 'number');
/** Where the words naming an order begin: after the last of these (「客户确认后订单恢复」「重新下单后订单已恢复」). */
const ORDER_FROM = /(后来|之后|以后|随后|然后|后|又|但是|但|已经|已|现在|现|经核实|经确认|核实|确认|也|都)/g;
/** Between a restore and the order after it: 「已恢复为正常单据」「现已改为有效订单」. */
const ORDER_AFTER = /^(了|啦)?(为|成)?(有效|正常)?/;
const ORDER_NUMBER = /^(号|编号|号码)?[:：#＃]?\d|\d号?$/;

/** The order a restore at [at, end) of its clause names: this row's, another's, one not told (by number, or by words on
 * neither list: 'number'), or none. */
function restoredOrder(clause: string, at: number, end: number): 'this' | 'other' | 'number' | null {
  const nouns = [...clause.matchAll(ORDER_NOUN)];
  const after = nouns.find((n) => n.index >= end);
  const before = nouns.filter((n) => n.index + n[0].length <= at).at(-1);
  const readings: Array<'this' | 'other' | 'number'> = [];
  if (after !== undefined) {
    const words = clause.slice(end, after.index).replace(ORDER_AFTER, '');
    readings.push(ORDER_NUMBER.test(clause.slice(after.index + after[0].length)) || /\d/.test(words) ? 'number' : orderOf(words));
  }
  if (before !== undefined) {
    const prior = nouns.filter((n) => n.index + n[0].length <= before.index).at(-1);
    let words = clause.slice(prior === undefined ? 0 : prior.index + prior[0].length, before.index);
    const from = [...words.matchAll(ORDER_FROM)].at(-1);
    if (from !== undefined) words = words.slice(from.index + from[0].length);
    const number = ORDER_NUMBER.test(clause.slice(before.index + before[0].length, at)) || /\d/.test(words);
    readings.push(number ? 'number' : orderOf(words));
  }
  return readings.includes('number') ? 'number' : readings.includes('other') ? 'other' : readings.length > 0 ? 'this' : null;
}
const CLAUSE_MARK = /[(（\[【〔「」<《)）\]】〕>》,，、;；:：\-－—–~～/／。.!！?？\s]/;
/** A clause ending so is a question or a guess: its events are not sure (「客户不会不再作废吧」). */
const QUESTION = /[吧吗嘛呢?？]$/;
/** Maximum characters between a negator and the event it negates (「客户没有要求再作废」: 有要求再). */
const REACH = 4;

type Kind = 'void' | 'restore' | 'failure' | 'double' | 'plain' | 'negator' | 'hedge';
interface Token { kind: Kind; at: number; end: number; clause: number }
interface Event extends Token { kind: 'void' | 'restore'; index: number; negated: boolean; hedged: boolean }

export interface NoteReading {
  /** What the last event not negated says ('void' also when every event is negated: nothing restored it). */
  reads: 'void' | 'restored';
  /** Why the reading is not sure; absent when it is. */
  unclear?: 'untied' | 'other' | 'hedged';
}

const LEXICON: Array<[Kind, string[]]> = [
  ['restore', RESTORE_WORDS], ['failure', FAILURE_WORDS], ['double', DOUBLE_WORDS], ['void', VOID_WORDS],
  ['plain', PLAIN_WORDS], ['hedge', HEDGE_WORDS], ['negator', NEGATOR_WORDS],
];

function lex(text: string): { tokens: Token[]; clauses: Array<{ from: number; to: number }> } {
  const tokens: Token[] = [];
  const clauses: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 0; i < text.length; ) {
    if (CLAUSE_MARK.test(text[i]!)) {
      if (i > from) clauses.push({ from, to: i });
      from = ++i;
      continue;
    }
    let hit: Token | null = null;
    for (const [kind, words] of LEXICON) {
      const word = words.find((w) => text.startsWith(w, i));
      if (word) {
        hit = { kind, at: i, end: i + word.length, clause: clauses.length };
        break;
      }
    }
    if (hit) tokens.push(hit);
    i = hit ? hit.end : i + 1;
  }
  if (text.length > from) clauses.push({ from, to: text.length });
  return { tokens, clauses };
}

/**
 * A 状态's note read as events (the text without spaces), or null when it does not name both a void and a restore.
 */
export function readVoidEvents(text: string): NoteReading | null {
  const { tokens, clauses } = lex(text);
  if (!tokens.some((t) => t.kind === 'void') || !tokens.some((t) => t.kind === 'restore')) return null;
  const { events, tied } = eventsOf(text, tokens, clauses);
  // A restore about another order (「此单作废,原单恢复」「…已恢复原订单」「重新启用新单」) is no event of this row: the row stays
  // void, as these were read before (set aside, 100.00 甲) — refusing them failed five sound notes.
  const order = (e: Event) => {
    const clause = clauses[e.clause]!;
    return e.kind === 'restore' ? restoredOrder(text.slice(clause.from, clause.to), e.at - clause.from, e.end - clause.from) : null;
  };
  const ofOther = (e: Event) => order(e) === 'other';
  const last = events.filter((e) => !e.negated && !ofOther(e)).at(-1);
  const reads = last?.kind === 'restore' ? 'restored' : 'void';
  const lastAt = events.at(-1)!.end;
  // A negator or failure tied to no event: in an event's clause, or after the last event (「已恢复,客户不同意」), it may
  // undo one; a failure anywhere (「作废后恢复,但失败了」).
  const untied = tokens.some((t) => (t.kind === 'negator' || t.kind === 'failure') && !tied.has(t) && (t.kind === 'failure' || t.at >= lastAt || events.some((e) => e.clause === t.clause)));
  // A restore followed in its clause by words that are no event (「恢复后重新提交」「恢复原价」).
  const other = events.some((e) => {
    if (e.kind !== 'restore' || e.negated || ofOther(e)) return false;
    const clause = clauses[e.clause]!;
    const rest = text.slice(e.end, clause.to).replace(TAIL, '');
    return rest !== '' && !tokens.some((t) => t.clause === e.clause && t.at >= e.end && t.kind !== 'plain' && t.kind !== 'hedge');
  });
  // A restore of an order named by its number (「此单作废,订单12345已恢复」): this row's or another's?
  const numbered = events.some((e) => !e.negated && order(e) === 'number');
  const unclear = untied ? 'untied' : other || numbered ? 'other' : last?.hedged ? 'hedged' : undefined;
  return unclear ? { reads, unclear } : { reads };
}

/**
 * A note with no restore whose last void is negated after a void not negated: 「此单作废,客户说不用再作废」「作废,客户说不用作废了」
 * 「作废,后来不用作废」 were set aside (100.00 甲) — void, or the void withdrawn? Not guessed: the row is refused (voided.ts).
 * A lone negated void (「不是此单作废」「无需作废」) is none of these: nothing voided it.
 */
export function withdrawnVoid(text: string): boolean {
  const { tokens, clauses } = lex(text);
  if (tokens.some((t) => t.kind === 'restore')) return false;
  const { events } = eventsOf(text, tokens, clauses);
  const last = events.at(-1);
  const word = (e: Event) => text.slice(e.at, e.end);
  // Another order's void negated (「此单作废,原单不作废」「作废,原单不用作废」「此条作废,上一条不作废」): nothing of this row
  // withdrawn — set aside as before 54023f17 (100.00 甲), not refused (review 61).
  // (Only right before the (不)作废: 「此单作废,核对原单后发现不用作废」「与原单核对后无需作废」「核对原记录后不用作废」 were set
  // aside, 100.00 甲 at exit 0 — 原单 anywhere in the clause, review 62 of adc51454.)
  if (last !== undefined && OTHER_ROW_LEADS.test(text.slice(clauses[last.clause]!.from, last.at))) return false;
  // The same word withdrawn (作废 … 不用再作废): 「此单作废,无需删除」 (void, not deleted) stays as it was, set aside.
  return last !== undefined && last.negated && events.some((e) => !e.negated && word(e) === word(last));
}

/**
 * Another order or row named before a void word in its clause: 「原单」「原订单」「上一单」「上一条」「前一单」「另一单」「下一行」
 * 「旧单」 — the void (or its negation) is that order's, not this row's (review 61: 「原单作废,重新录入此单」 refused as this
 * row's void then a re-entry, 「此单作废,原单不作废」 as this row's void withdrawn).
 */
// (And 上面一行 / 前面的单 …: §23 原因 「更正:上面一行作废」 is the row above's void, review 62.)
export const OTHER_ROW_WORDS = '(原|上一?|前一?|另一|下一|旧|老|(上|下|前)面的?一?)(个|张|笔|条)?(订单|单据|单|记录|条|笔|行)';
/** Another order named right before a void word, a negator or 也 / 已 … between at most (「原单不作废」「上一条也不用作废」). */
const OTHER_ROW_LEADS = new RegExp(`${OTHER_ROW_WORDS}(的)?(也|都|还|就|并)?(已经?|被|已被)?(不|未|没|无|别|勿)?(有|要|用|需要?|须|必|应该?|能|再|曾)*$`);

// The safety net (review 62): a note whose void word stands — not negated (「未作废」「无需作废」), not another order's
// (「原单作废」), not refused or withdrawn (「申请作废被驳回」「作废后主管驳回」「此单作废,已恢复」「…不用作废」), not a word
// that only holds one (「不计较」「删除线」「作废单已补」「无效投诉」) — is never counted without a word (voided.ts).
/** Undoing or refusing the void, anywhere in the note. */
const UNDONE = /(?<!无)有效|误标|误填|标错|恢复|重新启用|重新生效|(核实|改|改回|更正)为有效|取消(作废|无效|撤销)|撤销(作废|无效)|(仍然?|照常|照样|重新|还是|核实|确认)(计入|计分|计算|算)|要求保留|保留(此|本|该|这)|还原|驳回|误判|(未|不|没有?)(批准|获批|通过)|被拒|拒绝作废/;
/** After a void word, what makes it a word of a noun or another word (「作废单」「无效投诉」「删除线」「不计较」). */
const HOLDS_ONLY = /^(的)?(单|订单|单据|投诉|申请|线|较)/;
/** The void words a remark (原因, 备注) speaks with: 无效 / 撤销 there may be the reason (「修了无效」「客户撤销投诉」). */
const REMARK_WORDS = new Set(['作废', '删除', '不计入', '不计', '不统计', '剔除', '删']);

/** Whether a void word of the note stands (the text without spaces; remark: a 原因 / 备注's words). */
export function voidStands(text: string, remark = false): boolean {
  if (UNDONE.test(text)) return false;
  const { tokens, clauses } = lex(text);
  if (!tokens.some((t) => t.kind === 'void')) return false;
  if (withdrawnVoid(text)) return false;
  const { events } = eventsOf(text, tokens, clauses);
  return events.some((e) => {
    if (e.kind !== 'void' || e.negated) return false;
    const word = text.slice(e.at, e.end);
    if (word === '撤回' || (remark && !REMARK_WORDS.has(word))) return false;
    const clause = clauses[e.clause]!;
    const after = text.slice(e.end, clause.to);
    if (HOLDS_ONLY.test(after)) return false;
    // In a remark 不计(入) with words after it in its clause is a sentence (「不计入车间考核」: README, not asked).
    if (remark && /^不(计|统计)/.test(word) && !/^(了|啦)?$/.test(after)) return false;
    return !OTHER_ROW_LEADS.test(text.slice(clause.from, e.at));
  });
}

/** The void and restore words of a note as events, each negated by a negator before it or a failure after it. */
function eventsOf(text: string, tokens: Token[], clauses: Array<{ from: number; to: number }>): { events: Event[]; tied: Set<Token> } {
  const events: Event[] = [];
  const tied = new Set<Token>();
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'void' && t.kind !== 'restore') continue;
    const e: Event = { ...t, kind: t.kind, index: i, negated: false, hedged: false };
    // The nearest negator (or 不得不) before it in its clause, no other event between.
    for (let j = i - 1; j >= 0; j--) {
      const b = tokens[j]!;
      if (b.clause !== t.clause || b.kind === 'void' || b.kind === 'restore') break;
      if (b.kind === 'hedge') e.hedged = true;
      if (b.kind !== 'negator' && b.kind !== 'double') continue;
      const between = text.slice(b.end, t.at);
      if (between.length <= REACH && !STEP.test(between)) {
        tied.add(b);
        if (b.kind === 'negator') e.negated = true;
      }
      break;
    }
    const clause = clauses[t.clause]!;
    if (QUESTION.test(text.slice(clause.from, clause.to))) e.hedged = true;
    events.push(e);
  }
  // A failure negates the nearest event before it in its clause.
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'failure') continue;
    const before = events.filter((e) => e.clause === t.clause && e.end <= t.at).at(-1);
    if (before === undefined || tokens.slice(before.index + 1, i).some((b) => b.kind === 'void' || b.kind === 'restore')) continue;
    before.negated = true;
    tied.add(t);
  }
  return { events, tied };
}

/**
 * 计入 / 计分 / 计算 in a note, each read in its clause (review 63 of 894acf16): 'negated' when a negator word stands before
 * it in its clause (不 / 未 / 没 / 无 / 非 / 别 / 勿 …, with 用 / 予 / 须 / 需 / 能 / 得 / 应该 / 再 … after it; 并未, 尚未), no
 * new step (又 / 后 / 就 / 才 / 但) between; 'other' when another period follows it (次月 / 上月 / 下期 / 4月 / 以后 …: not
 * this month's); 'asked' in a question (「作废后是否还要计入?」); else 'counted'. 「作废后不用计入」「未计入」「不予计入」
 * 「无须计入」「没有计入」「不能计入」「不得计入」「并未计入」「不应该计入」「不再计入本月」「需计入次月」「还需计入上月」 were read
 * as the void put back, counted 80.00 乙 at exit 0 (a warning) for set aside 100.00 甲 — a list of characters before 计入.
 */
export interface CountIn { at: number; end: number; reads: 'counted' | 'negated' | 'other' | 'asked' }
const COUNT_IN = /计入|计分|计算/g;
const COUNT_NEGATOR = /并未|尚未|不|未|没|無|无|非|别|勿|莫|甭|毋/g;
const OTHER_PERIOD = /^(到|进|至|在)?(次月|上月|下月|本月以后|下一?个?月|上一?个?月|下一?期|上一?期|次期|下季度?|上季度?|明年|去年|以后|之后|后续|[\d一二三四五六七八九十]+月)/;
const ASKED = /[吗吧呢嘛?？]|是否|要不要|需不需要|用不用|是不是|算不算|能否|可否/;
const STILL_BEFORE = /(仍然?|照常|照样|依然|依旧|还是)(要|需|需要|应|应该|继续)?$/;
export function countIns(text: string): CountIn[] {
  const { clauses } = lex(text);
  // The clause marks a question keeps (lex splits at ? too): a question is read on the clause and what ends it.
  const out: CountIn[] = [];
  for (const m of text.matchAll(COUNT_IN)) {
    const clause = clauses.find((c) => c.from <= m.index && m.index < c.to);
    if (clause === undefined) continue;
    const end = m.index + m[0].length;
    const before = text.slice(clause.from, m.index);
    const after = text.slice(end, clause.to);
    if (ASKED.test(text.slice(clause.from, clause.to + 1))) {
      out.push({ at: m.index, end, reads: 'asked' });
      continue;
    }
    // Words holding a negator's character that negate nothing (不久, 不满, 无误 …; 不得不) are blanked before reading.
    let plain = before;
    for (const w of [...DOUBLE_WORDS, ...PLAIN_WORDS]) plain = plain.split(w).join('□'.repeat(w.length));
    const neg = [...plain.matchAll(COUNT_NEGATOR)].at(-1);
    const between = neg === undefined ? '' : plain.slice(neg.index + neg[0].length);
    // (仍 / 照常 … before it puts the row back whatever a negator before it negated — 「作废后发现不是重复仍计入」 was set
    // aside, 100.00 甲 for 80.00 乙 at exit 0 — and whatever month follows: 「作废后仍计入3月」 is the month scored, review 63.)
    const still = STILL_BEFORE.test(plain);
    const negated = !still && neg !== undefined && !/[又后就才但□]/.test(between);
    out.push({ at: m.index, end, reads: negated ? 'negated' : !still && OTHER_PERIOD.test(after) ? 'other' : 'counted' });
  }
  return out;
}

/**
 * Whether the reason after a 是否有效 / 是否作废 answer voids this row (review 63 of 894acf16 / 6f215afb): a void word not
 * negated whose clause names nothing else — before it (after 但 / 后来 / 已 …) no 的 and no other row (重复的 / 之前的 /
 * 另外 / 第一次 / 旧的 / 那份 / 那次 …: 「重复的已删除」「之前的作废了」「另外一条已作废」「3月2日那次的作废」), after it no
 * object (「已删除客户电话」「客户撤销了投诉」「作废的是另一条」). 此条 / 本条 / 这条 before it is this row (「但本条已作废」).
 * 「是,但无效」「是,后来无效了」「是,但不计入」「是,但后来删了」「是,但这条与上一单重复,已作废」「是,月底复核时作废」 void it.
 */
const THIS_ROW_NAMED = /(此|本|该|这)(一)?(条|单|笔|份|次|行|张|记录|订单)/;
// (Not 重复 / 第N次 / 另行 alone: 「是,因重复已作废」「是,第二次回访时作废」「是,另行作废」 say this row is void — counted 80.00 乙
// at exit 0 for refused, review 63 of e3720fec. A thing before it is no row: 「是,客户投诉无效」「是,维修无效」.)
const OTHER_NAMED = /的|另外|另一|其[他它]|之前|以前|先前|前面|上面|旧|原|多余|错填|[上前下]一|那[份次条单笔个张行]|(投诉|电话|号码|维修|地址|联系方式|措施|方法)$/;
const LEADING = /^(但是|但|不过|后来|之后|然后|随后|其实|已经|已被|已|被|也|又|就)+/;
export function answerVoidsThisRow(reason: string): boolean {
  const { tokens, clauses } = lex(reason);
  if (!tokens.some((t) => t.kind === 'void')) return false;
  const { events } = eventsOf(reason, tokens, clauses);
  return events.some((e) => {
    if (e.kind !== 'void' || e.negated) return false;
    const clause = clauses[e.clause]!;
    const before = reason.slice(clause.from, e.at).replace(LEADING, '');
    const after = reason.slice(e.end, clause.to).replace(/^(掉)?(了|啦)?(掉)?/, '');
    if (after !== '') return false;
    if (THIS_ROW_NAMED.test(before)) return true;
    return !OTHER_NAMED.test(before) && !OTHER_ROW_LEADS.test(before);
  });
}
