// §16 property-cs-rating: every 评估日期 early in the month after the appraised one. Red-team rt57S (class A, wrong pay at
// exit 0; test/fixtures/fx57a/make.py): March's sheets all dated 2026-04-03 (「pcr-3月.xlsx」), text 「2026年4月2日」, or a
// roster with every row 2026-04-02, with --pay pay34.xlsx, were scored as April's and paid from 「2026年4月」 (张三 3000 ×
// 0.87 = 2610.00) with only a note that 「2026年3月」 was not read; kpi rollup filed 「pcr-3月.xlsx」 under April. The same
// dates beside one sheet dated 03-31 were March's (sheetMonths). Now days 2–5 of month M+1 on every sheet are M's sign-off:
// said as a note when the file's name or the title says M, as a warning naming the month taken and --period otherwise.
// March (pay34 「2026年3月」 基数 2000, 基本 5000):
//   张三 9 + 8 + 10 + 9 + 9 + 8 + 7 + 9 + 8 + 10 = 87 良好 → 2000 × 0.87 = 1740.00, + 5000 = 6740.00
//   李四 7 + 7 + 7 + 8 + 8 + 6 + 6 + 7 + 7 + 7 = 70 → 2000 × 0.70 = 1400.00
//   王五 10 + 10 + 10 + 10 + 10 + 9 + 9 + 10 + 10 + 9 = 97 → 2000 × 0.97 = 1940.00
//   赵六 55 待改进 → 2000 × 0.55 × 0.7 = 770.00
// April (「2026年4月」 基数 3000): 张三 3000 × 0.87 = 2610.00.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupFiles } from '../../src/io/rollup/index.js';
import { monthOfFileName } from '../../src/engine/period.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx57a', f);
const pay = at('pay34.xlsx');
const bonuses = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.pay?.bonus]);
const march = [['张三', 1740], ['李四', 1400], ['王五', 1940], ['赵六', 770]];
const monthNotes = (r: Awaited<ReturnType<typeof gradedReport>>) =>
  r.problems.filter((p) => p.code === 'month-unknown').map((p) => [(p.params as { case: string }).case, p.severity]);

