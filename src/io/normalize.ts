// Labels as people retype them: full-width forms, spaces, a trailing colon, brackets of either width,
// traditional characters (工作紀律·曠工), invisible characters pasted from chat tools (a zero-width space).
// NFKC folds ８５ → 85, （ → (, ， → , and ％ → %.
import { stripInvisible, toSimplified } from '../engine/text.js';

/** Longest text taken as a heading; a longer cell is a note, not a column name (and is not worth matching). */
export const MAX_HEADING_LENGTH = 200;

// Guessing a form compares every heading cell with every form's labels: the same few hundred strings are keyed
// thousands of times, so keys are remembered (bounded, as a sheet may hold any number of distinct texts).
const MEMO_LIMIT = 20_000;
const keyMemo = new Map<string, string>();
const variantMemo = new Map<string, readonly string[]>();

function remember<T>(memo: Map<string, T>, s: string, make: (s: string) => T): T {
  if (s.length > MAX_HEADING_LENGTH) return make(s); // long notes are rare and would fill the memory
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const v = make(s);
  memo.set(s, v);
  return v;
}

/**
 * `text` split at each `separator` (a one-character class), the spaces around each separator dropped — as
 * splitting at 「\s*[·・]\s*」 does, but in one pass: that pattern backtracks over every run of spaces and took 10 minutes on a
 * 1 MB heading of spaces (CI, test/io/redteam/headings).
 */
export function splitAround(text: string, separator: RegExp): string[] {
  const parts = text.split(separator);
  return parts.map((p, i) => {
    const head = i > 0 ? p.trimStart() : p;
    return i < parts.length - 1 ? head.trimEnd() : head;
  });
}

/** Key for comparing labels: simplified, no invisible characters, spaces, separators, brackets or punctuation, lower case. */
export function labelKey(s: string): string {
  return remember(keyMemo, s, computeLabelKey);
}

function computeLabelKey(s: string): string {
  // 其它 and 其他 are written interchangeably: a heading 其他·奖惩分 is the form's 其它·奖惩分.
  // 「>=」「> =」「≧」 are how keyboards type ≥, and the same for ≤ (「入户维修回访率>=30%」): before the brackets go.
  return toSimplified(stripInvisible(s).normalize('NFKC'))
    .replace(/其它/g, '其他')
    .replace(/>\s*=|≧/g, '≥')
    .replace(/<\s*=|≦/g, '≤')
    .toLowerCase()
    // Arrows are written between an export's steps as ->, → or ⟶ (「询单→最终付款人数」): all are gone, as the - and > are.
    // So are a question's marks (「是否处理完毕？」, as Chinese forms word their questions) and a sentence's full stop.
    .replace(/[\s\u00b7\u30fb\u2022.\-—–_/\\|:;,、()\[\]{}<>《》「」『』【】"'`*#?!。\u2190-\u21ff\u27f5-\u27ff\u2794]+/g, '')
    // (Again once the spaces are gone: 「其 它」, as a PDF converter spaces a heading, is 其他 too.)
    .replace(/其它/g, '其他');
}

/**
 * Other ways a person writes the same label: without list numbering (「1、」「2.」「(三)」「A1 」), without a
 * trailing note in brackets (「(20分)」「(户)」), without a trailing 「次数」 (「旷工次数」 is the count of 旷工) and without a
 * trailing 「考核」 (「出勤情况考核」).
 * The label itself comes first. Linear in the text's length (no backtracking regular expression on user text).
 */
export function labelVariants(text: string): readonly string[] {
  return remember(variantMemo, text, (t) => Object.freeze(computeLabelVariants(t)));
}

/**
 * An item's number with only a space, or nothing, before its Chinese name: 「1 文档编写」, 「1文档编写」 — or a Chinese numeral
 * and a space, 「一 客户回访率」 (a space only: 「一线车间」, 「十一车间」 are names). The name kept whole, 「没有找到本考核表的任何
 * 项目」 (exit 2 for §8 79).
 */
const LEADING_NUMBER = /^(\d{1,2}|[一二三四五六七八九十]{1,3}(?=\s))(?:\s+(?=[\u4e00-\u9fff《「『【“])|(?=[\u4e00-\u9fff]))/;

/** 「3.日常服务规范」, 「(三)工作纪律」, 「A1 回访率」 → the label without its list numbering. */
export function withoutNumbering(text: string): string {
  // A circled number (①) is a digit once normalized: dropped before, as 「1.」 is after.
  const t = stripInvisible(text).trim().replace(/^[\u2460-\u2473\u2776-\u277f]\s*/, '').normalize('NFKC').trim();
  // Also 「1.1 」, 「1-1」, 「2.3.1、」 (an item under its part's number) and 「①」 (a circled number).
  // And the seed's 「1 文档编写」 and 「1文档编写」: an item's number with only a space, or nothing, before its Chinese name
  // (§7 was 「认不出是哪种考核表」). Not a number that is part of the name — a count or quantity, 「24小时…」「3个工作日…」
  // 「1名前台客服人员…」「5分」「1级」「3号车间」「2026年3月」 — nor one followed by ASCII (「6S管理」, 「100%…」).
  const bare = LEADING_NUMBER.exec(t);
  if (bare) {
    const rest = t.slice(bare[0].length);
    // (Nor a legend's first code: 「1满意 2一般 3不满意」 numbers answers, each code run into its word.)
    const codes = [...rest.matchAll(/[\s,;、]\d{1,2}\s*(?:=|为)?\s*(?=[\u4e00-\u9fff])/g)].filter((m) => !QUANTITY_WORD.test(rest.slice(m.index + m[0].length)));
    return QUANTITY_WORD.test(rest) || codes.length > 0 ? t : rest;
  }
  return t.replace(/^(?:[((]?\s*(?:\d+|[一二三四五六七八九十]+)\s*[))]|\d{1,2}(?:[.\-]\d{1,2}){1,2}(?=[\s、.:)]|[^\x00-\x7f])|(?:\d+|[一二三四五六七八九十]+)\s*[、.)]|[A-Za-z]\d{1,2}(?=[\s、.:)]|[^\x00-\x7f]))\s*[、.:]?\s*/, '');
}

