// An export of another month than the roster's 考核月份 (February's handed for March) was joined without a word: every
// figure of the export that month's, at exit 0. Told by the export's title, its file's name or its dates, it is refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

const roster = path.join(repoRoot, 'test/fixtures/units/shop-roster.xlsx');
/** The March export (dates 2026/3/31 23:59), as UTF-8 text. */
const march = new TextDecoder('gb18030').decode(fs.readFileSync(path.join(repoRoot, 'test/fixtures/units/export-yuan.csv')));

async function withExport(name: string, text: string) {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return gradeFile(roster, { data: file, output: null });
}

describe('an export of another month than the roster\'s', () => {
  it('titled 「2026年2月客服数据导出」 for a roster of 2026-03: refused at A1', async () => {
    const outcome = await withExport('export.csv', `2026年2月客服数据导出\n${march}`);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure).toMatchObject({ code: 'data-missing', cell: 'A1' });
    expect(outcome.failure.message).toContain('导出数据 export.csv 的标题是 2026-02 的,本表的考核月份是 2026-03:用别的月份的数据评分会算错,没有评分');
  });

  it('named 客服导出_2026-02.csv: refused, the file name said', async () => {
    const outcome = await withExport('客服导出_2026-02.csv', march);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.message).toContain('的文件名是 2026-02 的,本表的考核月份是 2026-03');
  });

  it('dated 2026/1/31 on every row: refused at the first date (A2)', async () => {
    const outcome = await withExport('export.csv', march.replaceAll('2026/3/31', '2026/1/31'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure).toMatchObject({ cell: 'A2' });
    expect(outcome.failure.message).toContain('的日期是 2026-01 的');
  });

  it('dated 2026/4/1 (made the day after the month) or named 2026-03: read — 张三 84.00, 李四 99.00, 王五 62.50', async () => {
    for (const [name, text] of [['export.csv', march.replaceAll('2026/3/31', '2026/4/1')], ['客服导出_2026-03.csv', march]] as const) {
      const outcome = await withExport(name, text);
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      // As in unitLines.test.ts: 30 + 17.0001 + 8 + 5 + 12 + 4 + 8 = 84.0001; 27 + 20 + 10 + 10 + 15 + 5 + 9 + 3 = 99;
      // 24 + 18 + 0 + 2.5 + 10 + 3 + 7 − 2 = 62.5.
      expect(outcome.report.people.map((p) => p.total?.toFixed(2))).toEqual(['84.00', '99.00', '62.50']);
    }
  });

  it('a period of days (统计周期 2026-02-01~2026-02-28, a title 「统计日期:…」) or 「2月」 under 月份: refused as February', async () => {
    const rows = march.split(/\r?\n/).slice(1).filter(Boolean);
    const head = march.split(/\r?\n/)[0]!;
    for (const [name, text, said] of [
      ['range.csv', [head, ...rows.map((r) => r.replace('2026/3/31 23:59', '2026-02-01~2026-02-28'))].join('\n'), '的日期是 2026-02 的'],
      ['title.csv', `统计日期:2026-02-01~2026-02-28\n${march}`, '的标题是 2026-02 的'],
      ['bare.csv', [head.replace('日期', '月份'), ...rows.map((r) => r.replace('2026/3/31 23:59', '2月'))].join('\n'), '的日期是 2月 的'],
    ] as const) {
      const outcome = await withExport(name, text);
      expect([name, outcome.ok ? '' : outcome.failure.message.includes(said)]).toEqual([name, true]);
    }
  });

  it('--period 2026-03 with no 考核月份 in the rows: an export of 2026-02 is refused all the same', async () => {
    const { writeFileSync } = fs;
    const file = path.join(tempDir(), '客服导出_2026-02.csv');
    writeFileSync(file, march);
    const noMonth = path.join(repoRoot, 'test/fixtures/records42/shop-roster-no-month.xlsx');
    const outcome = await gradeFile(noMonth, { data: file, output: null, period: '2026-03' });
    expect(outcome.ok ? '' : outcome.failure.message).toContain('的文件名是 2026-02 的,本表的考核月份是 2026-03');
  });

  it('of the next month by a period, a date past its 5th or 「4月」 (not a making the day after): refused as April — its figures were March\'s at exit 0', async () => {
    const rows = march.split(/\r?\n/).slice(1).filter(Boolean);
    const head = march.split(/\r?\n/)[0]!;
    for (const [name, heading, value] of [
      ['range.csv', '统计周期', '2026-04-01~2026-04-30'],
      ['mid.csv', '日期', '2026/4/15'],
      ['bare.csv', '月份', '4月'],
      // 统计时段, 统计区间, 日期范围: a period's headings too (February's was joined under them).
      ['span.csv', '统计时段', '2026-02-01~2026-02-28'],
      ['interval.csv', '日期范围', '2026-02-01~2026-02-28'],
    ] as const) {
      const outcome = await withExport(name, [head.replace('日期', heading), ...rows.map((r) => r.replace('2026/3/31 23:59', value))].join('\n'));
      expect([name, outcome.ok ? 'read' : outcome.failure.message.includes('本表的考核月份是 2026-03')]).toEqual([name, true]);
    }
  });

  it('of part of the month (统计周期 2026-03-01~2026-03-15) or of a quarter (01-01~03-31): refused, not scored on a month\'s targets; a cycle of 28–31 days (02-26~03-25) is a month', async () => {
    for (const [title, said] of [['统计周期:2026-03-01~2026-03-15', '(15 天),不是一个月的数据'], ['统计周期:2026-01-01~2026-03-31', '(90 天),不是一个月的数据']] as const) {
      const outcome = await withExport('export.csv', `${title}\n${march}`);
      expect(outcome.ok ? '' : outcome.failure.message).toContain(said);
    }
    const cycle = await withExport('export.csv', `统计周期:2026-02-26~2026-03-25\n${march}`);
    expect(cycle.ok).toBe(true);
  });

  it('February\'s period however an admin export writes it (times, compact dates, – / _ or spaces, no year): refused as 2026-02 — each was joined for March at exit 0', async () => {
    for (const title of [
      '统计时间:2026-02-01 00:00:00 ~ 2026-02-28 23:59:59',
      '统计周期:20260201-20260228',
      '统计周期:2026-02-01–2026-02-28',
      '数据日期 20260201 至 20260228',
      '起止日期:2026-02-01 / 2026-02-28',
      '时间范围 2026/02/01 00:00 - 2026/02/28 23:59',
    ]) {
      const outcome = await withExport('export.csv', `${title}\n${march}`);
      expect([title, outcome.ok ? 'read' : outcome.failure.message]).toEqual([title, expect.stringContaining('的标题是 2026-02 的,本表的考核月份是 2026-03')]);
    }
    // Without a year, by the month alone (as a sheet named 「2月」): 「2月1日-2月28日」; a title's bare month 「2月客服数据」,
    // 「二月份客服数据」 where no date says otherwise (the dates of March are stronger: the rows without their 日期 here).
    const undated = march.split(/\r?\n/).map((line) => line.replace(/^[^,]*,/, '')).join('\n');
    for (const [title, text] of [['统计周期:2月1日-2月28日', march], ['2月客服数据', undated], ['二月份客服数据', undated]] as const) {
      const outcome = await withExport('export.csv', `${title}\n${text}`);
      expect([title, outcome.ok ? 'read' : outcome.failure.message]).toEqual([title, expect.stringContaining('的标题是 2月 的,本表的考核月份是 2026-03')]);
    }
    // And in the file's name: 客服绩效_20260201_20260228.csv.
    const named = await withExport('客服绩效_20260201_20260228.csv', march);
    expect(named.ok ? 'read' : named.failure.message).toContain('的文件名是 2026-02 的');
  });

  it('half of March however written (times, compact, no year, 「至15日」, or in the file\'s name): refused as 15 days — scored 65.50 on a month\'s target at exit 0', async () => {
    for (const title of ['统计周期:2026-03-01 00:00:00 ~ 2026-03-15 23:59:59', '统计周期:20260301-20260315', '统计周期:3月1日-3月15日', '2026年3月1日至15日客服数据']) {
      const outcome = await withExport('export.csv', `${title}\n${march}`);
      expect([title, outcome.ok ? 'read' : outcome.failure.message]).toEqual([title, expect.stringContaining('(15 天),不是一个月的数据')]);
    }
    const named = await withExport('客服绩效_20260301-20260315.csv', march);
    expect(named.ok ? 'read' : named.failure.message).toContain('的文件名写的统计周期是 20260301-20260315(15 天)');
    // March whole, written so, is read: 2026-03-01 00:00:00 ~ 2026-03-31 23:59:59, 3月1日-3月31日.
    for (const title of ['统计时间:2026-03-01 00:00:00 ~ 2026-03-31 23:59:59', '统计周期:3月1日-3月31日', '3月客服数据']) {
      const outcome = await withExport('export.csv', `${title}\n${march}`);
      // (Read, and scored on its figures as in the test above: 84.00, 99.00, 62.50.)
      expect([title, outcome.ok ? outcome.report.people.map((p) => p.total?.toFixed(2)) : outcome.failure.message]).toEqual([title, ['84.00', '99.00', '62.50']]);
    }
  });

  it('a note naming a month in passing (review): 「说明:退款订单不计入销售额(3月起)」 over April\'s dates is April\'s — refused; 「说明:同一月份内…」, 「注:自12月起…」 over March\'s are March\'s — read', async () => {
    const april = march.replaceAll('2026/3/31 23:59', '2026/4/30 23:59');
    const refused = await withExport('export.csv', `赤兔·客服绩效\n说明:退款订单不计入销售额(3月起)\n${april}`);
    expect(refused.ok ? 'read' : refused.failure.message).toContain('的日期是 2026-04 的');
    for (const note of ['说明:同一月份内同一买家多次询单只计一次', '注:自12月起中差评含追评', '赤兔·统一月度客服报表']) {
      const outcome = await withExport('export.csv', `${note}\n${march}`);
      expect([note, outcome.ok ? outcome.report.people.map((p) => p.total?.toFixed(2)) : outcome.failure.message]).toEqual([note, ['84.00', '99.00', '62.50']]);
    }
  });

  it('a file named with two dates and no mark between (a cut-off and a making: 客服绩效_2026-03-31_2026-04-01.csv) is no 2-day period — read', async () => {
    const outcome = await withExport('客服绩效_2026-03-31_2026-04-01.csv', march);
    expect(outcome.ok ? outcome.report.people.map((p) => p.total?.toFixed(2)) : outcome.failure.message).toEqual(['84.00', '99.00', '62.50']);
  });
});
