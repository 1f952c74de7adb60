// The graded copy of a record log: the user's sheets kept, kpi's per-row results in columns added at the right
// of the log (recorded, so grading the graded file again removes them), problem cells marked, then 汇总 (first),
// one sheet per grouping (按安装师傅, 按门店) and 问题.
import type ExcelJS from 'exceljs';
import type { GroupResult } from '../../engine/groups/result.js';
import type { RecordFormDef } from '../../model/records.js';
import { VERSION } from '../../version.js';
import { clipLongCells } from '../cellLimit.js';
import { columnLetters } from '../grid.js';
import { columnNumber } from '../fast/xml.js';
import { freedColumnFitting, GradedLedger, lastUsedColumn } from '../graded/ledger.js';
import { makeLinksInternal } from '../graded/links.js';
import { writeParts } from '../packageParts.js';
import { bandFill, boxBorder, font, headingStyle, heightFor, linesIn, pageNumbersRunOn, pagesAcross, setPrint, widthFor } from '../graded/look.js';
import { markProblemCells } from '../graded/results.js';
import { internalLink, openOn, writeProblems } from '../graded/summarySheets.js';
import type { GradeReport, GroupingSummary } from '../outcome.js';
import { FILL_ERROR } from '../template/style.js';
import { safeSheetName } from '../excelText.js';
import type { ReadRecords, RowMarks } from './types.js';
import { figureText } from './figureText.js';
import { displayWidth } from '../../engine/text.js';
import { repairSheets } from '../graded/sheetExtensions.js';
import { carryPackageExtras } from '../graded/packageExtras.js';
import { withoutConditionalFormats } from '../graded/conditionalFormats.js';

export { figureText } from './figureText.js';

export type { RowMarks };

export interface PreparedRecordWorkbook {
  linkSheets: string[];
}

type Figure = GroupingSummary['figures'][number];
const isTable = (f: Figure) => f.agg !== 'distribution' && f.agg !== 'texts';

/** A figure's cell: percentages as Excel percentages (80 → 80.00 %), numbers to 2 decimals, texts as text. */
/** A figure's cell; a figure the group has no value for shows as —, like a figure that could not be computed. */
function figureCell(cell: ExcelJS.Cell, f: Figure, v: GroupResult['figures'][string] | undefined): void {
  if (typeof v === 'number') {
    if (f.format === 'percent') {
      // As a fraction without binary noise (33.333…% is 0.333333333333333, not 0.33333333333333326).
      cell.value = Number((v / 100).toPrecision(15));
      cell.numFmt = '0.00%';
    } else {
      cell.value = v;
      cell.numFmt = f.format === 'integer' || f.agg === 'count' || f.agg === 'distinct' ? '0' : '0.00';
    }
  } else if (typeof v === 'string') cell.value = v;
  else if (v === null || v === undefined) cell.value = '—';
  else if (Array.isArray(v)) cell.value = `${v.length} 条`;
  else cell.value = Object.entries(v).map(([k, n]) => `${k}:${n}`).join(' · ');
}

function heading(ws: ExcelJS.Worksheet, row: number, labels: string[]): void {
  labels.forEach((l, i) => {
    const c = ws.getCell(row, i + 1);
    c.value = l;
    c.style = headingStyle();
  });
}

/**
 * A row of the log whose wrapped text (a 意见与建议 of a sentence in a narrow column) needs more lines than the row
 * has: given them. LibreOffice does not grow a row whose height was never set, and the text printed over the rows below.
 */
function fitWrappedRow(ws: ExcelJS.Worksheet, row: number, lastColumn: number, ledger: GradedLedger): void {
  const line = ws.getRow(row);
  let lines = 1;
  for (let col = 1; col <= lastColumn; col++) {
    const cell = line.getCell(col);
    if (typeof cell.value !== 'string' || !cell.alignment?.wrapText || (cell.isMerged && cell.master !== cell)) continue;
    // A text no wider than its column (服务态度 in 8) prints on one line: the team's rows keep their height (the spare
    // linesIn keeps for long texts made every such row twice as tall).
    const width = ws.getColumn(col).width ?? 9;
    const fits = cell.value.split('\n').length === 1 && displayWidth(cell.value) <= width;
    lines = Math.max(lines, fits ? 1 : linesIn(cell.value, width));
  }
  const needed = heightFor(lines, 6);
  if (lines > 1 && needed > (line.height ?? 15)) ledger.height(ws, row, needed);
}

