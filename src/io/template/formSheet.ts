import { raterGroups } from '../../engine/definition.js';
import { variantOf } from '../../engine/scoreForm.js';
import type ExcelJS from 'exceljs';
import type { FormDef, HeaderField, InputDef, ItemDef, RaterDef } from '../../model/definition.js';
import { FORM_HEADINGS } from '../readFormSheet.js';
import { criteriaOf, rulesOfTheForm } from '../../forms/describe.js';
import { displayWidth } from '../../engine/text.js';
import { fitOnePageTall, font, printLayout } from '../graded/look.js';
import { BORDER, fitWidth, hintFor, styleHeadingCell, styleInputCell, styleLockedCell, validationFor } from './style.js';
import type { ListRanges } from './lists.js';
import type { PersonRow } from './people.js';

const FIXED = ['项目', '考核内容', '分值', '评分标准', '填写项'] as const;

/** Value columns of the item table: one per rater slot, or one 「填写」 column. */
export function valueColumns(form: FormDef): Array<{ heading: string; rater: RaterDef | null; slot: number }> {
  if (!form.raters) return [{ heading: FORM_HEADINGS.value[0]!, rater: null, slot: 1 }];
  return form.raters.flatMap((rater) =>
    rater.multiple
      ? Array.from({ length: rater.slots ?? 3 }, (_, i) => ({ heading: `${rater.label}${i + 1}`, rater, slot: i + 1 }))
      : [{ heading: rater.label, rater, slot: 1 }],
  );
}

function inputLabel(input: InputDef): string {
  return input.unit && input.unit !== '%' ? `${input.label}(${input.unit})` : input.label;
}

