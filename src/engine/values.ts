// A cell's raw content → the typed value its InputDef asks for, or a located problem.
import type { ChoiceDef, InputDef } from '../model/definition.js';
import type { RawEntry, RawValue } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { expectationZh, type Accepts } from '../model/problems/fields.js';
import { formatScore } from '../model/round.js';
import { cleanText, CURRENCY_WORDS, halfWidth, isNoneWord, matchKey, parseDurationText, parseNumberText, saysNone, secondsPer, tickMark, unitsOf, visibleText } from './text.js';
import { scopedProblem, type SlotScope } from './locate.js';

/** number / integer / percent (0–100 units) → number; list → number[]; choice → ChoiceDef; text → string. null = optional and empty. */
export type Value = number | number[] | ChoiceDef | string | null;

/** Why a cell's content is not a value of its input; each is a problem code of its own. */
export type ValueCode =
  | 'required'
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'unknown-choice'
  | 'bad-list'
  | 'not-a-month'
  | 'ditto-mark'
  | 'boolean-value'
  | 'error-value'
  | 'date-value'
  | 'duration-value'
  | 'time-value'
  | 'formula-without-result'
  | 'other-scale'
  | 'unknown-symbol'
  | 'choice-points-clash';

/**
 * A number cell holding an Excel time whose format was lost (00:01:30 pasted as values: 0.00104166…): the time as
 * shown (clock 00:01:30) and its length in the input's unit (amount 90, unit 秒).
 */
export type TimeValue = { clock: string; amount: number; unit: string };

/** 「1:30」 typed in a time count: h:mm or m:ss? Its m:ss reading, for the advice (00:01:30, or 90 in 秒). */
export type ClockReading = { hours: string; minutes: string; amount: number; unit: string };

export type Parsed =
  /** ambiguous: a plain number in a percent cell read as a fraction (1.1 → 110 %): what was shown, and the percent taken. */
  | { ok: true; value: Value; empty: boolean; ambiguous?: { value: string; percent: number; other?: number; column?: true; sheets?: true }; fraction?: { value: string }; time?: TimeValue & { value: string } }
  | {
      ok: false;
      code: ValueCode;
      /** The content as shown (at most 60 characters; '' when empty). */
      actual: string;
      /** other-scale: the smaller scale the number looks like it is on (5 for a mean of 4.3 typed out of 100). */
      scale?: number;
      /** unknown-symbol: the symbol font the letters are drawn in (Wingdings 2). */
      font?: string;
      /** time-value: the Excel time the number may be (not read: it could as well be meant as typed). */
      time?: TimeValue;
      /** not-a-number: 「1:30」 read as minutes and seconds, for the advice. */
      clock?: ClockReading;
      /**
   * choice-points-clash: the points typed with a choice's words (before or after them), and the two options they name;
   * named: the level typed instead of points (「3级」 of 「3级 提供必要服务」), points being that level's.
   */
      pointed?: PointsClash;
    };

/**
 * A choice typed as points then words (「10 熟悉并准确」) whose points are not the words' option: the words' option and
 * its points, the points typed, and the option those points are (absent when no single option is worth them).
 */
export type PointsClash = { words: string; wordsPoints: number; points: number; other?: string; named?: string };

/** An empty cell, or text made only of spaces. */
export function isEmptyRaw(raw: RawValue | undefined): boolean {
  return raw === undefined || raw.kind === 'empty' || (raw.kind === 'text' && cleanText(raw.value) === '');
}

/** The bounds an input accepts, for messages and template hints: one copy, beside the messages it words. */
export { rangeText } from '../model/problems/fields.js';

/** What the input accepts: its type and limits, or its choices. */
export function acceptsOf(input: InputDef): Accepts {
  switch (input.type) {
    case 'choice':
      return { type: 'choice', choices: (input.choices ?? []).map((c) => ({ label: c.label, points: c.points })), ...(input.numbersArePoints === false ? { wordsOnly: true as const, order: true as const } : presenceClash(input.choices ?? []) ? { wordsOnly: true as const } : {}) };
    case 'text':
      return input.hint?.startsWith('填') ? { type: 'text', hint: input.hint } : { type: 'text' };
    default: {
      const a: Accepts = { type: input.type };
      if (input.min !== undefined) a.min = input.min;
      if (input.max !== undefined) a.max = input.max;
      return a;
    }
  }
}

/** What the input accepts, as the message's 应为… part. */
export function expectation(input: InputDef): string {
  return expectationZh(acceptsOf(input));
}

