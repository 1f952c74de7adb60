// fx63j (review 63): §17 probation 转正建议 typed with a department's sign-off and no decision — 「人事部」, 「财务部 王五」,
// 「人事部 王五 3.31」, 「人事部审核」, 「人事部已确认」, 「HR已阅」 — were kept as the grade (「人事部」「财务部」 cut from the
// name) with 「保留填写的等级」 at exit 0, and the roster wrote 「人事部(应为通过)」; 「人事部确认」「人力资源部确认」 were
// replaced by kpi's 通过 with no word; 「不通过 人事部 王五」 was kept as 「不通过 人事部」. Fixtures test/fixtures/fx63j (make.py).
//
// Every sheet (fx62j2's pb-renshi-queren.xlsx, 考核人 F4 王五; the roster's 张三 / 李四 / 王六 alike): 0 late → 10, 熟悉 20,
// 一般友好 25, 一般合作 15, 能够解决但有错误 15 → 10 + 20 + 25 + 15 + 15 = 85.00 良好; 85 ≥ 60 → 转正建议 通过.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, readWorkbook, repoRoot, sheetRows, tempDir } from '../helpers.js';
import { departmentSignOff, gradeBeforeSignature, decisionBeforeSignature, signatureOnly } from '../../src/engine/typedGrade.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63j', f);
const advice = ['通过', '不通过'];

async function probation(file: string) {
  const r = await gradedReport(at(file), { form: 'probation' });
  const g = r.people[0]!.grades![0]!;
  return {
    row: [r.people[0]!.total, r.people[0]!.band, g.value, g.computed, g.typed],
    said: r.problems.map((p) => [p.code, p.severity, p.cell, p.message.replace(/^考核表!B18:张三:/u, '')]),
  };
}
const info = (typed: string) => [['typed-not-grade', 'info', 'B18', `「转正建议」填写的「${typed}」不是等级(通过 / 不通过 之一),像是签名、日期或确认;写入按分数定的「通过」`]];
const override = (typed: string) => [['override', 'warning', 'B18', `「转正建议」填写为「${typed}」,按分数 85.00 应为「通过」;保留填写的等级`]];

describe('§17 转正建议: a department\'s sign-off with no decision is no grade — kpi\'s 通过 written, said as typed-not-grade', () => {
  it.each([
    ['pb-renshibu.xlsx', '人事部'], // was kept: 人事部, override
    ['pb-caiwubu-wangwu.xlsx', '财务部 王五'], // was 财务部, override (王五 cut as the signer)
    ['pb-renshibu-wangwu-date.xlsx', '人事部 王五 3.31'], // was 人事部, override
    ['pb-renshibu-shenhe.xlsx', '人事部审核'], // was kept whole, override
    ['pb-renshibu-yiqueren.xlsx', '人事部已确认'], // as 「已确认」 alone
    ['pb-hr-yiyue.xlsx', 'HR已阅'], // as 「已阅」 alone
    ['pb-renliziyuan-queren.xlsx', '人力资源部确认'], // was 通过 with no word
  ])('%s 「%s」 beside 85.00: 通过, info at B18', async (file, typed) => {
    const { row, said } = await probation(file);
    expect(row).toEqual([85, '良好', '通过', '通过', undefined]);
    expect(said).toEqual(info(typed));
  });

  it('fx62j2\'s 「人事部确认」 alone: 通过, now said (was silent)', async () => {
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/fx62j2/pb-renshi-queren.xlsx'), { form: 'probation' });
    expect(r.people[0]!.grades![0]!.value).toBe('通过');
    expect(r.problems.map((p) => [p.code, p.cell, p.actual])).toEqual([['typed-not-grade', 'B18', '人事部确认']]);
  });

  it('the form\'s printed captions stay nothing typed, silent: 「本人确认」, 「人事部确认:」', async () => {
    for (const f of ['pb-benren-queren.xlsx', 'pb-renshibu-queren-colon.xlsx']) {
      expect(await probation(f)).toEqual({ row: [85, '良好', '通过', '通过', undefined], said: [] });
    }
  });

  it('§17 roster: 张三 「人事部」, 李四 「人事部已确认」, 王六 「HR已阅」 → 通过 written in 转正建议(kpi), info at G2–G4, exit 0', async () => {
    const out = path.join(tempDir(), 'out.xlsx');
    const r = await gradedReport(at('roster-dept-signoff.xlsx'), { form: 'probation', output: out });
    expect(r.people.map((p) => [p.name, p.total, p.grades![0]!.value])).toEqual([['张三', 85, '通过'], ['李四', 85, '通过'], ['王六', 85, '通过']]);
    expect(r.problems.map((p) => [p.code, p.severity, p.cell, p.actual])).toEqual([
      ['typed-not-grade', 'info', 'G2', '人事部'],
      ['typed-not-grade', 'info', 'G3', '人事部已确认'],
      ['typed-not-grade', 'info', 'G4', 'HR已阅'],
    ]);
    const rows = sheetRows(await readWorkbook(out), '考核表');
    const col = rows[0]!.indexOf('转正建议(kpi)');
    expect(col).toBeGreaterThan(0);
    expect(rows.slice(1, 4).map((row) => row[col])).toEqual(['通过', '通过', '通过']); // was 人事部(应为通过) …
  });
});

