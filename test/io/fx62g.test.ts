// Roster row kinds left over from 74f2996b, d9b4eb87, 316579bb (src/io/rowKinds.ts classifyRow; readRoster's rows of
// shared fields alone). Fixtures: test/fixtures/fx62g/ (make.py: `kpi template … --layout roster` + openpyxl).
// 1. 孙七 with her name and 「待复核:」 in a remark (§8 其它·原因, §10 an added 备注), no 工号, nothing else filled: dropped
//    as a sign-off line at exit 0 with an info; now refused for her blanks as the same row with a 工号 is (316579bb).
// 2. §10 a colon-less head-count label with a plain number under the people (「参评人数 | 3」, 「总人数 | | | | | 3」): a
//    person 「3」 (or nameless) refused for her blanks at exit 1; now a footer, skipped with the info, exit 0.
// 3. §10 「待复核:」 alone under 考核月份: dropped without a line; now the skipped-row info at D5.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx62g', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => (p.status === 'scored' ? [p.name, p.status, Math.round(p.total! * 100) / 100, p.band ?? null] : [p.name, p.status]));
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row');
const errors = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity === 'error');
const errorsOf = (r: Report, name: string) => r.people.find((p) => p.name === name)!.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);
const notInfo = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity !== 'info');

// §8 (CATALOG): 张三 N 50, V 45 → 45/50 × 20 = 18; 表格 3,2 → 20 − 5 = 15; 用语 1, 短信 2 → 15 − 2 − 2 = 11; base 8, 1 拖延
// → 8 − 5 = 3; 处理能力 9; 态度 13; 迟到 1 → 10 − 2 = 8 ⇒ 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 一般.
// 李四 40/40 → 20, 20, 15, 10, 10, 15, 10 ⇒ 100 优秀.
const mattress = [
  ['张三', 'scored', 77, '一般'],
  ['李四', 'scored', 100, '优秀'],
];
const M = { form: 'mattress-cs-monthly' };
// §10 (as test/io/fx61u.test.ts): 销售额 100000 ÷ 100000 × 25 = 25; 满意度 the column's fractions × 20 (0.92 → 18.4, 0.85 →
// 17, 0.88 → 17.6); 转化率 10/100 ÷ 10 % × 15 = 15; 响应 30 ÷ 30 × 10 = 10; 投诉 10, 产品知识 10, 团队 5, 素质 5.
// 张三 25 + 18.4 + 55 = 98.40, 李四 25 + 17 + 55 = 97.00, 王五 25 + 17.6 + 55 = 97.60, all 优秀.
const sales = [
  ['张三', 'scored', 98.4, '优秀'],
  ['李四', 'scored', 97, '优秀'],
  ['王五', 'scored', 97.6, '优秀'],
];
const S = { form: 'sales-cs-kpi' };

describe('1. a person with her name and 「待复核:」 in a remark, no 工号, nothing else filled, is a person', () => {
  it('§8 | 孙七 | … | 待复核: (其它·原因): refused for her blanks as with her 工号 (was skipped at exit 0)', async () => {
    const [noId, withId] = [await gradedReport(fixture('m-name-remark.xlsx'), M), await gradedReport(fixture('m-id-remark.xlsx'), M)];
    expect(scores(noId)).toEqual([...mattress, ['孙七', 'error']]);
    expect(skipped(noId)).toEqual([]);
    expect(errorsOf(noId, '孙七')).toEqual(errorsOf(withId, '孙七'));
    expect(errorsOf(noId, '孙七').map(([, cell]) => cell)).toEqual(['F4', 'G4', 'L4', 'N4', 'O4']);
  });

  it('§10 | 孙七 | … | 待复核: (备注): refused as the same row without the remark (nothing-filled at F5)', async () => {
    const [remark, plain] = [await gradedReport(fixture('s-name-remark.xlsx'), S), await gradedReport(fixture('s-name-only.xlsx'), S)];
    expect(scores(remark)).toEqual([...sales, ['孙七', 'error']]);
    expect(skipped(remark)).toEqual([]);
    expect(errorsOf(remark, '孙七')).toEqual(errorsOf(plain, '孙七'));
    expect(errorsOf(remark, '孙七')).toEqual([['nothing-filled', 'F5']]);
  });

  // Unchanged: the footer names its signer after its label in the first column.
  for (const [file, opts, people, row] of [
    ['m-footer.xlsx', M, mattress, 4], // 审核人: | 王五
    ['m-footer-remark.xlsx', M, mattress, 4], // 审核人: | 王五 | … | 待复核:
    ['s-footer-remark.xlsx', S, sales, 5], // 审核人: | 王五 | … | 待复核: (备注)
  ] as const) {
    it(`${file}: 「审核人: | 王五」 is still a footer, skipped with the info`, async () => {
      const r = await gradedReport(fixture(file), opts);
      expect(scores(r)).toEqual(people);
      expect(skipped(r).map((p) => p.message)).toEqual([expect.stringContaining(`第${row}行「审核人:」`)]);
      expect(errors(r)).toEqual([]);
    });
  }

  it('a sentence under 姓名 with 「员工签字:」 in 备注 is still a footer (no name of 2–5 characters)', async () => {
    const r = await gradedReport(fixture('s-sentence-sign.xlsx'), S);
    expect(scores(r)).toEqual(sales);
    expect(skipped(r).map((p) => p.message)).toEqual([expect.stringContaining('第5行「员工签字:」')]);
  });
});

