// Pay ledgers left over from fx61e (back-pay rows read by months and marks):
//  - a person listed twice among March's blank | 2026-03 rows beside a back-pay row 2026-02 | 2026-03 read the ledger as
//    paid a month late (his two rows taken for February's beside March's): every blank row of no month, refused
//    「没有考核表的月份 2026-03 的行」 at exit 2 — there are March rows; the person is listed twice (pay-duplicate).
//  - a first row 2026-02 | 2026-03 (考核月份 | 月份, or 月份 | 考核月份) whose person has no other row made the whole
//    sheet February's on that one cell: paid for March with a warning. The sheet's other rows write no 考核月份: whether
//    they are February's (paid a month late) or March's (the first row a back pay) is not told — refused.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60). test/fixtures/fx62c/make.py builds the ledgers.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62c', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const options = (pay: string) => ({ form: 'sales-aftersales-monthly', period: '2026-03', pay });
const graded = (pay: string) => gradedReport(f28, options(pay));
// March's amounts: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675,
// 赵六 2500 × 0.725 = 1812.50. February's: 2800 × 0.7125 = 1995.00, 2200 × 0.95 = 2090.00, 1800 × 0.8375 = 1507.50,
// 6000 × 0.725 = 4350.00.

describe('a person twice in March\'s block beside a back-pay row is listed twice, not 「no March」', () => {
  const cases: Array<[string, string, [number, number], Array<[string, number | null]>]> = [
    // 张三 on rows 2 and 4 (C2, C4); 赵六's back-pay row (500) February's, not read.
    ['twice_bp_end.xlsx', '张三', [2, 4], [['张三', null], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]]],
    // 赵六's back-pay row first (row 2); 张三 on rows 3 and 5.
    ['twice_bp_first.xlsx', '张三', [3, 5], [['张三', null], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]]],
    // 张三's own row 2 (3000) and back pay row 3 (500, February's); 李四 on rows 4 and 5.
    ['twice_bp_mid.xlsx', '李四', [4, 5], [['张三', 2137.5], ['李四', null], ['王五', 1675], ['赵六', 1812.5]]],
  ];
  for (const [file, who, [first, second], expected] of cases) {
    it(`${file}: ${who} pay-duplicate at rows ${first} and ${second}, the others paid March's (was refused 「没有…2026-03 的行」, exit 2)`, async () => {
      const r = await graded(at(file));
      expect(pays(r)).toEqual(expected);
      expect(payCodes(r)).toEqual(['pay-duplicate:error', 'pay-sheets-month:info']);
      const [dup, ...more] = r.problems.filter((p) => p.code === 'pay-duplicate');
      expect(more).toEqual([]);
      expect(dup!.cell).toBe(`C${second}`);
      expect(dup!.message).toContain(`第 ${first} 行已有`);
      expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toContain('「工资表(考核月份 2026-02 的行)」(2026-02)');
    });
  }
});

describe('a lone 考核月份 heading of another month than its rows\' 月份, the form\'s month theirs: refused', () => {
  for (const [file, cell] of [['../fx61e/head_first_alone.xlsx', 'A2'], ['head_alone_swapped.xlsx', 'B2']] as const) {
    it(`${file}: 张三 2026-02 over 3 blank rows of 月份 2026-03 (was read as February's: 张三 1995.00 with pay-month, exit 0)`, async () => {
      const failure = await refusal(f28, options(at(file)));
      expect(failure.code).toBe('pay-sheets');
      expect(failure.cell).toBe(cell);
      expect(failure.message).toContain('「考核月份」只在这一行写了 2026-02,下面 3 行「考核月份」空着、「月份」是 2026-03');
      expect(failure.message).toContain('考核表是 2026-03');
      expect(failure.message).toContain('请在每一行填上「考核月份」');
    });
  }
});

describe('as before', () => {
  it('head_late_march.xlsx (one late-paid block, 2026-03 | 2026-04 over blank | 2026-04 ×3): the heading\'s month is the form\'s — March paid at exit 0', async () => {
    const r = await graded(at('head_late_march.xlsx'));
    expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]]);
    expect(payCodes(r)).toEqual([]);
  });

  it('every_row_feb.xlsx (2026-02 | 2026-03 on every row): the rows say February\'s — paid from it with pay-month', async () => {
    const r = await graded(at('every_row_feb.xlsx'));
    expect(pays(r)).toEqual([['张三', 1995], ['李四', 2090], ['王五', 1507.5], ['赵六', 4350]]);
    expect(payCodes(r)).toEqual(['pay-month:warning']);
  });

  it('r8_no_march.xlsx (February\'s rows, 张三\'s January back pay): refused, naming the months found', async () => {
    const failure = await refusal(f28, options(path.join(repoRoot, 'test/fixtures/fx61e/r8_no_march.xlsx')));
    expect(failure.code).toBe('pay-sheets');
    expect(failure.message).toContain('按月份列是 2026-01、2026-02 的行,没有考核表的月份 2026-03 的行');
  });
});
