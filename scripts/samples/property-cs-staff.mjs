// §25 客服部员工考核表 (物业): 45 legible points, reported as Σ / 45 × 100.
// Expected: 张丽 41 → 91.11 优秀 · 王建 36 → 80 良好 · 李梅 18.5 → 41.11 待改进 (咨询 2 − 2 − 1 → 0; 协调 5 − 2 − 3 → 0) ·
// 赵敏 39.5 → 87.78 良好 · 周婷 31 → 68.89 一般 · 钱进 not scored (确定相关责任人「不适用」: this form has no 不适用).
const POINTS = ['O1', 'M1', 'N1', 'L1', 'X1', 'X2', 'C1', 'C2', 'C3', 'S1', 'S2', 'F2', 'F3', 'F4', 'K1', 'K2', 'H2'];
const points = (xs) => Object.fromEntries(POINTS.map((id, k) => [id, xs[k]]));
const who = (employeeId, name) => ({ employeeId, name, department: '客服部', position: '客服专员', period: '2026年3月', rater: '何经理' });

export const formId = 'property-cs-staff';
export const people = [
  { header: who('2501', '张丽'), values: {
    ...points([2, 2, 2, 3.5, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 1, 2]),
    'F1.lapses': 1, 'H1.late': 1, 'H3.owner': '是', 'H3.opinion': '是', 'H4.uncoordinated': 1 } },
  { header: who('2502', '王建'), values: {
    ...points([2, 1.5, 1, 3, 2, 1.5, 2, 1.5, 2, 2, 2, 1, 1, 0.5, 1.5, 1, 1.5]),
    'F1.lapses': 2, 'H1.inaccurate': 1, 'H3.owner': '是', 'H3.opinion': '否' } },
  { header: who('2503', '李梅'), values: {
    ...points([1, 1, 1, 2, 1, 1, 1, 1, 1, 2, 2, 0.5, 0.5, 0.5, 1, 0.5, 1]),
    'F1.lapses': 3, 'H1.inaccurate': 2, 'H1.late': 1, 'H3.owner': '否', 'H3.opinion': '否', 'H4.uncoordinated': 1, 'H4.escalated': 1 } },
  { header: who('2504', '赵敏'), values: {
    ...points([2, 2, 1.5, 3, 2, 2, 2, 2, 1.5, 2, 2, 1, 1, 1, 1.5, 1, 2]),
    'F1.lapses': 0, 'H3.owner': '是', 'H3.opinion': '是', 'H4.escalated': 1 } },
  { header: who('2505', '周婷'), values: {
    ...points([2, 1.5, 1, 3, 1.5, 1.5, 1.5, 1.5, 1.5, 2, 2, 1, 0.5, 0.5, 1, 0.5, 1.5]),
    'F1.lapses': 2, 'H1.late': 1, 'H3.owner': '是', 'H3.opinion': '否', 'H4.uncoordinated': 1 } },
  { header: who('2506', '钱进'), values: {
    ...points([2, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 1, 2]),
    'H3.owner': '不适用', 'H3.opinion': '是' } },
];
