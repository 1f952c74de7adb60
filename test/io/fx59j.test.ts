// §4 cs-dept-monthly person sheets as the seed prints them (test/fixtures/fx59j/make.py): the footer's sign-off labels
// kept as typed grades, the headings merged down over 差 | 低标 | 达成, and part 2 under its own heading in D, E.
//
// CATALOG §4: item = weight × (0.7 × 直接 + 0.3 × 间接) × 100, 差/低标/达成 = 0.6/0.8/1.0; part 2 = rating/10 × 5 each (70/30).
//   张三: all 达成 → 100; part 2 (0.7 × 8 + 0.3 × 6)/10 × 5 + (0.7 × 10 + 0.3 × 10)/10 × 5 = 3.7 + 5 = 8.7 → 108.70 优秀.
//   李四: part 1 87.40 (26.10 + 25.54 + 26.76 + 9.00); part 2 (0.7 × 5 + 0.3 × 5)/10 × 5 + (0.7 × 3 + 0.3 × 3)/10 × 5
//         = 2.5 + 1.5 = 4 → 91.40 优秀.
//   王五: 直接 差, 间接 达成 on all: 0.7 × 0.6 + 0.3 × 1 = 0.72 → 72; part 2 (1/10 × 5) × 2 = 1 → 73.00 一般.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { isSignOffLabel } from '../../src/engine/scoreForm.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59j', name);
const opts = { form: 'cs-dept-monthly' };
const TOTALS = [['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']];
const grades = (p: { grades?: unknown }) => p.grades;

describe('§4 grade fields: only a grade is a grade typed by hand', () => {
  it('the footer\'s 「本人确认(签名)」 and 「部门主管确认」 beside the fields are no value: kpi\'s grades, nothing said', async () => {
    // Was 直接主管定级 「本人确认(签名)(应为优秀)」, 部门定级 「部门主管确认」, six warnings 「保留填写的等级」, at exit 0.
    const report = await gradedReport(fixture('signoff-labels.xlsx'), opts);
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual(TOTALS);
    for (const p of report.people) {
      expect(p.grades!.map((g) => [g.label, g.value, g.typed])).toEqual([['直接主管定级', p.band, undefined], ['部门定级', p.band, undefined]]);
    }
    expect(report.problems).toEqual([]);
  });

  it('「同意」, 「待定」 typed beside a grade field: kept as typed and said (override), as any hand-typed grade is', async () => {
    // CATALOG §4: a 部门定级 typed by hand that differs from the computed one is kept and reported, never replaced; only the
    // form's sign-off labels (张三's 「签名:」, 「确认人」) are nothing typed.
    const report = await gradedReport(fixture('typed-words.xlsx'), opts);
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual(TOTALS);
    const [zhang, li, wang] = report.people;
    expect(grades(zhang!)).toEqual([expect.objectContaining({ value: '优秀', computed: '优秀' }), expect.objectContaining({ value: '优秀', computed: '优秀' })]);
    expect(li!.grades!.find((g) => g.label === '部门定级')).toEqual({ id: 'deptGrade', label: '部门定级', value: '同意', computed: '优秀', typed: '同意' });
    expect(wang!.grades!.map((g) => [g.label, g.value, g.typed])).toEqual([['直接主管定级', '良好', '良好'], ['部门定级', '待定', '待定']]);
    expect(report.problems.map((p) => [p.code, p.severity, p.sheet, p.cell, p.actual])).toEqual([
      ['override', 'warning', '李四', 'D27', '同意'],
      ['override', 'warning', '王五', 'D26', '良好'],
      ['override', 'warning', '王五', 'D27', '待定'],
    ]);
    expect(report.problems[0]!.message).toBe('李四!D27:李四:「部门定级」填写为「同意」,按分数 91.40 应为「优秀」;保留填写的等级');
  });

  it.each([
    // §17: 0 late → 10, + 20 + 25 + 15 + 15 = 85 良好 → 转正建议 通过 by the score; the manager typed 「不予转正」 (B18).
    ['probation-buyu.xlsx', 'probation', '转正建议', '不予转正', '通过', 'B18'],
    // §15: every question 良好 (3) by both interviewers → mean 3.00 良好 → 建议 推荐; the interviewer typed 「不予考虑」 (B36).
    ['interview-buyu.xlsx', 'interview-eval', '建议', '不予考虑', '推荐', 'B36'],
  ])('%s: the typed %s 「%s」 (not one of the scale\'s words) is kept, said as an override — 191e90d2 replaced it by kpi\'s', async (file, form, label, typed, computed, cell) => {
    const report = await gradedReport(fixture(file), { form });
    const g = report.people[0]!.grades!.find((x) => x.label === label)!;
    expect([g.value, g.computed, g.typed]).toEqual([typed, computed, typed]);
    expect(report.problems.map((p) => [p.code, p.cell])).toEqual([['override', cell]]);
  });

  it('what a sign-off label is', () => {
    for (const t of ['本人确认(签名)', '本人确认(签名)', '部门主管确认', '签名:', '确认人', '被考核人签字:']) expect(isSignOffLabel(t)).toBe(true);
    for (const t of ['同意', '待定', '优秀', '良好(已确认)', '确认优秀无误后上报部门审批']) expect(isSignOffLabel(t)).toBe(false);
  });
});

describe('§4 heading rows', () => {
  it('类别 | 绩效指标 | 权重 merged down over the 差 | 低标 | 达成 row: a heading row too — 108.70 / 91.40 / 73.00', async () => {
    // Was 41 errors at exit 1: row 6 read as an item 「绩效指标」 and every item's 直接主管 mark 「缺少」.
    const report = await gradedReport(fixture('headings-merged-down.xlsx'), opts);
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual(TOTALS);
    expect(report.problems).toEqual([]);
  });

  it('part 2\'s own 「直接主管评分 | 间接主管评分」 in D, E (inside part 1\'s 直接主管评分 D:F): read there — 108.70 / 91.40 / 73.00', async () => {
    // Was 「第 23 行又是一行表头,但列的顺序与第 5 行不同」 at exit 1.
    for (const file of ['part2-own-columns.xlsx', 'part2-own-columns-merged-down.xlsx']) {
      const report = await gradedReport(fixture(file), opts);
      expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual(TOTALS);
      expect(report.problems).toEqual([]);
    }
  });
});
