// Review 61 of ec4c1f3a (typed grades): fixtures in test/fixtures/fx61l (make.py; pb-signed-advice.xlsx from the review).
//
// §17 probation roster pb-signed-advice.xlsx (准时出勤 lates: 0 → 10, 2 → 6, 3 → 4; 转正建议 通过 at ≥ 60):
//   张三 0 lates: 10 + 20 + 25 + 15 + 20 = 90.00 优秀 → 通过; 转正建议 typed 「签字:王五」.
//   李四 3 lates: 4 + 5 + 15 + 5 + 10 = 39.00 待改进 → 不通过; typed 「赵六 已签」.
//   王五 2 lates: 6 + 20 + 25 + 20 + 15 = 86.00 良好 → 通过; typed 「钱七 3月31日」.
// §4 cs-dept-monthly (as test/io/fx60t.test.ts): 张三 108.70 优秀, 李四 91.40 优秀 (部门定级 D27 as typed), 王五 73.00 一般
//   with his typed 良好 (D26) and 待定 (D27) as overrides.
// §17 probation-*.xlsx (fx59j's probation-buyu.xlsx): 0 late → 10, + 20 + 25 + 15 + 15 = 85.00 良好 → 通过 by the score.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { decisionBeforeSignature, signatureOnly } from '../../src/engine/typedGrade.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61l', name);
const said = (r: { problems: Array<{ code: string; severity: string; sheet?: string; cell?: string; actual?: string }> }) =>
  r.problems.map((p) => [p.code, p.severity, p.sheet, p.cell, p.actual]);
const WANG = [['override', 'warning', '王五', 'D26', '良好'], ['override', 'warning', '王五', 'D27', '待定']];

// The later review of 56c00dce (test/io/fx61x.test.ts) settled it on the safe side: a bare 2–3-character word beside only
// 已签 or a date cannot be told from a decision (赵六 is a name, 解雇 / 任用 / 符合 are decisions, and both start with a
// surname's character), so only the label form 「签字:王五」「签名 王五」 makes a bare name the signer. 「赵六 已签」,
// 「钱七 3月31日」, 「王五 3.31」 … are kept and warned again (the score unchanged, kpi's grade beside the typed text).
describe('a bare name after 签字 / 签名 is the signer (kpi\'s grade, an info); beside only 已签 or a date it stays the user\'s', () => {
  it('§17 roster: 「签字:王五」 → 通过 (90.00), info; 「赵六 已签」 (39.00 不通过) and 「钱七 3月31日」 (86.00 通过) kept and warned', async () => {
    const r = await gradedReport(fixture('pb-signed-advice.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band, p.grades![0]!.value, p.grades![0]!.typed])).toEqual([
      ['张三', 90, '优秀', '通过', undefined],
      ['李四', 39, '待改进', '赵六 已签', '赵六 已签'],
      ['王五', 86, '良好', '钱七 3月31日', '钱七 3月31日'],
    ]);
    expect(said(r)).toEqual([
      ['typed-not-grade', 'info', '考核表', 'G2', '签字:王五'],
      ['override', 'warning', '考核表', 'G3', '赵六 已签'],
      ['override', 'warning', '考核表', 'G4', '钱七 3月31日'],
    ]);
  });

  it.each([
    ['dept-qianzi.xlsx', '签字:王五'],
    ['dept-qianming.xlsx', '签名 王五'],
  ])('§4 %s 「%s」: 李四 部门定级 优秀 (91.40), typed-not-grade at D27', async (file, typed) => {
    const r = await gradedReport(fixture(file), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']]);
    const g = r.people[1]!.grades!.find((x) => x.label === '部门定级')!;
    expect([g.value, g.computed, g.typed]).toEqual(['优秀', '优秀', undefined]);
    expect(said(r)).toEqual([['typed-not-grade', 'info', '李四', 'D27', typed], ...WANG]);
  });

  it.each([
    ['dept-wangyiqian.xlsx', '王五 已签'],
    ['dept-namedate.xlsx', '张三 2026-03-31'],
    ['dept-zsdate2.xlsx', '张三 3月31日'],
    ['dept-wangdate.xlsx', '王五 3.31'],
  ])('§4 %s 「%s」: 李四 部门定级 kept beside 91.40 优秀, override at D27 (a bare name beside only 已签 / a date)', async (file, typed) => {
    const r = await gradedReport(fixture(file), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']]);
    const g = r.people[1]!.grades!.find((x) => x.label === '部门定级')!;
    expect([g.value, g.computed, g.typed]).toEqual([typed, '优秀', typed]);
    expect(said(r)).toEqual([['override', 'warning', '李四', 'D27', typed], ...WANG]);
  });
});

describe('a decision with a signature after it is the decision (as 「优秀 王经理」 is 优秀)', () => {
  it('§17 「不予转正 王经理」 beside 85.00 (通过): 不予转正 kept and warned, the signer dropped (was kept whole)', async () => {
    const r = await gradedReport(fixture('probation-buyu-signer.xlsx'), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([r.people[0]!.total, g.value, g.computed, g.typed]).toEqual([85, '不予转正', '通过', '不予转正']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '不予转正']]);
  });

  it('§17 「解聘 3.31」 (a decision word that starts with a surname, dated): kept whole and warned, not taken for a signer', async () => {
    // Was 「解聘」, the date dropped: a date after a decision may be the decision's own (「延期转正 至 4.30」), never cut.
    const r = await gradedReport(fixture('probation-jiepin-date.xlsx'), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([g.value, g.computed, g.typed]).toEqual(['解聘 3.31', '通过', '解聘 3.31']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '解聘 3.31']]);
  });

  it('§17 「不予转正 张三」 (a bare name, nothing signed): kept whole and warned, as before', async () => {
    const r = await gradedReport(fixture('probation-buyu-name.xlsx'), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([g.value, g.computed, g.typed]).toEqual(['不予转正 张三', '通过', '不予转正 张三']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '不予转正 张三']]);
  });

  it('what is a signer beside a sign-off, and what a decision before a signature', () => {
    const advice = ['通过', '不通过'];
    for (const t of ['签字:王五', '签名 王五']) expect(signatureOnly(t, advice)).toBe(true);
    // Alone, beside another name, or beside only 已签 / a date, a bare name stays typed (it may be a decision word);
    // so does a decision word beside a date.
    for (const t of ['张三', '王五 张三', '王五 已签', '张三 2026-03-31', '张三 3月31日', '王五 3.31', '已签 张三', '解聘 3.31', '卓越 已签', '谢绝 签字', '是 已签', 'OK 3.31']) expect(signatureOnly(t, advice)).toBe(false);
    expect(decisionBeforeSignature('不予转正 王经理', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正(王经理 3.31)', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正,王经理签', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正(表现差) 王经理', advice)).toBe('不予转正(表现差)');
    // Nothing after it names a signer (a titled name, 王五签, 签字:王五), or the whole is a signature: null — a bare date or
    // 已签 after a decision is not cut (「不予转正 张三 3.31」 and 「解聘 3.31」 were 「不予转正」 and 「解聘」).
    for (const t of ['不予转正', '不予转正 张三', '同意 晋级', '王五 3.31', '王经理', '已签', '不予转正 张三 3.31', '解聘 3.31']) expect(decisionBeforeSignature(t, advice)).toBeNull();
  });
});
