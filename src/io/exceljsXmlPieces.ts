import { createRequire } from 'node:module';

// exceljs renders a part through an XmlStream that pushes every tag, attribute and text onto one array and joins it
// at the end: a graded sheet of 30 people is an array of 50,000 strings and a text of 200 KB. V8 keeps an object of
// more than 128 KB in pages of its own, mapped for it and unmapped when it dies, and on these machines a page fault
// is dear: the growing arrays and the sheet texts were five such objects per graded file, half of a batch's page
// faults, and faults are what two grading threads slow each other down with. Here the stream joins its array
// every PIECE_ITEMS items into a piece, and the sheets go to the zip writer as their pieces (packageParts.ts),
// never as one text.

const require = createRequire(import.meta.url);

/** Items of the array joined into a piece: a few thousand characters, far from 128 KB. */
const PIECE_ITEMS = 1024;

interface XmlStreamLike {
  _xml: string[];
  _rollbacks: unknown[];
  kpiPieces?: string[];
  closeNode(): void;
  closeAll(): void;
}

type Xform = { render(xmlStream: XmlStreamLike, model: unknown): void };
type XformClass = new () => Xform;
interface Zip {
  append(data: string | string[], options: { name: string }): void;
}
interface WorksheetModel {
  id: number;
  rels?: unknown[];
  comments: unknown[];
}

let installed = false;

/** The text of `stream` as pieces, the last node closed (exceljs's `xml` joins them). */
export function piecesOf(stream: XmlStreamLike): string[] {
  stream.closeAll();
  const pieces = stream.kpiPieces ?? [];
  return stream._xml.length ? [...pieces, stream._xml.join('')] : pieces;
}

/** Idempotent. exceljs's own zip writer, given pieces, gets their text (packageParts.ts). */
export function xmlInPieces(): void {
  if (installed) return;
  installed = true;
  const XmlStream = require('exceljs/lib/utils/xml-stream.js') as { new (): XmlStreamLike; prototype: XmlStreamLike };
  const closeNode = XmlStream.prototype.closeNode;
  XmlStream.prototype.closeNode = function (this: XmlStreamLike) {
    closeNode.call(this);
    // Never while a rollback is open: it returns to a place in the array.
    if (this._xml.length >= PIECE_ITEMS && this._rollbacks.length === 0) {
      (this.kpiPieces ??= []).push(this._xml.join(''));
      this._xml = [];
    }
  };
  Object.defineProperty(XmlStream.prototype, 'xml', {
    configurable: true,
    get(this: XmlStreamLike) {
      return piecesOf(this).join('');
    },
  });

  const xform = (path: string) => require(`exceljs/lib/xlsx/xform/${path}`) as XformClass;
  const WorksheetXform = xform('sheet/worksheet-xform.js');
  const RelationshipsXform = xform('core/relationships-xform.js');
  const CommentsXform = xform('comment/comments-xform.js');
  const VmlNotesXform = xform('comment/vml-notes-xform.js');
  const XLSX = require('exceljs/lib/xlsx/xlsx.js') as { prototype: { addWorksheets(zip: Zip, model: { worksheets: WorksheetModel[] }): Promise<void> } };
  // exceljs 4.4's addWorksheets, each part handed on as its pieces.
  XLSX.prototype.addWorksheets = async function (zip, model) {
    const worksheetXform = new WorksheetXform();
    const relationshipsXform = new RelationshipsXform();
    const commentsXform = new CommentsXform();
    const vmlNotesXform = new VmlNotesXform();
    const render = (x: Xform, m: unknown, name: string) => {
      const stream = new XmlStream();
      x.render(stream, m);
      zip.append(piecesOf(stream), { name });
    };
    for (const worksheet of model.worksheets) {
      render(worksheetXform, worksheet, `xl/worksheets/sheet${worksheet.id}.xml`);
      if (worksheet.rels && worksheet.rels.length) render(relationshipsXform, worksheet.rels, `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels`);
      if (worksheet.comments.length > 0) {
        render(commentsXform, worksheet, `xl/comments${worksheet.id}.xml`);
        render(vmlNotesXform, worksheet, `xl/drawings/vmlDrawing${worksheet.id}.vml`);
      }
    }
  };
}
