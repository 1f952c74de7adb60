import { sheetPartOf, type PartFiles } from './charts.js';

// exceljs writes a link to a cell of the workbook as <hyperlink location="'Sheet'!A1"> plus an r:id whose
// relationship is an *external* target with the same text. LibreOffice follows the location; Excel follows
// the relationship and looks for a file named 'Sheet'!A1. A link within the workbook needs no relationship:
// drop it, so every application jumps to the cell.
export async function makeLinksInternal(zip: PartFiles, sheets: string[]): Promise<void> {
  for (const sheet of sheets) {
    const part = await sheetPartOf(zip, sheet);
    const xml = part ? await zip.file(part)?.async('string') : undefined;
    if (!part || !xml || !xml.includes('location=')) continue;
    const relsPath = `${part.slice(0, part.lastIndexOf('/'))}/_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
    const rels = await zip.file(relsPath)?.async('string');
    const dropped = new Set<string>();
    const tidy = xml.replace(/<hyperlink\b([^>]*?)\s*\/>/g, (whole, attrs: string) => {
      if (!/\blocation="/.test(attrs)) return whole;
      const rid = /\sr:id="([^"]*)"/.exec(attrs)?.[1];
      if (!rid) return whole;
      dropped.add(rid);
      return `<hyperlink${attrs.replace(/\sr:id="[^"]*"/, '')}/>`;
    });
    if (!dropped.size) continue;
    zip.file(part, tidy);
    if (rels) {
      zip.file(
        relsPath,
        rels.replace(/<Relationship\b[^>]*\/>/g, (rel) => {
          const id = /\bId="([^"]*)"/.exec(rel)?.[1];
          return id && dropped.has(id) && /TargetMode="External"/.test(rel) ? '' : rel;
        }),
      );
    }
  }
}