describe('§17 转正建议: a decision beside a department is kept, said as an override', () => {
  it.each([
    // The grade 不通过, 「人事部 王五」 its signature (as 「不通过 王五 2026-03-31」 → 不通过); was kept as 「不通过 人事部」.
    ['pb-butongguo-renshibu-wangwu.xlsx', '不通过 人事部 王五', '不通过'],
    ['pb-buyu-renshibu-wangwu.xlsx', '不予转正 人事部 王五', '不予转正'], // was 「不予转正 人事部」
    ['pb-hr-butongguo.xlsx', 'HR:不通过', '不通过'], // the signer first, as 「人事部确认:不通过」 (was kept whole)
    // Nearest sound variants that stay whole: a bare name nobody the form names (张三), a decision word after or in it.
    ['pb-buyu-renshibu-zhangsan.xlsx', '不予转正 人事部 张三', '不予转正 人事部 张三'],
    ['pb-yanqi-renshibu.xlsx', '延期 人事部', '延期 人事部'],
    ['pb-caiwubu-butongyi.xlsx', '财务部:不同意', '财务部:不同意'],
    ['pb-renshibu-tongyi.xlsx', '人事部同意', '人事部同意'],
  ])('%s 「%s」 beside 85.00 (通过 by the score): 「%s」, override at B18', async (file, _typed, kept) => {
    const { row, said } = await probation(file);
    expect(row).toEqual([85, '良好', kept, '通过', kept]);
    expect(said).toEqual(override(kept));
  });
});

describe('typedGrade: a department as a sign-off piece', () => {
  it('signatureOnly: a department alone, with 审核 / 审批 / 已确认 / 已阅, or before a signer or a date', () => {
    for (const t of ['人事部', '财务部', '人事部门', 'HR', '人事部审核', '人事部审批', '人事部已确认', 'HR已阅', '人事部 王经理', '人事部 3.31', '人事部确认签字']) {
      expect([t, signatureOnly(t, advice)]).toEqual([t, true]);
    }
    // 「人事」「财务」 alone (no 部), a decision with it, or a bare name nobody the form names: not a sign-off.
    for (const t of ['人事', '财务', '人事部同意', '人事部不同意', '延期 人事部', '人事部 张三']) {
      expect([t, signatureOnly(t, advice)]).toEqual([t, false]);
    }
    expect(signatureOnly('人事部 张三', advice, ['张三'])).toBe(true); // 张三 the form's 考核人
  });
  it('gradeBeforeSignature / decisionBeforeSignature: the department with its signer cut, never alone left', () => {
    expect(gradeBeforeSignature('不通过 人事部 王五', advice, ['王五'])).toBe('不通过');
    expect(gradeBeforeSignature('HR:不通过', advice)).toBe('不通过');
    expect(decisionBeforeSignature('不予转正 人事部 王五', advice, ['王五'])).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正 人事部 王经理', advice)).toBe('不予转正');
    expect(decisionBeforeSignature('不予转正 人事部 张三', advice)).toBeNull();
    expect(decisionBeforeSignature('延期 人事部', advice)).toBeNull();
  });
  it('departmentSignOff: a department\'s caption, not 本人 / 员工\'s, not with the printed colon', () => {
    for (const t of ['人事部确认', '人力资源部确认', '财务签字', '人事部门确认', '人事行政部确认', 'HR确认', '人事部审核']) expect([t, departmentSignOff(t)]).toEqual([t, true]);
    for (const t of ['本人确认', '员工签字', '部门主管确认', '人事部确认:', '人事部确认(签名)', '人事部']) expect([t, departmentSignOff(t)]).toEqual([t, false]);
  });
});