/**
 * 「3 日常服务规范」, 「4回访问题处理效率」, 「11 日常行为」, 「4 对问卷意见…」: the item's number withoutNumbering keeps because
 * the name begins with a word it reads as a quantity (日, 回, 处, 对, 个, 分, 人, 档) — the name without it, or undefined
 * when withoutNumbering drops the number or there is none. Only a variant to look up (labelVariants, after the text's own):
 * it names a column or row only where it is a known label exactly, so 「24小时回复率」, 「3个工作日内」 stay whole, and
 * not when what is left is under 3 characters (「1名」, 「5分」, 「3号」, and 「1车间」 — a workshop, not the heading 车间).
 */
export function numberForcedOff(text: string): string | undefined {
  const t = stripInvisible(text).trim().replace(/^[\u2460-\u2473\u2776-\u277f]\s*/, '').normalize('NFKC').trim();
  const bare = LEADING_NUMBER.exec(t);
  if (!bare) return undefined;
  const rest = t.slice(bare[0].length);
  if (!QUANTITY_WORD.test(rest) || withoutNumbering(t) !== t || [...rest].length < 3) return undefined;
  return rest;
}

/**
 * Words that make a leading number part of what follows (a count, a quantity, a time, a rank, an ordinal): 「24小时」「3个」
 * 「1名」「5分」「1级」「3号」「3月」「7天」「2次」「1对1」, a place (「1车间」「3区」), a bound (「90 以上」) or a legend's code
 * (「1为优秀」). A number before one of these is not an item's list number.
 */
const QUANTITY_WORD =
  /^(?:小时|分钟|个|名|位|人|户|家|件|份|次|回|起|宗|例|项|条|处|点|分|级|星|档|等|号|楼|层|栋|幢|座|室|区|片|班|组|队|部|科|车间|厂|店|站|仓|库|线|街|路|村|院|年|月|周|日|天|时|秒|季|期|届|岁|元|角|万|千|百|十|亿|倍|成|折|台|套|张|本|页|篇|句|遍|轮|批|单|笔|类|种|门|步|对|米|公里|克|斤|吨|寸|升|度|码|以上|以下|以内|以外|之内|之间|到|至|为|即)/;

