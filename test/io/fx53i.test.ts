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
    expect(r.problems[0]!.message).toContain('表中的检查日期是 2026-04(金桥项目),在 --period 2026-03 的下一个月');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('qi-dates-a with --period 2026-02: 2026-03-05 and 2026-04-01 are not February’s and differ — still 考核月份不一致, an error', async () => {
    const r = await gradedReport(at('qi-dates-a.xlsx'), { period: '2026-02' });
    expect(months(r)).toEqual([['error', 'header-mixed', 'B3']]);
  });
});

describe('§23 answer words above the best option 满意 (none above it in the definition)', () => {
  const options = { form: 'internal-satisfaction-workshop' };

  it('十分满意, 很满意, 非常满意 read as 满意 with an info each; 非常不满意 as 很不满意; 比较满意 refused with advice fit for a word', async () => {
    const r = await gradedReport(at('ws-top.xlsx'), options);
    const dept = (name: string) => r.groups!.find((g) => g.keyText === `2026-03·${name}`)!;
    // 采购部: 3 answers 满意 → u = 0, w = 0, g = 0 → 优秀, 0 ÷ 0.9 (3 workshops) = 0.00.
    expect(dept('采购部').band).toBe('优秀(46–50分)');
    expect(dept('采购部').figures).toMatchObject({ answers: 3, served: 3, u: 0, w: 0, g: 0, deduction: 0 });
    // 仓储部: 满意, 一般, 很不满意 → w = 1 → 较差 (g = 1 is not ≥ 2), 1 ÷ 0.9 = 1.11.
    expect(dept('仓储部').band).toBe('较差(36–40分)');
    expect(dept('仓储部').figures).toMatchObject({ answers: 3, u: 0, w: 1, g: 1, coefficient: 0.9, deduction: 1.11 });
    // 财务部's only answer 比较满意 (a level below 满意, perhaps) is refused: no grade.
    expect(dept('财务部').band ?? null).toBeNull();
    const said = r.problems.map((p) => [p.severity, p.code, p.cell]);
    expect(said).toEqual([
      ['info', 'choice-above-best', 'E3'],
      ['info', 'choice-above-best', 'E4'],
      ['info', 'choice-above-best', 'E5'],
      ['info', 'choice-above-best', 'E6'],
      ['error', 'unknown-choice', 'E9'],
    ]);
    expect(r.problems[0]!.message).toBe('服务评价!E3:第 3 行(车间 一车间,被服务部门 采购部,评价项目 服务)「评价」写的「十分满意」按「满意」计:本表最好的一档就是「满意」,没有更高的一档');
    expect(r.problems[4]!.message).toBe('服务评价!E9:第 9 行(车间 一车间,被服务部门 财务部,评价项目 服务)「评价」应为以下之一:满意 / 一般 / 不满意 / 很不满意(请照其中一档的原字填写),实际为「比较满意」');
  });
});
