// Regressions a review found in this session's reading changes (its workbooks, made with openpyxl from kpi's templates).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/review40', f);

async function graded(f: string) {
  const r = await gradeFile(at(f), { output: null });
  if (!r.ok) throw new Error(r.failure.message);
  return r.report;
}
const totals = (r: Awaited<ReturnType<typeof graded>>) => r.people.map((p) => (p.total === null ? null : Math.round(p.total * 100) / 100));

describe('reading changes that must not bite', () => {
  it('§8 「奖惩分(扣分不用负号)」: 3 and 2 are taken off — 77 − 3 = 74, 77 − 2 = 75 (read as bonuses: 80 良好)', async () => {
    expect(totals(await graded('deduction-no-minus.xlsx'))).toEqual([74, 75]);
  });
  it('§8 「奖惩(扣分)」 holding 3 and −2: both taken off, 74 and 75 (one person\'s minus made the other\'s 3 a bonus)', async () => {
    expect(totals(await graded('deduction-mixed-signs.xlsx'))).toEqual([74, 75]);
  });
  it('§9 「本月自评 | 本月主管评」: this month\'s raters, 80.40 良好 (refused as another period)', async () => {
    expect(totals(await graded('month-word-raters.xlsx'))).toEqual([80.4]);
  });
  it('§9 a team lead (王五) rating his team, rated himself by his manager: the 主管, 84 / 76 / 92 (refused as a colleague)', async () => {
    expect(totals(await graded('team-lead-rater.xlsx'))).toEqual([84, 76, 92]);
  });
  it('§2 kpi\'s template with 考核内容 retitled 评价内容, 填写项 kept: 100 − (1 + 2 + 1 + 1) = 95 (exit 2)', async () => {
    expect(totals(await graded('criteria-column-renamed.xlsx'))).toEqual([95]);
  });
  it('§16 a 「总分 | 100」 line (the item maxima under 分值) and the 等级 legend are not typed results: nothing said', async () => {
    const r = await graded('total-line-maxima.xlsx');
    expect([totals(r), r.problems.filter((p) => p.code === 'override')]).toEqual([[87], []]);
  });
  it('§8 「奖惩(负数为扣分)」: the signs as typed — 张三\'s +2 (表扬信) 79, 李四\'s −3 74 (the +2 was taken off: 75)', async () => {
    expect(totals(await graded('negative-is-deduction.xlsx'))).toEqual([79, 74]);
  });
  it('§27 「评价内容」 over numbered lines (「1、积极主动热情周到」): the 填写项 column, the worked example 78.33 (exit 2)', async () => {
    expect(totals(await graded('checklist-numbered.xlsx'))).toEqual([78.33]);
  });
  it('§9 three copies rating each other round a ring (李四 → 张三 → 王五 → 李四), each 评分人 a name: colleagues, no 主管 — refused (60 一般 each)', async () => {
    const { gradeCombined } = await import('../../src/io/combineRaters.js');
    const r = await gradeCombined(['lisi.xlsx', 'wangwu.xlsx', 'zhangsan.xlsx'].map((f) => at(`ring/${f}`)), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => p.total)).toEqual([null, null, null]);
  });
});
