// The blank log of a record form: a title, the source's columns in order under a two-row heading (group headings
// merged over their columns), dropdowns for 是/否 and choices, number checks, the computed columns grey, the rules
// on a second sheet, and the _kpi mark so `kpi score` knows the form.
import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljsModules.js';
import { yesNoWords } from '../../engine/groups/fields.js';
import { describeRecordForm } from '../../forms/describeRecords.js';
import type { ColumnDef, RecordFormDef } from '../../model/records.js';
import { columnLetters } from '../grid.js';
import { fitOnePageTall, font, linesIn, pagesAcross, PORTRAIT_CHARS, setPrint } from '../graded/look.js';
import { writeMetadata } from '../metadata.js';
import { BORDER, FILL_LOCKED, fitWidth, styleHeadingCell, styleInputCell } from '../template/style.js';

/** Rows prepared (styled and validated) below the heading; more may be inserted or typed below. */
export const RECORD_TEMPLATE_ROWS = 200;

function validation(c: ColumnDef): ExcelJS.DataValidation | undefined {
  const common = { allowBlank: true, showInputMessage: true, promptTitle: c.label.slice(0, 32), prompt: (c.hint ?? '').slice(0, 255), showErrorMessage: true, errorStyle: 'stop' as const };
  if (c.type === 'yesno' || c.type === 'choice') {
    const options = c.type === 'yesno' ? yesNoWords(c) : (c.choices ?? []).map((x) => x.label);
    const inline = options.map((o) => o.replace(/"/g, '""')).join(',');
    if (inline.length > 250 || options.some((o) => o.includes(','))) return undefined;
    return { ...common, type: 'list', formulae: [`"${inline}"`], errorTitle: '请从下拉列表选择', error: `应为:${options.join(' / ')}`.slice(0, 255), prompt: (c.hint ?? `请选择:${options.join(' / ')}`).slice(0, 255) };
  }
  if (c.type === 'integer' || c.type === 'number') {
    const type = c.type === 'integer' ? 'whole' : 'decimal';
    const min = c.min ?? -1e9;
    const max = c.max ?? 1e9;
    return { ...common, type, operator: 'between', formulae: [min, max], errorTitle: '数值超出范围', error: `应为${c.type === 'integer' ? '整数' : '数'}${c.min !== undefined ? `,不小于 ${c.min}` : ''}${c.max !== undefined ? `,不大于 ${c.max}` : ''}` };
  }
  return undefined;
}

/** `digest`: of the definition's text, marked in the template as a person form's is (an edited copy is told apart). */
export function buildRecordTemplate(def: RecordFormDef, generator: string, rows = RECORD_TEMPLATE_ROWS, digest?: string): ExcelJS.Workbook {
  const wb = new Workbook();
  wb.creator = generator;
  wb.title = def.title;
  wb.subject = def.id;
  const ws = wb.addWorksheet(def.records.sheet);
  const cols = def.records.columns;
  const computed = new Set((def.derived ?? []).map((d) => d.column).filter(Boolean));
  const grouped = cols.some((c) => c.group);
  const head = grouped ? 3 : 2;
  const title = ws.getCell(1, 1);
  title.value = def.records.title ?? def.title;
  title.font = font({ bold: true, size: 14 });
  title.alignment = { horizontal: 'left', vertical: 'middle' };
  ws.getRow(1).height = 24;
  let widths = 0;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    const col = i + 1;
    const letter = columnLetters(col);
    if (grouped && !c.group) {
      ws.getCell(2, col).value = c.label;
      ws.mergeCells(2, col, 3, col);
    } else if (grouped) {
      // A group heading over its run of columns, written once.
      if (cols[i - 1]?.group !== c.group) {
        let end = i;
        while (cols[end + 1]?.group === c.group) end++;
        ws.getCell(2, col).value = c.group!;
        if (end > i) ws.mergeCells(2, col, 2, end + 1);
      }
      ws.getCell(3, col).value = c.label;
    } else ws.getCell(2, col).value = c.label;
    for (let r = 2; r <= head; r++) styleHeadingCell(ws.getCell(r, col));
    const isComputed = computed.has(c.label);
    const note = [c.hint ?? '', c.optional ? '可不填' : '必填', c.personal ? '个人信息:kpi 在终端和提示中打码显示' : ''].filter(Boolean).join(';');
    ws.getCell(grouped && !c.group ? 2 : head, col).note = isComputed ? `${note}(由 kpi 计算)` : note;
    // Wide enough for what goes in: a contract number or a phone number split over two lines overprinted the next row.
    const sample = c.type === 'date' ? '2026-03-05' : c.personal === 'phone' ? '13900000000' : /编号|单号/.test(c.label) ? 'HT20260301' : /地址/.test(c.label) ? '某某区某某路100号' : '';
    const width = fitWidth([c.label, sample], c.type === 'yesno' ? 6 : 8, 22);
    ws.getColumn(col).width = width;
    widths += width;
    for (let r = head + 1; r <= head + rows; r++) {
      const cell = ws.getCell(r, col);
      if (isComputed) {
        cell.fill = FILL_LOCKED;
        cell.border = BORDER;
      } else styleInputCell(cell);
      if (c.type === 'text' && (c.personal === 'phone' || /编号|序号/.test(c.label))) cell.numFmt = '@';
    }
    const dv = isComputed ? undefined : validation(c);
    if (dv) (ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}${head + 1}:${letter}${head + rows}`, dv);
  }
  // A narrow log (a survey's six columns) filled two fifths of an upright page: its columns of words take the rest, room
  // to write a customer's name or a suggestion in.
  const room = Math.floor(PORTRAIT_CHARS * 0.95) - widths;
  const roomy = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.type === 'text' && !c.month && !computed.has(c.label));
  if (room > 0 && roomy.length) {
    const each = Math.floor(room / roomy.length);
    for (const { i } of roomy) ws.getColumn(i + 1).width = (ws.getColumn(i + 1).width ?? 8) + each;
    widths += each * roomy.length;
  }
  ws.mergeCells(1, 1, 1, Math.min(cols.length, 12));
  ws.getRow(head).height = 48;
  if (grouped) ws.getRow(2).height = 30;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: head }];
  setPrint(ws, { width: widths, titleRows: [2, head], titleColumns: 'A:B', pagesWide: pagesAcross(widths), area: `A1:${columnLetters(cols.length)}${head + rows}` });

  const rules = wb.addWorksheet('填写说明');
  // One page wide at a readable size, each line as tall as its wrapped text (long lines were clipped at the margin).
  // Landscape: upright at 90 columns, LibreOffice wrapped some lines into more rows than their height holds, and cut them.
  const RULES_WIDTH = 100;
  rules.getColumn(1).width = RULES_WIDTH;
  describeRecordForm(def).forEach((line, i) => {
    const cell = rules.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = font({ bold: true, size: 12 });
    const lines = linesIn(line, RULES_WIDTH);
    if (lines > 1) rules.getRow(i + 1).height = lines * 15;
  });
  setPrint(rules, { width: RULES_WIDTH });
  // Two lines over a page were a page of their own.
  fitOnePageTall(rules, RULES_WIDTH);
  writeMetadata(wb, { form: def.id, version: def.version, layout: 'roster', ...(digest ? { digest } : {}) }, generator);
  return wb;
}
