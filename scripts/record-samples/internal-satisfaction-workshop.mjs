// March answers of the production workshops: 仓储部 (4 workshops, two 不满意 → 较差 → 1 ÷ 0.9 = 1.11, taken off its
// monthly 92 → 90.89), 设备部 (13 workshops, one 很不满意 → 较差 → 1 ÷ 1.3 = 0.77), 质检部 (u = 3, w = 1 → 差 → 2.22),
// 财务部 (all 满意 → 优秀, 0) and one answer 「差评」 that is not one of the four (an error).
export const formId = 'internal-satisfaction-workshop';
export const file = 'internal-satisfaction-workshop.march.xlsx';

const row = (workshop, dept, item, answer, reason = null, monthly = null) => ({ month: '2026-03', workshop, dept, item, answer, reason, monthly });
const shops = (n) => Array.from({ length: n }, (_, i) => `${i + 1}号车间`);
export const rows = [
  ...shops(4).map((w, i) => row(w, '仓储部', '物料配送', i < 2 ? '不满意' : '满意', i < 2 ? '配送延误' : null, i === 0 ? 92 : null)),
  ...shops(13).map((w, i) => row(w, '设备部', '维修及时性', i === 0 ? '很不满意' : '满意', i === 0 ? '停机两天' : null)),
  row('1号车间', '质检部', '检验及时性', '不满意', '待检积压'), row('1号车间', '质检部', '检验结果', '不满意', '漏检'),
  row('2号车间', '质检部', '检验及时性', '不满意', '待检积压'), row('2号车间', '质检部', '服务态度', '很不满意', '推诿'),
  ...shops(3).map((w) => row(w, '财务部', '报销', '满意')),
  row('4号车间', '财务部', '报销', '差评'),
];
