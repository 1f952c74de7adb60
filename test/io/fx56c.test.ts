// Review of a51b9df1 (§5 install-followup records.lateBy 完工时间): a log of March's installs all called back in April is
// March's only when every 完工时间 was filled in — one left blank (完工时间 is optional in the form's definition) made the
// log 「按日期是 2026-04 的」 at exit 1. §5: 认可满意 = 处理完毕 是 AND 清理卫生 有 AND 服务态度 ≥ 4 AND 本人签字 是 — every
// row here differs only in 服务态度 (5分 / 3分); bands on 满意率: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 待改进 < 60.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx56c', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const inst = { form: 'install-followup', period: '2026-03' };
const two = (x: number) => Math.round(x * 100) / 100;
const wang = (r: Report) => {
  const g = r.groups!.find((x) => x.keyText === '王师傅')!;
  return [g.figures.orders, g.figures.satisfiedCount, two(g.figures.satisfiedRate!), g.band];
};
const said = (r: Report) => r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, (p.params as { case?: string }).case, p.message]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

describe('§5 a log of March installs all called back in April, one 完工时间 blank, --period 2026-03', () => {
  it('is March\'s: 4 orders, 3/4 = 75.00 % 一般, no error (was 「按日期是 2026-04 的」 at exit 1)', async () => {
    // 完工时间 3/5, 3/12, (blank), 3/28; 客服回访时间 4/2, 4/8, 4/15, 4/20; 服务态度 5, 5, 3, 5 → 3 of 4 认可满意 = 75.00 % 一般.
    const r = await gradedReport(at('b1-march-installs-blank-finish.xlsx'), inst);
    expect(wang(r)).toEqual([4, 3, 75, '一般']);
    expect(errors(r)).toEqual([]);
    // The four kept as March's (an info), the blank one said.
    expect(said(r)).toEqual([['info', 'kept', expect.stringContaining('有 4 条订单的「客服回访时间」在 2026-03 之后,「完工时间」是 2026-03 的(其中 1 条「完工时间」空着')]]);
  });
});

describe('the nearest logs that stay as they were', () => {
  it('a log holding March call-backs: the April call-back with 完工时间 blank stays April\'s, left out (3 orders 100 % 优秀)', async () => {
    // 3/10 and 3/20 (5分), 3/30 installed → 4/8 (5分, kept), blank → 4/15 (3分, April's): 3 of 3 = 100 % 优秀.
    const r = await gradedReport(at('b2-march-log-april-blank-finish.xlsx'), inst);
    expect(wang(r)).toEqual([3, 3, 100, '优秀']);
    expect(errors(r)).toEqual([]);
    expect(said(r).map(([s, c]) => [s, c])).toEqual([['warning', 'rows'], ['info', 'kept']]);
  });

  it('every 完工时间 blank: no install says March, the log is April\'s — the error as before', async () => {
    // Scored as base did (the whole log): 5, 5, 3, 5 → 3/4 = 75 % 一般, with the error.
    const r = await gradedReport(at('b3-april-log-no-finish.xlsx'), inst);
    expect(wang(r)).toEqual([4, 3, 75, '一般']);
    expect(said(r)).toEqual([['error', 'dates', expect.stringContaining('订单按日期是 2026-04 的,不是 --period 指定的 2026-03')]]);
  });

  it('one install of 2/27 called back 4/1 among them: not every install is March\'s — the error as before', async () => {
    // The whole log: 5, 5, 3, 5, 5 → 4/5 = 80 % 良好, with the error (the 2/27 install is no March order by either date).
    const r = await gradedReport(at('b4-feb-install-april-callback.xlsx'), inst);
    expect(wang(r)).toEqual([5, 4, 80, '良好']);
    expect(said(r)).toEqual([['error', 'dates', expect.stringContaining('订单按日期是 2026-04 的,不是 --period 指定的 2026-03')]]);
  });
});
