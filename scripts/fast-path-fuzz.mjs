// The fast path (src/io/fast) and the exceljs path grade the same roster alike: the same report, and every cell of
// every sheet the same to a reader (value, number format, fill, font, alignment, border, note, merge). Rosters are
// made at random from a form's template — filled, with junk in some cells, the team's own styling, notes, heights,
// hidden rows, 部门 merged down, a formula column of the team's, lines under the table, sometimes past the template's 500 prepared rows, a random number of notes —
// and optionally re-saved by openpyxl or LibreOffice first, whose XML differs from exceljs's.
//
//   npm run build && node scripts/fast-path-fuzz.mjs [--form mattress-cs-monthly] [--seed 1] [--runs 20] [--via exceljs|openpyxl|lo]
//
// Prints each seed whose two outputs differ (rerun it with --seed N --runs 1 --keep to look at the files) and exits 1
// if any did. Not part of `npm test`: a run of 20 takes about a minute, and LibreOffice more.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadForm } from '../dist/forms/load.js';
import { fillRoster } from '../dist/io/fillTemplate.js';
import { gradeFile } from '../dist/io/grade.js';
import { loadParts, PackageParts } from '../dist/io/packageParts.js';
import { sniffFile } from '../dist/io/sniff.js';
import { buildTemplate } from '../dist/io/template/index.js';
import { fixUpParts } from '../dist/io/workbookFixups.js';

const { values: args } = parseArgs({
  options: { form: { type: 'string', default: 'mattress-cs-monthly' }, seed: { type: 'string', default: '1' }, runs: { type: 'string', default: '20' }, via: { type: 'string', default: 'exceljs' }, keep: { type: 'boolean', default: false } },
});
const loaded = await loadForm(args.form);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const form = loaded.form;

let state = 0;
const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff), state / 0x7fffffff);
const between = (a, b) => a + Math.floor(random() * (b - a + 1));
const pick = (xs) => xs[between(0, xs.length - 1)];

/** A value for an input: mostly one it takes, sometimes junk a team types. */
function value(input) {
  if (random() < 0.04) return pick(['两次', 'abc', '-1', '', null, '1e5', '９０']);
  if (input.type === 'choice') return pick(input.choices).label;
  if (input.type === 'text') return pick(['', '说明', null]);
  const lo = input.min ?? 0;
  const hi = input.max ?? 100;
  if (input.type === 'percent') return pick([between(lo, Math.min(hi, 100)), between(0, 100) / 100, `${between(0, 100)}%`]);
  if (input.type === 'integer') return between(lo, Math.min(hi, lo + 20));
  if (input.type === 'list') return pick(['', '3', '3,2', '5']);
  return Math.round((lo + random() * (Math.min(hi, lo + 50) - lo)) * 10) / 10;
}

const inputs = form.parts.flatMap((part) => part.items.flatMap((item) => (item.inputs ?? []).map((input) => ({ key: item.inputs.length > 1 ? `${item.id}.${input.id}` : item.id, input }))));

