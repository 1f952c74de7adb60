// A record's cell → the value its column asks for, and the text a value shows as (group keys, distributions).
import type { ChoiceDef, InputDef } from '../../model/definition.js';
import type { RawValue } from '../../model/entries.js';
import type { ColumnDef } from '../../model/records.js';
import { parseRaw, type Parsed } from '../values.js';
import { cleanText, DITTO, halfWidth, matchKey, tickMark } from '../text.js';
import { parseMonth } from '../period.js';
import { formatScore } from '../../model/round.js';

/** What a field holds: a yes/no, a choice (label and points), a number, a text; null = empty. */
export type FieldValue = null | boolean | number | string | ChoiceDef;

const YES = ['是', '有', '√', '✓', '✔', '对', 'Y', 'Yes', 'TRUE', '1', '已', '有的', '是的'];
const NO = ['否', '没有', '无', '×', '✗', '✘', 'X', '错', 'N', 'No', 'FALSE', '0', '未', '不是', '没'];

/** The two words a yes/no column offers in the template, yes first. */
export function yesNoWords(col: ColumnDef): [string, string] {
  return col.words ?? ['是', '否'];
}

/**
 * Every word a yes/no column reads as yes and as no: the shared spellings, then the column's own (yesWords / noWords).
 * 「已处理」, 「已清理」, 「本人」 are answers to their own question only (§5: each one refused, its order out of every
 * figure at exit 1), so they are the definition's to add, not these lists'.
 */
export function yesNoAnswers(col: ColumnDef): { yes: string[]; no: string[] } {
  return { yes: [...YES, ...(col.yesWords ?? [])], no: [...NO, ...(col.noWords ?? [])] };
}

/** A yes/no column read as a two-option choice (points 1 / 0), with every common spelling as an alias. */
function yesNoInput(col: ColumnDef): InputDef {
  const [yes, no] = yesNoWords(col);
  const answers = yesNoAnswers(col);
  const others = (words: string[], own: string) => words.filter((w) => matchKey(w) !== matchKey(own));
  return {
    id: col.id,
    label: col.label,
    type: 'choice',
    optional: col.optional ?? false,
    choices: [
      { label: yes, points: 1, aliases: others(answers.yes, yes) },
      { label: no, points: 0, aliases: others(answers.no, no) },
    ],
  };
}

/** The InputDef the shared cell reader (engine/values.ts) checks a column's cells with. */
export function columnInput(col: ColumnDef): InputDef {
  const base = { id: col.id, label: col.label, optional: col.optional ?? false };
  switch (col.type) {
    case 'yesno':
      return yesNoInput(col);
    case 'choice':
      return { ...base, type: 'choice', choices: col.choices ?? [], ...(col.numbersArePoints === false ? { numbersArePoints: false } : {}) };
    case 'integer':
    case 'number':
      return { ...base, type: col.type, ...(col.min !== undefined ? { min: col.min } : {}), ...(col.max !== undefined ? { max: col.max } : {}), ...(col.unit ? { unit: col.unit } : {}) };
    case 'text':
    case 'date':
      return { ...base, type: 'text', ...(col.none ? { none: col.none } : {}) };
  }
}


/**
 * mark: a lone tick or cross read as the text it is in a column of words for nothing (said where it stands); above: a
 * word above the best option read as it (「非常满意」 where 满意 is the best, said where it stands).
 */
export type ParsedField = { ok: true; value: FieldValue; mark?: string; above?: string } | { ok: false; parsed: Extract<Parsed, { ok: false }> };

/**
 * 「非常满意」「很满意」「十分满意」 where the best option is 满意 with none above it: that option. §23 (满意 / 一般 / 不满意 /
 * 很不满意) refused them while its 「非常不满意」 read as 很不满意 — 27-ws-words: 17 of 21 answers out at exit 1. 「比较满意」
 * may be a level below 满意, so it stays refused.
 */
function aboveBest(input: InputDef, text: string): ChoiceDef | undefined {
  const choices = input.choices ?? [];
  const top = Math.max(...choices.map((c) => c.points));
  const best = choices.filter((c) => c.points === top);
  if (best.length !== 1 || best[0]!.label !== '满意') return undefined;
  const key = matchKey(text);
  return ['非常', '很', '十分'].some((w) => matchKey(`${w}满意`) === key) ? best[0] : undefined;
}

// Options by their typed key, per input: a log repeats the same few answers in every row, and matching each
// against every alias again (matchKey of each) was most of the time a 50,000-row log spent per cell.
const optionKeys = new WeakMap<InputDef, Map<string, ChoiceDef>>();

