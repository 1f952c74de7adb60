import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../src/cli/output.js';
import { renderRollup, sparkline } from '../../src/cli/rollup.js';
import type { RollupPerson } from '../../src/engine/rollup.js';
import type { RollupReport } from '../../src/io/rollup/index.js';
import { form } from '../helpers.js';

const MONTHS = ['2026-01', '2026-02', '2026-03'];

function person(k: number): RollupPerson {
  // Totals 40 + k/2, 41 + k/2, 42 + k/2: everyone rises by 1 a month.
  const months = Object.fromEntries(MONTHS.map((m, i) => [m, { total: 40 + k / 2 + i, total100: 40 + k / 2 + i, points: null, band: '待改进', change: i ? 1 : null, lost: {} }]));
  return {
    key: `id:${k}`, id: String(k), name: `员工${k}`, department: '客服部', months, mean: 41 + k / 2, mean100: 41 + k / 2,
    total: 41 + k / 2, total100: 41 + k / 2, band: '待改进', change: 1, bandMonths: { 优秀: 0, 良好: 0, 一般: 0, 待改进: 3 },
    missing: [], unscored: [], adjustments: [],
  };
}

describe('kpi rollup console', () => {
  it('sparklines share one scale; · marks a month without a score', () => {
    // Level = round((v − 55) / 44 × 7) of ▁▂▃▄▅▆▇█: 60 → 0.80 → ▂, 70 → 2.39 → ▃, 77 → 3.5 → ▅.
    expect(sparkline([55, 60, 70], 55, 99)).toBe('▁▂▃');
    expect(sparkline([99, null, 77], 55, 99)).toBe('█·▅');
    expect(sparkline([80], 80, 80)).toBe('█');
  });

  it('past 50 people: the best and lowest 10 by period figure, and where the full list is', async () => {
    const f = await form('mattress-cs-monthly');
    const people = Array.from({ length: 60 }, (_, k) => person(k + 1));
    const report = {
      form: f, files: MONTHS.map((m) => ({ file: `/d/${m}.xlsx`, month: m })), output: '/d/out.xlsx', problems: [],
      result: { period: '2026-Q1', months: MONTHS, absentMonths: [], people, departments: [], bands: { 优秀: 0, 良好: 0, 一般: 0, 待改进: 60 }, problems: [] },
    } as unknown as RollupReport;
    const o = captureOutput();
    renderRollup(o, report, false);
    expect(o.stdout).toContain('共 60 人,超过 50 人,只显示期间得分最高和最低各 10 名;完整名单见 /d/out.xlsx 的「汇总」表;加 --all 显示全部');
    const names = [...o.stdout.matchAll(/│ (员工\d+) /g)].map((m) => m[1]);
    expect(names).toEqual([...Array.from({ length: 10 }, (_, k) => `员工${60 - k}`), ...Array.from({ length: 10 }, (_, k) => `员工${10 - k}`)]);
    const all = captureOutput();
    renderRollup(all, report, true);
    expect([...all.stdout.matchAll(/│ (员工\d+) /g)]).toHaveLength(60);
  });

  it('two people of one name are told apart by their 工号 (two 「王芳」 rows could not be told apart); a name once is shown alone', async () => {
    const f = await form('mattress-cs-monthly');
    const people = [{ ...person(1), id: 'E101', name: '王芳', department: '客服二部' }, { ...person(2), id: 'E102', name: '王芳', department: '客服一部' }, { ...person(3), id: 'E103', name: '李强' }];
    const report = {
      form: f, files: MONTHS.map((m) => ({ file: `/d/${m}.xlsx`, month: m })), output: null, problems: [],
      result: { period: '2026-Q1', months: MONTHS, absentMonths: [], people, departments: [], bands: { 待改进: 3 }, problems: [] },
    } as unknown as RollupReport;
    const o = captureOutput();
    renderRollup(o, report, false);
    expect([...o.stdout.matchAll(/^│ (\S+)\s/gm)].map((m) => m[1]).filter((n) => n !== '姓名' && n !== '部门')).toEqual(['李强', '王芳(E102)', '王芳(E101)']);
  });

  it('a form scoring 管理处: its column says so, no empty 部门 column or department table; an error month is not a missing one', async () => {
    const f = await form('property-cs-monthly');
    const office = (k: number, name: string, unscored: string[]): RollupPerson => ({ ...person(k), name, department: '', unscored, ...(unscored.length ? { total: null, band: null } : {}) });
    const people = [office(1, '翠苑管理处', []), office(2, '香樟苑管理处', ['2026-03'])];
    const report = {
      form: f, files: MONTHS.map((m) => ({ file: `/d/${m}.xlsx`, month: m })), output: null, problems: [],
      result: { period: '2026-Q1', months: MONTHS, absentMonths: [], people, departments: [{ name: '', people: 2 }], bands: { 优秀: 0 }, problems: [] },
    } as unknown as RollupReport;
    const o = captureOutput();
    renderRollup(o, report, false);
    const head = o.stdout.split('\n').find((l) => l.includes('趋势'))!;
    expect(head.split('│').map((c) => c.trim()).filter(Boolean)).toEqual(['管理处', '1月', '2月', '3月', '趋势', '期间得分', '等级', '环比', '缺月/错误']);
    expect(o.stdout).toContain('3月有错误');
    expect(o.stdout).not.toContain('未填部门');
    expect(o.stdout).not.toContain('缺 3月');
  });
});
