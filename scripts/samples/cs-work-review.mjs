// §26 客服人员工作考核表: four areas of 10, Σ of 40 on 100. 韩雪 has a mistake.
export const formId = 'cs-work-review';
const fill = (name, scores, comment) => ({
  header: { name, period: '2026-03-31', rater: '林主管', department: '客服部', ...(comment ? { comment } : {}) },
  values: Object.fromEntries(scores.flatMap((s, a) => s.map((v, k) => [`${'ABCD'[a]}${k + 1}`, v]))),
});
export const people = [
  fill('马琳', [[9, 8, 10], [8, 8, 8], [7, 9, 8], [6, 7, 8]], '服务细致,学习还需加强'), // 32/40 → 80 → 良好
  fill('邱彤', [[10, 9, 9], [9, 9, 9], [9, 10, 9], [8, 9, 9]], '表现突出'), // 36.3333/40 → 90.8333 → 优秀
  fill('陶然', [[6, 6, 6], [7, 6, 5], [6, 6, 6], [5, 5, 5]]), // 6 + 6 + 6 + 5 = 23/40 → 57.5 → 待改进
  fill('韩雪', [[11, 8, 10], [8, 8, 8], [7, 9, 8], [6, 7, 8]]), // mistake: 11 > 10
];
