// fx63d2 (review 63): roster footers 「title | name | … signature word or date」 — 客服主管/总经理/组长 beside 签字:, 主管 beside
// 签名 or 日期 without a colon, 「经理:」 beside a bare date — were each a person 王五 refused for her blanks (F4, G4, L4, N4,
// O4) at exit 1; only 主管/经理 beside a label with its colon was a footer (6f215afb). Now a skipped-row note.
// §8 (mattress-cs-monthly): 张三 77 (CATALOG's worked example); 李四 F/G 40/40 = 100% × 20 = 20, 表格管理 20, 规范 15,
// 效率 10 − 0 = 10, 处理能力 10, 态度 15, 纪律 10: 100. §10 (sales-cs-kpi, fx62u s01): 98.40 / 97.00 / 97.60.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63d2', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell);

describe('a signer\'s title, a name and a signature word or a date: a footer', () => {
  for (const file of ['f01-kefuzhuguan-sign.xlsx', 'f02-zongjingli-sign.xlsx', 'f03-zhuguan-qianming.xlsx', 'f04-zhuguan-riqi-date.xlsx', 'f05-zuzhang-sign.xlsx', 'f09-jingli-colon-date.xlsx', 'f10-zongjian-datecell.xlsx']) {
    it(`${file}: 张三 77, 李四 100, row 4 skipped`, async () => {
      const r = await gradedReport(at(file), { form: 'mattress-cs-monthly' });
      expect(totals(r)).toEqual([['张三', 77], ['李四', 100]]);
      expect(errors(r)).toEqual([]);
      expect(skipped(r)).toEqual(['A4']);
    });
  }

  it('§10 「客服经理 | 赵六 | … 签名」: 98.40 / 97.00 / 97.60, no person 赵六', async () => {
    const r = await gradedReport(at('s01-kefujingli-qianming.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(r)).toEqual([['张三', 98.4], ['李四', 97], ['王五', 97.6]]);
    expect(errors(r)).toEqual([]);
    expect(skipped(r)).toEqual(['A5']);
  });
});

describe('people still', () => {
  it('p01 「主管」 in 工号 beside full figures and 「迟到,日期:」: 赵六 100 − 2 = 98', async () => {
    const r = await gradedReport(at('p01-zhuguan-id-figures.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['赵六', 98]]);
    expect(errors(r)).toEqual([]);
  });

  it('p02 a person named 王经理 with full figures: 100', async () => {
    const r = await gradedReport(at('p02-wangjingli-figures.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['王经理', 100]]);
    expect(errors(r)).toEqual([]);
  });

  // The nearest sound rows: a 组长 appraised with her 部门 filled, a 客服专员 (a staff member's own title) — no figures yet,
  // 「签字:」 in 原因: refused for her blanks as before, not dropped at exit 0.
  for (const file of ['p04-zuzhang-dept-sign.xlsx', 'p05-zhuanyuan-sign.xlsx']) {
    it(`${file}: 孙七 refused for her blanks`, async () => {
      const r = await gradedReport(at(file), { form: 'mattress-cs-monthly' });
      expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['孙七', null]]);
      expect(errors(r).map((p) => p.cell)).toEqual(['F4', 'G4', 'L4', 'N4', 'O4']);
    });
  }
});

describe('review 63 of f17ace55: a half-filled person whose title and date are columns the people fill is no footer', () => {
  it('「客服组长 | 王五 | 2023-03-01」 under an unknown 岗位 column (客服专员 on every row) and 入职日期: 王五 refused for her blanks, not dropped', async () => {
    for (const f of ['m1-gangwei-ruzhi.xlsx', 'm7-gangwei-qianzi-col.xlsx']) {
      const r = await gradedReport(at(f), { form: 'mattress-cs-monthly' });
      // 张三 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77; 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100; 王五 nothing filled.
      expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['王五', null]]);
      expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['nothing-filled', 'G4']]);
    }
  });
});
