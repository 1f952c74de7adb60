// Record logs: a legend of codes under the log written as kpi's own message advises (「1满意 2一般 …」, no 「=」).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/records47', f);

describe('§23 a note under the log 「注:1满意 2一般 3不满意 4很不满意」', () => {
  it('read as the codes (each digit refused before, the message advising that very writing): 4 workshops, 2 不满意 → 较差, 1.11', async () => {
    // Catalog §23: 2 不满意 of 4 → 较差, nominal 1; 4 workshops → coefficient 0.9; 1 ÷ 0.9 = 1.11.
    const out = await gradeFile(at('workshop-legend-below.xlsx'), { output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const g = out.report.groups![0]!;
    expect([g.keyText, g.band, g.figures]).toMatchObject(['2026-03·采购部', '较差(36–40分)', { u: 2, served: 4, coefficient: 0.9, deduction: 1.11 }]);
  });
});
