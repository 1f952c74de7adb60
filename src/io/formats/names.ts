// The file names of each input format, apart from the readers so that the command line can tell a file
// name from a command without loading exceljs. What a file is, is decided from its bytes (sniff.ts);
// names only pick the inputs out of a folder (kpi rollup, kpi score --combine) and give outputs their names.
import path from 'node:path';
import type { InputKind } from './format.js';

export const INPUT_EXTENSIONS: Readonly<Record<InputKind, readonly string[]>> = {
  xlsx: ['.xlsx', '.xlsm'],
  csv: ['.csv', '.txt'],
  // HR and ticket systems export an HTML table named .xls.
  html: ['.html', '.htm', '.xls'],
};

/** Names that promise an Excel workbook: an .xlsx, or a legacy .xls/.et that sniff.ts names and refuses. */
export const WORKBOOK_EXTENSIONS: readonly string[] = [...INPUT_EXTENSIONS.xlsx, '.xls', '.et'];

const ALL = Object.values(INPUT_EXTENSIONS).flat();

/** `.xlsx` of march.XLSX (lower case); the whole name when it is only an extension; '' without a dot. */
function extensionOf(name: string): string {
  const base = path.basename(name);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot).toLowerCase();
}

/** Whether a file name is one kpi score reads (march.xlsx, 导出.xls, names.txt …). */
export function isInputName(name: string): boolean {
  return ALL.includes(extensionOf(name));
}

/** Whether a name carries the extension of an .xlsx workbook. */
export function isXlsxName(name: string): boolean {
  return INPUT_EXTENSIONS.xlsx.includes(extensionOf(name));
}

/** Whether a name promises an Excel workbook (.xlsx, .xlsm, .xls, .et). */
export function isWorkbookName(name: string): boolean {
  return WORKBOOK_EXTENSIONS.includes(extensionOf(name));
}

/** The name without its input extension: march.xlsx → march; a name kpi would not read stays whole. */
export function inputStem(name: string): string {
  return isInputName(name) ? name.slice(0, name.length - extensionOf(name).length) : name;
}

/** Each file's base name, or, where two base names are alike, its path from the folder all of them are in. */
export function fileLabels(files: readonly string[]): (file: string) => string {
  const bases = files.map((f) => path.basename(f));
  if (new Set(bases).size === bases.length) return (f) => path.basename(f);
  const dirs = files.map((f) => path.dirname(path.resolve(f)).split(path.sep));
  let n = 0;
  while (dirs.every((d) => n < d.length && d[n] === dirs[0]![n])) n++;
  const common = dirs[0]!.slice(0, n).join(path.sep) || path.sep;
  return (f) => path.relative(common, path.resolve(f)).split(path.sep).join('/');
}
