import path from 'node:path/posix';
import { type Problem } from '../../model/problem.js';
import { problem } from '../../model/problems/index.js';
import { PackageParts } from '../packageParts.js';
import { readZipDirectory } from '../zipGuard.js';
import { sheetParts, type PartFiles } from './charts.js';

// exceljs keeps a workbook's cells, styles, merges, validations, conditional formats, notes, defined names
// and pictures, but drops charts, pivot tables, shapes and text boxes, slicers and form controls. The input
// is never changed; the graded copy says, per sheet, what it could not carry over.

interface Found {
  charts: number;
  pivots: number;
  shapes: number;
  controls: number;
  /** Excel 365's comment threads (their replies and authors; a plain note of Excel's boilerplate stays). */
  threads: number;
  /** 允许用户编辑区域 of a protected sheet, and a picture in the printed header (&G). */
  others: string[];
}

const RELS = (part: string) => `${path.dirname(part)}/_rels/${path.basename(part)}.rels`;

async function targets(zip: PartFiles, part: string, type: RegExp): Promise<string[]> {
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

async function inventory(zip: PartFiles, sheetPart: string): Promise<Found> {
  const found: Found = { charts: 0, pivots: 0, shapes: 0, controls: 0, threads: 0, others: [] };
  found.pivots = (await targets(zip, sheetPart, /\/pivotTable$/)).length;
  found.threads = (await targets(zip, sheetPart, /\/threadedComment$/)).length;
  const xml = (await zip.file(sheetPart)?.async('string')) ?? '';
  if (/<protectedRanges\b/.test(xml)) found.others.push('允许用户编辑区域');
  if (/<legacyDrawingHF\b/.test(xml)) found.others.push('页眉页脚中的图片');
  found.controls = (await targets(zip, sheetPart, /\/ctrlProp$/)).length;
  for (const drawing of await targets(zip, sheetPart, /\/drawing$/)) {
    found.charts += (await targets(zip, drawing, /\/chart$|\/chartEx$/)).length;
    const xml = (await zip.file(drawing)?.async('string')) ?? '';
    found.shapes += (xml.match(/<xdr:sp\b/g) ?? []).length;
  }
  return found;
}

/** Warnings naming, per sheet, the charts, pivot tables, shapes and controls the graded copy does not keep. */
export async function droppedContent(buffer: Buffer, sheets: string[], maxSize: number, file?: string): Promise<Problem[]> {
  // The input passed the zip guard: its parts are read as exceljs read them (Node's zlib, within the limit).
  const dir = readZipDirectory(buffer);
  if (!dir.ok) return [];
  const zip = PackageParts.ofZip(buffer, dir.entries, maxSize);
  const out: Problem[] = [];
  const parts = await sheetParts(zip).catch(() => new Map<string, string>());
  for (const sheet of sheets) {
    const part = parts.get(sheet);
    if (!part) continue;
    const f = await inventory(zip, part).catch(() => null); // a part exceljs read, unreadable here: nothing to say
    if (!f) continue;
    if (!(f.charts || f.pivots || f.shapes || f.controls || f.threads || f.others.length)) continue;
    const more = f.threads || f.others.length ? { threads: f.threads, others: f.others } : {};
    out.push(problem('content-dropped', { sheet, charts: f.charts, pivots: f.pivots, shapes: f.shapes, controls: f.controls, ...more }, { file, sheet }));
  }
  // Macros (an .xlsm's VBA project): a graded .xlsx cannot hold them.
  if (dir.entries.some((e) => /^xl\/vbaProject[^/]*\.bin$/i.test(e.name))) out.push(problem('content-dropped', { case: 'macros' }, { file }));
  // The workbook's links to other workbooks, its data connections, Excel 365's pictures placed in cells: not carried —
  // formulas read [1]考核表!$AD$2 of a link no longer there, the pictures' cells show #VALUE!.
  const links = dir.entries.filter((e) => /^xl\/externalLinks\/externalLink\d*\.xml$/i.test(e.name)).length;
  const parts2 = [
    links ? `指向其他工作簿的链接(${links} 个)` : '',
    dir.entries.some((e) => /^xl\/connections\.xml$/i.test(e.name)) ? '数据连接' : '',
    dir.entries.some((e) => /^xl\/richData\//i.test(e.name)) ? '放置在单元格中的图片' : '',
  ].filter(Boolean);
  if (parts2.length) out.push(problem('content-dropped', { case: 'workbook', what: parts2 }, { file }));
  // A chart sheet (a chart moved to a sheet of its own) is no worksheet: exceljs drops it whole.
  for (const [sheet, part] of parts) {
    if (!/(^|\/)chartsheets\//.test(part) || sheets.includes(sheet)) continue;
    const f = await inventory(zip, part).catch(() => null);
    out.push(problem('content-dropped', { sheet, charts: Math.max(1, f?.charts ?? 0), pivots: 0, shapes: 0, controls: 0, chartSheet: true }, { file, sheet }));
  }
  return out;
}
