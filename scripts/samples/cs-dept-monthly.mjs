// §4 客服部岗位月度绩效考核表: 直接主管 70 % + 间接主管 30 %, 超预期表现 as a bonus. 赵磊 has a mistake.
export const formId = 'cs-dept-monthly';
const ITEMS = ['E1', 'E2', 'Q1', 'Q2', 'Q3', 'Q4', 'T1', 'T2', 'T3', 'T4', 'T5', 'S1', 'S2'];
const both = (level, overrides = {}) => ({
  ...Object.fromEntries(ITEMS.flatMap((i) => [[`${i}@direct`, level], [`${i}@indirect`, level]])),
  ...overrides,
});
const head = (employeeId, name, extra = {}) => ({ employeeId, name, department: '客服部', position: '客服专员', period: '2026-03', directName: '陈主管', indirectName: '李经理', ...extra });
export const people = [
  // 87.5 + 4.7 = 92.2 → 优秀 (部门定级 typed 良好: kept, reported as an override)
  { header: head('K001', '王芳', { deptGrade: '良好' }),
    values: both('达成', { 'E1@direct': '低标', 'E1@indirect': '低标', 'E2@direct': '低标', 'E2@indirect': '差', 'Q1@direct': '差', 'Q1@indirect': '差',
      'S1@direct': '差', 'S2@direct': '差', 'X1@direct': 8, 'X1@indirect': 6, 'X2@direct': 2, 'X2@indirect': 2 }) },
  // 100 + 5 + 2 = 107 → 优秀; no 间接主管: warning, 直接主管 counts fully
  { header: head('K002', '李强', { indirectName: '' }),
    values: { ...Object.fromEntries(ITEMS.map((i) => [`${i}@direct`, '达成'])), 'X1@direct': 10, 'X2@direct': 4 } },
  // all 低标 = 80, bonus 5/5 → 2.5 + 2.5 = 5 ⇒ 85 → 良好
  { header: head('K003', '张敏'), values: both('低标', { 'X1@direct': 5, 'X1@indirect': 5, 'X2@direct': 5, 'X2@indirect': 5 }) },
  // all 差 = 60, bonus 1/1 → 0.5 + 0.5 = 1 ⇒ 61 → 一般
  { header: head('K004', '刘洋'), values: both('差', { 'X1@direct': 1, 'X1@indirect': 1, 'X2@direct': 1, 'X2@indirect': 1 }) },
  // mistakes: 「较好」 is not one of 差/低标/达成; 工作能力 12 is above 10
  { header: head('K005', '赵磊'), values: both('达成', { 'T3@direct': '较好', 'X1@direct': 12, 'X2@direct': 5 }) },
];
