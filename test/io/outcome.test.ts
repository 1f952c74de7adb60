import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { reportForCaller } from '../../src/io/outcome.js';
import { repoRoot } from '../helpers.js';

// What a grading thread sends back (batch/worker.ts): kpi batch asks for the people without their items.
describe('reportForCaller', () => {
  it('without items: every person keeps id, name, total, band, status and problems; items and parts are left out', async () => {
    const outcome = await gradeFile(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'), { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const full = outcome.report;
    expect(full.people.length).toBeGreaterThan(1);
    expect(full.people.every((p) => p.items.length > 0)).toBe(true);
    const sent = reportForCaller(full, { withoutItems: true });
    expect(sent.people.map((p) => p.items.length + p.parts.length)).toEqual(full.people.map(() => 0));
    const keep = (r: typeof full) => r.people.map((p) => [p.id, p.name, p.department, p.total, p.band, p.status, p.problems]);
    expect(keep(sent)).toEqual(keep(full));
    expect({ ...sent, people: [] }).toEqual({ ...full, people: [] });
    // Asked for nothing, the report is sent as it is.
    expect(reportForCaller(full, {})).toBe(full);
  });
});
