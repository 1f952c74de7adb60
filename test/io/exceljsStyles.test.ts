import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../../src/io/exceljsModules.js';

// exceljsStyles.ts gives a cell's style the index of one written out alike before (each cell holds its own style
// object, and rendering each as XML to find its index was most of writing a template): the indexes must be exceljs's.

async function written(fill: (ws: import('exceljs').Worksheet) => void): Promise<{ s: Record<string, string>; xfs: number }> {
  const wb = new Workbook();
  fill(wb.addWorksheet('考核表'));
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const s = Object.fromEntries([...sheet.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].map((m) => [m[1]!, m[2] ?? '0']));
  return { s, xfs: Number(/<cellXfs count="(\d+)"/.exec(styles)![1]) };
}

describe('cells\' styles written by exceljs', () => {
  it('alike in separate objects share one index; another font, fill or cell type gets its own', async () => {
    const { s, xfs } = await written((ws) => {
      for (const a of ['A1', 'A2', 'A3']) {
        ws.getCell(a).value = 1;
        ws.getCell(a).font = { bold: true, size: 11 };
        ws.getCell(a).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
      }
      ws.getCell('B1').value = 1;
      ws.getCell('B1').font = { italic: true, size: 11 };
      ws.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
      // The same look on a date: its own number format (mm-dd-yy), so its own index.
      ws.getCell('C1').value = new Date(Date.UTC(2026, 2, 31));
      ws.getCell('C1').font = { bold: true, size: 11 };
      ws.getCell('C1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    });
    expect([s.A2, s.A3]).toEqual([s.A1, s.A1]);
    expect(new Set([s.A1, s.B1, s.C1]).size).toBe(3);
    // exceljs's default style (0), then bold+red number, italic+red number, bold+red date.
    expect(xfs).toBe(4);
  });
});
