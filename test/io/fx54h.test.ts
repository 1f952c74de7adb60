// Record logs: a footer of statistics under the records counted as records (各项最高/各项最低, MAX/MIN, 上月平均, 峰值/谷值,
// a row of =MAX(C3:C6)), an export's 「导出人：admin」 line with full-width colons refused as an order, a lone 「x」 in §5
// 安装遗留问题 counted with nothing said; §22's 「生产部(质检)」 beside 「生产部」 stays two departments, nothing said (fx54m).
// Fixtures: test/fixtures/fx54h/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx54h', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const s3 = { form: 'satisfaction-monthly' };
const s5 = { form: 'install-followup' };
const month = (r: Report) => r.groups.find((g) => g.grouping === 'month')!;
const said = (r: Report) => r.problems.filter((p) => p.severity !== 'info');
const skippedRows = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell);

// §3, customers 10 10 10 6 (the same mark in all four dimensions): each mean (10+10+10+6)/4 = 9.00, index 9 × 10 = 90.00 甲
// (≥ 90). With 各项最高 (10) and 各项最低 (6) counted: (10+10+10+6+10+6)/6 = 8.6667 → 86.67 乙.
describe('§3 log with the team\'s 平均 / 各项最高 / 各项最低 under it', () => {
  for (const file of ['s3-maxmin.xlsx', 's3-maxmin-formulas.xlsx', 's3-maxmin-lo.xlsx']) {
    it(`${file}: 4 customers, 90.00 甲 (6, 86.67 乙); rows 7–9 skipped`, async () => {
      const r = await gradedReport(at(file), s3);
      expect(month(r)).toMatchObject({ rows: 4, band: '甲', figures: { responses: 4, quality: 9, overall: 9, index: 90 } });
      expect(skippedRows(r)).toEqual(['B7', 'B8', 'B9']);
      // (s3-maxmin-formulas.xlsx has no saved results: its MAX and MIN rows were 8 errors 「公式没有计算结果」, exit 1.)
      expect(said(r)).toEqual([]);
    });
  }

  // The same formulas under a blank label, 「Top」, and a =COUNT row: a statistic of the column's own cells above, after the
  // last customer, is no customer — 4 counted, 90.00 甲.
  it('rows of =AVERAGE / =MAX / =MIN / =COUNT over C3:C6 … under any label: skipped, 4 customers, 90.00 甲', async () => {
    const r = await gradedReport(at('s3-formula-rows.xlsx'), s3);
    expect(month(r).figures).toMatchObject({ responses: 4, index: 90 });
    expect(skippedRows(r)).toEqual(['C7', 'B8', 'C9', 'C10']);
    expect(r.problems.find((p) => p.cell === 'B8')!.message).toContain('统计行(=MAX(C3:C6))');
    expect(said(r)).toEqual([]);
  });
});

// §3 CSV: customers 9 9 9 9 10 → 46/5 = 9.2 → 92.00 甲, then 平均 9.2 and two labelled lines of 10 and 9. Counted, they were
// (46 + 10 + 9)/7 = 9.2857 → 92.86 with 7 responses for 5.
describe('§3 CSV footer lines under 平均', () => {
  for (const [file, a, b] of [
    ['s3-footer-1.csv', '各项最高', '各项最低'],
    ['s3-footer-2.csv', 'MAX', 'MIN'],
    ['s3-footer-3.csv', 'Max', 'min'],
    ['s3-footer-4.csv', '最好', '最差'],
    ['s3-footer-5.csv', '峰值', '谷值'],
    ['s3-footer-6.csv', '上月平均', '上月最低'],
    ['s3-footer-7.csv', '及格线', '本月最高'],
  ] as const) {
    it(`「${a}」「${b}」: skipped, 5 customers, 92.00 甲 (7, 92.86)`, async () => {
      const r = await gradedReport(at(file), s3);
      expect(month(r).figures).toMatchObject({ responses: 5, overall: 9.2, index: 92 });
      expect(r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.params?.why)).toEqual(['「平均」行', `「${a}」行`, `「${b}」行`]);
      expect(said(r)).toEqual([]);
    });
  }

  // A last customer called Max with 6 in each, no line of statistics in the file: a customer —
  // (46 + 6)/6 = 8.6667 → 86.67 乙.
  it('a last customer 「Max」 with no statistics beside it is still counted: 6 customers, 86.67 乙', async () => {
    const r = await gradedReport(at('s3-customer-max.csv'), s3);
    expect(month(r)).toMatchObject({ rows: 6, band: '乙', figures: { responses: 6 } });
    expect(month(r).figures.index).toBeCloseTo(86.6667, 3);
    expect(skippedRows(r)).toEqual([]);
  });
});

