// A hand 得分 merged over an item's rows (kpi's own §8 mattress-cs-monthly: G10:G12, G13:G14, G17:G20) beside a blank
// input on a row under the 得分's own (red-team rt57R): 6e220d6e refused a figure that filling the blanks gives only when
// the 得分's row held the blank input — here its first input is typed, so the figure was compared with kpi's and a warning
// only, at exit 0. Now refused at the 得分 cell as fx55k2's are. Fixtures: test/fixtures/fx57f/make.py.
// 张三 as typed: M1 45/50 × 20 = 18, M2 20 − 3 − 2 = 15, M3 15 − 2 × 1 − 1 × 2 = 11, M4 基础分 8 − 5 × 拖延, M5 9, M6 13,
// M7 10 − 2 × 1 = 8, M8 2: 拖延 1 → 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 一般; 拖延 blank → M4 8, 84 良好.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx57f', f);
const zhang = async (f: string) => {
  const r = await gradedReport(at(f));
  const p = r.people.find((q) => q.name === '张三')!;
  const errors = [...new Set([...r.problems, ...p.problems].filter((q) => q.severity === 'error' && q.person === '张三').map((q) => `${q.code} ${q.cell}`))];
  const warnings = [...new Set(p.problems.filter((q) => q.severity === 'warning' && q.code === 'override').map((q) => `${q.code} ${q.cell}`))];
  return p.status === 'scored' ? { status: p.status, total: Math.round(p.total! * 100) / 100, errors, warnings } : { status: p.status, errors };
};
const refusedAt = (cell: string) => ({ status: 'error', errors: [`unknown-column ${cell}`] });
const scored = (total: number, warnings: string[] = []) => ({ status: 'scored', total, errors: [], warnings });

describe('§8 得分 merged over the item\'s rows: a figure that counts in the blank inputs under it give', () => {
  it('m8f_base: every count as typed — 79 一般', async () => {
    expect(await zhang('m8f_base.xlsx')).toEqual(scored(79));
  });
  // M4 基础分 8 typed on G13's row, 拖延 F14 blank under it: 3 = 8 − 5 × 1 (one 拖延, 79 一般), 「扣5分」 and −5 the same
  // from the typed 基础分 — was 84 良好 with a warning at G13.
  it.each(['m8f_e4.xlsx', 'm8f_e5.xlsx', 'm8f_m4_m5.xlsx'])('%s: M4 3 / 扣5分 / −5 in G13:G14 beside blank 拖延 — refused at G13', async (f) => {
    expect(await zhang(f)).toEqual(refusedAt('G13'));
  });
  // M3 用语 1, 短信 2 typed, 跟踪 F12 blank: 9 = 15 − 2 − 2 − 2 × 1 (跟踪 1) — was 11 scored, 79 at exit 0.
  it('m8f_e6: M3 9 in G10:G12 beside blank 跟踪 — refused at G10', async () => {
    expect(await zhang('m8f_e6.xlsx')).toEqual(refusedAt('G10'));
  });
  // M7 迟到 1 typed, 旷工, 无关, 睡觉 blank: 1 = 10 − 2 × 1 − 5 × 1 (旷工) − 2 × 1 (无关) — was 8 scored, 79 at exit 0.
  it('m8f_e2: M7 1 in G17:G20 beside 迟到 1 and blank counts — refused at G17', async () => {
    expect(await zhang('m8f_e2.xlsx')).toEqual(refusedAt('G17'));
  });
});

describe('§8 得分 merged over the item\'s rows: figures that stay as they were', () => {
  // kpi's own figure beside the blank: M4 8 (拖延 blank, 84 良好), M3 11, M7 8 (79) — the team's total agreeing.
  it('v-m4-g13-8: M4 8 beside blank 拖延 — 84, no error', async () => {
    expect(await zhang('v-m4-g13-8.xlsx')).toEqual(scored(84));
  });
  it.each(['v-m3-g10-11.xlsx', 'v-m7-g17-8.xlsx'])('%s: kpi\'s own figure beside blank counts — 79, no error', async (f) => {
    expect(await zhang(f)).toEqual(scored(79));
  });
  // Every input filled: 拖延 1, G13 3 = 8 − 5 — no error, 79.
  it('v-m4-filled-g13-3: M4 3 with 拖延 1 typed — 79, no error', async () => {
    expect(await zhang('v-m4-filled-g13-3.xlsx')).toEqual(scored(79));
  });
  // No filling of the blanks gives the figure: 8 − 5k is never 4 (84 良好), 11 − 2k never 10, 8 − 2a − 5b − 2c − 3d never
  // 7.5 (79) — the hand total's warning, kpi's score counted.
  it('v-m4-g13-4: M4 4 beside blank 拖延 — override warning, 84', async () => {
    expect(await zhang('v-m4-g13-4.xlsx')).toEqual(scored(84, ['override G13']));
  });
  it.each([['v-m3-g10-10.xlsx', 'G10'], ['v-m7-g17-75.xlsx', 'G17']])('%s: a figure no count reaches — override warning, 79', async (f, cell) => {
    expect(await zhang(f)).toEqual(scored(79, [`override ${cell}`]));
  });
});
