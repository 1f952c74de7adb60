// Person sheets of another month by their titles only, and lookups keyed by another person's name.
// title-months.xlsx: the tester's 07b — six cs-work-review sheets, 考核日期 blank, five titled 「2026年3月客服人员工作考核表」
// and 孙七's 「2026年2月…」. vlookup-literal.xlsx: the tester's 27 (10-basedata.py then 27-vlookup-literal.py, recalculated
// by LibreOffice) — property-cs-rating sheets whose ten 填写 cells are =VLOOKUP("<name>",基础数据!$A$2:$K$7,k,0), 李四's
// copied from 张三's with "张三" left in.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx55m', name);

describe('a person sheet whose title names another month (§26, 考核日期 blank)', () => {
  it('with --period 2026-03: 孙七 unscored at his title cell, the other five scored, no file-level contradiction', async () => {
    const report = await gradedReport(fixture('title-months.xlsx'), { period: '2026-03' });
    const sun = report.people.find((p) => p.name === '孙七')!;
    expect(sun.status).not.toBe('scored');
    expect(sun.problems.map((p) => [p.code, p.severity, p.sheet, p.cell])).toContainEqual(['sheet-month', 'error', '孙七', 'A1']);
    // 张三: 专业 (9+10+6)/3 = 8.33, 服务 (8+9+10)/3 = 9, 质量 (7+8+9)/3 = 8, 学习 (6+7+8)/3 = 7; Σ 32.33 × 2.5 = 80.83 良好
    const zhang = report.people.find((p) => p.name === '张三')!;
    expect([zhang.status, zhang.band]).toEqual(['scored', '良好']);
    expect(zhang.total).toBeCloseTo(80.83, 2);
    expect(report.people.filter((p) => p.status === 'scored')).toHaveLength(5);
    expect(report.problems.filter((p) => p.code === 'month-unknown')).toEqual([]);
    expect(report.period).toBe('2026-03');
  });

  it('without --period the month five of six titles give is the run\'s', async () => {
    const report = await gradedReport(fixture('title-months.xlsx'));
    const sun = report.people.find((p) => p.name === '孙七')!;
    expect(sun.status).not.toBe('scored');
    expect(sun.problems.find((p) => p.code === 'sheet-month')?.message).toContain('其他表(6 张中的 5 张)是 2026-03');
    expect(report.problems.filter((p) => p.code === 'month-unknown')).toEqual([]);
    expect(report.period).toBe('2026-03');
  });

  it('with --period 2026-02 the five March sheets are the odd ones, 孙七 scored', async () => {
    const report = await gradedReport(fixture('title-months.xlsx'), { period: '2026-02' });
    // 孙七: 专业 (8+9+10)/3 = 9, 服务 (7+8+9)/3 = 8, 质量 (6+7+8)/3 = 7, 学习 (10+6+7)/3 = 7.67; Σ 31.67 × 2.5 = 79.17 一般
    const sun = report.people.find((p) => p.name === '孙七')!;
    expect([sun.status, sun.band]).toEqual(['scored', '一般']);
    expect(sun.total).toBeCloseTo(79.17, 2);
    expect(report.people.filter((p) => p.status === 'scored')).toHaveLength(1);
  });
});

describe('a lookup keyed by another person\'s name (§16, othersMarks.ts)', () => {
  it('李四\'s =VLOOKUP("张三",…) is warned as a direct reference to 张三\'s row is', async () => {
    const report = await gradedReport(fixture('vlookup-literal.xlsx'));
    const li = report.people.find((p) => p.name === '李四')!;
    // Scored from 张三's row (6+9+9+6+7+9+8+10+9+5 = 78 一般), as the cells say; his own row adds up to
    // 9+5+8+7+9+6+6+10+8+9 = 77 一般 — the warning is what tells them apart.
    expect([li.total, li.band]).toEqual([78, '一般']);
    const warned = li.problems.filter((p) => p.code === 'marks-of-other');
    expect(warned.map((p) => [p.severity, p.sheet, p.cell])).toEqual([['warning', '李四', 'F8']]);
    expect(warned[0]!.message).toContain('基础数据!A2 是「张三」');
    expect(warned[0]!.message).toContain('共 10 格引用张三的分数');
  });

  it('the others, each looking up their own name, are not warned', async () => {
    const report = await gradedReport(fixture('vlookup-literal.xlsx'));
    const warned = report.people.filter((p) => p.problems.some((x) => x.code === 'marks-of-other')).map((p) => p.name);
    expect(warned).toEqual(['李四']);
    // 王五's own row: 9+8+8+10+6+6+10+6+9+8 = 80 良好
    const wang = report.people.find((p) => p.name === '王五')!;
    expect([wang.total, wang.band]).toEqual([80, '良好']);
  });
});

// Review of 5d471f40 (made by /tmp/rt55rvh/cases/lookup/make.py, recalculated by LibreOffice): 李四's and 王五's sheets both
// copied from 张三's with =VLOOKUP("张三",…) left in were taken for a figure the team shares — silent, 王五 78.00 一般 for his
// own row's 9+8+8+10+6+6+10+6+9+8 = 80 良好. A lookup keyed by a name is the team's only when most others read it (l9: every
// sheet's 工作效率 keyed by 张三, silent as before).
describe('lookups keyed by 张三 on two copied sheets', () => {
  it('both warned as reading 张三\'s row', async () => {
    const r = await gradedReport(fixture('l14_two_copies_of_zhang.xlsx'));
    expect(r.problems.filter((p) => p.code === 'marks-of-other').map((p) => p.person)).toEqual(['李四', '王五']);
  });

  it('every other sheet reading one key of 张三\'s row: the team\'s figure, silent', async () => {
    const r = await gradedReport(fixture('l9_all_share_one.xlsx'));
    expect(r.problems.filter((p) => p.code === 'marks-of-other')).toEqual([]);
  });
});

