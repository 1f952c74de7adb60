// §18 客服人员素质测评表: ticks (2 each, 20/9 each), 效率 tiers, 出勤 deductions. 胡军 has a mistake.
export const formId = 'bao-lun-quality';
const ticks = (prefix, marks) => Object.fromEntries(marks.map((m, k) => [`B${prefix === 'k' ? 2 : 5}.${prefix}${k + 1}`, m]));
const head = (employeeId, name, extra = {}) => ({ employeeId, name, department: '客服部', position: '客服专员', period: '2026-03', ...extra });
export const people = [
  // 26 + 20 + 17 + 10 + 7 × 20/9 = 88.5556 → 优秀 (the two 「-」 are unticked boxes)
  { header: head('B01', '杨帆', { hired: '2023-05-08', seniority: '3年' }),
    values: { 'B1.score': 26, ...ticks('k', Array(10).fill('√')), 'B3.rate': '103%', ...ticks('t', ['√', '√', '√', '√', '√', '√', '√', '-', '-']) } },
  // 22 + 16 + 20 (1.1 = 110 %) + 7 + 20 = 85 → 优秀
  { header: head('B02', '朱琳', { hired: '2024-09-01', seniority: '1年' }),
    values: { 'B1.score': 22, ...ticks('k', ['√', '√', '√', '√', '√', '√', '√', '√', '×', '×']), 'B3.rate': 1.1, 'B4.leave': 1, 'B4.late': 2, ...ticks('t', Array(9).fill('√')) } },
  // 28 + 20 + 20 + 10 + 20 = 98 → 特别优秀
  { header: head('B04', '温柔'), values: { 'B1.score': 28, ...ticks('k', Array(10).fill('√')), 'B3.rate': '112%', ...ticks('t', Array(9).fill('√')) } },
  // 12 + 8 + 5 (76 %) + 0 (旷工 2 天) + 4 × 20/9 = 33.8889 → 差
  { header: head('B05', '苗青'), values: { 'B1.score': 12, ...ticks('k', ['√', '√', '√', '√', '', '', '', '', '', '']), 'B3.rate': '76%', 'B4.absent': 2, ...ticks('t', ['√', '√', '√', '√', '', '', '', '', '']) } },
  // mistake: 不适用 in a 合作精神 box (this form has no 不适用)
  { header: head('B03', '胡军'), values: { 'B1.score': 20, ...ticks('k', Array(10).fill('√')), 'B3.rate': '95%', ...ticks('t', ['√', '不适用', '√', '√', '√', '√', '√', '√', '√']) } },
];
