// Review of the fifty-second session: rows the month-block and count-table readers (4edfdd82, 303c890f) took from logs base
// 5a94a3d8 read right. Fixtures written by the reviewer (openpyxl), test/fixtures/review52.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/review52', name);
const March = { period: '2026-03' };

describe('a remark naming a month is no block title', () => {
  it('§3: 「2026年2月的投诉已处理」 alone in 客户 and 「下次回访安排在2026年4月」 leave the five customers March’s: 80.00 乙', async () => {
    for (const name of ['sm-remark-month-cust.xlsx', 'sm-footnote-next-rows.xlsx']) {
      const report = await gradedReport(fixture(name), March);
      const g = report.groups![0]!;
      // 王女士 9, 李先生 8, 赵总 7, 钱女士 10, 孙先生 6 (each the same on the four items): overall 40 / 5 = 8, index 80.00 → 乙
      // (80 ≤ x < 90). Read as blocks: 王女士 and 李先生 only, (9 + 8) / 2 = 8.5, 85.00.
      expect([g.figures.responses, g.figures.index, g.band], name).toEqual([5, 80, '乙']);
    }
  });

  it('§23: 「(接上)2026年2月的单也未交」 in 原因 leaves 设备部 March’s: 较好, 0.5 ÷ 0.9 = 0.56', async () => {
    const report = await gradedReport(fixture('ws-remark-month.xlsx'), { form: 'internal-satisfaction-workshop', ...March });
    const dept = report.groups!.find((g) => g.key.month === '2026-03' && g.key.dept === '设备部')!;
    // 满意, 不满意, 满意: one 不满意 → 较好, nominal 0.5, coefficient 0.9 (catalog §23) → 0.5 / 0.9 = 0.555… → 0.56.
    expect([dept.figures.answers, dept.figures.level, dept.figures.deduction]).toEqual([3, '较好', 0.56]);
  });

  it('§22: 「(接上)2026年2月起多次延误」 in 理由 leaves 财务部 March’s: B 良好 800', async () => {
    const report = await gradedReport(fixture('d-remark.xlsx'), { form: 'internal-satisfaction-dept', ...March });
    const dept = report.groups!.find((g) => g.key.month === '2026-03' && g.key.to === '财务部' && g.key.from === undefined)!;
    // As base read it: two questionnaires of 800 each (张二 B B B, 李二 A C B), mean 800 → B 良好.
    expect([dept.figures.raters, dept.figures.initial, dept.band]).toEqual([2, 800, 'B 良好']);
  });

  it('§5: a banner 「2026年2月签约订单」 over orders dated by 客服回访时间 dates none of them: 30 orders read, 29 counted as base', async () => {
    const report = await gradedReport(fixture('5-banner-feb-contracts-undated.xlsx'), March);
    expect([report.records!.total, report.records!.ok]).toEqual([30, 29]);
  });
});

describe('a record after a blank line is no count table', () => {
  it('§5 orders stored as text (柜身 3, 门板 4 like 服务态度 answers 1–5) after a blank line stay orders: 30 read', async () => {
    const report = await gradedReport(fixture('5-blank-page-textcells.xlsx'));
    // 12 orders, a blank line, 18 more: 30 (as a count table, 12 at exit 0).
    expect([report.records!.total, report.records!.ok]).toEqual([30, 29]);
    expect(report.problems.filter((p) => p.code === 'helper-sheet')).toEqual([]);
  });
});

describe('per-person raters’ copies keep their slot numbers in messages', () => {
  it('cs-competency: 「很好」 in the second and third 同事评 copies is said as 同事评2 and 同事评3, not 同事评1', async () => {
    const dir = path.join(repoRoot, 'test/fixtures/review52/slotNames');
    const report = await combinedReport(['ccs.xlsx', 'ccp1.xlsx', 'ccp2.xlsx', 'ccp3.xlsx'].map((f) => path.join(dir, f)));
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => /·(同事评\d)」/.exec(p.message)?.[1]);
    expect(errors).toEqual(['同事评2', '同事评3']);
  });
});

