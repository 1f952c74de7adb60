// Review of ad1eb003 ("firstsOnly": a month column writing each month as its 1st dates months, not answers). It fired on
// a §3 问卷星 提交时间 whose March answers fell on the 1st (2026-03-01 09:15:22): April 2nd's and 3rd's late answers were
// left out, 100.00 甲 of 2 for 80.00 乙 of 4. And it missed a §22 考核周期(月) writing March as 「2026年3月」 beside April's
// 2026-04-01: April's questionnaire, repeating March's raters, was taken as March's late answers — 6 duplicate-record
// errors, 采购部 unscored for 845 B.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx56b', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const march3 = { form: 'satisfaction-monthly', period: '2026-03' };
const month = (r: Report) => r.groups!.find((g) => g.grouping === 'month')!;
const result = (r: Report) => [month(r).figures.responses, Number((month(r).figures.index as number).toFixed(2)), month(r).band];
const said = (r: Report) => r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, (p.params as { case?: string }).case, (p.params as { count?: number }).count]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error').map((p) => p.code);

// §3: customers 1–2 all 10s, customers 3–4 all 6s. With the two April answers (10 + 10 + 6 + 6) / 4 = 8 → 80.00 乙;
// without them 10 → 100.00 甲.
describe('§3 an answer time whose March answers are on the 1st, --period 2026-03', () => {
  it('提交时间 「2026-03-01 09:15:22」 … 「2026-04-03 11:30:45」: April 2nd and 3rd are late answers — 4, 80.00 乙 (was 2, 100.00 甲)', async () => {
    const r = await gradedReport(at('w3-time-text.xlsx'), march3);
    expect(result(r)).toEqual([4, 80, '乙']);
    expect(said(r)).toEqual([['info', 'late', 2]]);
  });

  it('提交时间 date cells of April 1st (10:00, 11:30): the heading says answers — 4, 80.00 乙 (was 2, 100.00 甲)', async () => {
    const r = await gradedReport(at('w3-time-dates.xlsx'), march3);
    expect(result(r)).toEqual([4, 80, '乙']);
    expect(said(r)).toEqual([['info', 'late', 2]]);
  });

  it('日期 of 03-01 and 04-02, 04-03: April\'s rows not on its 1st date no month — late answers, 4, 80.00 乙', async () => {
    const r = await gradedReport(at('w3-riqi-apr2.xlsx'), march3);
    expect(result(r)).toEqual([4, 80, '乙']);
    expect(said(r)).toEqual([['info', 'late', 2]]);
  });

  it('stays: 日期 of 03-01 and 04-01 only (each month as its 1st) — April left out with the warning, 2, 100.00 甲', async () => {
    const r = await gradedReport(at('w3-riqi-apr1.xlsx'), march3);
    expect(result(r)).toEqual([2, 100, '甲']);
    expect(said(r)).toEqual([['warning', 'rows', 2]]);
  });
});

// §22 the catalog's example: 生产部 张经理 A,B,B = 400 + 240 + 240 = 880, 李副经理 B,C,B = 320 + 180 + 240 = 740 → 810;
// 销售部 王经理 A,A,C = 400 + 300 + 180 = 880; (810 + 880) / 2 = 845 → B 良好, × 10 % = 84.50.
const march845 = ['2026-03·采购部', 845, 84.5, 'B 良好'];
const dept = (r: Report) => r.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.initial, g.figures.shown, g.band]);

describe('§22 考核周期(月) 「2026年3月」 beside 2026-04-01, --period 2026-03', () => {
  it('April\'s 张经理 and 王经理 again (6 rows): April\'s questionnaire, left out with the warning — 845 B, 84.50 (was 6 duplicate errors, unscored)', async () => {
    const r = await gradedReport(at('d22-text-march-april.xlsx'), { period: '2026-03' });
    expect(dept(r)).toEqual([march845]);
    expect(said(r)).toEqual([['warning', 'rows', 6]]);
    expect(errors(r)).toEqual([]);
  });

  it('stays: 销售部 王经理 only on 2026-04-01 (answered nowhere in March) — March\'s late answer, 845 B, the info', async () => {
    const r = await gradedReport(at('d22-text-march-late.xlsx'), { period: '2026-03' });
    expect(dept(r)).toEqual([march845]);
    expect(said(r)).toEqual([['info', 'late', 3]]);
    expect(errors(r)).toEqual([]);
  });
});
