import ExcelJS from 'exceljs';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import type { GroupResult } from '../../src/engine/groups/result.js';
import { scoreJson } from '../../src/cli/json.js';
import { renderScore } from '../../src/cli/renderScore.js';
import type { Output } from '../../src/cli/output.js';
import { readWorkbook, repoRoot, sampleCopy, sheetRows, shown, tempDir } from '../helpers.js';

// Order logs written by openpyxl and re-saved by LibreOffice (scripts/make-record-fixtures.py), committed.
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/records', name);

async function grade(name: string, options: Parameters<typeof gradeFile>[1] = {}): Promise<{ report: GradeReport; output: string; input: string }> {
  const dir = tempDir();
  const input = path.join(dir, name);
  copyFileSync(fixture(name), input);
  const before = readFileSync(input);
  const outcome = await gradeFile(input, options);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expect(readFileSync(input).equals(before)).toBe(true);
  return { report: outcome.report, output: outcome.report.output!, input };
}

// The 200-order log is graded once and read by several tests (the suite's time is shared).
let graded200: ReturnType<typeof grade> | undefined;
const grade200 = () => (graded200 ??= grade('openpyxl-install-200.xlsx'));

const group = (r: GradeReport, grouping: string, key: string): GroupResult => {
  const g = r.groups!.find((x) => x.grouping === grouping && x.keyText === key);
  if (!g) throw new Error(`no group ${grouping} ${key}`);
  return g;
};

function capture(): { o: Output; out: string[] } {
  const out: string[] = [];
  const o = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), color: { level: 0, bold: (s: string) => s, gray: (s: string) => s, red: (s: string) => s, cyan: (s: string) => s, yellow: (s: string) => s } } as unknown as Output;
  return { o, out };
}

// The 200 orders: order i has 安装师傅 张/李/王/赵 by i mod 4 (0/1/2/3), 门店 城东/城西/南山 by i mod 3 (1/2/0);
// 处理完毕 否 when 7 | i, 清理卫生 没有 when 11 | i, 本人签字 否 when 13 | i, 服务态度 5 for 赵师傅 and 5 − (i mod 5)
// for the others; orders 57 (服务态度 「好」) and 133 (处理完毕 empty, both 李师傅) are in error.
describe('§5 install-followup: a 200-order log typed in openpyxl', () => {
  it('per 安装师傅 and 门店: orders, 满意数, rates, means, bands — counted by hand', async () => {
    const { report } = await grade200();
    expect(report.form).toBe('install-followup');
    expect(report.people).toEqual([]);
    expect(report.records).toEqual({ label: '订单', total: 200, ok: 198, error: 2 });
    // 赵师傅: i ≡ 3 (mod 4), 50 orders, all 5分. Not 认可满意 when 7 | i (7k ≡ 3 mod 4 ⇔ k ≡ 1 mod 4: k = 1, 5, …, 25 → 7),
    // 11 | i (k = 1, 5, 9, 13, 17 → 5), 13 | i (k ≡ 3 mod 4: 3, 7, 11, 15 → 4); 91 and 143 counted twice → 7 + 5 + 4 − 2 = 14.
    // 满意 50 − 14 = 36 → 36/50 = 72 % → 一般 (60 ≤ 72 < 80). 服务态度 250/50 = 5.
    const zhao = group(report, 'master', '赵师傅');
    expect(zhao.figures).toMatchObject({ orders: 50, satisfiedCount: 36, satisfiedRate: 72, attitudeMean: 5 });
    expect(zhao.band).toBe('一般');
    // 一次安装成功 否 when 6 | i: i odd for 赵 → never; 验收单 否 when 9 | i: 9k ≡ 3 (mod 4) ⇔ k ≡ 3: k = 3, 7, …, 19 → 5 → 45/50 = 90 %.
    expect(zhao.figures).toMatchObject({ firstTimeRate: 100, receiptRate: 90, leftoverRate: 0, secondLeftoverRate: 0 });
    // 张师傅: i = 4k; 4k mod 5 runs 4, 3, 2, 1, 0 → 服务态度 1…5 ten times each: 150/50 = 3. 态度 ≥ 4 ⇔ i ≡ 0 or 16 (mod 20):
    // 20 orders, less 140, 56, 196 (7 |), 176 (11 |), 156 (13 |) → 15 → 15/50 = 30 % → 待改进.
    // 遗留问题 门板划痕 when 10 | i: i ≡ 0 mod 20 → 10 → 20 %; 二次遗留 是 when 20 | i → 10 → 20 %; 一次成功 否 when 6 | i (12 | i: 16) → 34/50 = 68 %.
    const zhang = group(report, 'master', '张师傅');
    expect(zhang.figures).toMatchObject({ orders: 50, satisfiedCount: 15, satisfiedRate: 30, attitudeMean: 3, leftoverRate: 20, secondLeftoverRate: 20, firstTimeRate: 68 });
    expect(zhang.band).toBe('待改进');
    // 李师傅: 50 orders less the two in error = 48; 14 满意 → 14/48 = 29.1666…%.
    const li = group(report, 'master', '李师傅');
    expect(li.rows).toBe(48);
    expect(li.errorRows).toBe(2);
    expect(li.figures.satisfiedRate).toBeCloseTo((14 / 48) * 100, 10);
    expect(li.explanation.satisfiedRate).toBe('14/48(认可满意 为 1) = 0.2917 × 100 = 29.1667%');
    // 门店 and the whole log (counted independently by scripts/make-record-fixtures.py): 城西店 29/66, 全部 79/198.
    expect(group(report, 'store', '城西店').figures).toMatchObject({ orders: 66, satisfiedCount: 29 });
    expect(group(report, 'store', '城西店').figures.satisfiedRate).toBeCloseTo((29 / 66) * 100, 10);
    const all = group(report, 'all', '全部订单');
    expect(all.figures).toMatchObject({ orders: 198, satisfiedCount: 79 });
    expect(all.figures.attitudeMean).toBeCloseTo(695 / 198, 12);
    expect(report.groupings!.find((g) => g.id === 'master')!.bands).toEqual({ 优秀: 0, 良好: 0, 一般: 1, 待改进: 3 });
  });

  it('rows in error are located (sheet, cell), the 合计 line is skipped, the phone is masked in messages', async () => {
    const { report } = await grade200();
    const errors = report.problems.filter((p) => p.severity === 'error');
    // Order 57 is on row 60 (title, heading, a blank line after order 40); 服务态度 is column AR, 处理完毕 AP.
    expect(errors.map((p) => [p.sheet, p.cell, p.code])).toEqual([
      ['3月回访', 'AR60', 'unknown-choice'],
      ['3月回访', 'AP138', 'required'],
    ]);
    expect(errors[0]!.message).toBe('3月回访!AR60:第 60 行(序号 57,合同编号 HT20260057,联系电话 138****5735)「服务态度」应为以下之一:5分 / 4分 / 3分 / 2分 / 1分(或对应分值 5/4/3/2/1),实际为「好」');
    expect(report.problems.find((p) => p.code === 'skipped-row')!.cell).toBe('A208');
    // Every one of the 47 columns is found under its retyped heading, 「进仓数量·柜身」 (the group without its 「(件)」) included.
    const { loadInput } = await import('../../src/io/loadInput.js');
    const { loadAnyForm } = await import('../../src/forms/load.js');
    const { findRecordSheet } = await import('../../src/io/records/read.js');
    const loaded = await loadInput(fixture('openpyxl-install-200.xlsx'), {});
    const def = await loadAnyForm('install-followup');
    if (!loaded.ok || !def.ok || def.kind !== 'records') throw new Error('cannot load');
    const sheet = findRecordSheet(loaded.input.grids[0]!, def.form)!;
    expect(sheet.columns.size).toBe(47);
    expect([sheet.columns.get('qCabinet'), sheet.columns.get('qGift'), sheet.columns.get('typedScore')]).toEqual([9, 15, 47]);
    const json = JSON.stringify(scoreJson(report));
    expect(json).not.toContain('13812345735');
  });

  it('the graded workbook: input kept, 得分 beside each row, 汇总 first, 按安装师傅, 按门店, 问题', async () => {
    const { output } = await grade200();
    const wb = await readWorkbook(output);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['汇总', '3月回访', '按安装师傅', '按门店', '问题']);
    const log = sheetRows(wb, '3月回访');
    // Heading row 2 keeps the user's 48 columns; kpi adds 得分(kpi) and 状态 at AW and AX.
    expect(log[1]!.slice(46, 50)).toEqual(['得分', '备注', '得分(kpi)', '状态']);
    // Order 1 (李师傅, 态度 4, all yes) → 1; order 2 (态度 3) → 0; order 3 (赵师傅, 5分) → 1; order 57 → error.
    expect(log[2]!.slice(48, 50)).toEqual([1, '']);
    expect(log[3]![48]).toBe(0);
    expect(log[4]![48]).toBe(1);
    expect(log[59]!.slice(48, 50)).toEqual(['—', '有错误']);
    expect(log[59]![43]).toBe('好'); // the input as typed
    const masters = sheetRows(wb, '按安装师傅');
    expect(masters[0]!.slice(0, 6)).toEqual(['安装师傅', '计入', '有错误', '订单数', '满意数', '满意率']);
    // Best 满意率 first: 赵师傅 72 %, stored as the fraction Excel formats as a percentage.
    expect(masters[1]!.slice(0, 6)).toEqual(['赵师傅', 50, 0, 50, 36, 0.72]);
    expect(masters[1]![11]).toBe('一般');
    const summary = sheetRows(wb, '汇总').map((r) => r.map(shown));
    expect(summary.flat()).toContain('共 200 条订单,计入统计 198 条,有错误 2 条(不计入,见「问题」表)');
  });

  it('a LibreOffice re-save of the same log gives the same figures; grading the graded file again too', async () => {
    const lo = await grade('lo-install-200.xlsx');
    const first = await grade200();
    const figures = (r: GradeReport) => r.groups!.map((g) => [g.keyText, g.figures, g.band]);
    expect(figures(lo.report)).toEqual(figures(first.report));
    const again = await gradeFile(first.output, { output: path.join(path.dirname(first.output), 'again.xlsx') });
    if (!again.ok) throw new Error(again.failure.message);
    expect(again.report.regraded).toBe(true);
    expect(figures(again.report)).toEqual(figures(first.report));
    const wb = await readWorkbook(again.report.output!);
    expect(sheetRows(wb, '3月回访')[1]!.slice(46)).toEqual(['得分', '备注', '得分(kpi)', '状态']);
  });

  it('the console: one table per grouping, bands, problems; --json has groups beside an empty people', async () => {
    const { report } = await grade200();
    const c = capture();
    renderScore(c.o, report);
    const text = c.out.join('\n');
    expect(text).toContain('共 200 条订单,计入统计 198 条,有错误 2 条(不计入)');
    expect(text).toMatch(/│ 赵师傅 +│ 50 +│ 36 +│ 72\.00% +│/);
    expect(text).toContain('等级分布:优秀 0 · 良好 0 · 一般 1 · 待改进 3');
    expect(text).toContain('138****5735');
    expect(text).not.toContain('13812345735');
    const json = scoreJson(report) as ReturnType<typeof scoreJson> & { groups: Array<{ grouping: string; keyText: string; figures: Record<string, unknown>; band: string }> };
    expect(json.people).toEqual([]);
    const zhao = json.groups.find((g) => g.grouping === 'master' && g.keyText === '赵师傅')!;
    expect(zhao).toMatchObject({ key: { master: '赵师傅' }, band: '一般', figures: { satisfiedRate: 72 } });
    expect(zhao).toHaveProperty('explanation.band', '满意率 72 → 一般');
  });
});

