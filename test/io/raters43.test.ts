// Raters of the forty-third session's findings: who rated, as teams write it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/raters43', name);
const totals = (people: ReadonlyArray<{ name: string; total: number | null }>) => people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100]);

describe('who rated', () => {
  it('§9 a tab 「同事评 (2)」 (Excel\'s name for a copied sheet) is a colleague\'s: 王芳 without 主管评 is refused (she was 95.00 优秀 on a colleague\'s marks)', async () => {
    const report = await gradedReport(fixture('raters-in-sheets.xlsx'), { form: 'cs-competency' });
    const wang = report.people.find((p) => p.name === '王芳')!;
    expect(wang.total).toBeNull();
    expect(report.problems.some((p) => p.person === '王芳' && p.severity === 'error' && p.message.includes('没有「主管评」的评分'))).toBe(true);
  });

  it('§9 「同事-李四」, 「客户-王总」: the group before the dash — 周杰 80 × 70/80 + 100 × 10/80 = 82.5; 王芳 (a customer only) refused; 林娜 (97.5 + 80 + 80 + 62.5 + 97.5) / 5 = 83.5', async () => {
    const report = await gradedReport(fixture('dash-roster.csv'), { form: 'cs-competency' });
    expect(totals(report.people)).toEqual([['林娜', 83.5], ['周杰', 82.5], ['王芳', null]]);
  });

  it('§19 「自评-王芳」 is a self-rating, as 「自评(周杰)」 is: not the 主管\'s (100 优秀 at exit 0)', async () => {
    const report = await gradedReport(fixture('cs-rep-self-dash.csv'), { form: 'cs-rep' });
    expect(report.people.find((p) => p.name === '王芳')!.total).toBeNull();
    expect(report.problems.find((p) => p.person === '王芳' && p.severity === 'error')!.message).toContain('写的是「自评-王芳」:自评只作参考、不计分');
  });

  it('§9 copies: a colleague\'s copy signed 「同事-周杰」 rating 周杰 himself is set aside — 80 × 70/90 + 60 × 20/90 = 75.56 (it was 78)', async () => {
    const outcome = await gradeCombined([fixture('sup.xlsx'), fixture('peer-zhoujie-dash.xlsx'), fixture('cust.xlsx')], { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(totals(outcome.report.people).find((p) => p[0] === '周杰')).toEqual(['周杰', 75.56]);
  });

  it('§15 the same interviewer twice, named alone (面试评价人 「王五」 on two rows, two copies signed 「王五」), with other marks: an error, not two interviewers', async () => {
    // Counted as three, 赵一 was 3.3333 良好; by the corrected copy alone (14 × 3.5 + 3) / 15 = 3.4667, by the first 3.5 优秀.
    const roster = await gradedReport(fixture('interviews.csv'), { form: 'interview-eval' });
    expect(roster.people.find((p) => p.name === '赵一')!.total).toBeNull();
    expect(roster.problems.find((p) => p.person === '赵一' && p.severity === 'error')!.message).toContain('的「面试官(王五)」已在');
    const copies = await gradeCombined([fixture('wangwu.xlsx'), fixture('wangwu-fixed.xlsx'), fixture('lisi.xlsx')], { output: null });
    if (!copies.ok) throw new Error(copies.failure.message);
    expect(copies.report.people.find((p) => p.name === '赵一')!.total).toBeNull();
    // 钱二's two copies are alike: one row pasted twice, counted once — (一般 2 + 较差 1) / 2 = 1.5 (it was 1.6667).
    expect(copies.report.people.find((p) => p.name === '钱二')!.total).toBeCloseTo(1.5, 10);
  });
});

describe('raters\' copies in a folder with --combine', () => {
  it('a subfolder holding copies (同事/) is said as not read — an error, not its weight spread to the others without a word', async () => {
    const outcome = await gradeCombined([fixture('folder/subfolder')], { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const said = outcome.report.problems.filter((p) => p.code === 'folder-unread');
    expect(said.map((p) => [p.severity, p.message])).toEqual([['error', '文件夹 subfolder 里子文件夹 同事/ 里的表没有读取:只读这一层的 .xlsx、.csv 等文件,这些表里的评分没有计入;如果它们也是这次的表,请放到这一层(或另存为 .xlsx)后重新评分']]);
  });
});

describe('§9 「同事互评」 as a 评分人 and as a sheet\'s name', () => {
  it('is the peers\' group (two rows were one peer 「互评」 twice: everyone refused) — 87.00, 76.80, 61.25 as with 「同事评」', async () => {
    for (const file of ['peer-huping-rows.csv', 'peer-huping-sheets.xlsx']) {
      const report = await gradedReport(fixture(file), { form: 'cs-competency' });
      expect(totals(report.people), file).toEqual([['张三', 87], ['李四', 76.8], ['王五', 61.25]]);
    }
  });
});

describe('§9 a 评分人 「客户满意度」 (the group and words of its marks)', () => {
  it('is the customers\': 李四 without a 主管 row is refused (it was 60 × 70/80 + 100 × 10/80 = 65.00 at exit 0, the customers\' 一般 as the 主管\'s)', async () => {
    const report = await gradedReport(fixture('customer-satisfaction-rater.csv'), { form: 'cs-competency' });
    expect(totals(report.people)).toEqual([['张三', 87.6], ['李四', null]]);
    expect(report.problems.find((p) => p.person === '李四' && p.severity === 'error')!.message).toContain('没有「主管评」的评分');
  });
});

