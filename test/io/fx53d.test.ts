// Three reading gaps a tester found in hand-typed record logs and a roster (round 53): §3/§21 questions headed
// 「产品质量满意度」, §5 安装遗留问题 written 「N」 or 「正常安装」 (or a lone ×/√), and §10 「目标时间(秒)」 under 响应时间.
// Fixtures: test/fixtures/fx53d/ (the tester's cases; the .py beside a workbook writes it).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx53d', f);
const month = (r: GradeReport) => r.groups!.find((g) => g.grouping === r.groupings![0]!.id)!;
const notInfo = (r: GradeReport) => r.problems.filter((p) => p.severity !== 'info');

describe('§3 and §21 questions headed as the seed names them (「产品质量满意度」)', () => {
  it('03-satm: 「产品质量满意度(1-10分)」 … read as 产品质量 …: 总体平均 8.10, 指数 81.00 乙', async () => {
    // Customers' means (9+8+10+9)/4 = 9, (7+8+6+7)/4 = 7, (10+10+9+10)/4 = 9.75, (8+9+8+8)/4 = 8.25, (6+7+7+6)/4 = 6.5;
    // 40.5 / 5 = 8.1 → 指数 81 → 乙 (≥ 80). Refused before at exit 2 (「没有找到…的表头」).
    const r = await gradedReport(at('03-satm.xlsx'));
    const g = month(r);
    expect(g.figures).toMatchObject({ responses: 5, quality: 8, service: 8.4, accuracy: 8, support: 8 });
    expect(g.figures.overall).toBeCloseTo(8.1, 10);
    expect(g.figures.index).toBeCloseTo(81, 10);
    expect(g.band).toBe('乙');
    expect(notInfo(r)).toEqual([]);
  });

  it.each(['03v-b.xlsx', '03v-g.xlsx', 'satm-own.xlsx'])('%s: 王先生 7, 李女士 9.75 → 8.375, 指数 83.75 乙', async (file) => {
    // (7+8+6+7)/4 = 7, (10+10+9+10)/4 = 9.75; (7 + 9.75) / 2 = 8.375 → 83.75 乙. satm-own.xlsx beside the team's own
    // 总体满意度 and 满意度指数 columns: neither is a question (no 总体, no 满意度指数 column of the form), both left unread.
    const r = await gradedReport(at(file), { form: 'satisfaction-monthly' });
    const g = month(r);
    expect(g.figures.responses).toBe(2);
    expect(g.figures.overall).toBeCloseTo(8.375, 10);
    expect(g.figures.index).toBeCloseTo(83.75, 10);
    expect(g.band).toBe('乙');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('14v-sat: §21 「服务态度满意度」 … read as 服务态度 …: 优秀 良好 一般 优秀 优秀 → 88 良好', async () => {
    // §21: 100 + 80 + 60 + 100 + 100 = 440, / 5 = 88 → 良好 (default bands: 良好 ≥ 80, 优秀 ≥ 90).
    const r = await gradedReport(at('14v-sat.xlsx'), { form: 'satisfaction-standard' });
    const g = month(r);
    expect(g.figures).toMatchObject({ responses: 1, quality: 100, attitude: 80, afterSales: 60, price: 100, onTime: 100, score: 88 });
    expect(g.band).toBe('良好');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§5 安装遗留问题 written 「N」, 「正常安装」, or a lone ×/√', () => {
  // One order per fitter (师傅0 … 师傅23), 遗留问题 as written in 20-leftover.py.
  const rate = (r: GradeReport, i: number) => r.groups!.find((g) => g.keyText === `师傅${i}`)!.figures.leftoverRate;

  it('「N」, 「n」, 「正常安装」, 「安装正常」 are none (0 %); 有, √, ×, 是, ✗, ✓ stay 遗留问题 (100 %)', async () => {
    const r = await gradedReport(at('20-leftover.xlsx'));
    // Rows 7 (N), 15 (正常安装), 22 (n), 23 (安装正常): 遗留问题率 100 % before, for 0 %.
    expect([5, 13, 20, 21].map((i) => rate(r, i))).toEqual([0, 0, 0, 0]);
    expect([15, 16, 17, 18, 22, 23].map((i) => rate(r, i))).toEqual([100, 100, 100, 100, 100, 100]);
    // A店: 有, √, ×, 是, ✗, ✓ of 24 orders → 6 / 24 = 25 %.
    expect(r.groups!.find((g) => g.keyText === 'A店')!.figures.leftoverRate).toBe(25);
  });

  it('a lone √ × ✗ ✓ is warned at its cell, saying how it was read and what to write', async () => {
    const r = await gradedReport(at('20-leftover.xlsx'));
    const said = r.problems.filter((p) => p.code === 'lone-mark');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', 'F18'], ['warning', 'F19'], ['warning', 'F24'], ['warning', 'F25']]);
    expect(said[1]!.message).toBe('3月!F19:第 19 行(合同编号 H17)「安装遗留问题」只写了「×」,按填了内容计(算作有安装遗留问题);「×」看不出是有还是没有:没有遗留问题时留空或写「无」,有时请写明内容,改后重新评分');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§10 「目标时间(秒)」 under 「响应时间(10%)」 merged over 实际 | 目标', () => {
  it('is 目标秒数: 张三 98.67 优秀, 李四 80.50 良好, 王五 56.00 待改进', async () => {
    const r = await gradedReport(at('01-sales.xlsx'));
    // 张三: 120000/100000 = 1.2 → 30; 90/100×20 = 18; 30/200 = 15 % ÷ 10 % = 1.5, capped 1.2 → 18; 20/30 × 10 = 6.67;
    //       8 + 9 + 5 + 4 → 98.67 优秀.
    // 李四: 0.8 × 25 = 20; 17; 8/100 ÷ 10 % = 0.8 → 12; 20/15 capped 1 → 10; 7 + 6 + 4 + 4.5 → 80.50 良好.
    // 王五: 12.5; 14; 5 % ÷ 10 % → 7.5; 20/40 → 5; 6 + 5 + 3 + 3 → 56.00 待改进. Before: all three unscored, exit 1.
    expect(r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.band, p.status])).toEqual([
      ['张三', 98.67, '优秀', 'scored'],
      ['李四', 80.5, '良好', 'scored'],
      ['王五', 56, '待改进', 'scored'],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