describe('§5: the kpi template filled by openpyxl', () => {
  it('two-row heading, an inserted blank row, a typed 得分 that differs, an answer out of range', async () => {
    const { report } = await grade('openpyxl-install-template.xlsx');
    // 刘师傅: (是 有 5分 是) → 1, (清理卫生 没有) → 0, (4 typed as a number) → 1: 2/3 = 66.67 % → 一般.
    const liu = group(report, 'master', '刘师傅');
    expect(liu.figures).toMatchObject({ orders: 3, satisfiedCount: 2 });
    expect(liu.figures.satisfiedRate).toBeCloseTo(200 / 3, 10);
    expect(liu.band).toBe('一般');
    // 陈师傅: (处理完毕 否) → 0, (3分) → 0, (五分 = 5分) → 1; (9分) is an error: 1/3.
    expect(group(report, 'master', '陈师傅').figures).toMatchObject({ orders: 3, satisfiedCount: 1 });
    // The fixture was made from the 1.2.0 template: said as made by an earlier version, scored by this one.
    expect(report.problems.filter((p) => p.severity !== 'info').map((p) => [p.severity, p.cell, p.code])).toEqual([
      ['warning', undefined, 'form-version'],
      ['warning', 'AU5', 'override'],
      ['error', 'AR11', 'unknown-choice'],
    ]);
    expect(report.problems.some((p) => p.code === 'form-unknown')).toBe(false); // the template's mark named the form
  });
});

describe('§5 from a CSV export', () => {
  it('the same columns as text: read, counted, and an empty 安装师傅 is an error at its cell', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'log.csv');
    const head = '序号,门店,安装师傅,验收单是否上交,是否一次安装成功,是否处理完毕,有没有清理卫生,服务态度,验收单是否是您本人签字,联系电话';
    // Rows 5 and 6 are pre-numbered and empty: blank lines, not orders in error.
    const rows = ['1,城东店,张师傅,是,是,是,有,5,是,13800001111', '2,城东店,张师傅,是,否,是,有,4分,是,', '3,城东店,,是,是,是,有,5,是,', '4,,,,,,,,,', '5,,,,,,,,,'];
    writeFileSync(file, [head, ...rows].join('\n'));
    const outcome = await gradeFile(file, {});
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const r = outcome.report;
    // 张师傅: both orders 认可满意 → 2/2 = 100 % → 优秀; 一次安装成功 1/2 = 50 %.
    expect(group(r, 'master', '张师傅').figures).toMatchObject({ orders: 2, satisfiedCount: 2, satisfiedRate: 100, firstTimeRate: 50 });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.sheet, p.cell, p.code])).toEqual([['log', 'C4', 'required']]);
    expect(r.records).toEqual({ label: '订单', total: 3, ok: 2, error: 1 });
  });
});

