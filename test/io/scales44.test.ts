// A team's own roster marked on 5 points and saying so in ordinary ways — a units row, a note, a legend, the heading's own note.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/scales44', f);

describe('marks of 1–5 said so beside criteria of 0–10 (§26 cs-work-review, §16 property-cs-rating)', () => {
  it.each([
    ['unitrow-manfen5fen.xlsx', 'cs-work-review', 'D3 的「满分5分」写明了另一种分制'],
    ['note-gexiang-manfen5fen.xlsx', 'cs-work-review', 'A2 的「各项满分5分」写明了另一种分制'],
    ['note-legend.xlsx', 'cs-work-review', 'A2 的「评分标准:5分=优秀,4分=良好,3分=一般,2分=较差,1…」写明了另一种分制'],
    ['heading-1-5.xlsx', 'cs-work-review', 'D2 的「熟悉产品和服务,准确清晰回答(1-5)」写明了另一种分制'],
    ['heading-wufenzhi.xlsx', 'cs-work-review', 'D2 的「熟悉产品和服务,准确清晰回答(五分制)」写明了另一种分制'],
    ['rating-unitrow-manfen5fen.xlsx', 'property-cs-rating', '「满分5分」写明了另一种分制'],
  ])('%s: refused, no one scored (read as 0–10: 王芳 (4.67 + 4 + 4.33 + 3.67) × 2.5 = 41.67 待改进, §16 46 待改进, exit 0)', async (file, form, said) => {
    const r = await gradedReport(at(file), { form });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.find((p) => p.severity === 'error')!.message).toContain(said);
  });
});

describe('the form\'s own scale said so', () => {
  it.each(['note-gexiang-manfen10fen.xlsx', 'heading-1-10.xlsx'])('%s (「各项满分10分」, 「(1-10)」): read — 王芳 (4.67 + 4 + 4.33 + 3.67) × 2.5 = 41.67', async (file) => {
    const r = await gradedReport(at(file), { form: 'cs-work-review' });
    // Areas: (5 + 4 + 5) / 3 = 4.667, (4 + 4 + 4) / 3 = 4, (4 + 5 + 4) / 3 = 4.333, (3 + 4 + 4) / 3 = 3.667 → 16.667 × 2.5.
    expect(Math.round(r.people.find((p) => p.name === '王芳')!.total! * 100) / 100).toBe(41.67);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a row of 「得分」 under the headings over items counted in lapses (§17 准时出勤, §8 日常服务规范\'s counts)', () => {
  it.each([
    ['probation-defen-row.xlsx', 'probation', '张敏'],
    ['mattress-defen-row.xlsx', 'mattress-cs-monthly', '王芳'],
  ])('%s: the counts are not read, the person not scored (张敏 准时出勤 10 read as 10 lapses: 2 + 10 + 20 + 10 + 10 = 52 不通过 for 60)', async (file, form, who) => {
    const r = await gradedReport(at(file), { form });
    expect(r.people.find((p) => p.name === who)!.total).toBeNull();
    expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
  });
});

describe('one column of another period (§8): 「态度(上月)」, 「旷工(2月)」 or 「旷工(1-2月累计)」 in March\'s roster', () => {
  it('「态度(上月)」 alone is not this month\'s 态度: 态度 missing, refused (it was read: 王芳 93 on last month\'s marks)', async () => {
    const r = await gradedReport(at('taidu-shangyue.xlsx'), { form: 'mattress-cs-monthly' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.find((p) => p.severity === 'error')!.message).toContain('缺少列「态度」');
  });

  it.each(['kuanggong-2yue-in-march-file.xlsx', 'kuanggong-1-2yue-leiji.xlsx'])('%s: not read as March\'s 旷工 — 96, warned as missing, never advised to be renamed (February\'s 1 旷工 took 5: 91)', async (file) => {
    const r = await gradedReport(at(file), { form: 'mattress-cs-monthly' });
    // 王芳 20 + 20 + 15 + 9 + 9 + 13 + 10 (no 旷工 this month) = 96.
    expect(r.people.find((p) => p.name === '王芳')!.total).toBe(96);
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual(['工作表「考核表」没有这些列,按留空计分(次数按 0、无扣分、无奖惩):「工作纪律·旷工」']);
  });
});

describe('§8 a column 「扣分」 where 奖惩分 stands (7, 2, 1, 0 with 原因 客户投诉)', () => {
  it('is not read as no 奖惩 (96 优秀 for 96 − 7 = 89): each filled cell refused, advised as 「其它·奖惩分(扣分)」 (read as taken off)', async () => {
    const r = await gradedReport(at('mattress-koufen.xlsx'), { form: 'mattress-cs-monthly' });
    expect(r.people.find((p) => p.name === '王芳')!.total).toBeNull();
    const cell = r.problems.find((p) => p.severity === 'error' && p.cell === 'P2')!;
    expect(cell.message).toContain('请把列名改为「其它·奖惩分(扣分)」后重新评分');
  });
});
