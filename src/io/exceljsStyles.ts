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
  kpiStyles?: Map<string, number>;
  weakMap?: WeakMap<object, number>;
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
    if (!model) return addStyleModel.call(this, model, cellType);
    if (!isEmpty(model)) return sameStyle(this, model, cellType, () => addStyleModel.call(this, model, cellType));
    const known = (this.kpiEmptyStyles ??= new Map());
    let id = known.get(cellType);
    if (id === undefined) {
      id = addStyleModel.call(this, model, cellType);
      known.set(cellType, id);
    }
    return id;
  };
}

/**
 * The index already given to a style written out alike (the same JSON: exceljs's XML of it, which it looks the index up
 * by, is the same), else the one exceljs `make`s. Each cell holds its own style object, so exceljs's own
 * memory of style objects (weakMap) seldom knew one, and rendered every cell's font, border, fill and style as XML to
 * find its index: a template's 500 prepared rows took about 100 ms a workbook written, most of a test writing them.
 */
function sameStyle(xform: StylesXform, model: StyleModel, cellType: number | undefined, make: () => number): number {
  // A style object seen before keeps the index exceljs gave it, whatever the cell type now (as addStyleModel does).
  const seen = xform.weakMap?.get(model);
  if (seen !== undefined) return seen;
  const key = `${cellType ?? ''} ${JSON.stringify(model)}`;
  const known = (xform.kpiStyles ??= new Map());
  const id = known.get(key);
  if (id !== undefined) {
    xform.weakMap?.set(model, id);
    return id;
  }
  const made = make();
  known.set(key, made);
  return made;
}