function optionByText(input: InputDef, text: string): ChoiceDef | undefined {
  let keys = optionKeys.get(input);
  if (!keys) {
    keys = new Map();
    for (const c of input.choices ?? []) if (!keys.has(matchKey(c.label))) keys.set(matchKey(c.label), c);
    for (const c of input.choices ?? []) for (const a of c.aliases ?? []) if (!keys.has(matchKey(a))) keys.set(matchKey(a), c);
    optionKeys.set(input, keys);
  }
  return keys.get(matchKey(text));
}

/** One cell of a record. A date column takes whatever was written (logs write 3月5日上午 as often as a date). */
export function parseField(col: ColumnDef, input: InputDef, raw: RawValue | undefined, key = false): ParsedField {
  if (raw?.kind === 'text' && (col.type === 'choice' || col.type === 'yesno')) {
    const hit = optionByText(input, raw.value);
    if (hit) return { ok: true, value: col.type === 'yesno' ? hit.points === 1 : hit };
  }
  if (col.type === 'date' && raw && (raw.kind === 'number' || raw.kind === 'boolean')) {
    // As the cell shows it: 2026.1 through 0.00 is 「2026.10」, October.
    return { ok: true, value: raw.kind === 'number' ? (raw.shown ?? String(raw.value)) : String(raw.value) };
  }
  const parsed = parseRaw(input, raw);
  if (!parsed.ok) {
    const best = parsed.code === 'unknown-choice' && col.type === 'choice' ? aboveBest(input, parsed.actual) : undefined;
    return best ? { ok: true, value: best, above: parsed.actual } : { ok: false, parsed };
  }
  if (parsed.empty || parsed.value === null) return { ok: true, value: null };
  const v = parsed.value;
  if (col.type === 'yesno') return { ok: true, value: (v as ChoiceDef).points === 1 };
  // A month that cannot be read (「3月」 without its year, 「Mar-26」) would be a month of its own: its answers out of
  // the month they belong to, a period mean over one month too many.
  if (typeof v === 'string' && col.month && parseMonth(v) === null) return { ok: false, parsed: { ok: false, code: 'not-a-month', actual: cleanText(v).slice(0, 60) } };
  // 「同上」, 「〃」 for the row above's store or fitter: as written it was a store of its own (§5 李军's orders split, §23 a
  // department 「同上」). Which value it repeats is the row above's as the sheet now lies — not for kpi to carry down.
  if (key && typeof v === 'string' && DITTO.test(cleanText(v).replace(/\s+/g, ''))) return { ok: false, parsed: { ok: false, code: 'ditto-mark', actual: cleanText(v).slice(0, 60) } };
  // A lone 「×」 or 「√」 in §5 安装遗留问题 counts as a 遗留问题 (王师傅 100 %) where the team may have meant 「none」 as
  // well: read as written, but said at the cell (loneMark).
  // (And a lone 「x」 or 「X」, × typed from the keyboard: it made 遗留问题率 100 % with nothing said where 「×」 was warned.)
  if (typeof v === 'string' && col.none && (tickMark(v) || /^[xX]$/.test(halfWidth(cleanText(v))))) return { ok: true, value: cleanText(v), mark: cleanText(v) };
  if (typeof v === 'string') return { ok: true, value: cleanText(v) };
  if (Array.isArray(v)) return { ok: true, value: v[0] ?? null };
  return { ok: true, value: v };
}

export function isChoice(v: FieldValue): v is ChoiceDef {
  return typeof v === 'object' && v !== null;
}

/** A value as a number: yes = 1, no = 0, a choice its points, a number itself; a text or empty gives null. */
export function numeric(v: FieldValue): number | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (isChoice(v)) return v.points;
  return null;
}

/** How a value shows in a key, a distribution or a message: 是/否 (the column's words), the choice label, 4, the text. */
/** What a row is grouped by: its field's text; a month column's month as 2026-02 however it was written. */
export function groupKey(v: FieldValue, col?: ColumnDef): string {
  const text = fieldText(v, col);
  if (col?.month) return parseMonth(text) ?? text;
  // 「张 师傅」 and 「张师傅」 are one installer: a space between Chinese characters is typing, not a name.
  return typeof v === 'string' ? text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '') : text;
}

export function fieldText(v: FieldValue, col?: ColumnDef): string {
  if (v === null) return '';
  if (typeof v === 'boolean') {
    const [yes, no] = col ? yesNoWords(col) : ['是', '否'];
    return v ? yes : no;
  }
  if (typeof v === 'number') return formatScore(v);
  if (isChoice(v)) return v.label;
  return v;
}