describe('record forms: samples', () => {
  it('each sample is recognised by its mark and has exactly one row in error (the one its script describes)', async () => {
    const { listRecordForms } = await import('../../src/forms/load.js');
    const ids = await listRecordForms();
    expect(ids).toEqual(expect.arrayContaining(['install-followup', 'satisfaction-monthly', 'satisfaction-standard']));
    for (const id of ['install-followup', 'satisfaction-monthly', 'satisfaction-standard']) {
      const outcome = await gradeFile(path.join(repoRoot, 'samples', `${id}.march.xlsx`), { output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(outcome.report.form).toBe(id);
      expect(outcome.report.records!.error, id).toBe(1);
      expect(outcome.report.problems.filter((p) => p.severity === 'error'), id).toHaveLength(1);
    }
  });
});

describe('options that only mean something for people', () => {
  it('--pay, --limit and --data on a record form are refused with the reason (exit 2), not ignored', async () => {
    const input = path.join(repoRoot, 'samples/install-followup.march.xlsx');
    const cases: Array<[string, Parameters<typeof gradeFile>[1]]> = [
      ['--pay', { pay: path.join(repoRoot, 'samples/install-followup.march.xlsx') }],
      ['--limit', { limits: [{ band: '优秀', max: 0.2 }] }],
      ['--data', { data: 'export.csv' }],
    ];
    for (const [option, options] of cases) {
      const out = await gradeFile(input, { ...options, output: null });
      expect(out.ok, option).toBe(false);
      if (!out.ok) expect(out.failure.message).toBe(`「定制家居安装售后维修跟进满意度回访反馈表」(install-followup)是记录表,按组统计,不给人评分:${option} 只用于给人评分的考核表(${option === '--pay' ? '工资' : option === '--limit' ? '强制分布' : '导出数据'}),请去掉 ${option}`);
    }
  });
});

describe('a record log whose optional column is retyped', () => {
  it('「遗留问题」 for 安装遗留问题 is an error naming both (its orders read as having none: 遗留问题率 0 % for 50 %)', async () => {
    const out = await gradeFile(fixture('lookalike-leftover.csv'), { form: 'install-followup', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const e = out.report.problems.filter((p) => p.code === 'unknown-column' && (p.params as { case: string }).case === 'looks-like');
    expect(e.map((p) => [p.cell, p.message])).toEqual([
      ['I1', '工作表「lookalike-leftover」I1:列「遗留问题」没有认出;它像是「安装遗留问题」,而本表没有「安装遗留问题」列,现在按留空计分(视为未填写)。请把列名改为「安装遗留问题」'],
    ]);
  });

  it('its orders with a value there are in error, not counted as having none; a yes/no column asked another way (「有无二次遗留问题」) is one', async () => {
    // 店A 张师傅: one order 门板划伤, one without. Counted, 遗留问题率 would be 0 % where it is 50 %: the order with a value
    // under 「遗留问题」 is in error and left out, the other one counted.
    const out = await gradeFile(fixture('lookalike-leftover.csv'), { form: 'install-followup', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const unread = out.report.problems.filter((p) => p.code === 'unknown-column' && (p.params as { case: string }).case === 'value-unread');
    expect(unread.map((p) => [p.cell, p.severity])).toEqual([['I2', 'error']]);
    expect(unread[0]!.message).toContain('这一格的「门板划伤」在没有认出的列「遗留问题」里(像是「安装遗留问题」)');
    const text = readFileSync(fixture('lookalike-leftover.csv'), 'utf8').replace('遗留问题', '有无二次遗留问题');
    const file = path.join(tempDir(), 'second.csv');
    writeFileSync(file, text);
    const second = await gradeFile(file, { form: 'install-followup', output: null });
    if (!second.ok) throw new Error(second.failure.message);
    expect(second.report.problems.filter((p) => p.severity === 'error').map((p) => /它像是「([^」]+)」/.exec(p.message)?.[1] ?? p.cell)).toEqual(['是否出现二次遗留问题', 'I2']);
  });

  it('a column the figures read that is not there at all (§21 意见和建议 renamed 客户意见) is a warning: its suggestions are not listed', async () => {
    const file = path.join(tempDir(), 'std.csv');
    writeFileSync(file, '客户,产品质量,服务态度,售后服务,价格合理性,交付准时性,客户意见\n甲,90,80,85,95,70,希望更快\n');
    const out = await gradeFile(file, { form: 'satisfaction-standard', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual([expect.stringContaining('没有这些列,按每一行的这一列都没有填写计算:「意见和建议」')]);
  });

  it('a line of one cell of words (a 意见和建议 alone, a footnote 注:…, a section title) is listed as skipped; a lone 序号 is a blank line', async () => {
    const file = path.join(tempDir(), 'comment.csv');
    writeFileSync(file, '序号,客户,产品质量,服务态度,售后服务,价格合理性,交付准时性,意见和建议\n,上旬回访,,,,,,\n1,甲,优秀,良好,良好,优秀,一般,包装破损\n2,,,,,,,希望下次发货更快\n3,,,,,,,\n,注:本表数据来源于3月电话回访,,,,,,\n');
    const out = await gradeFile(file, { form: 'satisfaction-standard', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // One record (甲); the title, the remark and the footnote are said as lines skipped (the remark vanished before).
    expect(out.report.records).toEqual({ label: '客户', total: 1, ok: 1, error: 0 });
    expect(out.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Each at the cell holding the words: 上旬回访 in B2, the remark in H4, the footnote in B6 (all were said at A).
    expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['B2', 'H4', 'B6']);
  });

  it('a column of the user’s own (备注, 编号, 日期) is not taken for one', async () => {
    const text = readFileSync(fixture('lookalike-leftover.csv'), 'utf8').replace('遗留问题', '备注,编号,日期').replace(/\n(店[^\n]*)/g, '\n$1,,');
    const file = path.join(tempDir(), 'with-note.csv');
    writeFileSync(file, text);
    const out = await gradeFile(file, { form: 'install-followup', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error')).toEqual([]);
  });

  it('a column of the team\'s like one no figure reads (回访客服, 回访时间, 上门时间 like 客服回访时间 / 上门具体时间) is theirs: every order counted', async () => {
    // 店A 张师傅: two orders, both 是/是/是/有/5/是 → 2 满意 of 2 = 100 %; 遗留问题 one of two → 50 %. All ten orders were errors.
    for (const heading of ['回访客服', '回访时间', '上门时间', '客服回访']) {
      const text = readFileSync(fixture('lookalike-leftover.csv'), 'utf8').replace('遗留问题', '安装遗留问题').replace(/^([^\n]*)/, `$1,${heading}`).replace(/\n(店[^\n]*)/g, '\n$1,小王');
      const file = path.join(tempDir(), 'with-agent.csv');
      writeFileSync(file, text);
      const out = await gradeFile(file, { form: 'install-followup', output: null });
      if (!out.ok) throw new Error(out.failure.message);
      expect([heading, out.report.problems.filter((p) => p.severity === 'error')]).toEqual([heading, []]);
      const zhang = group(out.report, 'master', '张师傅');
      expect(zhang.figures).toMatchObject({ orders: 2, satisfiedRate: 100, leftoverRate: 50 });
    }
  });
});

describe('§5 one order entered twice', () => {
  it('a second row with the same 合同编号 is an error at its cell and is not counted', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(repoRoot, 'samples/install-followup.march.xlsx'));
    const ws = wb.getWorksheet('回访记录')!;
    // Rows 2–3 are the heading; row 4 is the first order (HT20260301), row 5 is given the same 合同编号.
    const first = String(ws.getCell('D4').value);
    ws.getCell('D5').value = first;
    const file = path.join(tempDir(), 'twice.xlsx');
    await wb.xlsx.writeFile(file);
    const before = await gradeFile(path.join(repoRoot, 'samples/install-followup.march.xlsx'), { output: null });
    const after = await gradeFile(file, { output: null });
    if (!before.ok || !after.ok) throw new Error('not graded');
    expect(after.report.problems.filter((p) => p.code === 'duplicate-record').map((p) => [p.cell, p.message])).toEqual([
      ['D5', `回访记录!D5:合同编号「${first}」重复,已在 回访记录!D4 出现,这一条订单不计入;请删去多余的一条后重新评分`],
    ]);
    // Counted as a record in error, left out of every figure.
    expect([after.report.records!.total, after.report.records!.error]).toEqual([before.report.records!.total, before.report.records!.error + 1]);
  });
});

describe('the log sheet\'s print area in the graded copy', () => {
  it('stays absolute and reaches kpi\'s columns: $A$1:$AU$33 → $A$1:$AW$33 (it came out as $A1:$AU33, without them)', async () => {
    const out = await gradeFile(sampleCopy('install-followup.march.xlsx', 'install.xlsx'), {});
    if (!out.ok) throw new Error(out.failure.message);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(readFileSync(out.report.output!))).file('xl/workbook.xml')!.async('string');
    expect(/Print_Area[^>]*>([^<]*)</.exec(xml)?.[1]).toBe("&apos;回访记录&apos;!$A$1:$AW$33");
  });

  it('ends at the last filled row: a template\'s 200 spare rows under 3 orders are not printed as pages of empty grid', async () => {
    const wb = await readWorkbook(path.join(repoRoot, 'samples/install-followup.march.xlsx'));
    const ws = wb.getWorksheet('回访记录')!;
    // Orders in rows 4–6 only, the rest of the 200 rows left as the template gives them (styled, empty).
    for (let r = 7; r <= 33; r++) ws.getRow(r).eachCell((c) => (c.value = null));
    ws.pageSetup.printArea = 'A1:AU203';
    const file = path.join(tempDir(), 'three.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await gradeFile(file, {});
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.records!.total).toBe(3);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(readFileSync(out.report.output!))).file('xl/workbook.xml')!.async('string');
    expect(/Print_Area[^>]*>([^<]*)</.exec(xml)?.[1]).toBe("&apos;回访记录&apos;!$A$1:$AW$6");
  });
});

describe('a records form\'s 汇总 on one month', () => {
  it('§3: 计算说明 spans the columns 上月 and 变化 take when there is a last month, not two empty headings beside it', async () => {
    const input = sampleCopy('satisfaction-monthly.march.xlsx');
    const out = await gradeFile(input, { output: path.join(tempDir(), 'g.xlsx') });
    if (!out.ok) throw new Error(out.failure.message);
    const wb = await readWorkbook(out.report.output!);
    const ws = wb.getWorksheet('汇总')!;
    const rows = sheetRows(wb, '汇总');
    const head = rows.findIndex((r) => r[0] === '指标') + 1;
    expect(rows[head - 1]!.slice(0, 3)).toEqual(['指标', '数值', '计算说明']);
    expect(ws.getCell(head, 3).isMerged && ws.getCell(head, 5).master.address).toBe(`C${head}`);
    // The first figure's explanation sits under it, across C:E: 回收份数 11.
    expect([rows[head]![0], rows[head]![1], rows[head]![2]]).toEqual(['回收份数', 11, '11']);
    expect(ws.getCell(head + 1, 5).master.address).toBe(`C${head + 1}`);
  });
});

describe('a statistic line under the records', () => {
  it('§3: 「人均」「部门平均」「总平均」「Average」 rows are skipped (said), not counted as customers', async () => {
    const file = path.join(tempDir(), 's.csv');
    const rows = ['客户,产品质量,服务,交付准确性,售后支持', 'A公司,10,10,10,10', 'B公司,10,10,10,10', 'C公司,9,9,9,9', 'D公司,6,6,6,6'];
    writeFileSync(file, [...rows, '人均,9,9,9,9', '部门平均,8.75,8.75,8.75,8.75', '总平均,9,9,9,9', 'Average,9,9,9,9'].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Four customers: overall (10 + 10 + 9 + 6) / 4 = 8.75 → index 87.5 (with 人均 counted it was 8.80 and 88).
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 4, overall: 8.75, index: 87.5 });
    expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['A6', 'A7', 'A8', 'A9']);
  });

  it('§3: 「最高分」「最低分」「满分」「本月得分」 rows and a template\'s 「示例」 row are no customers (they were counted: 甲 → 丁)', async () => {
    const file = path.join(tempDir(), 'footer.csv');
    const rows = ['客户,产品质量,服务,交付准确性,售后支持', '示例,10,10,10,10', '甲,9,9,9,9', '乙,9,9,9,9', '丙,9,9,9,9', '丁,9,9,9,9'];
    writeFileSync(file, [...rows, '最高分,1,1,1,1', '最低分,1,1,1,1', '满分,1,1,1,1', '本月得分,1,1,1,1', '最高得分,1,1,1,1', '（示例）,1,1,1,1', '【示例】,1,1,1,1', '3月得分,1,1,1,1', '本月总得分,1,1,1,1', '满分10分,1,1,1,1', '得分,1,1,1,1', 'Maximum,1,1,1,1', '（示例）张三,1,1,1,1', '示例-李四,1,1,1,1', '王五（示例）,1,1,1,1', '示例1,1,1,1,1'].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Four customers of 9 each: overall 9 → index 90 → 甲. Counted, the rows made 9 responses: (36 + 10 + 4) / 9 × 10 = 55.56 → 丁.
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 4, overall: 9, index: 90 });
    expect(out.report.groups![0]!.band).toBe('甲');
    expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['A2', 'A7', 'A8', 'A9', 'A10', 'A11', 'A12', 'A13', 'A14', 'A15', 'A16', 'A17', 'A18', 'A19', 'A20', 'A21', 'A22']);
  });

  it('§3: customers named Max, 示例文化传媒 or 满分教育 are customers', async () => {
    const file = path.join(tempDir(), 'named.csv');
    writeFileSync(file, ['客户,产品质量,服务,交付准确性,售后支持', 'Max,8,8,8,8', '示例文化传媒,6,6,6,6', '满分教育,4,4,4,4'].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // (8 + 6 + 4) / 3 = 6 → index 60.
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 3, overall: 6, index: 60 });
  });

  it('§3: a customer whose name starts with such a word (平均律琴行, 人均消费餐厅, 总平均车间, 均分科技) is a customer', async () => {
    const file = path.join(tempDir(), 'names.csv');
    const rows = ['客户,产品质量,服务,交付准确性,售后支持', '平均律琴行,8,8,8,8', '人均消费餐厅,6,6,6,6', '总平均车间,4,4,4,4', '均分科技,2,2,2,2', '合计:,20,20,20,20'];
    writeFileSync(file, rows.join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Four customers: (8 + 6 + 4 + 2) / 4 = 5 → index 50; only 「合计:」 is skipped (they were, as 平均…/人均… lines).
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 4, overall: 5, index: 50 });
    expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['A6']);
  });

  it('§3: 「合计」「平均」 in a 序号 column of the team\'s own, 客户 blank, are skipped at their cell (they were ten errors, exit 1)', async () => {
    const file = path.join(tempDir(), 'numbered.csv');
    const rows = ['序号,客户,产品质量,服务,交付准确性,售后支持', '1,A公司,10,10,10,10', '2,B公司,8,8,8,8', '合计,,18,18,18,18', '平均,,9,9,9,9', ',,,,,', '备注,,,,,'];
    writeFileSync(file, rows.join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Two customers: (10 + 8) / 2 = 9 → index 90.
    expect(out.report.records).toMatchObject({ total: 2, ok: 2, error: 0 });
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 2, overall: 9, index: 90 });
    expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['A4', 'A5']);
    // 合计 typed in the 客户 column (C of a log with 序号 and 日期 first) is named at C, not A.
    const dated = path.join(tempDir(), 'dated.csv');
    writeFileSync(dated, ['序号,日期,客户,产品质量,服务,交付准确性,售后支持', '1,3月5日,A公司,10,10,10,10', ',,合计,10,10,10,10'].join('\r\n') + '\r\n');
    const second = await gradeFile(dated, { form: 'satisfaction-monthly', output: null });
    if (!second.ok) throw new Error(second.failure.message);
    expect(second.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['C3']);
  });

  it('§3: a page\'s subtotal or average (本页小计, 本页平均, 分页小计, 第1页小计, 以上合计, 统计, 本页合计:2份) is skipped, not one more customer', async () => {
    // A week's or a day's too (第1周小计, 本周小计, 第一周合计, 当日小计, 3月2日小计, 上旬小计): weekly averages were customers.
    for (const line of ['本页小计', '本页平均', '分页小计', '第1页小计', '以上合计', '统计', '本页合计:2份', '甲乙 小计', '第1周小计', '本周小计', '第一周合计', '当日小计', '本日合计', '3月2日小计', '上旬小计', '2026-03-02小计', '月度平均', '月度合计', '3月份平均', '三月份合计', '全年平均', '综合平均', '综合', '综合得分', '平均满意度']) {
      const file = path.join(tempDir(), 'paged.csv');
      writeFileSync(file, ['客户,产品质量,服务,交付准确性,售后支持', '甲,10,10,10,10', '乙,7,7,7,7', `${line},9,9,9,9`].join('\r\n') + '\r\n');
      const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
      if (!out.ok) throw new Error(out.failure.message);
      // Two customers: (40 + 28) / 8 = 8.5 → index 85 (with the line counted: (40 + 28 + 36) / 12 = 8.67, 86.67).
      expect({ line, ...out.report.groups![0]!.figures }).toMatchObject({ line, responses: 2, overall: 8.5, index: 85 });
      expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['A4']);
    }
  });

  it('§23: 「同上」 or 「〃」 under 被服务部门 (a column rows are grouped by) is an error at its cell, not a department of its own', async () => {
    const file = path.join(tempDir(), 'ditto.csv');
    const head = '考核月份,车间,被服务部门,评价项目,评价,原因';
    const rows = ['1号车间,设备部,维修及时性,满意', '2号车间,同上,维修及时性,很不满意,拖延', '3号车间,〃,维修及时性,满意'];
    writeFileSync(file, [head, ...rows.map((r) => `2026-03,${r}`)].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'internal-satisfaction-workshop', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.problems.filter((p) => p.code === 'ditto-mark').map((p) => p.cell)).toEqual(['C3', 'C4']);
    expect(out.report.groups!.some((g) => g.keyText.includes('同上') || g.keyText.includes('〃'))).toBe(false);
    // A customer's second order or a remark 「同上」 is what the row says: §3 客户 「同上」 counts, nothing said.
    const remark = path.join(tempDir(), 'remark.csv');
    writeFileSync(remark, ['客户,产品质量,服务,交付准确性,售后支持,建议和意见', '甲,10,10,10,10,送货慢', '同上,8,8,8,8,同上'].join('\r\n') + '\r\n');
    const r = await gradeFile(remark, { form: 'satisfaction-monthly', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.groups![0]!.figures).toMatchObject({ responses: 2, index: 90 });
    expect(r.report.problems.filter((p) => p.code === 'ditto-mark')).toEqual([]);
  });

  it('§23 answers typed as the numbers the heading gives them (「评价(1满意 2一般 3不满意 4很不满意)」) are those answers', async () => {
    const file = path.join(tempDir(), 'legend.csv');
    const head = '考核月份,车间,被服务部门,评价项目,评价(1满意 2一般 3不满意 4很不满意),原因';
    const rows = ['1号车间,设备部,维修及时性,1', '2号车间,设备部,维修及时性,1', '3号车间,设备部,维修及时性,2', '4号车间,设备部,维修及时性,1', '1号车间,仓储部,发料及时性,1', '2号车间,仓储部,发料及时性,4,缺料两次', '3号车间,仓储部,发料及时性,1'];
    writeFileSync(file, [head, ...rows.map((r) => `2026-03,${r}`)].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'internal-satisfaction-workshop', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const dept = (name: string) => out.report.groups!.find((g) => g.keyText === `2026-03·${name}`)!;
    // 设备部: 满意 ×3, 一般 ×1 → g 1 → 优秀, nothing deducted; 仓储部: one 很不满意 of three workshops → w 1 → 较差,
    // 1 ÷ 0.9 = 1.11. Read on kpi's points (1 = 很不满意), both were 很差, 3.33 deducted.
    expect([dept('设备部').band, dept('仓储部').band]).toEqual(['优秀(46–50分)', '较差(36–40分)']);
    expect(dept('仓储部').figures).toMatchObject({ w: 1, coefficient: 0.9, deduction: 1.11 });
    expect(dept('设备部').figures).toMatchObject({ u: 0, w: 0, g: 1, deduction: 0 });
    // Points after the answers (「满意4 一般3 不满意2 很不满意1」, 「满意=4 …」) are the answers' own points: read as before.
    const { legendOf } = await import('../../src/io/answerLegend.js');
    const { loadAnyForm } = await import('../../src/forms/load.js');
    const def = await loadAnyForm('internal-satisfaction-workshop');
    if (!def.ok || def.kind !== 'records') throw new Error('not loaded');
    const col = def.form.records.columns.find((c) => c.type === 'choice')!;
    // Answers first: each answer's number after it, its points here — digits read as those answers, as before.
    const points = [[4, '满意'], [3, '一般'], [2, '不满意'], [1, '很不满意']];
    expect([...legendOf('评价(满意4 一般3 不满意2 很不满意1)', col)!]).toEqual(points);
    expect([...legendOf('评价(满意=4 一般=3 不满意=2 很不满意=1)', col)!]).toEqual(points);
    // Numbers first, after a lead-in or with a joiner, an entry of no answer (0未接触) passed over: 1 is 满意.
    const numbered = [[1, '满意'], [2, '一般'], [3, '不满意'], [4, '很不满意']];
    for (const heading of ['评价(1满意 2一般 3不满意 4很不满意)', '评价(请填数字:1满意 2一般 3不满意 4很不满意)', '评价(代码:1满意 2一般 3不满意 4很不满意)', '评价(1为满意,2为一般,3为不满意,4为很不满意)', '评价(填写代码 1-满意 2-一般 3-不满意 4-很不满意)']) {
      expect([...legendOf(heading, col)!], heading).toEqual(numbered);
    }
    expect([...legendOf('评价(1满意 2一般 3不满意 4很不满意 0未接触)', col)!]).toEqual(numbered);
    // A rule's note naming some answers with counts is no legend (its 不满意4 read 4 as 不满意: 差 for 优秀 at exit 0).
    expect(legendOf('评价(不满意4次以上或很不满意2次以上为很差)', col)).toBeUndefined();
    expect(legendOf('评价(满意以上为达标,共5项)', col)).toBeUndefined();
    // A legend leaving out an answer the team never uses is a legend still (1 read as 很不满意 made 优秀 很差 at exit 0).
    expect([...legendOf('评价(1满意 2一般 3不满意)', col)!]).toEqual([[1, '满意'], [2, '一般'], [3, '不满意']]);
  });

  it('§3: a second month\'s block pasted under the first (its title 「2026年4月…」 and heading again) is said as two months, not only skipped lines', async () => {
    const file = path.join(tempDir(), 'two-blocks.csv');
    const head = '客户,产品质量,服务,交付准确性,售后支持';
    writeFileSync(file, ['2026年3月客户满意度记录', head, '甲,10,10,10,10', '乙,8,8,8,8', '2026年4月客户满意度记录', head, '丙,6,6,6,6'].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Counted together, as before ((40 + 32 + 24) / 12 = 8 → 80), and now said.
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 3, index: 80 });
    // At the second month's title (row 5: the first line is the title of March, rows 2–4 its heading and people).
    expect(out.report.problems.filter((p) => p.code === 'records-months').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'A5', '工作表「two-blocks」的标题写着 2 个月的客户(2026-03、2026-04),「客户满意度每月记录表」按一个月统计,这些客户已合在一起算;要每个月的结果,请每月一个文件分别评分'],
    ]);
    // A line giving a day (填表日期, a deadline) above the heading names no month of the log: nothing said.
    const dated = path.join(tempDir(), 'dated.csv');
    writeFileSync(dated, ['2026年3月客户满意度记录', '填表日期:2026年4月2日', '说明:本表于2026年4月5日前交客服部', head, '甲,10,10,10,10'].join('\r\n') + '\r\n');
    const d = await gradeFile(dated, { form: 'satisfaction-monthly', output: null });
    if (!d.ok) throw new Error(d.failure.message);
    expect(d.report.problems.filter((p) => p.code === 'records-months')).toEqual([]);
    // A title's days (「2026年4月…(4月1日-4月30日)」) do not hide its month: two blocks so titled are still said.
    const ranged = path.join(tempDir(), 'ranged.csv');
    writeFileSync(ranged, ['2026年3月客户满意度记录(3月1日-3月31日)', head, '甲,10,10,10,10', '2026年4月客户满意度记录(4月1日-4月30日)', head, '丙,6,6,6,6'].join('\r\n') + '\r\n');
    const g = await gradeFile(ranged, { form: 'satisfaction-monthly', output: null });
    if (!g.ok) throw new Error(g.failure.message);
    expect(g.report.problems.filter((p) => p.code === 'records-months').length).toBe(1);
  });

  it('§3: customers whose names end in such a word (王小计, 李合计, 家居合计) are customers: only 「… 小计」 after a space is a subtotal', async () => {
    const file = path.join(tempDir(), 'names.csv');
    writeFileSync(file, ['客户,产品质量,服务,交付准确性,售后支持', '甲,10,10,10,10', '王小计,7,7,7,7', '李合计,6,6,6,6', '家居合计,5,5,5,5', '甲 小计,7,7,7,7'].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Four customers: (10 + 7 + 6 + 5) / 4 = 7 → index 70 (the three named ones were dropped: 10 → 100).
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 4, overall: 7, index: 70 });
    expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['A6']);
  });

  it('§3: the form\'s title pasted with a second page (merged across the columns, or alone in the first) is skipped, not a customer with four errors', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('满意度记录');
    ws.addRows([['客户', '产品质量', '服务', '交付准确性', '售后支持'], ['甲', 10, 10, 10, 10], ['客户满意度每月记录表'], ['客户', '产品质量', '服务', '交付准确性', '售后支持'], ['乙', 7, 7, 7, 7], ['客户满意度每月记录表']]);
    ws.mergeCells('A3:E3');
    const file = path.join(tempDir(), 'two-pages.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Two customers: (40 + 28) / 8 = 8.5 → 85; no errors.
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 2, overall: 8.5, index: 85 });
    expect(out.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => [p.cell, p.message.replace(/^[^:]*:/, '')])).toEqual([
      ['A3', '第 3 行是标题行「客户满意度每月记录表」,不是客户,已跳过'],
      ['A4', '第 4 行是重复的表头行,不是客户,已跳过'],
      ['A6', '第 6 行是标题行「客户满意度每月记录表」,不是客户,已跳过'],
    ]);
  });

  it('§3: one 建议和意见 merged down over two customers is one remark, listed once (it was listed for each row)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('满意度记录');
    ws.addRows([['客户', '产品质量', '服务', '交付准确性', '售后支持', '建议和意见'], ['甲', 10, 10, 10, 10, '清理不干净'], ['乙', 7, 7, 7, 7, '售后慢'], ['丙', 6, 6, 6, 6], ['丁', 8, 8, 8, 8, '售后慢']]);
    ws.mergeCells('F3:F4');
    const file = path.join(tempDir(), 'merged.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Four customers: (40 + 28 + 24 + 32) / 16 = 7.75; 丁's own 「售后慢」 is a remark of its own.
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 4, overall: 7.75 });
    expect((out.report.groups![0]!.figures.advice as Array<{ text: string; at: { cell: string } }>).map((a) => [a.text, a.at.cell])).toEqual([['清理不干净', 'F2'], ['售后慢', 'F3'], ['售后慢', 'F5']]);
  });

  it('§5: a 师傅\'s subtotal typed in the 安装师傅 column (「王师傅 小计」) is skipped, not a 师傅 of its own with six errors', async () => {
    const file = path.join(tempDir(), 'sub.csv');
    const head = '门店,合同签订日期,客户名称,联系电话,安装师傅,验收单是否上交,是否一次安装成功,安装遗留问题,是否出现二次遗留问题,上门时间是否准时,是否处理完毕,有没有清理卫生,服务态度,验收单是否是您本人签字';
    writeFileSync(file, [head, '城东店,2026-03-05,陈女士,13812345678,王师傅,是,是,,否,是,是,有,5,是', '城东店,2026-03-06,林先生,13987654321,王师傅,是,否,门板划伤,否,是,是,有,4,是', ',,,,王师傅 小计,2,,,,,,,4.5,'].join('\n') + '\n');
    const out = await gradeFile(file, { form: 'install-followup', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.records).toMatchObject({ total: 2, error: 0 });
    expect(out.report.groups!.filter((g) => g.grouping === 'master').map((g) => g.keyText)).toEqual(['王师傅']);
    expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)).toEqual(['E4']);
  });

  it('§5: a subtotal after a count typed as text (CSV: 「12」 in 柜身), or beside a 门店 and answers (「王师傅 小计」, 「合计」, 「小计」 alone) is skipped', async () => {
    const head = '门店,合同签订日期,客户名称,柜身,安装师傅,验收单是否上交,是否一次安装成功,安装遗留问题,是否出现二次遗留问题,上门时间是否准时,是否处理完毕,有没有清理卫生,服务态度,验收单是否是您本人签字';
    const orders = ['城东店,2026-03-05,陈女士,1,王师傅,是,是,,否,是,是,有,5,是', '城东店,2026-03-06,林先生,2,王师傅,是,否,门板划伤,否,是,是,有,4,是'];
    for (const line of [',,,12,王师傅 小计,,,,,,,,,', '城东店,,,3,王师傅 小计,是,是,,否,是,是,有,5,是', '城东店,,,3,王师傅 合计,是,是,,否,是,是,有,5,是', '城东店,,,3,小计,是,是,,否,是,是,有,5,是']) {
      const file = path.join(tempDir(), 'sub.csv');
      writeFileSync(file, [head, ...orders, line].join('\n') + '\n');
      const out = await gradeFile(file, { form: 'install-followup', output: null });
      if (!out.ok) throw new Error(out.failure.message);
      // Two orders of 王师傅 (it was three, or a 师傅 「王师傅小计」 of its own with six errors).
      expect(out.report.records, line).toMatchObject({ total: 2, error: 0 });
      expect(out.report.groups!.filter((g) => g.grouping === 'master').map((g) => g.keyText), line).toEqual(['王师傅']);
      expect(out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell), line).toEqual(['E4']);
    }
    // Written without a space or in brackets (李师傅小计, 王师傅(小计)): a subtotal too, not a 师傅 with six errors.
    for (const line of ['城东店,,,3,王师傅小计,是,是,,否,是,是,有,5,是', ',,,3,王师傅(小计),,,,,,,,,']) {
      const file = path.join(tempDir(), 'sub.csv');
      writeFileSync(file, [head, ...orders, line].join('\n') + '\n');
      const out = await gradeFile(file, { form: 'install-followup', output: null });
      if (!out.ok) throw new Error(out.failure.message);
      expect([out.report.records!.total, out.report.groups!.filter((g) => g.grouping === 'master').map((g) => g.keyText)], line).toEqual([2, ['王师傅']]);
    }
  });

  it('§5: an order whose 门店 reads 「合计」 or 「小计」 beside its customer is an order (it was dropped as a subtotal at exit 0)', async () => {
    const head = '序号,门店,客户名称,安装师傅,验收单是否上交,是否一次安装成功,安装遗留问题,是否处理完毕,有没有清理卫生,服务态度,验收单是否是您本人签字';
    for (const store of ['合计', '小计']) {
      const file = path.join(tempDir(), 'store.csv');
      writeFileSync(file, [head, '1,城东店,甲,李师傅,是,是,,是,有,5分,是', '2,城东店,乙,李师傅,是,是,,是,有,5分,是', `3,${store},丙,李师傅,是,是,,是,有,4分,是`].join('\n') + '\n');
      const out = await gradeFile(file, { form: 'install-followup', output: null });
      if (!out.ok) throw new Error(out.failure.message);
      // Three orders of 李师傅: 服务态度 (5 + 5 + 4) / 3 = 4.6667.
      expect(out.report.records!.total, store).toBe(3);
      expect(out.report.problems.filter((p) => p.code === 'skipped-row'), store).toEqual([]);
    }
  });

  it('§5: which columns name an order is the definition\'s (records.identity): without 客户名称 there, 「合计」 in 门店 is a subtotal', async () => {
    const head = '序号,门店,客户名称,安装师傅,验收单是否上交,是否一次安装成功,安装遗留问题,是否处理完毕,有没有清理卫生,服务态度,验收单是否是您本人签字';
    const file = path.join(tempDir(), 'store.csv');
    writeFileSync(file, [head, '1,城东店,甲,李师傅,是,是,,是,有,5分,是', '2,城东店,乙,李师傅,是,是,,是,有,5分,是', '3,合计,丙,李师傅,是,是,,是,有,4分,是'].join('\n') + '\n');
    const shipped = JSON.parse(readFileSync(path.join(repoRoot, 'templates/install-followup.json'), 'utf8'));
    const counted = async (identity: string[]) => {
      const def = path.join(tempDir(), 'team.json');
      writeFileSync(def, JSON.stringify({ ...shipped, records: { ...shipped.records, identity } }));
      const out = await gradeFile(file, { form: def, output: null });
      if (!out.ok) throw new Error(out.failure.message);
      return [out.report.records!.total, out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell)];
    };
    // The shipped definition names 合同编号, 客户名称 and 联系电话: row 4 names 丙, an order (three).
    expect(shipped.records.identity).toEqual(['contractNo', 'customer', 'phone']);
    expect(await counted(['customer'])).toEqual([3, []]);
    // A team whose 客户名称 is filled on its subtotal lines too says no column names an order: row 4 is 合计, skipped (two).
    expect(await counted([])).toEqual([2, ['B4']]);
  });
});

