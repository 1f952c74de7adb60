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
