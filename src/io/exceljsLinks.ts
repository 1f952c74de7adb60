import { createRequire } from 'node:module';

// exceljs reads a link only through its relationship (a web address, a file). A link to a place in the workbook — Excel's
// 「本文档中的位置」, <hyperlink ref="B3" location="'备注'!A1"/> — was dropped from the graded copy, and every link's tooltip
// (屏幕提示) with it. A text cell with such a link is read as a link to 「#」 + the place, and written back as a place
// (location, no relationship); tooltips are read and written back. A link to a place in another file keeps its place.

import { parseRef } from './fast/xml.js';
import { cellAddress } from './grid.js';

const require = createRequire(import.meta.url);

const NUMBER = 2;
const STRING = 3;
const DATE = 4;
const HYPERLINK = 5;
const FORMULA = 6;
const BOOLEAN = 9;

type LinkModel = { address: string; rId?: string; tooltip?: string; target?: string; location?: string };
type CellModel = {
  address: string;
  type?: number;
  value?: unknown;
  text?: unknown;
  hyperlink?: string;
  tooltip?: string;
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  /** A number's or formula's link, kept beside its value (exceljs would make the cell the link's text). */
  kpiLink?: { hyperlink: string; tooltip?: string };
};
type SheetModel = { hyperlinks?: LinkModel[]; rels?: Array<{ Id: string; Target?: string }>; relationships?: Array<{ Id: string; Target?: string }> };
type Options = { kpiPlaces?: Map<string, LinkModel>; kpiTooltips?: Map<string, string>; hyperlinks?: Array<{ address: string; target?: string; tooltip?: string }> };
interface XmlStream {
  leafNode(tag: string, attributes?: Record<string, unknown>): void;
}
type Proto<M> = { prototype: { reconcile(this: unknown, model: M, options: Options): void; prepare(this: unknown, model: M, options: Options): void } };

let installed = false;

