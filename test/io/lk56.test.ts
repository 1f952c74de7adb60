// Review of c4d249fa (§16 property-cs-rating, othersMarks.ts): lookups keyed by 张三 on sheets copied from his were taken
// for a figure the team shares whenever the copies were most of the others — silent at exit 0. Fixtures: the reviewer's
// lk cases (test/fixtures/lk56/make.py over fx55m's l14 and l9, recalculated by LibreOffice).
// 基础数据's rows (ten marks each):
//   张三 6+9+9+6+7+9+8+10+9+5 = 78 一般      王五 9+8+8+10+6+6+10+6+9+8 = 80 良好
//   李四 9+5+8+7+9+6+6+10+8+9 = 77 一般      赵六 10+5+10+5+6+9+5+7+5+7 = 69 一般
//   孙七 8+9+10+8+10+8+8+10+9+8 = 88 良好     周八 6+7+5+5+6+8+6+7+10+8 = 68 一般
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/lk56', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const warned = (r: Report) => r.problems.filter((p) => p.code === 'marks-of-other').map((p) => [p.person, p.severity, p.sheet, p.cell]);
const total = (r: Report, name: string) => r.people.filter((p) => p.name === name).map((p) => [p.total, p.band, p.status]);

describe('a sheet most of whose marks are lookups keyed by another\'s name is a copy, however many copies there are', () => {
  it('a4: 李四 and 王五, two of four sheets =VLOOKUP("张三",…): both warned, scored as read', async () => {
    const r = await gradedReport(fixture('a4_two_copies.xlsx'));
    expect(warned(r)).toEqual([['李四', 'warning', '李四', 'F8'], ['王五', 'warning', '王五', 'F8']]);
    // As the cells read: 张三's 78 一般 (王五's own row 80 良好, 李四's 77 一般 — the warning tells them apart).
    expect(total(r, '王五')).toEqual([[78, '一般', 'scored']]);
    expect(total(r, '李四')).toEqual([[78, '一般', 'scored']]);
    expect(r.problems.find((p) => p.person === '王五' && p.code === 'marks-of-other')!.message).toContain('共 10 格引用张三的分数');
    // 赵六 reads his own row: 69 一般, nothing said.
    expect(total(r, '赵六')).toEqual([[69, '一般', 'scored']]);
  });

  it('b6: three copies of six (李四, 王五, 赵六): all three warned', async () => {
    const r = await gradedReport(fixture('b6_three_copies.xlsx'));
    expect(warned(r).map((w) => w[0])).toEqual(['李四', '王五', '赵六']);
    // 赵六 as read, 张三's 78 一般 (his own row 69 一般).
    expect(total(r, '赵六')).toEqual([[78, '一般', 'scored']]);
  });

  it('c3: two copies of three: both warned', async () => {
    const r = await gradedReport(fixture('c3_two_copies.xlsx'));
    expect(warned(r).map((w) => w[0])).toEqual(['李四', '王五']);
  });

  it('m9: the team\'s 工作效率 keyed by 张三 on every sheet, and 孙七\'s whole sheet keyed by 张三: only 孙七 warned', async () => {
    const r = await gradedReport(fixture('m9_team_plus_copy.xlsx'));
    expect(warned(r)).toEqual([['孙七', 'warning', '孙七', 'F8']]);
    // 孙七 as read, 张三's 78 一般; by hand 8+9+10+8+10+8+8+10+9 = 80 plus the team's 5 = 85 良好.
    expect(total(r, '孙七')).toEqual([[78, '一般', 'scored']]);
    // The others keep their own nine plus the team's 5, silent: 李四 9+5+8+7+9+6+6+10+8 = 68 + 5 = 73.
    expect(total(r, '李四')).toEqual([[73, '一般', 'scored']]);
  });

  it('l9 (the nearest sound case): every sheet\'s one team cell keyed by 张三, no copy — silent, 孙七 85 良好', async () => {
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/fx55m/l9_all_share_one.xlsx'));
    expect(warned(r)).toEqual([]);
    // 8+9+10+8+10+8+8+10+9 = 80 plus the team's 5 = 85 良好
    expect(total(r, '孙七')).toEqual([[85, '良好', 'scored']]);
  });

  it('n9: l9 with 工作效率 typed as 5 on three of the six sheets — scored as l9 (everyone was refused as twice, 基础数据 read as a roster)', async () => {
    const r = await gradedReport(fixture('n9_team_figure_half_typed.xlsx'));
    // The merged section rows (服务态度(30分) …) shown across the 填写 column were counted as marks, so three sheets reading
    // 9 of 18 fell short of half. 孙七 8+9+10+8+10+8+8+10+9 = 80 plus the team's 5 = 85 良好; 李四 68 + 5 = 73.
    expect(r.problems.filter((p) => p.code === 'duplicate-person')).toEqual([]);
    expect(total(r, '孙七')).toEqual([[85, '良好', 'scored']]);
    expect(total(r, '李四')).toEqual([[73, '一般', 'scored']]);
    expect(r.people.every((p) => p.status === 'scored')).toBe(true);
  });
});