describe('2. §10 a head count label and one number under the people is a footer', () => {
  for (const [file, label] of [
    ['s-count-a.xlsx', '参评人数'], // 参评人数 | 3 (the 3 under 姓名) — was a person 「3」, nothing-filled at exit 1
    ['s-count-d.xlsx', '总人数'], // 总人数 | | | | | 3 (under 实际销售额) — was nameless, 12 errors at exit 1
    ['s-count-e.xlsx', '实到人数'], // 实到人数 | 「3」 as text — was a person 「3」
    ['s-count-f.xlsx', '参评人数'], // | 参评人数 | | 3 (the label under 姓名, the 3 under 考核月份) — was a person, month-unknown
    // As before:
    ['s-count-b.xlsx', '人数'], // 人数 | | | 4
    ['s-count-c.xlsx', '合计人数'], // 合计人数 | | 3
  ] as const) {
    it(`${file}: skipped as 「${label}」, the three scored at exit 0`, async () => {
      const r = await gradedReport(fixture(file), S);
      expect(scores(r)).toEqual(sales);
      expect(skipped(r).map((p) => p.message)).toEqual([expect.stringContaining(`第5行「${label}」`)]);
      expect(notInfo(r)).toEqual([]);
    });
  }

  it('a person with one figure (| 赵六 | | | | 100000) is still a person, refused for her blanks', async () => {
    const r = await gradedReport(fixture('s-one-figure.xlsx'), S);
    expect(scores(r)).toEqual([...sales, ['赵六', 'error']]);
    expect(skipped(r)).toEqual([]);
    expect(errorsOf(r, '赵六').map(([, cell]) => cell)).toEqual(['G5', 'H5', 'I5', 'J5', 'K5', 'L5', 'M5', 'N5', 'O5', 'P5', 'Q5']);
  });

  it('the label with two numbers (参评人数 | 3 | | | | 100000) is no head count: read as before', async () => {
    const r = await gradedReport(fixture('s-count-two.xlsx'), S);
    expect(scores(r)).toEqual([...sales, ['3', 'error']]);
    expect(skipped(r)).toEqual([]);
  });
});

describe('3. §10 a footer 「待复核:」 alone under 考核月份', () => {
  it('is listed with the skipped-row info at D5 (was dropped without a line)', async () => {
    const r = await gradedReport(fixture('s-month-note.xlsx'), S);
    expect(scores(r)).toEqual(sales);
    expect(skipped(r).map((p) => [p.cell, p.severity])).toEqual([['D5', 'info']]);
    expect(skipped(r)[0]!.message).toContain('第5行「待复核:」');
    expect(notInfo(r)).toEqual([]);
  });

  it('a month alone under 考核月份 (a template\'s row left blank) is still an empty row, no line', async () => {
    const r = await gradedReport(fixture('s-month-only.xlsx'), S);
    expect(scores(r)).toEqual(sales);
    expect(skipped(r)).toEqual([]);
  });
});