/** 按<分组>: one row per group, best first by the banded figure; key, counts, figures, band, how each was computed. */
function writeGroupSheet(ws: ExcelJS.Worksheet, g: GroupingSummary, groups: GroupResult[], keyLabels: string[]): void {
  const figures = g.figures.filter(isTable);
  const order = Object.keys(g.bands ?? {});
  const bandFigure = g.band?.figure;
  const sorted = [...groups].sort((a, b) => {
    const x = bandFigure ? a.figures[bandFigure] : null;
    const y = bandFigure ? b.figures[bandFigure] : null;
    if (typeof x === 'number' && typeof y === 'number' && x !== y) return y - x;
    if (typeof x === 'number' && typeof y !== 'number') return -1;
    if (typeof y === 'number' && typeof x !== 'number') return 1;
    return a.keyText.localeCompare(b.keyText, 'zh');
  });
  const labels = [...keyLabels, '计入', '有错误', ...figures.map((f) => f.label), ...(g.band ? ['等级'] : []), '计算说明'];
  heading(ws, 1, labels);
  const explanationWidth = 60;
  sorted.forEach((x, i) => {
    const r = i + 2;
    let c = 1;
    for (const k of g.by) ws.getCell(r, c++).value = x.key[k] ?? '';
    ws.getCell(r, c++).value = x.rows;
    ws.getCell(r, c++).value = x.errorRows;
    for (const f of figures) figureCell(ws.getCell(r, c++), f, x.figures[f.id]);
    if (g.band) {
      const cell = ws.getCell(r, c++);
      cell.value = x.band ?? '未定级';
      cell.fill = bandFill(x.band, order);
      cell.font = font({ bold: true });
      // A band with its points (较差(36–40分)) is wider than its column: wrapped, not cut at the column's edge.
      cell.alignment = { wrapText: true };
    }
    const lines = [...figures.map((f) => `${f.label}:${x.explanation[f.id] ?? ''}`), ...(x.explanation.band ? [`等级:${x.explanation.band}`] : [])];
    const text = lines.join('\n');
    const e = ws.getCell(r, c);
    e.value = text;
    e.alignment = { wrapText: true, vertical: 'top' };
    // Every figure's line shown (§23's fourteen figures wrap to fifteen lines and more: at 12 the deduction's own lines
    // were cut off in print), up to Excel's tallest row (409 pt: 26 lines).
    ws.getRow(r).height = heightFor(linesIn(text, explanationWidth), 26);
    for (let k = 1; k <= c; k++) {
      const cell = ws.getCell(r, k);
      cell.border = boxBorder();
      if (k < c) cell.alignment = { ...cell.alignment, vertical: 'top' };
    }
  });
  const widths = labels.map((l, i) =>
    i === labels.length - 1 ? explanationWidth : g.band && i === labels.length - 2 ? 10 : widthFor([l, ...sorted.slice(0, 300).map((x) => (i < g.by.length ? (x.key[g.by[i]!] ?? '') : '00.00%'))], 8, 20),
  );
  ws.columns = widths.map((width) => ({ width }));
  ws.getRow(1).height = heightFor(Math.max(...labels.map((l, i) => linesIn(l, widths[i]!))), 3);
  ws.views = [{ state: 'frozen', xSplit: g.by.length, ySplit: 1 }];
  if (sorted.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: sorted.length + 1, column: labels.length } };
  setPrint(ws, { width: widths.reduce((s, w) => s + w, 0), titleRows: [1, 1], titleColumns: `A:${columnLetters(Math.max(1, g.by.length))}` });
}

