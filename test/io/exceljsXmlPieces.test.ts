import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { piecesOf, xmlInPieces } from '../../src/io/exceljsXmlPieces.js';
import { writeParts } from '../../src/io/packageParts.js';

// exceljs's XmlStream joins its array into pieces every 1,024 items and the sheets reach kpi's zip writer as
// pieces (src/io/exceljsXmlPieces.ts), so that no array or text of a sheet grows past V8's 128 KB. The XML must
// be exactly what exceljs alone writes. This file's worker starts unpatched: the first workbook is exceljs's own.

const require = createRequire(import.meta.url);

function bigBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核表', { properties: { tabColor: { argb: 'FF00B050' } } });
  ws.getRow(1).values = ['工号', '姓名', '得分', '说明'];
  for (let r = 2; r <= 600; r++) {
    ws.getRow(r).values = [String(100000 + r), `员工${r}`, (r * 37) % 100, `回访率 ${r % 50}/50 × 20`];
    // Alignment and fill render through exceljs's rollbacks (alignment-xform, fill-xform).
    ws.getCell(r, 4).alignment = { wrapText: r % 2 === 0 };
    ws.getCell(r, 3).fill = r % 3 === 0 ? { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } : { type: 'pattern', pattern: 'none' };
  }
  ws.getCell('B5').note = '备注';
  return wb;
}

async function sheetXml(buffer: ArrayBuffer | Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of ['xl/worksheets/sheet1.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/styles.xml']) {
    out[name] = await zip.file(name)!.async('string');
  }
  return out;
}

describe('exceljs XML in pieces', () => {
  it('writes the same parts as exceljs alone, through kpi and through exceljs’s own zip', async () => {
    const reference = await sheetXml(await bigBook().xlsx.writeBuffer());
    expect(reference['xl/worksheets/sheet1.xml']!.length).toBeGreaterThan(60_000);

    const parts = await writeParts(bigBook()); // installs the pieces
    for (const [name, xml] of Object.entries(reference)) expect(parts.text(name)).toBe(xml);
    // exceljs's own writer, after the change: append() joins the pieces it is given.
    expect(await sheetXml(await bigBook().xlsx.writeBuffer())).toEqual(reference);
  });

  it('joins every 1,024 items, never across an open rollback', () => {
    xmlInPieces();
    const XmlStream = require('exceljs/lib/utils/xml-stream.js') as new () => {
      openNode(name: string, attrs?: Record<string, string>): void;
      closeNode(): void;
      addRollback(): void;
      rollback(): void;
      commit(): void;
      leafNode(name: string, attrs?: Record<string, string>, text?: string): void;
      xml: string;
    };
    const s = new XmlStream();
    s.openNode('sheetData');
    let expected = '<sheetData>';
    for (let i = 0; i < 400; i++) {
      s.leafNode('c', { r: `A${i}` }, '王');
      expected += `<c r="A${i}">王</c>`;
    }
    // A rollback opened past 1,024 items: the nodes closed under it must stay in the array to be taken back.
    s.addRollback();
    s.openNode('x');
    for (let i = 0; i < 600; i++) s.leafNode('y');
    s.closeNode();
    s.rollback();
    s.addRollback();
    s.leafNode('kept', { a: '1' });
    s.commit();
    expected += '<kept a="1"/>';
    for (let i = 0; i < 400; i++) {
      s.leafNode('c', undefined, String(i));
      expected += `<c>${i}</c>`;
    }
    s.closeNode();
    expected += '</sheetData>';
    const pieces = piecesOf(s as never);
    // A leaf with attributes and text is 8 items (<, c, the attributes, >, the text, </, c, >): 1,024 after 128 leaves.
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(expected);
    expect(s.xml).toBe(expected);
  });
});
