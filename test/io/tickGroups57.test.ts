// §4 cs-dept-monthly as the seed prints it: 「直接主管评分」 and 「间接主管评分」 each merged over three sub-columns
// 差 | 低标 | 达成 (0.6 | 0.8 | 1 in the row below); the lead marks the chosen column. kpi read the first sub-column (差)
// as the rater's column: a 1 under 差 was the coefficient 1 (达成) — 孙七, 差 | 差 on all 13 items, 106.00 优秀 for 66.00
// 一般 at exit 0 — and a √ under 达成 was 「缺少直接主管的评分」 at the 差 cell. Now such a heading is a tick group: the
// marked sub-column is the rater's choice; two marks, or a cell holding no mark, are refused at the group.
// Fixtures: test/fixtures/tickGroups57 (make.py; s1/s2/s3 are the red-team's files, rt57 f4).
// CATALOG §4: item points = weight × coefficient × 100, coefficient = 70 % 直接主管 + 30 % 间接主管; part 2 工作能力 and
// 日常行为 5 % each, points = (0.7 × 直接 + 0.3 × 间接) / 10 × 5; total = part 1 + part 2.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickGroups57', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

// 张三 达成 | 达成: 100; 工作能力 (0.7 × 8 + 0.3 × 6) / 10 × 5 = 3.7, 日常行为 9 | 9 → 4.5: 108.20 优秀.
// 李四 低标 | 达成: 0.7 × 0.8 + 0.3 × 1 = 0.86 → 86; 5 | 5 → 2.5 twice: 91.00 优秀.
// 王五 低标 | 低标: 80; 10 | 10 → 5 twice: 90.00 优秀.
// 赵六 直接 差 on 拆包, 紧急, 签收, 当天质量 (15 + 15 + 7 + 8 = 45) and 达成 on the other nine (55), 间接 低标 throughout:
// 45 × (0.7 × 0.6 + 0.3 × 0.8) = 45 × 0.66 = 29.7, 55 × (0.7 + 0.24) = 51.7 → 81.4; 工作能力 1 | 1 → 0.5 (a rating of 1
// in D under part 2's own heading, no tick), 日常行为 (0.7 × 2 + 0.3 × 3) / 10 × 5 = 1.15: 83.05 良好.
const FOUR = [['张三', 108.2, '优秀'], ['李四', 91, '优秀'], ['王五', 90, '优秀'], ['赵六', 83.05, '良好']];

