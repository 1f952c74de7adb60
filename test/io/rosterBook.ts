// Test helpers for the tests that check what a graded copy keeps of a team's workbook: a small cs-rep roster built
// from kpi's template, and a sheet's parts found by its name in a written .xlsx.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form } from '../helpers.js';

const ITEMS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'];
const CHOICES = ['优秀', '良好', '一般', '需改进'];

/** A cs-rep person 100i: every item 良好, or (varied) each a different choice; `values` override items. */
export function csRepPerson(i: number, opts: { varied?: boolean; values?: Record<string, string | null> } = {}): FillPerson {
  const values: Record<string, string | null> = Object.fromEntries(ITEMS.map((id, k) => [id, opts.varied ? CHOICES[(i + k) % 4]! : '良好']));
  return { header: { employeeId: String(1001 + i), name: `员工${i}`, department: '客服部' }, values: { ...values, ...opts.values } };
}

/** kpi's cs-rep roster template with `people` filled in (员工0 alone by default); `ws` is its roster sheet. */
export async function csRepRoster(people: FillPerson[] = [csRepPerson(0)]): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const f = await form('cs-rep');
  const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  fillRoster(ws, f, people);
  return { wb, ws };
}

/** A sheet's part name, XML and relationships, found by the sheet's name. */
export async function sheetParts(file: string, name: string): Promise<{ part: string; xml: string; rels: string; text: (part: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (part: string) => (await zip.file(part)?.async('string')) ?? '';
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(await text('xl/workbook.xml'))![1]!;
  const rel = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*>`).exec(await text('xl/_rels/workbook.xml.rels'))![0];
  const part = `xl/${/Target="([^"]+)"/.exec(rel)![1]!.replace(/^\/?xl\//, '')}`;
  return { part, xml: await text(part), rels: await text(part.replace(/([^/]+)$/, '_rels/$1.rels')), text };
}

/** The part holding a sheet's notes (its comments), and the part's XML; null when the sheet has none. */
export async function commentsOf(file: string, sheet: string): Promise<{ part: string; xml: string } | null> {
  const { part, rels, text } = await sheetParts(file, sheet);
  const rel = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((r) => /Type="[^"]*\/comments"/.test(r));
  if (!rel) return null;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(part), /Target="([^"]+)"/.exec(rel)![1]!));
  return { part: target, xml: await text(target) };
}

/** Each note of `sheet` as its comments part holds it: address → text and author. */
export async function notesIn(file: string, sheet: string): Promise<Map<string, { text: string; author: string | undefined }>> {
  const xml = (await commentsOf(file, sheet))?.xml ?? '';
  const authors = [...(/<authors>([\s\S]*?)<\/authors>/.exec(xml)?.[1] ?? '').matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]!);
  const notes = new Map<string, { text: string; author: string | undefined }>();
  for (const m of xml.matchAll(/<comment ref="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/comment>/g)) {
    const author = authors[Number(/authorId="(\d+)"/.exec(m[2]!)?.[1])];
    notes.set(m[1]!, { text: [...m[3]!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''), author });
  }
  return notes;
}
