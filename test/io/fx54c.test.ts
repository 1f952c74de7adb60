// Hand-typed sheets whose messages misled (tester's cases, fifty-fourth session): §9's 绩效总结 line, §2's 不符合项 column,
// §27's 评价(符合打√) column and §1's points typed under 上级.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx54c', name);
const shown = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band, p.status]);

describe('§9 绩效总结 typed under the items', () => {
  it('is the team\'s own grade, compared with kpi\'s — not an item to add to the definition (c09a)', async () => {
    const r = await gradedReport(fixture('c09-result.xlsx'));
    // Each sheet: 主管 优秀 良好 良好 优秀 一般, 同事 良好, 客户 优秀 on all five (CATALOG §9: 100/80/60/40, 70/10/20 %):
    // 100×.7+80×.1+100×.2 = 98; 80×.7+8+20 = 84; 84; 98; 60×.7+8+20 = 70 → (98+84+84+98+70)/5 = 434/5 = 86.8 → 良好 (≥ 75).
    expect(shown(r)).toEqual([
      ['赵敏', 86.8, '良好', 'scored'],
      ['孙丽', 86.8, '良好', 'scored'],
      ['周华', 86.8, '良好', 'scored'],
    ]);
    // 赵敏 typed 良好 = kpi's: nothing said. 孙丽 typed 优秀: said at G9 (主管评's cell; 自评's 优秀 in F9 is not the grade).
    // 周华's comment is no grade: nothing said. No one was told to add 绩效总结 as an item.
    expect(r.problems.filter((p) => p.code !== 'form-unknown').map((p) => [p.code, p.severity, p.sheet, p.cell, p.person])).toEqual([
      ['override', 'warning', '孙丽', 'G9', '孙丽'],
    ]);
    const said = r.problems.find((p) => p.code === 'override')!.message;
    expect(said).toContain('「绩效总结」为「优秀」,按规则算出的是「良好」');
    expect(r.problems.some((p) => p.message.includes('定义文件'))).toBe(false);
  });
});

describe('§2 the column to fill headed with the input\'s own name, no 填写项 column', () => {
  it('reads 不符合项, 不符合项数 and 填写 as the counts; 扣分 is told which heading to use (c02b, c02c, c02e, c02f)', async () => {
    const r = await gradedReport(fixture('c02-headings.xlsx'));
    // CATALOG §2: score = max(0, 分值 − n). Counts 1,0,2,0,0,0,2,0,0,1,0,0,0,0 → 6 taken off 100 → 94 → 优秀 (≥ 90).
    expect(shown(r)).toEqual([
      ['阳光花园管理处', 94, '优秀', 'scored'],
      ['翠湖管理处', 94, '优秀', 'scored'],
      ['金桥管理处', 94, '优秀', 'scored'],
      ['锦绣管理处', null, null, 'error'],
    ]);
    const said = r.problems.filter((p) => p.code !== 'form-unknown');
    // The 备注 column is its own (no 「没有这些填写文字的行」 note); 考评总分 is the form's total line, no item to add.
    expect(said.map((p) => [p.code, p.severity, p.sheet, p.cell])).toEqual([['item-not-found', 'error', '锦绣管理处', 'A3']]);
    expect(said[0]!.message).toContain('请把填了答案的「扣分」列的表头改为「填写」或「不符合项数」(每项填不符合项数)后重新评分');
    expect(said[0]!.message).not.toContain('改回原样');
  });
});

describe('§27 ticks under a heading of the team\'s own', () => {
  it('says which column to head 「填写」, not 「改回原样」 (c27a); so headed it scores 78.33', async () => {
    const r = await gradedReport(fixture('c27-column.xlsx'));
    // CATALOG §27 worked example: ticks 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → 313.33 / 4 = 78.33 → 一般.
    expect(shown(r)).toEqual([
      ['李四', null, null, 'error'],
      ['王五', 78.33, '一般', 'scored'],
    ]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.sheet, p.cell])).toEqual([['item-not-found', '李四', 'A5']]);
    expect(errors[0]!.message).toContain('请把填了答案的「评价(符合打√)」列的表头改为「填写」后重新评分');
  });
});

describe('§1 a score typed where a bounded count goes', () => {
  it('投诉处理 15 under 上级 is told it looks like the item\'s score and which count it stands for (c01a)', async () => {
    const r = await gradedReport(fixture('c01-points.xlsx'));
    // CATALOG §1 worked example (张三): A1 92 % → 20, A2 部分不完整 → 10, A3 完成 → 20, A4 1 unmet → 20 − 5 × 1 = 15 ⇒
    // 65 / 80 = 81.25; B1 4级 40 + B2 3级 30 = 70 / 100 = 70; 81.25 × 0.85 + 70 × 0.15 = 69.0625 + 10.5 = 79.5625 → 一般.
    // 李四 typed A4's score, 15 (= 20 − 5 × 1), under 上级, where 未满足项数 0–3 goes: not read, not scored.
    expect(shown(r)).toEqual([
      ['张三', 79.56, '一般', 'scored'],
      ['李四', null, null, 'error'],
    ]);
    const said = r.problems.filter((p) => p.code !== 'form-unknown');
    // One error at G9 (no 「应为0到3之间的整数」 beside it); the 自评's 20 counts for nothing and keeps its warning.
    expect(said.map((p) => [p.code, p.severity, p.sheet, p.cell])).toEqual([
      ['points-not-scale', 'error', '李四', 'G9'],
      ['out-of-range', 'warning', '李四', 'F9'],
    ]);
    expect(said[0]!.message).toContain('这一格的「15」在「投诉处理·上级」里,像是「投诉处理」的得分(满分 20 分,每一项扣 5 分,15 分即 1 项),而这里要填未满足项数(0 到 3)');
    expect(said[0]!.message).toContain('请改填 1 后重新评分');
  });
});
