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

  // Review of a3b637e3 (made by /tmp/rt56rvA/cases/mkd.py, mk5.py): a per-day export headed 时间, not 日期, and a day
  // whose 工号 was left blank.
  const sheet = (head: string, lines: string[]) => {
    const file = path.join(tempDir(), 'export.csv');
    writeFileSync(file, [head, ...lines].join('\n') + '\n', 'utf8');
    return file;
  };
  const byDay = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.problems.map((x) => x.code)]);

  it.each(['时间', '统计时间', '导出时间', '日期时间'])('a per-day export headed 「%s」 (§28): 张三 on 3/1 and 3/2 unscored, not 「重复」', async (head) => {
    const r = await gradedReport(sheet(`${head},姓名,部门,客诉数,服务单数,过程服务满意度,客户满意度,客诉处理满意度`, [`2026-03-01,张三,销售部,0,10,92%,88%,80%`, `2026-03-01,李四,${LI}`, `2026-03-02,张三,销售部,2,12,60%,70%,50%`]), { form: 'sales-aftersales-monthly' });
    // 李四 71.25 as above; 张三's days are no month (was: both 「姓名「张三」重复」, 「请删去不对的一处」).
    expect(byDay(r)).toEqual([['张三', null, ['daily-rows']], ['李四', 71.25, []], ['张三', null, ['daily-rows']]]);
    expect(r.problems.filter((p) => p.code === 'daily-rows' && !p.person).map((p) => [p.cell, p.params])).toEqual([['A1', { heading: head, name: '张三', days: ['2026-03-01', '2026-03-02'], people: 1 }]]);
  });

  it('§10 sales-cs-kpi per-day export headed 统计时间: 张三 (1001) was 71.25 一般 from his first day; now unscored like a 日期 heading', async () => {
    const head = '统计时间,工号,姓名,部门,实际销售额,目标销售额,客户满意度,新客户数,潜在客户(访问)数,目标转化率,平均响应秒数,目标秒数,投诉处理,产品知识,团队协作,个人素质';
    const r = await gradedReport(sheet(head, ['2026-03-01,1001,张三,销售部,5000,100000,90,2,20,10%,30,30,90,90,90,90', '2026-03-01,1002,李四,销售部,80000,100000,90,8,100,10%,30,30,90,90,90,90', '2026-03-02,1001,张三,销售部,5000,100000,90,2,20,10%,30,30,90,90,90,90']), { form: 'sales-cs-kpi' });
    // 张三's day 1 was 5000/100000 × 25 + 0.9 × 20 + (2/20)/10 % × 15 + 30/30 × 10 + 0.9 × (10 + 10 + 5 + 5) = 1.25 + 18 + 15 + 10 + 27 = 71.25.
    // 李四 (one row): 0.8 × 25 + 0.9 × 20 + (8/100)/10 % × 15 + 10 + 27 = 20 + 18 + 12 + 10 + 27 = 87.00 良好.
    expect(r.people.map((p) => [p.name, p.total, p.band, p.problems.map((x) => x.code)])).toEqual([['张三', null, null, ['daily-rows']], ['李四', 87, '良好', []], ['张三', null, null, ['daily-rows']]]);
  });

  it('a roster of one row a person under 时间 (the day each row was filled) is scored as it was: 张三 90.00, 李四 71.25', async () => {
    const r = await gradedReport(sheet(`时间,姓名,部门,客诉数,服务单数,过程服务满意度,客户满意度,客诉处理满意度`, [`2026-03-05,张三,销售部,0,10,92%,88%,80%`, `2026-03-06,李四,${LI}`]), { form: 'sales-aftersales-monthly' });
    // 张三: 0 客诉 → 100; (92 + 88 + 100 + 80) × 25 % = 90.00.
    expect(byDay(r)).toEqual([['张三', 90, []], ['李四', 71.25, []]]);
  });

  const ID_HEAD = '日期,工号,姓名,部门,客诉数,服务单数,过程服务满意度,客户满意度,客诉处理满意度';
  it('张三 1001 on 3/1 and 张三 with a blank 工号 on 3/2 are one person on two days (was: both 「姓名「张三」重复」)', async () => {
    const r = await gradedReport(sheet(ID_HEAD, ['2026-03-01,1001,张三,销售部,0,10,92%,88%,80%', `2026-03-01,1002,李四,${LI}`, '2026-03-02,,张三,销售部,2,12,60%,70%,50%']), { form: 'sales-aftersales-monthly' });
    expect(byDay(r)).toEqual([['张三', null, ['daily-rows']], ['李四', 71.25, []], ['张三', null, ['daily-rows']]]);
  });

  it('two 周杰 with 工号 2001 and 2009 on 3/1 and 3/2 stay two people, each scored: 90.00 and 71.25', async () => {
    // 周杰 2001: (92 + 88 + 100 + 80) × 25 % = 90.00; 周杰 2009: 李四's figures, 71.25.
    const r = await gradedReport(sheet(ID_HEAD, ['2026-03-01,2001,周杰,销售部,0,10,92%,88%,80%', `2026-03-02,2009,周杰,${LI}`]), { form: 'sales-aftersales-monthly' });
    expect(byDay(r)).toEqual([['周杰', 90, []], ['周杰', 71.25, []]]);
    expect(r.problems.filter((p) => p.code === 'daily-rows')).toEqual([]);
  });
});
