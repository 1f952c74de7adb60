// A cell's raw content → the typed value its InputDef asks for, or a located problem.
import type { ChoiceDef, InputDef } from '../model/definition.js';
import type { RawEntry, RawValue } from '../model/entries.js';
import type { Problem, ProblemCode } from '../model/problem.js';
import { formatScore } from './round.js';
import { cleanText, halfWidth, isNoneWord, matchKey, parseNumberText, visibleText } from './text.js';
import { scopedProblem, type SlotScope } from './locate.js';

/** number / integer / percent (0–100 units) → number; list → number[]; choice → ChoiceDef; text → string. null = optional and empty. */
export type Value = number | number[] | ChoiceDef | string | null;

export type Parsed =
  | { ok: true; value: Value; empty: boolean; ambiguous?: string }
  | {
      ok: false;
      code: ProblemCode;
      /** How the found content is named in the message: 「两次」, 空, 逻辑值「TRUE」. */
      found: string;
      actual: string;
    };

/** An empty cell, or text made only of spaces. */
export function isEmptyRaw(raw: RawValue | undefined): boolean {
  return raw === undefined || raw.kind === 'empty' || (raw.kind === 'text' && cleanText(raw.value) === '');
}

/**
 * The bounds an input accepts, written once for messages (「50到100之间的」整数) and template hints
 * (整数「,范围 50–100」): the same bounds, formatted the same way; '' when there are none.
 */
export function rangeText(min: number | undefined, max: number | undefined, words: 'message' | 'hint', unit = ''): string {
  const low = min === undefined ? undefined : `${formatScore(min)}${unit}`;
  const high = max === undefined ? undefined : `${formatScore(max)}${unit}`;
  if (words === 'hint') {
    if (low !== undefined && high !== undefined) return `,范围 ${low}–${high}`;
    if (low !== undefined) return `,不小于 ${low}`;
    if (high !== undefined) return `,不大于 ${high}`;
    return '';
  }
  if (low !== undefined && high !== undefined) return `${low}到${high}之间的`;
  if (low !== undefined) return `不小于${low}的`;
  if (high !== undefined) return `不大于${high}的`;
  return '';
}

/** What the input accepts, as the message's 应为… part. */
export function expectation(input: InputDef): string {
  switch (input.type) {
    case 'integer':
      return `应为${rangeText(input.min, input.max, 'message')}整数`;
    case 'number':
      return input.min === undefined && input.max === undefined ? '应为数字' : `应为${rangeText(input.min, input.max, 'message')}数`;
    case 'percent':
      return `应为${rangeText(input.min, input.max, 'message', '%')}百分比(如 90% 或 0.9)`;
    case 'list':
      return `应为${rangeText(input.min, input.max, 'message')}数,多个用逗号分隔(如 3,2,5)`;
    case 'choice': {
      const options = (input.choices ?? []).map((c) => c.label).join(' / ');
      const points = (input.choices ?? []).map((c) => formatScore(c.points)).join('/');
      return `应为以下之一:${options}(或对应分值 ${points})`;
    }
    case 'text':
      return '应为文字';
  }
}

