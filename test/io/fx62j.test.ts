// Review 62 of 3244b075 (typed grades): fixtures in test/fixtures/fx62j (make.py).
//
// §17 pb-*.xlsx (fx59j's probation-buyu.xlsx; 考核人 F4 王主管, 转正建议 B18): 0 late → 10, + 20 + 25 + 15 + 15 = 85.00 良好
//   → 通过 by the score (≥ 60). pb-kaoheren-fail.xlsx (the review's p501): 4 late → 2, 了解较少 5, 不友好甚至粗鲁 10, 不愿意 5,
//   无法解决 5 → 2 + 5 + 10 + 5 + 5 = 27.00 待改进 → 不通过.
// §4 dept-*.xlsx (fx59j's typed-words.xlsx, 李四's 直接主管定级 D26 and 部门定级 D27): 张三 108.70 优秀, 李四 91.40 优秀,
//   王五 73.00 一般 with his typed 良好 (D26) and 待定 (D27) as overrides (fx59j.test.ts).
// §15 iv-*.xlsx (fx59j's interview-buyu.xlsx, 建议 B36): every question 良好 (3) by both interviewers → 3.00 → 推荐 (≥ 2.75).
// §17 roster-*.xlsx (the review's roster; 转正建议 G, 考核人 F): 张三 3 late → 4, + 10 + 15 + 10 + 10 = 49.00 待改进 → 不通过;
//   李四 10 + 20 + 30 + 20 + 20 = 100.00 优秀 → 通过; 王五 1 late → 8, + 15 + 25 + 15 + 15 = 78.00 一般 → 通过.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { isSignOffLabel } from '../../src/engine/scoreForm.js';
import { decisionBeforeSignature, gradeBeforeSignature, signatureOnly, signerNames } from '../../src/engine/typedGrade.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx62j', name);
const said = (r: { problems: Array<{ code: string; severity: string; sheet?: string; cell?: string; actual?: string }> }) =>
  r.problems.map((p) => [p.code, p.severity, p.sheet, p.cell, p.actual]);
const WANG = [['override', 'warning', '王五', 'D26', '良好'], ['override', 'warning', '王五', 'D27', '待定']];
const DEPT = [['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']];
const advice = ['通过', '不通过'];

async function probation(file: string) {
  const r = await gradedReport(fixture(file), { form: 'probation' });
  const g = r.people[0]!.grades![0]!;
  return { r, row: [r.people[0]!.total, r.people[0]!.band, g.value, g.computed, g.typed] };
}