/** 汇总: the title block, the rows read, each whole-sheet group's figures (with last month's change), distributions, texts. */
function writeSummary(ws: ExcelJS.Worksheet, report: GradeReport, def: RecordFormDef, inputName: string, gradedAt: Date, sheetNames: Map<string, string>, problemSheet: string): void {
  const widths = [26, 16, 14, 14, 50];
  ws.columns = widths.map((width) => ({ width }));
  let r = 1;
  const title = ws.getCell(r, 1);
  title.value = `${def.title} — 统计汇总`;
  title.font = font({ bold: true, size: 14 });
  ws.mergeCells(r, 1, r, 5);
  r++;
  const p = (n: number) => String(n).padStart(2, '0');
  const when = `${gradedAt.getFullYear()}-${p(gradedAt.getMonth() + 1)}-${p(gradedAt.getDate())} ${p(gradedAt.getHours())}:${p(gradedAt.getMinutes())}`;
  ws.getCell(r++, 1).value = `${report.period ? `月份:${report.period} · ` : ''}输入:${inputName} · 评分时间:${when} · kpi ${VERSION}`;
  const rec = report.records!;
  ws.getCell(r++, 1).value = `共 ${rec.total} 条${rec.label},计入统计 ${rec.ok} 条,有错误 ${rec.error} 条${rec.error ? '(不计入,见「问题」表)' : ''}`;
  if (report.previous) ws.getCell(r++, 1).value = `上月对比:${report.previous}`;
  const errors = report.problems.filter((x) => x.severity === 'error').length;
  if (errors) ws.getCell(r++, 1).value = internalLink(problemSheet, 'A1', `问题 ${report.problems.length} 条(错误 ${errors} 条),见「${problemSheet}」表`);
  r++;
  for (const g of report.groupings ?? []) {
    if (g.hidden) continue;
    const groups = (report.groups ?? []).filter((x) => x.grouping === g.id);
    if (g.by.length) {
      // A grouping per 安装师傅 / 门店: its band counts and a link to its sheet.
      const name = sheetNames.get(g.id)!;
      const bands = g.bands ? `:${Object.entries(g.bands).map(([b, n]) => `${b} ${n}`).join(' · ')}` : '';
      ws.getCell(r++, 1).value = internalLink(name, 'A1', `按${g.label} ${groups.length} 个${bands}(见「${name}」表)`);
      continue;
    }
    const x = groups[0];
    if (!x) continue;
    const head = ws.getCell(r++, 1);
    head.value = `${g.label}`;
    head.font = font({ bold: true, size: 12 });
    const withChange = x.change !== undefined;
    // Without last month's figures, 计算说明 takes the two columns 上月 and 变化 would (they were two empty headings).
    const spread = (row: number) => {
      if (!withChange) ws.mergeCells(row, 3, row, 5);
    };
    const explainAt = withChange ? 5 : 3;
    const explainWidth = withChange ? widths[4]! : widths[2]! + widths[3]! + widths[4]!;
    heading(ws, r, withChange ? ['指标', '数值', '上月', '变化', '计算说明'] : ['指标', '数值', '计算说明', '', '']);
    spread(r++);
    for (const f of g.figures.filter(isTable)) {
      ws.getCell(r, 1).value = f.label;
      figureCell(ws.getCell(r, 2), f, x.figures[f.id]);
      if (withChange && f.id in (x.change ?? {})) {
        const d = x.change![f.id];
        const now = x.figures[f.id];
        const before = typeof now === 'number' && typeof d === 'number' ? now - d : null;
        figureCell(ws.getCell(r, 3), f, before);
        const c = ws.getCell(r, 4);
        c.value = d === null || d === undefined ? '—' : `${d > 0 ? '+' : d < 0 ? '−' : ''}${figureText(f, Math.abs(d))}`;
      }
      for (let k = 1; k <= 5; k++) {
        ws.getCell(r, k).border = boxBorder();
        if (k < 5) ws.getCell(r, k).alignment = { vertical: 'top' };
      }
      spread(r);
      const e = ws.getCell(r, explainAt);
      e.value = x.explanation[f.id] ?? '';
      e.alignment = { wrapText: true, vertical: 'top' };
      // LibreOffice does not grow a row to its wrapped text: a long Σ would print over the next line.
      ws.getRow(r).height = heightFor(linesIn(String(e.value), explainWidth), 6);
      r++;
    }
    if (g.band) {
      ws.getCell(r, 1).value = '等级';
      const c = ws.getCell(r, 2);
      c.value = x.band ?? '未定级';
      c.fill = bandFill(x.band, Object.keys(g.bands ?? {}));
      c.font = font({ bold: true });
      for (let k = 1; k <= 5; k++) ws.getCell(r, k).border = boxBorder();
      spread(r);
      ws.getCell(r, explainAt).value = x.explanation.band ?? '';
      r++;
    }
    r++;
    const dists = g.figures.filter((f) => f.agg === 'distribution');
    if (dists.length) {
      const keys = [...new Set(dists.flatMap((f) => Object.keys((x.figures[f.id] as Record<string, number> | null) ?? {})))];
      ws.getCell(r++, 1).value = '分布(人数)';
      // Values down, dimensions across, in blocks of four so a page holds them.
      for (let start = 0; start < dists.length; start += 4) {
        const block = dists.slice(start, start + 4);
        heading(ws, r++, ['取值', ...block.map((f) => f.label)]);
        for (const k of keys) {
          ws.getCell(r, 1).value = k;
          block.forEach((f, i) => (ws.getCell(r, i + 2).value = ((x.figures[f.id] as Record<string, number> | null) ?? {})[k] ?? 0));
          for (let i = 1; i <= block.length + 1; i++) ws.getCell(r, i).border = boxBorder();
          r++;
        }
        r++;
      }
    }
    for (const f of g.figures.filter((y) => y.agg === 'texts')) {
      const texts = (x.figures[f.id] as Array<{ text: string; at: { sheet?: string; cell?: string } }>) ?? [];
      ws.getCell(r++, 1).value = `${f.label}(${texts.length} 条)`;
      heading(ws, r++, ['位置', '内容']);
      ws.mergeCells(r - 1, 2, r - 1, 5);
      for (const t of texts) {
        ws.getCell(r, 1).value = t.at.sheet && t.at.cell ? internalLink(t.at.sheet, t.at.cell, `${t.at.sheet}!${t.at.cell}`) : '';
        const c = ws.getCell(r, 2);
        c.value = t.text;
        c.alignment = { wrapText: true, vertical: 'top' };
        ws.mergeCells(r, 2, r, 5);
        ws.getRow(r).height = heightFor(linesIn(t.text, 90), 6);
        r++;
      }
      r++;
    }
  }
  setPrint(ws, { width: widths.reduce((s, w) => s + w, 0) });
}

