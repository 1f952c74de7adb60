// §16 物业客服考核表: ten points, each an integer 1–10; 总分 = Σ of 100; 评估结论 = the default band.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { repoRoot } from '../../helpers.js';
import { expectRefused, expectScored, filledForms, filledRoster, score, type Cell } from '../roundtrip.js';

const LABELS = ['对待业主友好积极', '主动寻求业主需求并提供帮助', '尽力帮助解决疑难问题', '电话接听及时和专业', '有效处理各类问题和投诉',
  '投诉积极并及时回复', '投诉处理有效果', '资料整理和文件记录的准确性', '与同事合作的配合程度和效果', '工作任务的处理速度和效果'];
const row = (name: string, xs: Cell[]) => ({ 被评估人员: name, 评估日期: '2026-03-30', 评估人员: '黄经理', ...Object.fromEntries(LABELS.map((l, k) => [l, xs[k] ?? null])) });

describe('property-cs-rating (§16) roster round trip', () => {
  it('Σ of the ten points, boundaries 90/89 and 80/79, bad entries', async () => {
    const file = await filledRoster('property-cs-rating', [
      row('李娜', [9, 9, 8, 9, 8, 9, 8, 10, 9, 9]), // 26 + 17 + 17 + 10 + 9 + 9 = 88 → 良好
      row('孙悦', [9, 9, 9, 9, 9, 9, 9, 9, 9, 9]), // 90 → 优秀
      row('王磊', [9, 9, 9, 9, 9, 9, 9, 9, 9, 8]), // 89 → 良好
      row('陈芳', [8, 8, 8, 8, 8, 8, 8, 8, 8, 8]), // 80 → 良好
      row('刘伟', [8, 8, 8, 8, 8, 8, 8, 8, 8, 7]), // 79 → 一般
      row('赵强', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), // 10 → 待改进 (1 is the lowest mark)
      row('周洁', [8, 8.5, 8, 9, 8, 8, 8, 9, 8, 8]), // 8.5 is not an integer mark
      row('吴迪', [8, 8, 8, 0, 8, 8, 8, 8, 8, 8]), // 0 is below the scale's 1
    ]);
    const r = await score(file);
    expectScored(r, '李娜', 88, '良好');
    expectScored(r, '孙悦', 90, '优秀');
    expectScored(r, '王磊', 89, '良好');
    expectScored(r, '陈芳', 80, '良好');
    expectScored(r, '刘伟', 79, '一般');
    expectScored(r, '赵强', 10, '待改进');
    expectRefused(r, '周洁', 'not-an-integer');
    expectRefused(r, '吴迪', 'out-of-range');
    expect(r.bands).toEqual({ 优秀: 1, 良好: 3, 一般: 1, 待改进: 1 });
  });
});

describe('property-cs-rating (§16) form layout round trip', () => {
  it('one sheet per person', async () => {
    const entries = (xs: number[]) => LABELS.map((l, k): [string, null, string, Cell] => [l, null, '填写', xs[k]!]);
    const r = await score(await filledForms('property-cs-rating', [
      { name: '王磊', header: { 评估日期: '2026-03-30' }, entries: entries([10, 9, 10, 9, 10, 9, 9, 10, 9, 10]) }, // 95 → 优秀
      { name: '陈芳', entries: entries([7, 6, 7, 8, 6, 7, 6, 8, 7, 7]) }, // 20 + 14 + 13 + 8 + 7 + 7 = 69 → 一般
    ]));
    expectScored(r, '王磊', 95, '优秀');
    expectScored(r, '陈芳', 69, '一般');
  });
});

describe('property-cs-rating (§16) samples', () => {
  it('the roster CSV is recognised without --form and scores as hand-checked', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'property-cs-rating.march.csv'));
    expect(r.form).toBe('property-cs-rating');
    expectScored(r, '李娜', 88, '良好');
    expectScored(r, '王磊', 95, '优秀');
    expectScored(r, '陈芳', 69, '一般');
    expectScored(r, '赵强', 53, '待改进');
    expectScored(r, '孙悦', 90, '优秀');
    expectRefused(r, '周洁', 'not-an-integer');
  });
});
