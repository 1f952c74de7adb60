import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { findRater, raterCopy } from '../../src/engine/raterCopy.js';
import { form, runCli, tempDir } from '../helpers.js';

// Exit codes and the --json documents of kpi rollup and of kpi score with several copies.
describe('kpi rollup and multi-rater kpi score', () => {
  it('rollup --json has the documented shape; score a.xlsx b.xlsx combines raters', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    // §8 with N 40, V 40, M4 base 10: total = 75 + M5 + M6.
    const row = (id: string, name: string, m5: number, m6: number): FillPerson => ({
      header: { employeeId: id, name, department: '客服部' },
      values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: m5, M6: m6 },
    });
    const months: Array<[string, FillPerson[]]> = [
      ['2026-01.xlsx', [row('1', '王芳', 10, 10), row('2', '李强', 5, 5)]], // 95, 85
      ['2026-02.xlsx', [row('1', '王芳', 9, 10)]], // 94; 李强 missing
    ];
    for (const [name, people] of months) {
      const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
      fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, people);
      await wb.xlsx.writeFile(path.join(dir, name));
    }
    const r = await runCli(['rollup', dir, '--json', '--dry-run', '--limit', '优秀=20%']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['form', 'period', 'months', 'people', 'departments', 'problems']));
    expect(j.form).toBe('mattress-cs-monthly');
    expect(j.period).toBe('2026-Q1');
    expect(j.months).toEqual(['2026-01', '2026-02']);
    const wang = j.people.find((p: { name: string }) => p.name === '王芳');
    expect(wang).toMatchObject({ id: '1', department: '客服部', total: 94.5, band: '优秀', change: -1, missing: [], adjustments: [] });
    expect(wang.months).toEqual({ '2026-01': { total: 95, total100: 95, band: '优秀', change: null }, '2026-02': { total: 94, total100: 94, band: '优秀', change: -1 } });
    const li = j.people.find((p: { name: string }) => p.name === '李强');
    expect(li).toMatchObject({ total: 85, band: '良好', change: null, missing: ['2026-02'] });
    expect(li.months['2026-02']).toBeNull();
    expect(j.departments).toEqual([
      expect.objectContaining({ name: '客服部', people: 2, mean: 89.75, median: 89.75, bands: { 优秀: 1, 良好: 1, 一般: 0, 待改进: 0 } }),
    ]);
    // 1 of 2 优秀 = 50 % > 20 %: a warning, exit 0, bands unchanged. March, after the last file, is a note.
    expect(j.problems.map((p: { code: string }) => p.code).sort()).toEqual(['distribution-limit', 'month-missing', 'period-incomplete']);
    expect(j.problems.find((p: { code: string }) => p.code === 'period-incomplete')).toMatchObject({ severity: 'info', message: '2026-03 还没有考核文件:期间得分只含已有文件的 2 个月' });
    expect(j.absentMonths).toEqual([]);

    const c = await form('cs-competency');
    const copy = async (file: string, who: string, level: string) => {
      const rater = findRater(c, who)!;
      const restricted = raterCopy(c, rater);
      const wb = await buildTemplate(restricted, { layout: 'roster', generator: 'test', rater: rater.label });
      const values = Object.fromEntries(['C1', 'C2', 'C3', 'C4', 'C5'].map((id) => [`${id}@${rater.id}`, level]));
      fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, restricted, [{ header: { employeeId: '9', name: '林娜' }, values }]);
      await wb.xlsx.writeFile(path.join(dir, file));
      return path.join(dir, file);
    };
    const sup = await copy('sup.xlsx', '主管', '良好');
    const cust = await copy('cust.xlsx', '客户', '优秀');
    const s = await runCli(['score', sup, cust, '--json', '--dry-run']);
    expect(s.code, s.stderr).toBe(0);
    const sj = JSON.parse(s.stdout);
    // No peer: 70/20 over 90 → (0.7 × 80 + 0.2 × 100) / 0.9 = 76 / 0.9 = 84.4444 on every item.
    expect(sj.people).toHaveLength(1);
    expect(sj.people[0].total).toBeCloseTo(76 / 0.9, 9);
    expect(sj.people[0].band).toBe('良好');
    expect(sj.inputs).toEqual([sup, cust]);
  });

  it('rollup --json numbers without binary noise: a mean of item losses 3.45 / 3 is 1.15, not 1.1500000000000001', async () => {
    const { rollupJsonText } = await import('../../src/cli/rollup.js');
    expect(3.45 / 3).toBe(1.1500000000000001);
    const dept = { name: '客服部', people: 3, mean: 0.1 + 0.2, median: null, bands: {}, months: {}, change: null, moversUp: [], moversDown: [], itemsLost: [{ item: '态度', lost: 3.45, count: 3, mean: 3.45 / 3 }] };
    const report = { form: { id: 'x', version: '1' }, files: [], output: null, problems: [], result: { period: '2026-Q1', months: [], absentMonths: [], people: [], departments: [dept], bands: {} } };
    const j = JSON.parse(rollupJsonText(report as never));
    expect(j.departments[0].itemsLost[0].mean).toBe(1.15);
    expect(j.departments[0].mean).toBe(0.3);
  });
});
