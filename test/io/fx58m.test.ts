// Review of fd741369 (red-team rv58B; fixtures test/fixtures/fx58m copied from its files).
// §16 property-cs-rating. pay234.xlsx: 「2026年2月」 基数 1000, 「2026年3月」 2000, 「2026年4月」 3000.
//   张三 9 + 8 + 10 + 9 + 9 + 8 + 7 + 9 + 8 + 10 = 87 良好; March 2000 × 0.87 = 1740.00, April 3000 × 0.87 = 2610.00
//   李四 70 → March 2000 × 0.70 = 1400.00; 王五 97 → 2000 × 0.97 = 1940.00
// (1) 考核表-新.xlsx: 物业客服考核.xlsx (评估日期 2026-03-03) graded without --period (_kpi graded-period 2026-02, the
//     sign-off reading), then every 评估日期 in the copy changed to 2026-04-03. Graded again it was April's: 2610.00 at
//     exit 0, a note only, and rollup filed it as April. The recorded 2026-02 is neither the dates' month nor their
//     sign-off month: the sign-off reading stands (March, 1740.00, as before fd741369), the recorded month said.
// (2) 物业客服考核.xlsx and 物业客服考核(修改).xlsx, both dated 2026-04-03 (张三 70 and 72): rollup named only (修改) as
//     sign-off-dated and advised --month (修改)=2026-04, which counted one month twice (张三 (70 + 72) / 2 = 71.00 at exit
//     0). Both sign-off-dated: 「…请合并,或去掉其中一个」 as before fd741369.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupFiles } from '../../src/io/rollup/index.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx58m', f);
const pay = at('pay234.xlsx');
const bonuses = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.pay?.bonus]);
const cases = (r: Awaited<ReturnType<typeof gradedReport>>) =>
  r.problems.filter((p) => p.code === 'month-unknown').map((p) => [(p.params as { case: string }).case, p.severity]);

describe('a graded copy whose recorded month is neither its dates\' nor their sign-off month', () => {
  it('recorded 2026-02, dated 2026-04-03: March\'s sign-off, 张三 2000 × 0.87 = 1740.00, warned with the recorded month', async () => {
    const r = await gradedReport(at('考核表-新.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(bonuses(r)).toEqual([['张三', 1740], ['李四', 1400], ['王五', 1940]]);
    expect(cases(r)).toEqual([['signed-after', 'warning']]);
    const w = r.problems.find((p) => p.code === 'month-unknown')!;
    expect(w.message).toContain('按 2026-03 的考核评分');
    expect(w.message).toContain('上次记为 2026-02');
  });

  it('kpi rollup files it as March', async () => {
    const out = await rollupFiles([at('考核表-新.xlsx')], { output: null });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    expect(out.report.files.map((f) => f.month)).toEqual(['2026-03']);
  });

  it('must stay: with --period 2026-04 it is April, 3000 × 0.87 = 2610.00, nothing said of the month', async () => {
    const r = await gradedReport(at('考核表-新.xlsx'), { pay, period: '2026-04' });
    expect(r.period?.slice(0, 7)).toBe('2026-04');
    expect(bonuses(r)).toEqual([['张三', 2610], ['李四', 2100], ['王五', 2910]]);
    expect(cases(r)).toEqual([]);
  });
});

describe('two files both dated early in the month after', () => {
  it('物业客服考核 and (修改), both 2026-04-03: 「请合并,或去掉其中一个」, no --month advice', async () => {
    const out = await rollupFiles([at('物业客服考核.xlsx'), at('物业客服考核(修改).xlsx')], { output: null });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const dup = out.failures.find((p) => p.code === 'month-duplicate')!;
    expect(dup.message).toBe('物业客服考核(修改).xlsx 和 物业客服考核.xlsx 都是 2026-03 的考核表;每个月只能有一个文件(请合并,或去掉其中一个)');
    expect(dup.message).not.toContain('--month');
  });
});
