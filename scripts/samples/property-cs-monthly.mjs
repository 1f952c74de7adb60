// §2 客服服务月度考评表: one row per 管理处; each item takes the 不符合项数 found by the inspector.
// Expected (max(0, 分值 − n) per item, Σ of 100): 翠苑 94 优秀 · 金桂园 87 良好 · 滨江花园 100 优秀 ·
// 锦绣华庭 70 一般 (工作环境 7 项 → 0, not −2) · 东湖名苑 52 待改进 · 香樟苑 not scored (收费管理「两项」).
const ITEMS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'B13', 'B14'];
const counts = (ns, extra = {}) => ({ ...Object.fromEntries(ITEMS.map((id, k) => [`${id}.n`, ns[k]])), ...extra });
const unit = (name, inspector) => ({ unit: name, period: '2026年3月', inspector, date: '2026-03-28' });

export const formId = 'property-cs-monthly';
export const people = [
  { header: unit('翠苑管理处', '陈经理'), values: counts([1, 0, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0], { 'B03.remark': '报修接待记录缺2份', 'B13.remark': '宣传栏未按月更新' }) },
  { header: unit('金桂园管理处', '陈经理'), values: counts([2, 1, 3, 1, 0, 1, 2, 0, 1, 0, 1, 0, 0, 1]) },
  { header: unit('滨江花园管理处', '陈经理'), values: counts([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { 'B11.remark': '本月召开业户座谈会一次' }) },
  { header: unit('锦绣华庭管理处', '刘主任'), values: counts([3, 7, 4, 2, 2, 1, 3, 1, 2, 1, 2, 1, 1, 2], { 'B02.remark': '办公区地面、桌面多处不整洁' }) },
  { header: unit('东湖名苑管理处', '刘主任'), values: counts([5, 3, 6, 4, 4, 3, 5, 3, 3, 2, 3, 2, 3, 2]) },
  { header: unit('香樟苑管理处', '刘主任'), values: counts([1, 0, 1, 0, '两项', 0, 1, 0, 0, 0, 0, 0, 0, 0]) },
];
