import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { lastUsedColumn } from '../../src/io/graded/ledger.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { readWorkbook, repoRoot, sampleCopy, tempDir } from '../helpers.js';

const gradedAt = new Date('2026-04-01T09:30:00Z');

async function grade(file: string): Promise<GradeReport> {
  const outcome = await gradeFile(file, { gradedAt, force: true });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

/** Every sheet's name, state and cell values (and fills of the user's sheets), for comparing whole workbooks. */
function dump(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      // kpi's record of a sheet's page set-up holds exceljs's print defaults, which a save and load rewrite.
      if (ws.name === '_kpi' && row.getCell(2).value === 'setup') return;
      row.eachCell({ includeEmpty: false }, (c) => {
        cells[c.address] = { v: c.value, fill: c.fill ?? null, note: c.note ?? null };
      });
    });
    out[`${ws.name}|${ws.state}`] = cells;
  }
  return out;
}

/**
 * The §8 sample roster graded once for the whole file (the same input and gradedAt give the same report and workbook):
 * it was graded again for each of ten tests. Returned in a folder of its own, as before: the input as roster.xlsx and
 * the graded workbook beside it as roster.graded.xlsx.
 */
let sampleRosterGraded: Promise<{ report: GradeReport; bytes: Buffer }> | undefined;
function sampleRosterOnce() {
  sampleRosterGraded ??= (async () => {
    const report = await grade(sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'roster.xlsx'));
    return { report, bytes: readFileSync(report.output!) };
  })();
  return sampleRosterGraded;
}

/** The §8 sample roster graded, in a folder of its own: the graded workbook (read afresh, to edit) and its roster sheet. */
async function gradedRoster() {
  const shared = await sampleRosterOnce();
  const input = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'roster.xlsx');
  const dir = path.dirname(input);
  const output = path.join(dir, path.basename(shared.report.output!));
  writeFileSync(output, shared.bytes);
  const first: GradeReport = { ...shared.report, input, output };
  const graded = await readWorkbook(first.output!);
  const ws = graded.worksheets.find((w) => w.state === 'visible' && !['汇总', '明细', '问题'].includes(w.name))!;
  return { dir, first, graded, ws };
}

/** An edited graded workbook saved into a folder of its own (`sub`) and graded again. */
async function regradeAs(wb: ExcelJS.Workbook, dir: string, sub: string): Promise<GradeReport> {
  mkdirSync(path.join(dir, sub));
  const file = path.join(dir, sub, 'roster.xlsx');
  await wb.xlsx.writeFile(file);
  return grade(file);
}

/** What a LibreOffice save makes of a workbook kpi graded: strings with Chinese as rich text, fills with a bgColor. */
function savedAsLibreOffice(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /[\u4e00-\u9fff]/.test(cell.value)) cell.value = { richText: [{ text: cell.value, font: { name: 'Noto Sans CJK SC' } }] };
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill?.type === 'pattern' && fill.fgColor) cell.fill = { ...fill, bgColor: { argb: 'FFD9D9D9' } };
    }));
  }
}

/** dump() with text as it shows (rich text joined) and a fill as its colour. */
function shownDump(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out = dump(wb) as Record<string, Record<string, { v: unknown; fill: unknown; note: unknown }>>;
  for (const cells of Object.values(out)) {
    for (const c of Object.values(cells)) {
      const rich = (c.v as { richText?: Array<{ text: string }> } | null)?.richText;
      if (rich) c.v = rich.map((r) => r.text).join('');
      c.fill = (c.fill as ExcelJS.FillPattern | null)?.fgColor?.argb ?? null;
    }
  }
  return out;
}

function scoresOf(r: GradeReport) {
  return r.people.map((p) => [p.name, p.total, p.band, p.status]);
}

function problemsOf(r: GradeReport) {
  return r.problems.map((p) => [p.severity, p.code, p.sheet, p.cell, p.person, p.message]);
}

/** What a team lead does after reading 问题: fixes 许亮's four mistakes (after-sales form sample). */
function correct(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet('许亮')!;
  ws.getCell('G8').value = '90%'; // was 「九十」
  ws.getCell('G9').value = '完成目标值要求'; // was empty
  ws.getCell('G11').value = 1; // was 5 (0–3)
  ws.getCell('G13').value = '3级'; // was 「6级」
}