/** 「A1:AU33」 (or $A$1:$AU$33) reaching at least column `last`: its end column moved right when it stops short. */
export function widenedArea(area: string | undefined, last: number, lastRow?: number): string | undefined {
  const m = area ? /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(area) : null;
  if (!m) return undefined;
  const end = columnNumber(m[3]!) < last ? columnLetters(last) : m[3]!;
  // The template's 200 spare rows, empty, printed as nine pages of blank grid under 8 orders: the area ends at the
  // last row that holds something (never grown).
  const bottom = lastRow !== undefined && lastRow >= Number(m[2]) ? Math.min(Number(m[4]), lastRow) : Number(m[4]);
  return `${m[1]}${m[2]}:${end}${bottom}`;
}

/** The last row of the sheet with a value in any cell (styled empty rows do not count). */
function lastRowWithValues(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n > last && row.values && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) last = n;
  });
  return last;
}

/** Results beside the rows, marks, kpi's sheets; throws nothing the caller must catch (sheets always have room). */
export function prepareRecordWorkbook(wb: ExcelJS.Workbook, report: GradeReport, def: RecordFormDef, read: ReadRecords, gradedAt: Date, inputName: string, noted?: number): PreparedRecordWorkbook {
  const ledger = new GradedLedger();
  pageNumbersRunOn(wb);
  const shown = (def.derived ?? []).filter((d) => d.column);
  for (const sheet of read.sheets) {
    const ws = wb.getWorksheet(sheet.grid.name);
    const rows = read.marks.get(sheet.grid.name);
    if (!ws || !rows) continue;
    // Right of every column the sheet uses, not only those headed on the header row: a team's 备注 headed on the row above
    // (a two-row heading) held notes that kpi's columns overwrote.
    // Re-graded: where kpi's columns were, when they fit there (a team's 折算 =H2/10 right of them read an emptied H).
    const labels = [...shown.map((d) => `${d.column}(kpi)`), '状态'];
    const first = freedColumnFitting(ws, labels.length) ?? Math.max(sheet.lastColumn, lastUsedColumn(ws)) + 1;
    ledger.addedColumns(ws.name, first, first + labels.length - 1);
    const head = headingStyle();
    labels.forEach((l, i) => ledger.write(ws, sheet.headerRow, first + i, l, head));
    // Framed like the log they stand beside; a 「—」 centred, apart from the numbers' right edge.
    for (const [row, mark] of rows) {
      mark.values.forEach((v, i) => ledger.write(ws, row, first + i, v ?? '—', v === null || v === undefined ? { border: boxBorder(), alignment: { horizontal: 'center', vertical: 'middle' } } : { numFmt: 'General', border: boxBorder(), alignment: { vertical: 'middle' } }));
      ledger.write(ws, row, first + shown.length, mark.ok ? '' : '有错误', { border: boxBorder(), alignment: { vertical: 'middle' }, ...(mark.ok ? {} : { fill: FILL_ERROR }) });
      fitWrappedRow(ws, row, first - 1, ledger);
    }
    labels.forEach((_, i) => (ws.getColumn(first + i).width = 10));
    const width = ws.columns.slice(0, first + labels.length - 1).reduce((s, c) => s + (c.width ?? 9), 0);
    ledger.keepSetup(ws);
    // The sheet's own print area, widened to kpi's columns (they were left outside it, and Excel would not print them).
    const area = widenedArea(ws.pageSetup?.printArea, first + labels.length - 1, lastRowWithValues(ws));
    setPrint(ws, {
      width,
      titleRows: [sheet.headerRow > 1 ? sheet.headerRow - 1 : 1, sheet.headerRow],
      titleColumns: 'A:B',
      pagesWide: pagesAcross(width),
      ...(area ? { area } : {}),
    });
  }
  markProblemCells(wb, report.problems, ledger, noted);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const summaryName = safeSheetName('汇总', taken);
  const groupNames = new Map<string, string>();
  for (const g of report.groupings ?? []) if (!g.hidden && g.by.length) groupNames.set(g.id, safeSheetName(`按${g.label}`, taken));
  const problemName = safeSheetName('问题', taken);
  const summary = wb.addWorksheet(summaryName, { properties: { tabColor: { argb: 'FF4472C4' } } });
  ledger.addedSheet(summaryName);
  writeSummary(summary, report, def, inputName, gradedAt, groupNames, problemName);
  const labelOf = (id: string) => def.records.columns.find((c) => c.id === id)?.label ?? id;
  for (const g of report.groupings ?? []) {
    const name = groupNames.get(g.id);
    if (!name) continue;
    const ws = wb.addWorksheet(name);
    ledger.addedSheet(name);
    writeGroupSheet(ws, g, (report.groups ?? []).filter((x) => x.grouping === g.id), g.by.map(labelOf));
  }
  const problems = wb.addWorksheet(problemName);
  ledger.addedSheet(problemName);
  writeProblems(problems, report.problems);
  openOn(wb, summary);
  ledger.save(wb, VERSION, gradedAt, inputName, report.period);
  clipLongCells(wb);
  return { linkSheets: [summaryName, problemName] };
}

export async function writeRecordWorkbook(wb: ExcelJS.Workbook, prepared: PreparedRecordWorkbook, file: string, source?: { package: Buffer; maxSize: number }): Promise<void> {
  if (source) withoutConditionalFormats(wb);
  const parts = await writeParts(wb);
  await makeLinksInternal(parts, prepared.linkSheets);
  if (source) carryPackageExtras(parts, source.package, source.maxSize);
  await repairSheets(parts, source);
  await parts.writeTo(file);
}
