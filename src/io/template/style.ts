import type ExcelJS from 'exceljs';
import type { InputDef, ItemDef } from '../../model/definition.js';
import { displayWidth } from '../../engine/text.js';
import { rangeText } from '../../engine/values.js';
import { formatScore } from '../../model/round.js';
import { font } from '../graded/look.js';

export const FILL_INPUT: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
export const FILL_HEAD: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
export const FILL_LOCKED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
export const FILL_ERROR: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
export const FILL_WARNING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4B183' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF999999' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };


/** A column width that fits the longest line of Chinese text, within bounds so long criteria wrap. */
export function fitWidth(texts: string[], min = 6, max = 40): number {
  const widest = texts.flatMap((t) => t.split('\n')).reduce((m, t) => Math.max(m, displayWidth(t)), 0);
  return Math.max(min, Math.min(max, widest + 2));
}

export function styleInputCell(cell: ExcelJS.Cell): void {
  cell.fill = FILL_INPUT;
  cell.border = BORDER;
  cell.protection = { locked: false };
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

export function styleLockedCell(cell: ExcelJS.Cell, fill: ExcelJS.Fill = FILL_LOCKED): void {
  cell.fill = fill;
  cell.border = BORDER;
  cell.protection = { locked: true };
  cell.alignment = { vertical: 'middle', wrapText: true };
}

export function styleHeadingCell(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true });
  cell.fill = FILL_HEAD;
  cell.border = BORDER;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

/** What a person may type into an input, as an Excel data validation (dropdown, whole number, decimal). */
export function validationFor(input: InputDef, listRange?: string, item?: ItemDef): ExcelJS.DataValidation | undefined {
  const prompt = hintFor(input, item);
  const common = { allowBlank: true, showInputMessage: true, promptTitle: input.label.slice(0, 32), prompt: prompt.slice(0, 255), showErrorMessage: true, errorStyle: 'stop' as const };
  switch (input.type) {
    case 'choice': {
      const formula = listRange ?? `"${input.choices!.map((c) => c.label.replace(/"/g, '""')).join(',')}"`;
      // kpi also reads an option's points typed instead of its words (25 for 服务态度's second option): a warning,
      // which Excel and WPS let the user accept, not a stop that refuses what kpi would score.
      // Only points that name one option (choiceOf); with none, what is not in the list is refused as before.
      // (None where the points only order the options: numbersArePoints false.)
      const points = input.numbersArePoints === false ? [] : input.choices!.map((c) => c.points).filter((p, _i, all) => all.filter((q) => q === p).length === 1);
      const error = `应为:${input.choices!.map((c) => c.label).join(' / ')}`;
      if (!points.length) return { ...common, type: 'list', formulae: [formula], errorTitle: '请从下拉列表选择', error: error.slice(0, 255) };
      return { ...common, type: 'list', formulae: [formula], errorStyle: 'warning', errorTitle: '不在下拉列表中', error: `${error.slice(0, 200)};也可填该档分数(${points.map(formatScore).join(' / ')})`.slice(0, 255) };
    }
    case 'integer':
    case 'number':
    case 'percent': {
      const type = input.type === 'integer' ? 'whole' : 'decimal';
      const min = input.min ?? (input.type === 'percent' ? 0 : undefined);
      const max = input.max;
      const error = `应为${input.type === 'integer' ? '整数' : '数'}${rangeText(min, max, 'hint')}`;
      if (min !== undefined && max !== undefined) return { ...common, type, operator: 'between', formulae: [min, max], errorTitle: '数值超出范围', error };
      if (min !== undefined) return { ...common, type, operator: 'greaterThanOrEqual', formulae: [min], errorTitle: '数值超出范围', error };
      if (max !== undefined) return { ...common, type, operator: 'lessThanOrEqual', formulae: [max], errorTitle: '数值超出范围', error };
      return { ...common, type, operator: 'greaterThanOrEqual', formulae: [-1e9], errorTitle: '应为数字', error };
    }
    case 'text':
      return checklistWords(input, item, common);
    default:
      return undefined;
  }
}

