// Regressions the review of this session's commits found, each read again as before them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/review47', f);
const totals = (r: { people: Array<{ name: string; total: number | null; band: string | null }> }) => r.people.map((p) => [p.name, p.total, p.band]);

async function combined(files: string[]) {
  const outcome = await gradeCombined(files.map(at), { output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('raters signing with a kind, not a surname (「主管面试官」, 「企业客户」)', () => {
  it('§15 two 「主管面试官」 copies (优秀, alike) and 「HR面试官」 (较差): three interviewers, (4 + 4 + 1) / 3 = 3.00 良好 (were merged: 2.50)', async () => {
    const r = await combined(['iv-主管A.xlsx', 'iv-主管B.xlsx', 'iv-HR.xlsx']);
    expect(totals(r)).toEqual([['张三', 3, '良好']]);
  });

  it('§9 two customers\' copies signed 「企业客户」 (优秀, 一般): two customers, (70 × 100 + 20 × 80) / 90 = 95.56 优秀 (refused as one twice)', async () => {
    const r = await combined(['cu-主管.xlsx', 'cu-企业客户-1.xlsx', 'cu-企业客户-2.xlsx']);
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['林娜', 95.56]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('weights and points a person\'s sheet prints that are the form\'s own', () => {
  it('§1 「客户信息管理(20%)」 (the seed prints its 20-point items so) and 「业绩考核(满分100分)」: 周杰 79.5625 一般, the catalog\'s example', async () => {
    // A = 65/80 = 81.25; 81.25 × 0.85 + 70 × 0.15 = 79.5625.
    expect(totals(await gradedReport(at('01-as-item20pct.xlsx')))).toEqual([['周杰', 79.5625, '一般'], ['吴婷', 100, '优秀']]);
    expect(totals(await gradedReport(at('02-as-part100.xlsx')))).toEqual([['周杰', 79.5625, '一般'], ['吴婷', 100, '优秀']]);
  });

  it('§26 four areas 「(25分)」 and §29 indicators 「(25分)」 (each an equal share of 100): 马琳 32 × 2.5 = 80 良好, 钱多 3.0 / 4 × 100 = 75 良好', async () => {
    expect(totals(await gradedReport(at('20-wr-part25.xlsx')))[0]).toEqual(['马琳', 80, '良好']);
    expect(totals(await gradedReport(at('21-rating-part25.xlsx')))[0]).toEqual(['钱多', 75, '良好']);
  });

  it('§28 「客诉率(2%)」 (its target, not a weight): 何静 71.25 一般', async () => {
    expect(totals(await gradedReport(at('24-sa-kesu.xlsx'), { form: 'sales-aftersales-monthly' }))[0]).toEqual(['何静', 71.25, '一般']);
  });

  it('§4 「直接主管评分(100%)」 with no 间接主管 filled: the form\'s rule when 间接 is absent — 107 优秀 (refused as 70 %)', async () => {
    expect(totals(await gradedReport(at('30-dm-direct100.xlsx')))).toEqual([['李强', 107, '优秀']]);
  });
});
