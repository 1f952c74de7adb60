// Headings a team writes that name an item less surely than its own column (a one-item part's name, an item's name
// over one of its inputs, an input named after its item's column) and rows of one person per rater.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test', 'fixtures', 'headings', name);

async function grade(name: string, form?: string) {
  const r = await gradeFile(fixture(name), { output: null, ...(form ? { form } : {}) });
  if (!r.ok) throw new Error(r.failure.message);
  return r.report;
}

describe('a team\'s own column named like an item, beside the item\'s own column', () => {
  it('§8 「其它」 (empty, the team\'s) beside 奖惩分 −5: 100 − 5 = 95 (其它 had been read as 奖惩分: 100, exit 0)', async () => {
    const r = await grade('mattress-other-column.csv');
    // 王芳: 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100, 奖惩 −5 (原因 客户投诉) → 95; 李强 100.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['王芳', 95], ['李强', 100]]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('§16 one-item parts\' names (文件处理 良, 团队协作 优, 工作效率 良) beside the items: the team\'s, ignored, not compared', async () => {
    const r = await grade('property-rating-part-columns.csv', 'property-cs-rating');
    // 9 + 9 + 8 + 9 + 8 + 9 + 8 + 10 + 9 + 9 = 88 → 良好 (they had been three duplicate-entry errors, 李娜 unscored).
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['李娜', 88, '良好']]);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['unknown-column', 'info']]);
  });
});

describe('§8 M1\'s inputs in the seed\'s own words (「本月安装(售服)客户/回访客户*20」)', () => {
  it('「本月安装(售服)客户」 and 「回访客户」 (GB18030, tab-separated) are its two counts: every person had been unscored', async () => {
    const r = await grade('mattress-seed-words.csv');
    // 王芳: 45/50 × 20 = 18, then 15 + 11 + 3 + 9 + 13 + 8 + 2 ⇒ 79 一般; 李强 40/40 ⇒ 100; 张敏 27/30 × 20 = 18,
    // 15 + 13 + 9 + 8 + 12 + 5 − 3 ⇒ 77; 刘洋 no customers this month ⇒ 20, 14 + 12 + 6 + 6 + 11 + 7 ⇒ 76.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['王芳', 79, '一般'], ['李强', 100, '优秀'], ['张敏', 77, '一般'], ['刘洋', 76, '一般']]);
    expect(r.people[0]!.items[0]!.score).toBe(18);
  });
});

