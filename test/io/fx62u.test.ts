// fx62u (review 62 of e3f2d851): sign-off footers read as people — a signer's role word without its colon left of the
// name (负责人 / 审批 / 制表人 under 工号), a label under a number's column (「审核人签字:」 under 其它·奖惩分), and 「参评人数:」
// with its colon before a count: each a person refused for her blanks at exit 1 (王五, 「2」, 「3」); base skipped them.
// §8 张三 77 (CATALOG's worked example), 李四 100; §10 (sales-cs-kpi) 98.40 / 97.00 / 97.60.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62u', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

describe('footers, not people', () => {
  for (const file of ['f18-fuzeren-date.xlsx', 'f17-shenpi-sign.xlsx', 'f01-zhibiaoren-remark.xlsx', 'f08-name-sign-right.xlsx', 'f16-renshu-label2.xlsx']) {
    it(`${file}: 张三 77, 李四 100, the footer skipped`, async () => {
      const r = await gradedReport(at(file), { form: 'mattress-cs-monthly' });
      expect(totals(r)).toEqual([['张三', 77], ['李四', 100]]);
      expect(errors(r)).toEqual([]);
    });
  }

  it('s01 §10 「参评人数: | 3」: 98.40 / 97.00 / 97.60, no person 「3」', async () => {
    const r = await gradedReport(at('s01-renshu-colon.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(r)).toEqual([['张三', 98.4], ['李四', 97], ['王五', 97.6]]);
    expect(errors(r)).toEqual([]);
  });

  it('f-zhuguan-id: 「主管」 (a job title, not a signer\'s role) where 孙七\'s 工号 goes, her remark 「待复核:」: a person refused for her blanks (was dropped at exit 0)', async () => {
    const r = await gradedReport(at('f-zhuguan-id.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['孙七', null]]);
    expect(errors(r).map((p) => p.cell)).toEqual(['F4', 'G4', 'L4', 'N4', 'O4']);
  });
});

// Review 62 of ffd32a32 (/tmp/rv62m c3): a job title left of the name beside a signature's own label — 「主管 | 王五 | …
// 签字:」, 「经理 | 王五 | … 日期: | 2026-03-31」 — is a sign-off line (was a person 王五 refused at exit 1): 77 / 100.
describe('a job title beside 签字: / 日期:', () => {
  for (const file of ['h01-zhuguan-sign.xlsx', 'h02-jingli-date.xlsx']) {
    it(`${file}: a footer — 张三 77, 李四 100`, async () => {
      const r = await gradedReport(at(file), { form: 'mattress-cs-monthly' });
      expect(totals(r)).toEqual([['张三', 77], ['李四', 100]]);
      expect(errors(r)).toEqual([]);
    });
  }
});
