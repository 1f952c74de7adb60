// Months on people's own sheets (cs-specialist-monthly, form layout): another month's sheet scored as this month's.
// Fixtures: the tester's workbooks (openpyxl over kpi's template, /tmp/rt53pf2/cases 20-febdate.py, 22-bare.py, 04-months.py, 07-allfeb-cn.py, 16-s7paper-var.py).
// Hand totals (§7, fixed marks, the 主管 column): 张三 2+7+2+4+3 + 5+4+5+5+4+5 + 9+10+8+9+9 = 91 优秀,
// 李四 1+6+2+3+2 + 4+5+4+4+5+3 + 8+7+9+8+7 = 78 一般, 王五 2+8+1+5+3 + 5×6 + 10×5 = 99 优秀 — the same in every case:
// the month is said, the people still scored.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { parseMonth } from '../../src/engine/period.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx53j', name);
const months = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, (p.params as { case: string }).case, `${p.sheet ?? ''}!${p.cell ?? ''}`]);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);
const HAND = [['张三', 91, '优秀'], ['李四', 78, '一般'], ['王五', 99, '优秀']];

describe('title months of people\'s sheets compared (考核月份 blank)', () => {
  // (Each title of another month is now its person's error at the title cell, as a typed 考核月份 is (sheetMonths.ts):
  // the file-level 表头的考核月份不一致 scored 李四's February sheet 78 一般 as March's — fx55m.)
  const sheetMonth = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.flatMap((p) => p.problems).filter((p) => p.code === 'sheet-month').map((p) => [p.severity, `${p.sheet}!${p.cell}`]);
  const scoredOnly = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.filter((p) => p.status === 'scored').map((p) => [p.name, p.total, p.band]);
  it('20b: 「2026年2月…考核表」 on 李四\'s beside March\'s titles: 李四 unscored at 李四!A1, the run March\'s', async () => {
    const r = await gradedReport(fx('20b.xlsx'));
    expect(scoredOnly(r)).toEqual([HAND[0], HAND[2]]);
    expect([months(r), sheetMonth(r), r.period]).toEqual([[], [['error', '李四!A1']], '2026-03']);
    expect(r.people[1]!.problems.find((p) => p.code === 'sheet-month')!.message).toContain('其他表(3 张中的 2 张)是 2026-03');
  });
  it('20c: 「客服专员2月份绩效考核表」 beside 「…3月份…」, and against --period 2026-03', async () => {
    expect(sheetMonth(await gradedReport(fx('20c.xlsx')))).toEqual([['error', '李四!A1']]);
    const r = await gradedReport(fx('20c.xlsx'), { period: '2026-03' });
    expect(scoredOnly(r)).toEqual([HAND[0], HAND[2]]);
    expect([months(r), sheetMonth(r)]).toEqual([[], [['error', '李四!A1']]]);
  });
  it('20a: 考核日期 2026-02-27 on 李四\'s, 2026-03-31 on the others\': February\'s run alone; another month against --period 2026-03', async () => {
    const r = await gradedReport(fx('20a.xlsx'));
    expect(totals(r)).toEqual(HAND);
    // (A sign-off date may fall in the month after: February holds 02-27 and 03-31 — fx53t's decision, was header-mixed.)
    expect(months(r)).toEqual([]);
    expect(months(await gradedReport(fx('20a.xlsx'), { period: '2026-03' }))).toEqual([['error', 'header-and-period', '李四!F4']]);
    // (March's dates on a February run: the appraisal done once February was over — a warning, as 评价日期's.)
    expect(months(await gradedReport(fx('20a.xlsx'), { period: '2026-02' }))).toEqual([['warning', 'header-and-period', '张三!F4']]);
  });
});

describe('header months without a year or in Chinese numerals', () => {
  it('parseMonth reads 二〇二六年二月 and 2026年三月; a bare 三月 stays no month', () => {
    expect(parseMonth('二〇二六年二月')).toBe('2026-02');
    expect(parseMonth('2026年三月')).toBe('2026-03');
    expect(parseMonth('二〇二六年十一月份')).toBe('2026-11');
    expect(parseMonth('三月')).toBeNull();
  });
  it('22b: 「2月份」 on every sheet with --period 2026-03 is February in any year: an error; no --period: silent', async () => {
    const r = await gradedReport(fx('22b-bare.xlsx'), { period: '2026-03' });
    expect(totals(r)).toEqual(HAND);
    expect(months(r)).toEqual([['error', 'header-and-period', '!']]);
    expect(r.problems.find((p) => p.code === 'month-unknown')!.message).toContain('表头的考核月份是 2月份,而 --period 指定为 2026-03');
    expect(months(await gradedReport(fx('22b-bare.xlsx')))).toEqual([]);
  });
  it('07: 「二〇二六年二月」 with --period 2026-03: an error as 2026-02 is', async () => {
    const r = await gradedReport(fx('07-allfeb-cn.xlsx'), { period: '2026-03' });
    expect(totals(r)).toEqual(HAND);
    expect(months(r)).toEqual([['error', 'header-and-period', '!']]);
  });
  it('04: 「2026年3月」, 「3月份」, 「二〇二六年三月」 are one month: nothing said', async () => {
    const r = await gradedReport(fx('04-months.xlsx'));
    expect(totals(r)).toEqual(HAND);
    expect(months(r)).toEqual([]);
    expect(months(await gradedReport(fx('04-months.xlsx'), { period: '2026-03' }))).toEqual([]);
  });
});

describe('where mixed header months are said', () => {
  it('16c: 「2026.03」, 「3月份」, 「2026年2月」: 王五\'s sheet is the odd one, not 李四\'s', async () => {
    // (March holds 2 of 3 sheets: 王五's is the odd sheet, said there and unscored — fx53n — not the file's header-mixed.)
    const r = await gradedReport(fx('16c-months.xlsx'));
    expect(totals(r)).toEqual([HAND[0], HAND[1], ['王五', null, null]]);
    expect(months(r)).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'sheet-month').map((p) => [p.severity, `${p.sheet}!${p.cell}`])).toEqual([['error', '王五!B2']]);
  });
  it('22: 「3月份」 twice and 「2月份」 once (no year anywhere): 李四!B2 still', async () => {
    const r = await gradedReport(fx('22-bare.xlsx'));
    expect(r.problems.filter((p) => p.code === 'sheet-month').map((p) => [p.severity, `${p.sheet}!${p.cell}`])).toEqual([['error', '李四!B2']]);
  });
});
