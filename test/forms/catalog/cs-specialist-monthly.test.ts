// §7 客服专员月度绩效考核表: 主管 points 0..权分 count (decimals allowed), 自评 shown only; Σ of 100, default bands.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { repoRoot } from '../../helpers.js';
import { expectRefused, expectScored, filledForms, filledRoster, itemScore, person, score, type Cell } from '../roundtrip.js';

const LABELS = ['文档编写', '客户沟通交流', '客服计划制定', '潜在合作挖掘', '掌握公司业务', // 2 8 2 5 3
  '出勤率', '是否遵守上级指示,并及时准确向上级汇报工作', '是否主动承担更多的责任', '是否注重协作', '是否积极主动,行为得体', '工作日志,工作周报', // 5 × 6
  '优质完成客户回访、问答', '维护线上客服工具并受理信息', '按时按量执行线上推广', '完善客户资料并归档、分类整理', '上级综合评定']; // 10 × 5
const marks = (rater: '主管' | '自评', xs: Cell[]) => Object.fromEntries(LABELS.map((l, k) => [`${l}·${rater}`, xs[k] ?? null]));
const row = (name: string, sup: Cell[], self: Cell[] = []) => ({ 被考核人: name, 考核月份: '2026年3月', 考核人: '郑主管', ...marks('主管', sup), ...marks('自评', self) });
// 17 (能力 without 文档编写) + 29 + 42 = 88 before 文档编写
const rest = [8, 2, 4, 3, 5, 5, 5, 4, 5, 5, 9, 9, 8, 8, 8];

describe('cs-specialist-monthly (§7) roster round trip', () => {
  it('主管 counts, 自评 does not; 89.995 shows as 90.00 and is 优秀, 89.994 is 良好; one bad entry', async () => {
    const file = await filledRoster('cs-specialist-monthly', [
      // 能力 2 + 7.5 + 2 + 4 + 3 = 18.5; 态度 5 + 5 + 4.5 + 5 + 5 + 4 = 28.5; 业绩 9 + 10 + 8 + 9 + 9 = 45 ⇒ 92 → 优秀 (自评 100 not counted)
      row('许晴', [2, 7.5, 2, 4, 3, 5, 5, 4.5, 5, 5, 4, 9, 10, 8, 9, 9], [2, 8, 2, 5, 3, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 10]),
      row('韩雪', [1.995, ...rest]), // 1.995 + 88 = 89.995 → shown 90.00 → 优秀
      row('程琳', [1.994, ...rest]), // 1.994 + 88 = 89.994 → shown 89.99 → 良好
      // 能力 1 + 5 + 1 + 2 + 2 = 11; 态度 3 + 4 + 3 + 3 + 4 + 3 = 20; 业绩 6 + 7 + 5 + 6 + 4.5 = 28.5 ⇒ 59.5 → 待改进
      row('吕鹏', [1, 5, 1, 2, 2, 3, 4, 3, 3, 4, 3, 6, 7, 5, 6, 4.5]),
      // 客户沟通交流 9 > 权分 8
      row('邹凯', [2, 9, 2, 4, 3, 5, 5, 5, 5, 4, 5, 9, 9, 9, 9, 9]),
      // only 自评 filled: the 主管 entry is what counts, so the person cannot be scored
      row('杨帆', [], [2, 8, 2, 5, 3, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 10]),
    ]);
    const r = await score(file);
    const xu = expectScored(r, '许晴', 92, '优秀');
    expect(xu.parts.map((p) => p.raw)).toEqual([18.5, 28.5, 45]);
    expect(xu.items.find((i) => i.id === 'K2')!.explanation).toContain('仅供参考');
    expectScored(r, '韩雪', 89.995, '优秀');
    expectScored(r, '程琳', 89.994, '良好');
    expectScored(r, '吕鹏', 59.5, '待改进');
    expectRefused(r, '邹凯', 'out-of-range');
    expectRefused(r, '杨帆', 'missing-rater');
  });

  it('a wrong 自评 is a warning and does not stop the 主管 score', async () => {
    const r = await score(await filledRoster('cs-specialist-monthly', [row('许晴', [2, 7.5, 2, 4, 3, 5, 5, 4.5, 5, 5, 4, 9, 10, 8, 9, 9], [3])]));
    expectScored(r, '许晴', 92, '优秀');
    expect(person(r, '许晴').problems.some((p) => p.severity === 'warning' && p.code === 'out-of-range')).toBe(true);
  });
});

describe('cs-specialist-monthly (§7) form layout round trip', () => {
  it('自评 and 主管 columns of each sheet', async () => {
    const entries = (sup: number[], self: number[] = []) => [
      ...LABELS.map((l, k): [string, null, string, Cell] => [l, null, '主管', sup[k]!]),
      ...self.map((v, k): [string, null, string, Cell] => [LABELS[k]!, null, '自评', v]),
    ];
    const file = await filledForms('cs-specialist-monthly', [
      // 1.5 + 6 + 2 + 3 + 2 = 14.5; 4 × 6 = 24; 8 + 8 + 7 + 8 + 8 = 39 ⇒ 77.5 → 一般
      { name: '杨帆', header: { 考核月份: '2026年3月' }, entries: entries([1.5, 6, 2, 3, 2, 4, 4, 4, 4, 4, 4, 8, 8, 7, 8, 8], [2, 8]) },
      // 2 + 8 + 2 + 5 + 3 = 20; 30; 50 ⇒ 100 → 优秀
      { name: '韩雪', entries: entries([2, 8, 2, 5, 3, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 10]) },
    ]);
    const r = await score(file);
    const yang = expectScored(r, '杨帆', 77.5, '一般');
    expect(itemScore(yang, 'K1')).toBe(1.5);
    expectScored(r, '韩雪', 100, '优秀');
  });
});

describe('cs-specialist-monthly (§7) samples', () => {
  it('the roster CSV is recognised without --form and scores as hand-checked', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'cs-specialist-monthly.march.csv'));
    expect(r.form).toBe('cs-specialist-monthly');
    expectScored(r, '许晴', 92, '优秀');
    expectScored(r, '杨帆', 77.5, '一般');
    expectScored(r, '程琳', 87.5, '良好');
    expectScored(r, '吕鹏', 59.5, '待改进');
    expectScored(r, '韩雪', 90, '优秀');
    expectRefused(r, '邹凯', 'out-of-range');
  });
});
