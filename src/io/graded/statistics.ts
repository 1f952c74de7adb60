import type ExcelJS from 'exceljs';
import type { PersonResult } from '../../model/result.js';
import { round2 } from '../../model/round.js';
import { summarizeTotals } from '../../engine/stats.js';
import { columnLetters } from '../grid.js';
import type { ChartPlan } from './charts.js';
import { displayWidth } from '../../engine/text.js';
import { bandColour, bandFill, boxBorder, headingStyle, NOT_SCORED_COLOUR, font } from './look.js';
import { NOT_SCORED } from './results.js';

export interface StatisticsInput {
  top: number;
  people: PersonResult[];
  bands: Record<string, number>;
  /** Bands best first. */
  order: string[];
  /** Column widths of the sheet, to size the charts. */
  widths: number[];
  bandColumn: number;
  withDepartment: boolean;
}

/** Counts per score bucket of the 100-point totals as shown (2 decimals): `[70, 80)` is 「70–80」. */
export function scoreBuckets(people: PersonResult[]): Array<{ label: string; count: number }> {
  const totals = people.filter((p) => p.status === 'scored' && p.total100 !== null).map((p) => round2(p.total100!));
  const lowest = Math.max(0, Math.min(5, ...totals.map((t) => Math.floor(t / 10))));
  const buckets: Array<{ label: string; count: number }> = [];
  if (lowest > 0) buckets.push({ label: `${lowest * 10} 以下`, count: totals.filter((t) => t < lowest * 10).length });
  for (let b = lowest; b <= 9; b++) {
    const inside = (t: number) => (b === 9 ? t >= 90 : t >= b * 10 && t < b * 10 + 10);
    const label = b === 9 ? (totals.some((t) => t > 100) ? '90 以上' : '90–100') : `${b * 10}–${b * 10 + 10}`;
    buckets.push({ label, count: totals.filter(inside).length });
  }
  return buckets;
}

const COUNT = '0';
const SCORE = '0.00';

type Totals = ReturnType<typeof summarizeTotals>;
type Range = { first: number; last: number };

/** Writes down the sheet from a row: headings and bordered tables one after another, a blank row after each table. */
class RowCursor {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    public r: number,
  ) {}

  heading(text: string): void {
    const c = this.ws.getRow(this.r++).getCell(1);
    c.value = text;
    c.font = font({ bold: true, size: 13 });
  }

  /** A table from column B; the rows its values went to. */
  table(header: string[], rows: Array<Array<string | number | null>>, formats: string[]): Range {
    const first = this.r;
    header.forEach((h, i) => {
      const c = this.ws.getRow(this.r).getCell(2 + i);
      c.value = h;
      c.style = headingStyle();
    });
    this.r++;
    for (const values of rows) {
      const row = this.ws.getRow(this.r++);
      values.forEach((v, i) => {
        const c = row.getCell(2 + i);
        c.value = v;
        c.border = boxBorder();
        if (typeof v === 'number' && formats[i]) c.numFmt = formats[i];
        if (i > 0) c.alignment = { horizontal: 'right' };
      });
    }
    const range = { first: first + 1, last: this.r - 1 };
    this.r++;
    return range;
  }
}

/**
 * The statistics block below the people: figures, band counts, score buckets, band counts per department,
 * and where the two charts go (drawn from the band and bucket tables by the post-processing step).
 */
export function buildStatistics(ws: ExcelJS.Worksheet, s: StatisticsInput): { plan: ChartPlan; width: number; lastColumn: number; lastRow: number } {
  const t = summarizeTotals(s.people);
  const at = new RowCursor(ws, s.top);
  at.heading('统计');
  writeFigures(at, s, t);

  const chartTop = at.r - 1; // 0-based index of the row the tables start on
  const bandRows: Array<[string, number]> = [...Object.entries(s.bands)];
  if (t.notScored) bandRows.push([NOT_SCORED, t.notScored]);
  const total = s.people.length || 1;
  const bands = at.table(['等级', '人数', '占比'], bandRows.map(([b, n]) => [b, n, n / total]), ['', COUNT, '0.0%']);
  bandRows.forEach(([b], k) => (ws.getRow(bands.first + k).getCell(2).fill = bandFill(b === NOT_SCORED ? null : b, s.order)));

  const bucketList = scoreBuckets(s.people);
  const buckets = at.table(['分数段', '人数'], bucketList.map((b) => [b.label, b.count]), ['', COUNT]);
  const hint = ws.getRow(at.r - 1).getCell(2);
  hint.value = bucketList.some((b) => b.label === '90 以上') ? '分数段含下限、不含上限(90 以上含加分超过 100 的)' : '分数段含下限、不含上限(90–100 含 100)';
  hint.font = font({ size: 9, color: { argb: 'FF7F7F7F' } });
  const leftEnd = at.r;

  const layout = chartLayout(s.widths);
  const ref = (col: number, range: Range) => `'${ws.name.replace(/'/g, "''")}'!$${columnLetters(col)}$${range.first}:$${columnLetters(col)}$${range.last}`;
  const plan: ChartPlan = {
    sheet: ws.name,
    charts: [
      {
        title: '等级分布(人数)',
        categories: { ref: ref(2, bands), labels: bandRows.map(([b]) => b) },
        values: { ref: ref(3, bands), numbers: bandRows.map(([, n]) => n), name: '人数' },
        colours: bandRows.map(([b]) => (b === NOT_SCORED ? NOT_SCORED_COLOUR : bandColour(b, s.order))),
        from: { col: CHART_COLUMN, row: chartTop },
        to: { col: layout.first.col, row: chartTop + CHART_HEIGHT },
      },
      {
        title: '总分分布(人数,百分制)',
        categories: { ref: ref(2, buckets), labels: bucketList.map((b) => b.label) },
        values: { ref: ref(3, buckets), numbers: bucketList.map((b) => b.count), name: '人数' },
        colours: null,
        from: { col: layout.first.col + 1, row: chartTop },
        to: { col: layout.second.col, row: chartTop + CHART_HEIGHT },
      },
    ],
  };
  at.r = Math.max(leftEnd, chartTop + CHART_HEIGHT + 2) + 1;

  if (s.withDepartment) writeDepartments(at, s, t);
  return { plan, width: layout.width, lastColumn: layout.second.col + 1, lastRow: at.r - 1 };
}

