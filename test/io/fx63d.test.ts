import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/fx63d', name);

describe('§6 property-service-quality 1.5.0: the seed\'s own wording of each criterion, 合格 / 不合格 (review 63)', () => {
  it('a roster headed in seed 000\'s words scores as the template\'s does (it was refused: no item found, exit 2)', async () => {
    const r = await gradedReport(at('psq-seed-wording.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // 阳光花园: every criterion 符合 but 业主回访记录按月统计分析 (one of the three cells of its criterion): 16 / 17 × 100 = 94.12.
    // 金色家园: 满意度调查报告 不适用 (17 − 1 = 16 apply); 急迫性报修 25 分钟 > 20 fails 派工单's criterion (合格 beside it),
    // 无…集体群诉 不合格 fails: 14 / 16 × 100 = 87.5 良好.
    expect(r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band])).toEqual([
      ['阳光花园管理处', 94.12, '优秀'],
      ['金色家园管理处', 87.5, '良好'],
    ]);
  });
});

describe('§29 cs-dept-rating 1.1.0: 优 / 良 / 中 / 差 for 优秀 / 良好 / 一般 / 不符合要求 (review 63)', () => {
  it('a row typed 优 良 中 差 four times is 4, 3, 2, 1 in each indicator: 2.5 each, 2.5 / 4 × 100 = 62.5 良好 (three indicators ≥ 2.5)', async () => {
    const r = await gradedReport(at('cdr-levels.xlsx'));
    const short = r.people.find((p) => p.name === '缩写')!;
    expect([short.status, short.total, short.band]).toEqual(['scored', 62.5, '良好']);
    // Letters stay refused: A–D is no scale the seed or the catalog names.
    expect(r.people.find((p) => p.name === '字母')!.status).toBe('error');
  });
});
