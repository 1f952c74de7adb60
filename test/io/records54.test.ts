// §5 install-followup 1.3.6 records.lateBy (完工时间): a call-back after --period's month of an install of that month is
// that month's order (review of f016baad: April's call-backs past the 5th left out, then April 2nd's too).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnyDefinition } from '../../src/forms/load.js';
import { gradedReport, repoRoot } from '../helpers.js';
import { readFileSync } from 'node:fs';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/records54', f);
const wang = (r: Awaited<ReturnType<typeof gradedReport>>) => r.groups!.find((g) => g.keyText === '王师傅')!;

describe('§5 call-backs of the month’s installs made in the next month', () => {
  it('--period 2026-03: installs 3/5 … 3/31 called back 3/10, 3/20, 4/2, 4/8, 4/15 are five March orders, 4 of 5 satisfied', async () => {
    const r = await gradedReport(at('s5-march-callbacks.xlsx'), { form: 'install-followup', period: '2026-03' });
    // 3/10's 服务态度 3分 is not 认可满意 (≥ 4 needed); the other four are: 4/5 = 80 % → 良好 (≥ 80).
    expect([wang(r).figures.orders, wang(r).figures.satisfiedRate, wang(r).band]).toEqual([5, 80, '良好']);
    const said = r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, (p.params as { case?: string }).case, (p.params as { count?: number }).count]);
    expect(said).toEqual([['info', 'kept', 3]]);
    expect(r.problems.find((p) => p.code === 'records-sheet-period')!.message).toContain('有 3 条订单的「客服回访时间」在 2026-03 之后,「完工时间」是 2026-03 的');
  });

  it('across the year end: December’s installs called back 1/2, 1/8, 1/15 count for 2025-12 (4/5 = 80 %)', async () => {
    const r = await gradedReport(at('s5-dec-callbacks.xlsx'), { form: 'install-followup', period: '2025-12' });
    expect([wang(r).figures.orders, wang(r).figures.satisfiedRate, wang(r).band]).toEqual([5, 80, '良好']);
  });

  it('lateBy must name a date column other than dated, and needs dated', async () => {
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/install-followup.json'), 'utf8'));
    def.records.lateBy = 'visitTime';
    const same = await parseAnyDefinition(JSON.stringify(def), 'mine.json');
    expect(same.ok ? [] : same.problems.map((p) => p.message)).toEqual(['mine.json:$.records.lateBy:lateBy 不能是 dated 本身']);
    def.records.lateBy = 'store';
    const text = await parseAnyDefinition(JSON.stringify(def), 'mine.json');
    expect(text.ok ? [] : text.problems.map((p) => p.message)).toEqual(['mine.json:$.records.lateBy:列「门店」是 text 列,lateBy 要一个日期(date)列']);
  });
});
