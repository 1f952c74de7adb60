import { createRequire } from 'node:module';

// exceljs writes a row only when it has a cell or a height of its own. A row the team hid, grouped (outline) or
// formatted as a whole, with no cell in it, was written as no row: it came back shown, ungrouped and plain in the
// graded copy. Such a row is written with its attributes and no cells, as it came.

const require = createRequire(import.meta.url);

type RowLike = { number: number; height?: number; hidden?: boolean; outlineLevel?: number; collapsed?: boolean; style?: object };

let installed = false;

/** Idempotent. */
export function keepRowsWithoutCellsInExcelJs(): void {
  if (installed) return;
  installed = true;
  const Row = require('exceljs/lib/doc/row.js') as { prototype: object };
  const model = Object.getOwnPropertyDescriptor(Row.prototype, 'model')!;
  Object.defineProperty(Row.prototype, 'model', {
    configurable: true,
    get(this: RowLike) {
      const m = model.get!.call(this) as object | null;
      if (m) return m;
      const styled = !!this.style && Object.keys(this.style).length > 0;
      if (!this.hidden && !this.outlineLevel && !this.collapsed && !styled) return null;
      return { cells: [], number: this.number, min: 0, max: 0, height: this.height, style: this.style, hidden: this.hidden, outlineLevel: this.outlineLevel, collapsed: this.collapsed };
    },
    set: model.set,
  });
}
