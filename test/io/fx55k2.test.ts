// A hand 得分 beside blank inputs that filling them gives (review rv55b of a1508e10): refused at the 得分 cell, as
// b089ff2a did — ticking blank boxes (§27, §18), 「扣5分」 from M4's typed 基础分, counts in two blank inputs (§8 M7).
// A figure no filling reaches stays the hand total's warning. Fixtures: test/fixtures/fx55k2/mk.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55k2', f);
const one = async (f: string) => {
  const r = await gradedReport(at(f));
  const p = r.people[0]!;
  // The person's error is listed with the file's too: each said once here.
  const errors = [...new Set([...r.problems, ...p.problems].filter((q) => q.severity === 'error').map((q) => `${q.code} ${q.cell}`))];
  return p.status === 'scored' ? { status: p.status, total: Math.round(p.total! * 100) / 100, errors } : { status: p.status, errors };
};
const refusedAt = (cell: string) => ({ status: 'error', errors: [`unknown-column ${cell}`] });

describe('§27 / §18 tick lists: a figure that ticking blank boxes gives', () => {
  // 工作态度 a1 blank, a2–a6 ticked: 5/6 × 100 = 83.33; ticking a1 gives 6/6 = 100, the figure typed.
  it.each(['c27-a1blank-g100.xlsx', 'c27-a1blank-g100fen.xlsx'])('%s: 100 beside a1 blank, 5 of 6 ticked — refused at G7', async (f) => {
    expect(await one(f)).toEqual(refusedAt('G7'));
  });
  // a1 and a6 blank, 4 ticked: 4/6 = 66.67; ticking one gives 5/6 = 83.33 — 83.3 is that to its own one decimal.
  it.each(['c27-a1a6blank-g8333.xlsx', 'c27-a1a6blank-g833.xlsx'])('%s: 83.33 / 83.3 beside two blank boxes, 4 of 6 ticked — refused at G7', async (f) => {
    expect(await one(f)).toEqual(refusedAt('G7'));
  });
  // 合作精神 准时上下班 blank, 6 of 9 ticked (two 「-」): 6 × 20/9 = 13.33; ticking it gives 7 × 20/9 = 15.56.
  it('b18 合作精神 15.56 beside 准时上下班 blank — refused at G23', async () => {
    expect(await one('b18-t1blank-g1556.xlsx')).toEqual(refusedAt('G23'));
  });
  // 工作知识 k1 blank, 9 of 10 ticked: 9 × 2 = 18; ticking k1 gives 20.
  it.each(['b18-k1blank-g20.xlsx', 'b18-k1blank-g20fen.xlsx'])('%s: 工作知识 20 beside k1 blank — refused at G9', async (f) => {
    expect(await one(f)).toEqual(refusedAt('G9'));
  });
  // 合作精神 20 needs 9 of 9, but only 准时上下班 is blank (the two 「-」 are unticked): 7 × 20/9 = 15.56 at most — the
  // warning, 13.33 counted: 业务能力 26 + 工作知识 20 + 效率 103 % → 17 + 出勤 10 + 13.33 = 86.33 优秀.
  it('b18 合作精神 20, reachable only by boxes typed 「-」: warning, 86.33', async () => {
    expect(await one('b18-t1blank-g20.xlsx')).toEqual({ status: 'scored', total: 86.33, errors: [] });
  });
});

describe('§8 deductions: counts in the blank inputs that give the figure', () => {
  // M4 基础分 8, 拖延 blank: 8 (84 良好). 「扣5分」 / −5 is one lapse from the typed base: 8 − 5 × 1 = 3 (79, the worked
  // example) — not 10 − 5 = 5, which no count reaches.
  it('m4u-base: M4 基础分 8, 拖延 blank — 84 良好', async () => {
    expect(await one('m4u-base.xlsx')).toEqual({ status: 'scored', total: 84, errors: [] });
  });
  it.each(['m4u-g14-kou5.xlsx', 'm4u-g14-neg5.xlsx'])('%s: 扣5分 / −5 beside blank 拖延, base 8 — refused at G14', async (f) => {
    expect(await one(f)).toEqual(refusedAt('G14'));
  });
  // M7 做与工作无关的事 1, 迟到 and 旷工 blank: 10 − 2 = 8 (79 一般). G17 1 = 10 − 2×1 迟到 − 5×1 旷工 − 2×1 无关: two blank
  // counts together (迟到 alone gives 6, 4, 2, 0; 旷工 alone 3, 0). 「扣9分」 is the same 10 − 9 = 1.
  it('m8-m7-base: 无关 1 — 79 一般', async () => {
    expect(await one('m8-m7-base.xlsx')).toEqual({ status: 'scored', total: 79, errors: [] });
  });
  it.each(['m8-m7-g1.xlsx', 'm8-m7-kou9.xlsx', 'm8-m7-allblank-g1.xlsx'])('%s: G17 1 / 扣9分 reached by 迟到 1 + 旷工 1 — refused at G17', async (f) => {
    expect(await one(f)).toEqual(refusedAt('G17'));
  });
});