/** One sheet shaped like the paper form: title, header fields, the item table, total, band and signatures. */
export function addFormSheet(wb: ExcelJS.Workbook, name: string, form: FormDef, person: PersonRow | null, lists: ListRanges): void {
  const values = valueColumns(form);
  const headings = [...FIXED, ...values.map((v) => v.heading), FORM_HEADINGS.score[0]!, FORM_HEADINGS.explanation[0]!];
  const lastCol = headings.length;
  const scoreCol = lastCol - 1;
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });

  ws.mergeCells(1, 1, 1, lastCol);
  const title = ws.getCell(1, 1);
  title.value = form.title;
  title.font = font({ bold: true, size: 16 });
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;

  let row = 2;
  row = addFieldRows(ws, row, form.header, person, lastCol) + 1;

  const tableHeader = row;
  headings.forEach((h, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = h;
    styleHeadingCell(cell);
  });
  row++;

  // A person whose 部门 names a variant (§28 售后部) gets that variant's wording of each item, as kpi scores it.
  const variantField = form.variants ? form.header.find((f) => f.id === form.variants!.field) : undefined;
  const variantText = variantField?.role ? person?.get(variantField.role as Parameters<PersonRow['get']>[0]) : undefined;
  const variant = variantText ? variantOf(form, variantText) : undefined;
  const worded = (item: ItemDef) => ({ ...item, ...(variant ? item.variants?.[variant] : {}) });
  const items = form.parts.flatMap((p) => p.items.map((item) => ({ part: p, item: worded(item) })));
  let lastPart = '';
  for (const { part, item } of items) {
    if (form.parts.length > 1 && part.id !== lastPart) {
      ws.mergeCells(row, 1, row, lastCol);
      const cell = ws.getCell(row, 1);
      cell.value = part.weight !== undefined ? `${part.label}(权重 ${+(part.weight * 100).toFixed(4)}%)` : part.label;
      cell.font = font({ bold: true });
      styleLockedCell(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } });
      row++;
    }
    lastPart = part.id;
    const first = row;
    for (const input of item.inputs) {
      const labelCell = ws.getCell(row, 5);
      labelCell.value = inputLabel(input);
      styleLockedCell(labelCell);
      labelCell.note = hintFor(input, item) || input.label;
      values.forEach((v, i) => {
        const cell = ws.getCell(row, 6 + i);
        const groups = raterGroups(form, item);
        const closed = groups === null ? item.raters === 'none' && v.rater && v.rater !== values.find((x) => x.rater && x.rater.weight > 0)?.rater : v.rater && !groups.includes(v.rater);
        if (closed) {
          styleLockedCell(cell);
          return;
        }
        styleInputCell(cell);
        const dv = validationFor(input, lists.rangeFor(input), item);
        // A rater who may be absent (a second peer, the customers, 自评) leaves the cell blank: not 必填 for them.
        const r = v.rater;
        if (dv?.prompt && r && (!r.required || r.weight === 0 || (v.slot ?? 1) > 1)) dv.prompt = dv.prompt.replace(/必填$/, `没有${r.label}时留空(或填「无」)`).slice(0, 255);
        if (dv) cell.dataValidation = dv;
      });
      row++;
    }
    const last = row - 1;
    const fixed: Array<[number, string | number]> = [[1, item.label], [2, item.description ?? ''], [3, item.max], [4, criteriaOf(item)]];
    for (const [col, value] of fixed) mergeAndSet(ws, first, last, col, value);
    mergeAndSet(ws, first, last, scoreCol, null);
    mergeAndSet(ws, first, last, lastCol, null);
  }
  for (const label of ['总分', '等级']) {
    const cell = ws.getCell(row, 1);
    cell.value = label;
    styleHeadingCell(cell);
    ws.mergeCells(row, 2, row, scoreCol - 1);
    styleLockedCell(ws.getCell(row, 2));
    styleLockedCell(ws.getCell(row, scoreCol));
    styleLockedCell(ws.getCell(row, lastCol));
    row++;
  }
  // What decides the result, printed on the form: grade bands, rater weights, how parts combine.
  const tableEnd = row;
  for (const [label, text] of rulesOfTheForm(form)) {
    const cell = ws.getCell(row, 1);
    cell.value = label;
    styleHeadingCell(cell);
    ws.mergeCells(row, 2, row, lastCol);
    const body = ws.getCell(row, 2);
    body.value = text;
    styleLockedCell(body);
    body.alignment = { wrapText: true, vertical: 'middle' };
    ws.getRow(row).height = Math.max(18, Math.ceil(displayWidth(text) / 90) * 15);
    row++;
  }
  const footerFrom = row + 1;
  const footerTo = form.footer?.length ? addFieldRows(ws, footerFrom, form.footer, null, lastCol) - 1 : 0;

  const widths = headings.map((h, i) => {
    const col: string[] = [h];
    for (let r = tableHeader + 1; r < tableEnd; r++) {
      const v = ws.getCell(r, i + 1).value;
      if (typeof v === 'string' || typeof v === 'number') col.push(String(v));
    }
    const max = i === 1 || i === 3 || i === lastCol - 1 ? 36 : 22;
    // A column to fill in that takes words (§8 其它·原因 「客户表扬信」) fits six characters: in 8 the last was cut.
    const words = i >= 5 && i < 5 + values.length && items.some(({ item }) => item.inputs.some((input) => input.type === 'text'));
    return fitWidth(col, words ? 12 : i >= 5 ? 8 : 6, max);
  });
  widths[lastCol - 1] = 40;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Upright only when the columns fit upright (as a graded form prints): scaled down to a portrait page, a table of
  // 179 characters printed at 55 %, too small to fill in by hand.
  if (printLayout({ width: widths.reduce((a, b) => a + b, 0) }).landscape) ws.pageSetup.orientation = 'landscape';
  fitRowHeights(ws, tableHeader + 1, tableEnd - 1, widths);
  // Field labels longer than the first column (综合评价·问题解决能力) wrap: their rows grow to show them.
  fitRowHeights(ws, 2, tableHeader - 2, widths);
  if (footerTo) fitRowHeights(ws, footerFrom, footerTo, widths);
  ws.views = [{ state: 'frozen', ySplit: tableHeader, xSplit: 0 }];
  // A long form printed on A4 repeats the item table's headings on every page.
  // From the title down, the person's 姓名 and 工号 included: a second page (总分, 等级 and the signatures of a long
  // form, §4) says whose it is — it held a total with no name, and five people's pages could not be told apart.
  ws.pageSetup.printTitlesRow = `1:${tableHeader}`;
  fitOnePageTall(ws, widths.reduce((a, b) => a + b, 0));
}

