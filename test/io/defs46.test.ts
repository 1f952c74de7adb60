// Teams' own definitions: an optional choice of 无 / 有.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDefinition } from '../../src/forms/load.js';
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

describe('grade limits on another scale than the figure they grade', () => {
  const messages = async (file: string) => {
    const r = await parseDefinition(readFileSync(at(file), 'utf8'), file);
    return r.ok ? [] : r.problems.map((p) => p.message);
  };
  it('§29 byCounts written on the 100-point figure (87.5, 62.5, 37.5) while each indicator is a mean of 1–4: refused where they are', async () => {
    // Accepted, 优秀 and 良好 were never reached and 「below 37.5」 held for everyone: all 不符合要求 at exit 0 (李四, 优秀 on all 16).
    expect(await messages('rating-100-point-counts.json')).toEqual([
      'rating-100-point-counts.json:$.grades.byCounts[0].when.atLeast:门槛 87.5 高于部分的最高分(4):这一档永远评不到;门槛要按各部分自己的分数写',
      'rating-100-point-counts.json:$.grades.byCounts[1].when.atLeast:门槛 62.5 高于部分的最高分(4):这一档永远评不到;门槛要按各部分自己的分数写',
      'rating-100-point-counts.json:$.grades.byCounts[2].when.below:门槛 37.5 高于各部分的最高分(4):人人都符合这一档;门槛要按各部分自己的分数写',
    ]);
  });
  it('§15 建议 of the 1–4 mean (of: points) with limits 87.5, 68.75, 50: refused (a 4.00 candidate was 不予以考虑)', async () => {
    expect(await messages('interview-100-point-advice.json')).toEqual([
      'interview-100-point-advice.json:$.gradings[0]:等级「强烈推荐」的门槛 87.5 高于本表分数的最高值 4(of 为 points,按本表自己的分数定级):永远评不到;门槛要按本表的分数写',
      'interview-100-point-advice.json:$.gradings[0]:等级「推荐」的门槛 68.75 高于本表分数的最高值 4(of 为 points,按本表自己的分数定级):永远评不到;门槛要按本表的分数写',
      'interview-100-point-advice.json:$.gradings[0]:等级「后备」的门槛 50 高于本表分数的最高值 4(of 为 points,按本表自己的分数定级):永远评不到;门槛要按本表的分数写',
    ]);
  });
});

describe('an item named with a scale note other than its points (「态度(10分制)」 of 15)', () => {
  it('is refused at load: its template\'s column was read as marks of 10 and refused, every person unscored', async () => {
    const r = await parseDefinition(readFileSync(at('scale-note-label.json'), 'utf8'), 'team.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      'team.json:$.parts[0].items[5].label:项目名称「态度(10分制)」注明了 10 分制,而这一项满分 15:名单上这一列会被当作另一种分制读取,kpi 读不回自己的模板;请去掉括号中的分制,或写成「(15分)」',
    ]);
  });
});

describe('review: limits right for the figures they grade are accepted', () => {
  it('§29 weighted 40/20/20/20 (weighted-parts: each indicator on 100), byCounts 87.5/62.5/37.5: 良好 78.75, 优秀 100, 不符合要求 48.75', async () => {
    // 张三 (4,4,3,4 / 3,3,3,2 / 3,4,3,3 / 2,2,3,2): 93.75 68.75 81.25 56.25 — three ≥ 62.5, not all ≥ 87.5 → 良好;
    // 0.4 × 93.75 + 0.2 × (68.75 + 81.25 + 56.25) = 78.75. 王五 31.25, 31.25, 75, 75: two < 37.5 → 不符合要求.
    const r = await gradedReport(at('rating-weighted-march.xlsx'), { form: at('rating-weighted-counts.json') });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 78.75, '良好'], ['李四', 100, '优秀'], ['王五', 48.75, '不符合要求']]);
  });
  it('§26 areas of outOf 25 over criteria of 1–5, graded of: points 90/80/60: 100 优秀, 85 良好 (refused: 「最高值 60」)', async () => {
    // 李四 (5,4,5 / 4,4,4 / 4,5,4 / 3,4,5): 23.33 + 20 + 21.67 + 20 = 85 良好.
    const r = await gradedReport(at('review-areas-march.xlsx'), { form: at('review-areas-outof.json') });
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['张三', 100, '优秀'], ['李四', 85, '良好']]);
  });
});
