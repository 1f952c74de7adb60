// A person's name with a note in brackets (「陈晨(复试)」, 「张三(组长)」) beside the same name without it was taken for
// another person: §15's 复试 copy made a second candidate (陈晨 3.00 良好 on two interviewers, 「陈晨(复试)」 1.00 较差,
// exit 0, for one 陈晨 at 2.33 一般); §9's 「张三(组长)」 under 张三's 工号 was 「同一工号不能是两个人」, unscored; a sheet 张三
// and a roster row 「张三(组长)」 in one workbook were two people at exit 0. A note with no plain twin stays a name.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot, tempDir } from '../helpers.js';
import type { GradeReport } from '../../src/io/outcome.js';

const FIXTURES = path.join(repoRoot, 'test/fixtures/nameNotes50');

/** Name, total to two places (as the report shows it), band. */
const shown = (r: GradeReport) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band]);

function csvIn(dir: string, name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

const IV_HEAD = `姓名,评分人,${Array.from({ length: 15 }, (_, k) => `第${k + 1}题`).join(',')}`;
const answers = (mark: string) => Array(15).fill(mark).join(',');

describe('§15: the 复试 interviewer writes 「陈晨(复试)」', () => {
  // 良好 3, 良好 3, 较差 1 on every question: (3 + 3 + 1) / 3 = 2.33 → 一般 (≥ 2, < 2.75), 后备.
  it('in three copies: one 陈晨, 2.33 一般, the note said where it is written', async () => {
    const dir = tempDir();
    const files = [
      csvIn(dir, '初试-王五.csv', [IV_HEAD, `陈晨,面试官王五,${answers('良好')}`, `刘洋,面试官王五,${answers('良好')}`]),
      csvIn(dir, '初试-李四.csv', [IV_HEAD, `陈晨,面试官李四,${answers('良好')}`, `刘洋,面试官李四,${answers('优秀')}`]),
      csvIn(dir, '复试-赵六.csv', [IV_HEAD, `陈晨(复试),面试官赵六,${answers('较差')}`, `刘洋,面试官赵六,${answers('良好')}`]),
    ];
    const report = await combinedReport(files, { form: 'interview-eval' });
    // 刘洋: (3 + 4 + 3) / 3 = 3.33 → 良好 (≥ 2.75, < 3.5).
    expect(shown(report)).toEqual([['陈晨', 2.33, '一般'], ['刘洋', 3.33, '良好']]);
    const noted = report.problems.filter((p) => p.code === 'name-noted');
    expect(noted.map((p) => [p.severity, path.basename(p.file ?? ''), p.cell, p.person])).toEqual([['info', '复试-赵六.csv', 'A2', '陈晨']]);
    expect(noted[0]!.message).toContain('姓名「陈晨(复试)」按「陈晨」计(括号里的「复试」当作备注)');
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('on rows of one file, full-width and 【】 brackets alike: one 陈晨, 2.33 一般', async () => {
    for (const noted of ['陈晨(复试)', '陈晨【复试】', '陈晨 [复试]']) {
      const file = csvIn(tempDir(), '面试.csv', [IV_HEAD, `陈晨,面试官王五,${answers('良好')}`, `陈晨,面试官李四,${answers('良好')}`, `${noted},面试官赵六,${answers('较差')}`]);
      const report = await gradedReport(file, { form: 'interview-eval' });
      expect([noted, shown(report)]).toEqual([noted, [['陈晨', 2.33, '一般']]]);
    }
  });

  it('「陈晨(初试)」 and 「陈晨(复试)」 with no plain 陈晨: two names as typed (no twin to be)', async () => {
    const dir = tempDir();
    const files = [
      csvIn(dir, '初试-王五.csv', [IV_HEAD, `陈晨(初试),面试官王五,${answers('良好')}`]),
      csvIn(dir, '复试-赵六.csv', [IV_HEAD, `陈晨(复试),面试官赵六,${answers('较差')}`]),
    ];
    const report = await combinedReport(files, { form: 'interview-eval' });
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['陈晨(初试)', 3], ['陈晨(复试)', 1]]);
    expect(report.problems.filter((p) => p.code === 'name-noted')).toEqual([]);
  });
});

const CC_HEAD = '工号,姓名,部门,考核月份,评分人,业务知识能力,沟通能力,问题解决能力,人际关系协调,反馈与学习能力';
const ccRow = (id: string, name: string, rater: string, mark: string) => `${id},${name},客服部,2026-03,${rater},${Array(5).fill(mark).join(',')}`;

describe('§9: a peer\'s copy names 「张三(组长)」', () => {
  // 主管 优秀 100, 同事 一般 60, no 客户: its 20 % spread over the others, 100 × 70/80 + 60 × 10/80 = 87.5 + 7.5 = 95 → 优秀.
  it('under the same 工号 1001: 张三 95.00 优秀 (was 未评分, 「同一工号不能是两个人」), the note said', async () => {
    const dir = tempDir();
    const report = await combinedReport([
      csvIn(dir, '主管.csv', [CC_HEAD, ccRow('1001', '张三', '主管评', '优秀'), ccRow('1002', '李四', '主管评', '良好')]),
      csvIn(dir, '同事甲.csv', [CC_HEAD, ccRow('1001', '张三(组长)', '同事评', '一般'), ccRow('1002', '李四', '同事评', '优秀')]),
    ], { form: 'cs-competency' });
    expect(shown(report)).toEqual([['张三', 95, '优秀'], ['李四', 82.5, '良好']]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.filter((p) => p.code === 'name-noted').map((p) => [path.basename(p.file ?? ''), p.cell])).toEqual([['同事甲.csv', 'B2']]);
  });

  it('without 工号 in the peer\'s copy: the same 张三 95.00 (was a third person, unscored)', async () => {
    const dir = tempDir();
    const report = await combinedReport([
      csvIn(dir, '主管.csv', [CC_HEAD, ccRow('1001', '张三', '主管评', '优秀')]),
      csvIn(dir, '同事甲.csv', [CC_HEAD, ccRow('', '张三(组长)', '同事评', '一般')]),
    ], { form: 'cs-competency' });
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 95]]);
  });

  // 主管 优秀 100, 同事 一般 60, 客户 待改进 40: 0.7 × 100 + 0.1 × 60 + 0.2 × 40 = 70 + 6 + 8 = 84 → 良好.
  it('noted in the 主管\'s copy, no 工号 anywhere: 张三 84.00 良好, shown as 张三', async () => {
    const dir = tempDir();
    const report = await combinedReport([
      csvIn(dir, '主管.csv', [CC_HEAD, ccRow('', '张三(组长)', '主管评', '优秀')]),
      csvIn(dir, '同事甲.csv', [CC_HEAD, ccRow('', '张三', '同事评', '一般')]),
      csvIn(dir, '客户.csv', [CC_HEAD, ccRow('', '张三', '客户评', '待改进')]),
    ], { form: 'cs-competency' });
    expect(shown(report)).toEqual([['张三', 84, '良好']]);
  });

  it('「张三(组长)」 under another 工号 (1003) is another person: not merged, nothing said of a note', async () => {
    const dir = tempDir();
    const report = await combinedReport([
      csvIn(dir, '主管.csv', [CC_HEAD, ccRow('1001', '张三', '主管评', '优秀'), ccRow('1003', '张三(组长)', '主管评', '良好')]),
      csvIn(dir, '同事甲.csv', [CC_HEAD, ccRow('1001', '张三', '同事评', '一般'), ccRow('1003', '张三(组长)', '同事评', '一般')]),
    ], { form: 'cs-competency' });
    // 张三(组长): 80 × 70/80 + 60 × 10/80 = 70 + 7.5 = 77.5.
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 95], ['张三(组长)', 77.5]]);
    expect(report.problems.filter((p) => p.code === 'name-noted')).toEqual([]);
  });
});

