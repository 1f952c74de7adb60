// Review 60 of e6630f91 (typed grades) and 52557a2f (tabs): fixtures in test/fixtures/fx60t (make.py).
//
// §4 cs-dept-monthly (as test/io/fx59j.test.ts): item = weight × (0.7 × 直接 + 0.3 × 间接) × 100, 差/低标/达成 = 0.6/0.8/1.0;
// part 2 = rating/10 × 5 each (70/30).
//   张三: all 达成 → 100; part 2 (0.7 × 8 + 0.3 × 6)/10 × 5 + (0.7 × 10 + 0.3 × 10)/10 × 5 = 3.7 + 5 = 8.7 → 108.70 优秀.
//   李四: part 1 87.40 (26.10 + 25.54 + 26.76 + 9.00); part 2 (0.7 × 5 + 0.3 × 5)/10 × 5 + (0.7 × 3 + 0.3 × 3)/10 × 5
//         = 2.5 + 1.5 = 4 → 91.40 优秀 (≥ 90).
//   王五: 0.7 × 0.6 + 0.3 × 1 = 0.72 → 72; part 2 (1/10 × 5) × 2 = 1 → 73.00 一般; his 直接主管定级 「良好」 and 部门定级
//         「待定」 typed (overrides, D26 and D27, as in fx59j's typed-words.xlsx).
// §17 probation: 0 late → 10, + 20 + 25 + 15 + 15 = 85 良好 → 转正建议 通过 (≥ 60).
// §15 interview-eval: every question 良好 (3) by both interviewers → mean 3.00 良好 → 建议 推荐.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { gradeBeforeSignature, signatureOnly } from '../../src/engine/typedGrade.js';
import { nameWithTabWord } from '../../src/engine/peopleNames.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx60t', name);
const TOTALS = [['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']];
const WANG = [['override', 'warning', '王五', 'D26', '良好'], ['override', 'warning', '王五', 'D27', '待定']];
const said = (r: { problems: Array<{ code: string; severity: string; sheet?: string; cell?: string; actual?: string }> }) =>
  r.problems.map((p) => [p.code, p.severity, p.sheet, p.cell, p.actual]);
const dept = (r: { people: Array<{ name: string | null; grades?: Array<{ label: string; value: string | null; computed: string | null; typed?: string }> }> }) => {
  const g = r.people.find((p) => p.name === '李四')!.grades!.find((x) => x.label === '部门定级')!;
  return [g.value, g.computed, g.typed];
};