function computeLabelVariants(text: string): string[] {
  const t = stripInvisible(text).normalize('NFKC').trim();
  if (t.length > MAX_HEADING_LENGTH) return [];
  // From the text as typed: a circled ① is a digit once normalized.
  const unnumbered = withoutNumbering(text);
  const variants = [t, unnumbered];
  // (A name whose first word reads as a quantity, 「3 日常服务规范」: the number forced off, after the text's own variants.)
  const forced = numberForcedOff(text);
  for (const v of forced === undefined ? [t, unnumbered] : [t, unnumbered, forced]) {
    if (v === forced) variants.push(v);
    const bare = withoutTrailingNote(v);
    if (bare && bare !== v) variants.push(bare);
    // A note on a part of 「项目·填写项」 (「员工基本标准(10分)·不符合项数」): each part without its note.
    if (/[·・]/.test(v)) {
      const parts = splitAround(v, /[·・]/).map((x) => withoutTrailingNote(x) || x);
      const joined = parts.join('·');
      if (joined !== v) variants.push(joined);
    }
  }
  for (const v of [...variants]) {
    // 「业务考核 10分」, 「业务考核【10分】」, 「业务考核-10分」: the item's points typed after its name, as 「(10分)」 is.
    const parts = splitAround(v, /[·・]/);
    const pointless = parts.map((x) => withoutPoints(x) || x).join('·');
    if (pointless !== parts.join('·')) variants.push(pointless);
    // 「意见与建议」, 「建议及意见」, 「建议/意见」 for 建议和意见: two words joined, by another word or the other way round.
    const joined = /^([^和与及、&/]{1,20})[和与及、&/]([^和与及、&/]{1,20})$/.exec(v);
    if (joined) variants.push(`${joined[1]}和${joined[2]}`, `${joined[2]}和${joined[1]}`);
    // 「客户满意度%」: a unit sign typed after the name, as 「客户满意度(%)」 is a unit in brackets.
    const unsigned = v.replace(/\s*%$/, '');
    if (unsigned && unsigned !== v) variants.push(unsigned);
    const count = toSimplified(v).replace(/\s*次数$/, '');
    if (count && count !== v && count.length < v.length) variants.push(count);
    // 「仪容仪表·不达标数」: the count of lapses 「不达标项数」 names, 项 left out — it was refused as one of the item's kinds
    // in columns apart though it is the only one (§25: 100 / 98.89 / 100). Not 「扣分数」 (points off, not 扣分项数).
    const lapses = /(不达标|不符合|未达标|未满足|不合格)数$/.exec(v);
    if (lapses) variants.push(`${v.slice(0, -1)}项数`);
    // 「拖延遗漏错误(次)」: a count noted in times is the count's 「…次数」 (it was 「没有认出」 beside every other 「…(次)」).
    const times = /^(.+?)\s*[(]\s*次数?\s*[)]$/.exec(v)?.[1];
    if (times && !/次数?$/.test(times)) variants.push(`${times}次数`);
    // 「接待客户满意」 (seed 004's §28 wording): 满意 for 满意度.
    // (Not a bare 「满意」 — the count of satisfied under an item, 满意 | 调查数 — nor a part after 「·」.)
    if (/^[^·・]{2,}满意$/.test(v)) variants.push(`${v}度`);
    // 「出勤情况考核」 (the seed's wording of §13's 出勤情况): the item with 考核 after it, as a heading often names it.
    const assessed = toSimplified(v).replace(/\s*(?:考核|考评)$/, '');
    if (assessed.length >= 2 && assessed.length < v.length) variants.push(assessed);
  }
  return [...new Set(variants.filter(Boolean))];
}

/** 「业务考核 10分」, 「业务考核【10分】」, 「业务考核-10分」 → 「业务考核」: the points typed after a name; '' when nothing is left. */
export function withoutPoints(text: string): string {
  // Only a heading ending in 分: the pattern tried at every one of a 1 MB heading's spaces was quadratic (the suite hung).
  if (!/分\s*[】\]]?$/.test(text.slice(-8))) return text;
  const m = /(?:\s*[-—–_:/]\s*|\s*)(?:【\s*\d{1,3}(?:\.\d+)?\s*分\s*】|\[\s*\d{1,3}(?:\.\d+)?\s*分\s*\]|\d{1,3}(?:\.\d+)?\s*分)$/.exec(text);
  return m ? text.slice(0, m.index).trimEnd() : text;
}

/**
 * 「准时出勤(10分)」, 「(分)」, 「(满分10分)」, 「(10)」, 「(10分制)」, 「(0-10分)」, 「准时出勤 10分」, 「准时出勤【10分】」: the
 * heading gives points after the name.
 */
export function pointsNoted(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  const note = /[(\[【]\s*([^()\[\]【】]*?)\s*[)\]】]$/.exec(t)?.[1];
  return (note !== undefined && note !== '' && POINTS_NOTES.some((re) => re.test(note))) || withoutPoints(t) !== t;
}

/**
 * The points a heading prints after its name: 「效率(30分)」, 「效率(满分30分)」, 「效率(0-30分)」, 「效率【30分】」, 「效率 30分」,
 * 「效率(分值:30)」 → 30. undefined when it prints none, or only 「(分)」 or a bare 「(30)」 (a count's note as well).
 */
