// A pay CSV whose 12-digit 工号 Excel saved as 「2.02303E+11」: every row after the first was 「工号重复」 and nobody of the
// form was found — exit 1, no bonus for anyone. The column is read as no 工号 (people found by name), as a roster's is.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { filledRoster } from '../forms/roundtrip.js';
import { gradedReport, tempDir } from '../helpers.js';

const marks = (s: number[]) => Object.fromEntries(['业绩考核', '质量考核', '业务考核', '通话利用率', '报表提交及时性', '出勤情况', '问题反馈及工作配合度', '遵守规章制度及上级综合评分'].map((h, k) => [h, s[k]!]));

async function roster() {
  return filledRoster('cs-scheme-100', [
    { 工号: '202303110001', 姓名: '张三', 考核月份: '2026-03', ...marks([20, 30, 10, 10, 5, 5, 10, 10]) }, // 100 > 95 → 优秀 K 1.1
    { 工号: '202303110002', 姓名: '李四', 考核月份: '2026-03', ...marks([18, 28, 9, 9, 5, 5, 9, 9]) }, // 92: 90 < 92 ≤ 95 → 良好 K 1.0
    { 工号: '202303110003', 姓名: '王五', 考核月份: '2026-03', ...marks([17, 27, 9, 9, 4, 4, 9, 9]) }, // 88 → 一般 K 0.9
    { 工号: '202303110004', 姓名: '赵六', 考核月份: '2026-03', ...marks([15, 25, 8, 8, 4, 4, 8, 8]) }, // 80 ≤ 85 → 待改进 K 0.8
  ]);
}

function payCsv(lines: string[]): string {
  const file = path.join(tempDir(), 'pay.csv');
  fs.writeFileSync(file, ['工号,姓名,绩效基数', ...lines].join('\n') + '\n');
  return file;
}

describe('--pay: 工号 in scientific notation', () => {
  it('all four rows 「2.02303E+11」: paid by name — 3000 × 1.1 = 3300, 2000 × 1.0 = 2000, 2500 × 0.9 = 2250, 1000 × 0.8 = 800', async () => {
    const pay = payCsv(['2.02303E+11,张三,3000', '2.02303E+11,李四,2000', '2.02303E+11,王五,2500', '2.02303E+11,赵六,1000']);
    const r = await gradedReport(await roster(), { pay });
    expect(r.people.map((p) => [p.name, p.total, p.pay?.bonus])).toEqual([['张三', 100, 3300], ['李四', 92, 2000], ['王五', 88, 2250], ['赵六', 80, 800]]);
    const said = r.problems.filter((p) => p.code.startsWith('pay') || p.code === 'id-scientific');
    expect(said.map((p) => [p.code, p.severity, p.sheet, p.cell])).toEqual([['id-scientific', 'warning', '[pay.csv]pay', 'A2']]);
    expect(said[0]!.message).toContain('2.02303E+11');
  });

  it('the same 工号 written out in full is still read by 工号: 张三, written 张叁 on his row, paid 3000 × 1.1 = 3300', async () => {
    const pay = payCsv(['202303110001,张叁,3000', '202303110002,李四,2000', '202303110003,王五,2500', '202303110004,赵六,1000']);
    const r = await gradedReport(await roster(), { pay });
    expect(r.people.map((p) => p.pay?.bonus)).toEqual([3300, 2000, 2250, 800]);
    expect(r.problems.some((p) => p.code === 'id-scientific')).toBe(false);
  });
});
