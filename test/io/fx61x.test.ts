// Review 61 of 56c00dce (typed grades, settled on the safe side): fixtures in test/fixtures/fx61x (make.py).
//
// §17 probation-*.xlsx (fx59j's probation-buyu.xlsx, 转正建议 at B18): 0 late → 10, + 20 + 25 + 15 + 15 = 85.00 良好 → 通过
//   by the score (≥ 60), whatever B18 holds.
// §4 dept-*.xlsx (fx59j's typed-words.xlsx, 李四's 部门定级 at D27; as test/io/fx60t.test.ts): 张三 108.70 优秀, 李四 91.40 优秀,
//   王五 73.00 一般 with his typed 良好 (D26) and 待定 (D27) as overrides.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { decisionBeforeSignature, signatureOnly } from '../../src/engine/typedGrade.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61x', name);
const said = (r: { problems: Array<{ code: string; severity: string; sheet?: string; cell?: string; actual?: string }> }) =>
  r.problems.map((p) => [p.code, p.severity, p.sheet, p.cell, p.actual]);
const WANG = [['override', 'warning', '王五', 'D26', '良好'], ['override', 'warning', '王五', 'D27', '待定']];

describe('a bare word beside only a date or 已签 may be a decision: kept and warned (56c00dce replaced it at exit 0)', () => {
  it.each([
    // Each was replaced by kpi's 通过 with a typed-not-grade info at exit 0: the manager's dismissal / decision lost.
    ['probation-jiegu-date.xlsx', '解雇 3.31'],
    ['probation-jiegu-sign.xlsx', '解雇 已签'],
    ['probation-renyong-date.xlsx', '任用 3.31'],
    ['probation-jinji-date.xlsx', '晋级 3.31'],
    ['probation-fuhe-date.xlsx', '符合 3.31'],
  ])('§17 %s 「%s」 beside 85.00 (通过 by the score): kept whole as 转正建议, override at B18', async (file, typed) => {
    const r = await gradedReport(fixture(file), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([r.people[0]!.total, r.people[0]!.band, g.value, g.computed, g.typed]).toEqual([85, '良好', typed, '通过', typed]);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', typed]]);
    expect(r.problems[0]!.message).toBe(`考核表!B18:张三:「转正建议」填写为「${typed}」,按分数 85.00 应为「通过」;保留填写的等级`);
  });

  it.each([
    ['dept-jiegu-date.xlsx', '解雇 3.31'],
    ['dept-fuhe-date.xlsx', '符合 3.31'],
  ])('§4 %s 「%s」: 李四 部门定级 kept beside 91.40 优秀, override at D27 (was 优秀 with an info)', async (file, typed) => {
    const r = await gradedReport(fixture(file), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']]);
    const g = r.people[1]!.grades!.find((x) => x.label === '部门定级')!;
    expect([g.value, g.computed, g.typed]).toEqual([typed, '优秀', typed]);
    expect(said(r)).toEqual([['override', 'warning', '李四', 'D27', typed], ...WANG]);
  });

  it('§17 「延期转正 至 4.30」: kept whole (was 「延期转正 至」, the date taken for a sign-off\'s); with 王经理 after it, the signer dropped', async () => {
    for (const file of ['probation-yanqi-zhi.xlsx', 'probation-yanqi-zhi-signer.xlsx']) {
      const r = await gradedReport(fixture(file), { form: 'probation' });
      const g = r.people[0]!.grades![0]!;
      expect([g.value, g.computed, g.typed]).toEqual(['延期转正 至 4.30', '通过', '延期转正 至 4.30']);
      expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '延期转正 至 4.30']]);
    }
  });
});

describe('stays: what is unambiguously a sign-off is no grade — kpi\'s 通过, an info at B18', () => {
  it.each([
    ['probation-qianzi-date.xlsx', '签字:王五 3.31'], // the label form and a date
    ['probation-wuqian-date.xlsx', '王五签 3.31'], // 签 glued to the name, and a date
    ['probation-title-name.xlsx', '主管王五'], // a title before the name
    ['probation-excel-date.xlsx', '2026-03-31'], // an Excel date cell
  ])('§17 %s 「%s」: 通过 (85.00), typed-not-grade', async (file, typed) => {
    const r = await gradedReport(fixture(file), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([r.people[0]!.total, g.value, g.computed, g.typed]).toEqual([85, '通过', '通过', undefined]);
    expect(said(r)).toEqual([['typed-not-grade', 'info', '考核表', 'B18', typed]]);
  });

  it('which texts are a sign-off only, and what a decision keeps', () => {
    const advice = ['通过', '不通过'];
    for (const t of ['签字', '已签', '3.31', '3月31日', '2026-03-31', '王经理', '王五签', '主管王五', '签字:王五', '签名 王五', '签字:王五 3.31', '王经理 已签 3.31', '王五签字 2026-03-31']) {
      expect([t, signatureOnly(t, advice)]).toEqual([t, true]);
    }
    // A bare 2–3-character word may be a name or a decision: beside only a date or 已签 it is not unambiguous.
    for (const t of ['赵六', '赵六 已签', '钱七 3月31日', '王五 3.31', '解雇 3.31', '解雇 已签', '任用 3.31', '晋级 3.31', '符合 3.31', '解聘 3.31', '签字:解雇', '签字:任用', '解雇签']) {
      expect([t, signatureOnly(t, advice)]).toEqual([t, false]);
    }
    expect(decisionBeforeSignature('不予转正 王经理', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('同意 签字:王五 3.31', advice)).toBe('同意');
    expect(decisionBeforeSignature('延期转正 至 4.30 王经理', advice)).toBe('延期转正 至 4.30');
    // A date or 已签 after a decision may be the decision's own: never cut.
    for (const t of ['延期转正 至 4.30', '解雇 3.31', '解雇 已签', '赵六 已签', '不予转正 3.31']) expect([t, decisionBeforeSignature(t, advice)]).toEqual([t, null]);
  });
});