describe('a decision with 签字 / 签名 / 已确认 glued after it is no sign-off caption: the decision kept, said (was dropped silently)', () => {
  it.each([
    // Each was read as the form's caption (any 8 characters before 签字 / 确认): nothing typed, kpi's 通过 at exit 0, no word.
    ['pb-buyu-qianzi.xlsx', '不予转正 王五签字', '不予转正'],
    ['pb-buyu-qianming.xlsx', '不予转正,王五签名', '不予转正'],
    ['pb-yanqi-qianzi.xlsx', '延期转正 王经理签字', '延期转正'],
    ['pb-butongguo-queren.xlsx', '不通过 已确认', '不通过'], // the grade 不通过, 已确认 after it
    ['pb-jiegu-qianzi.xlsx', '解雇 签字', '解雇 签字'], // 签字 after a decision not cut, as 「解雇 已签」 (3244b075)
  ])('§17 %s 「%s」 beside 85.00 (通过 by the score): 「%s」, override at B18', async (file, _typed, kept) => {
    const { r, row } = await probation(file);
    expect(row).toEqual([85, '良好', kept, '通过', kept]);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', kept]]);
    expect(r.problems[0]!.message).toBe(`考核表!B18:张三:「转正建议」填写为「${kept}」,按分数 85.00 应为「通过」;保留填写的等级`);
  });

  it('§4 李四 部门定级 「待改进 王五签字」 beside 91.40 优秀: 待改进, override at D27 (was 优秀, nothing said)', async () => {
    const r = await gradedReport(fixture('dept-daigaijin-qianzi.xlsx'), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(DEPT);
    expect(r.people[1]!.grades!.find((g) => g.label === '部门定级')).toEqual({ id: 'deptGrade', label: '部门定级', value: '待改进', computed: '优秀', typed: '待改进' });
    expect(said(r)).toEqual([['override', 'warning', '李四', 'D27', '待改进'], ...WANG]);
  });

  it('§15 建议 「不予考虑 王五签名」 beside 3.00 (推荐): 不予考虑, override at B36 (was 推荐, nothing said)', async () => {
    const r = await gradedReport(fixture('iv-buyu-qianming.xlsx'), { form: 'interview-eval' });
    const g = r.people[0]!.grades![0]!;
    expect([r.people[0]!.total, g.value, g.computed, g.typed]).toEqual([3, '不予考虑', '推荐', '不予考虑']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B36', '不予考虑']]);
  });

  it('§17 roster: 李四 「不予转正 王经理签字」 beside 100.00: 不予转正, override at G3 (was 通过, nothing said)', async () => {
    // 张三's 「王五 3.31」 stays kept: his 考核人 is 王经理, so 王五 is nobody the form names (cf. roster-kaoheren below).
    const r = await gradedReport(fixture('roster-filled.xlsx'), { form: 'probation' });
    expect(r.people.map((p) => [p.name, p.total, p.band, p.grades![0]!.value])).toEqual([['张三', 49, '待改进', '王五 3.31'], ['李四', 100, '优秀', '不予转正'], ['王五', 78, '一般', '通过']]);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'G2', '王五 3.31'], ['override', 'warning', '考核表', 'G3', '不予转正']]);
  });

  it('stays: the form\'s caption 「考核人签字:」 in the field is nothing typed — 通过, nothing said', async () => {
    const { r, row } = await probation('pb-caption.xlsx');
    expect(row).toEqual([85, '良好', '通过', '通过', undefined]);
    expect(r.problems).toEqual([]);
  });

  it('what a sign-off caption is', () => {
    for (const t of ['本人确认(签名)', '部门主管确认', '签名:', '确认人', '被考核人签字:', '考核人签字:', '面试评价人签名', '项目负责人签字', '员工本人签名确认']) {
      expect([t, isSignOffLabel(t)]).toEqual([t, true]);
    }
    for (const t of ['不予转正 王五签字', '不通过 已确认', '不予转正,王五签名', '解雇 签字', '延期转正 王经理签字', '待改进 王五签字', '王经理签字', '良好(已确认)']) {
      expect([t, isSignOffLabel(t)]).toEqual([t, false]);
    }
  });
});

