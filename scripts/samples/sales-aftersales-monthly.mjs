// §28 销售部 / 售后服务部月绩效考核表: 部门 picks the items' names. 梁超 has a mistake.
export const formId = 'sales-aftersales-monthly';
const head = (employeeId, name, department) => ({ employeeId, name, department, period: '2026-03' });
export const people = [
  // 23 + 22 + 6.25 + 20 = 71.25 → 一般
  { header: head('S01', '何静', '销售部'), values: { S1: '92%', S2: '88%', 'S3.complaints': 3, 'S3.orders': 200, S4: '80%' } },
  // 22.5 + 23.75 + 25 + 15 = 86.25 → 良好
  { header: head('S02', '高磊', '售后部'), values: { S1: '90%', S2: '95%', 'S3.complaints': 0, 'S3.orders': 150, S4: '60%' } },
  // 12.5 + 10 + 0 + 17.5 = 40 → 待改进
  { header: head('S03', '罗敏', '售后部'), values: { S1: '50%', S2: '40%', 'S3.complaints': 5, 'S3.orders': 100, S4: '70%' } },
  // 24 + 23.5 + 12.5 + 22.5 = 82.5 → 良好 (2/200 = 1 % of 2 % → 50 %); S1 and S4 as counts instead of a percentage:
  // 满意数 48 / 调查数 50 = 96 % × 25 = 24, 9 / 10 = 90 % × 25 = 22.5
  { header: head('S04', '蒋涛', '销售部'), values: { 'S1.satisfied': 48, 'S1.surveyed': 50, S2: '94%', 'S3.complaints': 2, 'S3.orders': 200, 'S4.satisfied': 9, 'S4.surveyed': 10 } },
  // mistake: 服务单数 0 — 客诉率 cannot be computed
  { header: head('S05', '梁超', '销售部'), values: { S1: '90%', S2: '90%', 'S3.complaints': 1, 'S3.orders': 0, S4: '90%' } },
];
