import type ExcelJS from 'exceljs';
import type { PersonResult } from '../../model/result.js';
import { round2 } from '../../model/round.js';
import { summarizeTotals } from '../../engine/stats.js';
import { columnLetters } from '../grid.js';
import type { ChartPlan } from './charts.js';
import { displayWidth } from '../template/style.js';
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

/**
 * The statistics block below the people: figures, band counts, score buckets, band counts per department,
 * and where the two charts go (drawn from the band and bucket tables by the post-processing step).
 */
export function buildStatistics(ws: ExcelJS.Worksheet, s: StatisticsInput): { plan: ChartPlan; width: number; lastColumn: number; lastRow: number } {
  const t = summarizeTotals(s.people);
  let r = s.top;
  const title = ws.getRow(r++).getCell(1);
  title.value = '统计';
  title.font = font({ bold: true, size: 13 });

  const table = (header: string[], rows: Array<Array<string | number | null>>, formats: string[]) => {
    const first = r;
    header.forEach((h, i) => {
      const c = ws.getRow(r).getCell(2 + i);
      c.value = h;
      c.style = headingStyle();
    });
    r++;
    for (const values of rows) {
      const row = ws.getRow(r++);
      values.forEach((v, i) => {
        const c = row.getCell(2 + i);
        c.value = v;
        c.border = boxBorder();
        if (typeof v === 'number' && formats[i]) c.numFmt = formats[i]!;
        if (i > 0) c.alignment = { horizontal: 'right' };
      });
    }
    const range = { first: first + 1, last: r - 1 };
    r++;
    return range;
  };

  // The figures across one row, so the whole section fits on a page beside its charts.
  const figures: Array<[string, number | null, string]> = [
    ['总人数', s.people.length, COUNT],
    ['已评分', t.scored, COUNT],
    ['有错误未评分', t.notScored, COUNT],
    ['平均分', t.mean, SCORE],
    ['中位数', t.median, SCORE],
    ['最高分', t.max, SCORE],
    ['最低分', t.min, SCORE],
  ];
  const labels = ws.getRow(r);
  const values = ws.getRow(r + 1);
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
  r += 3;

  const chartTop = r - 1; // 0-based index of row r
  const bandRows: Array<[string, number]> = [...Object.entries(s.bands)];
  if (t.notScored) bandRows.push([NOT_SCORED, t.notScored]);
  const total = s.people.length || 1;
  const bands = table(['等级', '人数', '占比'], bandRows.map(([b, n]) => [b, n, n / total]), ['', COUNT, '0.0%']);
  bandRows.forEach(([b], k) => (ws.getRow(bands.first + k).getCell(2).fill = bandFill(b === NOT_SCORED ? null : b, s.order)));

  const bucketList = scoreBuckets(s.people);
  const buckets = table(['分数段', '人数'], bucketList.map((b) => [b.label, b.count]), ['', COUNT]);
  const hint = ws.getRow(r - 1).getCell(2);
  hint.value = '分数段含下限、不含上限(90–100 含 100)';
  hint.font = font({ size: 9, color: { argb: 'FF7F7F7F' } });
  const leftEnd = r;

  // The two charts side by side, to the right of the tables.
  const chartCol = 5; // F, 0-based
  const span = (from: number, chars: number) => {
    let col = from;
    let used = 0;
    while (used < chars) used += s.widths[col++] ?? 9;
    return { col, used };
  };
  const first = span(chartCol, 46);
  const second = span(first.col + 1, 50);
  const secondUsed = second.used + (s.widths[first.col] ?? 9);
  const sheet = ws.name;
  const ref = (col: number, from: number, to: number) => `'${sheet.replace(/'/g, "''")}'!$${columnLetters(col)}$${from}:$${columnLetters(col)}$${to}`;
  const height = 17;
  const plan: ChartPlan = {
    sheet,
    charts: [
      {
        title: '等级分布(人数)',
        categories: { ref: ref(2, bands.first, bands.last), labels: bandRows.map(([b]) => b) },
        values: { ref: ref(3, bands.first, bands.last), numbers: bandRows.map(([, n]) => n), name: '人数' },
        colours: bandRows.map(([b]) => (b === NOT_SCORED ? NOT_SCORED_COLOUR : bandColour(b, s.order))),
        from: { col: chartCol, row: chartTop },
        to: { col: first.col, row: chartTop + height },
      },
      {
        title: '总分分布(人数,百分制)',
        categories: { ref: ref(2, buckets.first, buckets.last), labels: bucketList.map((b) => b.label) },
        values: { ref: ref(3, buckets.first, buckets.last), numbers: bucketList.map((b) => b.count), name: '人数' },
        colours: null,
        from: { col: first.col + 1, row: chartTop },
        to: { col: second.col, row: chartTop + height },
      },
    ],
  };
  r = Math.max(leftEnd, chartTop + height + 2) + 1;

  if (s.withDepartment) {
    const departments = [...new Set(s.people.map((p) => p.department || '(未填部门)'))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const labels = [...s.order, ...(t.notScored ? [NOT_SCORED] : [])];
    const heading = ws.getRow(r++).getCell(1);
    heading.value = '各部门等级人数';
    heading.font = font({ bold: true, size: 13 });
    const rows = departments.map((d) => {
      const mine = s.people.filter((p) => (p.department || '(未填部门)') === d);
      const counts = labels.map((b) => mine.filter((p) => (b === NOT_SCORED ? p.status !== 'scored' : p.band === b)).length);
      return [d, ...counts, mine.length];
    });
    const dept = table(['部门', ...labels, '合计'], rows, ['', ...labels.map(() => COUNT), COUNT]);
    labels.forEach((b, k) => (ws.getRow(dept.first - 1).getCell(3 + k).fill = bandFill(b === NOT_SCORED ? null : b, s.order)));
  }
  const width = s.widths.slice(0, chartCol).reduce((a, w) => a + w, 0) + first.used + secondUsed;
  return { plan, width, lastColumn: second.col + 1, lastRow: r - 1 };
}