describe('a name the form\'s own header gives a signer (考核人, 直接主管, 间接主管, 面试评价人) is a signature (was kept, 3244b075)', () => {
  it('§17 考核人 王五, 「王五 3.31」: 通过 (85.00) / 不通过 (27.00), typed-not-grade at B18', async () => {
    for (const [file, total, band, computed] of [['pb-kaoheren-date.xlsx', 85, '良好', '通过'], ['pb-kaoheren-fail.xlsx', 27, '待改进', '不通过']] as const) {
      const { r, row } = await probation(file);
      // Was kept: 「王五 3.31(应为不通过)」 shown as the 转正建议 at exit 0.
      expect(row).toEqual([total, band, computed, computed, undefined]);
      expect(said(r)).toEqual([['typed-not-grade', 'info', '考核表', 'B18', '王五 3.31']]);
    }
  });

  it('stays: 考核人 王主管, 「王五 3.31」 — a bare word the form does not name may be a decision: kept, override', async () => {
    const { r, row } = await probation('pb-other-date.xlsx');
    expect(row).toEqual([85, '良好', '王五 3.31', '通过', '王五 3.31']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '王五 3.31']]);
  });

  it('§4 李四 直接主管 赵六, 间接主管 钱七: 「赵六 3.31」, 「钱七 3月31日」 are their signatures — 优秀 (91.40) twice, infos', async () => {
    const r = await gradedReport(fixture('dept-signers-in-header.xlsx'), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(DEPT);
    expect(r.people[1]!.grades!.map((g) => [g.label, g.value, g.typed])).toEqual([['直接主管定级', '优秀', undefined], ['部门定级', '优秀', undefined]]);
    expect(said(r)).toEqual([['typed-not-grade', 'info', '李四', 'D26', '赵六 3.31'], ['typed-not-grade', 'info', '李四', 'D27', '钱七 3月31日'], ...WANG]);
  });

  it('§15 面试评价人签名 王五, 建议 「王五 3.31」: 推荐 (3.00), typed-not-grade at B36', async () => {
    const r = await gradedReport(fixture('iv-signer-in-header.xlsx'), { form: 'interview-eval' });
    expect(r.people[0]!.grades![0]!.value).toBe('推荐');
    expect(said(r)).toEqual([['typed-not-grade', 'info', '考核表', 'B36', '王五 3.31']]);
  });

  it('§17 roster, 张三\'s 考核人 王五: his 「王五 3.31」 is 不通过 (49.00) with an info at G2; 李四\'s 不予转正 as before', async () => {
    const r = await gradedReport(fixture('roster-kaoheren.xlsx'), { form: 'probation' });
    expect(r.people.map((p) => [p.name, p.total, p.grades![0]!.value])).toEqual([['张三', 49, '不通过'], ['李四', 100, '不予转正'], ['王五', 78, '通过']]);
    expect(said(r)).toEqual([['typed-not-grade', 'info', '考核表', 'G2', '王五 3.31'], ['override', 'warning', '考核表', 'G3', '不予转正']]);
  });

  it('which header values are names', () => {
    expect(signerNames(['王五', '赵主管', '钱七、赵六', '解雇', '王五 3.31', '良好', ''])).toEqual(['王五', '赵主管', '钱七', '赵六']);
    expect(signatureOnly('王五 3.31', advice, ['王五'])).toBe(true);
    expect(signatureOnly('王五', advice, ['王五'])).toBe(true);
    expect(signatureOnly('解雇 3.31', advice, ['王五'])).toBe(false);
    expect(decisionBeforeSignature('不予转正 王五', advice, ['王五'])).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正 张三', advice, ['王五'])).toBe(null);
  });
});

describe('a title or role beside the name is a signature (was kept as the grade)', () => {
  it.each([
    ['pb-zhuguan-wangwu.xlsx', '主管 王五'],
    ['pb-wangwu-jingli-date.xlsx', '王五经理 3.31'],
    ['pb-wangwu-zhuguan-paren.xlsx', '王五(主管)'],
    ['pb-zhuguan-qianzi.xlsx', '主管签字:王五'],
    ['pb-shenpiren.xlsx', '审批人:王五'],
  ])('§17 %s 「%s」: 通过 (85.00), typed-not-grade at B18', async (file, typed) => {
    const { r, row } = await probation(file);
    expect(row).toEqual([85, '良好', '通过', '通过', undefined]);
    expect(said(r)).toEqual([['typed-not-grade', 'info', '考核表', 'B18', typed]]);
  });

  it('§15 「面试官王五」: 推荐 (3.00), typed-not-grade at B36', async () => {
    const r = await gradedReport(fixture('iv-mianshiguan.xlsx'), { form: 'interview-eval' });
    expect(r.people[0]!.grades![0]!.value).toBe('推荐');
    expect(said(r)).toEqual([['typed-not-grade', 'info', '考核表', 'B36', '面试官王五']]);
  });

  it('§17 「同意转正 主管:王五」: 同意转正, override at B18', async () => {
    const { r, row } = await probation('pb-tongyi-zhuguan.xlsx');
    expect(row).toEqual([85, '良好', '同意转正', '通过', '同意转正']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '同意转正']]);
  });

  it('which texts are a role and a name', () => {
    for (const t of ['主管 王五', '经理 王五', '王五 经理', '王 经理', '王五主管', '王五经理 3.31', '王五(主管)', '主管签字:王五', '审批人:王五', '面试官王五', '经理已确认']) {
      expect([t, signatureOnly(t, advice)]).toEqual([t, true]);
    }
    // A role beside a decision word, or alone, names nobody.
    for (const t of ['主管 解雇', '解雇 经理', '经理 同意', '主管', '经理复试']) expect([t, signatureOnly(t, advice)]).toEqual([t, false]);
  });
});