describe('a printed page\'s footer in a log', () => {
  it('§3: 「第 1 页,共 2 页」 (one cell or two), 「第1页 共2页」, 「共2页」 are skipped, said; a long footer shown cut with 「…」', async () => {
    const file = path.join(tempDir(), 'page.csv');
    const head = '客户,产品质量,服务,交付准确性,售后支持,建议和意见';
    writeFileSync(file, [head, '甲,9,8,9,8,', '"第 1 页,共 2 页",,,,,', '乙,10,9,9,9,', '第 2 页,共 2 页,,,,', '第1页 共2页,,,,,', '共2页,,,,,', '打印时间:2026-03-31 10:00:59,,,,,'].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Two customers: (9 + 8 + 9 + 8 + 10 + 9 + 9 + 9) / 8 = 71 / 8 = 8.875 (the footers were customers with four errors each).
    expect(out.report.records).toMatchObject({ total: 2, error: 0 });
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 2, overall: 8.875 });
    const said = out.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message).join('\n');
    for (const row of [3, 5, 6, 7]) expect(said).toContain(`第 ${row} 行`);
    // Cut at 20 characters, marked as cut (「10:0」 read as the time).
    expect(said).toContain('「打印时间:2026-03-31 10:0…」');
  });
});

describe('a row the same as another in every column, in a log without unique columns', () => {
  it('§23: counted, and said at the second (a 不满意 pasted twice made 较好 a 较差 without a word); §3 alike', async () => {
    const file = path.join(tempDir(), 'ws.csv');
    writeFileSync(file, ['考核月份,生产车间,职能部门,考核项目,评价,部门月度得分', '2026-03,1号车间,质检部,检验,不满意,90', '2026-03,1号车间,质检部,检验,不满意,90', '2026-03,2号车间,质检部,检验,满意,90'].join('\n') + '\n');
    const out = await gradeFile(file, { form: 'internal-satisfaction-workshop', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Both counted as the log says: u = 2 → 较差, 1 ÷ 0.9 = 1.11, 90 − 1.11 = 88.89 — and the second row said.
    const said = out.report.problems.filter((p) => p.code === 'duplicate-record');
    expect(said.map((p) => [p.severity, p.message.replace(/^[^:]*:/, '')])).toEqual([['warning', '这一条答案与第 2 行的每一列都相同,两条都计入了;如果是重复导出或多复制了一行,请删去一条后重新评分']]);
    // At the row's first cell (it had none: the graded workbook could not mark the row, --json gave no cell).
    expect(said.map((p) => [p.sheet, p.cell])).toEqual([['ws', 'A3']]);
    const sm = path.join(tempDir(), 'sm.csv');
    writeFileSync(sm, ['客户,产品质量,服务,交付准确性,售后支持,建议和意见', '甲,9,8,9,8,', '甲,9,8,9,8,', '乙,9,8,9,8,'].join('\n') + '\n');
    const three = await gradeFile(sm, { form: 'satisfaction-monthly', output: null });
    if (!three.ok) throw new Error(three.failure.message);
    // 甲 twice: said; 乙 answering alike is another customer.
    expect(three.report.problems.filter((p) => p.code === 'duplicate-record').map((p) => p.message.replace(/^[^:]*:/, ''))).toEqual(['这一条客户与第 2 行的每一列都相同,两条都计入了;如果是重复导出或多复制了一行,请删去一条后重新评分']);
    // Four anonymous answers alike: one warning naming the rows (it was one a row).
    writeFileSync(sm, ['客户,产品质量,服务,交付准确性,售后支持,建议和意见', ...Array(4).fill('匿名,9,9,9,9,')].join('\n') + '\n');
    const anon = await gradeFile(sm, { form: 'satisfaction-monthly', output: null });
    if (!anon.ok) throw new Error(anon.failure.message);
    expect(anon.report.problems.filter((p) => p.code === 'duplicate-record').map((p) => p.message.replace(/^[^:]*:/, ''))).toEqual([
      '第 3、4、5 行与第 2 行的每一列都相同,都计入了;如果是重复导出或多复制了几行,请删去多余的后重新评分(不记名、答案相同的客户可以不管)',
    ]);
  });
});

describe('a log of several months for a form counted by the month', () => {
  it('§3: a 回访日期 or 月份 column of the team\'s spanning two months is said (pooled into one 本月 at exit 0 without a word)', async () => {
    const head = '回访日期,客户,产品质量,服务,交付准确性,售后支持,建议和意见';
    const file = path.join(tempDir(), 'two.csv');
    writeFileSync(file, [head, '2026/1/5,甲,10,10,10,10,', '2026年1月20日,乙,8,8,8,8,', '2026/2/3,丙,6,6,6,6,', '2026-02-18,丁,7,7,7,7,'].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    // Pooled as the form counts one month: (40 + 32 + 24 + 28) / 16 = 7.75 → 77.5; said, with the two months.
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 4, overall: 7.75 });
    const said = out.report.problems.filter((p) => p.code === 'records-months');
    expect(said.map((p) => [p.severity, p.cell, p.message.replace(/^[^:]*:/, '')])).toEqual([
      ['warning', 'A1', '工作表「two」的「回访日期」列有 2 个月的客户(2026-01、2026-02),「客户满意度每月记录表」按一个月统计,这些客户已合在一起算;要每个月的结果,请每月一个文件分别评分'],
    ]);
    // Months without their year (3月, 4月) are two months too.
    writeFileSync(file, [head.replace('回访日期', '月份'), '3月,甲,8,8,8,8,', '4月,乙,6,6,6,6,'].join('\r\n') + '\r\n');
    const bare = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    expect(bare.ok ? bare.report.problems.filter((p) => p.code === 'records-months').map((p) => p.message.replace(/^[^:]*:/, '')) : null).toEqual([
      '工作表「two」的「月份」列有 2 个月的客户(3月、4月),「客户满意度每月记录表」按一个月统计,这些客户已合在一起算;要每个月的结果,请每月一个文件分别评分',
    ]);
    // 「3月」 beside 2026-03 is the same month: nothing said; 「3月28日」 and 「4月2日」 are two months.
    writeFileSync(file, [head.replace('回访日期', '月份'), '2026-03,甲,8,8,8,8,', '3月,乙,6,6,6,6,'].join('\r\n') + '\r\n');
    const same = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    expect(same.ok ? same.report.problems.filter((p) => p.code === 'records-months') : null).toEqual([]);
    writeFileSync(file, [head, '3月28日,甲,8,8,8,8,', '4月2日,乙,6,6,6,6,'].join('\r\n') + '\r\n');
    const days = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    expect(days.ok ? days.report.problems.filter((p) => p.code === 'records-months').length : null).toBe(1);
    // One month in the column: nothing said.
    writeFileSync(file, [head.replace('回访日期', '月份'), '2026-01,甲,10,10,10,10,', '2026-01,乙,8,8,8,8,'].join('\r\n') + '\r\n');
    const one = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    expect(one.ok ? one.report.problems.filter((p) => p.code === 'records-months') : null).toEqual([]);
  });
});

/** The §5 sample's log sheet, and the column and heading row of its 客服回访时间. */
async function followupSample(): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; col: number; head: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(repoRoot, 'samples/install-followup.march.xlsx'));
  const ws = wb.getWorksheet('回访记录')!;
  let col = 0;
  let head = 0;
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    if (!col && String(cell.value).replace(/\s+/g, '') === '客服回访时间') [col, head] = [c, r];
  }));
  expect(col).toBeGreaterThan(0);
  return { wb, ws, col, head };
}