async function roster(file) {
  const wb = await buildTemplate(form, { layout: 'roster', generator: 'fuzz' });
  const ws = wb.worksheets.find((w) => w.state === 'visible');
  const n = random() < 0.15 ? between(500, 540) : between(3, 80);
  const people = Array.from({ length: n }, (_, i) => ({
    header: { employeeId: random() < 0.03 ? '' : String(100000 + (random() < 0.03 ? 0 : i)), name: random() < 0.02 ? '' : `员工${i}`, department: `客服${i % 3}部` },
    values: Object.fromEntries(inputs.map(({ key, input }) => [key, value(input)])),
  }));
  fillRoster(ws, form, people);
  const last = ws.columnCount;
  for (let m = between(0, 30); m > 0; m--) {
    const cell = ws.getCell(between(2, n + 1), between(1, last));
    const what = between(0, 6);
    if (what === 0) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: pick(['FF00B050', 'FFFFFF00', 'FFDDEBF7']) } };
    else if (what === 1) cell.font = { bold: true, ...(random() < 0.5 ? { color: { argb: 'FFFF0000' } } : {}) };
    else if (what === 2) cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
    else if (what === 3) cell.numFmt = pick(['0.00', '0%', '@']);
    else if (what === 4) cell.note = `备注${m}`;
    else if (what === 5) cell.alignment = { horizontal: 'center', wrapText: true };
    else ws.getRow(cell.row).height = pick([12.8, 20, 30]);
  }
  if (random() < 0.3) ws.getRow(between(2, n + 1)).hidden = true;
  // 部门 merged down over a team's rows, as teams lay a roster out.
  if (random() < 0.25) {
    const dept = ws.getRow(1).values.findIndex((v) => typeof v === 'string' && v.includes('部门'));
    for (let r = 2; dept > 0 && r + 2 <= n + 1; r += between(3, 12)) if (random() < 0.5) ws.mergeCells(r, dept, r + between(1, 2), dept);
  }
  // The team's own column right of the table: a formula, with its result or without (openpyxl saves none).
  if (random() < 0.25) {
    for (let r = 2; r <= n + 1; r++) ws.getCell(r, last + 2).value = random() < 0.5 ? { formula: `ROW()*2`, result: r * 2 } : { formula: 'ROW()*2' };
    ws.getCell(1, last + 2).value = '自己的列';
  }
  if (random() < 0.3) {
    ws.getCell(n + 3, 1).value = '合计';
    ws.getCell(n + 4, 1).value = '签字:';
  }
  if (random() < 0.2) {
    ws.mergeCells(n + 5, 1, n + 5, 3);
    ws.getCell(n + 5, 1).value = '说明文字';
  }
  await wb.xlsx.writeFile(file);
  if (args.via === 'openpyxl') execFileSync('python3', ['-c', 'import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[1])', file]);
  if (args.via === 'lo') {
    const out = path.join(path.dirname(file), 'lo');
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(os.tmpdir(), 'kpi-fuzz-lo')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], { stdio: 'ignore' });
    copyFileSync(path.join(out, path.basename(file)), file);
  }
  return n;
}

/** A workbook as kpi reads one (what exceljs misreads in openpyxl's and LibreOffice's files repaired first). */
async function readRepaired(file) {
  const sniffed = await sniffFile(file, { maxSize: 100e6 });
  const parts = PackageParts.ofZip(sniffed.buffer, sniffed.entries, 100e6, sniffed.parts);
  fixUpParts(parts, sniffed.marks);
  const wb = new ExcelJS.Workbook();
  await loadParts(wb, parts);
  return wb;
}

const stable = (x) => (Array.isArray(x) ? x.map(stable) : x && typeof x === 'object' && !(x instanceof Date) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, stable(x[k])])) : x);

/**
 * A cell as a reader sees it. Defaults written out or left out (General, a bottom alignment, an empty border, a
 * fill of none: LibreOffice writes them, exceljs does not) are the same; kpi's hidden _kpi sheet by its values.
 */
function look(c) {
  const v = c.value;
  if (c.worksheet.name === '_kpi') return JSON.stringify(stable(v ?? null));
  const alignment = Object.fromEntries(Object.entries(c.alignment ?? {}).filter(([k, x]) => !(x === false || x === 0 || (k === 'vertical' && x === 'bottom') || (k === 'horizontal' && x === 'general'))));
  const fill = c.fill && !(c.fill.type === 'pattern' && c.fill.pattern === 'none') ? { pattern: c.fill.pattern, fg: c.fill.fgColor?.argb ?? c.fill.fgColor?.theme ?? null } : null;
  const border = c.border && Object.keys(c.border).length ? Object.fromEntries(Object.entries(c.border).map(([k, b]) => [k, b?.style ?? null])) : null;
  const font = c.font && (c.font.bold || c.font.italic || c.font.color?.argb || c.font.underline) ? { b: !!c.font.bold, i: !!c.font.italic, color: c.font.color?.argb ?? null, u: c.font.underline ?? null } : null;
  const note = c.note ? (typeof c.note === 'string' ? c.note : c.note.texts?.map((t) => t.text).join('')) : null;
  return JSON.stringify({ v: v === '' ? null : stable(v ?? null), numFmt: c.numFmt && c.numFmt !== 'General' ? c.numFmt : null, fill, font, alignment: Object.keys(alignment).length ? alignment : null, border, note, merged: c.isMerged ? c.master.address : null });
}

