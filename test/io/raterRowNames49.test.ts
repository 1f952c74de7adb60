// §4 cs-dept-monthly on a roster of a row per rater whose 评分人 holds the supervisors' names (刘经理, 陈总) — the same
// names its 直接主管 / 间接主管 columns hold. Read as two unknown raters, each person was 「重复」 and refused (exit 1),
// every row also warned that nobody rated as 间接主管; written as 直接主管 / 间接主管 the same rows scored 95.60 / 92.50.
// Part 1: 差 / 低标 / 达成 are 0.6 / 0.8 / 1.0, combined 70 % 直接主管 + 30 % 间接主管, × 100; part 2: two bonus items
// of 5 % each, rated 1–10 with the same split, rating / 10 × 5.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/raterRowNames49', f);
const options = { form: 'cs-dept-monthly' };
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band, p.status]);
const said = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.severity, p.cell, p.message]);

describe('评分人 naming the person in the row\'s 直接主管 / 间接主管 column is that rater', () => {
  it('张三 刘经理 all 达成 (10, 10) + 陈总 all 差 (2, 2): 95.60 优秀; 李四 陈总 达成 + 刘经理 低标 (5, 5): 92.50 优秀', async () => {
    // 张三: part 1 0.7 × 1.0 + 0.3 × 0.6 = 0.88 → 88; bonus 0.7 × 10 + 0.3 × 2 = 7.6 → 7.6 / 10 × 5 = 3.8, twice 7.6;
    // 88 + 7.6 = 95.60 优秀. 李四: 0.7 × 0.8 + 0.3 × 1.0 = 0.86 → 86; 0.7 × 5 + 0.3 × 10 = 6.5 → 3.25, twice 6.5; 92.50.
    const r = await gradedReport(at('names.xlsx'), options);
    expect(people(r)).toEqual([['张三', 95.6, '优秀', 'scored'], ['李四', 92.5, '优秀', 'scored']]);
    expect(said(r)).toEqual([]);
  });

  it('each rater\'s own file signed so (kpi score 刘经理的.xlsx 陈总的.xlsx): 95.60 优秀 — 陈总\'s was a second 直接主管', async () => {
    // The same marks as 张三 above: 88 + 7.6 = 95.60. Before, 陈总's copy under bare headings was read as the 直接主管's
    // by its cells, and 张三 refused as rated twice by the 直接主管.
    const r = await combinedReport([at('copy-direct.xlsx'), at('copy-indirect.xlsx')], options);
    expect(people(r)).toEqual([['张三', 95.6, '优秀', 'scored']]);
    expect(said(r)).toEqual([]);
  });
});

describe('names the columns do not tell apart: refused as before, the advice to write 直接主管 / 间接主管', () => {
  const advice = '请在「评分人」里写明「直接主管」或「间接主管」(一位评分人一行)后重新评分';

  it('刘经理 in both columns, both rows signed 刘经理: not 「请删去不对的一处」', async () => {
    const r = await gradedReport(at('same-name.xlsx'), options);
    expect(people(r)).toEqual([['张三', null, null, 'error'], ['张三', null, null, 'error']]);
    const dup = r.problems.filter((p) => p.code === 'duplicate-person');
    expect(dup.map((p) => p.cell)).toEqual(['A2', 'A3']);
    expect(dup[0]!.message).toBe(`考核表!A2:被评估人姓名「张三」重复,在 考核表!A3 又出现一次,看不出两行的评分人(「刘经理」、「刘经理」)各是「直接主管」还是「间接主管」,都不计分;${advice}`);
  });

  it('王五 and 赵六, in neither column: not 「一人只能有一行」', async () => {
    const r = await gradedReport(at('neither-both.xlsx'), options);
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    const dup = r.problems.find((p) => p.code === 'duplicate-person' && p.cell === 'A2')!;
    expect(dup.message).toContain(`看不出两行的评分人(「王五」、「赵六」)各是「直接主管」还是「间接主管」,都不计分;${advice}`);
    expect(dup.message).not.toContain('一人只能有一行');
  });

  it('王五 beside 陈总\'s row: 王五 is not taken for the 直接主管 of the bare headings (it would give 95.60 优秀)', async () => {
    const r = await gradedReport(at('neither.xlsx'), options);
    expect(people(r)).toEqual([['张三', null, null, 'error']]);
    const unknown = r.problems.find((p) => p.code === 'rater-unknown')!;
    expect([unknown.severity, unknown.cell]).toEqual(['error', 'E2']);
    expect(unknown.message).toBe(`neither.xlsx 考核表!E2:「评分人」填写为「王五」,看不出是哪位评分人(本行直接主管「刘经理」、间接主管「陈总」);${advice}`);
  });
});
