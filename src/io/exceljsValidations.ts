import { createRequire } from 'node:module';

// exceljs writes a sheet's cell-by-cell data validations squeezed into rectangles, and its squeezing overlaps them
// (exceljs issue #2820): it sorts addresses as text (F10 before F9) and grows a rectangle over cells another one
// already took. A form template whose items at rows 9 and 10 share a dropdown came out as F10:G10 and F9:G10; Excel
// does not allow two validations on one cell (it repairs or drops them, LibreOffice keeps the first).
// Here the single cells are squeezed first, in row order and never over a taken cell, and handed to exceljs as
// ranges, which it writes as they are. A validation kept as a range when read (exceljsRanges.ts) is left alone.

const require = createRequire(import.meta.url);

type Model = Record<string, unknown>;
interface Cell { row: number; col: number; address: string; key: string }

const COLUMN = /^([A-Z]{1,3})(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let out = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
}

/** Single-cell validations as disjoint rectangles; range keys and empty entries as they were. */
export function squeezeValidations(model: Model): Model {
  const out: Model = {};
  const cells: Cell[] = [];
  const keys = new Map<unknown, string>();
  const keyOf = (v: unknown) => {
    let k = keys.get(v);
    if (k === undefined) keys.set(v, (k = JSON.stringify(v)));
    return k;
  };
  for (const [address, dv] of Object.entries(model)) {
    const m = COLUMN.exec(address);
    if (!m || dv === undefined || dv === null) {
      out[address] = dv;
      continue;
    }
    cells.push({ row: Number(m[2]), col: columnNumber(m[1]!), address, key: keyOf(dv) });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const at = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  const taken = new Set<Cell>();
  const free = (row: number, col: number, key: string) => {
    const c = at.get(`${row}:${col}`);
    return c !== undefined && !taken.has(c) && c.key === key ? c : undefined;
  };
  for (const cell of cells) {
    if (taken.has(cell)) continue;
    let height = 1;
    while (free(cell.row + height, cell.col, cell.key)) height++;
    let width = 1;
    const columnFree = (col: number) => Array.from({ length: height }, (_, i) => free(cell.row + i, col, cell.key)).every(Boolean);
    while (columnFree(cell.col + width)) width++;
    for (let i = 0; i < height; i++) for (let j = 0; j < width; j++) taken.add(at.get(`${cell.row + i}:${cell.col + j}`)!);
    const end = `${columnLetters(cell.col + width - 1)}${cell.row + height - 1}`;
    out[height === 1 && width === 1 ? cell.address : `${cell.address}:${end}`] = model[cell.address];
  }
  return out;
}

let installed = false;

/** Writes validations through squeezeValidations; idempotent. */
export function squeezeValidationsInExcelJs(): void {
  if (installed) return;
  installed = true;
  const Xform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform.js') as { prototype: { render(stream: unknown, model: Model): void } };
  const render = Xform.prototype.render;
  Xform.prototype.render = function (this: unknown, stream: unknown, model: Model): void {
    render.call(this, stream, model ? squeezeValidations(model) : model);
  };
}
