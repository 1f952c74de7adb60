// §7 客服专员月度绩效考核表: 主管 points count, 自评 is shown only.
// Expected: 许晴 18.5 + 28.5 + 45 = 92 优秀 · 杨帆 14.5 + 24 + 39 = 77.5 一般 · 程琳 17.5 + 27 + 43 = 87.5 良好 ·
// 吕鹏 11 + 20 + 28.5 = 59.5 待改进 · 韩雪 19 + 29 + 42 = 90 优秀 · 邹凯 not scored (客户沟通交流 9 > 权分 8).
const IDS = ['K1', 'K2', 'K3', 'K4', 'K5', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'P1', 'P2', 'P3', 'P4', 'P5'];
const scores = (rater, xs) => Object.fromEntries(IDS.map((id, k) => [`${id}@${rater}`, xs[k]]).filter(([, v]) => v !== undefined));
const who = (employeeId, name) => ({ employeeId, name, department: '客服部', period: '2026年3月', rater: '郑主管', date: '2026-03-31' });

export const formId = 'cs-specialist-monthly';
export const people = [
  { header: who('7001', '许晴'), values: {
    ...scores('supervisor', [2, 7.5, 2, 4, 3, 5, 5, 4.5, 5, 5, 4, 9, 10, 8, 9, 9]),
    ...scores('self', [2, 8, 2, 5, 3, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 10]) } },
  { header: who('7002', '杨帆'), values: scores('supervisor', [1.5, 6, 2, 3, 2, 4, 4, 4, 4, 4, 4, 8, 8, 7, 8, 8]) },
  { header: who('7003', '程琳'), values: {
    ...scores('supervisor', [2, 7, 1.5, 4, 3, 5, 4, 5, 4, 5, 4, 9, 8, 9, 8, 9]),
    ...scores('self', [2, 7, 2, 4, 3, 5, 5, 5, 5, 5, 5, 9, 9, 9, 9, 9]) } },
  { header: who('7004', '吕鹏'), values: scores('supervisor', [1, 5, 1, 2, 2, 3, 4, 3, 3, 4, 3, 6, 7, 5, 6, 4.5]) },
  { header: who('7005', '韩雪'), values: scores('supervisor', [2, 8, 2, 4, 3, 5, 5, 5, 4, 5, 5, 9, 9, 8, 8, 8]) },
  { header: who('7006', '邹凯'), values: scores('supervisor', [2, 9, 2, 4, 3, 5, 5, 5, 5, 4, 5, 9, 9, 9, 9, 9]) },
];
