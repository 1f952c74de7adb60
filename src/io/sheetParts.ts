import { attributes } from './fast/xml.js';
import { partName } from './fast/readPackage.js';

// Which sheet a package part is, for messages about a damaged part: 「工作表「3月」(xl/worksheets/sheet1.xml)」
// says more to a team lead than the part's name alone.

/** The worksheets' names by their part (xl/worksheets/sheet1.xml → 3月), from xl/workbook.xml and its relationships. */
export function sheetNamesByPart(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of workbookRelsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.get('TargetMode') !== 'External') targets.set(a.get('Id') ?? '', partName(a.get('Target') ?? ''));
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rid = [...a].find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1] ?? '';
    const part = targets.get(rid);
    if (part) out.set(part, a.get('name') ?? '');
  }
  return out;
}

/**
 * A sheet the workbook lists whose part is not in the package (a part lost in copying, or the workbook's
 * relationships missing): its name and where it should be, or null when every sheet is there.
 */
export function missingSheetPart(workbookXml: string, workbookRelsXml: string | null, has: (part: string) => boolean): { sheet: string; part: string } | null {
  const listed = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => attributes(m[0]).get('name') ?? '');
  if (!listed.length) return null;
  if (workbookRelsXml === null) return { sheet: listed[0]!, part: 'xl/_rels/workbook.xml.rels' };
  const byPart = sheetNamesByPart(workbookXml, workbookRelsXml);
  for (const [part, sheet] of byPart) if (!has(part)) return { sheet, part };
  const found = new Set(byPart.values());
  const lost = listed.find((n) => !found.has(n));
  return lost === undefined ? null : { sheet: lost, part: 'xl/_rels/workbook.xml.rels' };
}

