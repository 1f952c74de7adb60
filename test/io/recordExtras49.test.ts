// A team's extra sheet or footer line beside a record log (fixtures: test/fixtures/recordExtras49/make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOTAL } from '../../src/io/rowKinds.js';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/recordExtras49', name);

describe('§23 a 汇总 sheet beside the log', () => {
  it('is passed over with a note, not refused for 车间 and 评价 missing: 采购部 较差 1.11, 仓储部 优秀 0', async () => {
    const report = await gradedReport(fixture('summary-sheet.xlsx'));
    // 采购部: u = 2 (一车间, 二车间 不满意), w = 0 → 较差, nominal 1; 3 workshops → coefficient 0.9; 1 ÷ 0.9 = 1.11.
    // 仓储部: u = 0, w = 0, g = 1 (< 2) → 优秀, nominal 0.
    const depts = report.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.key.dept, g.figures.level, g.figures.deduction]);
    expect(depts).toEqual([['采购部', '较差', 1.11], ['仓储部', '优秀', 0]]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const note = report.problems.find((p) => p.sheet === '汇总')!;
    expect([note.code, note.severity]).toEqual(['helper-sheet', 'info']);
    expect(note.message).toBe('工作表「汇总」有列「满意」、「一般」、「不满意」、「很不满意」等 6 列,是自己做的汇总表,不是逐条的答案,没有读取;结果按记录表里的答案计算。如果其中也有要统计的答案,请把它们移到记录表里');
  });

  it('a second log sheet without its 评价 column (headed 打分) stays an error', async () => {
    const report = await gradedReport(fixture('second-log-missing.xlsx'));
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.sheet, p.message]);
    expect(errors).toEqual([['item-not-found', '补录', '补录 第 1 行的表头缺少必填列 「评价」,无法评分「内部客户服务满意度考核标准」;请用 kpi template internal-satisfaction-workshop 生成的模板,或补上这些列']]);
  });
});

describe('§3 the log’s own results under its customers', () => {
  it('本月满意度指数, 满意率, 总体平均, 当月指数:80 are skipped; 满意率咨询公司 and 指数科技 are customers: index 80 乙', async () => {
    const report = await gradedReport(fixture('sat-footer.xlsx'));
    const month = report.groups![0]!;
    // Four customers: 产品质量 (9 + 7 + 10 + 6) / 4 = 8, 服务 (8 + 6 + 10 + 6) / 4 = 7.5, 交付准确性 (10 + 8 + 10 + 6) / 4 = 8.5,
    // 售后支持 (9 + 7 + 10 + 6) / 4 = 8; overall (8 + 7.5 + 8.5 + 8) / 4 = 8, index 80 → 乙 (≥ 80).
    expect([month.figures.responses, month.figures.quality, month.figures.service, month.figures.accuracy, month.figures.support, month.figures.index, month.band]).toEqual([4, 8, 7.5, 8.5, 8, 80, '乙']);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['A8', 'A9', 'A10', 'A11', 'A12', 'A13']);
  });

  it('the words as whole cells only', () => {
    for (const word of ['本月满意度指数', '满意度指数', '客户满意度指数', '满意率', '本月满意率', '当月满意度', '当月指数', '总体平均', '本月得分', '满意度指数:81.25']) expect([word, TOTAL.whole(word)]).toEqual([word, true]);
    for (const name of ['满意率咨询公司', '指数科技', '满意度', '指数', '王满意']) expect([name, TOTAL.whole(name)]).toEqual([name, false]);
  });
});

describe('§22 sheets 1月 2月 3月 under a quarter’s title', () => {
  it('take the title’s year: 采购部 (880 + 800 + 800) / 3 = 826.67 B', async () => {
    const report = await gradedReport(fixture('quarter.xlsx'), { form: 'internal-satisfaction-dept' });
    // 1月: 生产部 A B B = 400 + 240 + 240 = 880, 销售部 A A C = 400 + 300 + 180 = 880 → 880; 2月: B B B = 800;
    // 3月: C C C = 600, A A A = 1000 → (600 + 1000) / 2 = 800. Quarter: 2480 / 3 = 826.67, B (≥ 700).
    const months = report.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.key.month, g.figures.initial]);
    expect(months).toEqual([['2026-01', 880], ['2026-02', 800], ['2026-03', 800]]);
    const quarter = report.groups!.find((g) => g.grouping === 'period')!;
    expect([Math.round((quarter.figures.initial as number) * 100) / 100, quarter.band]).toEqual([826.67, 'B 良好']);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('without a year anywhere, the error names --period', async () => {
    const failure = await refusal(fixture('quarter-no-year.xlsx'), { form: 'internal-satisfaction-dept' });
    expect(failure.message).toContain('请加 --period 指定月份');
    const report = await gradedReport(fixture('quarter-no-year.xlsx'), { form: 'internal-satisfaction-dept', period: '2026-03' });
    const quarter = report.groups!.find((g) => g.grouping === 'period')!;
    expect(Math.round((quarter.figures.initial as number) * 100) / 100).toBe(826.67);
  });
});