describe('a log whose own date column spans months (records.dated)', () => {
  it('§5: orders of February to April by their 客服回访时间 are said (four months pooled into March\'s rates without a word)', async () => {
    const sample = path.join(repoRoot, 'samples/install-followup.march.xlsx');
    const clean = await gradeFile(sample, { output: null });
    if (!clean.ok) throw new Error(clean.failure.message);
    expect(clean.report.problems.filter((p) => p.code === 'records-months')).toEqual([]);
    const { wb, ws, col, head } = await followupSample();
    // The first two orders (under the two-row heading, merged down over its second row): one visited in February (a
    // date), one in April (typed as text).
    const rows: number[] = [];
    for (let r = head + 1; rows.length < 2; r++) if (String(ws.getCell(r, col).value).startsWith('2026-03')) rows.push(r);
    ws.getCell(rows[0]!, col).value = new Date(Date.UTC(2026, 1, 20));
    ws.getCell(rows[0]!, col).numFmt = 'yyyy-mm-dd';
    ws.getCell(rows[1]!, col).value = '2026年4月2日';
    // And one typed into a General cell, kept as its serial: 46143 is 2026-05-01 (a number there was no month at all).
    ws.getCell(rows[1]! + 1, col).value = 46143;
    ws.getCell(rows[1]! + 1, col).numFmt = 'General';
    const file = path.join(tempDir(), 'months.xlsx');
    await wb.xlsx.writeFile(file);
    const graded = path.join(tempDir(), 'months.graded.xlsx');
    const out = await gradeFile(file, { output: graded });
    if (!out.ok) throw new Error(out.failure.message);
    const said = out.report.problems.filter((p) => p.code === 'records-months');
    expect(said.map((p) => [p.severity, p.message.replace(/^[^:]*:/, '')])).toEqual([
      ['warning', '工作表「回访记录」的「客服回访时间」列有 4 个月的订单(2026-02、2026-03、2026-04、2026-05),「定制家居安装售后维修跟进满意度回访反馈表」按一个月统计,这些订单已合在一起算;要每个月的结果,请每月一个文件分别评分'],
    ]);
    // Said at the heading as shown, the top of its merge (it named the covered cell below, where the note was hidden).
    const master = ws.getCell(head, col);
    expect(master.isMerged && master.master.address === master.address).toBe(true);
    expect(said[0]!.cell).toBe(master.address);
    const back = (await readWorkbook(graded)).getWorksheet('回访记录')!;
    expect(String((back.getCell(head, col).note as { texts?: { text: string }[] } | undefined)?.texts?.map((t) => t.text).join('') ?? back.getCell(head, col).note)).toContain('4 个月的订单');
    expect(back.getCell(head + 1, col).note).toBeUndefined();
  });

  it('§5: a 月份 column of the team\'s named in the upper row of the two-row heading only (its lower cell empty, not merged) is read for months too', async () => {
    const { wb, ws, head } = await followupSample();
    // A column right of the log: 「月份」 in the upper heading row, nothing below it, each order's month in its rows.
    let last = 0;
    ws.getRow(head).eachCell((_, c) => { last = Math.max(last, c); });
    const col = last + 1;
    // (客服回访时间 is merged down over both rows: `head` is the upper one.)
    ws.getCell(head, col).value = '月份';
    let orders = 0;
    for (let r = head + 2; r <= ws.rowCount; r++) {
      if (ws.getCell(r, 1).value === null || ws.getCell(r, 1).value === undefined) continue;
      ws.getCell(r, col).value = orders++ === 0 ? '2026-04' : '2026-03';
    }
    const file = path.join(tempDir(), 'upper.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await gradeFile(file, { output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const said = out.report.problems.filter((p) => p.code === 'records-months');
    // Said at the heading where it is written (the upper row).
    expect(said.map((p) => [p.cell, p.message.includes('「月份」列有 2 个月的订单(2026-03、2026-04)')])).toEqual([[ws.getCell(head, col).address, true]]);
  });

  it('§5: last month\'s order hidden by a filter is not counted, nor said as a month pooled (the two warnings contradicted each other)', async () => {
    const { wb, ws, col, head } = await followupSample();
    let first = head + 1;
    while (!String(ws.getCell(first, col).value).startsWith('2026-03')) first++;
    ws.getCell(first, col).value = new Date(Date.UTC(2026, 1, 27));
    ws.getCell(first, col).numFmt = 'yyyy-mm-dd';
    ws.getRow(first).hidden = true;
    const file = path.join(tempDir(), 'hidden.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await gradeFile(file, { output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.problems.filter((p) => p.code === 'records-months')).toEqual([]);
    expect(out.report.problems.filter((p) => p.code === 'hidden-rows').map((p) => p.message)).toEqual([expect.stringContaining(`第 ${first} 行是隐藏的`)]);
    // Shown again, February's order is counted and the two months are said.
    ws.getRow(first).hidden = false;
    await wb.xlsx.writeFile(file);
    const shownAgain = await gradeFile(file, { output: null });
    expect(shownAgain.ok ? shownAgain.report.problems.filter((p) => p.code === 'records-months').length : null).toBe(1);
  });
});

describe('a records figure without binary noise', () => {
  it('§3: 1,999 nines and one 8 → overall 17,999 / 2,000 = 8.9995, index 89.995 (it was 89.99499999999999), band 甲 on 90.00', async () => {
    const file = path.join(tempDir(), 'edge.csv');
    const rows = ['客户,产品质量,服务,交付准确性,售后支持'];
    for (let i = 1; i <= 500; i++) rows.push(`客户${i},${i === 1 ? 8 : 9},9,9,9`);
    writeFileSync(file, rows.join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const month = out.report.groups![0]!;
    expect([month.figures.overall, month.figures.index, month.band]).toEqual([8.9995, 89.995, '甲']);
  });
});

describe('kpi\'s columns beside a log', () => {
  it('§3: framed like the log, figures in General (never 「8.」), a 「—」 centred', async () => {
    const input = sampleCopy('satisfaction-monthly.march.xlsx', 'sm.xlsx');
    const out = await gradeFile(input, { output: path.join(tempDir(), 'g.xlsx') });
    if (!out.ok) throw new Error(out.failure.message);
    const wb = await readWorkbook(out.report.output!);
    const ws = wb.worksheets.find((w) => (w.getRow(1).values as unknown[]).includes('平均分(kpi)') || (w.getRow(2).values as unknown[]).includes('平均分(kpi)'))!;
    let head = 0;
    let col = 0;
    ws.eachRow((row, r) => row.eachCell((c, k) => void (c.value === '平均分(kpi)' && !head && ((head = r), (col = k)))));
    const cells = [head + 1, head + 2, head + 3].map((r) => ws.getCell(r, col));
    for (const c of cells) expect(c.border?.left?.style).toBe('thin');
    const numbers = cells.filter((c) => typeof c.value === 'number');
    expect(numbers.length).toBeGreaterThan(0);
    for (const c of numbers) expect(c.numFmt ?? 'General').toBe('General');
    // 「安装后现场清理不够干净」 wraps in its column: the row is given its lines (it printed over the rows below).
    let remark = 0;
    ws.eachRow((row, r) => row.eachCell((c) => void (c.value === '安装后现场清理不够干净' && (remark = r))));
    expect(ws.getRow(remark).height).toBeGreaterThanOrEqual(2 * 15 + 2);
  });

  it('§22: a text no wider than its column (服务态度 in 8, 人力资源部 in 12) leaves the team\'s row as it was; a longer one gets its lines', async () => {
    const input = sampleCopy('internal-satisfaction-dept.march.xlsx', 'isd.xlsx');
    const out = await gradeFile(input, { output: path.join(tempDir(), 'g.xlsx') });
    if (!out.ok) throw new Error(out.failure.message);
    const ws = (await readWorkbook(out.report.output!)).getWorksheet('问卷答案')!;
    const tall: number[] = [];
    ws.eachRow((row, r) => void (r > 2 && row.height && tall.push(r)));
    // Only row 17: 「三次催办未回复」 (14 units) in a column of 8 wraps (every row with a word of four characters was 32 pt).
    expect(tall).toEqual([17]);
    expect(ws.getCell('G17').value).toBe('三次催办未回复');
  });
});

describe('hidden rows and sheets of a log', () => {
  it('§3: a hidden row (a filter, a repeated answer) is not a customer, said once per sheet; a hidden sheet is said (both had been silent)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('三月');
    ws.addRows([['客户', '产品质量', '服务', '交付准确性', '售后支持'], ['张三', 9, 8, 10, 7], ['李四', 10, 10, 9, 9], ['王五(重复)', 1, 1, 1, 1], ['赵六', 8, 8, 8, 8]]);
    ws.getRow(4).hidden = true;
    const old = wb.addWorksheet('二月', { state: 'hidden' });
    old.addRows([['客户', '产品质量', '服务', '交付准确性', '售后支持'], ['钱七', 1, 1, 1, 1]]);
    const file = path.join(tempDir(), 'hidden.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: path.join(tempDir(), 'g.xlsx') });
    if (!out.ok) throw new Error(out.failure.message);
    // Three customers: 张三 (9 + 8 + 10 + 7)/4 = 8.5, 李四 9.5, 赵六 8 → (8.5 + 9.5 + 8)/3 = 8.6667 → index 86.67
    // (with 王五 counted: 4 customers, (26 + 1)/4 = 6.75 → 67.5, a band of 丁).
    expect(out.report.groups![0]!.figures.responses).toBe(3);
    expect(out.report.groups![0]!.figures.overall).toBeCloseTo(26 / 3, 10);
    const said = out.report.problems.filter((p) => p.code === 'hidden-rows' || p.code === 'hidden-sheet');
    expect(said.map((p) => [p.code, p.severity, p.cell ?? ''])).toEqual([['hidden-rows', 'warning', 'A4'], ['hidden-sheet', 'info', '']]);
    expect(said[0]!.message).toContain('第 4 行是隐藏的');
    expect(said[1]!.message).toContain('「二月」');
    // The hidden row is kept in the graded copy as it was, with no 得分 beside it.
    const rows = sheetRows(await readWorkbook(out.report.output!), '三月');
    expect(rows[3]!.slice(0, 5)).toEqual(['王五(重复)', 1, 1, 1, 1]);
  });
});

describe('a log\'s column named twice, the one read being the later', () => {
  it('§3 「客户名称」 then 「客户」: the warning names 「客户」 (C1) as the one read, not 「前面的列」', async () => {
    const file = path.join(tempDir(), 'names.csv');
    writeFileSync(file, ['客户编号,客户名称,客户,产品质量,服务,交付准确性,售后支持', 'C1,华美家居,张经理,9,8,10,7'].join('\r\n') + '\r\n');
    const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const dup = out.report.problems.filter((p) => p.code === 'duplicate-column');
    expect(dup.map((p) => [p.cell, p.message])).toEqual([['B1', 'names!B1:列「客户名称」与后面的列「客户」(C1)是同一项,按「客户」读,这一列已忽略']]);
    // (9 + 8 + 10 + 7)/4 = 8.5 for the one customer.
    expect(out.report.groups![0]!.figures).toMatchObject({ responses: 1, overall: 8.5 });
  });
});

describe('a log\'s column twice, noted 「(上月)」 and 「(本月)」', () => {
  it('§3 reads this month\'s, wherever it stands (last month\'s, the first, was read: 77.5 丙 for 86.25 乙)', async () => {
    for (const [order, expectedCell] of [['past-first', 'B1'], ['past-last', 'C1']] as const) {
      const heads = order === 'past-first' ? ['产品质量(上月)', '产品质量(本月)'] : ['产品质量(本月)', '产品质量(上月)'];
      const rows = order === 'past-first' ? [['张先生', 5, 8], ['李女士', 5, 9]] : [['张先生', 8, 5], ['李女士', 9, 5]];
      const file = path.join(tempDir(), `${order}.csv`);
      writeFileSync(file, [['客户', ...heads, '服务', '交付准确性', '售后支持'].join(','), ...rows.map(([who, a, b], k) => [who, a, b, 9, 8 + k, 8 + k].join(','))].join('\r\n') + '\r\n');
      const out = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
      if (!out.ok) throw new Error(out.failure.message);
      // This month: 张先生 (8 + 9 + 8 + 8)/4 = 8.25, 李女士 (9 + 9 + 9 + 9)/4 = 9 → 总体平均 8.625, 指数 86.25 → 乙.
      expect([order, out.report.groups![0]!.figures.overall]).toEqual([order, 8.625]);
      const dup = out.report.problems.filter((p) => p.code === 'duplicate-column');
      expect(dup.map((p) => [p.severity, p.cell])).toEqual([['warning', expectedCell]]);
      expect(dup[0]!.message).toContain('「产品质量(上月)」');
    }
  });
});
