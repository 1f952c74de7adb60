// A record form's banded groups in a batch run: the exact figure, as `kpi score --json` and the people's rows give it.
import { describe, expect, it } from 'vitest';
import { groupLines } from '../../src/batch/recordGroups.js';
import type { GradeReport } from '../../src/io/outcome.js';

describe('groupLines', () => {
  it('keeps the exact figure (§5 李军 5 of 7 orders satisfied: 5 / 7 = 71.428571… %, not 71.43)', () => {
    const report = {
      groupings: [{ id: 'master', label: '师傅', band: { figure: 'rate' }, figures: [{ id: 'rate', label: '满意率' }] }],
      groups: [
        { grouping: 'master', keyText: '李军', figures: { rate: (5 / 7) * 100 }, band: '合格', status: 'scored' },
        { grouping: 'master', keyText: '陈刚', figures: { rate: null }, band: null, status: 'not-scored' },
      ],
    } as unknown as GradeReport;
    const { lines, rows } = groupLines(report);
    expect(lines.map((l) => [l.key, l.figure, l.value, l.band])).toEqual([['李军', '满意率', (5 / 7) * 100, '合格'], ['陈刚', '满意率', null, null]]);
    expect(rows.map((r) => [r.name, r.department, r.total])).toEqual([['李军', '师傅·满意率', 71.42857142857143], ['陈刚', '师傅·满意率', null]]);
  });
});
