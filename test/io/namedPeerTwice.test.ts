// One named member of a group of several raters twice for one person — 「同事评李四」 on two rows of a roster, two copies
// each signed 「同事评(李四)」, 「面试官王五」 twice in an interview export, two columns headed 「同事评(李四)」 — was
// counted as two peers at exit 0: 林娜 「同事评(3人)」 81.07 for an error, a candidate's 推荐 resting on it. One peer rates
// once: differing marks are an error at the second (the person not scored), the same marks counted once with a warning.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const HEAD = '工号,姓名,部门,考核月份,评分人,业务知识能力,沟通能力,问题解决能力,人际关系协调,反馈与学习能力';
const row = (who: string, mark: string, last = mark) => `1001,林娜,客服部,2026-03,${who},${mark},${mark},${mark},${mark},${last}`;
function csv(lines: string[]): string {
  const file = path.join(tempDir(), '三月考核.csv');
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

describe('one named peer twice for one person', () => {
  const base = [HEAD, row('主管', '良好'), row('同事评王五', '良好'), row('同事评李四', '优秀'), row('客户评', '良好')];

  it('on two rows of a roster with other marks: an error at the second row\'s 评分人, 林娜 not scored', async () => {
    const report = await gradedReport(csv([...base, row('同事评李四', '优秀', '一般')]), { form: 'cs-competency' });
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['林娜', null]]);
    const said = report.problems.filter((p) => p.code === 'rater-duplicate');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['error', 'E6']]);
    expect(said[0]!.message).toContain('林娜的「同事评(李四)」已在');
  });

  it('on two rows with the same marks: counted once — 0.7 × 80 + 0.1 × (80 + 100)/2 + 0.2 × 80 = 56 + 9 + 16 = 81', async () => {
    const report = await gradedReport(csv([...base, row('同事评(李四)', '优秀')]), { form: 'cs-competency' });
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['林娜', 81]]);
    expect(report.problems.filter((p) => p.code === 'rater-duplicate').map((p) => p.severity)).toEqual(['warning']);
  });

  it('two peers not named, on two rows: two peers, as before — 0.7 × 80 + 0.1 × (80 + 100)/2 + 0.2 × 80 = 81', async () => {
    const report = await gradedReport(csv([HEAD, row('主管', '良好'), row('同事评', '良好'), row('同事评', '优秀'), row('客户评', '良好')]), { form: 'cs-competency' });
    expect(report.people.map((p) => p.total)).toEqual([81]);
  });

  it('面试官王五 twice for 王小明 (优秀, then 良好): an error, 王小明 not scored; 李华 (王五 一般, 李四 一般) 2.00', async () => {
    const q = (mark: string) => Array(15).fill(mark).join(',');
    const file = csv([`姓名,评分人,${Array.from({ length: 15 }, (_, k) => `第${k + 1}题`).join(',')}`,
      `王小明,面试官王五,${q('优秀')}`, `王小明,面试官李四,${q('一般')}`, `王小明,面试官王五,${q('良好')}`, `李华,面试官王五,${q('一般')}`, `李华,面试官李四,${q('一般')}`]);
    const report = await gradedReport(file, { form: 'interview-eval' });
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['王小明', null], ['李华', 2]]);
    expect(report.problems.filter((p) => p.code === 'rater-duplicate').map((p) => p.cell)).toEqual(['B4']);
  });

  it('two columns headed 「同事评(李四)」 on a person\'s sheet, 一般 and 优秀: compared — an error at each differing cell', async () => {
    const report = await gradedReport(path.join(repoRoot, 'test/fixtures/raters42/competency-peer-named-twice-form.xlsx'));
    expect(report.people.map((p) => p.total)).toEqual([null]);
    const said = report.problems.filter((p) => p.severity === 'error');
    expect(said[0]!.cell).toBe('I7');
    expect(said[0]!.message).toContain('「业务知识能力·同事评(李四)」有两列:H7 填「一般」,这里填「优秀」');
  });
});

// Two applicants named 张伟, told apart by 联系电话: averaged as one at exit 0 (4.00 and 1.50 came out 2.75 推荐).
describe('one name, two people told apart by 联系电话', () => {
  it('§15 rows of interviewers for two 张伟 of other phones: an error, 张伟 not scored; the same phone is one candidate', async () => {
    const q = (mark: string) => Array(15).fill(mark).join(',');
    const head = `姓名,联系电话,评分人,${Array.from({ length: 15 }, (_, k) => `第${k + 1}题`).join(',')}`;
    const two = await gradedReport(csv([head, `张伟,13812345678,面试官王五,${q('优秀')}`, `张伟,13987654321,面试官赵六,${q('较差')}`]), { form: 'interview-eval' });
    expect(two.people.map((p) => [p.name, p.total])).toEqual([['张伟', null]]);
    expect(two.problems.filter((p) => p.code === 'name-ambiguous').map((p) => [p.severity, p.cell])).toEqual([['error', 'A3']]);
    // One candidate, his phone typed with a space by one interviewer: (4 + 1)/2 = 2.50.
    const one = await gradedReport(csv([head, `张伟,13812345678,面试官王五,${q('优秀')}`, `张伟,138 1234 5678,面试官赵六,${q('较差')}`]), { form: 'interview-eval' });
    expect(one.people.map((p) => p.total)).toEqual([2.5]);
  });
});
