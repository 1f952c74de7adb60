// §27 客服人员考核表: tick boxes only; an area = ticks / boxes × 100, total = mean of the four areas; 综合评价 kept as written.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { form, repoRoot } from '../../helpers.js';
import { buildTemplate } from '../../../src/io/template/index.js';
import { expectRefused, expectScored, filledForms, filledRoster, itemScore, person, score, type Cell } from '../roundtrip.js';

const BOXES: Record<string, string[]> = {
  工作态度: ['积极主动热情周到', '胸怀大局具备团队意识', '规范自律遵守纪律', '沟通和解决问题能力', '应对压力', '主动研究提高业务技能'],
  服务质量: ['表达准确善于倾听', '及时解答给予满意答复', '善于建立良好关系', '处理投诉能力强', '主动回访关注反馈'],
  工作效率: ['快速反应', '积极主动完成任务', '合理安排时间和资源', '多任务保持质量'],
  问题解决能力: ['提出合理方案', '运用专业知识', '保持冷静', '快速分析原因并采取措施'],
};
const AREAS = Object.keys(BOXES);
/** The first n boxes of each area get `mark`, the others `rest` (null: left blank). */
const ticks = (counts: number[], mark: Cell = '√', rest: Cell = null) =>
  Object.fromEntries(AREAS.flatMap((a, k) => BOXES[a]!.map((b, i) => [`${a}·${b}`, i < counts[k]! ? mark : rest])));
const row = (name: string, counts: number[], extra: Record<string, Cell> = {}, mark: Cell = '√', rest: Cell = null) =>
  ({ 姓名: name, 部门: '客服一部', 日期: '2026-03-31', ...ticks(counts, mark, rest), ...extra });

describe('cs-checklist (§27) roster round trip', () => {
  it('a roster of ticks only is found and scored: the catalog example, boundaries, other tick marks, one bad box', async () => {
    const file = await filledRoster('cs-checklist', [
      // 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → (83.333 + 80 + 100 + 50) / 4 = 78.33 → 一般
      row('吴静', [5, 4, 4, 2], { '综合评价·业务能力': '业务熟练', '综合评价·问题解决能力': '复杂问题需要协助' }),
      row('郑凯', [6, 3, 4, 4]), // 100, 60, 100, 100 → 90 → 优秀
      row('王蕾', [6, 1, 4, 4], {}, '√', '×'), // 100, 20, 100, 100 → 80 → 良好 (× counts as not ticked)
      row('陈琪', [5, 5, 4, 3]), // 83.333, 100, 100, 75 → 358.333 / 4 = 89.58 → 良好
      // Nothing ticked, a remark written: the remark says nothing of the boxes — not scored (README: 确实一条都不符合时填「×」).
      row('冯涛', [0, 0, 0, 0], { '综合评价·工作态度': '本月未达标' }),
      row('林峰', [6, 5, 4, 4], {}, '是'), // 「是」 is a tick too → 100 → 优秀
      row('周扬', [6, 4, 4, 4], {}, true, false), // logical TRUE/FALSE cells (openpyxl True): 100, 80, 100, 100 → 95 → 优秀
      // 「-」 in a box is nothing written: not ticked, and never 不适用 (this form has none), so 3/4 and not 3/3
      row('钱磊', [6, 5, 4, 3], { '问题解决能力·快速分析原因并采取措施': '-' }), // 100, 100, 100, 75 → 93.75 → 优秀
      row('黄宇', [6, 5, 4, 3], { '问题解决能力·快速分析原因并采取措施': '基本符合' }), // neither a tick nor a cross
      // The form says 「符合的打√」: 「符合」 written out is a tick, 「不符合」 a cross (it was refused): 100, 60, 100, 100 → 90 → 优秀
      row('孙悦', [6, 3, 4, 4], {}, '符合', '不符合'),
      // 「对」 / 「错」 marked in every box (1.1.2: 错 is a cross, it was refused while 对 read as a tick): 83.333, 80, 100, 50 → 78.33 → 一般
      row('韩梅', [5, 4, 4, 2], {}, '对', '错'),
      // Markdown's boxes: 「[x]」 ticked, 「[ ]」 not (「[x]」 was read as 「x」, a cross: 0.00 at exit 0) → 78.33 → 一般
      row('马丽', [5, 4, 4, 2], {}, '[x]', '[ ]'),
    ]);
    const r = await score(file);
    expect(r.layout).toBe('roster');
    const wu = expectScored(r, '吴静', (500 / 6 + 80 + 100 + 50) / 4, '一般');
    expect(wu.total100).toBeCloseTo(78.3333333, 6);
    // The one part's figure is the mean of its areas too, 78.33 — it was their sum, 313.33, beside that total.
    expect(wu.parts.map((p) => [p.id, p.score])).toEqual([['areas', expect.closeTo((500 / 6 + 80 + 100 + 50) / 4, 9)]]);
    expect(AREAS.map((_, k) => itemScore(wu, 'ABCD'[k]!))).toEqual([500 / 6, 80, 100, 50]);
    expect(wu.header.cBusiness).toBe('业务熟练');
    expectScored(r, '郑凯', 90, '优秀');
    expectScored(r, '王蕾', 80, '良好');
    expectScored(r, '陈琪', (500 / 6 + 100 + 100 + 75) / 4, '良好');
    expectRefused(r, '冯涛', 'nothing-filled');
    expectScored(r, '林峰', 100, '优秀');
    expectScored(r, '周扬', 95, '优秀');
    expectScored(r, '钱磊', 93.75, '优秀');
    expectRefused(r, '黄宇', 'unknown-choice');
    expectScored(r, '孙悦', 90, '优秀');
    expectScored(r, '韩梅', (500 / 6 + 80 + 100 + 50) / 4, '一般');
    expectScored(r, '马丽', (500 / 6 + 80 + 100 + 50) / 4, '一般');
  });
});

