import JSZip from 'jszip';
import path from 'node:path/posix';
import { problem, type Problem } from '../../model/problem.js';
import { sheetPartOf } from './charts.js';

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
  for (const sheet of sheets) {
    const part = await sheetPartOf(zip, sheet);
    if (!part) continue;
    const f = await inventory(zip, part);
    const what = [
      f.charts ? `${f.charts} 个图表` : '',
      f.pivots ? `${f.pivots} 个数据透视表` : '',
      f.shapes ? `${f.shapes} 个形状/文本框` : '',
      f.controls ? `${f.controls} 个表单控件` : '',
    ].filter(Boolean);
    if (!what.length) continue;
    out.push(
      problem('warning', 'content-dropped', `原表中的图表/数据透视表未能保留:工作表「${sheet}」的${what.join('、')}没有复制到评分结果中(原文件未改动,请在原文件中查看)`, { file, sheet }),
    );
  }
  return out;
}
