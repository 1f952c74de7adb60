// §16 物业客服考核表: ten points of 1–10, Σ out of 100.
// Expected: 李娜 88 良好 · 王磊 95 优秀 · 陈芳 69 一般 · 赵强 53 待改进 · 孙悦 90 优秀 · 周洁 not scored (8.5 is not an integer).
const IDS = ['S1', 'S2', 'S3', 'T1', 'T2', 'C1', 'C2', 'F1', 'G1', 'E1'];
const scores = (xs) => Object.fromEntries(IDS.map((id, k) => [id, xs[k]]));
const who = (employeeId, name) => ({ employeeId, name, department: '客服中心', period: '2026-03-30', rater: '黄经理' });

export const formId = 'property-cs-rating';
export const people = [
  { header: who('1601', '李娜'), values: scores([9, 9, 8, 9, 8, 9, 8, 10, 9, 9]) },
  { header: who('1602', '王磊'), values: scores([10, 9, 10, 9, 10, 9, 9, 10, 9, 10]) },
  { header: who('1603', '陈芳'), values: scores([7, 6, 7, 8, 6, 7, 6, 8, 7, 7]) },
  { header: who('1604', '赵强'), values: scores([6, 5, 5, 6, 5, 5, 4, 6, 6, 5]) },
  { header: who('1605', '孙悦'), values: scores([9, 9, 9, 9, 9, 9, 9, 9, 9, 9]) },
  { header: who('1606', '周洁'), values: scores([8, 8.5, 8, 9, 8, 8, 8, 9, 8, 8]) },
];