describe('§4 rater headings merged over 差 | 低标 | 达成: the marked column is the rater\'s choice', () => {
  it('孙七, 1 under 差 for both supervisors on all 13 items, part 2 6 | 6: 66.00 一般, not 106.00 优秀', async () => {
    const r = await gradedReport(fixture('s3_seedlike_one_person.xlsx'));
    // Part 1 100 × 0.6 = 60; 工作能力 (0.7 × 6 + 0.3 × 6) / 10 × 5 = 3, 日常行为 3: 66.00 一般.
    expect(totals(r)).toEqual([['孙七', 66, '一般']]);
    expect(errors(r)).toEqual([]);
  });

  it('the same marked with 1 for five people (s2): each scored from the column marked, exit 0', async () => {
    const r = await gradedReport(fixture('s2_seedlike_ones.xlsx'));
    expect(totals(r)).toEqual([['孙七', 66, '一般'], ...FOUR]);
    expect(errors(r)).toEqual([]);
  });

  it('marked with √ (s1): 张三\'s √ in F8 under 达成 is 达成, not 「缺少直接主管的评分」 at D8', async () => {
    const r = await gradedReport(fixture('s1_seedlike.xlsx'));
    expect(totals(r)).toEqual(FOUR);
    expect(errors(r)).toEqual([]);
    const item = r.people[0]!.items.find((i) => i.id === 'E1')!;
    expect(item.explanation).toContain('直接主管:达成 1 × 15 = 15;间接主管:达成 1 × 15 = 15');
  });

  it('headings not merged (D and G named, E:F and H:I blank), no coefficients row, ✓: read alike', async () => {
    const r = await gradedReport(fixture('unmerged.xlsx'));
    expect(totals(r)).toEqual(FOUR.slice(0, 2));
    expect(errors(r)).toEqual([]);
  });

  it('two marks, or a mark kpi cannot read, refused at the group; none in a group is the rater\'s answer missing', async () => {
    const r = await gradedReport(fixture('conflicts.xlsx'));
    // 赵六 低标 | 低标: 80; 4 | 4 → 2 twice: 84.00 良好 — his 团队意识 间接主管 written 「低标」 under 差 (G15) is read as 低标.
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null], ['王五', null, null], ['赵六', 84, '良好']]);
    expect(errors(r).map((p) => [p.code, p.person, p.cell])).toEqual([
      ['tick-group', '张三', 'D8'],
      ['tick-group', '李四', 'G15'],
      ['missing-rater', '王五', 'D19'],
    ]);
    expect(errors(r)[0]!.message).toContain('「拆包人均每小时20个」直接主管的勾选列(D8:F8:差 / 低标 / 达成)勾了 2 格(差、达成),不知道选的是哪一个');
    expect(errors(r)[1]!.message).toContain('「团队意识」间接主管的勾选列(G15:I15:差 / 低标 / 达成)里这一格填的是「△」,不是勾');
    // Only the item refused is withheld: 张三's other parts as read (工作质量 30, 团队/纪律 30, 6S 10).
    const zhang = r.people[0]!;
    expect(zhang.parts.map((p) => [p.id, p.raw])).toEqual([['efficiency', null], ['quality', 30], ['team', 30], ['sixS', 10], ['beyond', 8.2]]);
  });

  it('kpi\'s own sheets (one column per rater, the word typed): scored as before', async () => {
    const r = await gradedReport(path.join(repoRoot, 'samples', 'cs-dept-monthly.march.form.xlsx'));
    // As before this change: 王芳 92.20 优秀, 李强 107 优秀, 张敏 低标 throughout 80 + 5 = 85 良好, 刘洋 61 一般, 赵磊 unscored.
    expect(totals(r)).toEqual([['王芳', 92.2, '优秀'], ['李强', 107, '优秀'], ['张敏', 85, '良好'], ['刘洋', 61, '一般'], ['赵磊', null, null]]);
    expect(r.problems.filter((p) => p.code === 'tick-group')).toEqual([]);
  });

  // Review of 09d9bda7 (files from the reviewer, kept as made). Part 1 = (0.7 × direct + 0.3 × indirect) × 100; part 2 =
  // (0.7 × 6 + 0.3 × 6) / 10 × 5 for each of its two lines.
  it('a team\'s 得分 heading after the last group ends it: 孙七 direct 低标, indirect 差 → (0.7 × 0.8 + 0.3 × 0.6) × 100 + 3 + 3 = 80.00 良好 (was 92.00 优秀)', async () => {
    const r = await gradedReport(fixture('one-sub-defen.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['孙七', 80, '良好']]);
    expect(errors(r)).toEqual([]);
    // 孙七 差 | 差 → 60 + 6 = 66.00; 张三 低标 | 达成 → 86 + 3.7 + 4.5 = 94.20 (was 78.00 and 88.20)
    expect(totals(await gradedReport(fixture('sub-defen.xlsx'), { form: 'cs-dept-monthly' }))).toEqual([['孙七', 66, '一般'], ['张三', 94.2, '优秀']]);
  });

  it('labels printed with their coefficient (「差0.6」, 「差60%」) are the group\'s labels: 孙七 66.00 一般 (was 106.00 优秀)', async () => {
    for (const f of ['labels-paren2.xlsx', 'pct.xlsx']) {
      expect(totals(await gradedReport(fixture(f), { form: 'cs-dept-monthly' }))).toEqual([['孙七', 66, '一般'], ['张三', 94.2, '优秀']]);
    }
  });
});
