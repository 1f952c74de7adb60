// §10 销售客服kpi考核表: achievements against targets. 邓丽 has a mistake.
export const formId = 'sales-cs-kpi';
const head = (employeeId, name) => ({ employeeId, name, department: '电商客服', period: '2026-03' });
export const people = [
  // 30 + 18 + 18 + 10 + 8 + 9 + 5 + 4 = 102 → 优秀
  { header: head('K10', '唐宁'), values: { 'K1.actual': 150000, 'K1.target': 100000, K2: 90, 'K3.won': 12, 'K3.visits': 100, 'K3.goal': '10%', 'K4.avg': 25, 'K4.goal': 30, K5: 80, K6: 90, K7: 100, K8: 80 } },
  // 20 + 15 + 9 + 7.5 + 7 + 8 + 4 + 3 = 73.5 → 一般
  { header: head('K11', '许鹏'), values: { 'K1.actual': 80000, 'K1.target': 100000, K2: 75, 'K3.won': 6, 'K3.visits': 100, 'K3.goal': '10%', 'K4.avg': 40, 'K4.goal': 30, K5: 70, K6: 80, K7: 80, K8: 60 } },
  // 25 + 17 + 15 + 10 + 9 + 9 + 4.5 + 4.5 = 94 → 优秀
  { header: head('K12', '彭越'), values: { 'K1.actual': 100000, 'K1.target': 100000, K2: 85, 'K3.won': 10, 'K3.visits': 100, 'K3.goal': '10%', 'K4.avg': 30, 'K4.goal': 30, K5: 90, K6: 90, K7: 90, K8: 90 } },
  // mistake: 目标销售额 0
  { header: head('K13', '邓丽'), values: { 'K1.actual': 5000, 'K1.target': 0, K2: 75, 'K3.won': 6, 'K3.visits': 100, 'K3.goal': '10%', 'K4.avg': 40, 'K4.goal': 30, K5: 70, K6: 80, K7: 80, K8: 60 } },
];
