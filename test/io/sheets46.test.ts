// Person sheets in the seeds' shapes: two forms on one sheet, lines under the table.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/sheets46', f);

describe('two §13 forms side by side on one sheet, 「序号 | 考核类型 | 分值 | 得分 | 备注」 twice, a blank column between', () => {
  it('张三 scored from the left one, 李四 (「姓名:李四」 over the right one) listed unscored with an error — he vanished at exit 0', async () => {
    // 张三: 19 + 29 + 10 + 9 + 5 + 5 + 10 + 9 = 96 优秀. 李四 (15 + 22 + 8 + 8 + 4 + 4 + 8 + 8 = 77) is not read.
    const r = await gradedReport(at('scheme-two-side-by-side.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 96, '优秀'], ['李四', null, null]]);
    const said = r.problems.find((p) => p.code === 'second-form-on-sheet')!;
    expect([said.severity, said.cell, said.message]).toEqual(['error', 'H3', '3月考核!H3:工作表「3月考核」第 3 行右边又是一份考核表的表头(「考核类型」):每张工作表只读第一份,右边这份(李四的)没有读取,李四没有评分;请把它移到单独的工作表后重新评分']);
  });
});

describe('a grade line under the table (「绩效评级 | | 良好」, 「最终评级 | | 良好」) with the last factor left unrated', () => {
  it('§29: is no second row of the last factor — 张三\'s blank 准确及时的信息建议 is an error (it took 良好 = 3: 76.56 良好 at exit 0)', async () => {
    // Read so, 专业知识 = (2 + 2 + 3 + 3) / 4 = 2.5 and the total (3.75 + 2.75 + 3.25 + 2.5) / 4 / 4 × 100 = 76.56.
    // 王五: (1.25 + 1.25 + 3 + 3) / 4 / 4 × 100 = 53.125 → 53.13; two indicators < 1.5 → 不符合要求.
    const r = await gradedReport(at('dept-rating-footer-grade.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', null, null], ['王五', 53.125, '不符合要求']]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['required', 'C20']]);
  });

  it('§30: the same — 张三\'s blank 上级 on the last indicator is an error (良好 was taken: 84.67); 李四 (一般 throughout) 60 一般', async () => {
    const r = await gradedReport(at('ability-footer-grade.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', null, null], ['李四', 60, '一般']]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['C16']);
  });
});

describe('review: a copy of the table naming no one beside a seed-shaped sheet (「序号 | 考核项目 | 分值 | 评分标准 | 得分 | 备注」)', () => {
  it('is a reference copy: warned, the sheet\'s person scored (20 + 30 + 10 + 10 + 5 + 5 + 10 + 5 = 95 良好; 96 优秀)', async () => {
    const r = await gradedReport(at('scheme-reference-copy-beside.xlsx'), { form: 'cs-scheme-100' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['周杰', 95, '良好'], ['吴婷', 96, '优秀']]);
    expect(r.problems.filter((p) => p.code === 'second-form-on-sheet').map((p) => [p.severity, p.cell])).toEqual([['warning', 'I3'], ['warning', 'I3']]);
  });
});

describe('seed person sheets whose items are numbered (「1、业绩考核」, 「1.业务知识能力」): the form is told from them', () => {
  it('§13 without --form: 96, 91, 95 as with it (95 is 良好: left-open bands)', async () => {
    const r = await gradedReport(at('scheme-numbered-items.xlsx'));
    expect(r.form).toBe('cs-scheme-100');
    expect(r.people.map((p) => p.total)).toEqual([96, 91, 95]);
  });
  it('§9 without --form: 85.80 良好 (0.7 × 主管 + 0.1 × 90 + 0.2 × 90 per item), 55.56 with no peers ((70·60 + 20·40) / 90)', async () => {
    const r = await gradedReport(at('competency-numbered-items.xlsx'));
    expect(r.form).toBe('cs-competency');
    expect(r.people.map((p) => Math.round(p.total! * 100) / 100)).toEqual([85.8, 55.56]);
  });
});

describe('a row 「客户沟通交流(上月)」 inserted under the item on a §7 person sheet', () => {
  it('is last month\'s, not a second row of the item: 100 优秀 (2 + 8 + 2 + 5 + 3 + 5 × 6 + 10 × 5), the row warned as not counted', async () => {
    const r = await gradedReport(at('specialist-last-month-row.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['王五', 100, '优秀']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
