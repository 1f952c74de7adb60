// The forty-eighth session's reviews of its own commits: cases the first fixes got wrong, each read right again.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/review48', f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100]);

describe('a line of the sheet\'s own fields above the headings (「评分人:自评」 | 「考核期间:2026年3月」) still names the rater', () => {
  it('§1 a self-rating copy: 「只有自评」, not the 上级\'s marks (张三 100.00 优秀 at exit 0)', async () => {
    const r = await gradedReport(at('s01-info-self.xlsx'), { form: 'after-sales-monthly' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.code === 'rater-copy-alone')).toBe(true);
  });

  it('§9 the 主管\'s and a peer\'s copies scored together: 张三 80 × 7/8 + 100 × 1/8 = 82.50, 李四 60 × 0.875 + 100 × 0.125 = 65 (both refused)', async () => {
    const r = await combinedReport([at('s02-zhuguan.xlsx'), at('s02-tongshi.xlsx')], { form: 'cs-competency' });
    expect(totals(r)).toEqual([['张三', 82.5], ['李四', 65]]);
  });
});

describe('the team\'s own small numbers where a count column was (工龄, 序号, 试用月数) or a leave column (病假, 请假) stay theirs', () => {
  // mattress-cs-monthly with 旷工 retitled or deleted: as the base read them, with a warning — 张三 92, 李四 78, 王五 94.
  for (const f of ['m01-q-gongling.xlsx', 'm03-q-xuhao-gap.xlsx', 'm02-del-kg-bingjia.xlsx', 'm01-del-qingjia2-end.xlsx']) {
    it(`${f}: scored, no one refused`, async () => {
      const r = await gradedReport(at(f));
      expect(totals(r)).toEqual([['张三', 92], ['李四', 78], ['王五', 94]]);
    });
  }

  it('§17 「试用月数」 where 准时出勤 stood: 95, 80, 95 (all three were refused)', async () => {
    const r = await gradedReport(at('p03-h-shiyong.xlsx'));
    expect(totals(r)).toEqual([['张三', 95], ['李四', 80], ['王五', 95]]);
  });
});

