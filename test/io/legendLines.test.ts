// An export's legend on a line above its headings — 「评价填写代码:1=满意 2=一般 3=不满意 4=很不满意」, 「说明:是否类字段
// 0=是 1=否」, 「评分代码:1=优秀 2=良好 3=一般 4=较差」 — was not read: each digit was the answer of that many points, the
// other way round, at exit 0 (§23 较好 came out 很差, §5 75 % came out 25 %, §15 3.50 优秀 came out 1.50 较差). It is read
// as the same legend in the heading is.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures', name);

describe('a legend on a line above the headings', () => {
  it('§23 「1=满意 2=一般 3=不满意 4=很不满意」: 采购部 1,1,1,3 → u = 1 较好, 财务部 1,2,2 → g = 2 较好; 0.5 ÷ 0.9 = 0.56 each', async () => {
    const report = await gradedReport(fixture('legends/workshop-code-line.csv'), { form: 'internal-satisfaction-workshop' });
    const monthly = report.groups!.filter((g) => g.grouping === report.groups![0]!.grouping);
    expect(monthly.map((g) => [g.keyText, g.figures.u, g.figures.w, g.figures.g, g.figures.level, g.figures.deduction])).toEqual([
      ['2026-03·采购部', 1, 0, 0, '较好', 0.56],
      ['2026-03·财务部', 0, 0, 2, '较好', 0.56],
    ]);
  });

  it('§5 「说明:是否类字段 0=是 1=否」: 王师傅 3 of 4 satisfied (HT4 处理完毕 1 = 否) — 满意率, 一次成功率, 验收单上交率 75 %', async () => {
    const report = await gradedReport(fixture('install/legend-line-above.csv'), { form: 'install-followup' });
    const all = report.groups!.find((g) => g.grouping === 'all')!;
    expect([all.figures.satisfiedRate, all.figures.firstTimeRate, all.figures.receiptRate]).toEqual([75, 75, 75]);
  });

  it('§15 a roster of answer sheets, 「评分代码:1=优秀 2=良好 3=一般 4=较差」: 陈小红 (4 + 3)/2 = 3.50 优秀 强烈推荐', async () => {
    const report = await gradedReport(fixture('legends/interview-code-line.csv'), { form: 'interview-eval' });
    const chen = report.people.find((p) => p.name === '陈小红')!;
    expect([chen.total, chen.band]).toEqual([3.5, '优秀']);
  });
});

// 「说明:各项按5分制评分」 above a §3 log of 1–10 answers: 4.5 of 5 read as 4.5 of 10 was 丁 at exit 0.
describe('a scale named on a line above a survey log', () => {
  it('§3 「说明:各项按5分制评分」: refused, naming the line; 「(10分制)」 in the title is the log\'s own — (9 + 8)/2 × 10 = 85 乙', async () => {
    const { refusal } = await import('../helpers.js');
    const failure = await refusal(fixture('records42/survey-5-scale-line.csv'), { form: 'satisfaction-monthly' });
    expect(failure.message).toContain('B3「产品质量」(A2「说明:各项按5分制评分」)');
    expect(failure.message).toContain('写明的分制(或分数高低的方向)与本表不同');
    const { writeFileSync } = await import('node:fs');
    const { tempDir } = await import('../helpers.js');
    const own = path.join(tempDir(), 'ten.csv');
    writeFileSync(own, '\uFEFF客户满意度调查(10分制)\r\n客户,产品质量,服务,交付准确性,售后支持\r\n甲,9,9,9,9\r\n乙,8,8,8,8\r\n');
    const report = await gradedReport(own, { form: 'satisfaction-monthly' });
    expect([report.groups![0]!.figures.index, report.groups![0]!.band]).toEqual([85, '乙']);
  });
});

// A log's headings as teams and systems retype them — 「车间名称」, 「被服务部门名称」, 「评价等级」, 「评价人姓名」,
// 「所属门店」, 「安装师傅姓名」, 「验收单是否已上交」, 「处理完毕」, 「服务态度评分」 — each refused the whole log (exit 2).
describe('record logs\' headings retyped', () => {
  it('§23 「车间名称 | 被服务部门名称 | 评价等级」: 仓储部 满意 + 不满意 → u = 1 较好, 0.5 ÷ 0.9 = 0.56', async () => {
    const { writeFileSync } = await import('node:fs');
    const { tempDir } = await import('../helpers.js');
    const file = path.join(tempDir(), 'ws.csv');
    writeFileSync(file, '\uFEFF评价月份,车间名称,被服务部门名称,评价项目,评价等级,原因\r\n2026-03,一车间,仓储部,配送,满意,\r\n2026-03,二车间,仓储部,配送,不满意,慢\r\n');
    const report = await gradedReport(file, { form: 'internal-satisfaction-workshop' });
    const dept = report.groups!.find((g) => g.keyText === '2026-03·仓储部')!;
    expect([dept.figures.u, dept.figures.level, dept.figures.deduction]).toEqual([1, '较好', 0.56]);
  });

  it('§5 「所属门店 | 安装师傅姓名 | 验收单是否已上交 | 处理完毕 | 服务态度评分」: 王师傅 2/2 satisfied, 一次成功 1/2', async () => {
    const { writeFileSync } = await import('node:fs');
    const { tempDir } = await import('../helpers.js');
    const file = path.join(tempDir(), 'inst.csv');
    writeFileSync(file, '\uFEFF所属门店,安装师傅姓名,验收单是否已上交,是否一次安装成功,处理完毕,有没有清理卫生,服务态度评分,验收单是否是您本人签字\r\nA店,王师傅,是,是,是,有,5,是\r\nA店,王师傅,是,否,是,有,4,是\r\n');
    const report = await gradedReport(file, { form: 'install-followup' });
    const all = report.groups!.find((g) => g.grouping === 'all')!;
    expect([all.figures.satisfiedRate, all.figures.firstTimeRate, all.figures.receiptRate]).toEqual([100, 50, 100]);
  });
});
