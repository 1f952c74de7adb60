import { rulesOfTheForm } from '../../forms/describe.js';
import { exportedKeys } from '../../forms/dataSource.js';
import { entryKey } from '../../model/entries.js';
import { raterGroups } from '../../engine/definition.js';
import type ExcelJS from 'exceljs';
import type { FormDef, HeaderField } from '../../model/definition.js';
import { columnHeading } from '../columns.js';
import { columnLetters } from '../grid.js';
import { pagesAcross, PRINT_FOOTER } from '../graded/look.js';
import { valueColumns } from './formSheet.js';
import type { ListRanges } from './lists.js';
import type { PersonRow } from './people.js';
import { fitWidth, hintFor, styleHeadingCell, styleInputCell, validationFor } from './style.js';

const BLANK_ROWS = 30;
/** Validations cover a bounded range: a whole-column validation costs exceljs hundreds of MB. */
const VALIDATED_ROWS = 500;

const ROLE_ORDER = ['id', 'name', 'department', 'position', 'period', 'rater', 'date', 'other'];

/** One sheet, one row per person, one column per input (「项目·输入·评分人」). */
export function addRosterSheet(wb: ExcelJS.Workbook, name: string, form: FormDef, people: PersonRow[], lists: ListRanges, period?: string, rater?: string): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const fields: HeaderField[] = form.header
    .concat(form.footer ?? [])
    .filter((f) => f.role !== 'date')
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const columns: Array<{ heading: string; note: string; field?: HeaderField; input?: import('../../model/definition.js').InputDef; item?: import('../../model/definition.js').ItemDef }> = [];
  for (const field of fields) columns.push({ heading: field.label, note: field.required ? '必填' : '', field });
  const raters = valueColumns(form);
  const exported = exportedKeys(form);
  for (const item of form.parts.flatMap((p) => p.items)) {
    const groups = raterGroups(form, item);
    const slots = groups ? raters.filter((r) => r.rater && groups.includes(r.rater)) : [{ heading: '', rater: null, slot: 1 }];
    for (const input of item.inputs) {
      if (exported.has(entryKey(item.id, input.id))) continue; // filled from the export sheet (§11)
      for (const s of slots) {
        // A rater who may be absent (a second peer, the customers, 自评) leaves the cell blank: it is not 必填 for them.
        const mayBeAbsent = !!s.rater && (!s.rater.required || s.slot > 1 || s.rater.weight === 0);
        const hint = hintFor(input, item).replace(/必填$/, mayBeAbsent ? `没有${s.rater!.label}时留空(或填「无」)` : '必填');
        const note = [`${item.label}(满分 ${item.max})`, item.criteria ?? '', hint].filter(Boolean).join('\n');
        columns.push({ heading: columnHeading(item, input, s.rater, s.slot, form), note, input, item });
      }
    }
  }
  const rows = Math.max(BLANK_ROWS, people.length);
  columns.forEach((c, i) => {
    const col = i + 1;
    const head = ws.getCell(1, col);
    head.value = c.heading;
    styleHeadingCell(head);
    if (c.note) head.note = c.note;
    // A name, 部门 or 管理处 column holds 6 characters or so (阳光花园管理处): wide enough for them, and for the people given.
    const texts = [c.heading, ...(c.field ? people.map((p) => p.get(c.field!.role) ?? '') : [])];
    // A month typed as a date (2026/3/31) shows as ### in 8: a period column is 10 wide.
    ws.getColumn(col).width = fitWidth(texts, c.field && c.field.role !== 'id' && c.field.role !== 'period' ? 12 : c.field?.role === 'period' ? 10 : 8, 30);
    const dv = c.input ? validationFor(c.input, lists.rangeFor(c.input), c.item) : undefined;
    for (let r = 2; r <= Math.max(rows + 1, VALIDATED_ROWS + 1); r++) {
      const cell = ws.getCell(r, col);
      if (r <= rows + 1) styleInputCell(cell);
      else cell.protection = { locked: false };
      // One line per person: a longer entry shrinks to its cell. Wrapped, it printed over the rows below it (LibreOffice
      // does not grow a row whose height was never set), hiding whose row was whose. On the rows past the prepared
      // ones too (people 31 to 500 type there): a date there showed ###, and sat at the bottom of a row grown for 说明.
      cell.alignment = { vertical: 'middle', horizontal: 'center', shrinkToFit: true };
      if (c.field?.role === 'id') cell.numFmt = '@'; // 工号 001001 keeps its zeros
    }
    // One range per column, not one validation per cell: exceljs merges per-cell validations when it
    // writes, in time that grows with cells × columns (a 200-item roster took seconds).
    if (dv) validations(ws).add(`${columnLetters(col)}2:${columnLetters(col)}${Math.max(rows + 1, VALIDATED_ROWS + 1)}`, dv);
    if (c.field) people.forEach((p, k) => {
      const v = p.get(c.field!.role);
      if (v) ws.getCell(k + 2, col).value = v;
    });
    // 考核月份 on every prepared row, so rows filled in later carry it too.
    if (period && c.field?.role === 'period') for (let r = 2; r <= rows + 1; r++) ws.getCell(r, col).value = period;
    if (rater && c.field?.role === 'rater') for (let r = 2; r <= rows + 1; r++) ws.getCell(r, col).value = rater;
  });
  ws.getRow(1).height = 36;
  ws.pageSetup.printTitlesRow = '1:1';
  // Wide rosters print several pages across with 工号 and 姓名 repeated, as the graded roster does: squeezed onto one
  // page, 46 columns printed at under 1 pt.
  const width = columns.reduce((sum, _, i) => sum + (ws.getColumn(i + 1).width ?? 9), 0);
  const pagesWide = pagesAcross(width);
  if (pagesWide > 1) {
    ws.pageSetup.fitToWidth = pagesWide;
    const names = fields.filter((f) => f.role === 'id' || f.role === 'name').length;
    if (names > 0) ws.pageSetup.printTitlesColumn = `A:${columnLetters(names)}`;
  }
  // What decides the result travels with the roster too: on the first heading's note.
  const first = ws.getCell(1, 1);
  const rules = rulesOfTheForm(form).map(([label, text]) => `${label}:${text}`).join('\n');
  first.note = [typeof first.note === 'string' ? first.note : '', rules].filter(Boolean).join('\n');
  ws.views = [{ state: 'frozen', xSplit: fields.filter((f) => f.role === 'id' || f.role === 'name').length, ySplit: 1 }];
  // A roster has no room for a title above its headings (row 1 is read as them): printed, each page is headed by
  // the form's title, and numbered like kpi's other sheets.
  ws.headerFooter = { oddHeader: `&C&"-,Bold"&12${form.title.replace(/&/g, '&&')}`, oddFooter: PRINT_FOOTER };
}

/** exceljs's per-sheet validations, which its typings leave out. */
function validations(ws: ExcelJS.Worksheet): { add(range: string, dv: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }).dataValidations;
}