describe('grading a graded file again', () => {
  // Steps 1 and 3 below are the same for both saves (the same input, gradedAt and folder layout): done once, shared
  // (they were done for each). Each test still corrects and grades its own copy of the graded workbook (step 2).
  const sample = path.join(repoRoot, 'samples/after-sales-monthly.march.form.xlsx');
  let both: Promise<{ first: GradeReport; expected: GradeReport }> | undefined;
  const firstAndExpected = () => (both ??= (async () => {
    const dir = tempDir();
    // 1. Grade the original as the lead first does.
    mkdirSync(path.join(dir, 'first'));
    const original = path.join(dir, 'first/march.xlsx');
    copyFileSync(sample, original);
    const first = await grade(original);
    // 3. Correct the original instead and grade it.
    const plain = await readWorkbook(sample);
    correct(plain);
    mkdirSync(path.join(dir, 'fixed'));
    const fixed = path.join(dir, 'fixed/march.xlsx');
    await plain.xlsx.writeFile(fixed);
    const expected = await grade(fixed);
    return { first, expected };
  })());

  for (const asLibreOffice of [false, true]) it(`equals grading the corrected original: scores, problems, sheets, every cell value, fill and note${asLibreOffice ? ' (saved by LibreOffice)' : ''}`, async () => {
    const { first, expected } = await firstAndExpected();
    const dir = tempDir();

    // 1. The original graded as the lead first does (shared, above).
    expect(first.people.find((p) => p.name === '许亮')!.status).toBe('error');

    // 2. Correct the graded workbook itself and grade that file again (same name, another folder) — saved as
    //    LibreOffice saves it: text holding Chinese as rich text (kpi's records and the 说明 it wrote), its fills with a
    //    background colour added. kpi's additions are still told as its own.
    const graded = await readWorkbook(first.output!);
    correct(graded);
    if (asLibreOffice) savedAsLibreOffice(graded);
    mkdirSync(path.join(dir, 'again'));
    const again = path.join(dir, 'again/march.xlsx');
    await graded.xlsx.writeFile(again);
    const second = await grade(again);
    expect(second.regraded).toBe(true);

    // 3. The original corrected instead and graded (shared, above).

    // 许亮 now: A1 90% → 20, A2 20, A3 (as typed) , A4 1 unmet → 15; the engine and both paths must agree.
    expect(expected.people.find((p) => p.name === '许亮')!.status).toBe('scored');
    expect(scoresOf(second)).toEqual(scoresOf(expected));
    expect(problemsOf(second)).toEqual(problemsOf(expected));
    expect(second.bands).toEqual(expected.bands);

    const a = await readWorkbook(second.output!);
    const b = await readWorkbook(expected.output!);
    expect(a.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    expect(a.worksheets.map((w) => w.name)).not.toContain('汇总(2)');
    // The user's own cells stay as LibreOffice saved them (rich text, fills with a bgColor): compared as they show.
    expect(asLibreOffice ? shownDump(a) : dump(a)).toEqual(asLibreOffice ? shownDump(b) : dump(b));
    // The corrected cell is no longer marked: it has the template's input fill and no note.
    const cell = a.getWorksheet('许亮')!.getCell('G8');
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(cell.note).toBeUndefined();
  });

  it('a roster: appended score columns are replaced, not appended again', async () => {
    const { dir, first, graded, ws } = await gradedRoster();
    const columns = lastUsedColumn(ws);

    mkdirSync(path.join(dir, 'again'));
    const again = path.join(dir, 'again/roster.xlsx');
    await graded.xlsx.writeFile(again);
    const second = await grade(again);
    expect(scoresOf(second)).toEqual(scoresOf(first));
    expect(problemsOf(second)).toEqual(problemsOf(first));
    const out = await readWorkbook(second.output!);
    expect(lastUsedColumn(out.getWorksheet(ws.name)!)).toBe(columns);
    expect(dump(out)).toEqual(dump(graded));
  });

  it('a column of the team\'s right of kpi\'s (奖金 =总分×50): kpi\'s columns are written again where they were, so the formulas still read them (kpi moved right of it: every 奖金 read an emptied cell)', async () => {
    const { dir, first, graded, ws } = await gradedRoster();
    const heads = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    const total = heads.indexOf('总分');
    const last = lastUsedColumn(ws);
    const own = last + 1;
    const letter = ws.getColumn(total).letter;
    ws.getCell(1, own).value = '奖金';
    for (let r = 2; r <= 8; r++) ws.getCell(r, own).value = { formula: `${letter}${r}*50`, result: 3950 } as ExcelJS.CellFormulaValue;
    // A sheet of the team's reading kpi's 总分 and 汇总, and one reading only their own input: saved with results.
    const mine = graded.addWorksheet('我的');
    mine.getCell('A1').value = { formula: `'${ws.name}'!${letter}2`, result: 79 } as ExcelJS.CellFormulaValue;
    mine.getCell('A2').value = { formula: '汇总!B3', result: 79 } as ExcelJS.CellFormulaValue;
    mine.getCell('A3').value = { formula: `SUM('${ws.name}'!A2:B3)`, result: 7 } as ExcelJS.CellFormulaValue;
    // A saved 0 (exceljs's value leaves it out), a formula over the team's 奖金 (a chain), a name over kpi's 总分.
    mine.getCell('A4').value = { formula: `'${ws.name}'!${letter}3-79`, result: 0 } as ExcelJS.CellFormulaValue;
    mine.getCell('A5').value = { formula: `'${ws.name}'!${ws.getColumn(own).letter}2*2`, result: 7900 } as ExcelJS.CellFormulaValue;
    graded.definedNames.add(`'${ws.name}'!$${letter}$2:$${letter}$8`, '总分们');
    mine.getCell('A6').value = { formula: 'SUM(总分们)', result: 500 } as ExcelJS.CellFormulaValue;
    // An array formula over kpi's 总分: it stays an array formula ({=SUM(IF(…))} without its flag showed #VALUE!).
    mine.getCell('A7').value = { formula: `SUM(IF('${ws.name}'!${letter}2:${letter}8>90,1,0))`, result: 2, shareType: 'array', ref: 'A7' } as never;
    // Whole rows holding kpi's cells (=SUM(考核表!2:2), =COUNTA(考核表!$1:$1)) kept their old results; rows of the team's
    // own sheet hold none of kpi's.
    mine.getCell('A8').value = { formula: `SUM('${ws.name}'!2:2)`, result: 91 } as ExcelJS.CellFormulaValue;
    mine.getCell('A9').value = { formula: `COUNTA('${ws.name}'!$1:$1)`, result: 13 } as ExcelJS.CellFormulaValue;
    mine.getCell('A10').value = { formula: 'SUM(20:21)', result: 0 } as ExcelJS.CellFormulaValue;
    const second = await regradeAs(graded, dir, 'own');
    expect(scoresOf(second)).toEqual(scoresOf(first));
    const out = (await readWorkbook(second.output!)).getWorksheet(ws.name)!;
    // kpi's 总分 in the same column as before, the team's 奖金 right of kpi's columns, its formula as typed.
    expect(out.getCell(1, total).value).toBe('总分');
    expect(out.getCell(1, own).value).toBe('奖金');
    expect((out.getCell(2, own).value as ExcelJS.CellFormulaValue).formula).toBe(`${letter}2*50`);
    expect(lastUsedColumn(out)).toBe(own);
    // Formulas over kpi's cells keep no result of the last grading (LibreOffice showed the old 79 for a changed
    // input): they are calculated when opened. One over the team's own cells keeps its result.
    const book = await readWorkbook(second.output!);
    const result = (sheet: string, cell: string) => (book.getWorksheet(sheet)!.getCell(cell).value as ExcelJS.CellFormulaValue).result;
    expect([result(ws.name, `${out.getColumn(own).letter}2`), result('我的', 'A1'), result('我的', 'A2'), result('我的', 'A3')]).toEqual([undefined, undefined, undefined, 7]);
    const model = (sheet: string, cell: string) => (book.getWorksheet(sheet)!.getCell(cell).model as { result?: unknown }).result;
    expect([model('我的', 'A4'), model('我的', 'A5'), model('我的', 'A6'), model('我的', 'A3')]).toEqual([undefined, undefined, undefined, 7]);
    expect([model('我的', 'A8'), model('我的', 'A9'), model('我的', 'A10')]).toEqual([undefined, undefined, 0]);
    const array = book.getWorksheet('我的')!.getCell('A7').model as { shareType?: string; ref?: string; result?: unknown };
    expect([array.shareType, array.ref, array.result]).toEqual(['array', 'A7', undefined]);
    const xml = await (await JSZip.loadAsync(readFileSync(second.output!))).file('xl/workbook.xml')!.async('string');
    expect(xml).toContain('fullCalcOnLoad="1"');
  });

  it('a note the team put on a cell of kpi\'s columns (「经理:需复核」 on a 总分): said on regrading, as an edit (it went without a word)', async () => {
    const { dir, first, graded } = await gradedRoster();
    const ws = graded.getWorksheet('考核表')!;
    let total = 0;
    ws.getRow(1).eachCell((cell, c) => { if (cell.value === '总分') total = c; });
    expect(total).toBeGreaterThan(0);
    ws.getCell(3, total).note = '经理:需复核';
    const second = await regradeAs(graded, dir, 'note-on-total');
    expect(scoresOf(second)).toEqual(scoresOf(first));
    const said = second.problems.filter((p) => p.code === 'regraded-edits');
    expect(said.map((p) => p.message.replace(/^[^:]*:/, ''))).toEqual(['工作表「考核表」里 kpi 上次写的列(总分)在评分后被改过或填了内容;重新评分时这些列按新结果重写,其中改过的内容不会出现在新的评分结果里(原文件里仍在)。要保留的说明请写在 kpi 的列以外']);
  });

  it('an edit of kpi\'s 总分 below a title row inserted since is said at the heading\'s cell as it stands (row 2), not row 1 of the title', async () => {
    const { dir, graded } = await gradedRoster();
    const ws = graded.getWorksheet('考核表')!;
    let total = 0;
    ws.getRow(1).eachCell((cell, c) => { if (cell.value === '总分') total = c; });
    ws.spliceRows(1, 0, ['三月考核表']);
    ws.getCell(4, total).value = 95;
    const second = await regradeAs(graded, dir, 'titled');
    const said = second.problems.filter((p) => p.code === 'regraded-edits');
    expect(said.map((p) => p.cell)).toEqual([`${ws.getColumn(total).letter}2`]);
  });

  it('notes typed in kpi\'s own sheets right of its tables (汇总!…「李强需复核」, 问题!…): said on regrading (they went without a word)', async () => {
    const { dir, first, graded } = await gradedRoster();
    const summary = graded.getWorksheet('汇总')!;
    const problems = graded.getWorksheet('问题')!;
    // kpi writes no cell right of the columns it declares: that is the width its record holds.
    for (const ws of [summary, problems, graded.getWorksheet('明细')!]) expect(lastUsedColumn(ws)).toBeLessThanOrEqual(ws.columns.length);
    const right = (ws: ExcelJS.Worksheet) => lastUsedColumn(ws) + 1;
    const [sc, pc] = [right(summary), right(problems)];
    summary.getCell(6, sc).value = '李强需复核';
    problems.getCell(2, pc).value = '已通知刘洋';
    const second = await regradeAs(graded, dir, 'noted');
    expect(scoresOf(second)).toEqual(scoresOf(first));
    const said = second.problems.filter((p) => p.code === 'regraded-edits').map((p) => [p.severity, p.sheet, p.message.replace(/^[^:]*:/, '')]).sort();
    const at = (ws: ExcelJS.Worksheet, r: number, c: number) => ws.getCell(r, c).address;
    expect(said).toEqual([
      ['warning', '汇总', `kpi 的工作表「汇总」在评分后填了内容(${at(summary, 6, sc)}「李强需复核」);重新评分时这张表整张重新生成,这些内容不会出现在新的评分结果里(原文件里仍在)。要保留的说明请写在自己的工作表里`],
      ['warning', '问题', `kpi 的工作表「问题」在评分后填了内容(${at(problems, 2, pc)}「已通知刘洋」);重新评分时这张表整张重新生成,这些内容不会出现在新的评分结果里(原文件里仍在)。要保留的说明请写在自己的工作表里`],
    ].sort());
    // Regraded as it was, nothing is said.
    mkdirSync(path.join(dir, 'plain'));
    const plain = path.join(dir, 'plain/roster.xlsx');
    copyFileSync(first.output!, plain);
    expect((await grade(plain)).problems.filter((p) => p.code === 'regraded-edits')).toEqual([]);
  });

  it('a roster where the user inserted a column after grading: kpi\'s columns are found by their headings, never a column of theirs removed', async () => {
    const { dir, first, graded, ws } = await gradedRoster();
    // Insert a 备注 column at B, as Excel's 插入列 does: every cell from B on moves one to the right.
    const last = ws.columnCount;
    ws.eachRow({ includeEmpty: false }, (row) => {
      for (let c = last; c >= 2; c--) row.getCell(c + 1).value = row.getCell(c).value;
      row.getCell(2).value = null;
    });
    ws.getCell(1, 2).value = '备注';
    mkdirSync(path.join(dir, 'inserted'));
    const inserted = path.join(dir, 'inserted/roster.xlsx');
    await graded.xlsx.writeFile(inserted);
    // The same totals as the first grading (was: the user's last input column, now where kpi's first stood, emptied).
    expect(scoresOf(await grade(inserted))).toEqual(scoresOf(first));

    // A title line inserted above the headings as well: every row one down; kpi's headings are found there.
    const titled = await readWorkbook(inserted);
    const tws = titled.getWorksheet(ws.name)!;
    const rows: unknown[][] = [];
    tws.eachRow({ includeEmpty: false }, (row, n) => (rows[n] = (row.values as unknown[]).slice()));
    for (let n = rows.length - 1; n >= 1; n--) {
      if (!rows[n]) continue;
      const target = tws.getRow(n + 1);
      rows[n]!.forEach((v, c) => c >= 1 && (target.getCell(c).value = (v ?? null) as ExcelJS.CellValue));
      tws.getRow(n).eachCell({ includeEmpty: true }, (cell) => (cell.value = null));
    }
    tws.getCell(1, 1).value = '三月考核';
    mkdirSync(path.join(dir, 'titled'));
    const withTitle = path.join(dir, 'titled/roster.xlsx');
    await titled.xlsx.writeFile(withTitle);
    expect(scoresOf(await grade(withTitle))).toEqual(scoresOf(first));

    // kpi's first heading retyped: its columns cannot be told from the user's: refused, nothing removed.
    const retitled = await readWorkbook(first.output!);
    const sheet = retitled.getWorksheet(ws.name)!;
    const heads = sheet.getRow(1).values as unknown[];
    const at = heads.findIndex((v) => typeof v === 'string' && v.startsWith('得分·'));
    sheet.getCell(1, at).value = '我的得分';
    mkdirSync(path.join(dir, 'retitled'));
    const renamed = path.join(dir, 'retitled/roster.xlsx');
    await retitled.xlsx.writeFile(renamed);
    const refused = await gradeFile(renamed, { gradedAt, force: true, output: null });
    expect(refused.ok ? '' : refused.failure.message).toMatch(/^roster\.xlsx 是 kpi 评过分的文件,但工作表「考核表」里 kpi 加的列.+找不到了/);
    // The heading retyped is the one named (it named the first three of kpi's columns, untouched).
    expect(refused.ok ? '' : refused.failure.message).toContain(`kpi 加的列(${heads[at]})找不到了`);
  });

  it('a roster where the user inserted a forgotten person above the marked one: kpi\'s marks are found a row down and removed', async () => {
    const { dir, first, graded, ws } = await gradedRoster();
    // Excel's 插入行 at row 3: every row from 3 moves one down, notes with it (exceljs's splice drops notes: put back).
    const notes: Array<[number, number, unknown]> = [];
    ws.eachRow((row, n) => row.eachCell((c) => { if (n >= 3 && c.note) notes.push([n, Number(c.col), c.note]); }));
    expect(notes.length).toBeGreaterThan(0);
    const person = ws.getRow(2).values as unknown[];
    ws.spliceRows(3, 0, person.slice(1).map((v, k) => (k === 0 ? '1099' : k === 1 ? '周新' : v)) as ExcelJS.CellValue[]);
    for (const [n, c, note] of notes) ws.getCell(n + 1, c).note = note as string;
    // Correct the marked person's cells (赵磊, now row 8): 回访客户数 五十 → 50, 表格管理 3,2, 旷工 1 with its 原因.
    const marked = notes.map(([n, c]) => ws.getCell(n + 1, c));
    expect(marked.map((c) => c.address)).toEqual(expect.arrayContaining(['F8', 'H8', 'Q8']));
    ws.getCell('F8').value = 50;
    ws.getCell('H8').value = '3,2';
    ws.getCell('Q8').value = 1;
    ws.getCell('U8').value = '超额完成回访';
    mkdirSync(path.join(dir, 'inserted'));
    const inserted = path.join(dir, 'inserted/roster.xlsx');
    await graded.xlsx.writeFile(inserted);
    const second = await grade(inserted);
    const out = (await readWorkbook(second.output!)).getWorksheet(ws.name)!;
    // No cell kpi marked the first time keeps a note it no longer gives, where it gives none now.
    const now = new Set(second.problems.filter((p) => p.sheet === ws.name && p.cell).map((p) => p.cell));
    expect(second.people.find((p) => p.name === '赵磊')!.status).toBe('scored');
    const stale = marked.map((c) => c.address).filter((a) => !now.has(a) && (out.getCell(a).note || (out.getCell(a).fill as ExcelJS.FillPattern)?.fgColor?.argb === 'FFFFC7CE'));
    expect(stale).toEqual([]);
  });

  it('a note typed into kpi\'s 评分说明 column since: the column is rewritten, and that is said (it went without a word)', async () => {
    const { dir, first, graded, ws } = await gradedRoster();
    const col = (ws.getRow(1).values as unknown[]).indexOf('评分说明');
    ws.getCell(3, col).value = '已与员工沟通(主管手写)';
    const second = await regradeAs(graded, dir, 'noted');
    expect(scoresOf(second)).toEqual(scoresOf(first));
    expect(second.problems.filter((p) => p.code === 'regraded-edits').map((p) => p.message)).toEqual([
      '工作表「考核表」里 kpi 上次写的列(评分说明)在评分后被改过或填了内容;重新评分时这些列按新结果重写,其中改过的内容不会出现在新的评分结果里(原文件里仍在)。要保留的说明请写在 kpi 的列以外',
    ]);
  });

  it('a roster sheet renamed since (考核表 → 三月考核), a person\'s row deleted: kpi\'s columns are replaced where they are, no false word of edits', async () => {
    const { dir, first, graded, ws } = await gradedRoster();
    const columns = lastUsedColumn(ws);
    let gone = 0;
    ws.eachRow((row, r) => row.eachCell((c) => void (c.value === '刘洋' && (gone = r))));
    expect(gone).toBeGreaterThan(1);
    ws.spliceRows(gone, 1);
    ws.name = '三月考核';
    mkdirSync(path.join(dir, 'renamed'));
    const renamed = path.join(dir, 'renamed/roster.xlsx');
    await graded.xlsx.writeFile(renamed);
    const second = await grade(renamed);
    // Everyone as before but 刘洋, whose row is gone (by the old name, a second set of columns was added, the old
    // 总分 taken for the team's own, and the deleted row said as an edit of kpi's columns).
    expect(scoresOf(second)).toEqual(scoresOf(first).filter(([n]) => n !== '刘洋'));
    expect(second.problems.filter((p) => p.code === 'regraded-edits' || p.code === 'override' || p.code === 'unknown-column')).toEqual([]);
    const out = (await readWorkbook(second.output!)).getWorksheet('三月考核')!;
    expect(lastUsedColumn(out)).toBe(columns);
    expect((out.getRow(1).values as unknown[]).filter((v) => v === '总分')).toHaveLength(1);
  });

  it('a person\'s row deleted and a 总分 typed over beside it: the edit is said (the deleted row hid every edit of kpi\'s columns)', async () => {
    const { dir, first, graded, ws } = await gradedRoster();
    let gone = 0;
    let zhao = 0;
    ws.eachRow((row, r) => row.eachCell((c) => void (c.value === '刘洋' && (gone = r), c.value === '赵磊' && (zhao = r))));
    const total = (ws.getRow(1).values as unknown[]).indexOf('总分');
    const was = Number(ws.getCell(zhao, total).value);
    ws.getCell(zhao, total).value = was + 6;
    ws.spliceRows(gone, 1);
    const second = await regradeAs(graded, dir, 'typed-and-deleted');
    expect(scoresOf(second)).toEqual(scoresOf(first).filter(([n]) => n !== '刘洋'));
    expect(second.problems.filter((p) => p.code === 'regraded-edits').map((p) => p.message)).toEqual([
      '工作表「考核表」里 kpi 上次写的列(总分)在评分后被改过或填了内容;重新评分时这些列按新结果重写,其中改过的内容不会出现在新的评分结果里(原文件里仍在)。要保留的说明请写在 kpi 的列以外',
    ]);
  });

  it('a user sheet named 汇总 in a workbook kpi never graded is the user\'s: kept, and kpi\'s own is 汇总(2)', async () => {
    const dir = tempDir();
    const sample = await readWorkbook(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'));
    sample.addWorksheet('汇总').getCell('A1').value = '我自己的汇总';
    const input = path.join(dir, 'own.xlsx');
    await sample.xlsx.writeFile(input);
    const r = await grade(input);
    expect(r.regraded).toBeUndefined();
    const out = await readWorkbook(r.output!);
    expect(out.getWorksheet('汇总')!.getCell('A1').value).toBe('我自己的汇总');
    expect(out.worksheets[0]!.name).toBe('汇总(2)');
  });
});

describe('names of the team\'s that are formulas or constants', () => {
  it('are kept as written in the graded copy (奖金总 = 考核表!$V$2*10 came back as 考核表!$V$2, 常量 = 42 was dropped), first grading and again', async () => {
    const input = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'named.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(input));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    const names = '<definedName name="奖金总">考核表!$F$2*10</definedName><definedName name="常量">42</definedName><definedName name="范围">考核表!$F$2:$F$8</definedName>';
    const withNames = xml.includes('<definedNames>') ? xml.replace('<definedNames>', `<definedNames>${names}`) : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
    zip.file('xl/workbook.xml', withNames);
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const namesOf = async (file: string) => {
      const text = await (await JSZip.loadAsync(readFileSync(file))).file('xl/workbook.xml')!.async('string');
      return Object.fromEntries([...text.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]));
    };
    const first = await grade(input);
    expect(await namesOf(first.output!)).toMatchObject({ 奖金总: '考核表!$F$2*10', 常量: '42' });
    expect(Object.keys(await namesOf(first.output!))).toContain('范围');
    // Graded again: still as written, once each.
    const dir = path.dirname(input);
    mkdirSync(path.join(dir, 'again'));
    const again = path.join(dir, 'again', 'named.xlsx');
    copyFileSync(first.output!, again);
    const second = await grade(again);
    const text = await (await JSZip.loadAsync(readFileSync(second.output!))).file('xl/workbook.xml')!.async('string');
    expect(text.match(/name="奖金总"/g)).toHaveLength(1);
    expect(await namesOf(second.output!)).toMatchObject({ 奖金总: '考核表!$F$2*10', 常量: '42' });
  });
});

// A record log re-graded with a column of the team's right of kpi's (§22 折算 =H2/10 over 加权分(kpi)): kpi's columns
// were appended after it, the team's formula read the emptied H (every 折算 0 once recalculated), exit 0.
describe('a record log re-graded with a column of the team\'s right of kpi\'s', () => {
  it('kpi\'s columns go back where they were, so the team\'s formula still reads them', async () => {
    const input = sampleCopy('internal-satisfaction-dept.march.xlsx', 'log.xlsx');
    const dir = path.dirname(input);
    const first = await grade(input);
    const graded = await readWorkbook(first.output!);
    // The log's heading row (the template puts a title above it).
    const rowOf = (w: ExcelJS.Worksheet) => [1, 2, 3, 4, 5].find((r) => (w.getRow(r).values as unknown[]).includes('加权分(kpi)'));
    const ws = graded.worksheets.find((w) => rowOf(w) !== undefined)!;
    const head = rowOf(ws)!;
    const kpiCol = (ws.getRow(head).values as unknown[]).indexOf('加权分(kpi)');
    const own = lastUsedColumn(ws) + 1;
    const letter = ws.getColumn(kpiCol).letter;
    ws.getCell(head, own).value = '折算';
    ws.getCell(head + 1, own).value = { formula: `${letter}${head + 1}/10`, result: 40 } as ExcelJS.CellFormulaValue;
    mkdirSync(path.join(dir, 'again'));
    const again = path.join(dir, 'again/log.xlsx');
    await graded.xlsx.writeFile(again);
    const second = await grade(again);
    const out = (await readWorkbook(second.output!)).worksheets.find((w) => w.name === ws.name)!;
    const after = out.getRow(head).values as unknown[];
    // 加权分(kpi) in the same column, its value there; the team's 折算 where they put it, its formula as typed.
    expect([after.indexOf('加权分(kpi)'), after.indexOf('折算')]).toEqual([kpiCol, own]);
    expect(out.getCell(head + 1, kpiCol).value).toBe(ws.getCell(head + 1, kpiCol).value);
    expect((out.getCell(head + 1, own).value as ExcelJS.CellFormulaValue).formula).toBe(`${letter}${head + 1}/10`);
    expect(lastUsedColumn(out)).toBe(own);
  });
});
