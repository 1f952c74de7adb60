// A package part's relationships (xl/worksheets/_rels/sheet1.xml.rels): what a sheet's comments, drawings and
// links are, and where.
import path from 'node:path/posix';
import { attributes } from './xml.js';

export type Rel = { id: string; type: string; target: string; external: boolean };

export const relsPathOf = (part: string) => `${path.dirname(part)}/_rels/${path.basename(part)}.rels`;

export function parseRels(xml: string | null): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', external: a.get('TargetMode') === 'External' };
  });
}

/** A relationship's target as a part name, from the part that names it. */
export const resolve = (from: string, target: string) => (target.startsWith('/') ? target.slice(1) : path.normalize(`${path.dirname(from)}/${target}`));

/** `part` as a target written in the relationships of `from`. */
export const relative = (from: string, part: string) => path.relative(path.dirname(from), part);
