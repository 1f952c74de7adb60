// A sheet's conditional formats, carried from the input to the graded copy as the input wrote them. exceljs reads them
// into a model of its own and writes that back: an Excel 2010 rule naming another sheet (「=F2<标准!$B$2」, kept in
// the sheet's extLst as <x14:cfRule>) made it fail (「Cannot read properties of undefined」, nothing graded, exit 2);
// 重复值, 唯一值, 文本开头是/结尾是 were dropped without a word; 空值 and 错误 came back with an operator the schema does not
// allow, a file openpyxl and pandas refuse. kpi adds no conditional format of its own and moves no cell of the team's,
// so their ranges still hold: exceljs is given none, and the input's are put back — with the differential formats
// (<dxf>) they name, appended to the graded copy's and renumbered.
import type ExcelJS from 'exceljs';

/** The extension holding Excel 2010's conditional formats (rules on other sheets, data bars' settings). */
export const CONDITIONAL_FORMATS_EXT = '{78C0D931-6437-407d-A8EE-F0AAD7539E65}';

/** Idempotent: the workbook's sheets without conditional formats, for exceljs to write (they are put back after). */
export function withoutConditionalFormats(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
}

/** The input sheet's <conditionalFormatting> elements (the sheet's own, unprefixed), as written. */
export function conditionalFormatsOf(sheetXml: string): string[] {
  const ext = sheetXml.lastIndexOf('<extLst>');
  const own = ext >= 0 && !sheetXml.includes('</conditionalFormatting>', ext) ? sheetXml.slice(0, ext) : sheetXml;
  return [...own.matchAll(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g)].map((m) => m[0]);
}

/** The schema's elements after <conditionalFormatting> in a sheet: it goes before the first of them present. */
const AFTER = ['dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** `xml` with the formats put in their place; `shift` renumbers their dxfId (the graded copy's own dxfs come first). */
export function withConditionalFormats(xml: string, formats: readonly string[], shift: number): string {
  if (!formats.length || xml.includes('<conditionalFormatting')) return xml;
  const text = formats.map((f) => (shift ? f.replace(/\bdxfId="(\d+)"/g, (_, n: string) => `dxfId="${Number(n) + shift}"`) : f)).join('');
  let at = -1;
  for (const name of AFTER) {
    const i = xml.search(new RegExp(`<${name}[\\s>/]`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  return at < 0 ? xml : xml.slice(0, at) + text + xml.slice(at);
}

/** The <dxf> elements of a styles part, in order. */
export function dxfsOf(stylesXml: string): string[] {
  const block = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(stylesXml)?.[1] ?? '';
  return [...block.matchAll(/<dxf\b[^>]*\/>|<dxf\b[\s\S]*?<\/dxf>/g)].map((m) => m[0]);
}

/** `stylesXml` with `more` appended to its dxfs; how many it had before (the shift for the carried dxfIds). */
export function withMoreDxfs(stylesXml: string, more: readonly string[]): { xml: string; shift: number } {
  const own = dxfsOf(stylesXml);
  if (!more.length) return { xml: stylesXml, shift: own.length };
  const all = `<dxfs count="${own.length + more.length}">${[...own, ...more].join('')}</dxfs>`;
  if (/<dxfs\b[^>]*\/>/.test(stylesXml)) return { xml: stylesXml.replace(/<dxfs\b[^>]*\/>/, all), shift: own.length };
  if (/<dxfs\b/.test(stylesXml)) return { xml: stylesXml.replace(/<dxfs\b[^>]*>[\s\S]*?<\/dxfs>/, all), shift: own.length };
  // The schema puts dxfs after cellStyles, before tableStyles/colors/extLst.
  const before = ['<tableStyles', '<colors', '<extLst', '</styleSheet>'].map((t) => stylesXml.indexOf(t)).filter((i) => i >= 0);
  const at = Math.min(...before);
  return { xml: stylesXml.slice(0, at) + all + stylesXml.slice(at), shift: 0 };
}
