// Review of 2a945e79 (§5 install-followup records.lateBy 完工时间): a log of another month was no longer refused, one order
// counted in two months, a March log whose April call-backs are March's installs warned as two months pooled; and (799ab61c)
// rows that are no records (a blank-marks answer, a footer) were warned as April's records beside 「表里没有 2026-04 的其他客户」.
// §5: 认可满意 = 处理完毕 是 AND 清理卫生 有 AND 服务态度 ≥ 4 AND 本人签字 是 — every row here differs only in 服务态度 (5分 / 3分);
// bands on 满意率: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 待改进 < 60.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55f2', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const inst = { form: 'install-followup' };
const two = (x: number) => Math.round(x * 100) / 100;
const wang = (r: Report) => {
  const g = r.groups!.find((x) => x.keyText === '王师傅')!;
  return [g.figures.orders, g.figures.satisfiedCount, two(g.figures.satisfiedRate!), g.band];
};
const said = (r: Report, code = 'records-sheet-period') => r.problems.filter((p) => p.code === code).map((p) => [p.severity, (p.params as { case?: string }).case, p.message]);

describe('§5 rows kept by 完工时间 only in a log of --period’s call-backs', () => {
  it('a March log run with --period 2026-02 is refused as before (5 orders, the error), not February’s 2 orders 0 %', async () => {
    // 客服回访时间 3/3, 3/10, 3/12, 3/17, 3/24: no row of February → nothing is kept by 完工时间 (2/26, 2/27); all 5 are
    // March's, the error; the 5 are scored as base did: all 3分, 0/5 = 0 % 待改进.
    const r = await gradedReport(at('b-march-log.xlsx'), { ...inst, period: '2026-02' });
    expect(wang(r)).toEqual([5, 0, 0, '待改进']);
    expect(said(r)).toEqual([['error', 'dates', expect.stringContaining('订单按日期是 2026-03 的,不是 --period 指定的 2026-02')]]);
  });

  it('an April log run with --period 2026-03 alike (4 orders, 2/4 = 50 % 待改进, the error)', async () => {
    // 4/8 and 4/15 (完工 3/30, 3/31, 3分) are no March call-backs' companions: the log holds no March call-back.
    // 4/12 and 4/20 5分 → 2 satisfied of 4 = 50 % 待改进.
    const r = await gradedReport(at('i-april-log.xlsx'), { ...inst, period: '2026-03' });
    expect(wang(r)).toEqual([4, 2, 50, '待改进']);
    expect(said(r)).toEqual([['error', 'dates', expect.stringContaining('订单按日期是 2026-04 的,不是 --period 指定的 2026-03')]]);
  });
});

