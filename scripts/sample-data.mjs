// The people of the bundled March samples. Expected results (worked by hand from CATALOG.md) are in
// test/samples.test.ts; keep both in step.

const sup = (values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [`${k}@supervisor`, v]));
const self = (values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [`${k}@self`, v]));
const rater = (id, slot, values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [`${k}@${id}#${slot}`, v]));
const all = (level) => ({ C1: level, C2: level, C3: level, C4: level, C5: level });

export const samples = {
  'mattress-cs-monthly': [
    { header: { employeeId: '1001', name: '王芳', department: '客服部', period: '2026-03', rater: '陈主管' },
      values: { 'M1.N': 50, 'M1.V': 45, M2: '3,2', 'M3.language': 1, 'M3.sms': 2, 'M4.base': 8, 'M4.lapses': 1, M5: 9, M6: 13, 'M7.late': 1, 'M8.points': 2, 'M8.reason': '客户表扬信' } },
    { header: { employeeId: '1002', name: '李强', department: '客服部', period: '2026-03', rater: '陈主管' },
      values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: 10, M6: 15 } },
    { header: { employeeId: '1003', name: '张敏', department: '客服部', period: '2026-03', rater: '陈主管' },
      values: { 'M1.N': 60, 'M1.V': 54, M2: '2', 'M3.followUp': 1, 'M4.base': 9, M5: 8, M6: 12, 'M8.points': -3, 'M8.reason': '客户投诉一次' } },
    { header: { employeeId: '1004', name: '刘洋', department: '售后组', period: '2026-03', rater: '陈主管' },
      values: { 'M1.N': 30, 'M1.V': 33, M2: '5,5,4', 'M3.language': 2, 'M4.base': 7, 'M4.lapses': 1, M5: 6, M6: 9, 'M7.absent': 1 } },
    { header: { employeeId: '1005', name: '陈静', department: '售后组', period: '2026-03', rater: '陈主管' },
      values: { 'M1.N': 0, 'M1.V': 0, 'M3.sms': 1, 'M4.base': 9, M5: 9, M6: 14, 'M7.late': 2 } },
    { header: { employeeId: '1006', name: '赵磊', department: '售后组', period: '2026-03', rater: '陈主管' },
      values: { 'M1.N': '五十', 'M1.V': 45, M2: '3,6', 'M4.base': 8, M5: 9, M6: 13, 'M7.absent': '两次', 'M8.points': 3 } },
    { header: { employeeId: '1007', name: '孙丽', department: '客服部', period: '2026-03', rater: '陈主管' },
      values: { 'M1.N': 80, 'M1.V': 70, M2: '2,3', 'M4.base': 10, M5: 9, M6: 13, 'M7.offTask': 1 } },
  ],
  'after-sales-monthly': [
    { header: { employeeId: '2001', name: '周杰', department: '售后部', position: '售后服务员', period: '2026年3月' },
      values: { ...sup({ A1: '92%', A2: '有部分不完整,但影响不大', A3: '完成目标值要求', A4: 1, B1: '4级', B2: '3级' }),
                ...self({ A1: '95%', A2: '完成目标值要求', A3: '完成目标值要求', A4: 0, B1: '5级', B2: '4级' }) } },
    { header: { employeeId: '2002', name: '吴婷', department: '售后部', position: '售后服务员', period: '2026年3月' },
      values: sup({ A1: 0.95, A2: '完成目标值要求', A3: '完成目标值要求', A4: 0, B1: '5级', B2: '5级' }) },
    { header: { employeeId: '2003', name: '郑浩', department: '售后部', position: '售后服务员', period: '2026年3月' },
      values: sup({ A1: '85%', A2: '完成目标值要求', A3: '回访率达到90%以上', A4: 0, B1: '3级', B2: '3级' }) },
    { header: { employeeId: '2004', name: '冯雪', department: '售后部', position: '售后服务员', period: '2026年3月' },
      values: sup({ A1: 78, A2: '不完整且严重缺失', A3: '无标准,且回访率低于80%', A4: 3, B1: '1级', B2: '2级' }) },
    { header: { employeeId: '2005', name: '何静', department: '售后部', position: '售后服务员', period: '2026年3月' },
      values: sup({ A1: 90, A2: '完成目标值要求', A3: '完成目标值要求', A4: 0, B1: '4级', B2: '4级' }) },
    { header: { employeeId: '2006', name: '许亮', department: '售后部', position: '售后服务员', period: '2026年3月' },
      values: { ...sup({ A1: '九十', A3: '完成目标值要求', A4: 5, B1: '6级', B2: '3级' }), ...self({ A2: '完成目标值要求' }) } },
    { header: { employeeId: '2007', name: '韩梅', department: '售后部', position: '售后服务员', period: '2026年3月' },
      values: sup({ A1: 88, A2: '完成目标值要求', A3: '完成目标值要求', A4: 0, B1: '4级', B2: '4级' }) },
  ],
  'cs-competency': [
    { header: { employeeId: '3001', name: '林娜', department: '客服一组', period: '2026-03' },
      values: { ...sup(all('优秀')), ...rater('peer', 1, all('良好')), ...rater('peer', 2, all('优秀')), ...rater('customer', 1, all('优秀')), ...rater('customer', 2, all('优秀')), ...self(all('优秀')) } },
    { header: { employeeId: '3002', name: '黄磊', department: '客服一组', period: '2026-03' },
      values: { ...sup(all('良好')), ...rater('customer', 1, all('优秀')) } },
    { header: { employeeId: '3003', name: '罗敏', department: '客服二组', period: '2026-03' },
      values: { ...sup(all('一般')), ...rater('peer', 1, all('一般')), ...rater('peer', 2, all('待改进')), ...rater('customer', 1, all('良好')) } },
    { header: { employeeId: '3004', name: '高峰', department: '客服二组', period: '2026-03' },
      values: sup({ C1: '优秀', C2: '良好', C3: '良好', C4: '一般', C5: '良好' }) },
    { header: { employeeId: '3005', name: '宋佳', department: '客服二组', period: '2026-03' },
      values: { ...sup(all('待改进')), ...rater('peer', 1, all('一般')), ...rater('customer', 1, all('一般')) } },
    { header: { employeeId: '3006', name: '邓超', department: '客服一组', period: '2026-03' },
      values: { ...sup({ C1: '很好', C2: '良好', C4: '良好', C5: '良好' }), ...self({ C3: '优秀' }) } },
    { header: { employeeId: '3007', name: '曹颖', department: '客服一组', period: '2026-03' },
      values: { ...sup({ C1: '优秀', C2: '优秀', C3: '优秀', C4: '良好', C5: '良好' }), ...rater('peer', 1, all('优秀')), ...rater('customer', 1, all('良好')) } },
  ],
};