// §5 export of 3 orders: 王师傅 HT001 (处理完毕 是, 有, 5, 是) and HT002 (是, 有, 4, 是) 认可满意 → 2/2 = 100 %; 李师傅 HT003
// (清理卫生 没有) → 0/1 = 0 %; all 2/3 = 66.67 %. The last line was an order 「导出人:admin」 with 7 errors, exit 1.
describe('§5 export footer 「导出人：admin | 导出时间：2026-04-01 09:12」 (full-width colons)', () => {
  it('is skipped as a note line: 3 orders, 王师傅 100 %, 李师傅 0 %', async () => {
    const r = await gradedReport(at('s5-exporter.csv'), s5);
    expect(r.records).toMatchObject({ total: 3, ok: 3, error: 0 });
    const master = (k: string) => r.groups.find((g) => g.grouping === 'master' && g.keyText === k)!.figures;
    expect(master('王师傅')).toMatchObject({ orders: 2, satisfiedRate: 100 });
    expect(master('李师傅')).toMatchObject({ orders: 1, satisfiedRate: 0 });
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([['skipped-row', 'A5']]);
  });
});

// §5 one order per 安装师傅, 安装遗留问题 「x」, 「X」, 「×」 and blank: each of the first three counts as a problem (遗留问题率
// 1/1 = 100 %, the store's 3/4 = 75 %), as written; 「×」 was said (lone-mark) and 「x」 「X」 were not.
describe('§5 安装遗留问题 holding a lone x', () => {
  it('x and X are said as × is: 3 lone-mark warnings, 遗留问题率 100 % each, 城东店 75 %', async () => {
    const r = await gradedReport(at('s5-lone-x.xlsx'), s5);
    expect(said(r).map((p) => [p.code, p.cell, p.params?.value])).toEqual([
      ['lone-mark', 'H2', 'x'],
      ['lone-mark', 'H3', 'X'],
      ['lone-mark', 'H4', '×'],
    ]);
    const leftover = (k: string) => r.groups.find((g) => g.keyText === k)!.figures.leftoverRate;
    expect([leftover('王师傅'), leftover('李师傅'), leftover('张师傅'), leftover('赵师傅'), leftover('城东店')]).toEqual([100, 100, 100, 0, 75]);
  });
});

// §22 采购部 rated A A A by 生产部 (1000), C C C by 「生产部(质检)」 (600), A A A by 销售部 (1000). Kept apart (as written):
// (1000 + 600 + 1000)/3 = 866.67 → B. A note naming no person is another unit (README: 「喷涂车间(外协)」 is another
// workshop), so nothing is said of the names (fx54m: the warning fired for §23's 「喷涂车间(外协)」 too).
describe('§22 evaluating department 「生产部(质检)」 beside 「生产部」', () => {
  it('no names-alike warning; 3 evaluating departments, 866.67 B', async () => {
    const r = await gradedReport(at('s22-bracket.xlsx'));
    const dept = r.groups.find((g) => g.grouping === 'dept')!;
    expect(dept.figures).toMatchObject({ raters: 3 });
    expect(dept.figures.initial).toBeCloseTo(866.667, 2);
    expect(dept.band).toBe('B 良好');
    const alike = said(r);
    expect(alike.map((p) => [p.code, p.cell, p.params?.names])).toEqual([]);
  });
});
