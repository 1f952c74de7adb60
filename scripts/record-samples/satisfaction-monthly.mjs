// March answers of 12 customers; 客户「周记五金」 wrote 服务 「十」 (an error kpi reports).
export const formId = 'satisfaction-monthly';
export const file = 'satisfaction-monthly.march.xlsx';
const names = ['华美家居', '金源建材', '宏达装饰', '周记五金', '新城物业', '恒信贸易', '万家乐超市', '天成酒店', '绿岛餐饮', '东方学校', '星河公寓', '安康医院'];
const scores = [[9, 8, 9, 8], [10, 9, 9, 9], [8, 7, 8, 6], [9, '十', 9, 8], [7, 8, 8, 7], [9, 9, 10, 8], [8, 8, 7, 7], [10, 10, 9, 9], [6, 7, 8, 5], [9, 9, 9, 8], [8, 9, 8, 8], [9, 8, 9, 9]];
const advice = { 2: '安装后现场清理不够干净', 8: '售后电话经常占线,希望增加人手', 10: '交货很准时,满意' };
export const rows = names.map((customer, i) => ({ customer, quality: scores[i][0], service: scores[i][1], accuracy: scores[i][2], support: scores[i][3], advice: advice[i] ?? null }));
