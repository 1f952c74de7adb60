// Roster footers whose signer's name lands under the name column (src/io/rowKinds.ts classifyRow; review 62 of 316579bb's
// namedAndNumbered and e3f2d851's namedFirst). Fixtures: test/fixtures/fx62i/ (make.py). Each footer was a person 王经理
// refused nothing-filled at exit 1 (or not-a-number with his name under an item); before 316579bb it was skipped, exit 0.
// 1. 序号 | 被考核人 | 工号 | …: 「审核: | 王经理 | 2026.4.1」 — a label left of the name, the date under 工号.
// 2. 工号 | 被考核人 | 部门名称 | …: 「2026-04-01 | 王经理 | | | 审核:」 (a date is no 工号) and 「1008 | 王经理 |
//    部门负责人签字:」 (a sign-off label alone in an identity field after the name, nothing else filled).
// 3. Persons that stay persons: 1008 | 王经理 with 「待复核:」 (or 「部门负责人签字:」) in 其它·原因; 5 | 孙七 | 1005 with
//    「待复核:」; 1008 | 王经理 | 客服部 | | 审核: (her 部门 filled).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx62i', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => (p.status === 'scored' ? [p.name, p.status, Math.round(p.total! * 100) / 100, p.band ?? null] : [p.name, p.status]));
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row');
const errors = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity === 'error');
const errorsOf = (r: Report, name: string) => r.people.find((p) => p.name === name)!.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);

// §8 (CATALOG): 张三 回访 45/50 × 20 = 18; 表格 3,2 → 20 − 5 = 15; 用语 1, 短信 2 → 15 − 2 − 2 = 11; base 8, 1 拖延 → 8 − 5
// = 3; 处理能力 9; 态度 13; 迟到 1 → 10 − 2 = 8 ⇒ 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 一般. 李四, 赵六 40/40 → 20 + 20 + 15 +
// 10 + 10 + 15 + 10 = 100 优秀. 王五 as 张三 with 奖惩 +2 (表扬信) ⇒ 79 一般.
const mattress = [
  ['张三', 'scored', 77, '一般'],
  ['李四', 'scored', 100, '优秀'],
  ['王五', 'scored', 79, '一般'],
  ['赵六', 'scored', 100, '优秀'],
];
const M = { form: 'mattress-cs-monthly' };
// §10: 销售额 100000 ÷ 100000 × 25 = 25; 满意度 90 % × 20 = 18; 转化率 20/100 = 20 % of the 20 % target × 15 = 15; 响应
// 30 ÷ 30 × 10 = 10; 投诉处理 80 % of 10 = 8, 产品知识 90 % of 10 = 9, 团队 100 % of 5 = 5, 素质 5 ⇒ 95 优秀 each.
const S = { form: 'sales-cs-kpi' };

describe('1. 序号 | 被考核人 | 工号: a footer with its label under 序号 and its date under 工号', () => {
  for (const [file, label] of [
    ['seq-shenhe-date.xlsx', '审核:'], // 审核: | 王经理 | 2026.4.1
    ['seq-shenheren-date.xlsx', '审核人:'], // 审核人: | 王经理 | 2026-04-01
    ['seq-kaoping-date.xlsx', '考评人签字:'], // 考评人签字: | 王经理 | 4月1日
    ['seq-excel-date.xlsx', '审核:'], // 审核: | 王经理 | an Excel date cell
  ] as const) {
    it(`${file}: skipped as 「${label}」, 77 / 100 / 79 / 100 at exit 0 (was a person 王经理, nothing-filled)`, async () => {
      const r = await gradedReport(fixture(file), M);
      expect(scores(r)).toEqual(mattress);
      expect(skipped(r).map((p) => p.message)).toEqual([expect.stringContaining(`第6行「${label}」`)]);
      expect(errors(r)).toEqual([]);
    });
  }

  it('§10 审核: | 王经理 | 2026.4.1 under 序号 | 姓名 | 工号: skipped, 张三 95.00 and 李四 95.00 优秀 at exit 0', async () => {
    const r = await gradedReport(fixture('s10-seq-shenhe-date.xlsx'), S);
    expect(scores(r)).toEqual([['张三', 'scored', 95, '优秀'], ['李四', 'scored', 95, '优秀']]);
    expect(skipped(r).map((p) => p.message)).toEqual([expect.stringContaining('第4行「审核:」')]);
    expect(errors(r)).toEqual([]);
  });

  it('a person 5 | 孙七 | 1005 with 「待复核:」 in 其它·原因 is still a person, refused for her blanks', async () => {
    const r = await gradedReport(fixture('seq-person-remark.xlsx'), M);
    expect(scores(r)).toEqual([...mattress, ['孙七', 'error']]);
    expect(skipped(r)).toEqual([]);
    expect(errorsOf(r, '孙七').map(([, cell]) => cell)).toEqual(['G6', 'H6', 'M6', 'O6', 'P6']);
  });
});

describe('2. 工号 | 被考核人 | 部门名称: a footer with a date under 工号, or its label under 部门', () => {
  for (const [file, label] of [
    ['id-date-shenhe.xlsx', '审核:'], // 2026-04-01 | 王经理 | | | 审核:
    ['id-exceldate-shenhe.xlsx', '审核:'], // (Excel date) | 王经理 | | | 审核:
    ['id-label-dept.xlsx', '部门负责人签字:'], // 1008 | 王经理 | 部门负责人签字:
  ] as const) {
    it(`${file}: skipped as 「${label}」, 77 / 100 / 79 / 100 at exit 0 (was a person 王经理, nothing-filled)`, async () => {
      const r = await gradedReport(fixture(file), M);
      expect(scores(r)).toEqual(mattress);
      expect(skipped(r).map((p) => p.message)).toEqual([expect.stringContaining(`第6行「${label}」`)]);
      expect(errors(r)).toEqual([]);
    });
  }

  // A remark goes in 其它·原因: whatever it says, the row is a person's (as test/fixtures/fx61j2/s74-p4.xlsx).
  for (const file of ['id-person-remark.xlsx', 'id-person-sign-remark.xlsx']) {
    it(`${file}: 1008 | 王经理 with the label in 其它·原因 is still a person, refused for his blanks`, async () => {
      const r = await gradedReport(fixture(file), M);
      expect(scores(r)).toEqual([...mattress, ['王经理', 'error']]);
      expect(skipped(r)).toEqual([]);
      expect(errorsOf(r, '王经理').map(([, cell]) => cell)).toEqual(['F6', 'G6', 'L6', 'N6', 'O6']);
    });
  }

  it('1008 | 王经理 | 客服部 | | 审核: (his 部门 filled) is still a person, nothing-filled', async () => {
    const r = await gradedReport(fixture('id-person-dept-shenhe.xlsx'), M);
    expect(scores(r)).toEqual([...mattress, ['王经理', 'error']]);
    expect(skipped(r)).toEqual([]);
    expect(errorsOf(r, '王经理')).toEqual([['nothing-filled', 'F6']]);
  });
});