/** What a message quotes of a cell: at most 60 characters of it (a cell may hold 50 MB). */
function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…(共 ${s.length} 个字符)` : s;
}

const fail = (code: ProblemCode, actual: string, found?: string): Parsed => {
  const shown = clip(actual);
  return { ok: false, code, found: found ?? `「${shown}」`, actual: shown };
};

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
  if (raw.kind === 'number') {
    const value = asShown(raw.value);
    const shown = raw.percentFormat ? `${formatScore(value * 100)}%` : String(raw.value);
    if (!Number.isFinite(value)) return fail('not-a-number', shown);
    if (input.type !== 'percent') return checkNumber(input, value, shown);
    // A percent-formatted cell always holds a fraction.
    if (raw.percentFormat) return checkNumber(input, tidy(value * 100), shown);
    return plainPercent(input, value, shown);
  }
  const shown = clip(visibleText(raw.value));
  const n = parseNumberText(raw.value, input.unit);
  if (!n) return fail('not-a-number', shown);
  if (input.type !== 'percent') return n.percent ? fail('not-a-number', shown) : checkNumber(input, n.value, shown);
  if (n.percent) return checkNumber(input, n.value, shown);
  return plainPercent(input, n.value, shown);
}

/**
 * A number without a % sign in a percent cell, read by the input's `plainNumber` rule. 'auto': 0–1 is a fraction
 * (0.9 = 90 %); above 1 it is a percentage (85 = 85 %) unless the input allows more than 100 % and the number fits
 * as a fraction (效率 1.1 = 110 %, not 1.1 %): then it is read as one, with a warning naming both readings.
 */
function plainPercent(input: InputDef, v: number, shown: string): Parsed {
  const rule = input.plainNumber ?? 'auto';
  if (rule === 'fraction') return checkNumber(input, tidy(v * 100), shown);
  if (rule === 'percent') return checkNumber(input, v, shown);
  if (v >= 0 && v <= 1) return checkNumber(input, tidy(v * 100), shown);
  const asFraction = tidy(v * 100);
  if (input.max !== undefined && input.max > 100 && v > 1 && asFraction <= input.max && inRange(input, asFraction)) {
    const parsed = checkNumber(input, asFraction, shown);
    if (parsed.ok) parsed.ambiguous = `「${shown}」按 ${formatScore(asFraction)}% 计;如指 ${shown}% 请写成「${shown}%」`;
    return parsed;
  }
  return checkNumber(input, v, shown);
}

/** A choice by label, alias, normalised text, or a number equal to exactly one option's points. */
export function matchChoice(choices: readonly ChoiceDef[], typed: string | number): ChoiceDef | undefined {
  const key = matchKey(String(typed));
  const byLabel = choices.find((c) => matchKey(c.label) === key);
  if (byLabel) return byLabel;
  const byAlias = choices.find((c) => (c.aliases ?? []).some((a) => matchKey(a) === key));
  if (byAlias) return byAlias;
  const n = typeof typed === 'number' ? asShown(typed) : parseNumberText(typed, '分')?.value;
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const byPoints = choices.filter((c) => c.points === n);
  return byPoints.length === 1 ? byPoints[0] : undefined;
}

function parseChoice(input: InputDef, raw: RawValue & { kind: 'number' | 'text' }): Parsed {
  const typed = raw.kind === 'number' ? raw.value : cleanText(raw.value);
  const c = matchChoice(input.choices ?? [], typed);
  return c ? { ok: true, value: c, empty: false } : fail('unknown-choice', String(typed));
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
  if (!input.optional) return fail('required', '', '空');
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

/** The typed value of one cell for `input`, or why it cannot be one. No location: see readValue. */
export function parseRaw(input: InputDef, raw: RawValue | undefined): Parsed {
  if (raw === undefined || isEmptyRaw(raw)) return emptyValue(input);
  switch (raw.kind) {
    case 'boolean': {
      // A tick box filled by a program (openpyxl True): taken only where the definition names TRUE/FALSE among a choice's spellings.
      const ticked = input.type === 'choice' ? matchChoice(input.choices ?? [], raw.value ? 'true' : 'false') : undefined;
      if (ticked) return { ok: true, value: ticked, empty: false };
      return fail('boolean-value', raw.value ? 'TRUE' : 'FALSE', `逻辑值「${raw.value ? 'TRUE' : 'FALSE'}」`);
    }
    case 'error':
      return fail('error-value', raw.value, `错误值「${raw.value}」`);
    case 'formula-without-result':
      return fail('formula-without-result', `=${raw.formula.replace(/^=/, '')}`);
    case 'date':
      if (input.type === 'text') return { ok: true, value: raw.value, empty: false };
      return fail('date-value', raw.value, `日期「${raw.value}」`);
    case 'empty':
      return emptyValue(input);
    case 'number':
    case 'text':
      break;
  }
  // 「无」「-」「/」 where the form allows nothing: the same as an empty cell (an option named 无 still wins).
  if (raw.kind === 'text' && input.optional && isNoneWord(raw.value) && input.type !== 'list') {
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
      return { ok: true, value: raw.kind === 'number' ? (raw.percentFormat ? `${formatScore(raw.value * 100)}%` : String(raw.value)) : cleanText(raw.value), empty: false };
  }
}

export type ReadResult = { ok: true; value: Value; empty: boolean; warning?: Problem } | { ok: false; problem: Problem };

/** parseRaw with the problem located and worded: 3月!E7:「工作纪律·旷工」应为不小于0的整数,实际为「两次」. */
export function readValue(input: InputDef, entry: RawEntry | undefined, scope: SlotScope): ReadResult {
  const parsed = parseRaw(input, entry?.raw);
  if (parsed.ok) {
    if (!parsed.ambiguous) return { ok: true, value: parsed.value, empty: parsed.empty };
    const warning = scopedProblem(scope, 'warning', 'ambiguous-percent', parsed.ambiguous, input, entry?.at, { expected: '百分比', actual: String(parsed.value) });
    return { ok: true, value: parsed.value, empty: parsed.empty, warning };
  }
  const expected = expectation(input);
  const body =
    parsed.code === 'formula-without-result'
      ? `公式没有计算结果:请用 Excel/WPS 打开后保存(${parsed.actual})`
      : parsed.code === 'required'
        ? `为必填项,${expected},实际为空`
        : `${expected},实际为${parsed.found}`;
  const problem = scopedProblem(scope, 'error', parsed.code, body, input, entry?.at, { expected, actual: parsed.actual });
  return { ok: false, problem };
}
