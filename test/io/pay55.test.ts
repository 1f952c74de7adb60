// Review of fbcad736: a month written above a department's pay table that does not title it — 「制表日期:2026年4月」,
// 「打印时间 | 2026年4月」, 「说明:自2026年1月起执行新标准」 — set March's 客服三组 aside as another month's: 孙七 and 周八
// pay-missing at exit 1 (and with the form's month unknown the file refused, exit 2). Made by /tmp/rt55rvg/cases/pay/make.py.
// roster.xlsx (cs-scheme-100, March; K: 优秀 1.1, 良好 1.0, 一般 0.9): 张三 100 优秀 5000 × 1.1 = 5500; 李四 96 优秀
// 4000 × 1.1 = 4400; 王五 95 良好 4000; 孙七 91.5 良好 6000 × 1.0 = 6000; 周八 85.5 一般 4000 × 0.9 = 3600.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay55', f);
const PAID = [['张三', 5500], ['李四', 4400], ['王五', 4000], ['孙七', 6000], ['周八', 3600]];

describe('a date above a department\'s pay table is not its month', () => {
  for (const pay of ['d1-dept-printdate.xlsx', 'd2-dept-printmonth-cell.xlsx', 'd3-dept-note-since.xlsx']) {
    for (const roster of ['roster.xlsx', 'roster-nomonth.xlsx']) {
      it(`${pay} with ${roster}: all five paid`, async () => {
        const r = await gradedReport(at(roster), { form: 'cs-scheme-100', pay: at(pay) });
        expect(r.people.map((p) => [p.name, p.pay?.bonus ?? null])).toEqual(PAID);
        expect(r.problems.filter((p) => p.code.startsWith('pay-sheets') || p.code === 'pay-missing')).toEqual([]);
      });
    }
  }
});
