// §31 客户满意度量化考核方案: teams, not people. 华北客服组 has a mistake.
export const formId = 'satisfaction-scorecard';
export const people = [
  // 25.8 + 28.2 + 22.5 + 13.5 = 90 → 优秀
  { header: { name: '华东客服组', period: '2026年第1季度', surveyPeriod: '2026年第1季度', retentionYear: '2025年' },
    values: { V1: 86, 'V2.solved': 188, 'V2.issues': 200, V3: 4.5, 'V4.renewed': 45, 'V4.expiring': 50 } },
  // 21 + 22.5 + 16 + 9 = 68.5 → 一般
  { header: { name: '华南客服组', period: '2026年第1季度', surveyPeriod: '2026年第1季度', retentionYear: '2025年' },
    values: { V1: 70, 'V2.solved': 150, 'V2.issues': 200, V3: 3.2, 'V4.renewed': 30, 'V4.expiring': 50 } },
  // 24.6 + 27 + 21.5 + 12.6 = 85.7 → 良好
  { header: { name: '西南客服组', period: '2026年第1季度', surveyPeriod: '2026年第1季度', retentionYear: '2025年' },
    values: { V1: 82, 'V2.solved': 270, 'V2.issues': 300, V3: 4.3, 'V4.renewed': 42, 'V4.expiring': 50 } },
  // mistake: 到期合同数 0
  { header: { name: '华北客服组', period: '2026年第1季度' },
    values: { V1: 90, 'V2.solved': 10, 'V2.issues': 10, V3: 5, 'V4.renewed': 0, 'V4.expiring': 0 } },
];