describe('more of the same session\'s edges', () => {
  it('§20 「培训记录(每月1次以上,无记录为不合格)」 is how often, not a threshold: A项目 100, B项目 95.24', async () => {
    const r = await gradedReport(at('q01-freq.xlsx'));
    expect(r.problems.filter((p) => p.code === 'heading-threshold')).toEqual([]);
    expect(totals(r)).toEqual([['A项目', 100], ['B项目', 95.24]]);
  });

  it('§10 a column of fractions 0.92, 0.85, 1: the 1 is 100 % — 王五 25 + 20 + 15 + 10 + 10 + 10 + 5 + 5 = 97 (77.20 with a warning)', async () => {
    const r = await gradedReport(at('f01-frac-one.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(r).find(([n]) => n === '王五')).toEqual(['王五', 97]);
    expect(r.problems.filter((p) => p.code === 'fraction-score')).toEqual([]);
  });

  it('§23 「装配车间(电机)」 and 「装配车间(水泵)」, 「喷涂车间」 and 「喷涂车间(外协)」 are two workshops: 6 served, 1.1, 1 ÷ 1.1 = 0.91, 94.09', async () => {
    for (const f of ['01-ws-products.xlsx', '01c-ws-outsourced.xlsx']) {
      const r = await gradedReport(at(f), { form: 'internal-satisfaction-workshop' });
      const dept = r.groups!.find((g) => g.grouping === 'dept')!;
      expect([dept.figures.served, dept.figures.deduction], f).toEqual([6, 0.91]);
    }
  });

  it('§11 one 考核月份 retyped 「3月」 beside 2026-03: February\'s export is still refused (王芳 55.00 at exit 0); March\'s scores 85.50', async () => {
    const feb = await refusal(at('02-mixed-month.xlsx'), { data: at('export-feb.csv') });
    expect(feb.message).toContain('的标题是 2026-02 的,本表的考核月份是 2026-03');
    const march = await gradedReport(at('02-mixed-month.xlsx'), { data: at('export-march.csv') });
    expect(totals(march)).toEqual([['王芳', 85.5], ['李强', 97], ['张敏', 70]]);
  });
});

describe('the second review of the session\'s commits', () => {
  it('§8 旷工 retyped 「无故缺岗」 with counts: those people refused again (王芳 79 for 74, 刘洋 64 一般 for 59 待改进 at exit 0)', async () => {
    const r = await gradedReport(at('08b-wugu.xlsx'));
    for (const name of ['王芳', '刘洋', '赵磊']) expect(r.people.find((p) => p.name === name)!.total, name).toBeNull();
  });

  it('a corrected peer copy with every row changed and 王芳 blank: her first marks still count, and the warning names her', async () => {
    const dir = at('shift');
    const r = await combinedReport(['主管.xlsx', '同事甲.xlsx', '同事甲(修改).xlsx'].map((f) => path.join(dir, f)), { form: 'cs-competency' });
    expect(r.problems.find((p) => p.code === 'rater-duplicate')!.message).toContain('「王芳」在改过的表里是空行,仍按 同事甲.xlsx 的评分计');
  });

  it('§3 sheets 「2026年3月」 and 「3月」 with --period 2026-03 are one month (an error said they were two); without it 「3月」 may be any year\'s — said', async () => {
    const r = await gradedReport(at('01a-2026y3m-and-3m.xlsx'), { period: '2026-03' });
    expect(r.problems.filter((p) => p.code === 'records-sheet-period')).toEqual([]);
    const bare = await gradedReport(at('01a-2026y3m-and-3m.xlsx'));
    expect(bare.problems.filter((p) => p.code === 'records-sheet-period').map((p) => p.severity)).toEqual(['error']);
  });

  it('§3 a title naming a quarter (「2026年1-3月…」) with --period 2026-03 is no other month', async () => {
    const r = await gradedReport(at('02c-quarter.xlsx'), { period: '2026-03' });
    expect(r.problems.filter((p) => p.code === 'records-sheet-period')).toEqual([]);
  });
});

describe('the last round\'s exports and person sheets', () => {
  // §10 with everything else as the tester's sheet: 22.5 + 15 + 10 + 8 + 9 + 4 + 4.5 = 73, plus 满意度 × 20 / 100.
  it('a 平均 row under the fractions (=AVERAGE, no cached result) keeps the column fractions: 73 + 18.4 = 91.40, 92.00, 90.00', async () => {
    const r = await gradedReport(at('sales-fractions-average-row.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(r).map(([, t]) => t)).toEqual([91.4, 92, 90]);
  });

  it('1, 1, 0.85 (plain or under 「客户满意度(%)」): the 1s are 100 % — 73 + 20 = 93.00 (73.20 with a warning)', async () => {
    for (const f of ['sales-fractions-ones.csv', 'sales-fractions-ones-percent-heading.csv']) {
      const r = await gradedReport(at(f), { form: 'sales-cs-kpi' });
      expect(totals(r).map(([, t]) => t), f).toEqual([93, 93, 90]);
    }
  });

  it('a February sheet left in March\'s workbook, scored with --period 2026-03: an error naming 王五 (nothing was said)', async () => {
    const r = await gradedReport(at('mattress-february-sheet-left.xlsx'), { period: '2026-03' });
    // (Since round 53 the sheet itself is refused — sheet-month at its month cell, 王五 unscored — not the file.)
    const all = [...new Set([...r.problems, ...r.people.flatMap((p) => p.problems)])];
    expect(all.filter((p) => p.code === 'month-unknown' || p.code === 'sheet-month').map((p) => [p.code, p.severity, p.sheet, p.message])).toEqual([['sheet-month', 'error', '2月-王五', expect.stringContaining('考核月份是2026-02')]]);
    expect(r.people.find((p) => p.name === '王五')?.status).toBe('error');
  });
});

describe('§30 two customer copies both signed 「王总(客户)」 (B made from A\'s file)', () => {
  it('are one customer twice — refused as 「王总」 twice is (averaged: 0.7 × 80 + 0.3 × (100 + 60) / 2 = 80 at exit 0)', async () => {
    const dir = at('same-customer');
    const r = await combinedReport(['33-上级.xlsx', '33-客户A-a.xlsx', '33-客户B-a.xlsx'].map((f) => path.join(dir, f)), { form: 'cs-ability' });
    expect(r.people.length).toBeGreaterThan(1);
    expect(r.people.every((p) => p.total === null)).toBe(true);
  });
});

describe('the fourth review', () => {
  it('§8 「其它·奖惩分 | 其它·原因 | 备注」 past an empty column, filled for the first two: read (张三 98 − 5 = 93, 李四 98 + 3 → 100)', async () => {
    const r = await gradedReport(at('01-mattress-spacer.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r).slice(0, 2)).toEqual([['张三', 93], ['李四', 100]]);
  });

  it('cs-scheme-100 items past a spacer column, a 制表人 footer under them: read (92, 86 …; everyone was 「缺少列」)', async () => {
    const r = await gradedReport(at('04-scheme-spacer-footer.xlsx'), { form: 'cs-scheme-100' });
    expect(totals(r).slice(0, 2)).toEqual([['张三', 92], ['李四', 86]]);
  });

  it('§3 「2025年3月」 kept beside 「3月」: with --period 2026-03 last year\'s is left out — mean 9 × 10 = 90 甲 (70 丙 at exit 0); without, an error', async () => {
    const r = await gradedReport(at('09-satm-yoy.xlsx'), { period: '2026-03' });
    expect(r.groups![0]!.figures.index).toBe(90);
    const bare = await gradedReport(at('09-satm-yoy.xlsx'));
    expect(bare.problems.some((p) => p.code === 'records-sheet-period' && p.severity === 'error')).toBe(true);
  });

  it('§3 a quarter\'s title 「2026年1-3月…」: --period 2026-03 is inside it (nothing said), 2026-04 outside (an error)', async () => {
    const inside = await gradedReport(at('07c-satm-quarter.xlsx'), { period: '2026-03' });
    expect(inside.problems.filter((p) => p.code === 'records-sheet-period')).toEqual([]);
    const outside = await gradedReport(at('07c-satm-quarter.xlsx'), { period: '2026-04' });
    expect(outside.problems.filter((p) => p.code === 'records-sheet-period').map((p) => p.severity)).toEqual(['error']);
  });

  it('a rater\'s graded copy named without its input is that rater\'s copy: 88 × 0.875 + 76 × 0.125 = 86.50 (88.00, the 同事 dropped)', async () => {
    const dir = at('graded-copy');
    const r = await combinedReport([path.join(dir, '主管.xlsx'), path.join(dir, '同事.graded.xlsx')], { form: 'cs-competency' });
    expect(totals(r).map(([, t]) => t)).toEqual([86.5, 86.5]);
  });
});

describe('a person sheet\'s value column headed 「得分(分)」 as the seed prints 「(得分:__分)」', () => {
  it('§26 (9 + 8 + 8 + 7) × 2.5 = 80 良好 and 85; §16 82 and 94 (every person refused: 「没有认得出的表头行」)', async () => {
    const review = await gradedReport(at('work-review-score-unit.xlsx'));
    expect(totals(review)).toEqual([['张三', 80], ['李四', 85]]);
    const rating = await gradedReport(at('property-rating-score-unit.xlsx'));
    expect(totals(rating)).toEqual([['张三', 82], ['李四', 94]]);
  });
});
