// Inputs for npm run bench, generated each run (no large files in git). A roster of any size is the
// template's package with its sheet rows written directly (as another program would fill it): a few
// hundred people are filled through exceljs as patterns, then repeated with new names and 工号.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadForm } from '../dist/forms/load.js';
import { buildTemplate } from '../dist/io/template/index.js';
import { fillFormSheet, fillRoster } from '../dist/io/fillTemplate.js';
import { sheetCsvLines } from './sheet-csv.mjs';

const FORM = 'mattress-cs-monthly';
const PATTERNS = 231;

function person(i) {
  return {
    header: { employeeId: String(100000 + i), name: `员工${i}`, department: `客服${i % 7}部`, period: '2026-03' },
    values: {
      'M1.N': 50, 'M1.V': 30 + (i % 21), M2: i % 5 === 0 ? '3,2' : '', 'M3.language': i % 3, 'M4.base': 6 + (i % 5),
      M5: i % 11, M6: i % 16, 'M7.late': i % 4, ...(i % 97 === 0 ? { 'M7.absent': '两次' } : {}),
    },
  };
}

async function patternWorkbook() {
  const f = await loadForm(FORM);
  const wb = await buildTemplate(f.form, { layout: 'roster', generator: 'bench' });
  const ws = wb.worksheets.find((w) => w.state === 'visible');
  fillRoster(ws, f.form, Array.from({ length: PATTERNS }, (_, i) => person(i)));
  return { wb, ws, form: f.form };
}

const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes rosters of each size in `sizes` to `file(n)`; returns nothing. With `warnings`, 回访客户数 is drawn apart from
 * 本月安装客户数, as a program filling every input at random within its range does: more visits than customers, a
 * warning, for about 3 people in 10 (a tester's roster of 50,000 had 15,000).
 */
export async function writeRosters(sizes, file, { warnings = false } = {}) {
  const { wb, ws } = await patternWorkbook();
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const sheet = await zip.file(sheetPath).async('string');
  const head = sheet.slice(0, sheet.indexOf('<sheetData>') + '<sheetData>'.length);
  const tail = sheet.slice(sheet.indexOf('</sheetData>'));
  const rows = [...sheet.matchAll(/<row r="(\d+)"[^>]*>[\s\S]*?<\/row>/g)].map((m) => ({ n: Number(m[1]), xml: m[0] }));
  const header = rows.find((r) => r.n === 1).xml;
  const patterns = rows.filter((r) => r.n >= 2 && r.n < 2 + PATTERNS).map((r) => r.xml);
  const idCol = columnOf(ws, '工号');
  const nameCol = columnOf(ws, '被考核人');
  // Figures of each person's own, as a real team's are: repeated patterns made every explanation one of 231, and
  // kpi's memory looked 40 MB smaller than with a real roster's (2026-12-04).
  const [customers, visited, ability, attitude] = ['客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '处理能力', '态度'].map((l) => columnOf(ws, l));
  for (const n of sizes) {
    const body = [header];
    let seed = 20261204;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < n; i++) {
      const r = i + 2;
      let xml = patterns[i % PATTERNS].replace(/^<row r="\d+"/, `<row r="${r}"`).replace(/ r="([A-Z]+)\d+"/g, ` r="$1${r}"`);
      xml = setText(xml, idCol, r, String(100000 + i));
      xml = setText(xml, nameCol, r, `员工${i}`);
      const total = 40 + Math.floor(random() * 60);
      xml = setNumber(xml, customers, r, total);
      xml = setNumber(xml, visited, r, Math.floor(random() * (warnings ? 100 : total + 1)));
      xml = setNumber(xml, ability, r, Math.round(random() * 100) / 10);
      xml = setNumber(xml, attitude, r, Math.round(random() * 150) / 10);
      body.push(xml);
    }
    const dim = head.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${colLetters(ws.columnCount)}${n + 1}"/>`);
    zip.file(sheetPath, dim + body.join('') + tail);
    writeFileSync(file(n), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
  }
}

/** CSV of n rows as Excel's 「另存为 CSV」 writes the roster. */
export async function writeCsv(n, file) {
  const { ws } = await patternWorkbook();
  const lines = sheetCsvLines(ws, PATTERNS + 1);
  const out = [lines[0]];
  for (let i = 0; i < n; i++) {
    const cells = lines[1 + (i % PATTERNS)].split(',');
    cells[columnOf(ws, '工号') - 1] = String(100000 + i);
    cells[columnOf(ws, '被考核人') - 1] = `员工${i}`;
    out.push(cells.join(','));
  }
  writeFileSync(file, out.join('\n') + '\n');
}

/** A form-layout workbook with one filled sheet per person (kpi template --people). */
export async function writeFormBook(n, file) {
  const f = await loadForm(FORM);
  const people = Array.from({ length: n }, (_, i) => new Map([['name', `员工${i}`], ['employeeId', String(100000 + i)], ['department', `客服${i % 7}部`]]));
  const wb = await buildTemplate(f.form, { layout: 'form', people, generator: 'bench' });
  const sheets = wb.worksheets.filter((w) => w.state === 'visible');
  sheets.forEach((ws, i) => fillFormSheet(ws, f.form, { header: {}, values: person(i).values }));
  await wb.xlsx.writeFile(file);
}

function columnOf(ws, label) {
  for (let c = 1; c <= ws.columnCount; c++) if (String(ws.getCell(1, c).value ?? '').trim() === label) return c;
  throw new Error(`no column ${label}`);
}

function colLetters(col) {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// Replaces cell (col,row) of a row's XML with an inline string.
function setText(rowXml, col, row, text) {
  const ref = `${colLetters(col)}${row}`;
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const m = cell.exec(rowXml);
  const style = m ? (/ s="\d+"/.exec(m[1])?.[0] ?? '') : '';
  const xml = `<c r="${ref}"${style} t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
  if (!m) throw new Error(`no cell ${ref} in pattern row`);
  return rowXml.replace(cell, xml);
}

// Replaces cell (col,row) of a row's XML with a number.
function setNumber(rowXml, col, row, value) {
  const ref = `${colLetters(col)}${row}`;
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const m = cell.exec(rowXml);
  if (!m) throw new Error(`no cell ${ref} in pattern row`);
  const style = / s="\d+"/.exec(m[1])?.[0] ?? '';
  return rowXml.replace(cell, `<c r="${ref}"${style}><v>${value}</v></c>`);
}

export { ExcelJS };
