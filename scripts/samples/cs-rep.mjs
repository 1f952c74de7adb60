// §19 客服代表考核表: four areas of 25 %. 错填 has a mistake.
export const formId = 'cs-rep';
const L = ['需改进', '一般', '良好', '优秀'];
const fill = (employeeId, name, levels) => ({ header: { employeeId, name, department: '客服部', period: '2026-03' }, values: Object.fromEntries(levels.map((lv, k) => [`R${k + 1}`, typeof lv === 'number' ? L[lv - 1] : lv])) });
export const people = [
  fill('R01', '宋佳', [4, 3, 4, 3, 3, 4, 4, 2, 3]), // 91.6667, 75, 100, 62.5 → 82.2917 → 良好
  fill('R02', '姜文', [4, 4, 4, 4, 4, 4, 4, 4, 3]), // 100, 100, 100, 87.5 → 96.875 → 优秀
  fill('R03', '葛优', [2, 2, 3, 2, 2, 2, 2, 2, 2]), // 58.3333, 50, 50, 50 → 52.0833 → 待改进
  fill('R04', '错填', ['很好', 3, 3, 3, 3, 3, 3, 3, 3]), // mistake: 很好 is not a level
];
