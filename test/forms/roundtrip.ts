// Round trips for the catalog forms as a reviewer runs them: `kpi template <id>` (in-process), the file filled by
// another program that knows only the printed headings (a fresh exceljs workbook, cells found by their text),
// then `kpi score`. Nothing here uses the reader under test to find where to write.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { expect } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { buildTemplate } from '../../src/io/template/index.js';
import type { PersonResult } from '../../src/model/result.js';
import { round2 } from '../../src/model/round.js';
import { form, tempDir } from '../helpers.js';

export type Cell = string | number | boolean | null;

const templates = new Map<string, Promise<string>>();

/** The template file, written once per form, layout and names for the test file (writing one costs a second). */
function writeTemplate(formId: string, layout: 'form' | 'roster', names: string[] = []): Promise<string> {
  const key = JSON.stringify([formId, layout, names]);
  if (!templates.has(key)) templates.set(key, makeTemplate(formId, layout, names));
  return templates.get(key)!;
}

async function makeTemplate(formId: string, layout: 'form' | 'roster', names: string[]): Promise<string> {
  const f = await form(formId);
  const nameRole = new Map(names.map((n) => [n, new Map([['name', n]])]));
  const wb = await buildTemplate(f, { layout, generator: 'test', people: [...nameRole.values()] });
  const file = path.join(tempDir('kpi-catalog-'), `${formId}.${layout}.template.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const text = (c: ExcelJS.Cell) => {
  const v = c.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v).trim();
};

/**
 * `kpi template <id> --layout roster`, then one row per person written under the headings as printed
 * (「员工基本标准·不符合项数」): a heading the template does not print fails the test.
 */
export async function filledRoster(formId: string, rows: Array<Record<string, Cell>>, fileName = 'roster.xlsx'): Promise<string> {
  const template = await writeTemplate(formId, 'roster');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  const headings = new Map<string, number>();
  ws.getRow(1).eachCell((c, col) => headings.set(text(c), col));
  rows.forEach((row, k) => {
    for (const [heading, value] of Object.entries(row)) {
      const col = headings.get(heading);
      if (col === undefined) throw new Error(`${formId}: no roster heading 「${heading}」; have ${[...headings.keys()].join(' | ')}`);
      if (value !== null) ws.getCell(k + 2, col).value = value;
    }
  });
  const file = path.join(tempDir('kpi-catalog-'), fileName);
  await wb.xlsx.writeFile(file);
  return file;
}

/** One person's sheet of the form layout: header fields by label, entries by item label, input label and column heading. */
export interface FormSheetFill {
  name: string;
  header?: Record<string, Cell>;
  /** [item label, input label as printed in 填写项 (null: the item's first row), value column heading, value]. */
  entries: Array<[string, string | null, string, Cell]>;
}

/** `kpi template <id> --people …` (one sheet per person, name pre-filled), each sheet filled as printed. */
export async function filledForms(formId: string, sheets: FormSheetFill[], fileName = 'forms.xlsx'): Promise<string> {
  const template = await writeTemplate(formId, 'form', sheets.map((s) => s.name));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  for (const s of sheets) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) throw new Error(`no sheet ${s.name}`);
    const find = (want: string, from = 1, col?: number): { r: number; c: number } | null => {
      for (let r = from; r <= ws.rowCount; r++) {
        for (let c = col ?? 1; c <= (col ?? ws.columnCount); c++) if (text(ws.getCell(r, c)) === want) return { r, c };
      }
      return null;
    };
    for (const [label, value] of Object.entries(s.header ?? {})) {
      const at = find(label);
      if (!at) throw new Error(`${s.name}: no header field 「${label}」`);
      ws.getCell(at.r, at.c + 1).value = value;
    }
    const table = find('项目')!;
    for (const [item, input, column, value] of s.entries) {
      const first = find(item, table.r + 1, 1);
      if (!first) throw new Error(`${s.name}: no item 「${item}」`);
      let row = first.r;
      if (input !== null) {
        const inputCol = find('填写项', table.r, undefined)!.c;
        row = 0;
        for (let r = first.r; r <= ws.rowCount && text(ws.getCell(r, 1)) === item; r++) if (text(ws.getCell(r, inputCol)) === input) row = r;
        if (!row) throw new Error(`${s.name}: no input 「${input}」 under 「${item}」`);
      }
      const col = find(column, table.r, undefined);
      if (!col || col.r !== table.r) throw new Error(`${s.name}: no column 「${column}」`);
      if (value !== null) ws.getCell(row, col.c).value = value;
    }
  }
  const file = path.join(tempDir('kpi-catalog-'), fileName);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function score(file: string, options: { form?: string; output?: string | null } = {}): Promise<GradeReport> {
  const outcome = await gradeFile(file, { output: null, ...options });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

export function person(r: GradeReport, name: string): PersonResult {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name} in ${r.people.map((x) => x.name).join(',')}`);
  return p;
}

/** The person's total as --json reports it (these forms report the 100-point figure) to the cent, and the band. */
export function expectScored(r: GradeReport, name: string, total: number, band: string): PersonResult {
  const p = person(r, name);
  expect(p.status, `${name}: ${p.problems.map((x) => x.message).join(' | ')}`).toBe('scored');
  expect(round2(p.total!), name).toBe(round2(total));
  expect(p.total100, name).toBe(p.total);
  expect(p.total100!, name).toBeCloseTo(total, 9);
  expect(p.band, name).toBe(band);
  return p;
}

/** A person with a mistake: not scored, and the mistake reported at its cell with the given code. */
export function expectRefused(r: GradeReport, name: string, code: string, cell?: string): void {
  const p = person(r, name);
  expect(p.status, name).toBe('error');
  expect(p.total100, name).toBeNull();
  expect(p.band, name).toBeNull();
  const hit = p.problems.find((x) => x.severity === 'error' && x.code === code);
  expect(hit, `${name}: ${p.problems.map((x) => `${x.code} ${x.message}`).join(' | ')}`).toBeDefined();
  if (cell) expect(hit!.cell).toBe(cell);
  expect(hit!.message).toMatch(/[\u4e00-\u9fff]/);
}

export function itemScore(p: PersonResult, id: string): number | null {
  const item = p.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item.score;
}
