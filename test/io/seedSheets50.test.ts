// Person sheets typed from the seeds (test/fixtures/seedSheets50/make.py), refused with messages that misled.
// §4: part 2 under its own heading row 「项目 | 表现 | 权重 | 直接主管评分 | 间接主管评分」 with its items in A (part 1's are in
// B) was passed over without a word — 张三 unscored for 「工作能力」's 直接主管 mark 「missing」 at D2, his marks at D22:E23.
// §16: a part of one criterion scored on the part's own row (「4. 文件处理(10分) | 10」) was both 「当作自己算的小计…不必改动」
// and 「「资料整理和文件记录的准确性」为必填项,表中没有」 — 周敏 unscored for 81 良好.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/seedSheets50', name);

describe('§4 part 2 under its own heading row', () => {
  it('items in A under 项目, marks in D:E as part 1\'s: 102.62 优秀', async () => {
    // Part 1 (CATALOG §4, 直接主管 70 % + 间接主管 30 %, 差/低标/达成 = 0.6/0.8/1.0 × weight × 100):
    //   拆包 (0.7 × 0.8 + 0.3 × 0.6) × 15 = 0.74 × 15 = 11.1; 团队意识 (0.7 × 0.6 + 0.3 × 1) × 6 = 0.72 × 6 = 4.32;
    //   the other eleven 达成: 100 − 15 − 6 = 79 → 11.1 + 4.32 + 79 = 94.42.
    // Part 2 (rating / 10 × 5): 工作能力 (0.7 × 8 + 0.3 × 6) / 10 × 5 = 7.4 / 10 × 5 = 3.7; 日常行为 (0.7 × 9 + 0.3 × 9) / 10 × 5 = 4.5.
    // 94.42 + 3.7 + 4.5 = 102.62; band on min(102.62, 100) → 优秀.
    const report = await gradedReport(fixture('dept-part2-own-heading.xlsx'));
    expect(report.people.map((p) => [p.name, p.total, p.band, p.status])).toEqual([['张三', 102.62, '优秀', 'scored']]);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('the raters one column left under part 2\'s heading: said at that heading (C21), not only 「missing」 at the name', async () => {
    const report = await gradedReport(fixture('dept-part2-columns-left.xlsx'));
    expect(report.people.map((p) => [p.total, p.status])).toEqual([[null, 'error']]);
    const said = report.problems.find((p) => p.code === 'headings-reordered')!;
    expect([said.severity, said.cell]).toEqual(['error', 'C21']);
    expect(said.message).toContain('第 21 行又是一行表头,但列的顺序与第 5 行不同(「直接主管评分」在 C 列,上面在 D 列;「间接主管评分」在 D 列,上面在 E 列)');
  });
});

describe('§16 parts of one criterion scored on the part\'s own row', () => {
  it('文件处理 10, 团队协作 7, 工作效率 8 on their part rows: 81 良好, each said in a note', async () => {
    // 服务态度 9 + 8 + 7 = 24; 电话接听 9 + 9 = 18; 投诉处理 8 + 6 = 14; 文件处理 10; 团队协作 7; 工作效率 8
    // → 24 + 18 + 14 + 10 + 7 + 8 = 81 → 良好 (as the sheet with sub-rows scores).
    const report = await gradedReport(fixture('property-part-rows.xlsx'));
    expect(report.people.map((p) => [p.name, p.total, p.band, p.status])).toEqual([['周敏', 81, '良好', 'scored']]);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const taken = report.problems.filter((p) => p.code === 'unknown-column' && p.message.includes('的得分计入'));
    expect(taken.map((p) => p.cell)).toEqual(['C16', 'C17', 'C18']);
    expect(taken[0]!.message).toContain('这一部分只有「资料整理和文件记录的准确性」一项,表中没有这一项自己的行:填的「10」按「资料整理和文件记录的准确性」的得分计入');
  });

  it('文件处理 12 on its row, over its criterion\'s 10 points: not taken for it, the criterion missing', async () => {
    const report = await gradedReport(fixture('property-part-row-over.xlsx'));
    expect(report.people.map((p) => [p.total, p.status])).toEqual([[null, 'error']]);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['required']);
  });
});
