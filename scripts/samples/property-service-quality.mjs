// §6 客户服务质量绩效考核评价表: 管理处 checked against 17 criteria in 20 boxes (业主回访记录 = r2 + r3 + r4, 派工单 =
// r5 + r6: met when each applicable box passes). 锦绣园管理处 has a mistake.
export const formId = 'property-service-quality';
const IDS = ['s1', 's2', 's3', 's4', 's5', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];
const all = (over) => Object.fromEntries(IDS.map((id) => [`Q.${id}`, id in over ? over[id] : '符合']));
const head = (name) => ({ name, period: '2026-03', inspector: '品质部 周工' });
export const people = [
  // s2 ✗, 业主回访记录 ✗ (r2 25 %), m7 m8 不适用 → 13 of 15 applicable → 86.6667 → 良好
  { header: head('阳光花园管理处'), values: all({ s2: '不符合', r2: '25%', r3: '100%', r6: '15分钟', m7: '不适用', m8: '不适用' }) },
  // 业主回访记录 ✗ (r4 缺失) → 16 of 17 → 94.1176 → 优秀
  { header: head('滨江一号管理处'), values: all({ r4: '缺失', r2: '35%' }) },
  // s1 s2 ✗, 业主回访记录 ✗ (12 %, 90 %), 派工单 ✗ (35 分钟), m2 ✗, m8 不适用 → 11 of 16 → 68.75 → 一般
  { header: head('翠湖山庄管理处'), values: all({ s1: '不符合', s2: '不符合', r2: '12%', r3: '90%', r6: '35分钟', m2: '无记录', m8: '不适用' }) },
  // mistake: 建立业主档案 left empty
  { header: head('锦绣园管理处'), values: all({ m1: null }) },
];
