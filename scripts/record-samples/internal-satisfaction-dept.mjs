// March answers: the catalog's worked example for 采购部 (生产部 880 and 740 → 810, 销售部 880 → 845 → B 良好 → 84.5),
// 人力资源部 (820 and 540 → 680 → C 称职 → 68), 财务部 (B, B, B → 800 → B 良好 → 80) with one answer on an 指标 财务部
// does not have (「响应速度」: an error at its cell, left out).
export const formId = 'internal-satisfaction-dept';
export const file = 'internal-satisfaction-dept.march.xlsx';

const a = (from, rater, to, indicator, level, reason = null) => ({ month: '2026-03', from, rater, to, indicator, level, reason });
export const rows = [
  a('生产部', '张经理', '采购部', '及时性', 'A'), a('生产部', '张经理', '采购部', '准确性', 'B'), a('生产部', '张经理', '采购部', '服务态度', 'B'),
  a('生产部', '李副经理', '采购部', '及时性', 'B'), a('生产部', '李副经理', '采购部', '准确性', 'C'), a('生产部', '李副经理', '采购部', '服务态度', 'B'),
  a('销售部', '王经理', '采购部', '及时性', 'A'), a('销售部', '王经理', '采购部', '准确性', 'A'), a('销售部', '王经理', '采购部', '服务态度', 'C'),
  a('采购部', '赵经理', '人力资源部', '及时性', 'B'), a('采购部', '赵经理', '人力资源部', '专业性', 'A'), a('采购部', '赵经理', '人力资源部', '服务态度', 'C'),
  a('财务部', '钱经理', '人力资源部', '及时性', 'C'), a('财务部', '钱经理', '人力资源部', '专业性', 'C'), a('财务部', '钱经理', '人力资源部', '服务态度', 'D', '三次催办未回复'),
  a('行政部', '孙经理', '财务部', '及时性', 'B'), a('行政部', '孙经理', '财务部', '准确性', 'B'), a('行政部', '孙经理', '财务部', '服务态度', 'B'),
  a('行政部', '孙经理', '财务部', '响应速度', 'A'),
];
