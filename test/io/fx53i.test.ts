// §20 检查日期 of a roster's inspections against --period, and §23 answer words above 满意.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx53i', f);
const March = { period: '2026-03' };
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);
const months = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, p.params?.case, p.cell ?? null]);

describe('§20 quality-inspection roster: 检查日期 of the inspections against --period 2026-03', () => {
  // Every project's 21 checks have 0 irregularities (each 不达标 at 1 to 3): 21 达标 of 21 → 21 ÷ 21 × 100 = 100.00 优秀.
  it.each(['qi-dates-b.xlsx', 'qi-dates-c.xlsx'])('%s: 「3月28日」 beside 2026-03-05 / 「2026年3月5日」 is March: both 100.00 优秀, nothing said (was 考核月份不一致 at exit 1)', async (file) => {
    const r = await gradedReport(at(file), March);
    expect(totals(r)).toEqual([['翠苑项目', 100, '优秀'], ['南湖项目', 100, '优秀']]);
    expect(r.problems).toEqual([]);
    expect(r.period).toBe('2026-03');
  });

  it('qi-dates-b without --period: 「3月28日」 is the March of the 2026-03-05 beside it, one month', async () => {
    const r = await gradedReport(at('qi-dates-b.xlsx'));
    expect(months(r)).toEqual([]);
  });

  it('qi-dates-b with --period 2026-04: March’s inspections are another month, an error (3月28日 read as 2026-03)', async () => {
    const r = await gradedReport(at('qi-dates-b.xlsx'), { period: '2026-04' });
    expect(months(r)).toEqual([['error', 'header-and-period', null]]);
    expect(r.problems[0]!.params).toMatchObject({ header: '2026-03', flag: '2026-04' });
  });

  it('qi-dates-a: 金桥项目 inspected 2026-04-01 for March is March’s done once it was over — a warning at B3, as 评价日期 2026-04-02 is (was an error, exit 1)', async () => {
    const r = await gradedReport(at('qi-dates-a.xlsx'), March);
    expect(totals(r)).toEqual([['翠苑项目', 100, '优秀'], ['金桥项目', 100, '优秀']]);
    expect(months(r)).toEqual([['warning', 'header-and-period', 'B3']]);
    expect(r.problems[0]!.message).toContain('表头的考核月份是 2026-04(金桥项目),而 --period 指定为 2026-03');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('qi-dates-a with --period 2026-02: 2026-03-05 and 2026-04-01 are not February’s and differ — still 考核月份不一致, an error', async () => {
    const r = await gradedReport(at('qi-dates-a.xlsx'), { period: '2026-02' });
    expect(months(r)).toEqual([['error', 'header-mixed', 'B3']]);
  });
});
