import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

// A ticketing system's per-day export (a row per agent per day) scored as a month's rows: a person's first day was
// taken as the month (张三 90.00 优秀 beside 「重复」 errors) and the advice was 「请删去不对的一处」.
const HEAD = '日期,姓名,部门,客诉数,服务单数,过程服务满意度,客户满意度,客诉处理满意度';
// 李四: §28's worked example on one row — (92 + 88 + 25 + 80) × 25 % = 71.25 一般 (3 / 200 = 1.5 %, 1 − 1.5/2 = 0.25).
const LI = '销售部,3,200,92%,88%,80%';

function csv(lines: string[]): string {
  const file = path.join(tempDir(), 'export.csv');
  writeFileSync(file, [HEAD, ...lines].join('\n') + '\n', 'utf8');
  return file;
}

describe('per-day exports', () => {
  it('a person on two days is not scored from either; one row is scored; the sheet says to sum the days', async () => {
    const r = await gradedReport(csv([`2026-03-01,张三,销售部,0,10,92%,88%,80%`, `2026-03-01,李四,${LI}`, `2026-03-02,张三,销售部,0,12,92%,88%,80%`]), { form: 'sales-aftersales-monthly' });
    expect(r.people.filter((p) => p.name === '张三').map((p) => p.status)).toEqual(['error', 'error']);
    const li = r.people.find((p) => p.name === '李四')!;
    expect([li.total, li.band]).toEqual([71.25, '一般']);
    const sheet = r.problems.filter((p) => p.code === 'daily-rows' && !p.person);
    expect(sheet.map((p) => [p.severity, p.cell, p.params])).toEqual([['warning', 'A1', { heading: '日期', name: '张三', days: ['2026-03-01', '2026-03-02'], people: 1 }]]);
    const zhang = r.people.find((p) => p.name === '张三')!;
    expect(zhang.problems.find((p) => p.code === 'daily-rows')).toMatchObject({ severity: 'error', cell: 'B2' });
    // Each day's row says so once: no 「重复」 beside it (its advice, 「请删去不对的一处」, would lose a day).
    expect(r.problems.filter((p) => p.code === 'duplicate-person')).toEqual([]);
    expect(r.people.filter((p) => p.name === '张三').map((p) => p.problems.map((x) => x.code))).toEqual([['daily-rows'], ['daily-rows']]);
  });

  it('a month\'s export dated by its last day, one row a person, is scored as it was', async () => {
    const r = await gradedReport(csv([`2026-03-31,张三,销售部,0,10,92%,88%,80%`, `2026-03-31,李四,${LI}`]), { form: 'sales-aftersales-monthly' });
    // 张三: 0 客诉 → 1 × 100; (92 + 88 + 100 + 80) × 25 % = 90.00 优秀.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 90, '优秀'], ['李四', 71.25, '一般']]);
    expect(r.problems.filter((p) => p.code === 'daily-rows')).toEqual([]);
  });

  it('one person on the first of two months is no per-day export', async () => {
    const r = await gradedReport(csv([`2026-03-01,张三,销售部,0,10,92%,88%,80%`, `2026-04-01,张三,销售部,0,12,92%,88%,80%`]), { form: 'sales-aftersales-monthly' });
    expect(r.problems.filter((p) => p.code === 'daily-rows')).toEqual([]);
  });

  // Review: rows dated by day that are no days of one person (made by /tmp/rt55rve/cases/mk*.py).
  const fixture = (f: string) => path.join(repoRoot, 'test/fixtures/daily55', f);
  it('a row per rater (§9), each dated the day it was filled: 林娜 100 × 0.7 + 80 × 0.1 + 100 × 0.2 = 98, 黄磊 80 × 0.7 + 60 × 0.1 + 100 × 0.2 = 82', async () => {
    const r = await gradedReport(fixture('r1-raters-date.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['林娜', 98], ['黄磊', 82]]);
  });

  it('a row per customer (§9): 林娜 100 × 7/9 + 90 × 2/9 = 97.78 (同事 spread), 黄磊 80', async () => {
    const r = await gradedReport(fixture('r4-raters-customers-date.xlsx'));
    expect(r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100])).toEqual([['林娜', 97.78], ['黄磊', 80]]);
  });

  it('two 周杰 told apart by 工号 (2001, 2009), each with a sign-off 日期: both scored (§1 79.56, 100)', async () => {
    const r = await gradedReport(fixture('a1-samename-date.xlsx'));
    expect(r.people.filter((p) => p.name === '周杰').map((p) => p.total)).toEqual([79.5625, 100]);
    expect(r.problems.filter((p) => p.code === 'daily-rows')).toEqual([]);
  });
});
