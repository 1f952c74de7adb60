// Periods written as a team's 26th-to-25th cycle (README: a cycle of 28–31 days is one month, the month it ends in).
// A §3 or §5 log titled 「统计周期:2026-02-26 至 2026-03-25」 lost its 02-27 row under --period 2026-03 (88.33 乙, 75.00 %
// 一般), and without --period was said to pool two months; a §11 roster whose 考核月份 is that cycle was taken as
// February's, March's export refused and February's joined.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/cyclePeriods51', f);
const s3 = { form: 'satisfaction-monthly' };
const month = (r: Awaited<ReturnType<typeof gradedReport>>) => r.groups.find((g) => g.grouping === 'month')!;
// (form-version: the fixtures were made from install-followup 1.3.4; 1.3.5 added yes/no words, warned as an older template.)
const noWarnings = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity !== 'info' && p.code !== 'form-version');

// §3, the cycle's four customers: 02-27 陈先生 10/10/10/10, 03-03 刘女士 9/9/9/8, 03-12 王女士 9/9/9/9, 03-24 赵先生 9/8/9/9.
// Means 产品质量 37/4 = 9.25, 服务 36/4 = 9, 交付准确性 9.25, 售后支持 9 → 36.5/4 = 9.125 → index 91.25 甲 (≥ 90).
// Without 陈先生 (what was scored): 27/3 = 9, 26/3, 9, 26/3 → 8.8333 → 88.33 乙.
describe('§3 log titled with a cycle', () => {
  for (const [file, title] of [
    ['s3-cycle.xlsx', '统计周期:2026-02-26 至 2026-03-25'],
    ['s3-cycle-yearless.xlsx', '2026年3月客户满意度回访(2月26日-3月25日)'],
    ['s3-cycle-in-title.xlsx', '2026年3月客户满意度回访(2026-02-26至2026-03-25)'],
  ] as const) {
    it(`「${title}」 --period 2026-03: 4 customers, 91.25 甲, no other-month warning (3, 88.33 乙)`, async () => {
      const r = await gradedReport(at(file), { ...s3, period: '2026-03' });
      expect(month(r)).toMatchObject({ rows: 4, band: '甲', figures: { responses: 4, overall: 9.125, index: 91.25 } });
      expect(noWarnings(r)).toEqual([]);
    });

    it(`「${title}」 without --period: the same 4, not said to be 2 months`, async () => {
      const r = await gradedReport(at(file), s3);
      expect(month(r).figures).toMatchObject({ responses: 4, index: 91.25 });
      expect(noWarnings(r)).toEqual([]);
    });
  }

  // A title of the month alone (no range): the 02-27 customer is February's, left out as before — 88.33 乙.
  it('「2026年3月客户满意度回访」 (no days): 02-27 still left out, 3 customers, 88.33 乙', async () => {
    const r = await gradedReport(at('s3-month-only.xlsx'), { ...s3, period: '2026-03' });
    expect(month(r).figures).toMatchObject({ responses: 3, index: 88.33333333333333 });
    expect(noWarnings(r).map((p) => p.code)).toEqual(['records-sheet-period']);
  });

  // s3-outside.py: the four above and 02-20 孙先生 6/6/6/6, before the cycle.
  it('a row before the cycle (02-20) is still another month\'s: left out under --period 2026-03, 4 counted, 91.25', async () => {
    const r = await gradedReport(at('s3-outside.xlsx'), { ...s3, period: '2026-03' });
    expect(month(r).figures).toMatchObject({ responses: 4, index: 91.25 });
    const said = noWarnings(r);
    expect(said.map((p) => p.code)).toEqual(['records-sheet-period']);
    expect(said[0]!.message).toContain('有 1 条客户按「回访日期」列是 2026-02 的');
  });

  // Without --period all five pooled: 产品质量 43/5 = 8.6, 服务 42/5 = 8.4, 8.6, 8.4 → 34/4 = 8.5 → 85.00 乙, said.
  it('the row before the cycle without --period: pooled (85.00 乙) and said as 2 months', async () => {
    const r = await gradedReport(at('s3-outside.xlsx'), s3);
    expect(month(r)).toMatchObject({ band: '乙', figures: { responses: 5, index: 85 } });
    expect(noWarnings(r).map((p) => p.code)).toEqual(['records-months']);
  });
});

