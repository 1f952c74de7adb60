// A 状态 naming both a void and a restore was read by a growing list of regexes (voided.ts), each near-variant misread —
// 「先作废后恢复再作废」「作废后仍无法恢复」「作废后恢复失败」「…已恢复,确认作废」「恢复失败,作废」 counted, 80.00 乙 for
// 100.00 甲, and 「此单作废,客户次日又恢复了」「作废,后经核实恢复」「作废,不久又恢复了」「此单作废,次日恢复」 set aside,
// 100.00 甲 for 80.00 乙, each at exit 0 (review of the sixtieth session). Here the note is read as events in order: the
// void and restore words through the whole note, each negated when a negator stands before it in its clause or a failure
// follows it; the last event not negated decides. What it cannot tie down it says is unclear (the row is then refused).

/** A restore undoes the void; 取消作废 / 撤销作废 are restores, matched before their void word. */
const RESTORE_WORDS = ['取消作废', '撤销作废', '撤回作废', '取消无效', '撤销无效', '核实为有效', '更正为有效', '改回有效', '改为有效', '重新启用', '重新生效', '恢复'];
const VOID_WORDS = ['作废', '无效', '撤销', '撤回', '删除', '不计入', '不计'];
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
 * Another order named in a restore's clause: 「此单作废,原单恢复」「已恢复原订单」「重新启用新单」. Not a bare 订单: 「此单作废,
 * 订单已恢复」「…已恢复订单」 speak of this row's order (set aside at exit 0, 100.00 甲 for 80.00 乙, review 60).
 */
const OTHER_ORDER = /(原|新|另一?|上一?|下一?|其他|别的)(订)?单/;
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
  const ofOther = (e: Event) => e.kind === 'restore' && OTHER_ORDER.test(text.slice(clauses[e.clause]!.from, clauses[e.clause]!.to));
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
  const unclear = untied ? 'untied' : other ? 'other' : last?.hedged ? 'hedged' : undefined;
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
  // The same word withdrawn (作废 … 不用再作废): 「此单作废,无需删除」 (void, not deleted) stays as it was, set aside.
  return last !== undefined && last.negated && events.some((e) => !e.negated && word(e) === word(last));
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