describe('cs-checklist (§27) form layout round trip', () => {
  it('ticks in the 填写 column, 综合评价 below the table', async () => {
    const entries = (counts: number[]) =>
      AREAS.flatMap((a, k) => BOXES[a]!.slice(0, counts[k]).map((b): [string, string, string, Cell] => [a, b, '填写', '√']));
    const r = await score(await filledForms('cs-checklist', [
      { name: '吴静', header: { '综合评价·服务质量': '回访及时' }, entries: entries([5, 4, 4, 2]) }, // 78.33 → 一般
      { name: '郑凯', entries: entries([6, 5, 4, 4]) }, // 100 → 优秀
    ]));
    expectScored(r, '吴静', (500 / 6 + 80 + 100 + 50) / 4, '一般');
    expect(person(r, '吴静').header.cService).toBe('回访及时');
    expectScored(r, '郑凯', 100, '优秀');
  });
});

describe('cs-checklist (§27) template', () => {
  it('the 综合评价 lines below the table are tall enough for their wrapped labels', async () => {
    const wb = await buildTemplate(await form('cs-checklist'), { layout: 'form', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    let row = 0;
    ws.eachRow((r, n) => { if (r.getCell(1).value === '综合评价·问题解决能力') row = n; });
    expect(row).toBeGreaterThan(0);
    // 「综合评价·问题解决能力」 is 21 columns wide in a first column of about 12: two lines of 15 points.
    expect(ws.getRow(row).height).toBeGreaterThanOrEqual(30);
  });
});

describe('cs-checklist (§27) samples', () => {
  it('the roster CSV is recognised without --form and scores as hand-checked', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'cs-checklist.march.csv'));
    expect(r.form).toBe('cs-checklist');
    expectScored(r, '吴静', (500 / 6 + 80 + 100 + 50) / 4, '一般');
    expectScored(r, '郑凯', 100, '优秀');
    expectScored(r, '王蕾', 88.75, '良好');
    expectScored(r, '冯涛', 41.25, '待改进');
    expectScored(r, '陈琪', (500 / 6 + 100 + 100 + 75) / 4, '良好');
    expectRefused(r, '黄宇', 'unknown-choice');
  });
});
