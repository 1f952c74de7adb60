// Excel's and WPS's own check boxes (插入 → 复选框) keep TRUE or FALSE in their cells. A list of ticks filled that way
// was an error at every box (「实际为逻辑值「TRUE」」): a box ticked is √, one not ticked ×, as the form words them.
import { describe, expect, it } from 'vitest';
import { expectScored, filledRoster, score } from '../forms/roundtrip.js';

describe('check boxes holding TRUE / FALSE in a checklist', () => {
  it('§27 cs-checklist: 5 of 6, 4 of 5, 4 of 4, 2 of 4 ticked → (83.33 + 80 + 100 + 50) / 4 = 78.33 一般', async () => {
    const boxes: Record<string, boolean[]> = {
      工作态度: [true, true, true, true, true, false],
      服务质量: [true, true, true, true, false],
      工作效率: [true, true, true, true],
      问题解决能力: [true, true, false, false],
    };
    const headings: Record<string, string[]> = {
      工作态度: ['积极主动热情周到', '胸怀大局具备团队意识', '规范自律遵守纪律', '沟通和解决问题能力', '应对压力', '主动研究提高业务技能'],
      服务质量: ['表达准确善于倾听', '及时解答给予满意答复', '善于建立良好关系', '处理投诉能力强', '主动回访关注反馈'],
      工作效率: ['快速反应', '积极主动完成任务', '合理安排时间和资源', '多任务保持质量'],
      问题解决能力: ['提出合理方案', '运用专业知识', '保持冷静', '快速分析原因并采取措施'],
    };
    const row: Record<string, string | boolean> = { 姓名: '张三' };
    for (const [group, names] of Object.entries(headings)) names.forEach((n, k) => (row[`${group}·${n}`] = boxes[group]![k]!));
    const r = await score(await filledRoster('cs-checklist', [row], 'checkboxes.xlsx'));
    expectScored(r, '张三', (500 / 6 + 80 + 100 + 50) / 4, '一般');
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('a box judged by a figure (§20 不规范处数) still refuses TRUE: it is no count', async () => {
    const r = await score(await filledRoster('quality-inspection', [{ 项目名称: '一号楼', 仪容仪表: true }], 'figure.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.code])).toContainEqual(['E2', 'boolean-value']);
  });
});
