import path from 'node:path';
import type { PackageParts } from './packageParts.js';

// exceljs finds cell comments only at xl/commentsN.xml and xl/drawings/vmlDrawingN.vml and crashes
// ("reading 'comments'") on a sheet whose relationship points elsewhere — as openpyxl writes them
// (/xl/comments/comment1.xml, /xl/drawings/commentsDrawing1.vml). Such workbooks are common (any
// template filled by a Python script), so their comment parts are moved to where exceljs looks.

const COMMENTS = /^xl\/comments\/[^/]+\.xml$/;
const VML = /^xl\/drawings\/(?!vmlDrawing\d+\.vml$)[^/]+\.vml$/;

export function needsCommentRelocation(entryNames: string[]): boolean {
  return entryNames.some((n) => COMMENTS.test(n) || VML.test(n));
}

export function relocateCommentParts(parts: PackageParts): void {
  const names = parts.names();
  const renames = new Map<string, string>();
  const taken = new Set(names);
  const fresh = (pattern: (n: number) => string) => {
    for (let n = 1; ; n++) if (!taken.has(pattern(n))) return (taken.add(pattern(n)), pattern(n));
  };
  for (const name of names) {
    if (COMMENTS.test(name)) renames.set(name, fresh((n) => `xl/comments${n}.xml`));
    else if (VML.test(name)) renames.set(name, fresh((n) => `xl/drawings/vmlDrawing${n}.vml`));
  }
  for (const [from, to] of renames) {
    const data = parts.bytes(from)!;
    parts.remove(from);
    parts.set(to, data);
  }
  for (const name of names.filter((n) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(n) || n === '[Content_Types].xml')) {
    const xml = parts.text(name)!.replace(/(Target|PartName)="([^"]+)"/g, (whole, attr: string, target: string) => {
      const absolute = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('xl/worksheets', target));
      const moved = renames.get(absolute);
      if (!moved) return whole;
      return attr === 'PartName' ? `PartName="/${moved}"` : `Target="${path.posix.relative('xl/worksheets', moved)}"`;
    });
    parts.set(name, xml);
  }
}