export function notedPoints(text: string): number | undefined {
  const t = text.normalize('NFKC').trim();
  const note = /[(\[【]\s*([^()\[\]【】]*?)\s*[)\]】]$/.exec(t)?.[1] ?? /(?:^|[\s\-—–_:/])(\d{1,3}(?:\.\d+)?\s*分)$/.exec(t)?.[1];
  if (!note) return undefined;
  const m =
    /^(?:(?:满分|分值|总分|最高|满|占|计)\s*[::]?\s*)?(?:\d{1,3}\s*[-~～至]\s*)?(\d{1,3}(?:\.\d+)?)\s*(?:分制|分)(?:满分)?$/.exec(note) ??
    /^(?:满分|分值)\s*[::]?\s*(\d{1,3}(?:\.\d+)?)$/.exec(note);
  return m ? Number(m[1]) : undefined;
}

/** 「五分制」: a scale in Chinese numerals. */
export const CHINESE_SCALE: Record<string, number> = { 三: 3, 五: 5, 七: 7, 十: 10, 百: 100 };

/** The scale a note names (「(5分制)」, 「(满分5分)」, 「(1-5分)」, 「(五分制)」, 「(5分)」) → 5; undefined when none. */
export function scaleNoted(text: string): number | undefined {
  const chinese = /[(（]\s*([三五七十百])分制\s*[)）]\s*$/.exec(text)?.[1];
  return notedPoints(text) ?? (chinese ? CHINESE_SCALE[chinese] : undefined);
}

/** A note in brackets that gives points. */
const POINTS_NOTES = [
  // 10分, 分, 10, 10分制, 满分10分, 分值10, 满分:10, 总分10分, 10分满分, 满10分, 最高10分, 占10分, 计10分.
  /^(?:(?:满分|分值|总分|最高|满|占|计)\s*[::]?\s*)?(?:\d{1,3}(?:\.\d+)?\s*)?(?:分制|分)?(?:满分)?$/,
  // The score's own words.
  /^(?:得分|评分|分数|打分)$/,
  // A scale of points: 0-10分.
  /^\d{1,3}\s*[-~～至]\s*\d{1,3}\s*分?$/,
];

/** 「回访客户数(户)」 → 「回访客户数」: drops one bracketed note at the end. */
/** A heading's note naming a period before this one (「询单人数(上月)」), or this month itself (「(本月)」). */
export const PAST_NOTE = /[((]\s*(上月|上个月|前月|上期|上周|去年|去年同期|上年|环比|同比)\s*[))]\s*$/;

/** Words of an earlier period than the form's (上月, 去年同期): in a group heading over its figures, or in a rater column's. */
export const PAST_PERIOD = '上个?月|前月|上期|上周|去年同期|去年|上年';
export const THIS_MONTH_NOTE = /[((]\s*(本月|当月|本期)\s*[))]\s*$/;
/** A heading's note naming a month (「旷工(2月)」, 「(2026年2月)」). */
export const MONTH_NOTE = /[((]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:份)?\s*[))]\s*$/;
/** A heading's note of a sum over months (「(1-2月累计)」, 「(截至3月累计)」, 「(3月累计)」): the note's text, captured. */
export const CUMULATIVE_NOTE = /[((]([^()]*\d\s*月[^()]*累计[^()]*)[))]\s*$/;

/** A heading noted as last month's, a month's (「旷工(2月)」) or a sum over months (「旷工(1-2月累计)」). */
export function otherPeriodNoted(text: string): boolean {
  const t = text.normalize('NFKC');
  return PAST_NOTE.test(t) || MONTH_NOTE.test(t) || CUMULATIVE_NOTE.test(t);
}

/** A month alone (「2月」, 「2026年2月」, 「二月份」, 「2026-02」), spaces taken out: over a block of columns, or under a heading. */
export const MONTH_ALONE = /^(?:(?:\d{4}|\d{2})年)?(?:\d{1,2}|[一二三四五六七八九十]|十[一二])月份?$|^\d{4}[-./](?:0?[1-9]|1[0-2])$/;

export function withoutTrailingNote(text: string): string {
  const t = text.trimEnd();
  // Brackets of either width: callers pass cells as typed, and a Chinese input method types 「（户）」.
  if (!t.endsWith(')') && !t.endsWith('）')) return text;
  const open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
  if (open < 0 || /[)）]/.test(t.slice(open + 1, -1))) return text;
  return t.slice(0, open).trimEnd();
}
