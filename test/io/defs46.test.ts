// Teams' own definitions: an optional choice of 无 / 有.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/defs46', f);

describe('an optional item 重大客诉 (5) of 「无」 5 / 「有」 0 added to the mattress form (态度 15 → 10)', () => {
  it('「没有」 and 「-」 are 「无」 (they scored 0, as 有: 95 for 100); a blank scores 0 with a warning', async () => {
    // Everyone full marks elsewhere: 20 + 20 + 15 + 10 + 10 + 10 + 10 = 95, + 5 for 无.
    const r = await gradedReport(at('complaint-march.csv'), { form: at('team-complaint.json') });
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张一', 100], ['李二', 95], ['王三', 100], ['赵四', 100], ['钱五', 95]]);
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.cell, p.message])).toEqual([
      ['blank-choice', 'T6', 'complaint-march!T6:「重大客诉」空着,按 0 分计;如果是「无」(5 分),请填上后重新评分'],
    ]);
  });
});
