// Regressions the reviewer found (/tmp/rv53c/cases, mk1.py–mk7.py over test/fixtures/fx53j/20a.xlsx, cs-specialist-monthly):
// sign-off dates in the month after read as another month, a team-wide cell read as another's marks, two months' sheets
// read as a backup. Hand totals (§7, the 主管 column, as fx53j.test.ts): 张三 2+7+2+4+3 + 5+4+5+5+4+5 + 9+10+8+9+9 = 91 优秀,
// 李四 1+6+2+3+2 + 4+5+4+4+5+3 + 8+7+9+8+7 = 78 一般, 王五 2+8+1+5+3 + 5×6 + 10×5 = 99 优秀.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx53t', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const months = (r: Report) => r.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, (p.params as { case: string }).case, `${p.sheet ?? ''}!${p.cell ?? ''}`]);
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band, p.status]);
const HAND = [['张三', 91, '优秀', 'scored'], ['李四', 78, '一般', 'scored'], ['王五', 99, '优秀', 'scored']];

describe('R3: a 考核日期 anywhere in the appraised month or the month after', () => {
  it('d1: 2026-03-31, 04-11, 04-13 (考核月份 blank, no title month): one run (March), nothing said', async () => {
    const r = await gradedReport(fx('d1-dates-3-31_4-11.xlsx'));
    expect(totals(r)).toEqual(HAND);
    expect(months(r)).toEqual([]);
  });
  it('d1 with --period 2026-03: the April dates a warning that claims nothing of rollup', async () => {
    const r = await gradedReport(fx('d1-dates-3-31_4-11.xlsx'), { period: '2026-03' });
    expect(months(r)).toEqual([['warning', 'header-and-period', '李四!F4']]);
    const message = r.problems.find((p) => p.code === 'month-unknown')!.message;
    expect(message).toContain('考核日期是 2026-04,在 --period 2026-03 的下一个月');
    expect(message).not.toContain('kpi rollup');
  });
  it('d2 (titles 2026年3月) and d4 (title 2026年12月, dates 2026-12-31, 2027-01-05, 2027-01-11): the title\'s month, silent', async () => {
    const d2 = await gradedReport(fx('d2-title-dates.xlsx'));
    expect([d2.period, months(d2)]).toEqual(['2026-03', []]);
    const d4 = await gradedReport(fx('d4-yearend.xlsx'));
    expect(totals(d4)).toEqual(HAND);
    expect([d4.period, months(d4)]).toEqual(['2026-12', []]);
  });
  it('d5: typed 「2026年3月31日」「2026年4月11日」「2026年4月12日」: one run, silent', async () => {
    expect(months(await gradedReport(fx('d5-text.xlsx')))).toEqual([]);
  });
});

describe('R4: a shared cell is no one\'s marks', () => {
  // 基础数据 one row per person (A2 张三, A3 李四, A4 王五); every sheet's 上级综合评定 ='基础数据'!$R$2, a team 系数 merged
  // over R2:R4. Totals as base gave (91 / 80 / 98), the warnings at 李四!G25 and 王五!G25 gone.
  it('f1: no marks-of-other, totals kept', async () => {
    const r = await gradedReport(fx('f1-teamwide-rowlayout.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 91, '优秀'], ['李四', 80, '良好'], ['王五', 98, '优秀']]);
    expect(r.problems.filter((p) => p.code === 'marks-of-other')).toEqual([]);
  });
});

describe('R5: two sheets of two months are never copies', () => {
  it('m1: 「张三 2月」 titled 2026年2月 beside 「张三」 titled 2026年3月, marks alike: the duplicate and the mixed months said', async () => {
    const r = await gradedReport(fx('m1-twomonths-title.xlsx'));
    expect(r.problems.filter((p) => p.code === 'sheet-copy')).toEqual([]);
    const dup = r.problems.filter((p) => p.code === 'duplicate-person');
    // (Both namesakes said, as typed months' 钱七 (2) is (fx53o 04), since the title's February is 张三 2月's own error — fx55m.)
    expect(dup.map((p) => [p.severity, p.sheet, p.cell])).toEqual([['error', '张三 2月', 'B3'], ['error', '张三', 'B3']]);
    for (const p of dup) expect(p.message).toContain('工作表「张三 2月」的考核月份与其他表不同');
    expect(months(r)).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'sheet-month').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['张三 2月!A1']);
  });
  it('m4: tabs 「张三2」/「张三」 titled 「2月份」/「3月份」: the duplicate, not a backup', async () => {
    const r = await gradedReport(fx('m4-twomonths-bare.xlsx'));
    expect(r.problems.filter((p) => p.code === 'sheet-copy')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'duplicate-person').map((p) => [p.severity, p.sheet])).toEqual([['error', '张三2'], ['error', '张三']]);
  });
});
