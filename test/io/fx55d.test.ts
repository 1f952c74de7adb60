// §4 cs-dept-monthly part 2 (超预期表现: 工作能力, 日常行为, each worth 5 and rated 1–10 by 直接主管 | 间接主管, 70/30;
// points = rating / 10 × 5) with the item's points noted before the rater's name, 「工作能力(5分)·直接主管」, or as its
// weight, 「(5%)」, every mark within 5: points already weighted or low ratings, which cannot be told. Read as ratings at
// exit 0: 张三 4 | 4 and 3 | 3 made 85 + 2 + 1.5 = 88.50 良好, where read as points it is 85 + 4 + 3 = 92 优秀.
// Fixtures: test/fixtures/fx55d/make.py. Part 1 the same for everyone (CATALOG §4, points = weight × coefficient × 100):
// 拆包 and 紧急 差|差 0.6 × 15 = 9 each, 签收 低标|低标 0.8 × 7 = 5.6, 当天质量 低标|低标 0.8 × 8 = 6.4, the rest 达成 →
// 100 − 6 − 6 − 1.4 − 1.6 = 85.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx55d', name);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);
const refused = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'heading-points').map((p) => [p.severity, p.cell, p.person ?? '']);

describe('§4 part 2 headings stating the item\'s points over marks within them', () => {
  it('「工作能力(5分)·直接主管」 over 4 | 4, 5 | 5, 2 | 2: refused at AL1 and AN1 and at each person\'s first mark, not 88.50 良好', async () => {
    const r = await gradedReport(fixture('points-before-rater.xlsx'));
    // Read as ratings: 张三 85 + 4/10 × 5 + 3/10 × 5 = 88.50 良好; as points 85 + 4 + 3 = 92 优秀 (李四 89.50 or 94, 王五
    // 87.50 or 90): other bands, so no one is scored.
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null], ['王五', null, null]]);
    expect(refused(r)).toEqual([
      ['error', 'AL1', ''], ['error', 'AN1', ''],
      ['error', 'AL2', '张三'], ['error', 'AN2', '张三'], ['error', 'AL3', '李四'], ['error', 'AN3', '李四'], ['error', 'AL4', '王五'], ['error', 'AN4', '王五'],
    ]);
    const column = r.problems.find((p) => p.cell === 'AL1')!.message;
    expect(column).toContain('「工作能力(5分)·直接主管」写的是「工作能力」的 5 分,下面填的都不超过 5,像是直接填了得分;本表「工作能力」填 1–10 的评分');
    expect(column).toContain('请改填 1–10 的评分后重新评分;如果贵单位就是直接填得分,请用自己的表单定义评分');
    // 4 as a rating: 4 ÷ 10 × 5 = 2.
    expect(r.problems.find((p) => p.cell === 'AL2')!.message).toContain('按本表的评分读是 4 ÷ 10 × 5 = 2 分,按得分读是 4 分');
  });

  it('「工作能力(5%)·直接主管」 (5 % of 100 = its 5 points) over the same marks: refused alike', async () => {
    const r = await gradedReport(fixture('weight-before-rater.xlsx'));
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null], ['王五', null, null]]);
    expect(refused(r).filter(([, , who]) => who === '').map(([, cell]) => cell)).toEqual(['AL1', 'AN1']);
    expect(r.problems.find((p) => p.cell === 'AN1')!.message).toContain('写的是「日常行为」的权重 5%(5 分)');
  });

  it('「工作能力(5分)·直接主管」 over marks some above 5: ratings, scored as before', async () => {
    const r = await gradedReport(fixture('ratings-under-points.xlsx'));
    // 张三 工作能力 (0.7 × 8 + 0.3 × 6) / 10 × 5 = 3.7, 日常行为 10 | 10 → 5: 85 + 3.7 + 5 = 93.70 优秀.
    // 李四 6 | 6 → 3, 4 | 4 → 2 (the column holds 10 and 7: ratings): 85 + 3 + 2 = 90 优秀.
    // 王五 3 | 3 → 1.5, (0.7 × 7 + 0.3 × 5) / 10 × 5 = 3.2: 85 + 1.5 + 3.2 = 89.70 良好.
    expect(totals(r)).toEqual([['张三', 93.7, '优秀'], ['李四', 90, '优秀'], ['王五', 89.7, '良好']]);
    expect(refused(r)).toEqual([]);
  });

  it('「工作能力(10分)·直接主管」, the rating\'s own scale, over 1–10: scored as before', async () => {
    const r = await gradedReport(fixture('ratings-of-ten.xlsx'));
    // 张三 (0.7 × 4 + 0.3 × 2) / 10 × 5 = 1.7, 3 | 3 → 1.5: 88.20 良好; 李四 2.5 + 2 → 89.50; 王五 1 + 1.5 → 87.50.
    expect(totals(r)).toEqual([['张三', 88.2, '良好'], ['李四', 89.5, '良好'], ['王五', 87.5, '良好']]);
    expect(refused(r)).toEqual([]);
  });

  it('kpi\'s own headings (the samples, roster and person\'s sheets): no heading-points; 张敏 5 | 5 rated stays 85', async () => {
    for (const sample of ['cs-dept-monthly.march.roster.xlsx', 'cs-dept-monthly.march.form.xlsx']) {
      const r = await gradedReport(path.join(repoRoot, 'samples', sample));
      expect(refused(r), sample).toEqual([]);
      // 王芳 92.20 优秀; 张敏 低标 throughout: 0.8 × 100 = 80, + 5/10 × 5 × 2 = 85 良好.
      expect(totals(r).slice(0, 3), sample).toEqual([['王芳', 92.2, '优秀'], ['李强', 107, '优秀'], ['张敏', 85, '良好']]);
    }
  });
});