describe('§4 部门定级: a grade with the signer\'s name or a date after it is that grade', () => {
  it.each([
    // Was kept as 「优秀 王经理」 / 「优秀 3.31」 with 「按分数 91.40 应为「优秀」;保留填写的等级」, though they agree.
    ['dept-grade-name.xlsx', '优秀 王经理'],
    ['dept-grade-date.xlsx', '优秀 3.31'],
    ['dept-grade-signed.xlsx', '优秀(王经理 3.31)'],
  ])('%s 「%s」 beside 91.40 优秀: 优秀, nothing said at 李四', async (file) => {
    const r = await gradedReport(fixture(file), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(TOTALS);
    expect(dept(r)).toEqual(['优秀', '优秀', '优秀']);
    expect(said(r)).toEqual(WANG);
  });

  it('「良好 王经理」 beside 91.40 优秀: the typed 良好 kept and warned, as a typed 良好 is', async () => {
    const r = await gradedReport(fixture('dept-other-grade-name.xlsx'), { form: 'cs-dept-monthly' });
    expect(dept(r)).toEqual(['良好', '优秀', '良好']);
    expect(said(r)).toEqual([['override', 'warning', '李四', 'D27', '良好'], ...WANG]);
    expect(r.problems[0]!.message).toBe('李四!D27:李四:「部门定级」填写为「良好」,按分数 91.40 应为「优秀」;保留填写的等级');
  });

  it('「良好(待定)」 (a note, no signature) stays as typed: kept whole and warned, as before', async () => {
    const r = await gradedReport(fixture('dept-grade-note.xlsx'), { form: 'cs-dept-monthly' });
    expect(dept(r)).toEqual(['良好(待定)', '优秀', '良好(待定)']);
    expect(said(r)).toEqual([['override', 'warning', '李四', 'D27', '良好(待定)'], ...WANG]);
  });
});

describe('§4 部门定级 holding no grade word — a name with a title, 已签, a date: kpi\'s grade, an info at the cell', () => {
  it.each([
    // Each was shown as the 部门定级 (「王经理」 …) with 「保留填写的等级」.
    ['dept-signer.xlsx', '王经理'],
    ['dept-signed.xlsx', '已签'],
    ['dept-date.xlsx', '3.31'],
  ])('%s 「%s」: 李四 部门定级 优秀 (91.40), typed-not-grade at D27', async (file, typed) => {
    const r = await gradedReport(fixture(file), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(TOTALS);
    expect(dept(r)).toEqual(['优秀', '优秀', undefined]);
    expect(said(r)).toEqual([['typed-not-grade', 'info', '李四', 'D27', typed], ...WANG]);
    expect(r.problems[0]!.message).toBe(`李四!D27:李四:「部门定级」填写的「${typed}」不是等级(优秀 / 良好 / 一般 / 待改进 之一),像是签名、日期或确认;写入按分数定的「优秀」`);
  });
});

describe('§4 / §17 a bare name-like word, OK, 是: kept as typed and warned (review 60: replaced at exit 0)', () => {
  it.each([
    ['dept-name.xlsx', '王五'],
    ['dept-ok.xlsx', 'OK'],
    ['dept-yes.xlsx', '是'],
  ])('%s 「%s」: 李四 部门定级 kept, override at D27', async (file, typed) => {
    const r = await gradedReport(fixture(file), { form: 'cs-dept-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(TOTALS);
    expect(dept(r)[0]).toBe(typed);
    expect(said(r)).toEqual([['override', 'warning', '李四', 'D27', typed], ...WANG]);
  });

  it('§17 「解聘」 beside 85.00 (通过 by the score) and 「是」 beside 42.00 (不通过): each kept, override at B18', async () => {
    // 解聘: 0 lates → 10, then 20 + 25 + 15 + 15 = 85 → 通过 computed; 是: 2 + 5 + 15 + 10 + 10 = 42 → 不通过 computed.
    for (const [file, typed, computed] of [['probation-jiepin.xlsx', '解聘', '通过'], ['probation-low-shi.xlsx', '是', '不通过']] as const) {
      const r = await gradedReport(fixture(file), { form: 'probation' });
      const g = r.people[0]!.grades![0]!;
      expect([g.value, g.computed]).toEqual([typed, computed]);
      expect(said(r)).toEqual([['override', 'warning', '考核表', 'B18', typed]]);
    }
  });
});

describe('§15, §17: the same rule (one code for every form\'s grade fields)', () => {
  it('§17 「通过 王经理」 beside 85 → 通过: 通过, nothing said; 「不通过 王经理」: 不通过 kept and warned', async () => {
    const pass = await gradedReport(fixture('probation-pass-name.xlsx'), { form: 'probation' });
    const g = pass.people[0]!.grades![0]!;
    expect([pass.people[0]!.total, g.value, g.computed, g.typed]).toEqual([85, '通过', '通过', '通过']);
    expect(pass.problems).toEqual([]);
    const fail = await gradedReport(fixture('probation-fail-name.xlsx'), { form: 'probation' });
    const f = fail.people[0]!.grades![0]!;
    expect([f.value, f.computed, f.typed]).toEqual(['不通过', '通过', '不通过']);
    expect(said(fail)).toEqual([['override', 'warning', '考核表', 'B18', '不通过']]);
  });

  it('§17 「已签」: 通过 by the score, info at B18', async () => {
    const r = await gradedReport(fixture('probation-signed.xlsx'), { form: 'probation' });
    const g = r.people[0]!.grades![0]!;
    expect([g.value, g.computed, g.typed]).toEqual(['通过', '通过', undefined]);
    expect(said(r)).toEqual([['typed-not-grade', 'info', '考核表', 'B18', '已签']]);
  });

  it('§15 「推荐 2026-03-31」: 推荐, nothing said; 「王经理」: 推荐 by the mean 3.00, info at B36', async () => {
    const dated = await gradedReport(fixture('interview-advice-date.xlsx'), { form: 'interview-eval' });
    expect([dated.people[0]!.grades![0]!.value, dated.people[0]!.grades![0]!.typed]).toEqual(['推荐', '推荐']);
    expect(dated.problems).toEqual([]);
    const signer = await gradedReport(fixture('interview-signer.xlsx'), { form: 'interview-eval' });
    expect([signer.people[0]!.grades![0]!.value, signer.people[0]!.grades![0]!.typed]).toEqual(['推荐', undefined]);
    expect(said(signer)).toEqual([['typed-not-grade', 'info', '考核表', 'B36', '王经理']]);
  });

  it('what a signature is, and what stays a typed decision', () => {
    const bands = ['优秀', '良好', '一般', '待改进'];
    expect(gradeBeforeSignature('优秀 王经理', bands)).toBe('优秀');
    expect(gradeBeforeSignature('良好 王 3/31', bands)).toBe('良好');
    expect(gradeBeforeSignature('一般 已签', bands)).toBe('一般');
    for (const t of ['优秀', '良好(待定)', '良好以上', '一般 同意', '优秀 不予考虑']) expect(gradeBeforeSignature(t, bands)).toBeNull();
    for (const t of ['王经理', '王五签', '已签', '已签字', '3.31', '2026-03-31', '3月31日', '王经理 3.31']) expect(signatureOnly(t, bands)).toBe(true);
    // A bare word that starts with a surname's character may be a decision (解聘, 谢绝, 卓越, 丁等); 是 / OK a decision too.
    for (const t of ['张三', '解聘', '解约', '谢绝', '卓越', '丁等', 'OK', 'ok', '是']) expect(signatureOnly(t, bands)).toBe(false);
    // e6630f91's decisions and notes stay typed (override); a band inside is no signature only.
    for (const t of ['同意', '待定', '不予转正', '不予考虑', '延期转正', '同意转正', '见附件', '无', '优秀', '良好(待定)', '13.40', '85']) expect(signatureOnly(t, bands)).toBe(false);
  });
});

describe('§16 a tab that is a name with a sheet\'s word attached', () => {
  it('「张三定稿」 with 被评估人员 blank: still refused, the refusal says 「张三」 + 「定稿」; the other three as before', async () => {
    // Base (fx59d tab-封面.xlsx): 张三 87 良好, 李四 70 一般, 王五 97 优秀, 赵六 55 待改进; 张三's sheet renamed, B2 cleared.
    const r = await gradedReport(fixture('tab-zhangsan-dinggao.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['', null, null], ['李四', 70, '一般'], ['王五', 97, '优秀'], ['赵六', 55, '待改进']]);
    const missing = r.problems.find((p) => p.code === 'header-missing')!;
    expect([missing.sheet, missing.cell]).toEqual(['张三定稿', 'B2']);
    expect(missing.message).toBe('张三定稿!B2:表头「被评估人员」未填写(无法确定被考核人;表名「张三定稿」像是「张三」加上「定稿」,不是单独的人名,不能代替被评估人员;是张三的表时请在被评估人员填上「张三」)');
  });

  it('which tabs are a name and a word', () => {
    expect(nameWithTabWord('张三定稿')).toEqual({ name: '张三', word: '定稿' });
    expect(nameWithTabWord('初稿李四')).toEqual({ name: '李四', word: '初稿' });
    for (const t of ['张三', '定稿', '客服部', '李主管', '汇总表', '3月张三']) expect(nameWithTabWord(t)).toBeNull();
  });
});
