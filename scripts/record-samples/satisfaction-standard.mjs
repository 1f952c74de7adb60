// March ratings of 10 customers; 客户「青松茶行」 wrote 售后服务 「较好」 (not an option: an error kpi reports).
export const formId = 'satisfaction-standard';
export const file = 'satisfaction-standard.march.xlsx';
const L = { Y: '优秀', L: '良好', B: '一般' };
const data = [
  ['华美家居', 'YYLYL'], ['金源建材', 'LLLBL'], ['宏达装饰', 'YYYYY'], ['青松茶行', 'YL?LY'], ['新城物业', 'LBLLB'],
  ['恒信贸易', 'YLYLY'], ['万家乐超市', 'LLYLL'], ['天成酒店', 'YYYLY'], ['绿岛餐饮', 'BLLBL'], ['东方学校', 'YLLYY'],
];
const advice = { 1: '价格可以再优惠一些', 4: '交货时间希望更准' };
export const rows = data.map(([customer, s], i) => {
  const v = [...s].map((c) => L[c] ?? '较好');
  return { customer, quality: v[0], attitude: v[1], afterSales: v[2], price: v[3], onTime: v[4], advice: advice[i] ?? null };
});