describe('one workbook: a sheet 张三 and a roster row 「张三(组长)」', () => {
  // Left as two people (review: within one file a plain name beside a noted one is how a team writes two namesakes —
  // kpi's own --people template of 张三 and 张三(大), a roster of 刘婷 and 刘婷(2) — both were refused as one in two places).
  it('两个人 as typed: 79.56 and 100, no duplicate-person', async () => {
    const report = await gradedReport(path.join(FIXTURES, 'sheet-and-row.xlsx'));
    // 张三's sheet, 上级: 92 % → 20, 有部分不完整 10, 完成 20, 1 unmet → 15: 65/80 = 81.25; 4级 40 + 3级 30 = 70/100;
    // 0.85 × 81.25 + 0.15 × 70 = 79.56. The row: 20 + 20 + 20 + 20 = 100, 50 + 50 = 100 → 100.
    expect(shown(report)).toEqual([['张三', 79.56, '一般'], ['李四', 31.06, '待改进'], ['王五', 100, '优秀'], ['张三(组长)', 100, '优秀']]);
    expect(report.problems.filter((p) => p.code === 'duplicate-person')).toEqual([]);
  });

  it('a roster of 刘婷 and 刘婷(2) without 工号: two people', async () => {
    const file = csvIn(tempDir(), '面试.csv', [IV_HEAD, `刘婷,面试官王五,${answers('良好')}`, `刘婷(2),面试官王五,${answers('较差')}`]);
    const report = await gradedReport(file, { form: 'interview-eval' });
    // Same interviewer, same file: 刘婷 3.00 良好, 刘婷(2) 1.00 较差 — not one person rated twice.
    expect(shown(report)).toEqual([['刘婷', 3, '良好'], ['刘婷(2)', 1, '较差']]);
    expect(report.problems.filter((p) => p.code === 'name-noted')).toEqual([]);
  });

  it('raters\' copies holding both 张三 and 张三(大), each rated by the same rater: two people', async () => {
    const dir = tempDir();
    const files = [
      csvIn(dir, '初试-王五.csv', [IV_HEAD, `张三,面试官王五,${answers('良好')}`, `张三(大),面试官王五,${answers('较差')}`]),
      csvIn(dir, '初试-李四.csv', [IV_HEAD, `张三,面试官李四,${answers('优秀')}`, `张三(大),面试官李四,${answers('一般')}`]),
    ];
    const report = await combinedReport(files, { form: 'interview-eval' });
    // 张三 (3 + 4) / 2 = 3.50 优秀; 张三(大) (1 + 2) / 2 = 1.50 较差.
    expect(shown(report)).toEqual([['张三', 3.5, '优秀'], ['张三(大)', 1.5, '较差']]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