/** Excel does not grow merged rows to fit wrapped text: give each item's rows enough height for its longest text. */
function fitRowHeights(ws: ExcelJS.Worksheet, from: number, to: number, widths: number[]): void {
  for (let r = from; r <= to; r++) {
    const cell = ws.getCell(r, 1);
    if (cell.isMerged && cell.master.address !== cell.address) continue;
    let span = 1;
    while (r + span <= to && ws.getCell(r + span, 1).isMerged && ws.getCell(r + span, 1).master.address === cell.address) span++;
    // A cell merged across columns (a header field's value, F3:H3) wraps within all of them: its width is theirs.
    const across = (row: number, c: number) => {
      const cell = ws.getCell(row, c);
      let end = c;
      while (end < widths.length && ws.getCell(row, end + 1).isMerged && ws.getCell(row, end + 1).master.address === cell.address) end++;
      return widths.slice(c - 1, end).reduce((a, b) => a + b, 0);
    };
    const linesOf = (v: ExcelJS.CellValue, c: number, row = r) => (typeof v === 'string' ? Math.ceil(displayWidth(v) / Math.max(1, across(row, c) - 1)) : 1);
    // The other cells of a merge across columns show the first one's value: not counted again at their own width
    // (a long name in F3:H3 made row 3 four times its height, measured against F alone).
    const mergedRight = (row: number, c: number) => {
      const cell = ws.getCell(row, c);
      return cell.isMerged && cell.master.address !== cell.address && Number(cell.master.row) === row;
    };
    // The item's merged cells (考核内容, 评分标准) share the block's rows; each row's own cells (a 填写项 of two lines,
    // 「满意度调查报告对不满意项提出改进措施」) need their own height, or the second line is cut off in print.
    let shared = 1;
    const own = Array.from({ length: span }, () => 1);
    for (let c = 1; c <= widths.length; c++) {
      const first = ws.getCell(r, c);
      if (span > 1 && first.isMerged) shared = Math.max(shared, linesOf(first.master.value, c));
      for (let k = 0; k < span; k++) {
        const cell = ws.getCell(r + k, c);
        if (mergedRight(r + k, c)) continue;
        if (!cell.isMerged || span === 1) own[k] = Math.max(own[k]!, linesOf(cell.value, c, r + k));
      }
    }
    for (let k = 0; k < span; k++) ws.getRow(r + k).height = Math.max(18, own[k]! * 15, Math.ceil(shared / span) * 15);
    r += span - 1;
  }
}

function mergeAndSet(ws: ExcelJS.Worksheet, first: number, last: number, col: number, value: string | number | null): void {
  if (last > first) ws.mergeCells(first, col, last, col);
  const cell = ws.getCell(first, col);
  cell.value = value;
  styleLockedCell(cell);
  cell.alignment = { vertical: 'middle', horizontal: col === 3 ? 'center' : 'left', wrapText: true };
  for (let r = first; r <= last; r++) ws.getCell(r, col).border = BORDER;
}

/** Header or footer fields, two per row: label, value (input), label, value. */
function addFieldRows(ws: ExcelJS.Worksheet, startRow: number, fields: HeaderField[], person: PersonRow | null, lastCol: number): number {
  let row = startRow;
  const half = Math.max(4, Math.floor(lastCol / 2));
  for (let i = 0; i < fields.length; i += 2) {
    const pair = fields.slice(i, i + 2);
    pair.forEach((field, k) => {
      const labelCol = k === 0 ? 1 : half + 1;
      const valueFrom = labelCol + 1;
      const valueTo = k === 0 ? half : lastCol;
      const label = ws.getCell(row, labelCol);
      label.value = field.label;
      styleHeadingCell(label);
      if (valueTo > valueFrom) ws.mergeCells(row, valueFrom, row, valueTo);
      const value = ws.getCell(row, valueFrom);
      styleInputCell(value);
      value.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
      if (field.role === 'id') value.numFmt = '@'; // 工号 001001 keeps its zeros
      const prefilled = person?.get(field.role);
      if (prefilled) value.value = prefilled;
    });
    row++;
  }
  return row;
}