describe('the grade kpi gives, signed, is that grade: nothing said (was 「…(应为通过)」 with an override)', () => {
  it.each([
    ['pb-jingli-tongguo.xlsx', '王经理:通过'],
    ['pb-tongguo-dash.xlsx', '通过-王五'],
    ['pb-tongguo-slash.xlsx', '通过/王五 3.31'],
    ['pb-tongguo-emdash.xlsx', '通过 — 王五'],
  ])('§17 %s 「%s」: 通过 (85.00)', async (file) => {
    const { r, row } = await probation(file);
    expect(row).toEqual([85, '良好', '通过', '通过', '通过']);
    expect(r.problems).toEqual([]);
  });

  it('§4 李四 部门定级 「优秀 主管:王五」 (91.40 优秀): 优秀; §15 「推荐 主管:王五」 (3.00): 推荐 — nothing said', async () => {
    const d = await gradedReport(fixture('dept-youxiu-zhuguan.xlsx'), { form: 'cs-dept-monthly' });
    expect(d.people[1]!.grades!.find((g) => g.label === '部门定级')!.value).toBe('优秀');
    expect(said(d)).toEqual(WANG);
    const i = await gradedReport(fixture('iv-tuijian-zhuguan.xlsx'), { form: 'interview-eval' });
    expect([i.people[0]!.grades![0]!.value, i.problems]).toEqual(['推荐', []]);
  });

  it('what a signed grade is, and what is not', () => {
    expect(gradeBeforeSignature('良好 总监:王五', ['优秀', '良好', '一般', '待改进'])).toBe('良好');
    expect(gradeBeforeSignature('王五:不通过', advice)).toBe('不通过');
    // Another word before or after the grade: kept as typed.
    for (const t of ['不同意:通过', '通过/延期', '通过 经理']) expect([t, gradeBeforeSignature(t, advice)]).toEqual([t, null]);
    expect(gradeBeforeSignature('良好/优秀', ['优秀', '良好', '一般', '待改进'])).toBe(null);
  });
});

describe('the signer\'s lines under a decision are cut', () => {
  it('§17 「同意转正\\n王五\\n2026.3.31」: 同意转正, override (was kept whole)', async () => {
    const { r, row } = await probation('pb-tongyi-lines.xlsx');
    expect(row).toEqual([85, '良好', '同意转正', '通过', '同意转正']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '同意转正']]);
  });

  it('stays: 「延期转正\\n4.30」 — a date on its own line may be the decision\'s own: kept whole', async () => {
    const { r, row } = await probation('pb-yanqi-lines.xlsx');
    expect(row).toEqual([85, '良好', '延期转正\n4.30', '通过', '延期转正\n4.30']);
    expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', '延期转正\n4.30']]);
  });

  it('what is cut', () => {
    expect(decisionBeforeSignature('不予转正\n王五', advice)).toBe('不予转正');
    for (const t of ['不予转正\n解雇', '同意转正\n晋级', '不予转正 张三', '延期转正\n4.30']) expect([t, decisionBeforeSignature(t, advice)]).toEqual([t, null]);
  });
});
