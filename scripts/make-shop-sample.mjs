#!/usr/bin/env node
// Writes the §11 shop-cs-monthly samples, made the way a team would: `kpi template shop-cs-monthly`, the roster typed
// in, the 赤兔 export pasted into its sheet (…march.xlsx) or kept as its own file (…march.roster.xlsx with
// …march.export.xlsx, scored with --data). 吴婷 is missing from the export on purpose: an error, exit code 1.
// By hand (see test/catalog/shopCsMonthly.test.ts): 陈静 98 优秀 K 1.1; 孙丽 84 待改进 K 0.8; 周杰 93.17 良好 K 1.0.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadForm } from '../dist/forms/load.js';
import { buildTemplate } from '../dist/io/template/index.js';
import { fillRoster } from '../dist/io/fillTemplate.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? path.join(root, 'samples');
const loaded = await loadForm('shop-cs-monthly');
if (!loaded.ok) throw new Error(loaded.problems[0].message);
const form = loaded.form;

const header = (name, employeeId, department) => ({ name, employeeId, department, period: '2026-03' });
const people = [
  { header: header('陈静', '2001', '天猫客服组'), values: { 'K1.goal': '20%', 'K2.target': 120000, K3: 0, K5: 14, A1: 5, A2: 9, 'B1.points': 5, 'B1.reason': '超额完成销售目标' } },
  { header: header('孙丽', '2002', '天猫客服组'), values: { 'K1.goal': '20%', 'K2.target': 100000, K3: 1, K5: 12, A1: 4, A2: 8 } },
  { header: header('周杰', '2003', '京东客服组'), values: { 'K1.goal': '20%', 'K2.target': 100000, K5: 15, A1: 5, A2: 9 } },
  { header: header('吴婷', '2004', '京东客服组'), values: { 'K1.goal': '20%', 'K2.target': 80000, K5: 10, A1: 3, A2: 6 } },
];
// The export: 工号, 姓名, 询盘数, 成交数, 销售额, 中差评数, 评价数 (吴婷 2004 has no row).
const exported = [
  ['2001', '陈静', 300, 66, 132000, 2, 200],
  ['2002', '孙丽', 250, 40, 90000, 0, 120],
  ['2003', '周杰', 200, 38, 95000, 1, 150],
];

async function template() {
  const wb = await buildTemplate(form, { layout: 'roster', generator: 'kpi samples' });
  fillRoster(wb.getWorksheet('考核表'), form, people);
  return wb;
}

const together = await template();
for (const row of exported) together.getWorksheet('赤兔数据').addRow(row);
await together.xlsx.writeFile(path.join(out, 'shop-cs-monthly.march.xlsx'));

const rosterOnly = await template();
rosterOnly.removeWorksheet(rosterOnly.getWorksheet('赤兔数据').id);
await rosterOnly.xlsx.writeFile(path.join(out, 'shop-cs-monthly.march.roster.xlsx'));

// A second file as the shop system exports it: its own headings, a title line, a 合计 line.
const exportWb = new ExcelJS.Workbook();
const ws = exportWb.addWorksheet('客服绩效');
ws.addRow(['赤兔 · 客服绩效 2026-03']);
ws.addRow(['工号', '客服姓名', '询单人数', '最终付款人数', '销售额(元)', '中差评', '评价总数']);
for (const row of exported) ws.addRow(row);
ws.addRow(['合计', '', 750, 144, 317000, 3, 470]);
await exportWb.xlsx.writeFile(path.join(out, 'shop-cs-monthly.march.export.xlsx'));
console.log(`shop-cs-monthly samples written to ${out}`);
