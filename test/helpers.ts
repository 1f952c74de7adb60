import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadForm } from '../src/forms/load.js';
import type { FormDef } from '../src/model/definition.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function tempDir(prefix = 'kpi-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function form(id: string): Promise<FormDef> {
  const f = await loadForm(id);
  if (!f.ok) throw new Error(f.problems.map((p) => p.message).join('\n'));
  return f.form;
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Rows of a sheet as plain values (row 1 = headings). */
export function sheetRows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as unknown[];
    rows[n - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => values[i + 1] ?? null);
  });
  return rows;
}

/** Runs the built CLI (dist/) as a user would. */
export function kpi(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/kpi.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    input: options.input,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A cell's value with links read as their text, as a person sees it. */
export function shown(v: unknown): unknown {
  if (v && typeof v === 'object' && 'text' in v && 'hyperlink' in v) return (v as { text: unknown }).text;
  return v;
}

/** The per-person table of 汇总: its heading row (排名 …) and one row per person, links read as text. */
export function summaryTable(wb: ExcelJS.Workbook, name = '汇总'): unknown[][] {
  const rows = sheetRows(wb, name);
  const top = rows.findIndex((r) => r?.[0] === '排名');
  if (top < 0) throw new Error(`no 排名 heading in ${name}`);
  const out: unknown[][] = [];
  for (let i = top; i < rows.length && rows[i]?.some((v) => v !== null && v !== ''); i++) out.push(rows[i]!.map(shown));
  return out;
}
