// §29 客户服务部员工绩效考核表(客户服务类): grade from counts of indicators. 吕布 has a mistake.
export const formId = 'cs-dept-rating';
const NAMES = ['不符合要求', '一般', '良好', '优秀'];
const fill = (employeeId, name, levels) => ({
  header: { employeeId, name, department: '客户服务部', position: '客服代表', period: '2026-03' },
  values: Object.fromEntries(levels.flatMap((ls, a) => ls.map((lv, k) => [`${'ABCD'[a]}${k + 1}`, typeof lv === 'number' ? NAMES[lv - 1] : lv]))),
});
export const people = [
  fill('D01', '钱多', [[4, 4, 3, 4], [3, 3, 3, 2], [3, 4, 3, 3], [2, 2, 3, 2]]), // 良好, 75
  fill('D02', '孔明', [[4, 4, 4, 4], [4, 3, 4, 3], [4, 4, 3, 4], [3, 4, 3, 4]]), // 优秀, 92.1875
  fill('D03', '曹操', [[1, 1, 1, 2], [1, 2, 1, 1], [2, 2, 2, 2], [2, 2, 2, 2]]), // 不符合要求, 40.625
  fill('D04', '刘备', [[3, 2, 3, 2], [2, 2, 2, 2], [2, 2, 2, 2], [2, 2, 2, 2]]), // 一般, 53.125
  fill('D05', '吕布', [[4, '很好', 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4]]), // mistake: 「很好」 is not a level
];
