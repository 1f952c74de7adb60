// 平均响应秒数 (§10 sales-cs-kpi) typed as a time: in a duration's format, or a whole minute in h:mm:ss (a red team's
// openpyxl workbooks). Both readers.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRaw } from '../../src/engine/values.js';
import { gradeFile } from '../../src/io/grade.js';
import { timeAsShown } from '../../src/io/grid.js';
import { repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/time-cells', f);
const seconds = { id: 's', label: '平均响应秒数', type: 'number' as const, min: 0, unit: '秒' };

async function graded(f: string, writer: 'exceljs' | 'package') {
  const r = await gradeFile(at(f), { output: path.join(tempDir(), 'out.xlsx'), writer });
  if (!r.ok) throw new Error(r.failure.message);
  return r.report;
}

describe('a time in a number of seconds', () => {
  it.each(['exceljs', 'package'] as const)('0:00:45 in [h]:mm:ss, [mm]:ss, [ss] as in h:mm:ss: 30 ÷ 45 × 10 = 6.67 of 响应, 88.67 良好 each (refused as a duration) — reader %s', async (writer) => {
    const r = await graded('duration-formats.xlsx', writer);
    // 25 + 18 + 15 + 6.6667 + 8 + 8 + 4 + 4 = 88.67 for each of the six rows, whatever the cell's time format.
    expect(r.people.map((p) => Math.round(p.total! * 100) / 100)).toEqual(Array(6).fill(88.67));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it.each(['exceljs', 'package'] as const)('0:01:00 shown by h:mm:ss is 60 s (it was 「日期「00:01」」): 张敏 30 ÷ 60 × 10 = 5, 61.00 — reader %s', async (writer) => {
    const r = await graded('whole-minute.xlsx', writer);
    // 12.5 + 14 + 12 + 5 + 6 + 5 + 3 + 3.5 = 61.
    expect(r.people.find((p) => p.name === '张敏')!.total).toBe(61);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('a duration\'s cell of a day or more is a number typed into it (45 typed in [ss] is 45 days, shown 3888000): refused', () => {
    expect(parseRaw(seconds, { kind: 'date', value: '3888000', elapsed: true, seconds: 3888000 })).toMatchObject({ ok: false, code: 'duration-value' });
    expect(parseRaw(seconds, { kind: 'date', value: '45', elapsed: true, seconds: 45 })).toMatchObject({ ok: true, value: 45 });
    // 90 s in minutes: 1.5.
    expect(parseRaw({ ...seconds, unit: '分钟' }, { kind: 'date', value: '1:30', elapsed: true, seconds: 90 })).toMatchObject({ ok: true, value: 1.5 });
  });
  it('timeAsShown keeps 「:00」 seconds when the format shows seconds, and only then', () => {
    expect([timeAsShown('00:01', 'h:mm:ss'), timeAsShown('00:01', 'mm:ss'), timeAsShown('00:01', 'h:mm'), timeAsShown('00:01:05', 'h:mm:ss'), timeAsShown('2026-03-01', 'yyyy-mm-dd')]).toEqual(['00:01:00', '00:01:00', '00:01', '00:01:05', '2026-03-01']);
  });
});
