// Regressions the review of this session's commits found, each read again as before them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/review47', f);
const totals = (r: { people: Array<{ name: string; total: number | null; band: string | null }> }) => r.people.map((p) => [p.name, p.total, p.band]);

const combined = (files: string[]) => combinedReport(files.map(at));

describe('raters signing with a kind, not a surname (「主管面试官」, 「企业客户」)', () => {
  it('§15 two 「主管面试官」 copies (优秀, alike) and 「HR面试官」 (较差): three interviewers, (4 + 4 + 1) / 3 = 3.00 良好 (were merged: 2.50)', async () => {
    const r = await combined(['iv-主管A.xlsx', 'iv-主管B.xlsx', 'iv-HR.xlsx']);
    expect(totals(r)).toEqual([['张三', 3, '良好']]);
  });

  it('§9 two customers\' copies signed 「企业客户」 (优秀, 一般): two customers, (70 × 100 + 20 × 80) / 90 = 95.56 优秀 (refused as one twice)', async () => {
    const r = await combined(['cu-主管.xlsx', 'cu-企业客户-1.xlsx', 'cu-企业客户-2.xlsx']);
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['林娜', 95.56]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('weights and points a person\'s sheet prints that are the form\'s own', () => {
  it('§1 「客户信息管理(20%)」 (the seed prints its 20-point items so) and 「业绩考核(满分100分)」: 周杰 79.5625 一般, the catalog\'s example', async () => {
    // A = 65/80 = 81.25; 81.25 × 0.85 + 70 × 0.15 = 79.5625.
    expect(totals(await gradedReport(at('01-as-item20pct.xlsx')))).toEqual([['周杰', 79.5625, '一般'], ['吴婷', 100, '优秀']]);
    expect(totals(await gradedReport(at('02-as-part100.xlsx')))).toEqual([['周杰', 79.5625, '一般'], ['吴婷', 100, '优秀']]);
  });

  it('§26 four areas 「(25分)」 and §29 indicators 「(25分)」 (each an equal share of 100): 马琳 32 × 2.5 = 80 良好, 钱多 3.0 / 4 × 100 = 75 良好', async () => {
    expect(totals(await gradedReport(at('20-wr-part25.xlsx')))[0]).toEqual(['马琳', 80, '良好']);
    expect(totals(await gradedReport(at('21-rating-part25.xlsx')))[0]).toEqual(['钱多', 75, '良好']);
  });

  it('§28 「客诉率(2%)」 (its target, not a weight): 何静 71.25 一般', async () => {
    expect(totals(await gradedReport(at('24-sa-kesu.xlsx'), { form: 'sales-aftersales-monthly' }))[0]).toEqual(['何静', 71.25, '一般']);
  });

  it('§4 「直接主管评分(100%)」 with no 间接主管 filled: the form\'s rule when 间接 is absent — 107 优秀 (refused as 70 %)', async () => {
    expect(totals(await gradedReport(at('30-dm-direct100.xlsx')))).toEqual([['李强', 107, '优秀']]);
  });
});

describe('record logs and exports, read again as before this session\'s changes (second review)', () => {
  it('§23 one late answer of February on the 「3月」 sheet: counted in February with a warning; March still scored (the whole sheet was dropped)', async () => {
    const r = await gradedReport(at('workshop-late-answer.xlsx'), { form: 'internal-satisfaction-workshop' });
    const dept = r.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.level]);
    expect(dept).toEqual(expect.arrayContaining([['2026-02·仓储部', '较好'], ['2026-03·仓储部', '较好'], ['2026-03·质检部', '优秀']]));
    const said = r.problems.find((p) => p.code === 'records-sheet-month')!;
    expect([said.severity, said.message.includes('这几行按它们写的月份统计了;如果是迟交的答案可以不管')]).toEqual(['warning', true]);
  });

  it('§23 sheets 「1月」「2月」「3月」 with --period 2026-03: each its own month in 2026 (all were read as March: 差 2.22 for 优秀)', async () => {
    const r = await gradedReport(at('workshop-bare-month-sheets.xlsx'), { form: 'internal-satisfaction-workshop', period: '2026-03' });
    expect(r.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.deduction])).toEqual([['2026-01·仓储部', 2.22], ['2026-02·仓储部', 0], ['2026-03·仓储部', 0]]);
  });

  it('§23 a sheet named for two months 「2026年3月-4月」 without a month column: refused as before, even with --period', async () => {
    const r = await gradeFile(at('workshop-sheet-range.xlsx'), { form: 'internal-satisfaction-workshop', period: '2026-03', output: null });
    expect(r.ok ? 'read' : r.failure.message).toContain('考核月份');
  });

  it('§23 评价 blank with a reason beside it (「配送多次延误」): the answer forgotten — an error as before, not a workshop unserved', async () => {
    const r = await gradedReport(at('workshop-blank-with-reason.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['required']);
  });

  it('§31 a team named 「综合服务组」 is a team, not a statistic\'s row: 68.50 一般', async () => {
    const r = await gradedReport(at('scorecard-zonghe.xlsx'));
    expect(r.people.find((p) => p.name === '综合服务组')!.total).toBe(68.5);
  });

  it('§11 February\'s export titled 「赤兔 · 2月客服绩效数据导出」 for a March roster: refused (scored as March\'s at exit 0)', async () => {
    const r = await gradeFile(path.join(repoRoot, 'samples/shop-cs-monthly.march.roster.xlsx'), { data: at('feb-export-daochu.xlsx'), output: null });
    expect(r.ok ? 'read' : r.failure.message).toContain('的标题是 2月 的,本表的考核月份是 2026-03');
  });
});

describe('third review: names, weights and signatures read as before', () => {
  it('§15 two copies signed 「李明面试官」 (a full name before the group\'s), marks differing: one interviewer twice — an error, 张三 unscored (was (4 + 3 + 1) / 3 = 2.67 at exit 0)', async () => {
    const r = await combined(['iv-liming-X.xlsx', 'iv-liming-Y.xlsx', 'iv-HR2.xlsx']);
    expect(r.people.map((p) => p.total)).toEqual([null]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['rater-duplicate']);
  });

  it('§1 parts 「(权重50%)」 × 2 on an 85/15 form: refused (an equal share is no weight of this form: 吴婷 91 优秀 for the sheet\'s 70 一般)', async () => {
    const r = await gradedReport(at('as-parts-50-50.xlsx'));
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.code === 'heading-points' && p.message.includes('表上写的是权重 50%'))).toBe(true);
  });

  it('§1 「客户信息管理(30%)」 (not a rate\'s name, so no target): refused as a weight', async () => {
    const r = await gradedReport(at('as-item-30pct.xlsx'));
    expect(r.people.every((p) => p.total === null)).toBe(true);
  });

  it('a pay file in traditional script (魏徵, 陳曉明) pays the roster\'s 魏征, 陈晓明: 2000 × 1.1 = 2200', async () => {
    const r = await gradedReport(at('names-roster-simplified.xlsx'), { form: 'cs-scheme-100', pay: at('names-pay-traditional.xlsx') });
    const wei = r.people.find((p) => p.name === '魏征')!;
    expect(wei.pay?.bonus).toBe(2200);
    expect(r.problems.filter((p) => p.code === 'pay-missing')).toEqual([]);
  });
});

