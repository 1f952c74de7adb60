import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

// A record form reads its log from every visible sheet that holds it. A copy of the log left in the workbook (「上月」)
// was counted into this month's figures with exit 0 and no word (found by a hand check): now said, as a warning.
describe('a record log on several sheets', () => {
  it('is counted together and said (records-sheets); one sheet says nothing', async () => {
    const sample = path.join(repoRoot, 'samples', 'satisfaction-monthly.march.xlsx');
    const one = await gradeFile(sample, { output: null });
    if (!one.ok) throw new Error(one.failure.message);
    expect(one.report.problems.filter((p) => p.code === 'records-sheets')).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const log = wb.worksheets.find((w) => w.state === 'visible')!;
    const copy = wb.addWorksheet('上月');
    log.eachRow({ includeEmpty: false }, (row, n) => {
      copy.getRow(n).values = row.values as ExcelJS.CellValue[];
    });
    const file = path.join(tempDir(), 'two.xlsx');
    await wb.xlsx.writeFile(file);
    const two = await gradeFile(file, { output: null });
    if (!two.ok) throw new Error(two.failure.message);
    const said = two.report.problems.filter((p) => p.code === 'records-sheets');
    expect(said.map((p) => [p.severity, p.message])).toEqual([
      ['warning', `${'客户'}来自 2 张工作表(「${log.name}」、「上月」),已合在一起统计;如果其中有别的月份或旧的副本,请把它隐藏或移到另一个文件后重新评分`],
    ]);
    // Every row twice: the log's row count doubles.
    expect(two.report.records!.total).toBe(one.report.records!.total * 2);
  });
});

// The team's notes beside the log (客户 | 服务 | 备注): it was taken for the log with columns missing — an error, exit 1,
// 「无法评分」 — while the log itself was scored. Now a helper sheet, as beside a roster.
describe('a sheet of the team\'s own beside the log, with some of its columns', () => {
  it('is a helper sheet, said as a warning; its rows are not counted and the log is scored as it is', async () => {
    const sample = path.join(repoRoot, 'samples', 'satisfaction-monthly.march.xlsx');
    const alone = await gradeFile(sample, { output: null });
    if (!alone.ok) throw new Error(alone.failure.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const notes = wb.addWorksheet('团队笔记');
    notes.addRows([['客户', '服务', '备注'], ['王总', 2, '投诉']]);
    const file = path.join(tempDir(), 'notes.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    const said = r.report.problems.filter((p) => p.sheet === '团队笔记');
    expect(said.map((p) => [p.severity, p.code, p.message])).toEqual([
      ['warning', 'helper-sheet', '工作表「团队笔记」只有记录表的 2 列(「客户」、「服务」),而记录表有 6 列,像是自己加的辅助表(笔记、对照表),其中的行没有计入统计;如果这些行也是要统计的客户,请把它们移到记录表里'],
    ]);
    expect(r.report.records).toEqual(alone.report.records);
    expect(r.report.groups!.map((g) => g.figures)).toEqual(alone.report.groups!.map((g) => g.figures));
    // A second half of the log with one column forgotten (4 of its 5 required) is the log with a column missing: an
    // error, its customers not dropped with a warning.
    const halves = new ExcelJS.Workbook();
    await halves.xlsx.readFile(sample);
    halves.addWorksheet('下半月').addRows([['客户', '产品质量', '服务', '交付准确性'], ['丁公司', 9, 9, 9]]);
    const two = path.join(tempDir(), 'halves.xlsx');
    await halves.xlsx.writeFile(two);
    const h = await gradeFile(two, { output: null });
    if (!h.ok) throw new Error(h.failure.message);
    expect(h.report.problems.filter((p) => p.sheet === '下半月').map((p) => [p.severity, p.code])).toEqual([['error', 'item-not-found']]);
    // Alone in a workbook, the same sheet is the log with its columns missing: an error, as before.
    const only = new ExcelJS.Workbook();
    only.addWorksheet('团队笔记').addRows([['客户', '服务', '产品质量'], ['王总', 2, 8]]);
    const lone = path.join(tempDir(), 'lone.xlsx');
    await only.xlsx.writeFile(lone);
    const failed = await gradeFile(lone, { output: null, form: 'satisfaction-monthly' });
    expect(failed.ok ? null : failed.failure.code).toBe('item-not-found');
  });
});

// A log's template scored with --form naming its definition as another version, or edited since (§3's index × 20 for
// × 10): person forms said so (form-version); a log was scored at 166.67 for 83.33 without a word.
describe('a log scored with --form naming its definition, changed since the template was made', () => {
  it('is said (form-version), as for people; the same definition says nothing', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { buildRecordTemplate } = await import('../../src/io/records/template.js');
    const { loadAnyForm } = await import('../../src/forms/load.js');
    const text = readFileSync(path.join(repoRoot, 'templates', 'satisfaction-monthly.json'), 'utf8');
    const dir = tempDir();
    // kpi template satisfaction-monthly (its mark holds the definition's digest), one customer filled: 8 8 8 8 → 80.
    const loaded = await loadAnyForm('satisfaction-monthly');
    if (!loaded.ok || loaded.kind !== 'records') throw new Error('not a log');
    const wb = buildRecordTemplate(loaded.form, 'kpi test', 5, loaded.digest);
    const log = wb.worksheets.find((w) => w.state === 'visible')!;
    const head = [1, 2, 3].find((r) => (log.getRow(r).values as unknown[]).includes('客户'))!;
    const heads = log.getRow(head).values as unknown[];
    for (const [label, v] of [['客户', '甲公司'], ['产品质量', 8], ['服务', 8], ['交付准确性', 8], ['售后支持', 8]] as const) log.getCell(head + 1, heads.indexOf(label)).value = v;
    const sample = path.join(dir, 'log.xlsx');
    await wb.xlsx.writeFile(sample);
    const same = path.join(dir, 'same.json');
    writeFileSync(same, text);
    const edited = path.join(dir, 'edited.json');
    // Only its title changed (本单位): the contents differ, id and version as they were.
    writeFileSync(edited, text.replace(/"title": "([^"]*)"/, '"title": "$1(本单位)"'));
    const codes = async (form: string) => {
      const r = await gradeFile(sample, { output: null, form });
      if (!r.ok) throw new Error(r.failure.message);
      return r.report.problems.filter((p) => p.code === 'form-version').map((p) => p.message);
    };
    expect(await codes(same)).toEqual([]);
    expect(await codes(edited)).toEqual([expect.stringContaining('--form 给的定义同为 1.1.1 版,但内容不同')]);
  });
});
