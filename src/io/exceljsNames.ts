import { createRequire } from 'node:module';

// exceljs keeps a workbook's names only as global cell ranges:
// - a name that is a formula (奖金总 = 考核表!$V$2*10) came back as its first range (考核表!$V$2), and a constant
//   (常量 = 42) was dropped: the team's =奖金总 showed a tenth of its value, =常量+1 #NAME? once recalculated;
// - a sheet's own name (localSheetId) became the workbook's: two sheets' 本月 became one name of two areas, which every
//   formula using it read as #VALUE!, and Excel's hidden _xlnm._FilterDatabase of each filtered sheet one global name;
// - hidden="1", comment="…" and the other attributes were dropped (a hidden helper name showed in the Name Manager).
// The team's names are kept here as written — text and attributes — and written back so, a sheet's own name at its
// sheet's new place (汇总 comes first). The print area and titles stay exceljs's: they are the sheets' set-up, which
// kpi changes.

const require = createRequire(import.meta.url);

type Attributes = Record<string, string>;
type NameModel = { name: string; ranges: string[]; localSheetId?: number; text?: string; attributes?: Attributes };
/** A name as read: its sheet (for a sheet's own name) by name, since sheets are added before it. */
type KeptName = { name: string; text: string; sheet?: string; attributes: Attributes };

const SET_UP = /^_xlnm\.(Print_Area|Print_Titles)$/i;

let patched = false;

export function keepFormulaNamesInExcelJs(): void {
  if (patched) return;
  patched = true;
  type Parsing = { _parsedText: string[]; _kpiAttributes?: Attributes; model: NameModel };
  const Xform = require('exceljs/lib/xlsx/xform/book/defined-name-xform.js') as {
    prototype: { parseOpen(node: { name: string; attributes: Attributes }): boolean; parseClose(): boolean; render(xmlStream: XmlStream, model: NameModel): void };
  };
  const { parseOpen, parseClose, render } = Xform.prototype;
  Xform.prototype.parseOpen = function (this: Parsing, node) {
    if (node.name === 'definedName') {
      const { name: _name, localSheetId: _local, ...rest } = node.attributes;
      this._kpiAttributes = rest;
    }
    return parseOpen.call(this, node);
  };
  Xform.prototype.parseClose = function (this: Parsing) {
    const done = parseClose.call(this);
    this.model.text = this._parsedText.join('');
    this.model.attributes = this._kpiAttributes ?? {};
    return done;
  };
  Xform.prototype.render = function (this: unknown, xmlStream: XmlStream, model: NameModel) {
    // exceljs writes a print area's or titles' sheet as '<name>'! without doubling an apostrophe in it (客服部'3月):
    // Excel repairs the file, LibreOffice drops the name, and exceljs itself could not read it again.
    if (model.text === undefined) return render.call(this, xmlStream, { ...model, ranges: model.ranges.map(quotedSheet) });
    xmlStream.openNode('definedName', { name: model.name, ...(model.localSheetId !== undefined ? { localSheetId: model.localSheetId } : {}), ...model.attributes });
    xmlStream.writeText(model.text);
    xmlStream.closeNode();
  };

  const Workbook = require('exceljs/lib/doc/workbook.js') as { prototype: object };
  const model = Object.getOwnPropertyDescriptor(Workbook.prototype, 'model')!;
  const KEPT = Symbol('kpi names');
  type Book = { [KEPT]?: KeptName[] };
  Object.defineProperty(Workbook.prototype, 'model', {
    configurable: true,
    get(this: Book) {
      const m = model.get!.call(this) as { definedNames?: NameModel[]; worksheets?: Array<{ name: string }> };
      const kept = this[KEPT];
      if (!kept?.length) return m;
      const own = new Set(kept.map((n) => n.name.toLowerCase()));
      const order = (m.worksheets ?? []).map((ws) => ws.name);
      // A sheet's own name at its sheet's place now; with its sheet gone (a chart sheet exceljs cannot keep), gone too.
      const written = kept.flatMap((n): NameModel[] => {
        const at = n.sheet === undefined ? undefined : order.indexOf(n.sheet);
        if (at === -1) return [];
        return [{ name: n.name, ranges: [n.text], text: n.text, attributes: n.attributes, ...(at !== undefined ? { localSheetId: at } : {}) }];
      });
      m.definedNames = [...(m.definedNames ?? []).filter((n) => !own.has(n.name.toLowerCase())), ...written];
      return m;
    },
    set(this: Book, value: { definedNames?: NameModel[]; sheets?: Array<{ name: string }> }) {
      const sheets = value.sheets ?? [];
      this[KEPT] = (value.definedNames ?? [])
        .filter((n) => n.text !== undefined && n.text !== '' && !SET_UP.test(n.name))
        .flatMap((n) => {
          if (n.localSheetId === undefined) return [{ name: n.name, text: n.text!, attributes: n.attributes ?? {} }];
          const sheet = sheets[n.localSheetId]?.name;
          return sheet === undefined ? [] : [{ name: n.name, text: n.text!, sheet, attributes: n.attributes ?? {} }];
        });
      model.set!.call(this, value);
    },
  });
}

/** 'a'b'!$1:$1 as exceljs writes it → 'a''b'!$1:$1; a reference already quoted right is left as it is. */
export function quotedSheet(range: string): string {
  // Titles of rows and columns come as one text of two references ('a'b'!$A:$B,'a'b'!$1:$1).
  if (/!\$?[A-Z0-9:$]+,'/.test(range)) return range.split(/,(?=')/).map(quotedSheet).join(',');
  const m = /^'(.*)'!([^!]*)$/s.exec(range);
  if (!m || !m[1]!.includes("'") || /^(?:[^']|'')*$/.test(m[1]!)) return range;
  return `'${m[1]!.replace(/'/g, "''")}'!${m[2]}`;
}

interface XmlStream {
  openNode(tag: string, attributes?: Record<string, unknown>): void;
  writeText(text: string): void;
  closeNode(): void;
}