describe('评估日期 on the 2nd–5th of the month after, on every sheet', () => {
  it('「pcr-3月.xlsx」 dated 2026-04-03: March (the name says 3月), 张三 1740.00 / 6740.00, a note', async () => {
    const r = await gradedReport(at('pcr-3月.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(bonuses(r)).toEqual(march);
    expect(r.people[0]!.pay?.gross).toBe(6740);
    expect(monthNotes(r)).toEqual([['signed-after', 'info']]);
    expect(r.problems.find((p) => p.code === 'month-unknown')!.message).toContain('文件名写的是 3月,按 2026-03 的考核评分');
  });

  it('text 「2026年4月2日」, nothing else saying a month: March, with a warning naming --period 2026-04', async () => {
    const r = await gradedReport(at('pcr_signed_0402text.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(bonuses(r)).toEqual(march);
    expect(monthNotes(r)).toEqual([['signed-after', 'warning']]);
    const note = r.problems.find((p) => p.code === 'month-unknown')!;
    expect(note.message).toContain('按 2026-03 的考核评分');
    expect(note.message).toContain('--period 2026-04');
    expect([note.sheet, note.cell]).toEqual(['张三', 'F3']);
  });

  it('the same sheets (date cells 2026-04-03) under a name that says no month: March, with the warning', async () => {
    const r = await gradedReport(at('dated-0403.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(bonuses(r)).toEqual(march);
    expect(monthNotes(r)).toEqual([['signed-after', 'warning']]);
  });

  it('a roster, every row 2026-04-02: March, with the warning', async () => {
    const r = await gradedReport(at('pcr_roster_0402.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(bonuses(r)).toEqual(march);
    expect(monthNotes(r)).toEqual([['signed-after', 'warning']]);
  });

  it('under 「2026年3月物业客服考核表」: March, a note', async () => {
    const r = await gradedReport(at('title-march-0403.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(bonuses(r)).toEqual(march);
    expect(monthNotes(r)).toEqual([['signed-after', 'info']]);
  });

  it('with --period 2026-04 the same file is April\'s (3000 × 0.87 = 2610.00), as asked', async () => {
    const r = await gradedReport(at('pcr_signed_0402text.xlsx'), { pay, period: '2026-04' });
    expect(r.period?.slice(0, 7)).toBe('2026-04'); // (the day as before: 2026-04-01, 2026-04-20)
    expect(r.people[0]!.pay?.bonus).toBe(2610);
    expect(monthNotes(r)).toEqual([]);
  });

  it('kpi rollup files 「pcr-3月.xlsx」 under March: the first quarter, 张三 (80 + 90 + 87) / 3 = 85.67', async () => {
    const out = await rollupFiles([at('pcr-2026-01.xlsx'), at('pcr-2026-02.xlsx'), at('pcr-3月.xlsx')], { output: null });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    expect(out.report.files.map((f) => [path.basename(f.file), f.month])).toEqual([['pcr-2026-01.xlsx', '2026-01'], ['pcr-2026-02.xlsx', '2026-02'], ['pcr-3月.xlsx', '2026-03']]);
    expect(out.report.result.people.find((p) => p.name === '张三')!.total).toBeCloseTo(85.667, 2);
  });

  it('kpi rollup --month pcr-3月.xlsx=2026-03: March too (every date in the month after, a warning), not 「请改正其中一个」', async () => {
    const out = await rollupFiles([at('pcr-2026-02.xlsx'), at('pcr-3月.xlsx')], { output: null, months: new Map([['pcr-3月.xlsx', '2026-03']]) });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    expect(out.report.files.map((f) => f.month)).toEqual(['2026-02', '2026-03']);
    const warn = out.report.problems.find((p) => p.code === 'month-unknown')!;
    expect(warn.severity).toBe('warning');
    expect(warn.message).not.toContain('kpi rollup 却按表头算作');
  });
});

describe('must stay as they were', () => {
  it('one sheet dated 03-31 beside 04-03s: March (sheetMonths), nothing new said', async () => {
    const r = await gradedReport(at('pcr_signed_mixed.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(bonuses(r)).toEqual(march);
    expect(monthNotes(r)).toEqual([]);
  });

  it('2026-04-01 alone (a 考核月份 「2026-04」 in Excel): April, 张三 2610.00, nothing said', async () => {
    const r = await gradedReport(at('dated-0401.xlsx'), { pay });
    expect(r.period?.slice(0, 7)).toBe('2026-04'); // (the day as before: 2026-04-01, 2026-04-20)
    expect(r.people[0]!.pay?.bonus).toBe(2610);
    expect(monthNotes(r)).toEqual([]);
  });

  it('2026-04-20: April, nothing said', async () => {
    const r = await gradedReport(at('dated-0420.xlsx'), { pay });
    expect(r.period?.slice(0, 7)).toBe('2026-04'); // (the day as before: 2026-04-01, 2026-04-20)
    expect(r.people[0]!.pay?.bonus).toBe(2610);
    expect(monthNotes(r)).toEqual([]);
  });

  it('2026-04-03 under 「2026年4月…」: April (title and date agree), nothing said', async () => {
    const r = await gradedReport(at('title-april-0403.xlsx'), { pay });
    expect(r.period?.slice(0, 7)).toBe('2026-04'); // (the day as before: 2026-04-01, 2026-04-20)
    expect(r.people[0]!.pay?.bonus).toBe(2610);
    expect(monthNotes(r)).toEqual([]);
  });

  it('「pcr-3月-0420.xlsx」 dated 2026-04-20: April as dated, but the name\'s 3月 said (a warning with --period 2026-03)', async () => {
    const r = await gradedReport(at('pcr-3月-0420.xlsx'), { pay });
    expect(r.period?.slice(0, 7)).toBe('2026-04'); // (the day as before: 2026-04-01, 2026-04-20)
    expect(r.people[0]!.pay?.bonus).toBe(2610);
    expect(monthNotes(r)).toEqual([['date-and-name', 'warning']]);
    expect(r.problems.find((p) => p.code === 'month-unknown')!.message).toContain('--period 2026-03');
  });
});

describe('monthOfFileName', () => {
  it('a month with its year or without; a day, a span or two months are none', () => {
    expect(['pcr-3月', '考核2026-03', '三月考核', '十二月', 'pcr_2026年4月', '3月份', 'pcr-2026-04-02', 'pcr-1-3月', '3月-4月', 'march'].map(monthOfFileName))
      .toEqual(['3月', '2026-03', '3月', '12月', '2026-04', '3月', undefined, undefined, undefined, undefined]);
  });
});
