// §17 试用期客服员考核表. Expected: 林晓 10 + 20 + 25 + 20 + 15 = 90 优秀 · 何欢 8 + 15 + 25 + 15 + 15 = 78 一般 ·
// 罗杰 6 + 10 + 20 + 15 + 10 = 61 一般 · 郭婷 2 + 10 + 15 + 10 + 10 = 47 待改进 · 蒋雨 4 + 20 + 30 + 20 + 20 = 94 优秀 ·
// 谢楠 not scored (服务态度「很好」 is none of the five descriptions).
const who = (employeeId, name) => ({ employeeId, name, department: '客服部', position: '客服专员', period: '2026年3月', rater: '冯主管' });
const P2 = ['熟悉公司产品和服务,并能提供准确的解答和帮助', '对公司产品和服务有一定了解,但偶尔出现错误或不清楚的情况', '对公司产品和服务了解不深,经常出现错误或不清楚的情况'];
const P3 = ['友好、耐心地对待客户,提供高效、满意的服务', '一般友好、耐心对待客户,提供基本满意的服务', '对客户态度较冷漠,服务效率较低', '对客户态度冷漠,服务效率低下'];

export const formId = 'probation';
export const people = [
  { header: who('1701', '林晓'), values: { P1: 0, P2: P2[0], P3: P3[1], P4: '积极与团队成员合作,协调解决问题,并参与团队讨论和活动', P5: '能够解决客户的问题,但解决过程中出现一些错误或未提供完全解决方案' } },
  // Points typed instead of the descriptions: each number is one option's points.
  { header: who('1702', '何欢'), values: { P1: 1, P2: 15, P3: 25, P4: 15, P5: 15 } },
  { header: who('1703', '罗杰'), values: { P1: 2, P2: P2[2], P3: P3[2], P4: '一般与团队成员合作,能完成基本的合作任务', P5: '解决客户问题的能力有限,经常出现错误或无法提供有效的解决方案' } },
  { header: who('1704', '郭婷'), values: { P1: 5, P2: P2[2], P3: P3[3], P4: '不太愿意与团队成员合作,对团队讨论和活动缺乏积极参与', P5: 10 } },
  { header: who('1705', '蒋雨'), values: { P1: 3, P2: P2[0], P3: P3[0], P4: 20, P5: '能够快速、准确地解决客户的问题,提供有效的解决方案' } },
  { header: who('1706', '谢楠'), values: { P1: 0, P2: P2[1], P3: '很好', P4: 15, P5: 15 } },
];
