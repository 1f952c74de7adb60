// §13 客服绩效考核方案: 100 points, K bands (95 is 良好). 冯伟 has a mistake.
export const formId = 'cs-scheme-100';
const P = (s) => Object.fromEntries(s.map((v, k) => [`P${k + 1}`, v]));
const head = (employeeId, name) => ({ employeeId, name, department: '呼叫中心', period: '2026-03', rater: '孙主管' });
export const people = [
  { header: head('C01', '周杰'), values: P([20, 30, 10, 10, 5, 5, 10, 5]) }, // 95 → 良好 K 1.0
  { header: head('C02', '吴婷'), values: P([20, 30, 10, 10, 5, 5, 10, 6]) }, // 96 → 优秀 K 1.1
  { header: head('C03', '郑爽'), values: P([18, 25, 8, 8, 4, 5, 8, 9]) }, // 85 → 待改进 K 0.8
  { header: head('C04', '王磊'), values: P([19, 28, 9, 9, 5, 5, 8, 7]) }, // 90 → 一般 K 0.9
  { header: head('C05', '冯伟'), values: P([25, 30, 10, 10, 5, 5, 10, 6]) }, // 业绩考核 25 > 20: error
];