describe('§5 an order of a two-month log counted in one month only', () => {
  it('--period 2026-02: February’s 4 call-backs and the 2/26, 2/27 installs called back 3/3, 3/10 — 6 orders (unchanged)', async () => {
    // 4 × 5分 + 2 × 3分: 4/6 = 66.67 % 一般; March's own 3 left out.
    const r = await gradedReport(at('a-two-months-cross.xlsx'), { ...inst, period: '2026-02' });
    expect(wang(r)).toEqual([6, 4, 66.67, '一般']);
    expect(said(r).map(([s, c]) => [s, c])).toEqual([['warning', 'rows'], ['info', 'kept']]);
  });

  it('--period 2026-03: the two February installs are February’s — March’s 3 orders, not 5', async () => {
    // March call-backs 3/3, 3/10 (完工 2/26, 2/27: the log holds February's call-backs) left out; 3/12, 3/17, 3/24 all
    // 3分 → 0/3 = 0 % 待改进 (was 5 orders 0/5).
    const r = await gradedReport(at('a-two-months-cross.xlsx'), { ...inst, period: '2026-03' });
    expect(wang(r)).toEqual([3, 0, 0, '待改进']);
    expect(said(r)).toEqual([
      ['warning', 'rows', expect.stringContaining('有 4 条订单按「客服回访时间」列是 2026-02 的')],
      ['info', 'earlier', '工作表「回访记录」有 2 条订单的「客服回访时间」是 2026-03 的,「完工时间」却是 2026-02 的(表里也有 2026-02 的回访):是 2026-02 的订单月后回访,算 2026-02 的,没有计入 2026-03'],
    ]);
  });

  it('records54’s March log with --period 2026-04: its April call-backs are March’s installs — the log is March’s, an error', async () => {
    // Call-backs 3/10, 3/20, 4/2, 4/8, 4/15, all 完工 in March: the 3 of April are March's (the log holds March's
    // call-backs), no order is April's → 「按日期是 2026-03 的」, for April's 3 orders 3/3 = 100 % 优秀 at exit 0. Scored as
    // the error leaves it, all 5: 4/5 = 80 % 良好.
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/records54/s5-march-callbacks.xlsx'), { ...inst, period: '2026-04' });
    expect(wang(r)).toEqual([5, 4, 80, '良好']);
    expect(said(r)).toEqual([['error', 'dates', expect.stringContaining('订单按日期是 2026-03 的,不是 --period 指定的 2026-04')]]);
  });
});

describe('§5 without --period, a later month all of the earlier month’s installs is no second month', () => {
  it('「2026年3月安装回访记录」 with call-backs 4/2, 4/8, 4/15 of 3/29–3/31 installs: no 「2 个月的订单」', async () => {
    // 5 orders, 3/10 3分, the rest 5分: 4/5 = 80 % 良好.
    const r = await gradedReport(at('h-title-march.xlsx'), inst);
    expect(wang(r)).toEqual([5, 4, 80, '良好']);
    expect(said(r, 'records-months')).toEqual([]);
  });

  it('a log of February and March call-backs, 3 of March’s own installs: still two months pooled (9 orders)', async () => {
    // 4 × 5分 of 9: 44.44 % 待改进, as before.
    const r = await gradedReport(at('a-two-months-cross.xlsx'), inst);
    expect(wang(r)).toEqual([9, 4, 44.44, '待改进']);
    expect(said(r, 'records-months').map(([s]) => s)).toEqual(['warning']);
  });
});

describe('rows that are no records are no other month’s rows', () => {
  it('§5 a hidden April 8th call-back: only the hidden-rows warning, not 「1 条…2026-04 的,没有计入」', async () => {
    // Read: 3/10 3分, 3/20 5分, 4/2 (完工 3/29) 5分 → 2/3 = 66.67 % 一般; row 5 (4/8) hidden.
    const r = await gradedReport(at('g2-hidden-anchored.xlsx'), { ...inst, period: '2026-03' });
    expect(wang(r)).toEqual([3, 2, 66.67, '一般']);
    expect(said(r).map(([s, c]) => [s, c])).toEqual([['info', 'kept']]);
    expect(said(r, 'hidden-rows').map(([s]) => s)).toEqual(['warning']);
  });

  for (const [file, why] of [['l2-late-blank-april.xlsx', '客户C with no marks'], ['l4-late-audit-footer.xlsx', 'a footer 「2026-04-12 | 审核:李四」']] as const) {
    it(`§3 ${why} on April 12th, skipped: the late 4/1, 4/3 answers alone are said`, async () => {
      // Four March 10s and the late 6s of 4/1 and 4/3: (4 × 10 + 2 × 6) / 6 = 8.67 → 86.67 乙.
      const r = await gradedReport(at(file), { form: 'satisfaction-monthly', period: '2026-03' });
      expect([r.groups![0]!.figures.responses, two(r.groups![0]!.figures.index!), r.groups![0]!.band]).toEqual([6, 86.67, '乙']);
      expect(said(r).map(([s, c]) => [s, c])).toEqual([['info', 'late']]);
    });
  }
});
