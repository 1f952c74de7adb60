// §27 客服人员考核表: ticks per area / boxes × 100, total = mean of the four areas.
// Expected: 吴静 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → 78.33 一般 (the catalog's example) · 郑凯 all ticked → 100 优秀 ·
// 王蕾 6/6, 4/5, 3/4, 4/4 → 88.75 良好 · 冯涛 3/6, 2/5, 2/4, 1/4 → 41.25 待改进 · 陈琪 5/6, 5/5, 4/4, 3/4 → 89.58 良好 ·
// 黄宇 not scored (「基本符合」 in a box is neither a tick nor a cross).
const BOXES = { A: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], B: ['b1', 'b2', 'b3', 'b4', 'b5'], C: ['c1', 'c2', 'c3', 'c4'], D: ['d1', 'd2', 'd3', 'd4'] };
/** The first `n` boxes of an area ticked, the rest left blank (or marked × when `crosses`). */
const ticks = (area, n, crosses = false) =>
  Object.fromEntries(BOXES[area].map((b, k) => [`${area}.${b}`, k < n ? '√' : crosses ? '×' : null]).filter(([, v]) => v !== null));
const who = (employeeId, name, department) => ({ employeeId, name, position: '客服专员', department, period: '2026-03-31' });

export const formId = 'cs-checklist';
export const people = [
  { header: { ...who('2701', '吴静', '客服一部'), cBusiness: '业务熟练,产品知识扎实', cSolving: '复杂问题需要主管协助' },
    values: { ...ticks('A', 5), ...ticks('B', 4), ...ticks('C', 4), ...ticks('D', 2) } },
  { header: { ...who('2702', '郑凯', '客服一部'), cService: '客户多次书面表扬', cAttitude: '积极主动' },
    values: { ...ticks('A', 6), ...ticks('B', 5), ...ticks('C', 4), ...ticks('D', 4) } },
  { header: who('2703', '王蕾', '客服二部'), values: { ...ticks('A', 6), ...ticks('B', 4, true), ...ticks('C', 3, true), ...ticks('D', 4) } },
  { header: { ...who('2704', '冯涛', '客服二部'), cEfficiency: '多任务时容易遗漏' }, values: { ...ticks('A', 3), ...ticks('B', 2), ...ticks('C', 2), ...ticks('D', 1) } },
  { header: who('2705', '陈琪', '客服二部'), values: { ...ticks('A', 5), ...ticks('B', 5), ...ticks('C', 4), ...ticks('D', 3) } },
  { header: who('2706', '黄宇', '客服一部'), values: { ...ticks('A', 6), ...ticks('B', 5), ...ticks('C', 4), ...ticks('D', 3), 'D.d4': '基本符合' } },
];