describe('third review of the fixes', () => {
  const dept = async (file: string, options = {}) => (await gradedReport(at(file), { form: 'internal-satisfaction-workshop', ...options })).groups!.filter((g) => g.grouping === 'dept');

  it('§23 a stale copy without the optional 评价项目 column: still a copy — refused (counted at exit 0: 质检部 较差 1.11 for 优秀)', async () => {
    const r = await gradedReport(at('r3-23h-copied-noitem.xlsx'), { form: 'internal-satisfaction-workshop' });
    expect(r.problems.find((p) => p.code === 'records-sheet-month')!.severity).toBe('error');
  });

  it('§23 评价 blank beside 部门月度得分 92 typed on every row: not served, skipped — 仓储部 3 answers 优秀, 92 (refused)', async () => {
    const g = (await dept('r3-23b-notserved-monthly.xlsx')).find((x) => x.keyText === '2026-03·仓储部')!;
    expect([g.figures.served, g.figures.level, g.figures.after]).toEqual([3, '优秀', 92]);
  });

  it('§23 a sheet 「3月」 under the title 「2026年3月…」, no month column nor --period: 2026-03 from the title (refused)', async () => {
    expect((await dept('r3-23d-sheet3yue-title.xlsx')).map((g) => g.keyText.slice(0, 7))).toEqual(['2026-03', '2026-03']);
  });

  it('§23 sheets 「12月」 and 「1月」 with --period 2026-01: December is 2025-12, not a future 2026-12', async () => {
    expect((await dept('r3-23e-dec-jan.xlsx', { period: '2026-01' })).map((g) => g.keyText.slice(0, 7))).toEqual(['2025-12', '2026-01']);
  });

  it('§1 parts 「业绩考核(100%)」 as the seed prints them (its items all of the part): read — 周杰 79.5625', async () => {
    const r = await gradedReport(at('r3-pw-after-sales-monthly-both100.xlsx'));
    expect(r.people[0]!.total).toBe(79.5625);
  });

  it('§11 an export titled 「客服绩效数据(4月导出)」 for the March roster: read (the 4月 is when it was made)', async () => {
    const r = await gradeFile(path.join(repoRoot, 'samples/shop-cs-monthly.march.roster.xlsx'), { data: at('r3-exp0.xlsx'), output: null });
    // Scored on the export's figures, as the sample's own export is: 陈静 98, 孙丽 84, 周杰 93.17, 吴婷 75.94.
    expect(r.ok ? r.report.people.map((p) => p.total?.toFixed(2)) : r.failure.message).toEqual(['98.00', '84.00', '93.17', '75.94']);
  });

  it('§9 two customers signed 「高端客户」: two customers (a kind, not a person surnamed 高): 95.56 优秀', async () => {
    const r = await combined(['cu-主管.xlsx', 'r3-cu-高端客户-1.xlsx', 'r3-cu-高端客户-2.xlsx']);
    expect(r.people.map((p) => Math.round(p.total! * 100) / 100)).toEqual([95.56]);
  });
});