/** The figures across one row, so the whole section fits on a page beside its charts. */
function writeFigures(at: RowCursor, s: StatisticsInput, t: Totals): void {
  const figures: Array<[string, number | null, string]> = [
    ['总人数', s.people.length, COUNT],
    ['已评分', t.scored, COUNT],
    ['有错误未评分', t.notScored, COUNT],
    [t.of100 ? '平均分(百分制)' : '平均分', t.mean, SCORE],
    ['中位数', t.median, SCORE],
    ['最高分', t.max, SCORE],
    ['最低分', t.min, SCORE],
  ];
  const labels = at.ws.getRow(at.r);
  const values = at.ws.getRow(at.r + 1);
  figures.forEach(([label, value, format], i) => {
    const l = labels.getCell(2 + i);
    l.value = label;
    l.style = headingStyle();
    const v = values.getCell(2 + i);
    v.value = value ?? '—';
    v.border = boxBorder();
    v.alignment = { horizontal: 'center' };
    if (typeof value === 'number') v.numFmt = format;
  });
  if (figures.some(([label], i) => displayWidth(label) + 1 > (s.widths[1 + i] ?? 9))) labels.height = 30;
  at.r += 3;
}

/** The two charts side by side, to the right of the tables (0-based column F), 17 rows high. */
const CHART_COLUMN = 5;
const CHART_HEIGHT = 17;

/** Where the charts end (the columns wide enough for ~46 and ~50 characters) and the block's width. */
function chartLayout(widths: number[]): { first: { col: number; used: number }; second: { col: number; used: number }; width: number } {
  const span = (from: number, chars: number) => {
    let col = from;
    let used = 0;
    while (used < chars) used += widths[col++] ?? 9;
    return { col, used };
  };
  const first = span(CHART_COLUMN, 46);
  const second = span(first.col + 1, 50);
  const secondUsed = second.used + (widths[first.col] ?? 9);
  const width = widths.slice(0, CHART_COLUMN).reduce((a, w) => a + w, 0) + first.used + secondUsed;
  return { first, second, width };
}

/** 各部门等级人数: one row per department (alphabetical in Chinese), a column per band and 未评分. */
function writeDepartments(at: RowCursor, s: StatisticsInput, t: Totals): void {
  const departments = [...new Set(s.people.map((p) => p.department || '(未填部门)'))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const labels = [...s.order, ...(t.notScored ? [NOT_SCORED] : [])];
  at.heading('各部门等级人数');
  const rows = departments.map((d) => {
    const mine = s.people.filter((p) => (p.department || '(未填部门)') === d);
    const counts = labels.map((b) => mine.filter((p) => (b === NOT_SCORED ? p.status !== 'scored' : p.band === b)).length);
    return [d, ...counts, mine.length];
  });
  const dept = at.table(['部门', ...labels, '合计'], rows, ['', ...labels.map(() => COUNT), COUNT]);
  labels.forEach((b, k) => (at.ws.getRow(dept.first - 1).getCell(3 + k).fill = bandFill(b === NOT_SCORED ? null : b, s.order)));
  // Column B is the ranking's narrow 排名/工号 column: a long department name wraps there, its row as tall as it needs,
  // so 华东区售后服务中心客服一组 and 二组 are told apart on paper.
  const width = s.widths[1] ?? 9;
  departments.forEach((d, k) => {
    const lines = Math.ceil(displayWidth(d) / Math.max(1, width - 1));
    if (lines <= 1) return;
    const row = at.ws.getRow(dept.first + k);
    row.getCell(2).alignment = { wrapText: true, vertical: 'middle' };
    row.height = Math.min(6, lines) * 15;
  });
}