describe('§18 counts headed with their unit and 数 (「迟到次数」, 「旷工天数」), as the seed words them (「每旷工一日扣5分」)', () => {
  it('are the counts: 张三 90.00 特别优秀, 李四 81.78 优秀 (旷工天数 was refused, both 未评分)', async () => {
    const r = await grade('bao-lun-unit-counts.csv', 'bao-lun-quality');
    // 张三: 25 + 9 × 2 + 17 (100 %) + 10 + 9 × 20/9 = 90; 李四: 24 + 8 × 2 + 20 (110 %) + (10 − 1 − 5) + 8 × 20/9 = 81.78.
    expect(r.people.map((p) => [p.name, Number(p.total!.toFixed(2)), p.band])).toEqual([['张三', 90, '特别优秀'], ['李四', 81.78, '优秀']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('「项目·填写项」 naming no rater on a form of raters', () => {
  it('is the counting rater\'s (上级, 主管), as the item alone is: §1 93.19 and 75.75, §7 100 and 84 (they were refused)', async () => {
    // §1 甲: A1 92 % → 20, A2 20, A3 20, A4 1 → 15 ⇒ 75/80 = 93.75; B 50 + 40 = 90 ⇒ 93.75 × 0.85 + 90 × 0.15 = 93.1875;
    // 乙: 10 + 20 + 10 + 20 = 60/80 = 75; 30 + 50 = 80 ⇒ 63.75 + 12 = 75.75.
    const a = await grade('after-sales-item-input.csv', 'after-sales-monthly');
    expect(a.people.map((p) => [p.name, Number(p.total!.toFixed(2)), p.band])).toEqual([['甲', 93.19, '优秀'], ['乙', 75.75, '一般']]);
    // §7 甲 every 权分 → 100; 乙 each item one below → 100 − 16 = 84.
    const s = await grade('cs-specialist-item-input.csv', 'cs-specialist-monthly');
    expect(s.people.map((p) => [p.name, p.total, p.band])).toEqual([['甲', 100, '优秀'], ['乙', 84, '良好']]);
  });
});

describe('§2 the site\'s column headed 「管理处名称」 (the word with 名称 after it, as 员工姓名 is for people)', () => {
  it('is the 管理处: 一号楼 10 − 1 → 99, 二号楼 15 − 2 → 98 (the file was refused: 没有找到表头)', async () => {
    const r = await grade('property-site-name-heading.csv', 'property-cs-monthly');
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['一号楼', 99], ['二号楼', 98]]);
  });
});

describe('§4 raters merged over item blocks (「直接主管评分」 | 「间接主管评分」), 日常行为 twice in each block', () => {
  it('reads each block\'s two 日常行为 in the parts\' order, as one-row headings are: 88.18 … 93.23 (everyone was 未评分)', async () => {
    const r = await grade('cs-dept-rater-blocks.xlsx', 'cs-dept-monthly');
    // §4 item = weight × (0.7 × coef(直接) + 0.3 × coef(间接)); bonus (0.7 × r直 + 0.3 × r间)/10 × 5 — worked by hand:
    // 王芳 82.78 + 5.40, 李强 79.66 + 6.60, 张敏 88.40 + 6.30, 刘洋 74.94 + 2.55, 陈静 79.90 + 8.45, 赵磊 86.78 + 6.45.
    expect(r.people.map((p) => [p.name, Number(p.total!.toFixed(2))])).toEqual([['王芳', 88.18], ['李强', 86.26], ['张敏', 94.7], ['刘洋', 77.49], ['陈静', 88.35], ['赵磊', 93.23]]);
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => p.code)).toEqual(['shared-by-order']);
  });
});

describe('§1 a person\'s sheet laid out as the seed: 自评 | 上级 | 结果, 结果 repeating 上级\'s answer', () => {
  it('is no hand-typed score to compare: 68.94 with nothing said (six 「手填的…得分」 warnings, 「4级」 against 40)', async () => {
    const r = await grade('after-sales-seed-result.xlsx', 'after-sales-monthly');
    expect(r.people.map((p) => [p.name, Number(p.total!.toFixed(2))])).toEqual([['张三', 68.94]]);
    expect(r.problems.filter((p) => p.code === 'override')).toEqual([]);
  });
});

describe('§1 two people\'s sheets as the seed, 「得分」 over 自评 | 上级, 客户信息管理 typed as points (20, 10)', () => {
  it('are refused at the 上级 cell, as three sheets are (10 was read as 10 %: 58.31 待改进 at exit 0)', async () => {
    const r = await grade('after-sales-score-headed.xlsx', 'after-sales-monthly');
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    const said = r.problems.filter((p) => p.code === 'points-not-scale');
    expect(said.map((p) => [p.sheet, p.cell])).toEqual([['王芳', 'G5'], ['李强', 'G5']]);
    expect(said[0]!.message).toContain('这一列在「得分」下面');
  });
});

describe('§4 parts merged above their items, 超预期表现 first (the seed\'s order), one row per rater', () => {
  it('reads each 日常行为 as the part above it says: 赵一 24 + 24.40 + 26.88 + 9.40 + 7.80 = 92.48 (everyone was refused)', async () => {
    const r = await grade('cs-dept-parts-above.xlsx', 'cs-dept-monthly');
    expect(r.people.map((p) => [p.name, Number(p.total!.toFixed(2))])).toEqual([['赵一', 92.48], ['钱二', 81.73], ['孙三', 85.4], ['李四', 82.83]]);
  });
});

describe('§2 one row of headings: each item, then its 备注', () => {
  it('「备注」 after an item is that item\'s note (it was 14 warnings naming 员工基本标准·备注); the counts score', async () => {
    const r = await grade('property-monthly-notes.csv');
    // 翠苑: 1 + 0 + 2 + 0 + 1 + 0 + 0 + 1 + 0 + 0 + 0 + 0 + 1 + 0 = 6 不符合 → 94; 金桂园: 13 → 87.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['翠苑管理处', 94], ['金桂园管理处', 87]]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // 业户接待 2 不符合: 15 − 2 = 13, its 备注 「报修接待记录缺2份」 read as its note, not a column unknown.
    expect(r.people[0]!.items.find((i) => i.label === '业户接待')!.score).toBe(13);
  });
});

describe('§7 one row per rater: the supervisor\'s row and the 自评 row of 许晴', () => {
  it('the 自评 row is set aside with a warning; 许晴 is the supervisor\'s 92 → 优秀 (both rows had been unscored)', async () => {
    const r = await grade('cs-specialist-self-row.csv');
    // 2 + 7.5 + 2 + 4 + 3 + 5 + 5 + 4.5 + 5 + 5 + 4 + 9 + 10 + 8 + 9 + 9 = 92 → 优秀
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['许晴', 92, '优秀']]);
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.severity])).toEqual([['self-rated', 'warning']]);
  });
});
