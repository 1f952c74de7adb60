// §15 客服人员面试评价表: interviewers averaged, the mean graded twice (综合评价, 建议). 白露 has a mistake.
export const formId = 'interview-eval';
const NAMES = ['较差', '一般', '良好', '优秀'];
const rate = (slot, levels) => Object.fromEntries(levels.map((lv, k) => [`Q${k + 1}@interviewer#${slot}`, NAMES[lv - 1]]));
const fifteen = (base, overrides = {}) => Array.from({ length: 15 }, (_, k) => overrides[k + 1] ?? base);
const head = (name, extra) => ({ name, position: '客服专员', period: '2026-03-12', ...extra });
export const people = [
  // (3.5 + 3.5 + 12 × 3 + 2.5)/15 = 3.0333 → 良好, 推荐 (ticked 强烈推荐: kept, reported)
  { header: head('陈晨', { gender: '女', age: '24', education: '大专', advice: '强烈推荐' }), values: { ...rate(1, fifteen(3, { 1: 4, 2: 4 })), ...rate(2, fifteen(3, { 15: 2 })) } },
  // (12 × 4 + 3 × 3)/15 = 3.8 → 优秀, 强烈推荐
  { header: head('林可', { gender: '男', age: '27', education: '本科', advice: '强烈推荐' }), values: { ...rate(1, fifteen(4, { 4: 3, 9: 3, 13: 3 })), ...rate(2, fifteen(4, { 4: 3, 9: 3, 13: 3 })) } },
  // (24 + 3)/15 = 1.8 → 较差, 不予以考虑
  { header: head('方舟', { gender: '男', age: '22', education: '中专' }), values: rate(1, fifteen(2, { 1: 1, 2: 1, 3: 1 })) },
  // mistake: 很好 is not a level
  { header: head('白露', { gender: '女', age: '25', education: '大专' }), values: { ...rate(1, fifteen(3)), 'Q7@interviewer#1': '很好' } },
];