describe('--period against a header day in the month after', () => {
  it('cs-ability 评价日期 2026-04-02 with --period 2026-03: March’s appraisal done in early April, a warning (exit 0), not an error', async () => {
    const report = await gradedReport(path.join(repoRoot, 'test/fixtures/review52/ab-evaldate-0402.xlsx'), March);
    const said = report.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, p.params?.case]);
    expect(said).toEqual([['warning', 'header-and-period']]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('roster readers (review of 52’s percent, unit-line and side-table commits)', () => {
  const roster = (name: string) => path.join(repoRoot, 'test/fixtures/review52/roster', name);
  const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);

  it('§28 满意度 0.92, 0.88 beside one bad month’s 40 stay fractions: 87.75, 84.75, 48.75 as base (not 19.44 as 0.92 %)', async () => {
    const r = await gradedReport(roster('p28-frac-plus-low.xlsx'), { form: 'sales-aftersales-monthly' });
    // Figures as base 7888f6f9 scored them; the 40 is 40 % (one of three): most of the column is fractions.
    expect(totals(r)).toEqual([['员1', 87.75, '良好'], ['员2', 84.75, '良好'], ['员3', 48.75, '待改进']]);
  });

  it('a footer 「注:季度奖金(单位:万元)另行发放」 and a title 「团队目标销售额(万元):20」 are no unit of the 元 columns', async () => {
    for (const name of ['u10-footer-bonus2.xlsx', 'u10-title-team-target.xlsx']) {
      const r = await gradedReport(roster(name), { form: 'sales-cs-kpi' });
      // As base scored them (唐宁's 120 % capped figures: 102.00; 许鹏 73.50).
      expect(totals(r), name).toEqual([['唐宁', 102, '优秀'], ['许鹏', 73.5, '一般']]);
    }
  });

  it('a box of the same people right of the roster is no second team: 周杰 95 良好, 吴婷 96 优秀 as base', async () => {
    const r = await gradedReport(roster('s-summary-box.xlsx'), { form: 'cs-scheme-100' });
    expect(totals(r).filter(([, total]) => total !== null)).toEqual([['周杰', 95, '良好'], ['吴婷', 96, '优秀']]);
    expect(r.problems.filter((p) => p.code === 'side-by-side-table')).toEqual([]);
  });
});

describe('a copy’s title naming a brand or phrase with 月 is no month (review of the copies redo)', () => {
  it('「五月花客服中心…」, 「双十一月度…」, 「一月一评…」 merge with March’s copies as base: 张三 95.00, 李四 77.50, 王五 61.25', async () => {
    const dir = path.join(repoRoot, 'test/fixtures/review52/titles');
    for (const third of ['p-wyh.xlsx', 'p-s11.xlsx', 'p-yyyp.xlsx']) {
      const r = await combinedReport(['sup.xlsx', 'peer-a.xlsx', third].map((f) => path.join(dir, f)));
      // As base 7888f6f9 merged the three (the peers' marks averaged under 同事评, 70/30 with 主管评).
      expect(r.people.map((p) => [p.name, p.total]), third).toEqual([['张三', 95], ['李四', 77.5], ['王五', 61.25]]);
    }
  });
});

describe('loose heading matching takes no team column (review of the hand-typed headings commit)', () => {
  const h = (name: string) => path.join(repoRoot, 'test/fixtures/review52/headings', name);
  const unscored = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.filter((p) => p.status !== 'scored').map((p) => p.name);

  it('「目标(20分)」, 「满分(20分)」 under §12’s 员工的工作效率 and 「目标(20分) | 完成(20分)」 under §13’s 业绩考核 are no 得分: refused as base', async () => {
    for (const [name, form] of [['s12-target-score.xlsx', 'express-cs'], ['s12-full-20.xlsx', 'express-cs'], ['s13-target-done.xlsx', 'cs-scheme-100']] as const) {
      const r = await gradedReport(h(name), { form });
      // Read as the item's score they gave 91.5/99.5, 96.5/99.5, 95/96 at exit 0; base left both people unscored.
      expect(unscored(r), name).toEqual(r.people.map((p) => p.name));
      expect(r.people.length, name).toBe(2);
    }
  });

  it('§27 a team row 「积极主动完成工作」 ticked beside the unticked 「积极主动地完成工作任务」 is refused as base, not that criterion’s tick', async () => {
    const r = await gradedReport(h('s27-extra-ticked-c2-blank.xlsx'), { form: 'cs-checklist' });
    // Credited to the criterion: 工作效率 4/4 = 100, 张三 78.33 一般 at exit 0; base: unknown-column at C20, 张三 unscored.
    expect(unscored(r)).toEqual(['张三']);
    expect(r.problems.find((p) => p.severity === 'error')?.cell).toBe('C20');
  });
});

describe('records, second review (rv52e)', () => {
  const logs = (name: string) => path.join(repoRoot, 'test/fixtures/review52/logs', name);

  it('§21: a second page after a blank line (客户等级 A, 综合评价 良好) stays customers: six counted, 84.00 良好 as base', async () => {
    const r = await gradedReport(logs('s21-crm-page2.xlsx'), March);
    // As base 5a94a3d8 read it: six customers, 本月得分 84.00 良好 (three dropped as a count table: 86.67).
    expect([r.records!.total, r.groups![0]!.figures.score ?? r.groups![0]!.figures.index, r.groups![0]!.band]).toEqual([6, 84, '良好']);
  });

  it('§3: banners 「2026年2月新签客户」 group customers, no month block: five customers, 80.00 乙 as base', async () => {
    const r = await gradedReport(logs('ban01.xlsx'), March);
    expect([r.groups![0]!.figures.responses, r.groups![0]!.figures.index, r.groups![0]!.band]).toEqual([5, 80, '乙']);
  });
});
