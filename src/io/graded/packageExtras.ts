import path from 'node:path/posix';
import { parseRels, relative, relsPathOf, resolve } from '../fast/rels.js';
import { PackageParts } from '../packageParts.js';
import { readZipDirectory } from '../zipGuard.js';

// exceljs writes a package of its own making: the input's custom document properties (docProps/custom.xml, where a
// company's sensitivity label lives — MSIP_Label_…), its custom XML parts, WPS's pictures in cells (xl/cellimages.xml)
// and the workbook's structure protection are not in it. Nothing in the grading touches them: they are carried over
// from the input as they are (the fast path copies every part anyway).

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CUSTOM_PROPERTIES = `${NS_REL}/custom-properties`;
const CUSTOM_XML = `${NS_REL}/customXml`;
const WPS_CELL_IMAGES = 'http://www.wps.cn/officeDocument/2020/cellImage';

/** The relationships part of `part`; '' is the package itself (_rels/.rels). */
function relsPart(part: string): string {
  return part === '' ? '_rels/.rels' : relsPathOf(part);
}

function addRelationship(out: PackageParts, from: string, type: string, part: string): void {
  const name = relsPart(from);
  const xml = out.text(name) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const taken = new Set(parseRels(xml).map((r) => r.id));
  let n = 1;
  while (taken.has(`rIdKpiExtra${n}`)) n++;
  const rel = `<Relationship Id="rIdKpiExtra${n}" Type="${type}" Target="${from === '' ? part : relative(from, part)}"/>`;
  out.set(name, xml.includes('</Relationships>') ? xml.replace('</Relationships>', `${rel}</Relationships>`) : xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`));
}

/** The content type the input's [Content_Types].xml gives a part (its Override, else its extension's Default). */
function contentType(types: string, part: string): string | null {
  for (const m of types.matchAll(/<Override\b([^>]*?)\/?>/g)) {
    if (new RegExp(`\\bPartName="/?${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'i').test(m[1]!)) return /\bContentType="([^"]*)"/.exec(m[1]!)?.[1] ?? null;
  }
  const ext = path.extname(part).slice(1).toLowerCase();
  for (const m of types.matchAll(/<Default\b([^>]*?)\/?>/g)) {
    if (new RegExp(`\\bExtension="${ext}"`, 'i').test(m[1]!)) return /\bContentType="([^"]*)"/.exec(m[1]!)?.[1] ?? null;
  }
  return null;
}

/**
 * Copies `part` of the input into `out` with its own relationships and the parts they name, and gives the name it has
 * there: its own, or a fresh one where exceljs wrote another part under that name (its images are numbered anew).
 * Null when there is nothing to copy.
 */
function copyPart(out: PackageParts, input: PackageParts, part: string, inputTypes: string): string | null {
  const bytes = input.bytes(part);
  const type = contentType(inputTypes, part);
  if (!bytes || !type) return null;
  let name = part;
  if (out.has(part)) {
    if (out.bytes(part)?.equals(bytes)) return part;
    const ext = path.extname(part);
    const stem = part.slice(0, part.length - ext.length);
    let n = 1;
    while (out.has(`${stem}_kpi${n}${ext}`)) n++;
    name = `${stem}_kpi${n}${ext}`;
  }
  out.set(name, bytes);
  const types = out.text('[Content_Types].xml') ?? '';
  if (contentType(types, name) !== type) {
    out.set('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${name}" ContentType="${type}"/></Types>`));
  }
  // The part's own relationships (a custom XML item's itemProps, WPS's in-cell pictures), each part they name with it.
  const rels = input.text(relsPart(part));
  if (rels !== null) {
    let text = rels;
    for (const r of parseRels(rels)) {
      if (r.external) continue;
      const target = resolve(part, r.target);
      const copied = copyPart(out, input, target, inputTypes);
      if (copied && copied !== target) text = text.replace(`Target="${r.target}"`, `Target="${relative(name, copied)}"`);
    }
    out.set(relsPart(name), text);
  }
  return name;
}

/** The workbook's structure protection (<workbookProtection …/>), put where the schema wants it: before <bookViews>. */
function carryProtection(out: PackageParts, input: PackageParts, workbookPart: string): void {
  const element = /<workbookProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/workbookProtection>)/.exec(input.text(workbookPart) ?? '')?.[0];
  const xml = out.text('xl/workbook.xml');
  if (!element || !xml || xml.includes('<workbookProtection')) return;
  const at = ['<bookViews', '<sheets'].map((tag) => xml.indexOf(tag)).find((i) => i >= 0);
  if (at === undefined) return;
  out.set('xl/workbook.xml', xml.slice(0, at) + element + xml.slice(at));
}

/** Carries the input package's custom properties, custom XML parts and workbook protection into exceljs's `out`. */
export function carryPackageExtras(out: PackageParts, source: Buffer, maxSize: number): void {
  const dir = readZipDirectory(source);
  if (!dir.ok) return;
  const input = PackageParts.ofZip(source, dir.entries, maxSize);
  const inputTypes = input.text('[Content_Types].xml') ?? '';
  const root = parseRels(input.text('_rels/.rels'));
  for (const r of root.filter((x) => x.type === CUSTOM_PROPERTIES && !x.external)) {
    const part = resolve('', r.target);
    if (parseRels(out.text('_rels/.rels')).some((x) => x.type === CUSTOM_PROPERTIES) || out.has(part)) continue;
    const copied = copyPart(out, input, part, inputTypes);
    if (copied) addRelationship(out, '', CUSTOM_PROPERTIES, copied);
  }
  const workbookPart = root.find((r) => r.type.endsWith('/officeDocument'))?.target;
  if (!workbookPart) return;
  const wbPart = resolve('', workbookPart);
  // Related from the workbook, as Excel relates them, or from the package (LibreOffice: 「../customXml/item1.xml」 from
  // _rels/.rels, a path above the package's root that means customXml/item1.xml): related from the workbook in the copy.
  const items = [
    ...parseRels(input.text(relsPart(wbPart))).filter((x) => x.type === CUSTOM_XML && !x.external).map((r) => resolve(wbPart, r.target)),
    ...root.filter((x) => x.type === CUSTOM_XML && !x.external).map((r) => resolve('', r.target).replace(/^(\.\.\/)+/, '')),
  ];
  for (const part of new Set(items)) {
    if (out.has(part)) continue;
    const copied = copyPart(out, input, part, inputTypes);
    if (copied) addRelationship(out, 'xl/workbook.xml', CUSTOM_XML, copied);
  }
  // WPS's pictures in cells (=DISPIMG("ID_…")): the cells keep their formulas, the pictures are a part of the workbook's.
  for (const r of parseRels(input.text(relsPart(wbPart))).filter((x) => x.type === WPS_CELL_IMAGES && !x.external)) {
    const part = resolve(wbPart, r.target);
    if (out.has(part)) continue;
    const copied = copyPart(out, input, part, inputTypes);
    if (copied) addRelationship(out, 'xl/workbook.xml', WPS_CELL_IMAGES, copied);
  }
  carryProtection(out, input, wbPart);
}
