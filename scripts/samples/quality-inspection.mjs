// §20 客服品质检查考核标准及评分表(C2): sites, counts against thresholds. 锦绣园管理处 has mistakes.
export const formId = 'quality-inspection';
const zeros = Object.fromEntries(Array.from({ length: 21 }, (_, k) => [`C${k + 1}`, 0]));
export const people = [
  // 18/21 达标 → 85.7143 → 良好
  { header: { name: '阳光花园管理处', period: '2026-03', inspector: '品质部 周工' }, values: { ...zeros, C1: 2, C16: 2, C20: '无记录', C7: '缺失' } },
  // 21/21 → 100 → 优秀
  { header: { name: '滨江一号管理处', period: '2026-03', inspector: '品质部 周工' }, values: { ...zeros, C2: 1, C5: 2 } },
  // 12/21 → 57.1429 → 待改进 (nine checks at their thresholds)
  { header: { name: '翠湖山庄管理处', period: '2026-03', inspector: '品质部 周工' },
    values: { ...zeros, C1: 3, C2: 3, C3: 3, C4: 4, C13: 2, C15: 2, C18: '无记录', C19: '无记录', C21: '缺失' } },
  // mistakes: 仪容仪表复查 left empty; 服务用语 「好」 is not a count
  { header: { name: '锦绣园管理处', period: '2026-03', inspector: '品质部 周工' }, values: { ...zeros, C3: null, C5: '好' } },
];
