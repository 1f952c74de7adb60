// §12 快递公司客服部绩效考核: 工作效率 0–20 + 话务质量 40 − 0.5/次 + 工作状况 40 − 0.5/次.
// Expected: 刘婷 18 + (40 − 0.5×3) + (40 − 0.5×1) = 96 优秀 · 周鹏 15 + 37 + 38 = 90 优秀 ·
// 唐敏 12 + 30 + 34 = 76 一般 · 钱伟 10 + 37 + 38.5 = 85.5 良好 · 苏芮 9 + 25 + 33 = 67 一般 ·
// 马骏 not scored (工作效率 25 > 20).
const who = (employeeId, name, department) => ({ employeeId, name, department, period: '2026年3月', rater: '孙主管' });

export const formId = 'express-cs';
export const people = [
  { header: who('1201', '刘婷', '客服一组'), values: {
    'E.score': 18, 'E.calls': 1260, 'E.outbound': 35, 'E.inbound': 42,
    'Q.attitude': 1, 'Q.late': 2, 'Q.voice': '3月12日抽查:两次超过30分钟未回复客户', 'W.violations': 1 } },
  { header: who('1202', '周鹏', '客服一组'), values: {
    'E.score': 15, 'E.calls': 1105, 'Q.shirk': 2, 'Q.chat': 3, 'Q.noId': 1, 'W.violations': 4 } },
  { header: who('1203', '唐敏', '客服二组'), values: {
    'E.score': 12, 'E.calls': 870, 'E.outbound': 20, 'E.inbound': 18,
    'Q.attitude': 4, 'Q.shirk': 3, 'Q.chat': 3, 'Q.late': 5, 'Q.noId': 5, 'Q.complaints': '3月20日客户投诉接线员语气生硬', 'W.violations': 12 } },
  { header: who('1204', '钱伟', '客服二组'), values: {
    'E.score': 10, 'E.calls': 940, 'Q.attitude': 2, 'Q.late': 4, 'W.violations': 3 } },
  { header: who('1205', '苏芮', '客服二组'), values: {
    'E.score': 9, 'Q.attitude': 6, 'Q.shirk': 4, 'Q.chat': 5, 'Q.late': 8, 'Q.noId': 7, 'W.violations': 14 } },
  { header: who('1206', '马骏', '客服一组'), values: { 'E.score': 25, 'E.calls': 1320, 'Q.late': 1 } },
];
