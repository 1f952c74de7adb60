import JSZip from 'jszip';
import path from 'node:path/posix';
import { type Problem } from '../../model/problem.js';
import { problem } from '../../model/problems/index.js';
import { sheetParts } from './charts.js';

// exceljs keeps a workbook's cells, styles, merges, validations, conditional formats, notes, defined names
// and pictures, but drops charts, pivot tables, shapes and text boxes, slicers and form controls. The input
// is never changed; the graded copy says, per sheet, what it could not carry over.

interface Found {
  charts: number;
  pivots: number;
  shapes: number;
  controls: number;
}

const RELS = (part: string) => `${path.dirname(part)}/_rels/${path.basename(part)}.rels`;

async function targets(zip: JSZip, part: string, type: RegExp): Promise<string[]> {
  const rels = await zip.file(RELS(part))?.async('string');
  if (!rels) return [];
  const out: string[] = [];
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    const t = /\bType="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (!target || !type.test(t) || /TargetMode="External"/.test(attrs)) continue;
    out.push(target.startsWith('/') ? target.slice(1) : path.normalize(`${path.dirname(part)}/${target}`));
  }
  return out;
}

async function inventory(zip: JSZip, sheetPart: string): Promise<Found> {
  const found: Found = { charts: 0, pivots: 0, shapes: 0, controls: 0 };
  found.pivots = (await targets(zip, sheetPart, /\/pivotTable$/)).length;
  found.controls = (await targets(zip, sheetPart, /\/ctrlProp$/)).length;
  for (const drawing of await targets(zip, sheetPart, /\/drawing$/)) {
    found.charts += (await targets(zip, drawing, /\/chart$|\/chartEx$/)).length;
    const xml = (await zip.file(drawing)?.async('string')) ?? '';
    found.shapes += (xml.match(/<xdr:sp\b/g) ?? []).length;
  }
  return found;
}

/** Warnings naming, per sheet, the charts, pivot tables, shapes and controls the graded copy does not keep. */
export async function droppedContent(buffer: Buffer, sheets: string[], file?: string): Promise<Problem[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return [];
  }
  const out: Problem[] = [];
  const parts = await sheetParts(zip);
  for (const sheet of sheets) {
    const part = parts.get(sheet);
    if (!part) continue;
    const f = await inventory(zip, part);
    if (!(f.charts || f.pivots || f.shapes || f.controls)) continue;
    out.push(problem('content-dropped', { sheet, charts: f.charts, pivots: f.pivots, shapes: f.shapes, controls: f.controls }, { file, sheet }));
  }
  return out;
}
