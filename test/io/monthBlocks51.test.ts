// Record logs kept as one sheet of several months, a block per month under its own title row, no month column: the
// title between the rows was only a skipped line, every row the first title's month — §23 one February group of six
// answers (较好 0.56 for 优秀 0.00 in each month), §22 one February 820 B (970 A and 670 C), §3 with --period 2026-03
// February's customers pooled with March's (76.00 丙 for 90.00 甲).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/monthBlocks51', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const group = (r: Report, grouping: string, month?: string) => r.groups.filter((g) => g.grouping === grouping && (month === undefined || (g.key as Record<string, string>).month === month));
const codes = (r: Report) => r.problems.filter((p) => p.severity !== 'info').map((p) => p.code);

// §23, each block: 1号 一般, 2号 满意, 3号 满意 for 采购部 → u = 0, w = 0, g = 1 (not ≥ 2) → 优秀, nominal 0, 3 workshops
// (coefficient 0.9) → deduction 0 ÷ 0.9 = 0.00. Both blocks pooled as February's: g = 2 → 较好, 0.5 ÷ 0.9 = 0.56.
// 各月合计: 2 months, both 优秀.
describe('§23 internal-satisfaction-workshop, 「2026年2月…」 and 「2026年3月…」 blocks', () => {
  for (const period of [undefined, '2026-03']) {
    it(`${period ? '--period 2026-03' : 'no --period'}: February and March 采购部 each 优秀 0.00 (one February 较好 0.56 of 6 answers)`, async () => {
      const r = await gradedReport(at('32-ws-blocks.xlsx'), { form: 'internal-satisfaction-workshop', ...(period ? { period } : {}) });
      for (const month of ['2026-02', '2026-03']) {
        const [g] = group(r, 'dept', month);
        expect(g, month).toBeDefined();
        expect(g!.figures).toMatchObject({ answers: 3, served: 3, u: 0, w: 0, g: 1, level: '优秀', deduction: 0 });
      }
      expect(group(r, 'dept')).toHaveLength(2);
      expect(group(r, 'period')[0]!.figures).toMatchObject({ months: 2, excellent: 2, deductions: 0 });
      const note = r.problems.find((p) => p.code === 'month-unknown')!;
      expect(note.message).toContain('每条算在它那段的月(2026-02、2026-03,各月分别评定)');
      expect(codes(r)).toEqual(['item-not-found']);
    });
  }
});

// §22 weights 及时性 40 %, 准确性 30 %, 服务态度 30 %; A 1000, B 800, C 600.
// February: 张一 A,A,A = 400 + 300 + 300 = 1000; 李一 A,B,A = 400 + 240 + 300 = 940 → (1000 + 940) / 2 = 970 → A, 97.
// March: 张二 C,C,C = 240 + 180 + 180 = 600; 李二 B,C,B = 320 + 180 + 240 = 740 → (600 + 740) / 2 = 670 → C, 67.
// Pooled as February's (what was scored): 生产部 (1000 + 600) / 2 = 800, 销售部 (940 + 740) / 2 = 840 → 820 B.
describe('§22 internal-satisfaction-dept, two months in blocks', () => {
  it('February 采购部 970 A, March 670 C (one February 820 B)', async () => {
    const r = await gradedReport(at('33-dept-blocks.xlsx'), { form: 'internal-satisfaction-dept' });
    expect(group(r, 'dept').map((g) => [(g.key as Record<string, string>).month, g.figures.initial, g.band])).toEqual([
      ['2026-02', 970, 'A 优秀'],
      ['2026-03', 670, 'C 称职'],
    ]);
    expect(group(r, 'questionnaire', '2026-03').map((g) => g.figures.points)).toEqual([600, 740]);
    expect(codes(r)).toEqual([]);
  });
});

// §3 March's block: 赵总 9, 钱女士 8, 孙先生 10 in all four → (9 + 8 + 10) / 3 = 9 → index 90.00 甲. February's 王女士 6 and
// 李先生 5 pooled in: (6 + 5 + 9 + 8 + 10) / 5 = 7.6 → 76.00 丙.
describe('§3 satisfaction-monthly, a February block then a March block', () => {
  it('--period 2026-03: March only, 3 customers, 90.00 甲; February\'s 2 left out and said at its title', async () => {
    const r = await gradedReport(at('31-sm-blocks.xlsx'), { form: 'satisfaction-monthly', period: '2026-03' });
    expect(group(r, 'month')[0]).toMatchObject({ band: '甲', figures: { responses: 3, overall: 9, index: 90 } });
    expect(codes(r)).toEqual(['records-sheet-period']);
    const left = r.problems.find((p) => p.code === 'records-sheet-period')!;
    expect(left).toMatchObject({ severity: 'warning', cell: 'A1' });
    expect(left.message).toContain('有 2 条客户按所在那段的标题(「2026年2月客户满意度记录」)是 2026-02 的');
  });

  it('--period 2026-02: February only, 2 customers, (6 + 5) / 2 = 5.5 → 55.00 丁', async () => {
    const r = await gradedReport(at('31-sm-blocks.xlsx'), { form: 'satisfaction-monthly', period: '2026-02' });
    expect(group(r, 'month')[0]).toMatchObject({ band: '丁', figures: { responses: 2, index: 55 } });
    expect(codes(r)).toEqual(['records-sheet-period']);
  });

  it('without --period: all 5 pooled, 76.00 丙, said as two months (as before)', async () => {
    const r = await gradedReport(at('31-sm-blocks.xlsx'), { form: 'satisfaction-monthly' });
    expect(group(r, 'month')[0]).toMatchObject({ band: '丙', figures: { responses: 5, index: 76 } });
    expect(codes(r)).toEqual(['records-months']);
  });

  it('--period 2026-04, no block of it: nothing left out, the error as before', async () => {
    const r = await gradedReport(at('31-sm-blocks.xlsx'), { form: 'satisfaction-monthly', period: '2026-04' });
    expect(group(r, 'month')[0]!.figures).toMatchObject({ responses: 5 });
    expect(r.problems.find((p) => p.code === 'records-sheet-period')).toMatchObject({ severity: 'error' });
  });

  // With a 月份 column: a row's cell says its month over its block's title. 王女士 2026-02, 李先生 blank (February's
  // block), 赵总 2026-03, 钱女士 blank (March's block), 孙先生 2026-02 under March's title → March: (9 + 8) / 2 = 8.5 → 85.00 乙.
  it('a 月份 cell over its block: 孙先生 「2026-02」 under March\'s title left out, 钱女士 blank counted → 85.00 乙', async () => {
    const r = await gradedReport(at('34-sm-blocks-monthcol.xlsx'), { form: 'satisfaction-monthly', period: '2026-03' });
    expect(group(r, 'month')[0]).toMatchObject({ band: '乙', figures: { responses: 2, index: 85 } });
    expect(codes(r)).toEqual(['records-sheet-period']);
    expect(r.problems.find((p) => p.code === 'records-sheet-period')!.message).toContain('有 3 条客户按「月份」列是 2026-02 的');
  });
});
