import type ExcelJS from 'exceljs';
import { columnLetters } from '../grid.js';
import { Unsupported } from './readPackage.js';

// The roster's result cells, kept compactly instead of as exceljs cells: for 50,000 people, 600,000 cells
// of exceljs's model were a few hundred megabytes. writeResultsIntoSheets (src/io/graded/results.ts) writes
// through a worksheet that hands out these cells for the rows the skeleton left out; everything else it
// asks (headings, widths, print set-up) goes to the skeleton's own worksheet. The heights of those rows are
// kept here too: an exceljs row per person in the skeleton was a few hundred megabytes more. One store per sheet.

type Value = number | string | null;
type Style = Partial<ExcelJS.Style>;

/** The style of a stored cell given none: shared, so frozen (a change to it would be every such cell's). */
const NO_STYLE: Style = Object.freeze({}) as Style;

/** A cell of a left-out row as writeResultsIntoSheets and the ledger use it: one small object per use. */
class StoredCell {
  constructor(
    private readonly store: ResultStore,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get address(): string {
    return `${columnLetters(this.col)}${this.row}`;
  }

  get value(): Value {
    return (this.store.get(this.row, this.col, 1) as Value | undefined) ?? null;
  }

  set value(v: Value) {
    if (v !== null && typeof v !== 'number' && typeof v !== 'string') throw new Error('result cell of another kind');
    this.store.put(this.row, this.col, 1, v);
  }

  get style(): Style {
    return (this.store.get(this.row, this.col, 2) as Style | undefined) ?? NO_STYLE;
  }

  set style(s: Style) {
    this.store.styles.add(s);
    this.store.put(this.row, this.col, 2, s);
  }
}

export class ResultStore {
  /** Per row: col, value, style, col, value, style … (flat, in the order written). */
  readonly rows = new Map<number, Array<number | Value | Style>>();
  /** The distinct style objects, each to be rendered once by exceljs. */
  readonly styles = new Set<Style>();
  /** Heights set on the rows left out. */
  readonly heights = new Map<number, number>();

  /** A left-out row: its height only. Anything else asked of it is what the fast path does not do. */
  row(row: number, own?: () => number | undefined): ExcelJS.Row {
    const heights = this.heights;
    const light = {
      number: row,
      // The height kpi set, else the row's own (the skeleton keeps it): compared and recorded as the exceljs path does.
      get height() {
        return heights.get(row) ?? own?.();
      },
      set height(h: number | undefined) {
        if (h === undefined) heights.delete(row);
        else heights.set(row, h);
      },
    };
    return new Proxy(light, {
      get(target, key) {
        if (key === 'number' || key === 'height') return target[key];
        throw new Unsupported(`row ${row}: ${String(key)} of a row left out of the skeleton`);
      },
      set(target, key, value) {
        if (key !== 'height') throw new Unsupported(`row ${row}: setting ${String(key)} of a row left out of the skeleton`);
        target.height = value as number | undefined;
        return true;
      },
    }) as unknown as ExcelJS.Row;
  }

  /** The rows holding stored cells or a height, in order. */
  rowNumbers(): number[] {
    return [...new Set([...this.rows.keys(), ...this.heights.keys()])].sort((a, b) => a - b);
  }

  /** The cell at `row`, `col` of a left-out row: its value and style, nothing else. */
  cell(row: number, col: number): ExcelJS.Cell {
    return new StoredCell(this, row, col) as unknown as ExcelJS.Cell;
  }

  /** What is kept at `offset` (1 value, 2 style) of the cell, undefined when the cell was never written. */
  get(row: number, col: number, offset: 1 | 2): Value | Style | undefined {
    const cells = this.rows.get(row);
    if (!cells) return undefined;
    for (let i = 0; i < cells.length; i += 3) if (cells[i] === col) return cells[i + offset] as Value | Style;
    return undefined;
  }

  put(row: number, col: number, offset: 1 | 2, v: Value | Style): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    for (let i = 0; i < cells.length; i += 3) {
      if (cells[i] === col) {
        cells[i + offset] = v;
        return;
      }
    }
    cells.push(col, null, NO_STYLE);
    cells[cells.length - 3 + offset] = v;
  }

  /** Each row's cells in column order. */
  cellsOf(row: number): Array<{ col: number; value: Value; style: Style }> {
    const cells = this.rows.get(row) ?? [];
    const out: Array<{ col: number; value: Value; style: Style }> = [];
    for (let i = 0; i < cells.length; i += 3) out.push({ col: cells[i] as number, value: cells[i + 1] as Value, style: cells[i + 2] as Style });
    return out.sort((a, b) => a.col - b.col);
  }
}

/**
 * The skeleton's worksheet with the cells of left-out rows taken from the store. `kept` says which rows the
 * skeleton holds whole.
 */
export function storedSheet(ws: ExcelJS.Worksheet, store: ResultStore, kept: (row: number) => boolean): ExcelJS.Worksheet {
  // Made once: a roster of 50,000 people asks for a cell 600,000 times.
  const getRow = (r: number) => (kept(r) ? ws.getRow(r) : store.row(r, () => ws.findRow(r)?.height));
  const getCell = (r: number | string, c?: number) => (typeof r === 'number' && typeof c === 'number' && !kept(r) ? store.cell(r, c) : ws.getCell(r as never, c as never));
  return new Proxy(ws, {
    get(target, key) {
      if (key === 'getRow') return getRow;
      if (key === 'getCell') return getCell;
      return boundMember(target, key);
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target);
    },
  });
}

const bound = new WeakMap<object, Map<PropertyKey, { of: unknown; bound: unknown }>>();

/** `target[key]`, a method bound to `target` (once per method, not once per use). */
export function boundMember(target: object, key: PropertyKey): unknown {
  const v = Reflect.get(target, key, target) as unknown;
  if (typeof v !== 'function') return v;
  let methods = bound.get(target);
  if (!methods) bound.set(target, (methods = new Map()));
  const hit = methods.get(key);
  if (hit && hit.of === v) return hit.bound;
  const b = (v as (...a: unknown[]) => unknown).bind(target);
  methods.set(key, { of: v, bound: b });
  return b;
}
