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

export class ResultStore {
  /** Per row: col, value, style, col, value, style … (flat, in the order written). */
  readonly rows = new Map<number, Array<number | Value | Style>>();
  /** The distinct style objects, each to be rendered once by exceljs. */
  readonly styles = new Set<Style>();
  /** Heights set on the rows left out. */
  readonly heights = new Map<number, number>();

  /** A left-out row: its height only. Anything else asked of it is what the fast path does not do. */
  row(row: number): ExcelJS.Row {
    const heights = this.heights;
    const light = {
      number: row,
      get height() {
        return heights.get(row);
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

  cell(row: number, col: number): ExcelJS.Cell {
    const store = this;
    const slot = () => {
      let cells = store.rows.get(row);
      if (!cells) store.rows.set(row, (cells = []));
      for (let i = 0; i < cells.length; i += 3) if (cells[i] === col) return i;
      cells.push(col, null, {});
      return cells.length - 3;
    };
    return {
      get address() {
        return `${columnLetters(col)}${row}`;
      },
      get value() {
        const cells = store.rows.get(row);
        if (!cells) return null;
        for (let i = 0; i < cells.length; i += 3) if (cells[i] === col) return cells[i + 1] as Value;
        return null;
      },
      set value(v: Value) {
        if (v !== null && typeof v !== 'number' && typeof v !== 'string') throw new Error('result cell of another kind');
        const i = slot();
        store.rows.get(row)![i + 1] = v;
      },
      get style() {
        const cells = store.rows.get(row);
        if (!cells) return {};
        for (let i = 0; i < cells.length; i += 3) if (cells[i] === col) return cells[i + 2] as Style;
        return {};
      },
      set style(s: Style) {
        store.styles.add(s);
        const i = slot();
        store.rows.get(row)![i + 2] = s;
      },
    } as unknown as ExcelJS.Cell;
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
  return new Proxy(ws, {
    get(target, key) {
      if (key === 'getRow') {
        return (r: number) => (kept(r) ? target.getRow(r) : store.row(r));
      }
      if (key === 'getCell') {
        return (r: number | string, c?: number) => {
          if (typeof r === 'number' && typeof c === 'number' && !kept(r)) return store.cell(r, c);
          return target.getCell(r as never, c as never);
        };
      }
      const v = Reflect.get(target, key, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target);
    },
  });
}
