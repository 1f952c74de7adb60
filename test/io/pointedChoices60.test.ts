// §17 probation answers typed as CATALOG §17 writes the choices — the points, then the words (「15 有一定了解偶有错误」,
// 「20熟悉并准确」) — were refused on rosters and person sheets alike (unknown-choice, everyone unscored at exit 1). Such a
// cell is the option when the points are the words' own; points naming another option (or none) are refused with both
// readings (choice-points-clash). Fixtures: test/fixtures/pointed60/make.py.
// §17: 准时出勤 0 → 10, 1 → 8, 2 → 6; 专业知识 20/15/10/5; 服务态度 30/25/20/15/10; 团队合作 20/15/10/5; 问题解决 20/15/10/5.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { expectRefused, expectScored, filledForms, person, score } from '../forms/roundtrip.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/pointed60', name);

describe('§17 choices typed as points then words, kpi\'s own roster', () => {
  it('read as the option: 张三 90.00 优秀, 李四 88.00 良好 (both were unscored at exit 1)', async () => {
    const r = await score(fixture('p17_pointed_roster.xlsx'));
    // 张三: 0 次 → 10; 「20熟悉并准确」 20 + 「25 一般友好」 25 + 「15 一般合作」 15 + 「20 快速准确解决」 20 = 10 + 80 = 90 → 优秀.
    const zhang = expectScored(r, '张三', 90, '优秀');
    expect(zhang.items.map((i) => i.score)).toEqual([10, 20, 25, 15, 20]);
    // 李四: 1 次 → 8; 「15 有一定了解偶有错误」 15 + 「30友好耐心高效满意」 30 + 「20 积极合作」 20 + 「15 能解决」 15 = 8 + 80 = 88 → 良好.
    const li = expectScored(r, '李四', 88, '良好');
    expect(li.items.map((i) => i.score)).toEqual([8, 15, 30, 20, 15]);
    expect([...zhang.problems, ...li.problems]).toEqual([]);
  });

  it('the nearest sound answers read as before: words alone, points alone — 王五 71.00 一般', async () => {
    const r = await score(fixture('p17_pointed_roster.xlsx'));
    // 2 次 → 6; 有一定了解偶有错误 15 + 20 (态度较冷漠) + 积极合作 20 + 「10」 10 = 6 + 65 = 71 → 一般.
    const wang = expectScored(r, '王五', 71, '一般');
    expect(wang.items.map((i) => i.score)).toEqual([6, 15, 20, 20, 10]);
  });

  it('points contradicting the words are refused at the cell with both readings', async () => {
    const r = await score(fixture('p17_pointed_roster.xlsx'));
    expectRefused(r, '赵六', 'choice-points-clash', 'I5');
    expect(person(r, '赵六').problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.message])).toEqual([
      ['I5', '考核表!I5:「专业知识」填的「10 熟悉并准确」里的分值与文字不一致:按文字「熟悉并准确」是 20 分的一档,按分值 10 分是「对公司产品和服务了解不深,经常出现错误或不清楚的情况」一档;没有计入;请改成一致的分值和文字(如「20 熟悉并准确」),或只写其中一种,改后重新评分'],
      ['L5', '考核表!L5:「问题解决」填的「15 快速准确解决」里的分值与文字不一致:按文字「快速准确解决」是 20 分的一档,按分值 15 分是「能够解决客户的问题,但解决过程中出现一些错误或未提供完全解决方案」一档;没有计入;请改成一致的分值和文字(如「20 快速准确解决」),或只写其中一种,改后重新评分'],
    ]);
    // 7 is no option's points.
    expectRefused(r, '孙七', 'choice-points-clash', 'I6');
    expect(person(r, '孙七').problems.find((p) => p.cell === 'I6')?.message).toContain('按分值 7 分不是任何一档的分值');
  });
});

describe('§17 choices typed as points then words, one sheet per person', () => {
  it('read as on the roster: 张三 90.00 优秀, 李四 88.00 良好; 10 before 熟悉并准确 refused at its cell', async () => {
    const r = await score(await filledForms('probation', [
      // 0 次 → 10; 20 + 25 + 15 + 20 = 90 → 优秀.
      { name: '张三', entries: [['准时出勤', null, '填写', 0], ['专业知识', null, '填写', '20熟悉并准确'], ['服务态度', null, '填写', '25 一般友好'], ['团队合作', null, '填写', '15 一般合作'], ['问题解决', null, '填写', '20 快速准确解决']] },
      // 1 次 → 8; 15 + 30 + 20 + 15 = 88 → 良好.
      { name: '李四', entries: [['准时出勤', null, '填写', 1], ['专业知识', null, '填写', '15 有一定了解偶有错误'], ['服务态度', null, '填写', '30友好耐心高效满意'], ['团队合作', null, '填写', '20 积极合作'], ['问题解决', null, '填写', '15 能解决']] },
      { name: '赵六', entries: [['准时出勤', null, '填写', 0], ['专业知识', null, '填写', '10 熟悉并准确'], ['服务态度', null, '填写', 30], ['团队合作', null, '填写', 20], ['问题解决', null, '填写', 20]] },
    ]));
    expectScored(r, '张三', 90, '优秀');
    expectScored(r, '李四', 88, '良好');
    expectRefused(r, '赵六', 'choice-points-clash', 'F8');
  });
});

describe('§17 points with 分, the template\'s own wording then 「:20分」, the words then 「(20分)」 (review 60)', () => {
  it('张三 / 李四 / 王五 scored: 90.00 优秀, 83.00 良好, 86.00 良好', async () => {
    // 张三 0 lates → 10, 「20分 熟悉并准确」「25分 一般友好」「15分 一般合作」「20分 快速准确解决」: 10 + 20 + 25 + 15 + 20 = 90;
    // 李四 1 late → 8, the 评分标准 wording 「…:20分」: 8 + 20 + 25 + 15 + 15 = 83; 王五 2 → 6, 「熟悉并准确(20分)」…:
    // 6 + 20 + 25 + 20 + 15 = 86. Each was refused unknown-choice at exit 1.
    const r = await gradedReport(fixture('points-unit-words.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 90, '优秀'], ['李四', 83, '良好'], ['王五', 86, '良好']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