// §5 李师傅, 5 installs 02-27 … 03-20, called back 02-28, 03-05, 03-11, 03-18, 03-23; all 认可满意 but 03-20's (没有清理卫生).
// 满意率 4/5 = 80.00 % → 良好 (default bands: 良好 ≥ 80); without the 02-27 order 3/4 = 75.00 % 一般.
describe('§5 log titled with a cycle', () => {
  it('「安装回访记录(统计周期:2026-02-26 至 2026-03-25)」 --period 2026-03: 李师傅 5 orders, 4 满意, 80.00 % 良好', async () => {
    const r = await gradedReport(at('s5-cycle.xlsx'), { period: '2026-03' });
    const master = r.groups.find((g) => g.grouping === 'master' && g.keyText === '李师傅')!;
    expect(master).toMatchObject({ rows: 5, band: '良好', figures: { orders: 5, satisfiedCount: 4, satisfiedRate: 80 } });
    expect(noWarnings(r)).toEqual([]);
  });
});

// §11 roster 考核月份 「2026-02-26至2026-03-25」, each export the same figures:
// 张三 30/200 = 15 % ÷ 20 % × 30 = 22.5; 90,000/100,000 × 20 = 18; 答复 1 → 8; 1/100 = 1 % → (1 − 0.5) × 10 = 5; 12
//      → 65.5; + 4 + 8 = 77.50 待改进
// 李四 25/100 = 25 % capped 30; 120,000 capped 20; 10; 0 → 10; 15 → 85; + 5 + 10 = 100.00 优秀
// 王五 15/150 = 10 % → 15; 50,000/80,000 × 20 = 12.5; 答复 3 → 0; 2/80 = 2.5 % → 0; 10 → 37.5; + 3 + 6 = 46.50 待改进
describe('§11 roster whose 考核月份 is a cycle', () => {
  const roster = at('s11-roster-cycle.xlsx');
  const scored = [['张三', 77.5, '待改进'], ['李四', 100, '优秀'], ['王五', 46.5, '待改进']];
  const shown = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band]);

  it('an export of the same cycle (「统计周期:2026-02-26 至 2026-03-25」): joined', async () => {
    expect(shown(await gradedReport(roster, { data: at('export-cycle-mar.xlsx') }))).toEqual(scored);
  });

  it('March\'s calendar export (2026-03-01 ~ 2026-03-31), the month the cycle ends in: joined (was refused for 2026-02)', async () => {
    expect(shown(await gradedReport(roster, { data: at('export-mar.xlsx') }))).toEqual(scored);
  });

  it('「2026年2月客服绩效」: refused, the message naming the cycle and 2026-03, never asking for 2026-02', async () => {
    const failure = await refusal(roster, { data: at('export-feb.xlsx') });
    expect(failure).toMatchObject({ code: 'data-missing', cell: 'A1' });
    expect(failure.message).toContain('本表的考核月份是 2026-02-26至2026-03-25(2026-03 的结算周期)');
    expect(failure.message).toContain('请给出这个周期(或 2026-03 整月)的导出数据');
    expect(failure.message).not.toContain('请给出 2026-02');
  });

  it('the next cycle (「统计周期:2026-03-26 至 2026-04-25」), touching March too: refused as 2026-04', async () => {
    const failure = await refusal(roster, { data: at('export-cycle-apr.xlsx') });
    expect(failure.message).toContain('的标题是 2026-04 的,本表的考核月份是 2026-02-26至2026-03-25');
  });
});
