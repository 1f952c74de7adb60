import { createRequire } from 'node:module';

// exceljs gives every cell without a style its own empty style object, and its writer turns each style object
// it has not seen into XML to find its index: a workbook of 500 person sheets has 94,000 such cells, each
// rendered as the same few bytes (about 0.4 s of writing it). A style with nothing set gets the same index
// for the same cell type every time, so that index is remembered per writer.

const require = createRequire(import.meta.url);

interface StyleModel {
  numFmt?: unknown;
  font?: unknown;
  border?: unknown;
  fill?: unknown;
  alignment?: unknown;
  protection?: unknown;
}
interface StylesXform {
  addStyleModel(model: StyleModel | null | undefined, cellType?: number): number;
  kpiEmptyStyles?: Map<number | undefined, number>;
}

let installed = false;

/** The fields exceljs's addStyleModel reads: none set means the index depends on the cell type alone. */
function isEmpty(m: StyleModel): boolean {
  return !m.numFmt && !m.font && !m.border && !m.fill && !m.alignment && !m.protection;
}

/** Idempotent. */
export function shareEmptyStyles(): void {
  if (installed) return;
  installed = true;
  const Xform = require('exceljs/lib/xlsx/xform/style/styles-xform.js') as { prototype: StylesXform };
  const addStyleModel = Xform.prototype.addStyleModel;
  Xform.prototype.addStyleModel = function (this: StylesXform, model, cellType) {
    if (!model || !isEmpty(model)) return addStyleModel.call(this, model, cellType);
    const known = (this.kpiEmptyStyles ??= new Map());
    let id = known.get(cellType);
    if (id === undefined) {
      id = addStyleModel.call(this, model, cellType);
      known.set(cellType, id);
    }
    return id;
  };
}
