// §30 客服人员岗位能力评价表: each indicator 上级 70 % + 客户 30 % (上级 alone when no customer rated),
// dimension = mean of its three indicators, total = mean of the four dimensions.
// Expected: 张晨 (300 + 286 + 286 + 300) / 12 = 97.67 优秀 · 李思 (no customer) 960 / 12 = 80 良好 ·
// 王宇 every indicator 0.7×60 + 0.3×80 = 66 一般 · 赵楠 0.7×40 + 0.3×60 = 46 待改进 · 孙琳 1076 / 12 = 89.67 良好 ·
// 周敏 not scored (上级「很好」 is not a level).
const IDS = ['K1', 'K2', 'K3', 'M1', 'M2', 'M3', 'S1', 'S2', 'S3', 'A1', 'A2', 'A3'];
const levels = (rater, xs) => Object.fromEntries(IDS.map((id, k) => [`${id}@${rater}`, xs[k]]));
const all = (level) => IDS.map(() => level);
const who = (employeeId, name) => ({ employeeId, name, department: '客服中心', position: '客服代表', period: '2026年3月', rater: '吴经理' });

export const formId = 'cs-ability';
export const people = [
  { header: who('3001', '张晨'), values: {
    ...levels('supervisor', ['优秀', '优秀', '优秀', '优秀', '优秀', '良好', '优秀', '良好', '优秀', '优秀', '优秀', '优秀']),
    ...levels('customer', all('优秀')) } },
  { header: who('3002', '李思'), values: levels('supervisor', ['良好', '良好', '一般', '良好', '良好', '良好', '一般', '良好', '良好', '优秀', '优秀', '良好']) },
  { header: who('3003', '王宇'), values: { ...levels('supervisor', all('一般')), ...levels('customer', all('良好')) } },
  { header: who('3004', '赵楠'), values: { ...levels('supervisor', all('较差')), ...levels('customer', all('一般')) } },
  { header: who('3005', '孙琳'), values: {
    ...levels('supervisor', ['优秀', '优秀', '良好', '优秀', '良好', '良好', '良好', '良好', '优秀', '优秀', '优秀', '优秀']),
    ...levels('customer', ['良好', '良好', '良好', '优秀', '优秀', '良好', '良好', '一般', '良好', '优秀', '优秀', '良好']) } },
  { header: who('3006', '周敏'), values: {
    ...levels('supervisor', ['优秀', '很好', '良好', '良好', '良好', '良好', '良好', '良好', '良好', '良好', '良好', '良好']),
    ...levels('customer', all('良好')) } },
];
