// A review of the forty-third session's changes: sound input its first versions refused or warned about wrongly.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/review43', name);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100]);
const serious = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity !== 'info').map((p) => p.code);

describe('points or weights the sheet states that are the form\'s own', () => {
  it('a title 「…(满分100分)」 merged over the whole table is no part\'s heading: §27 78.33 and 100; §20 20/21 = 95.24', async () => {
    const checklist = await gradedReport(fixture('check_title100.xlsx'));
    expect(totals(checklist)).toEqual([['张三', 100], ['李四', 78.33]]);
    // (Made from cs-checklist 1.1.1: a form-version warning, nothing else.)
    expect(serious(checklist).filter((c) => c !== 'form-version')).toEqual([]);
    expect(totals(await gradedReport(fixture('qi_title.xlsx')))).toEqual([['翠苑项目', 95.24]]);
  });

  it('rater groups 「主管评(70%)」 「同事评(10%)」 「客户评(20%)」 over the items (§9): 92.40 and 70.40, as before', async () => {
    const report = await gradedReport(fixture('comp_w.xlsx'), { form: 'cs-competency' });
    expect(totals(report)).toEqual([['张三', 92.4], ['李四', 70.4]]);
    expect(serious(report)).toEqual([]);
  });

  it('a part that is its items\' mean headed with its items\' scale: §30 「专业知识(100分)」 88.33; §29 「顾客满意度(4分)」 75.00', async () => {
    expect(totals(await gradedReport(fixture('ability_g100.xlsx')))).toEqual([['张三', 88.33]]);
    expect(totals(await gradedReport(fixture('rating_g4.xlsx')))).toEqual([['张三', 75]]);
  });

  it('§10 a 权重 row typed 0.25 formatted 0% (shows 25%), and a 满分 row of the items\' points over 0–100 marks (91, 85 …): 96.60 and 77.50', async () => {
    for (const file of ['k_w.xlsx', 'k_full.xlsx']) {
      const report = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(totals(report), file).toEqual([['张三', 96.6], ['李四', 77.5]]);
      // (Made from sales-cs-kpi 1.0.3: a form-version warning, nothing else.)
      expect(serious(report).filter((c) => c !== 'form-version'), file).toEqual([]);
    }
  });

  it('§4 a 分值 row with the form\'s points (工作能力 5, rated 1–10): 27 + 26.8 + 28.8 + 10 + (8/10 × 5 + 6/10 × 5 = 7) = 99.60', async () => {
    const report = await gradedReport(fixture('dm_fen.xlsx'));
    expect(totals(report)).toEqual([['张三', 99.6]]);
    // (form-version: the fixture was made from cs-dept-monthly 1.2.0.)
    expect(serious(report).filter((code) => code !== 'form-version')).toEqual([]);
  });
});

describe('months', () => {
  it('§5 a CRM 「创建时间」 of two months beside 客服回访时间 all in March: no pooled months said', async () => {
    expect((await gradedReport(fixture('inst_create.xlsx'))).problems.filter((p) => p.code === 'records-months')).toEqual([]);
  });

  it('an export\'s 「导出时间」 of 2026-04-08 is when it was made: §11 read — 85.50 and 80.00', async () => {
    expect(totals(await gradedReport(fixture('s_export8.xlsx')))).toEqual([['张三', 85.5], ['李四', 80]]);
  });

  it('a pay note 「入职未满6月的员工绩效基数按80%计」 names no month of the file', async () => {
    const report = await gradedReport(fixture('s100.xlsx'), { pay: fixture('pay_note.xlsx') });
    expect(report.problems.filter((p) => p.code === 'pay-month')).toEqual([]);
    expect(report.people.map((p) => p.pay?.bonus)).toEqual([2000, 1600]);
  });
});

describe('a second review', () => {
  it('§28 a bare 「满意」 under an item (满意 | 调查数) is no 满意度: refused as before, not read as a rate (38.75 for 71.25 at exit 0)', async () => {
    const report = await gradedReport(fixture('sa_manyi_diaochashu.xlsx'), { form: 'sales-aftersales-monthly' });
    expect(report.people.map((p) => p.total)).toEqual([null, null]);
  });

  it('§17 「迟到早退次数」 (two of the three kinds) beside 「出勤」 (days): refused, not 22 days read as 22 lapses (92, 72, 82 at exit 0)', async () => {
    const report = await gradedReport(fixture('s6_two.xlsx'), { form: 'probation' });
    expect(report.people.map((p) => p.total)).toEqual([null, null, null]);
  });

  it('§16 the sheet\'s own person named again under the 总分 line (a signature line, a criteria list after it): 83 良好, no second form', async () => {
    const report = await gradedReport(fixture('h_footer_then_ref.xlsx'));
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 83]]);
    expect(report.problems.filter((p) => p.code === 'second-form-on-sheet')).toEqual([]);
  });

  it('an export made 2026-04-30 (导出时间) for a roster of 2026-03: refused as April\'s (only up to the 10th is a making)', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const outcome = await gradeFile(fixture('shop_roster.xlsx'), { data: fixture('exp_0430.xlsx'), output: null });
    expect(outcome.ok ? '' : outcome.failure.message).toContain('的日期是 2026-04 的,本表的考核月份是 2026-03');
  });

  it('a tab 「李四」 with only 评估人员 and 评估日期 typed: listed unscored with why, not skipped as a blank copy', async () => {
    const report = await gradedReport(fixture('k_sheetname_blank.xlsx'));
    expect(report.people.length).toBe(2);
    expect(report.problems.some((p) => p.severity === 'error' && p.message.includes('还没有填写任何一项'))).toBe(true);
  });
});