function cells(ws) {
  const out = new Map();
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
    if ((c.value !== null && c.value !== '') || c.fill || c.note) out.set(c.address, look(c));
  }));
  return out;
}

const coreXml = async (file) => (await JSZip.loadAsync(readFileSync(file))).file('docProps/core.xml')?.async('string');

let differing = 0;
let fast = 0;
const first = Number(args.seed);
const runs = Number(args.runs);
for (let seed = first; seed < first + runs; seed++) {
  state = seed * 7919;
  const dir = mkdtempSync(path.join(os.tmpdir(), `kpi-fuzz-${seed}-`));
  const input = path.join(dir, 'in.xlsx');
  const n = await roster(input);
  const noted = random() < 0.5 ? between(0, 20) : undefined;
  const graded = {};
  for (const writer of ['exceljs', 'package']) {
    graded[writer] = await gradeFile(input, { output: path.join(dir, `${writer}.xlsx`), writer, gradedAt: new Date(0), ...(noted === undefined ? {} : { problemNotes: noted }) });
  }
  const [full, package_] = [graded.exceljs, graded.package];
  // The fast path copies the input's document properties, where exceljs writes its own: it was not declined.
  if (package_.ok && (await coreXml(path.join(dir, 'package.xlsx'))) === (await coreXml(input))) fast++;
  const diffs = [];
  if (full.ok !== package_.ok) diffs.push(`ok: ${full.ok} / ${package_.ok}`);
  else if (!full.ok) {
    if (full.failure.message !== package_.failure.message) diffs.push(`failure: ${full.failure.message} / ${package_.failure.message}`);
  } else {
    if (JSON.stringify({ ...full.report, output: null }) !== JSON.stringify({ ...package_.report, output: null })) diffs.push('the reports differ');
    const [x, y] = [await readRepaired(path.join(dir, 'exceljs.xlsx')), await readRepaired(path.join(dir, 'package.xlsx'))];
    const names = (wb) => wb.worksheets.map((w) => `${w.name}:${w.state}`).join(' ');
    if (names(x) !== names(y)) diffs.push(`sheets: ${names(x)} / ${names(y)}`);
    for (const ws of x.worksheets) {
      const other = y.getWorksheet(ws.name);
      if (!other) continue;
      const [cx, cy] = [cells(ws), cells(other)];
      const keys = [...new Set([...cx.keys(), ...cy.keys()])].filter((k) => cx.get(k) !== cy.get(k));
      for (const k of keys.slice(0, 3)) diffs.push(`${ws.name}!${k}\n    exceljs ${cx.get(k)}\n    package ${cy.get(k)}`);
      if (keys.length > 3) diffs.push(`${ws.name}: ${keys.length} cells differ`);
    }
  }
  if (diffs.length) {
    differing++;
    console.log(`seed ${seed} (${n} people, notes ${noted ?? 'default'}, ${dir}):\n  ${diffs.join('\n  ')}`);
  }
  if (!args.keep && !diffs.length) rmSync(dir, { recursive: true, force: true });
}
console.log(`${args.form} via ${args.via}: ${runs} rosters from seed ${first}, ${differing} graded differently, fast path taken for ${fast}`);
process.exitCode = differing ? 1 : 0;