/** What a message quotes of a cell: at most 60 characters of it (a cell may hold 50 MB). */
export function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…(共 ${s.length} 个字符)` : s;
}

const fail = (code: ValueCode, actual: string): Parsed => ({ ok: false, code, actual: clip(actual) });

function inRange(input: InputDef, v: number): boolean {
  return (input.min === undefined || v >= input.min) && (input.max === undefined || v <= input.max);
}

/** Remove binary noise from a scaled value (0.07 × 100 = 7.000000000000001 → 7). */
const tidy = (v: number): number => Number(v.toPrecision(12));

/**
 * A number cell as Excel shows it: 15 significant digits, so a formula's 2.9999999999999996 is the 3 the
 * user sees (and an integer), while 2.9999999 stays what it is.
 */
const asShown = (v: number): number => {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const shown = Number(v.toPrecision(15));
  return Number.isFinite(shown) ? shown : v;
};

function checkNumber(input: InputDef, v: number, shown: string): Parsed {
  if (!Number.isFinite(v)) return fail('not-a-number', shown);
  if (input.type === 'integer' && !Number.isInteger(v)) return fail('not-an-integer', shown);
  if (!inRange(input, v)) return fail('out-of-range', shown);
  return { ok: true, value: v, empty: false };
}

function parseNumeric(input: InputDef, raw: RawValue & { kind: 'number' | 'text' }): Parsed {
  // A number in % of a team's definition (`unit: "%"`): 「20%」 and a cell formatted 0% holding 0.2 are 20 % (they were
  // refused); a bare number is as typed, in % (a 0.5 % complaint rate stays 0.5).
  const percent = input.type === 'percent' || (input.type === 'number' && input.unit === '%');
  const fractions = input.type === 'percent';
  if (raw.kind === 'number') {
    const value = asShown(raw.value);
    const shown = raw.percentFormat ? `${formatScore(value * 100)}%` : raw.percentSign ? `${formatScore(value)}%` : String(raw.value);
    if (!Number.isFinite(value)) return fail('not-a-number', shown);
    // A % the format adds as text: the cell shows 「1%」 and means it, as a typed 「1%」 would.
    if (raw.percentSign) return percent ? byColumn(raw, checkNumber(input, tidy(value), shown)) : percentAsPoints(input, tidy(value), shown);
    // A percent-formatted cell always holds a fraction.
    if (raw.percentFormat) return percent ? checkNumber(input, tidy(value * 100), shown) : percentAsPoints(input, tidy(value * 100), shown);
    if (!fractions) return fractionOf100(input, checkNumber(input, value, shown), value, shown);
    return plainPercent(input, value, shown);
  }
  const shown = clip(visibleText(raw.value));
  const n = parseNumberText(raw.value, percent ? undefined : input.unit) ?? (input.type === 'integer' && !input.unit ? countWithWord(raw.value) : null) ?? accountingNegative(input, raw.value);
  const duration = n || percent ? null : parseDurationText(raw.value, input.unit);
  if (duration !== null) return checkNumber(input, duration, shown);
  if (!n) return unclearClock(input, raw.value, shown) ?? fail('not-a-number', shown);
  if (!percent) return n.percent ? percentAsPoints(input, n.value, shown) : fractionOf100(input, checkNumber(input, n.value, shown), n.value, shown);
  if (n.percent) return checkNumber(input, n.value, shown);
  return fractions ? plainPercent(input, n.value, shown) : checkNumber(input, n.value, shown);
}

/**
 * An accounting-style negative in a signed field (an adjustment's points, min below 0): 「(3)」, 「(3.5)」, full-width
 * 「（3）」, as Excel's and WPS's 会计专用 format exports it, is −3 — §8 李四's 奖惩 「(3)」 was refused 「应为-100到100之间的数」
 * where 「-3」 scores 97 优秀. Not in a count nor any field that cannot be negative: there the brackets are no sign.
 */
function accountingNegative(input: InputDef, text: string): ReturnType<typeof parseNumberText> {
  if (input.min === undefined || input.min >= 0) return null;
  const m = /^\(\s*([^()+\-]+?)\s*\)$/.exec(halfWidth(text).trim());
  const n = m ? parseNumberText(m[1]!, input.unit) : null;
  return n && !n.percent && n.value > 0 ? { value: -n.value, percent: false } : null;
}

/** A bare 0.5 its column reads as 0.5 % (its neighbours 20, 15 typed so): the cell says 50 % could have been meant. */
function byColumn(raw: RawValue & { kind: 'number' }, parsed: Parsed): Parsed {
  if (raw.percentByColumn && parsed.ok) parsed.ambiguous = { value: String(raw.value), percent: tidy(raw.value), other: tidy(raw.value * 100), column: true, ...(raw.percentByColumn === 'sheets' ? { sheets: true as const } : {}) };
  return parsed;
}

/**
 * 0.9 in a score out of 100 (a survey's 0–100): read as typed, but most likely 90 written as a fraction — said. So is
 * 1, all of it as a fraction (100) or 1 point of 100: read as 1, it gave 0.05 of 5 without a word.
 */
function fractionOf100(input: InputDef, parsed: Parsed, v: number, shown: string): Parsed {
  // A definition's otherScales: a mean out of 100 typed as 4.3 is one of 5 (86), never 4.3 % satisfied (§31 调查平均分
  // scored 1.29 of 30 at exit 0). Refused, naming the scale and the figure it would be.
  const scale = parsed.ok && v > 1 ? (input.otherScales ?? []).filter((s) => v <= s).sort((a, b) => a - b)[0] : undefined;
  if (scale !== undefined) return { ok: false, code: 'other-scale', actual: clip(shown), scale };
  if (parsed.ok && input.type === 'number' && input.max === 100 && (input.min ?? 0) >= 0 && v > 0 && v <= 1) parsed.fraction = { value: shown };
  return parsed;
}

/**
 * A percentage (90 %, typed or a percent-formatted cell) in an input that is not one. Out of 100 points (a survey
 * score 0–100) it is those points: 90 % is 90 — the cell's 0.9 read as 0.9 points scored 0.18 of 20 without a word.
 * Any other input cannot take a percentage (a count, a sum of money, a 1–5 mean): an error, never the fraction.
 */
function percentAsPoints(input: InputDef, percent: number, shown: string): Parsed {
  const outOf100 = input.max === 100 && (input.min ?? 0) >= 0;
  return outOf100 ? checkNumber(input, percent, shown) : fail('not-a-number', shown);
}

/**
 * A number without a % sign in a percent cell, read by the input's `plainNumber` rule. 'auto': 0–1 is a fraction
 * (0.9 = 90 %; 1 = 100 %, with a warning naming 1 %); above 1 it is a percentage (85 = 85 %) unless the input allows more than 100 % and the number fits
 * as a fraction (效率 1.1 = 110 %, not 1.1 %): then it is read as one, with a warning naming both readings.
 */
function plainPercent(input: InputDef, v: number, shown: string): Parsed {
  const rule = input.plainNumber ?? 'auto';
  if (rule === 'fraction') return checkNumber(input, tidy(v * 100), shown);
  if (rule === 'percent') return checkNumber(input, v, shown);
  if (v >= 0 && v <= 1) {
    const parsed = checkNumber(input, tidy(v * 100), shown);
    // 1 is 100 % read as a fraction, but 1 % read as typed (a conversion target of 1 %, scored as one of 100 %): said.
    if (v === 1 && parsed.ok) parsed.ambiguous = { value: shown, percent: 100 };
    return parsed;
  }
  const asFraction = tidy(v * 100);
  if (input.max !== undefined && input.max > 100 && v > 1 && asFraction <= input.max && inRange(input, asFraction)) {
    const parsed = checkNumber(input, asFraction, shown);
    if (parsed.ok) parsed.ambiguous = { value: shown, percent: asFraction };
    return parsed;
  }
  // A definition's otherScales: a survey's 5-point mean typed as a rate (4.6 for 92 %) is no 4.6 % satisfied (§28
  // 15.83 待改进 for 79 at exit 0). Refused; 「4.6%」 typed with its sign is read as typed.
  const scale = v > 1 ? (input.otherScales ?? []).filter((s) => v <= s).sort((a, b) => a - b)[0] : undefined;
  if (scale !== undefined && inRange(input, v)) return { ok: false, code: 'other-scale', actual: clip(shown), scale };
  // Just above 1 (1.5, 1.25): read as typed, 1.5 %, but by a team that writes fractions (0.9) it means 150 % — 0
  // points where 150 % is full marks. Said, as 1 is.
  const parsed = checkNumber(input, v, shown);
  if (v > 1 && v < 2 && parsed.ok) parsed.ambiguous = { value: shown, percent: v, other: asFraction };
  return parsed;
}

/** A choice by label, alias, normalised text, or (unless `byPoints` is false) a number equal to exactly one option's points. */
export function matchChoice(choices: readonly ChoiceDef[], typed: string | number, byPoints = true): ChoiceDef | undefined {
  // 「[x]」 is a ticked box as Markdown and note apps write it, 「[ ]」 an empty one: read without its brackets, 「x」 was a
  // cross (§27 everyone 0.00 待改进 at exit 0 for 78.33 / 100 / 28.75).
  const box = typeof typed === 'string' ? markdownBox(typed) : undefined;
  const boxed = box ? matchChoice(choices, box, false) : undefined;
  if (boxed) return boxed;
  const key = matchKey(String(typed));
  const byLabel = choices.find((c) => matchKey(c.label) === key);
  if (byLabel) return byLabel;
  const byAlias = choices.find((c) => (c.aliases ?? []).some((a) => matchKey(a) === key));
  if (byAlias) return byAlias;
  // ✅ / ❌ where the form lists √ / × (not ✅ itself): the mark they stand for.
  const mark = typeof typed === 'string' ? tickMark(typed) : undefined;
  const byMark = mark && matchKey(mark) !== key ? matchChoice(choices, mark, false) : undefined;
  if (byMark) return byMark;
  // 「对」 / 「错」 where the form lists √ / × (is 是 / 否 with √ / × among its words): the tick and the cross they say, as
  // §27's boxes take them — §25 确定相关责任人 「对」 / 「错」 were refused (李四 unscored) while √ / × beside them were read.
  // (A form with 对 or 错 of its own matched above.)
  const word = typeof typed === 'string' ? RIGHT_WRONG.get(key) : undefined;
  const byWord = word ? matchChoice(choices, word, false) : undefined;
  if (byWord) return byWord;
  // 「第4级」: the level 4级 (§1 以客户为中心 refused it, review 62). Only a label or alias that is a level (N级 / N档).
  const ordinal = typeof typed === 'string' ? /^第\s*(\S+?[级档])$/u.exec(halfWidth(typed).trim()) : null;
  const byOrdinal = ordinal && LEVEL.test(ordinal[1]!) ? matchChoice(choices, ordinal[1]!, false) : undefined;
  if (byOrdinal || !byPoints) return byOrdinal;
  // 「15 有一定了解偶有错误」: the option, as the catalog writes it, points then words (§17's roster and sheets refused it).
  const pointed = typeof typed === 'string' ? pointedChoice(choices, typed) : undefined;
  if (pointed && 'choice' in pointed) return pointed.choice;
  // 「3级 找出客户深层次…」: a level then its own wording, maybe cut short (§1 以客户为中心, review 62).
  const described = typeof typed === 'string' && !pointed ? describedLevel(choices, typed) : undefined;
  if (described && 'choice' in described) return described.choice;
  // 「25%」 is no option's points (it was read as 25 分: §17 服务态度's 25).
  const parsed = typeof typed === 'number' ? { value: asShown(typed), percent: false } : parseNumberText(typed, '分');
  if (!parsed || parsed.percent) return undefined;
  const n = parsed.value;
  if (!Number.isFinite(n)) return undefined;
  const worth = choices.filter((c) => c.points === n);
  return worth.length === 1 ? worth[0] : undefined;
}

/**
 * An option typed as the catalog writes it, its points then its words, with or without a space (§17 「15 有一定了解偶有错误」,
 * 「20熟悉并准确」 — refused on rosters and sheets alike, each person unscored), or its words then its points (「4级(40分)」,
 * 「熟悉并准确 20」; POINTS_READINGS lists the ways): that option, where the points are the words' own or name the same
 * option (after-sales 「3 3级」, 3 being 3级's number). Points that name another option, or none (「10 熟悉并准确」, 熟悉并准确
 * being 20; 「熟悉并准确 1.5分」), are a clash: neither reading is taken. Undefined where the words are no option, or the
 * text is not points and words (「20分熟悉」, 「1.优秀」: a survey's option number; 「1-2级」 a range; 「熟悉并准确20」). Not in a choice of 无 / 有, where the
 * number may be a count of the thing (presenceClash), nor where numbers are no points (numbersArePoints false: the
 * caller's byPoints).
 */
export function pointedChoice(choices: readonly ChoiceDef[], typed: string): { choice: ChoiceDef } | { clash: PointsClash } | undefined {
  if (presenceClash(choices)) return undefined;
  // Every way the text splits into points and words (POINTS_READINGS); those whose words are an option are weighed: all
  // agreeing, that option; any clashing, the first clash. Before, the first pattern that matched was the only one tried:
  // 「3级(30分)」「4级 40分」 split as 3 / 4 then 「级(30分)」, no option, and the words-then-points reading was never
  // tried (after-sales 服务意识 refused unknown-choice while 「三级(30分)」 read, review 61).
  const t = halfWidth(typed).normalize('NFKC').trim();
  const read: Array<{ words: ChoiceDef; said: string; points: string }> = [];
  for (const re of POINTS_READINGS) {
    const m = re.exec(t);
    const said = m?.groups?.words?.replace(/[\s:,、\-‐–—―/|~]+$/u, '').trim();
    if (!m || !said) continue;
    const words = matchChoice(choices, said, false);
    if (words) read.push({ words, said, points: m.groups!.points! });
  }
  if (read.length === 0) return undefined;
  const judged = read.map(({ words, said, points }) => {
    const n = Number(points);
    const byNumber = matchChoice(choices, points);
    return n === words.points || byNumber === words ? { choice: words } : { clash: { words: clip(said), wordsPoints: words.points, points: n, ...(byNumber ? { other: byNumber.label } : {}) } };
  });
  const clash = judged.find((j) => 'clash' in j);
  if (clash) return clash;
  const first = read[0]!.words;
  return read.every((r) => r.words === first) ? { choice: first } : undefined;
}

/** A level as a form names one: 3级, 三级, 第4级, 2档. */
const LEVEL = /^第?\s*[\d一二三四五六七八九十]+\s*[级档]$/u;
/** An ellipsis or 「等」 ending a wording cut short: 「找出客户深层次…」「找出客户深层次...」. */
const CUT = /\s*(?:…+|\.{2,}|。{2,}|等)$/u;

/**
 * A level then a wording (§1 以客户为中心 「3级 找出客户深层次(真实)需求并提供相应产品服务」, often cut short: 「3级 找出客户深层
 * 次…」), refused unknown-choice though either alone read (review 62): the level, where the wording is the start (at least
 * two characters) of the words of one option only, and that option is the level's. Wording of another level is a clash
 * (「3级 提供必要服务」, 提供必要服务 being 1级): neither reading taken, as points of another option are. The level must be
 * one of the options' own words and a level (3级, 三级, 第3级); the wording is split from it by a space, a colon, a comma
 * or a dash. Undefined where the wording is no option's (「3级 很好」: unknown-choice, as before) or starts several.
 */
export function describedLevel(choices: readonly ChoiceDef[], typed: string): { choice: ChoiceDef } | { clash: PointsClash } | undefined {
  const m = /^(?<level>第?\s*[\d一二三四五六七八九十]+\s*[级档])(?:\s*[:、,\-‐–—―]+\s*|\s+)(?<words>\S.*)$/su.exec(halfWidth(typed).trim());
  if (!m) return undefined;
  const level = matchChoice(choices, m.groups!.level!, false);
  const said = m.groups!.words!.replace(CUT, '').trim();
  const key = matchKey(said);
  if (!level || key.length < 2 || LEVEL.test(said)) return undefined;
  const starts = choices.filter((c) => wordsOf(c).some((w) => w.startsWith(key)));
  if (starts.length !== 1) return undefined;
  const words = starts[0]!;
  return words === level ? { choice: level } : { clash: { words: clip(said), wordsPoints: words.points, points: level.points, other: level.label, named: clip(m.groups!.level!.trim()) } };
}

/** The points and words of a choice typed with its points (the first reading whose words are an option), for tickAtItsWorth. */
function pointedPoints(choices: readonly ChoiceDef[], typed: string): { said: string; points: number } | undefined {
  const t = halfWidth(typed).normalize('NFKC').trim();
  for (const re of POINTS_READINGS) {
    const m = re.exec(t);
    const said = m?.groups?.words?.replace(/[\s:,、\-‐–—―/|~]+$/u, '').trim();
    if (m && said && matchChoice(choices, said, false)) return { said, points: Number(m.groups!.points) };
  }
  return undefined;
}

// Points: a whole or decimal number not continuing another (「2020分」 is no 20 after 20, 「1.5分」 no 5 after 「1.」).
const PTS = String.raw`(?<![\d.])(?<points>\d+(?:\.\d+)?)`;
const SEP = String.raw`[:、\-‐–—―/|~]`;
const OPEN = String.raw`[(\[【〔]`;
const CLOSE = String.raw`[)\]】〕]`;
/**
 * The ways a choice is typed with its points (§17, §1). Points first: 「20 熟悉并准确」「20熟悉并准确」「20分 熟悉并准确」
 * 「20:熟悉并准确」「20、熟悉并准确」, and (review 61) 「20-熟悉并准确」「20/熟悉并准确」「(20分)熟悉并准确」「【20分】熟悉并准确」
 * (words starting with a digit, 3级, only after a space or 分 / a colon: a dash or slash before a digit is a range,
 * 「1-2级」). Words first with 分: 「熟悉并准确(20分)」「熟悉并准确 20分」「…:20分」「4级 40分」「3级(30分)」
 * 「熟悉并准确——20分」「一般友好【25分】」; and (review 61) with bare points after a space, a mark or in brackets:
 * 「熟悉并准确 20」「熟悉并准确/20」「一般友好(25)」 — not run together, 「熟悉并准确20」.
 */
const POINTS_READINGS: readonly RegExp[] = [
  new RegExp(String.raw`^${OPEN}\s*${PTS}\s*分?\s*${CLOSE}\s*${SEP}*\s*(?<words>\S.*)$`, 'su'),
  new RegExp(String.raw`^${PTS}(?:\s*分\s*[:、]?|\s*[:、])\s*(?<words>\S.*)$`, 'su'),
  new RegExp(String.raw`^${PTS}(?:\s*分)?\s*${SEP}+\s*(?<words>[^\d\s].*)$`, 'su'),
  new RegExp(String.raw`^${PTS}\s+(?<words>\S.*)$`, 'su'),
  new RegExp(String.raw`^${PTS}(?<words>\p{L}.*)$`, 'su'),
  // (review 62) The words in brackets after the points: 「15(有一定了解)」「15分【有一定了解】」.
  new RegExp(String.raw`^${PTS}\s*分?\s*${OPEN}\s*(?<words>[^()\[\]【】〔〕\d][^()\[\]【】〔〕]*?)\s*${CLOSE}$`, 'su'),
  new RegExp(String.raw`^(?<words>\S.*?)\s*(?:${OPEN}|${SEP}|,)*\s*${PTS}\s*分\s*${CLOSE}?$`, 'su'),
  new RegExp(String.raw`^(?<words>\S.*?)\s*${OPEN}\s*${PTS}\s*${CLOSE}$`, 'su'),
  new RegExp(String.raw`^(?<words>\S.*?)(?:\s+|\s*(?:${SEP}|,)+\s*)${PTS}$`, 'su'),
];

/** Right and wrong, as the tick and the cross. */
const RIGHT_WRONG = new Map([[matchKey('对'), '√'], [matchKey('错'), '×']]);

function markdownBox(typed: string): '√' | '×' | undefined {
  const t = typed.normalize('NFKC').trim();
  return /^\[\s*[xX]\s*\]$/.test(t) ? '√' : /^\[\s*\]$/.test(t) ? '×' : undefined;
}

/**
 * A grade typed as its one-character short form (「优」 「良」 「差」): the one option it begins or ends, where no other option
 * holds it. §15's interviewers typed 「优」 「良」 in every cell, each refused as no 较差 / 一般 / 良好 / 优秀 (陈晨 unscored for
 * 3.50 优秀). Not 「中」: no option of 较差 / 一般 / 良好 / 优秀 holds it (a definition that means 一般 by it aliases it, §30);
 * not 「差」 among 较差 / 很差, nor 「优」 among 优秀 / 特别优秀. Never a label or alias of its own (those match first).
 */
export function shortChoice(choices: readonly ChoiceDef[], typed: string): ChoiceDef | undefined {
  const key = matchKey(typed);
  if (!SHORT_GRADES.has(key) || matchChoice(choices, typed, false)) return undefined;
  const holding = choices.filter((c) => wordsOf(c).some((w) => w.includes(key)));
  const label = holding.length === 1 ? matchKey(holding[0]!.label) : '';
  return label.length > 1 && (label.startsWith(key) || label.endsWith(key)) ? holding[0] : undefined;
}
const SHORT_GRADES = new Set(['优', '良', '差']);

function parseChoice(input: InputDef, raw: RawValue & { kind: 'number' | 'text' }): Parsed {
  // A number shown as a percentage (0% of 0.25, or 25 with a % in its format) is 「25%」 as the cell shows it: no points.
  const typed = raw.kind === 'number' ? (raw.percentFormat ? `${formatScore(raw.value * 100)}%` : raw.percentSign ? `${formatScore(raw.value)}%` : raw.value) : cleanText(raw.value);
  // A tick box drawn in a symbol font (Wingdings 2's R, shown ☑) in a choice that lists no ☑ (§25 是/否): the mark it
  // stands for, √ or ×.
  const c = matchChoice(input.choices ?? [], typed, input.numbersArePoints !== false) ?? (raw.kind === 'text' && raw.symbol?.reads ? matchChoice(input.choices ?? [], raw.symbol.reads, false) : undefined) ?? letteredChoice(input.choices ?? [], typed);
  if (c && presenceClash(input.choices ?? [], typed, c)) return fail('unknown-choice', String(typed));
  if (c) return { ok: true, value: c, empty: false };
  // 「10 熟悉并准确」, 熟悉并准确 being 20: refused with both readings (not the plain list of options, which it already names).
  const pointed = typeof typed === 'string' && input.numbersArePoints !== false ? pointedChoice(input.choices ?? [], typed) ?? describedLevel(input.choices ?? [], typed) : undefined;
  if (pointed && 'clash' in pointed) return { ok: false, code: 'choice-points-clash', actual: clip(String(typed)), pointed: pointed.clash };
  return fail('unknown-choice', String(typed));
}

/**
 * A survey tool's option letter before its words (「A.优秀」, 「B、良好」): the answer when the letter and the words are both
 * that answer's. Refused while a bare 「A」 read as 优秀 (§21 甲 and 乙 left out at exit 0); 「A.良好」 where A is 优秀 still is.
 */
function letteredChoice(choices: readonly ChoiceDef[], typed: string | number): ChoiceDef | undefined {
  const m = typeof typed === 'string' ? /^([a-z])(?:\s*[.、:)\-]\s*|\s+)(\S.*)$/i.exec(typed.normalize('NFKC').trim()) : null;
  if (!m) return undefined;
  const byLetter = matchChoice(choices, m[1]!, false);
  return byLetter && matchChoice(choices, m[2]!, false) === byLetter ? byLetter : undefined;
}

// The words of a choice between something happening or not (重大客诉 无 / 有): a number typed there may be a count of it.
const ABSENT = new Set(['无', '没有', '否', '未发生', '无此情况']);
const PRESENT = new Set(['有', '是', '发生', '有此情况']);
const wordsOf = (c: ChoiceDef) => [c.label, ...(c.aliases ?? [])].map(matchKey);

/** The option saying the thing did not happen (无, 没有, 否 …) where it is worth more than the one saying it did. */
export function betterAbsent(choices: readonly ChoiceDef[]): ChoiceDef | undefined {
  const absent = choices.find((c) => wordsOf(c).some((w) => ABSENT.has(w)));
  const present = choices.find((c) => wordsOf(c).some((w) => PRESENT.has(w)));
  return absent && present && absent !== present && absent.points > present.points ? absent : undefined;
}

/**
 * Whether a number typed in a choice of 无 / 有 reads one option as its points and the other as a count of the thing (a
 * veto 重大客诉 无 = 1 / 有 = 0 with 0 complaints typed as 0: read as 0 points, 有, the month zeroed at exit 0). Without a
 * number: whether any count could clash so (the message then asks for the words).
 */
function presenceClash(choices: readonly ChoiceDef[], typed?: string | number, matched?: ChoiceDef): boolean {
  const absent = choices.find((c) => wordsOf(c).some((w) => ABSENT.has(w)));
  const present = choices.find((c) => wordsOf(c).some((w) => PRESENT.has(w)));
  if (!absent || !present || absent === present) return false;
  if (typed === undefined) return absent.points !== 0 || choices.some((c) => c !== present && c.points >= 1 && Number.isInteger(c.points));
  if (!matched || wordsOf(matched).includes(matchKey(String(typed)))) return false;
  const n = typeof typed === 'number' ? typed : parseNumberText(typed, '次')?.value;
  if (n === undefined || !Number.isInteger(n) || n < 0) return false;
  return matched !== (n === 0 ? absent : present);
}

/** A list of deductions written as a single 0 means none, when 0 is not itself a possible element (扣2-5分/次). */
const zeroMeansNone = (input: InputDef, values: number[]) => values.length === 1 && values[0] === 0 && input.min !== undefined && input.min > 0;

function parseList(input: InputDef, raw: RawValue & { kind: 'number' | 'text' }): Parsed {
  if (raw.kind === 'number') {
    const v = asShown(raw.value);
    if (zeroMeansNone(input, [v])) return { ok: true, value: [], empty: false };
    return checkListElement(input, v, String(raw.value), [v]);
  }
  const shown = visibleText(raw.value);
  if (isNoneWord(shown)) return { ok: true, value: [], empty: false };
  const pieces = halfWidth(raw.value).split(/[,;、\s]+/).filter((p) => p !== '');
  const values: number[] = [];
  for (const piece of pieces) {
    const n = parseNumberText(piece, input.unit);
    if (!n || n.percent || !Number.isFinite(n.value)) return fail('bad-list', shown);
    values.push(n.value);
  }
  if (values.length === 0) return fail('bad-list', shown);
  if (zeroMeansNone(input, values)) return { ok: true, value: [], empty: false };
  for (const v of values) {
    if (!inRange(input, v)) return fail('out-of-range', shown);
  }
  return { ok: true, value: values, empty: false };
}

function checkListElement(input: InputDef, v: number, shown: string, list: number[]): Parsed {
  if (!Number.isFinite(v)) return fail('not-a-number', shown);
  if (!inRange(input, v)) return fail('out-of-range', shown);
  return { ok: true, value: list, empty: false };
}

function emptyValue(input: InputDef): Parsed {
  if (!input.optional) return fail('required', '');
  switch (input.type) {
    case 'number':
    case 'integer':
    case 'percent':
      return { ok: true, value: input.default ?? 0, empty: true };
    case 'list':
      return { ok: true, value: input.default === undefined ? [] : [input.default], empty: true };
    case 'choice':
    case 'text':
      return { ok: true, value: null, empty: true };
  }
}

/**
 * A number whose format adds a word after it (0.0"万" shows 「10.8万」, 0"次" 「2次」): read as the text it shows,
 * so a unit the input does not take is refused as the typed 「10.8万」 is — 10.8 万元 is not 10.8 元. The input's own
 * unit, or a currency word, leaves the number as it is.
 */
function shownWithSuffix(input: InputDef, raw: RawValue & { kind: 'number' }): RawValue & { kind: 'number' | 'text' } {
  const suffix = raw.percentSign ? '%' : (raw.suffix ?? '');
  const word = halfWidth(suffix).trim().toLowerCase();
  if (!raw.percentSign && (word === '' || CURRENCY_WORDS.has(word) || unitsOf(input.unit).map((u) => u.toLowerCase()).includes(word))) {
    return { kind: 'number', value: raw.value };
  }
  // As the cell shows it: 0.0,"K" shows 100000 as 「100.0K」 (the message quoted 「100000K」, a thousand times what the user sees).
  return { kind: 'text', value: `${raw.percentSign ? Number(raw.value.toPrecision(15)) : (raw.shown ?? Number(raw.value.toPrecision(15)))}${suffix.trim()}` };
}

/**
 * A count typed with the word it counts in (「30个」, 「200人」, 「188件」), in a count of no unit of its own: that count —
 * refused as no whole number, the person was unscored (§10 新客户数, §31). Not 万 or 千 (30万 is no 30).
 */
function countWithWord(text: string): ReturnType<typeof parseNumberText> {
  // (Things and people counted; not 次, 项 or 起 — times and events are another kind of count: 「3次」 in a count of
  // no unit stays refused.)
  const m = /^\s*(\d+)\s*(个|人|位|名|户|件|单|张|笔|台|条|份|家)\s*$/.exec(halfWidth(text));
  return m ? parseNumberText(m[1]!) : null;
}

/** A time cell with no day (Excel's 0:00:40), not a duration's format ([ss]: those are refused, README says why). */
function timeOfDay(raw: RawValue & { kind: 'date' }): boolean {
  return !raw.elapsed && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(raw.value);
}

/** A duration's cell ([h]:mm:ss, [mm]:ss, [ss]) holding less than a day. */
function elapsedInDay(raw: RawValue & { kind: 'date' }): boolean {
  return !!raw.elapsed && raw.seconds !== undefined && raw.seconds < 86400;
}

/** Seconds as 「H:MM:SS」, the text a time typed reads as. */
function clockText(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
}

/** Seconds as 「HH:MM:SS」, as a time cell shows it (00:01:30), for messages. */
const clockShown = (seconds: number): string => clockText(seconds).padStart(8, '0');

/**
 * A number cell in an input counted in 秒 / 分钟 / 小时 holding what is an Excel time with its format lost (00:01:30
 * pasted as values into a General, 0.00000 or @ cell: 0.00104166…): §10 张三's 平均响应秒数 was 0.001 秒, 30 ÷ 0.001
 * capped at 100 % — 92.00 优秀 at exit 0 for 30 ÷ 90 = 33.33 % × 10 = 3.33, 85.33 良好 (李四's same time in h:mm:ss).
 * A fraction of a day that is a whole number of seconds is read as that time, with a warning, where the number as
 * typed would be under a second (0.001 秒, or §6 东区's 0.014236 分钟 for 0:20:30: no one times a response or an arrival
 * in fractions of a second). Where it would be a second or more (0.5 分钟 is 30 s, 0.0208 分钟 1.25 s) it may be meant
 * as typed — 0.8333 分钟 from =50/60 is 50 s, not 20 hours — so it is refused with the advice, not guessed.
 */
function lostTimeFormat(input: InputDef, raw: RawValue & { kind: 'number' }): Parsed | null {
  const per = secondsPer(input.unit);
  const v = asShown(raw.value);
  if (per === undefined || raw.percentFormat || raw.percentSign || !(v > 0 && v < 1)) return null;
  // Only a value typed or pasted (no formula's) into a General / @ / 0.000… cell, of more than 3 decimals: §10
  // 平均响应秒数 0.5 秒 typed (base: K4 10) was read as 12:00:00, 43200 s; §6's 0.5 / 0.75 / 0.9 分钟 and a team's own
  // 0.25 小时 or =1/3 refused where they scored. 0.00104166… (00:01:30) and 0.014236… (0:20:30) still qualify.
  if (raw.formula || (raw.places !== undefined && raw.places <= 2) || Math.abs(v * 1000 - Math.round(v * 1000)) <= 1e-9) return null;
  const seconds = Math.round(v * 86400);
  if (seconds < 1 || Math.abs(v * 86400 - seconds) > 0.001) return null;
  const time: TimeValue = { clock: clockShown(seconds), amount: tidy(seconds / per), unit: input.unit! };
  if (v * per >= 1) return { ok: false, code: 'time-value', actual: clip(String(v)), time };
  const parsed: Parsed = input.type === 'text' ? { ok: true, value: clockText(seconds), empty: false } : checkNumber(input, time.amount, String(v));
  return parsed.ok ? { ...parsed, time: { ...time, value: String(v) } } : parsed;
}

/**
 * 「1:30」 typed in a count of seconds, minutes or hours: 1 h 30 min as Excel reads it, 1 min 30 s in most exports —
 * refused as before, but it only said 「应为不小于0的数」: the message now says why and how to write it.
 */
function unclearClock(input: InputDef, text: string, shown: string): Parsed | null {
  const per = secondsPer(input.unit);
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(halfWidth(text).trim());
  if (per === undefined || !m) return null;
  const clock: ClockReading = { hours: m[1]!, minutes: m[2]!, amount: tidy((Number(m[1]) * 60 + Number(m[2])) / per), unit: input.unit! };
  return { ok: false, code: 'not-a-number', actual: shown, clock };
}

function countedInTime(input: InputDef): boolean {
  return !!input.unit && /秒|分钟|小时|min|^s$|^h$/i.test(input.unit);
}

/** 「00:15」 (a time whose seconds are 0, as dateText shows it) as hours and minutes: alone it reads as min:s or h:min. */
function wholeTime(value: string): string {
  return /^\d{2}:\d{2}$/.test(value) ? `${value}:00` : value;
}

/** The typed value of one cell for `input`, or why it cannot be one. No location: see readValue. */
export function parseRaw(input: InputDef, given: RawValue | undefined): Parsed {
  if (given === undefined || isEmptyRaw(given)) return emptyValue(input);
  const raw: RawValue = given.kind === 'number' && (given.suffix !== undefined || (given.percentSign && input.type === 'list')) ? shownWithSuffix(input, given) : given;
  switch (raw.kind) {
    case 'boolean': {
      // A tick box filled by a program (openpyxl True): taken only where the definition names TRUE/FALSE among a choice's spellings.
      const ticked = input.type === 'choice' ? matchChoice(input.choices ?? [], raw.value ? 'true' : 'false') : undefined;
      if (ticked) return { ok: true, value: ticked, empty: false };
      return fail('boolean-value', raw.value ? 'TRUE' : 'FALSE');
    }
    case 'error':
      return fail('error-value', raw.value);
    case 'formula-without-result':
      return fail('formula-without-result', `=${raw.formula.replace(/^=/, '')}`);
    case 'date':
      // A time cell (Excel's 0:15:00, shown 「00:15」 when its seconds are 0) in a text input counted in time (§6 到场
      // 分钟): a time of day of hours and minutes, so written out whole — 「00:15」 alone reads as min:s or h:min.
      if (input.type === 'text' && timeOfDay(raw) && countedInTime(input)) return { ok: true, value: wholeTime(raw.value), empty: false };
      // A duration's cell ([mm]:ss) in such a text input: its length, as in a number of seconds below. §6 南区's
      // 20.5/1440 in [mm]:ss shows 「20:30」 and was refused (「应为数字(实际值)…实际为「20:30」」) where 西区's same
      // 0:20:30 in h:mm:ss is 不达标, 16/17 × 100 = 94.12.
      if (input.type === 'text' && elapsedInDay(raw) && countedInTime(input)) return { ok: true, value: clockText(raw.seconds!), empty: false };
      if (input.type === 'text') return { ok: true, value: raw.value, empty: false };
      // So too in a number of seconds or minutes (sales-cs-kpi 平均响应秒数 0:00:40 is 40 秒), read as the same text typed —
      // only a time with its seconds: 「0:30」 typed for 30 s is Excel's 0:30:00, which shows no more than the text 「1:05」
      // README refuses (h:mm or m:ss); read as 30 minutes it was 1800 s at exit 0.
      if ((input.type === 'number' || input.type === 'integer') && timeOfDay(raw) && /^\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(raw.value) && countedInTime(input)) return parseNumeric(input, { kind: 'text', value: raw.value });
      // A duration's cell ([h]:mm:ss, [mm]:ss, [ss]) holding less than a day is a time typed in (0:00:45 shows 45 in [ss]);
      // a number typed there is days (45 shows 3888000): refused, as README says.
      if ((input.type === 'number' || input.type === 'integer') && elapsedInDay(raw) && countedInTime(input)) {
        return parseNumeric(input, { kind: 'text', value: clockText(raw.seconds!) });
      }
      return fail(raw.elapsed ? 'duration-value' : 'date-value', raw.value);
    case 'empty':
      return emptyValue(input);
    case 'number':
    case 'text':
      break;
  }
  if (raw.kind === 'number' && (input.type === 'number' || input.type === 'integer' || input.type === 'text')) {
    const time = lostTimeFormat(input, raw);
    if (time) return time;
  }
  // A tick answer in a symbol font whose letter shows a picture kpi does not know (Wingdings 2's 「A」): refused as that
  // picture, not as the letter the user never sees — nor read as a dash or a word for none.
  if (raw.kind === 'text' && raw.symbol && !raw.symbol.known && input.type === 'choice') return { ok: false, code: 'unknown-symbol', actual: clip(raw.symbol.typed), font: raw.symbol.font };
  // The definition's own words for nothing in an optional text: §5 安装遗留问题's 「否」「0」「无遗留」 (each counted as a
  // 遗留问题: 遗留问题率 100 % with exit 0).
  if (input.type === 'text' && input.optional && input.none && (raw.kind === 'text' || raw.kind === 'number') && saysNoneInClauses(input.none, raw.kind === 'text' ? raw.value : String(raw.value))) {
    return emptyValue(input);
  }
  // 「无」「-」「/」 where the form allows nothing: the same as an empty cell (an option named 无 still wins).
  if (raw.kind === 'text' && input.optional && isNoneWord(raw.value) && input.type !== 'list') {
    // (In a choice whose 无 is an answer worth more than its 有 — 重大客诉 无 5 / 有 0 — 「没有」, 「-」 are that answer:
    // read as empty they scored 0, as 有, at exit 0.)
    const absent = input.type === 'choice' ? betterAbsent(input.choices ?? []) : undefined;
    if (absent) return { ok: true, value: absent, empty: false };
    if (input.type !== 'choice' || !matchChoice(input.choices ?? [], cleanText(raw.value))) return emptyValue(input);
  }
  switch (input.type) {
    case 'number':
    case 'integer':
    case 'percent':
      return parseNumeric(input, raw);
    case 'choice':
      return parseChoice(input, raw);
    case 'list':
      return parseList(input, raw);
    case 'text':
      // A percent-formatted number reads as the user sees it (35%), not as the fraction Excel stores (0.35).
      // So does a number its format shows with fixed decimals (2026.1 through 0.00 is 「2026.10」) or a word after it.
      // (A bare 0.5 its column read as 0.5 % — a checklist's rate, 「0.5%」 here: said at the cell, as a percent input's is.)
      if (raw.kind === 'number' && raw.percentByColumn) return byColumn(raw, { ok: true, value: `${formatScore(raw.value)}%`, empty: false });
      return { ok: true, value: raw.kind === 'number' ? (raw.percentFormat ? `${formatScore(raw.value * 100)}%` : raw.percentSign ? `${formatScore(raw.value)}%` : `${raw.shown ?? String(raw.value)}${raw.suffix ?? ''}`) : cleanText(raw.value), empty: false };
  }
}

export type ReadResult = { ok: true; value: Value; empty: boolean; warning?: Problem } | { ok: false; problem: Problem };

/** parseRaw with the problem located: 3月!E7:「工作纪律·旷工」应为不小于0的整数,实际为「两次」. */
export function readValue(input: InputDef, entry: RawEntry | undefined, scope: SlotScope): ReadResult {
  const parsed = outOfItsMax(input, entry?.raw, tickAtItsWorth(input, parseRaw(input, entry?.raw), scope, entry?.raw), scope);
  if (parsed.ok) {
    if (parsed.time) return { ok: true, value: parsed.value, empty: parsed.empty, warning: scopedProblem(scope, 'time-value', { accepts: acceptsOf(input), ...parsed.time, read: true }, input, entry?.at, 'warning') };
    if (parsed.fraction) return { ok: true, value: parsed.value, empty: parsed.empty, warning: scopedProblem(scope, 'fraction-score', parsed.fraction, input, entry?.at) };
    if (!parsed.ambiguous) return { ok: true, value: parsed.value, empty: parsed.empty };
    // (A note where the column settled it: 50 % is still a reading, the column's the likelier.)
    const warning = scopedProblem(scope, 'ambiguous-percent', parsed.ambiguous, input, entry?.at, parsed.ambiguous.column ? 'info' : undefined);
    return { ok: true, value: parsed.value, empty: parsed.empty, warning };
  }
  // A cell struck through whole is blank for being crossed out: said so (struckNotes), not once more as left empty.
  if (parsed.code === 'required' && entry?.raw.kind === 'empty' && entry.raw.struck) return { ok: false, problem: struckWhole(input, entry, scope) };
  // No entry at all (a roster without the column, a form sheet without the row): not a cell left empty.
  const absent = parsed.code === 'required' && entry === undefined ? { absent: true as const } : {};
  const scale = parsed.scale !== undefined ? { scale: parsed.scale, max: input.max ?? 100, ...(input.type === 'percent' ? { percent: true as const } : {}) } : {};
  const font = parsed.font !== undefined ? { font: parsed.font } : {};
  const positive = (parsed.code === 'out-of-range' || parsed.code === 'not-a-number') && deductionTyped(input, entry?.raw, scope) ? { positive: true as const } : {};
  // Points typed in a count (「2分」, 「扣2分」 for 用语不规范 in 次): said to take the count, not only 「应为…整数」.
  const count = input.type === 'integer' ? unitsOf(input.unit).find((u) => u !== '分') : undefined;
  const points = parsed.code === 'not-a-number' && !positive.positive && count && entry?.raw.kind === 'text' && /^[扣减]?\s*\d+(\.\d+)?\s*分$/.test(cleanText(entry.raw.value).normalize('NFKC').trim()) ? { count } : {};
  const problem = scopedProblem(scope, parsed.code, { accepts: acceptsOf(input), value: parsed.actual, ...absent, ...scale, ...font, ...parsed.time, ...parsed.clock, ...parsed.pointed, ...positive, ...points }, input, entry?.at);
  return { ok: false, problem };
}

/**
 * 「√ 2分」 in a checklist whose ticks are worth 2 (§18 工作知识: 20 over ten boxes): the tick. Its choice's own points are
 * 1 (a box passes or not), so it was refused choice-points-clash, 「√ 是 1 分的一档」. Read where the points are the box's
 * worth in this item — scaleTo (or the item's max) over its criteria, to the cent (合作精神 20/9: 「√ 2.22分」) — and the
 * words its best answer (the tick); 「× 2分」 and 「√ 3分」 stay refused, as does any other item's.
 */
function tickAtItsWorth(input: InputDef, parsed: Parsed, scope: SlotScope, raw: RawValue | undefined): Parsed {
  const rule = scope.item.rule;
  if (rule.kind !== 'checklist' || input.type !== 'choice') return parsed;
  if (parsed.ok ? !(raw?.kind === 'text' && parsed.value !== null && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) : parsed.code !== 'choice-points-clash' || !parsed.pointed) return parsed;
  const box = rule.inputs.find((b) => (typeof b === 'string' ? b : b.input) === input.id);
  if (box === undefined || (typeof box !== 'string' && (box.failAt !== undefined || box.min !== undefined || box.max !== undefined))) return parsed;
  const criteria = new Set(rule.inputs.map((b) => (typeof b === 'string' ? b : (b.criterion ?? `\u0000${b.input}`))));
  const worth = (rule.scaleTo ?? scope.item.max) / criteria.size;
  const choices = input.choices ?? [];
  const best = Math.max(...choices.map((c) => c.points));
  const atWorth = (points: number) => Math.abs(points - worth) < 0.005;
  if (parsed.ok) {
    // 「√ 3分」 where a tick is worth 2: the typed points disagree, refused. Not 「√ 1分」: 1 is the tick's own point (a box
    // passes: §27 cs-checklist's 「√ 1分」 per box, its worth 100/n) — refused there it left 张三 / 赵六 unscored for 78.33
    // (review 62); read as the tick, as before. Only points written with 分 (「√ 1」 is the tick and its word 1).
    const tick = parsed.value as ChoiceDef;
    const text = raw?.kind === 'text' ? cleanText(raw.value) : '';
    const pointed = /\d\s*分/u.test(halfWidth(text)) ? pointedChoice(choices, text) : undefined;
    const typed = pointed && 'choice' in pointed ? pointedPoints(choices, text) : undefined;
    if (typed === undefined || tick.points !== best || best <= 0 || atWorth(tick.points) || atWorth(typed.points) || Math.abs(typed.points - tick.points) < 0.005) return parsed;
    return { ok: false, code: 'choice-points-clash', actual: clip(text), pointed: { words: clip(typed.said), wordsPoints: Number(worth.toFixed(2)), points: typed.points } };
  }
  const tick = matchChoice(choices, parsed.pointed!.words, false);
  if (!tick || tick.points !== best || best <= 0 || !atWorth(parsed.pointed!.points)) return parsed;
  return { ok: true, value: tick, empty: false };
}

/**
 * 「15/20」 in a choice whose options are the item's points (§17 专业知识, max 20): the 15-point option, as 15 alone is.
 * Refused unknown-choice (review 62). Only where the number after the slash is the item's max and the best option's
 * points (「15/30」 there, or 「3/4」 where 4 is no option's, stays refused), the item scored by that choice's points
 * (not a coefficient, `of: "max"`), and the points name one option.
 */
function outOfItsMax(input: InputDef, raw: RawValue | undefined, parsed: Parsed, scope: SlotScope): Parsed {
  const rule = scope.item.rule;
  // (「15分/20分」 splits as the words 15分 — 15's alias — then 20 points: a clash, read here as out of the max too.)
  if (parsed.ok || (parsed.code !== 'unknown-choice' && parsed.code !== 'choice-points-clash') || raw?.kind !== 'text' || input.type !== 'choice' || input.numbersArePoints === false) return parsed;
  if (rule.kind !== 'choice' || rule.of !== undefined || rule.input !== input.id) return parsed;
  const m = /^(\d+(?:\.\d+)?)\s*分?\s*\/\s*(\d+(?:\.\d+)?)\s*分?$/u.exec(halfWidth(cleanText(raw.value)));
  const choices = input.choices ?? [];
  if (!m || choices.length === 0 || Number(m[2]) !== scope.item.max || Math.max(...choices.map((c) => c.points)) !== scope.item.max) return parsed;
  const worth = choices.filter((c) => c.points === Number(m[1]));
  return worth.length === 1 ? { ok: true, value: worth[0]!, empty: false } : parsed;
}

/**
 * A 减分 item's points written as a deduction (「-2」「扣2分」「(2)」「−2」, or −2 shown as (2)): §11 was told only 「应为0到10之间
 * 的数」, never that its 减分 is typed positive (2), though its criteria say 填正数.
 */
function deductionTyped(input: InputDef, raw: RawValue | undefined, scope: SlotScope): boolean {
  const rule = scope.item.rule;
  if (rule.kind !== 'adjustment' || !rule.subtract || rule.input !== input.id || !raw) return false;
  if (raw.kind === 'number') return raw.value < 0;
  return raw.kind === 'text' && /^(?:[-(−－﹣（]|扣|减)/.test(cleanText(raw.value).normalize('NFKC'));
}

/** A cell struck through whole (read blank): an error, the person not scored; a required input's asks for the figure. */
export function struckWhole(input: InputDef | undefined, entry: RawEntry, scope: SlotScope): Problem {
  const struck = entry.raw.kind === 'empty' || entry.raw.kind === 'text' ? clip(entry.raw.struck ?? '') : '';
  const required = input && !input.optional ? { required: acceptsOf(input) } : {};
  return scopedProblem(scope, 'struck-text', { struck, ...required }, input, entry.at, 'error');
}

/**
 * The definition's words for nothing, or a text of them only (「无,已完工」, 「否,无遗留」): each counted as a 遗留问题 (§5 王师傅's
 * 遗留问题率 100 % for 25 %, exit 0).
 */
function saysNoneInClauses(words: readonly string[], text: string): boolean {
  if (saysNone(words, text) || SHORT_NONE.test(text.trim())) return true;
  // A note after a space or a dash, or in brackets at the end, is a clause of its own: 「无(已完工)」, 「无 已完工」, 「无—已完工」
  // were each a 遗留问题 (§5 王师傅 75 % for 0 %). 「无法安装」, 「无门把手」 have no break and stay what they say.
  // A clause between commas is none as a whole first (「没有 问题」, 「一切 正常」 were none before the split at spaces and
  // became a 遗留问题 — review: 李军 0 % → 14.29 %), then word by word.
  const noted = text.replace(/[(（【\[]([^()（）【】\[\]]*)[)）】\]]\s*$/, ',$1');
  const none = (c: string) => saysNone(words, c) || isNoneWord(c) || SHORT_NONE.test(c);
  const clauses = noted.split(/[,，、;；。]+/).map((c) => c.trim()).filter(Boolean);
  const parts = (c: string) => c.split(/[\s—–―~～－-]+/).filter(Boolean);
  const split = clauses.flatMap(parts);
  return split.length > 1 && clauses.every((c) => none(c) || (parts(c).length > 1 && parts(c).every(none)));
}
/**
 * 「没」 (没有 cut short) and 「NO」 as a whole word, beside the definition's words (each counted as a 遗留问题); 「没装好」 is not.
 * So are 「N」 and 「正常安装」/「安装正常」 (each a 遗留问题: 遗留问题率 100 % for 0 %).
 */
const SHORT_NONE = /^(没|no?|正常安装|安装正常)[.。!！]?$/i;