/**
 * A box of a checklist that takes words (§6 符合 / 不符合 / 不适用): a dropdown of them, as information only — a rate or a
 * time some boxes judge (回访率 28 %) is typed over it. Not for a count of irregularities (§20 不规范处数, failAt).
 */
function checklistWords(input: InputDef, item: ItemDef | undefined, common: Omit<ExcelJS.DataValidation, 'type' | 'formulae'>): ExcelJS.DataValidation | undefined {
  if (item?.rule.kind !== 'checklist') return undefined;
  const rule = item.rule;
  const box = rule.inputs.map((b) => (typeof b === 'string' ? { input: b } : b)).find((b) => b.input === input.id);
  if (!box) return undefined;
  // A count of irregularities or a word (缺失, 无记录): no list fits it, but its prompt still says what to type, as every
  // other input's does (exceljs writes type 「any」 as a validation that only prompts).
  if ('failAt' in box && box.failAt !== undefined) return { ...common, type: 'any' as ExcelJS.DataValidation['type'], formulae: [], showErrorMessage: false };
  const na = ('notApplicable' in box ? box.notApplicable : undefined) ?? rule.notApplicable ?? false;
  const words = [rule.yes?.[0] ?? '符合', rule.no?.[0] ?? '不符合', ...(na ? ['不适用'] : [])];
  return { ...common, type: 'list', formulae: [`"${words.join(',')}"`], errorStyle: 'information', errorTitle: '不在下拉列表中', error: `一般填 ${words.join(' / ')}`.slice(0, 255) };
}

/** Choice lists longer than Excel's 255-character inline limit, or containing commas, need a cell range. */
export function needsListRange(input: InputDef): boolean {
  if (input.type !== 'choice') return false;
  const inline = input.choices!.map((c) => c.label).join(',');
  return inline.length > 250 || input.choices!.some((c) => c.label.includes(',') || c.label.includes('"'));
}


export function hintFor(input: InputDef, item?: ItemDef): string {
  const parts: string[] = [];
  if (input.hint) parts.push(input.hint);
  switch (input.type) {
    case 'choice':
      parts.push(`可选:${input.choices!.map((c) => `${c.label}(${c.points}分)`).join(';')}`);
      break;
    case 'percent':
      parts.push(`填百分比,如 92、92% 或 0.92${rangeText(input.min, input.max, 'hint')}`);
      break;
    case 'integer':
      parts.push(`整数${input.unit ? `(${input.unit})` : ''}${rangeText(input.min, input.max, 'hint')}`);
      break;
    case 'number':
      parts.push(`数值${input.unit ? `(${input.unit})` : ''}${rangeText(input.min, input.max, 'hint')}`);
      break;
    case 'list':
      if (!input.hint) parts.push(`多个数用逗号分隔${rangeText(input.min, input.max, 'hint')}`);
      break;
    case 'text':
      break;
  }
  const nothing = whatNothingIs(input, item);
  if (nothing) parts.push(nothing);
  return parts.join('\n');
}

/**
 * How to write "nothing" in an input the form lets stay empty (issue 12): the spellings kpi reads as empty are
 * the same for every input (blank, 无, -, /, and 0 for a list of deductions). A reason that a non-zero
 * adjustment requires is not 可留空.
 */
function whatNothingIs(input: InputDef, item?: ItemDef): string {
  if (item?.rule.kind === 'adjustment' && item.rule.reason === input.id) {
    const points = item.inputs.find((i) => item.rule.kind === 'adjustment' && i.id === item.rule.input);
    return `${points?.label ?? '奖惩分'}不为 0 时必填;没有奖惩时留空`;
  }
  if (!input.optional) return '必填';
  switch (input.type) {
    case 'list':
      return '没有则留空,或填 0 或「无」';
    case 'number':
    case 'integer':
    case 'percent': {
      const d = input.default ?? 0;
      return d === 0 ? '没有则留空或填 0' : `可留空(按 ${d} 计)`;
    }
    default:
      return '可留空,或填「无」';
  }
}

