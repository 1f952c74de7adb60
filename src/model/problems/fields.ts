// Structured fields shared by several catalogue entries, and the Chinese phrases built from them.
import { formatScore, formatSigned } from '../round.js';

/** Which item, input and rater a cell problem is about: 「工作纪律·旷工·上级」. */
export interface Subject {
  item: string;
  /** Only when the item has several inputs. */
  input?: string;
  /** Rater label ("上级", "同事评2"); absent when the form or item has no raters. */
  rater?: string;
  /** A records form's row, named before the column: 订单 1002「金额」. */
  row?: string;
}

/** What a cell accepts: its type and limits (from the definition), the choices, or how a box is judged. */
export type Accepts =
  | { type: 'integer' | 'number' | 'percent' | 'list'; min?: number; max?: number }
  | { type: 'text'; hint?: string }
  /**
   * wordsOnly: a choice of 无 / 有 whose points a count typed there would contradict (0 for 无 is 0 分 of 有), or (order)
   * one whose points only order the options (§23 满意 … 很不满意: which end is 1 no one said).
   */
  | { type: 'choice'; choices: Array<{ label: string; points: number }>; wordsOnly?: true; order?: true }
  /** incidents: each deduction of a list within [min, max]. */
  | { type: 'deduction'; min: number; max: number }
  /** checklist: a ticked box (是 / √ / 否), 不适用 where allowed. */
  | { type: 'tick'; notApplicable: boolean; yes?: string; no?: string }
  /** checklist judged by a number: the measured value, or a count of irregularities. */
  | { type: 'measure'; count: boolean; notApplicable: boolean; range?: string; yes?: string; no?: string }
  /** checklist count of irregularities that is negative or fractional. */
  | { type: 'count'; record?: true }
  /** a record's month column (考核月份): a year and a month. */
  | { type: 'month' };

export const q = (s: string): string => `「${s}」`;
export const num = formatScore;
export const signed = formatSigned;
export const percent = (fraction: number): string => `${formatScore(fraction * 100)}%`;
/** The exact total at a boundary (12 significant digits: 90.6666666667), not the 2-decimal figure that ties. */
export const exact = (x: number): string => String(Number(x.toPrecision(12)));
/** A path as a shell takes it in a suggested command: as it is when plain, else in single quotes (2月(修订).csv, $HOME). */
/**
 * A file name as a shell takes it when pasted: quoted when it holds a space or a character the shell reads, and after
 * 「./」 when it starts with 「-」 (「-同事.xlsx」 pasted bare was an unknown option).
 */
export const shellWord = (text: string): string => {
  const t = text.startsWith('-') ? `./${text}` : text;
  return /^[\w./\u0080-\uffff-]+$/u.test(t) && !/\s/u.test(t) ? t : `'${t.replace(/'/g, `'\\''`)}'`;
};

export function subjectZh(s: Subject): string {
  return `${s.row ?? ''}${q([s.item, s.input, s.rater].filter((x) => x !== undefined && x !== '').join('·'))}`;
}

/**
 * The bounds an input accepts, written once for messages (「50到100之间的」整数) and template hints
 * (整数「,范围 50–100」): the same bounds, formatted the same way; '' when there are none.
 */
export function rangeText(min: number | undefined, max: number | undefined, words: 'message' | 'hint', unit = ''): string {
  const low = min === undefined ? undefined : `${num(min)}${unit}`;
  const high = max === undefined ? undefined : `${num(max)}${unit}`;
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

/**
 * What the cell accepts, as the message's 应为… part. `typed`: what the cell holds — a word without a digit (§23
 * 「比较满意」) is not told 「请写字:数字分不清是哪一档」, advice about digits.
 */
export function expectationZh(a: Accepts, typed?: string): string {
  switch (a.type) {
    case 'integer':
      return `应为${rangeText(a.min, a.max, 'message')}整数`;
    case 'number':
      return a.min === undefined && a.max === undefined ? '应为数字' : `应为${rangeText(a.min, a.max, 'message')}数`;
    case 'percent':
      return `应为${rangeText(a.min, a.max, 'message', '%')}百分比(如 90% 或 0.9)`;
    case 'list':
      return `应为${rangeText(a.min, a.max, 'message')}数,多个用逗号分隔(如 3,2,5)`;
    case 'choice':
      if (a.wordsOnly && typed && !/\d/.test(typed.normalize('NFKC'))) return `应为以下之一:${a.choices.map((c) => c.label).join(' / ')}(请照其中一档的原字填写)`;
      return a.wordsOnly
        ? `应为以下之一:${a.choices.map((c) => c.label).join(' / ')}(请写字:${a.order ? `数字分不清是哪一档;或在列名后写明数字的含义,如「(1${a.choices[0]?.label ?? ''} 2${a.choices[1]?.label ?? ''} …)」` : '数字分不清是次数还是分值'})`
        : `应为以下之一:${a.choices.map((c) => c.label).join(' / ')}(或对应分值 ${a.choices.map((c) => num(c.points)).join('/')})`;
    case 'text':
      // What the cell takes, as the template's hint says it (「填发现的不规范处数(0、1、2…)…」), rather than 「文字」.
      return a.hint ? `应${a.hint}` : '应为文字';
    case 'deduction':
      return `每次扣${num(a.min)}到${num(a.max)}分`;
    case 'tick':
      return `应为 ${(a.yes && a.no ? [a.yes, a.no] : ['是', '√', '否']).join(' / ')}${a.notApplicable ? ' / 不适用' : ''} 之一`;
    case 'measure':
      return `应为数字(${a.count ? '不规范处数' : `实际值${a.range ? `,${a.range}` : ''}`})、${a.yes && a.no ? `${a.yes} / ${a.no}、` : ''}缺失 / 无记录${a.notApplicable ? ' / 不适用' : ''}`;
    case 'count':
      return a.record
        ? '应填不规范处数(没有不规范填 0)或「无记录」/「缺失」,只写「无」或「-」分不清是哪一种'
        : '不规范处数应为 0 或正整数,或填达标 / 不达标、缺失 / 无记录';
    case 'month':
      return '应为年和月(如 2026-03 或 2026年3月)';
  }
}

/** "3月!E7" or "3月" or "" — how a person finds the place in a spreadsheet. */
export function where(at: { sheet?: string; cell?: string }): string {
  if (at.sheet && at.cell) return `${at.sheet}!${at.cell}`;
  return at.sheet ?? at.cell ?? '';
}

/** Several names in a message: at most `max` shown, then 等 N <unit>. */
export function someZh(names: readonly string[], max: number, unit: string, show: (s: string) => string = q): string {
  return `${names.slice(0, max).map(show).join('、')}${names.length > max ? `等 ${names.length} ${unit}` : ''}`;
}
