// Sound input this session's changes refused or dropped (found by review against d6cda0a2), each scored again as before.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/review41', name);

async function grade(name: string, options: { data?: string; pay?: string; form?: string } = {}) {
  return gradedReport(fixture(name), { ...(options.data ? { data: fixture(options.data) } : {}), ...(options.pay ? { pay: fixture(options.pay) } : {}), ...(options.form ? { form: options.form } : {}) });
}

describe('review: sound input read as before', () => {
  // §11 陈静: 30 + 20 + 10 + (1 − 1 % / 2 %) × 10 = 5 + 14 = KPI 79, + 综合 14 + 加分 5 = 98.00 优秀 K 1.1.
  for (const data of ['export-2026-04-01.xlsx', 'export-sheet-dated.xlsx']) {
    it(`an export named or sheeted by the day it was pulled (${data}) is March's: 陈静 98.00 优秀`, async () => {
      const r = await grade('shop-roster.xlsx', { data });
      expect(r.people.find((p) => p.name === '陈静')).toMatchObject({ total: 98, band: '优秀' });
    });
  }

  it('a 12 in one 备注 of an export CSV beside 中差评 | 评价总数 of 1 | 150: no split — 周杰 28.50 + 19 + 10 + 6.67 + 15 + 14 = 93.17', async () => {
    const r = await grade('shop-roster.xlsx', { data: 'export-remark-12.csv' });
    expect(r.problems.filter((p) => p.code === 'row-shifted')).toEqual([]);
    expect(r.people.find((p) => p.name === '周杰')!.total).toBeCloseTo(93.17, 2);
  });

  it('a pay CSV of 3-digit bases with a 150 in one 备注: no split — 王磊 90.00 一般 K 0.9 → 900 × 0.9 = 810.00', async () => {
    const r = await grade('pay-roster.csv', { pay: 'pay-remark-150.csv' });
    expect(r.problems.filter((p) => p.code === 'row-shifted')).toEqual([]);
    const wang = r.people.find((p) => p.name === '王磊')!;
    expect(wang.total).toBe(90);
    expect(wang.pay?.bonus).toBe(810);
  });

  it('§23 「部门月度得分(满分100分)」 is read: 仓储部 u = 2 → 较差, 1 ÷ 0.9 = 1.11, 92 − 1.11 = 90.89', async () => {
    const r = await grade('workshop-score-100.xlsx');
    const dept = r.groups!.find((g) => g.grouping === 'dept' && g.keyText?.endsWith('仓储部'))!;
    expect(dept.figures).toMatchObject({ monthly: 92, deduction: 1.11, after: 90.89 });
  });

  it('§18 a row of the items\' full marks under the headings (「(20分)」 under 效率, a %): 88.56, 85.00, 98.00', async () => {
    const r = await grade('bao-lun-points-row.xlsx', { form: 'bao-lun-quality' });
    // 杨帆: 26 + 10 ticks × 2 = 20 + 效率 103 % → 17 + 出勤 10 + 7 of 9 ticks × 20/9 = 15.56 → 88.56 优秀.
    expect(r.people.map((p) => [p.name, p.total?.toFixed(2), p.band])).toEqual([['杨帆', '88.56', '优秀'], ['朱琳', '85.00', '优秀'], ['温柔', '98.00', '特别优秀']]);
  });
});

describe('review: sheets beside the forms that are no one\'s form', () => {
  // §8 worked example: 张三 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 一般; 李四 the same without the late arrival: 81 良好.
  const b = (name: string) => path.join(repoRoot, 'test/fixtures/review41b', name);
  for (const name of ['d_remarks.xlsx', 'b_criteria.xlsx', 'c_notes.xlsx', 'f_roster_notes.xlsx', 'e_ref_beside.xlsx']) {
    it(`${name} (a 评语 sheet, a 评分标准 or 说明 sheet, a criteria table beside the form): 张三 79, 李四 81, nothing refused`, async () => {
      const report = await gradedReport(b(name));
      expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 79], ['李四', 81]]);
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }
});

describe('review: sound input the later changes refused or changed', () => {
  const c = (name: string) => path.join(repoRoot, 'test/fixtures/review41c', name);
  const graded = async (name: string, form?: string) => {
    return gradedReport(c(name), { ...(form ? { form: c(form) } : {}) });
  };

  it('§2 a bad month of counts (5, 8, 5 beside eleven 0s) is counts: 100 − 5 − 8 − 5 = 82.00 良好; 6, 5, 5, 3 → 81.00', async () => {
    expect((await graded('p2a.xlsx')).people.map((p) => p.total)).toEqual([82]);
    expect((await graded('p2b.xlsx')).people.map((p) => p.total)).toEqual([81]);
  });

  it('a person\'s sheet named 「张标准」 or 「考核模板」 with its heading row deleted is still listed, unscored with why', async () => {
    for (const name of ['p17a.xlsx', 'p17b.xlsx']) {
      const r = await graded(name);
      expect(r.people.length, name).toBe(2);
      expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message).join('')).toContain('上面没有认得出的表头行');
    }
  });

  it('an allowed complaint rate of 1 % (1 − actual ÷ target): 张三 (1 − 0.6) × 20 = 8 → 80.00, 李四 90.00, 王五 75.00', async () => {
    const r = await graded('r2.xlsx', 'allowed.json');
    expect(r.people.map((p) => p.total)).toEqual([80, 90, 75]);
  });

  it('a team\'s 投诉率 in % typed 0.5, 0.8, 0.3: 20 − 10 × 0.5 = 15 → 87.00; 12 → 82.00; 17 → 92.00 (not × 100)', async () => {
    const r = await graded('r1.xlsx', 'number-pct.json');
    expect(r.people.map((p) => p.total)).toEqual([87, 82, 92]);
  });
});