/** Idempotent. */
export function keepPlaceLinksInExcelJs(): void {
  if (installed) return;
  installed = true;
  const Sheet = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform.js') as Proto<SheetModel>;
  const Cell = require('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as Proto<CellModel>;
  const Link = require('exceljs/lib/xlsx/xform/sheet/hyperlink-xform.js') as { prototype: { render(this: unknown, xmlStream: XmlStream, model: LinkModel): void } };

  const sheetReconcile = Sheet.prototype.reconcile;
  Sheet.prototype.reconcile = function (model, options) {
    const places = new Map<string, LinkModel>();
    const tooltips = new Map<string, string>();
    // One link over a range of cells (<hyperlink ref="B2:B5">, a block selected and linked at once): exceljs links cells by
    // address only, and dropped it from the graded copy without a word. Each cell of the range gets the link.
    if (model.hyperlinks?.some((l) => l.address.includes(':'))) model.hyperlinks = model.hyperlinks.flatMap((l) => (l.address.includes(':') ? cellsOf(l.address).map((address) => ({ ...l, address })) : [l]));
    for (const link of model.hyperlinks ?? []) {
      if (!link.rId && link.target) places.set(link.address, link);
      else if (link.tooltip) tooltips.set(link.address, link.tooltip);
      // A file and a place in it (<hyperlink r:id location="'三月考核'!B5"/>): exceljs kept the file only, the link
      // opened it but not at the cell. Read as file#place, written back as the two (prepare).
      if (link.rId && link.target) {
        const rel = model.relationships?.find((r) => r.Id === link.rId);
        if (rel?.Target !== undefined && !rel.Target.includes('#')) rel.Target = `${rel.Target}#${link.target}`;
      }
    }
    // Most sheets have neither: their cells are not looked up.
    options.kpiPlaces = places.size ? places : undefined;
    options.kpiTooltips = tooltips.size ? tooltips : undefined;
    sheetReconcile.call(this, model, options);
  };

  const cellReconcile = Cell.prototype.reconcile;
  Cell.prototype.reconcile = function (model, options) {
    cellReconcile.call(this, model, options);
    if (model.type === HYPERLINK) {
      const tooltip = options.kpiTooltips?.get(model.address);
      if (tooltip) model.tooltip = tooltip;
      // exceljs makes a linked number or formula a link's text: written back as the text 「45」, its formula gone
      // (=COUNTIF(…) with a link to the sheet it counts; a SUM over it then skipped it). Kept as it was, the link beside.
      keepValueUnderLink(model);
      return;
    }
    const place = options.kpiPlaces?.get(model.address);
    // A number, date or formula linked to a place keeps its value, and its link beside it (written back by prepare).
    if (place && model.type !== STRING) {
      model.kpiLink = { hyperlink: `#${place.target}`, ...(place.tooltip ? { tooltip: place.tooltip } : {}) };
      return;
    }
    // A text (the usual: a name, 「见备注」): a link cell.
    if (!place || model.type !== STRING || typeof model.value !== 'string') return;
    model.type = HYPERLINK;
    model.text = model.value;
    delete model.value;
    model.hyperlink = `#${place.target}`;
    if (place.tooltip) model.tooltip = place.tooltip;
  };

  const cellPrepare = Cell.prototype.prepare;
  Cell.prototype.prepare = function (model, options) {
    cellPrepare.call(this, model, options);
    if (model.kpiLink) options.hyperlinks?.push({ address: model.address, target: model.kpiLink.hyperlink, ...(model.kpiLink.tooltip ? { tooltip: model.kpiLink.tooltip } : {}) });
  };

  const sheetPrepare = Sheet.prototype.prepare;
  Sheet.prototype.prepare = function (model, options) {
    sheetPrepare.call(this, model, options);
    // exceljs gave each link an external relationship: a place needs none (Excel would look for a file of that name).
    // Every relationship is made in prepare, so one taken out here is not counted on by another.
    const dropped = new Set<string>();
    for (const link of model.hyperlinks ?? []) {
      // A file and a place in it, as read: the file the relationship's, the place the location. A web address keeps its
      // #fragment as it was typed.
      const split = link.target && !link.target.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(link.target) ? /^([^#]+)#(.+)$/.exec(link.target) : null;
      if (split && link.rId) {
        const rel = model.rels?.find((r) => r.Id === link.rId);
        if (rel) rel.Target = split[1];
        link.location = split[2];
        continue;
      }
      if (!link.target?.startsWith('#')) continue;
      link.location = link.target.slice(1);
      if (link.rId) dropped.add(link.rId);
      delete link.rId;
    }
    if (dropped.size && model.rels) model.rels = model.rels.filter((r) => !dropped.has(r.Id));
  };

  const render = Link.prototype.render;
  Link.prototype.render = function (xmlStream, model) {
    if (model.location === undefined) return render.call(this, xmlStream, model);
    xmlStream.leafNode('hyperlink', { ref: model.address, 'r:id': model.rId, location: model.location, tooltip: model.tooltip });
  };
}

/** A link cell exceljs made of a formula (its result the text) or of a number, date or TRUE: the value back, the link kept. */
function keepValueUnderLink(model: CellModel): void {
  const formula = model.formula !== undefined || model.sharedFormula !== undefined;
  const text = model.text;
  const type = formula ? FORMULA : typeof text === 'number' ? NUMBER : text instanceof Date ? DATE : typeof text === 'boolean' ? BOOLEAN : undefined;
  if (type === undefined || typeof model.hyperlink !== 'string') return;
  model.kpiLink = { hyperlink: model.hyperlink, ...(model.tooltip ? { tooltip: model.tooltip } : {}) };
  model.type = type;
  if (formula) model.result = text;
  else model.value = text;
  delete model.text;
  delete model.hyperlink;
  delete model.tooltip;
}

/** The cells of a range 「B2:C3」 (at most 10,000: a link over whole columns is kept on its first cells). */
function cellsOf(range: string): string[] {
  const [a, b] = range.replace(/\$/g, '').split(':').map(parseRef);
  if (!a || !b) return [range];
  const out: string[] = [];
  for (let r = a[0]; r <= b[0]; r++) for (let c = a[1]; c <= b[1] && out.length < 10_000; c++) out.push(cellAddress(r, c));
  return out;
}
