// What people type into cells: full-width digits, spaces, thousands separators, units, traditional characters,
// invisible characters pasted from chat tools and web pages.
import { HANS, HANT } from './hantHans.js';

/**
 * Characters that show as nothing: zero-width spaces and joiners, bidi marks, embeddings and isolates,
 * the BOM, soft hyphens, word joiners, variation selectors, tag characters, and C0/C1 controls other than
 * tab and line breaks.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udfff]/g;
const INVISIBLE_TEST = new RegExp(INVISIBLE.source);

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

export function hasInvisible(s: string): boolean {
  return INVISIBLE_TEST.test(s);
}

/** A cell's text for a message: trimmed, with invisible characters inside shown as [U+200B] so 「1​2」 is not read as 「12」. */
export function visibleText(s: string): string {
  // Zero-width characters at the ends are dropped, in one pass (a `(…)+$` expression retries inside a long run).
  const trimmed = trimEnds(s.normalize('NFKC'), (c) => /\s|[\u200b-\u200d\u2060\ufeff]/.test(c));
  return trimmed.replace(INVISIBLE, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * `s` without the characters `drop` matches at either end, in one pass each way. A regular expression
 * `(x)+$` tries again from every character of a long run of x inside the text: 1 + 200,000 spaces + 2 took minutes.
 */
export function trimEnds(s: string, drop: (c: string) => boolean): string {
  let start = 0;
  let end = s.length;
  while (start < end && drop(s[start]!)) start++;
  while (end > start && drop(s[end - 1]!)) end--;
  return s.slice(start, end);
}

// Built on first use: the command line's help and version need only displayWidth from this module.
let simplified: Map<string, string> | undefined;

/** Traditional characters → simplified, one character at a time (工作紀律·曠工 → 工作纪律·旷工). */
export function toSimplified(s: string, keep?: ReadonlySet<string>): string {
  if (!simplified) {
    simplified = new Map<string, string>();
    for (let i = 0; i < HANT.length; i++) simplified.set(HANT[i]!, HANS[i]!);
  }
  // Most cells hold no traditional character (figures, simplified text): returned as they are, nothing built.
  let first = 0;
  while (first < s.length && !simplified.has(s[first]!)) first++;
  let out = s.slice(0, first);
  for (const ch of s.slice(first)) out += (keep?.has(ch) ? undefined : simplified.get(ch)) ?? ch;
  // Taiwan's standard forms the character map leaves apart: 諮詢 (谘询 by the map) is 咨询, 回覆 is 回复.
  return /[谘覆]/.test(out) ? out.replace(/谘/g, '咨').replace(/([回答批])覆/g, '$1复') : out;
}

/**
 * A tick or a cross as chat tools and emoji keyboards draw it (✅ pasted from WeChat, ☑, ❌, ✖): the √ or × it stands
 * for, or undefined. Where the form lists only √ / ×, 15 boxes of ✅ were refused (「实际为「✅」」), the person unscored.
 */
export function tickMark(text: string): '√' | '×' | undefined {
  const t = stripInvisible(text).trim();
  if (TICKS.has(t)) return '√';
  if (CROSSES.has(t)) return '×';
  return undefined;
}
const TICKS = new Set(['✅', '☑', '✔', '✓', '√']);
const CROSSES = new Set(['❌', '✖', '✗', '✘', '✕', '×']);

/** Full-width → half-width (NFKC), other minus signs → "-", ideographic space → space. */
export function halfWidth(s: string): string {
  return s.normalize('NFKC').replace(/[\u2212\u2012\u2013\uFE63]/g, '-');
}

/** Trimmed, without invisible characters, or '' for a cell holding only spaces (including U+3000 and zero-width spaces). */
export function cleanText(s: string): string {
  return stripInvisible(s).normalize('NFKC').trim();
}

/**
 * A person's name as people are matched by it: 「王　芳」 and 「王 芳」 (spaces typed to line names up on paper) are 王芳,
 * 陳靜 is 陈静; Latin names keep one space between words, in any case (「Li  Na」 is 「li na」).
 */
export function nameKey(s: string): string {
  // The dot in a minority name however typed (买买提·艾力, 买买提•艾力, 买买提.艾力, 买买提・艾力): one name.
  const plain = toSimplified(cleanText(s), NAME_CHARACTERS).toLowerCase();
  const t = /[·•・‧.．]/.test(plain) ? plain.replace(/(?<=\p{Script=Han})\s*[·•・‧.．]\s*(?=\p{Script=Han})/gu, '·') : plain;
  return t.replace(/\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/gu, '').replace(/\s+/g, ' ');
}

/**
 * Characters the traditional-to-simplified map folds into another that are names of their own in simplified writing:
 * 李乾 and 李干, 于敏 and 於敏 (a surname), 周著 and 周着 are two people — merged, each was 「重复」 and unscored. (Not
 * 鍾, 餘, 徵, 瞭, 藉: in names their traditional forms mostly, 鍾漢良 is 钟汉良, 魏徵 is 魏征 — review.)
 */
const NAME_CHARACTERS: ReadonlySet<string> = new Set(['乾', '於', '著']);

/**
 * A 工号 as people are matched by it: 0012 and 12 are one (Excel drops the zeros of a 工号 typed as a number in one file
 * or one month), E01 and e01 are one.
 */
export function idKey(id: string): string {
  // 「1001.0」: a 工号 written by a program that read it as a number (pandas), as 0012 is Excel's 12.
  // 「'0012」: an export that kept the zeros by the apostrophe Excel uses to mark text, typed into the file itself.
  const k = cleanText(id).toLowerCase().replace(/^(\d+)\.0+$/, '$1').replace(/^['‘’`](?=\d+$)/, '');
  return /^\d+$/.test(k) ? k.replace(/^0+(?=\d)/, '') : k;
}

// Separators and wrappers that do not change what an option means: 「有部分不完整,但影响不大」 = 「有部分不完整 但影响不大」,
// 「优秀。」 = 「优秀」. Signs that do change it (A-, A+, A?) are kept, so they match no option.
const NEUTRAL_PUNCTUATION = /[,、;;::·・•。!!"'“”‘’「」『』《》〈〉()\[\]{}【】]/g;

/** Text compared for choices: simplified, half-width, lower case, no spaces, no neutral punctuation. */
export function matchKey(s: string): string {
  // Asked of the same few hundred texts on every person's sheet (each title cell against each rater's names): kept,
  // within bounds — a sheet may hold any number of distinct texts.
  if (s.length > 200) return computeMatchKey(s);
  const hit = matchKeys.get(s);
  if (hit !== undefined) return hit;
  if (matchKeys.size >= 20_000) matchKeys.clear();
  const key = computeMatchKey(s);
  matchKeys.set(s, key);
  return key;
}

const matchKeys = new Map<string, string>();

function computeMatchKey(s: string): string {
  const base = toSimplified(halfWidth(stripInvisible(s))).toLowerCase().replace(/\s/g, '');
  const key = base.replace(NEUTRAL_PUNCTUATION, '').replace(/\.$/, '');
  return key === '' ? base : key;
}

/**
 * Scales, currencies and times: a number in one of them is not the same number in another (9 万元 is not 9 元, 6500
 * 美元 is not 6500 元, 2000 ms is not 2000 秒). Written as exports write them too (k, w, usd, ms, min); compared in
 * lower case.
 */
export const UNITS_THAT_CHANGE_MEANING: ReadonlySet<string> = new Set([
  ...['万元', '千元', '百元', '十元', '百万', '百万元', '千万', '千万元', '十万', '十万元', '亿', '亿元', '万', '千'],
  ...['美元', '美金', 'usd', 'us$', '$', '港币', '港元', 'hkd', '欧元', 'eur', '€', '日元', 'jpy', '英镑', 'gbp', '£', '韩元', 'krw', '台币', '新台币', 'twd', 'ntd'],
  ...['分钟', '小时', '秒', '秒钟', '毫秒', 'ms', 'sec', 'secs', 'min', 'mins', 'hr', 'hrs', 'hour', 'hours', '天', '日', 'day', 'days', '周', '月'],
]);
/**
 * One letter after an amount or a time: a scale (k, w, m over 元) or a time (s, m, h, d over 秒, 分钟, 天). Over a count,
 * points or a level it is a code of the team's (投诉处理(S), 新客户数(D)), not a unit.
 */
export const LETTER_UNITS: Readonly<Record<'money' | 'time', ReadonlySet<string>>> = { money: new Set(['k', 'w', 'm']), time: new Set(['s', 'm', 'h', 'd']) };
/** Units a heading's note or a number format may give (「旷工(天)」, 0"次"). */
export const UNIT_WORDS: ReadonlySet<string> = new Set([...UNITS_THAT_CHANGE_MEANING, '元', '次', '回', '户', '人', '单', '件', '个', '台', '笔', '分', '%']);
/** Words after an amount that say only its currency. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['元', '¥', '￥', 'rmb', '人民币', '人民币元']);

/**
 * Units a number may carry in a cell: the input's own unit, and words that mean the same thing (回 for 次,
 * 家 for 户). Nothing else: 「10分钟」 in a count of incidents is not 10 incidents.
 */
const UNIT_EQUIVALENTS: Record<string, readonly string[]> = {
  // 客诉 counted 「3起」「3件」「3宗」「3例」, as incidents are.
  // 「1项」 of a check's 不达标项数 counted in 次 (§25): the field names the unit itself.
  次: ['回', '条', '处', '起', '件', '宗', '例', '项'],
  // Customers counted in 户 are people too: 「50人」「45位」「40个」 (§8 本月安装客户数 refused them, 「40家」 read).
  户: ['家', '人', '位', '个', '名'],
  人: ['名', '位', '份', '户', '人次', '个'],
  处: ['个', '项', '次'],
  项: ['个', '条', '处', '次', '回'],
  元: ['块'],
  // 服务单 「200件」「200份」: the orders counted as pieces of work.
  单: ['件', '份', '张'],
  秒: ['秒钟', 's', 'sec', 'secs'],
  分钟: ['min', 'mins', 'm'],
  天: ['日', 'd', 'day', 'days'],
};

export function unitsOf(unit: string | undefined): string[] {
  if (!unit) return [];
  const own = halfWidth(unit).trim();
  if (own === '' || own === '%') return [];
  return [own, ...(UNIT_EQUIVALENTS[own] ?? [])];
}

export interface ParsedNumber {
  value: number;
  /** The text ended with "%" (or "%"). */
  percent: boolean;
}

/**
 * A number typed as text: " 85 ", "８５", "－2", "1,000", "20分" (when 分 is the input's unit), "90%".
 * Returns null when the text is not exactly one number: 「1 2」, 「1\u200b2」, 「1e1」, 「10分钟」 for a count.
 * The value may be ±Infinity for absurdly long digit strings: callers refuse it.
 */
export function parseNumberText(text: string, unit?: string): ParsedNumber | null {
  let t = halfWidth(text).trim();
  // Invisible characters at either end are noise from copying; inside a number they hide a second number.
  t = trimEnds(t, (c) => /\s|[\u200b-\u200d\u2060\ufeff]/.test(c));
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trimEnd();
  } else {
    const u = unitsOf(unit).find((x) => t.endsWith(x) && t.length > x.length);
    if (u) t = t.slice(0, -u.length).trimEnd();
  }
  // A currency sign before an amount (¥108,000, ￥2000): it says nothing but the unit.
  t = t.replace(/^[¥￥]\s*/, '');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  // As a number cell is read (Excel shows 15 significant digits): 89.99999999999999 exported as text is the 90 the
  // source system meant, not a hair under a band's limit.
  const value = Number(t);
  const shown = Number.isFinite(value) && !Number.isInteger(value) ? Number(value.toPrecision(15)) : value;
  return { value: shown, percent };
}

/** Seconds in one of each time unit an input may be counted in. */
const SECONDS_IN: Record<string, number> = { 秒: 1, 秒钟: 1, s: 1, 分钟: 60, min: 60, 小时: 3600, h: 3600 };

/** Seconds in one of the time unit an input is counted in (60 for 分钟); undefined for any other unit. */
export function secondsPer(unit: string | undefined): number | undefined {
  if (unit === undefined) return undefined;
  // Asked for every figure read (a definition has a few units): normalised once per unit.
  if (!secondsOfUnit.has(unit)) {
    const key = halfWidth(unit).trim().toLowerCase();
    secondsOfUnit.set(unit, Object.hasOwn(SECONDS_IN, key) ? SECONDS_IN[key] : undefined);
  }
  return secondsOfUnit.get(unit);
}
const secondsOfUnit = new Map<string, number | undefined>();

/**
 * A length of time typed as text in an input counted in seconds, minutes or hours: 「0:01:05」 (a ticketing system's
 * export), 「1分5秒」, 「1分钟05秒」, 「2小时30分」, 「3分钟」 — in the input's unit (65 for 秒). Only the forms that say
 * which part is which: 「1:05」 is 1 h 5 min as Excel reads it but 1 min 5 s in most exports, so it stays unread
 * (null), as does a lone 「5分」 (分 is a point too).
 */
export function parseDurationText(text: string, unit: string | undefined): number | null {
  const per = secondsPer(unit);
  if (per === undefined) return null;
  const t = halfWidth(text).trim().replace(/\s+/g, '');
  const num = '(\\d+(?:\\.\\d+)?)';
  let seconds: number | null = null;
  const clock = /^(\d{1,4}):([0-5]\d):([0-5]\d(?:\.\d+)?)$/.exec(t);
  if (clock) seconds = Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const words = new RegExp(`^(?:${num}(?:小时|时|h))?(?:${num}(分钟|分|min))?(?:${num}(秒钟|秒|s))?$`, 'i').exec(t);
  if (!clock && words && (words[1] ?? words[2] ?? words[4]) !== undefined) {
    const [h, m, mWord, s] = [words[1], words[2], words[3], words[4]];
    // 「5分」 alone is as likely 5 points as 5 minutes: a minute needs 分钟, or seconds or hours beside it.
    if (m !== undefined && mWord === '分' && h === undefined && s === undefined) return null;
    seconds = Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
  }
  return seconds === null ? null : Number((seconds / per).toPrecision(12));
}

/**
 * Ways of writing "nothing" in a cell: 无, 没有, -, /, —, N/A … An optional input reads them as empty
 * (its default); a required one refuses them like any other text.
 */
const NONE_WORDS = new Set(
  ['无', '没有', '暂无', '无扣分', '不扣分', '无奖惩', '无此项', '无记录', '空', '-', '--', '/', '—', '——', '–', '―', '─', 'n/a', 'na', 'none', 'nil', 'null'].map(
    (w) => w.toLowerCase(),
  ),
);

/**
 * A cell's word as the lists below hold it: no spaces, simplified, lower case, without a closing 「。」 or 「!」, and
 * out of the brackets survey tools put round an unanswered question (「(空)」「（无）」「【无】」 are 空 and 无).
 */
function noneKey(s: string): string {
  const key = toSimplified(cleanText(s).replace(/\s+/g, '')).toLowerCase().replace(/[。.!!]+$/, '');
  return key.replace(/^[(（\[【〔<《「『]([^()（）]*)[)）\]】〕>》」』]$/, '$1');
}

/**
 * Text saying nothing was taken off or went wrong: 「0分」, 「扣0分」, 「-0」, 「未扣分」, 「不扣」, 「无扣」, 「无违规」, 「达标」,
 * 「合格」, 「正常」, 「全勤」, 「无迟到」, 「无旷工」, 「无早退」, 「无迟到早退」, 「出勤正常」, 「考勤正常」 — under a 扣分 or
 * 考勤 column kpi cannot read, a count of none, not a deduction. (「无请假」 is not: leave is no lapse of these.)
 */
export function saysNothingOff(s: string): boolean {
  return NOTHING_OFF.test(s.normalize('NFKC').replace(/\s/g, ''));
}
const NOTHING_OFF = /^([扣减−-]?0+(\.0+)?(分|次|项|处)?|未扣分?|不扣分?|无扣分?|没扣分?|无违规|无违纪|无(迟到|早退|旷工|矿工|缺勤)([、,/和及或]?(迟到|早退|旷工|矿工|缺勤))*|(出勤|考勤)?正常|达标|合格|全勤|无|没有)$/;

/** A dash alone (「-」「—」「/」「－」) where a name goes: none written. */
export function isDashOnly(s: string): boolean {
  return /^[-—–―/\\－／]+$/.test(s.trim());
}

export function isNoneWord(s: string): boolean {
  return NONE_WORDS.has(noneKey(s));
}

/**
 * Words written where a reason is asked that give none: 「无理由」, 「无原因」, 「略」, 「不详」, 「？」, and 「同上」 / 「〃」 /
 * 「见上」, which point at a row whose reason may be none (§22 a D's 理由 「同上」 under an A without one passed as a reason).
 */
export function saysNoReason(s: string): boolean {
  const t = s.normalize('NFKC').replace(/[\s::]/g, '');
  return isNoneWord(s) || DITTO.test(t) || NO_REASON.test(t);
}
const NO_REASON = /^(无|没有|暂无|未|不详|略|待定|待补|见上|同上|同前)(理由|原因|说明|依据|事实依据)?$|^(理由|原因)(不详|略|待补|待定|见上)$|^[?？.。…、,，]+$/;

/**
 * A reason that points at the row above (「同上」, 「同前」, 「见上」, 「〃」): a reason when that row has one (§22 生产部 D
 * 「同上」 under a D 「报销款3月10日才到账」 was refused, 财务部 未定级 for 640 C); none when it has none.
 */
export function pointsAbove(s: string): boolean {
  const t = s.normalize('NFKC').replace(/[\s::]/g, '');
  return DITTO.test(t) || /^(见上|同上|同前|仝上)(理由|原因|说明|依据|事实依据)?$/.test(t);
}

/** A respondent left unnamed: 匿名, 不记名, 未留名, 客户 alone, 无. */
export const ANONYMOUS = /^(匿名|不记名|未留名|无名|无|-|\/|客户|顾客|某客户|某先生|某女士)$|匿名|不记名/;

/** Ditto marks: 同上, 同前, 〃, ″, ", 仝上, ditto (alone in the cell). */
export const DITTO = /^(同上|同前|仝上|〃+|″+|"+|\u3003+|ditto)$/i;

/** One of a definition's own words for nothing (an input's `none`: §5 安装遗留问题's 否, 无遗留, 正常), as 无 is read. */
export function saysNone(words: readonly string[], s: string): boolean {
  const key = noneKey(s);
  return words.some((w) => noneKey(w) === key);
}

/** The spellings of "nothing" a template names in its hints. */
export const NONE_HINT = '无、0、-、/';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** Wide in the Basic Multilingual Plane: Hangul Jamo, CJK radicals to Yi, Hangul syllables, compatibility ideographs, vertical and full-width forms. */
const WIDE_BMP = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Zero-width characters, combining marks and variation selectors take no column. */
const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/;

/**
 * Columns a string takes on a terminal, or in an Excel column: CJK and full-width forms 2, emoji and the
 * CJK extensions beyond the BMP (𠀀, a surrogate pair) 2, control characters, colour codes and zero-width marks 0.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || ZERO_WIDTH.test(ch) || (code >= 0xe0000 && code <= 0xe01ef)) continue;
    if (code > 0xffff) w += (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x20000 && code <= 0x3fffd) ? 2 : 1;
    else w += WIDE_BMP.test(ch) ? 2 : 1;
  }
  return w;
}

/** The text up to its first line break (all of it when it has none). */
export function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}
