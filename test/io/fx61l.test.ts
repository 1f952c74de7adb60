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

describe('a bare name beside 签字, 签名, 已签 or a date is the signer: kpi\'s grade, an info (was kept as the grade)', () => {
  it('§17 roster: 「签字:王五」 → 通过 (90.00), 「赵六 已签」 → 不通过 (39.00), 「钱七 3月31日」 → 通过 (86.00), exit-0 infos', async () => {
    // Was: 「赵六 已签(应为不通过)」 written as 李四's 转正建议, with 「保留填写的等级」 warnings for all three.
    const r = await gradedReport(fixture('pb-signed-advice.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band, p.grades![0]!.value, p.grades![0]!.typed])).toEqual([
      ['张三', 90, '优秀', '通过', undefined],
      ['李四', 39, '待改进', '不通过', undefined],
      ['王五', 86, '良好', '通过', undefined],
    ]);
    expect(said(r)).toEqual([
      ['typed-not-grade', 'info', '考核表', 'G2', '签字:王五'],
      ['typed-not-grade', 'info', '考核表', 'G3', '赵六 已签'],
      ['typed-not-grade', 'info', '考核表', 'G4', '钱七 3月31日'],
    ]);
  });

  it.each([
    ['dept-qianzi.xlsx', '签字:王五'],
    ['dept-qianming.xlsx', '签名 王五'],
    ['dept-wangyiqian.xlsx', '王五 已签'],
    ['dept-namedate.xlsx', '张三 2026-03-31'],
    ['dept-zsdate2.xlsx', '张三 3月31日'],
    // 3.31 beside a name is a date: the sign-off's.
    ['dept-wangdate.xlsx', '王五 3.31'],
  ])('§4 %s 「%s」: 李四 部门定级 优秀 (91.40), typed-not-grade at D27', async (file, typed) => {
    const r = await gradedReport(fixture(file), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']]);
    const g = r.people[1]!.grades!.find((x) => x.label === '部门定级')!;
    expect([g.value, g.computed, g.typed]).toEqual(['优秀', '优秀', undefined]);
    expect(said(r)).toEqual([['typed-not-grade', 'info', '李四', 'D27', typed], ...WANG]);
  });
});

describe('a decision with a signature after it is the decision (as 「优秀 王经理」 is 优秀)', () => {
  it('§17 「不予转正 王经理」 beside 85.00 (通过): 不予转正 kept and warned, the signer dropped (was kept whole)', async () => {
    const r = await gradedReport(fixture('probation-buyu-signer.xlsx'), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([r.people[0]!.total, g.value, g.computed, g.typed]).toEqual([85, '不予转正', '通过', '不予转正']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '不予转正']]);
  });

  it('§17 「解聘 3.31」 (a decision word that starts with a surname, dated): 解聘 kept and warned, not taken for a signer', async () => {
    const r = await gradedReport(fixture('probation-jiepin-date.xlsx'), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([g.value, g.computed, g.typed]).toEqual(['解聘', '通过', '解聘']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '解聘']]);
  });

  it('§17 「不予转正 张三」 (a bare name, nothing signed): kept whole and warned, as before', async () => {
    const r = await gradedReport(fixture('probation-buyu-name.xlsx'), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([g.value, g.computed, g.typed]).toEqual(['不予转正 张三', '通过', '不予转正 张三']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '不予转正 张三']]);
  });

  it('what is a signer beside a sign-off, and what a decision before a signature', () => {
    const advice = ['通过', '不通过'];
    for (const t of ['签字:王五', '签名 王五', '王五 已签', '张三 2026-03-31', '张三 3月31日', '王五 3.31', '已签 张三']) expect(signatureOnly(t, advice)).toBe(true);
    // Alone, or beside another name, a bare name stays typed; so does a decision word beside a date.
    for (const t of ['张三', '王五 张三', '解聘 3.31', '卓越 已签', '谢绝 签字', '是 已签', 'OK 3.31']) expect(signatureOnly(t, advice)).toBe(false);
    expect(decisionBeforeSignature('不予转正 王经理', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正(王经理 3.31)', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正,王经理签', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正 张三 3.31', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正(表现差) 王经理', advice)).toBe('不予转正(表现差)');
    expect(decisionBeforeSignature('解聘 3.31', advice)).toBe('解聘');
    // Nothing after it is a signature on its own, or the whole is one: null.
    for (const t of ['不予转正', '不予转正 张三', '同意 晋级', '王五 3.31', '王经理', '已签']) expect(decisionBeforeSignature(t, advice)).toBeNull();
  });
});
