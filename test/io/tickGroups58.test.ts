// Review of 867cac78 (rt58 f4; files from the reviewer in test/fixtures/tickGroups58, make.py). 867cac78 ended a tick
// group at its first sub-heading that is no label; inside the rater's merged heading that dropped a column of the group:
// 差 | 低标 | 达到 (达到 retyped for 达成) under both raters, 孙七 直接 低标 and 间接 ticked under 达到 — the 间接 group cut
// to 差 | 低标, his tick dropped and the direct rating counted 100 %: 87.60 良好 at exit 0. Labels written with their
// coefficient as 「差60分」「差=0.6」「差:0.6分」「0.6差」「差×0.6」 were no group at all: 孙七 差 everywhere 106.00 优秀 for 66.00.
// CATALOG §4: item points = weight × coefficient × 100, coefficient = 0.7 × 直接 + 0.3 × 间接; part 2's two lines each
// (0.7 × 直接 + 0.3 × 间接) / 10 × 5.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickGroups58', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: Report) => r.problems.filter((p) => p.severity === 'warning');
const score = (name: string) => gradedReport(fixture(name), { form: 'cs-dept-monthly' });

describe('§4 tick groups: a sub-heading inside the rater\'s merged heading is the group\'s column', () => {
  it('孙七 间接 ticked under 「达到」: refused naming 达到 and the labels (was 87.60 良好 at exit 0)', async () => {
    for (const f of ['one-daodao.xlsx', 'one-daodao-tick.xlsx']) {
      const r = await score(f);
      expect(totals(r)).toEqual([['孙七', null, null]]);
      const errs = errors(r);
      expect(errs.length).toBe(13);
      expect(new Set(errs.map((p) => p.code))).toEqual(new Set(['unknown-choice']));
      expect(errs[0]!.cell).toBe('G8');
      expect(errs[0]!.message).toContain('「拆包人均每小时20个·间接主管」应为以下之一:差 / 低标 / 达成');
      expect(errs[0]!.message).toContain('实际为「达到」');
      // The tick is no longer 「间接主管评分」's score not counted, nor 间接主管 unrated.
      expect(warnings(r)).toEqual([]);
    }
  });

  it('two people (v-dabiao-unknown): 孙七 差 | 差 60 + 3 + 3 = 66.00 一般 as before; 张三 (达到 ticked by 间接) refused (was 88.20 良好)', async () => {
    const r = await score('v-dabiao-unknown.xlsx');
    expect(totals(r)).toEqual([['孙七', 66, '一般'], ['张三', null, null]]);
    expect(errors(r).every((p) => p.code === 'unknown-choice' && p.person === '张三')).toBe(true);
  });

  it('nearest sound variant: 「达到」 printed but nobody ticks it — scored as before', async () => {
    // 孙七 差 | 差: 60 + 3 + 3 = 66.00; 张三 低标 | 低标: 80 + (0.7 × 8 + 0.3 × 6) / 10 × 5 + (0.7 × 9 + 0.3 × 9) / 10 × 5
    // = 80 + 3.7 + 4.5 = 88.20 良好.
    const r = await score('v-daodao-untouched.xlsx');
    expect(totals(r)).toEqual([['孙七', 66, '一般'], ['张三', 88.2, '良好']]);
    expect(errors(r)).toEqual([]);
    // Headings not merged, 达到 under a blank heading after the last group (867cac78's 备注 place), nobody ticking it:
    // 低标 | 低标 80 + (0.7 × 8 + 0.3 × 9) / 10 × 5 + (0.7 × 6 + 0.3 × 9) / 10 × 5 = 80 + 4.15 + 3.45 = 87.60 良好.
    expect(totals(await score('one-daodao-unmerged.xlsx'))).toEqual([['孙七', 87.6, '良好']]);
  });

  it('a team\'s 备注 after the last group over a blank heading cell still ends it (867cac78): 66.00 一般 and 94.20 优秀', async () => {
    // 张三 低标 | 达成: (0.7 × 0.8 + 0.3 × 1) × 100 = 86 + (0.7 × 8 + 0.3 × 6) / 2 = 3.7 + 4.5 = 94.20.
    for (const f of ['v-beizhu-merged.xlsx', 'v-baseline.xlsx', 'v-paren-sp.xlsx']) {
      const r = await score(f);
      expect(totals(r)).toEqual([['孙七', 66, '一般'], ['张三', 94.2, '优秀']]);
      expect(errors(r)).toEqual([]);
    }
  });
});

describe('§4 tick groups: labels with their coefficient written 60分, =0.6, :0.6分, 0.6差, ×0.6', () => {
  it('孙七 差 everywhere: 60 + 3 + 3 = 66.00 一般 (was 106.00 优秀 at exit 0)', async () => {
    for (const f of ['one-fen.xlsx', 'one-eq.xlsx', 'one-colon-fen.xlsx']) {
      const r = await score(f);
      expect(totals(r)).toEqual([['孙七', 66, '一般']]);
      expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    }
    for (const f of ['v-fen.xlsx', 'v-eq.xlsx', 'v-0.6cha.xlsx', 'v-x.xlsx']) {
      const r = await score(f);
      expect(totals(r)).toEqual([['孙七', 66, '一般'], ['张三', 94.2, '优秀']]);
      expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    }
  });

  it('a coefficient written that is not the form\'s (「差50分」 for 0.6): read as 差, scored with 0.6, warned', async () => {
    const r = await score('one-fen-off.xlsx');
    // 100 × 0.6 = 60 + 3 + 3 = 66.00 一般 (not 50 + 6).
    expect(totals(r)).toEqual([['孙七', 66, '一般']]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r).map((p) => [p.code, p.cell])).toEqual([['tick-coefficient', 'D6'], ['tick-coefficient', 'G6']]);
    expect(warnings(r)[0]!.message).toContain('直接主管的勾选列表头「差50分」按「差」读,写的系数与本表不同:本表「差」的系数是 0.6,按 0.6 计分');
  });
});
