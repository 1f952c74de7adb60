import path from 'node:path/posix';
import { columnLetters } from '../grid.js';
import { METADATA_SHEET } from '../metadata.js';
import { readZipDirectory, type ZipEntry } from '../zipGuard.js';
import { inflateChunks } from './inflate.js';
import { openPackage, readPart, Unsupported, type PackageInfo } from './readPackage.js';
import { StyleBook } from './styleBook.js';
import { attributes, escapeXml, parseRef } from './xml.js';
import { ZipWriter } from './zipWrite.js';

// The graded workbook of the fast path: the input's package with kpi's parts moved in. kpi's parts come
// from the package exceljs wrote for the skeleton (skeleton.ts) — the same code, so the same sheets,
// cells, styles, print set-up, charts, links and _kpi record as the exceljs path. Every part of the input
// is copied as it was, but for the sheets that got kpi's cells: their rows are streamed through and each
// row kpi wrote to gets kpi's cells (result columns, a problem's fill, a taller row), and their sheet
// properties, views, columns and print set-up are the ones exceljs wrote. Styles are the input's with
// kpi's appended, so every index the input's cells use stays valid.

export interface TransplantPlan {
  input: PackageInfo;
  /** The skeleton's graded workbook as exceljs wrote it (charts and links added, no shared strings). */
  kpi: Buffer;
  /** Sheets kpi wrote into: the columns it appended (if any) and the cells it marked. */
  edited: Map<string, { first: number; last: number; marked: Set<string> }>;
  /** Sheets kpi added, by name (the input's _kpi, when it had one, gets kpi's record in place). */
  added: string[];
}

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

type Rel = { id: string; type: string; target: string; external: boolean };

const relsPathOf = (part: string) => `${path.dirname(part)}/_rels/${path.basename(part)}.rels`;

function parseRels(xml: string | null): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', external: a.get('TargetMode') === 'External' };
  });
}

function relsXml(rels: Rel[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('') +
    `</Relationships>`
  );
}

const resolve = (from: string, target: string) => (target.startsWith('/') ? target.slice(1) : path.normalize(`${path.dirname(from)}/${target}`));
const relative = (from: string, to: string) => path.relative(path.dirname(from), to);

/** kpi's shared strings (exceljs's in-memory writer always uses them): the raw <si> items. */
function sharedItems(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g)].map((m) => m[0]);
}

/**
 * A cell of kpi's package as it goes into the input's: its style index moved to where its style now sits,
 * its shared string to where kpi's strings follow the input's.
 */
function restyle(xml: string, remap: (xf: number) => number, stringOffset = 0): string {
  return xml
    .replace(/(<c\b[^>]*?\st="s"[^>]*><v>)(\d+)</g, (_, head: string, i: string) => `${head}${Number(i) + stringOffset}<`)
    .replace(/(<c\b[^>]*?\ss=")(\d+)"/g, (_, head: string, s: string) => `${head}${remap(Number(s))}"`)
    .replace(/(<row\b[^>]*?\ss=")(\d+)"/g, (_, head: string, s: string) => `${head}${remap(Number(s))}"`)
    .replace(/(<col\b[^>]*?\sstyle=")(\d+)"/g, (_, head: string, s: string) => `${head}${remap(Number(s))}"`);
}

// Children of <worksheet> in the order the schema requires (ECMA-376 Part 1, §18.3.1.99).
const HEAD = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols'];
const TAIL = [
  'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews',
  'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing',
  'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];
/** What exceljs's model decides for a sheet kpi sets up: taken from kpi's package. */
const FROM_KPI = new Set(['sheetPr', 'sheetViews', 'cols', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter']);

/** The top-level elements of a run of sheet XML, by tag; anything else makes the caller fall back. */
function elements(xml: string, tags: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let rest = xml;
  for (const tag of tags) {
    const re = new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
    const found = [...rest.matchAll(re)].map((m) => m[0]);
    if (found.length) {
      out.set(tag, found);
      rest = rest.replace(re, '');
    }
  }
  if (rest.replace(/<\/worksheet>/, '').trim()) throw new Unsupported(`sheet XML with ${rest.trim().slice(0, 40)}`);
  return out;
}

interface SheetParts {
  prolog: string;
  head: Map<string, string[]>;
  tail: Map<string, string[]>;
}

function splitSheet(head: string, tail: string): SheetParts {
  const open = /^[\s\S]*?<worksheet\b[^>]*>/.exec(head);
  if (!open) throw new Unsupported('sheet XML without <worksheet>');
  return { prolog: open[0], head: elements(head.slice(open[0].length), HEAD), tail: elements(tail, TAIL) };
}

interface KpiRow {
  n: number;
  attrs: string;
  body: string;
}

/** Rows of kpi's sheet XML, in order. */
function* kpiRows(xml: string): Generator<KpiRow> {
  const re = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) yield { n: Number(/\br="(\d+)"/.exec(m[1]!)![1]), attrs: m[1]!, body: m[2] ?? '' };
}

const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;

function cellsOf(body: string): Array<{ col: number; xml: string; attrs: string }> {
  const out: Array<{ col: number; xml: string; attrs: string }> = [];
  let col = 0;
  for (const m of body.matchAll(CELL)) {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1]!);
    col = ref ? parseRef(ref[1]!)![1] : col + 1;
    out.push({ col, xml: m[0], attrs: m[1]! });
  }
  return out;
}

const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

function setAttr(attrs: string, name: string, value: string): string {
  const re = new RegExp(`\\s${name}="[^"]*"`);
  return re.test(attrs) ? attrs.replace(re, ` ${name}="${value}"`) : `${attrs} ${name}="${value}"`;
}

/** The sheet's rows streamed through, each row kpi wrote to merged with kpi's. */
async function* mergedSheet(
  input: PackageInfo,
  part: string,
  kpiXml: string,
  edit: { first: number; last: number; marked: Set<string> },
  fix: (xml: string) => string,
  legacyDrawing: string | null,
): AsyncGenerator<string> {
  const kpiOpen = kpiXml.indexOf('<sheetData');
  const kpiDataEnd = kpiXml.indexOf('</sheetData>');
  const kpiHead = kpiXml.slice(0, kpiOpen);
  const kpiTail = kpiDataEnd >= 0 ? kpiXml.slice(kpiDataEnd + '</sheetData>'.length) : kpiXml.slice(kpiXml.indexOf('>', kpiOpen) + 1);
  const kpiParts = splitSheet(kpiHead, kpiTail);
  const rows = kpiRows(kpiDataEnd >= 0 ? kpiXml.slice(kpiOpen, kpiDataEnd) : '');
  let nextKpi = rows.next();

  const inSpan = (col: number) => col >= edit.first && col <= edit.last;
  const kpiCells = (row: KpiRow) => {
    const adds: string[] = [];
    const marks = new Map<number, string>();
    for (const c of cellsOf(row.body)) {
      if (inSpan(c.col)) adds.push(fix(c.xml));
      else if (edit.marked.has(`${columnLetters(c.col)}${row.n}`)) {
        const s = attr(fix(`<c${c.attrs}/>`), 's');
        if (s !== undefined) marks.set(c.col, s);
      }
    }
    return { adds, marks };
  };
  const newRow = (row: KpiRow): string => {
    const { adds, marks } = kpiCells(row);
    const marked = [...marks].map(([col, s]) => `<c r="${columnLetters(col)}${row.n}" s="${s}"/>`);
    if (!adds.length && !marked.length) return '';
    const ht = attr(row.attrs, 'ht');
    return `<row r="${row.n}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${marked.join('')}${adds.join('')}</row>`;
  };
  const mergeRow = (n: number, attrs: string, body: string, row: KpiRow): string => {
    const { adds, marks } = kpiCells(row);
    let cells = body;
    const needsParse = marks.size > 0 || (adds.length > 0 && cellsOf(body).some((c) => inSpan(c.col)));
    if (needsParse || adds.length) {
      const own = cellsOf(body).filter((c) => !inSpan(c.col));
      const placed = own.map((c) => {
        const s = marks.get(c.col);
        if (s === undefined) return c;
        marks.delete(c.col);
        return { ...c, xml: /^<c\b[^>]*?\ss="\d+"/.test(c.xml) ? c.xml.replace(/^(<c\b[^>]*?\s)s="\d+"/, `$1s="${s}"`) : c.xml.replace(/^<c\b/, `<c s="${s}"`) };
      });
      for (const [col, s] of marks) placed.push({ col, attrs: '', xml: `<c r="${columnLetters(col)}${n}" s="${s}"/>` });
      const all = [...placed, ...adds.map((xml) => ({ col: parseRef(/\br="([A-Z]+\d+)"/.exec(xml)![1]!)![1], attrs: '', xml }))];
      all.sort((a, b) => a.col - b.col);
      cells = all.map((c) => c.xml).join('');
    }
    let a = attrs.replace(/\sspans="[^"]*"/, '');
    const ht = attr(row.attrs, 'ht');
    if (ht !== undefined && ht !== attr(attrs, 'ht')) a = setAttr(setAttr(a, 'ht', ht), 'customHeight', '1');
    if (!/\sr="/.test(a)) a = ` r="${n}"${a}`;
    return `<row${a}>${cells}</row>`;
  };

  const decoder = new TextDecoder('utf-8');
  let buf = '';
  let state = 'head' as 'head' | 'rows' | 'tail';
  let inputHead = '';
  let inputTail = '';
  let previous = 0;
  const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const out: string[] = [];

  const beforeRow = (n: number) => {
    while (!nextKpi.done && nextKpi.value.n < n) {
      out.push(newRow(nextKpi.value));
      nextKpi = rows.next();
    }
  };
  const step = () => {
    if (state === 'head') {
      const at = buf.indexOf('<sheetData');
      if (at < 0) return;
      inputHead = buf.slice(0, at);
      const open = /^<sheetData\b[^>]*?(\/?)>/.exec(buf.slice(at));
      if (!open) return;
      buf = buf.slice(at + open[0].length);
      out.push(sheetHead(inputHead, kpiParts), '<sheetData>');
      state = open[1] ? 'tail' : 'rows';
      if (state === 'tail') inputTail = buf, (buf = '');
    }
    if (state !== 'rows') return;
    ROW.lastIndex = 0;
    let consumed = 0;
    let m: RegExpExecArray | null;
    while ((m = ROW.exec(buf))) {
      const r = /\br="(\d+)"/.exec(m[1]!);
      const n = r ? Number(r[1]) : previous + 1;
      previous = n;
      beforeRow(n);
      if (!nextKpi.done && nextKpi.value.n === n) {
        out.push(mergeRow(n, m[1]!, m[2] ?? '', nextKpi.value));
        nextKpi = rows.next();
      } else out.push(m[0]);
      consumed = ROW.lastIndex;
    }
    buf = buf.slice(consumed);
    const close = buf.indexOf('</sheetData>');
    if (close >= 0 && !/<row\b/.test(buf.slice(0, close))) {
      state = 'tail';
      inputTail = buf.slice(close + '</sheetData>'.length);
      buf = '';
    }
  };
  for await (const chunk of inflateChunks(input.buffer, input.entries.get(part)!, input.maxSize)) {
    const text = decoder.decode(chunk, { stream: true });
    if (state === 'tail') inputTail += text;
    else {
      buf += text;
      step();
    }
    if (out.length) yield out.splice(0).join('');
  }
  const last = decoder.decode();
  if (state === 'tail') inputTail += last;
  else {
    buf += last;
    step();
  }
  if (state !== 'tail') throw new Unsupported(`${part}: sheet XML not understood`);
  beforeRow(Infinity);
  out.push('</sheetData>', sheetTail(inputHead, inputTail, kpiParts, legacyDrawing));
  yield out.splice(0).join('');

  function sheetHead(head: string, kpi: SheetParts): string {
    const own = splitSheet(head, '');
    let xml = own.prolog;
    if (!/\sxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_REL}"`);
    for (const tag of HEAD) {
      const take = FROM_KPI.has(tag) ? (kpi.head.get(tag) ?? []) : (own.head.get(tag) ?? []);
      xml += take.map((x) => (tag === 'cols' ? fix(x) : tag === 'dimension' ? widerDimension(x, kpi.head.get('dimension')?.[0]) : x)).join('');
    }
    return xml;
  }
  function sheetTail(head: string, tail: string, kpi: SheetParts, legacy: string | null): string {
    const own = splitSheet(head, tail);
    let xml = '';
    for (const tag of TAIL) {
      let take = FROM_KPI.has(tag) ? (kpi.tail.get(tag) ?? []) : (own.tail.get(tag) ?? []);
      if (tag === 'legacyDrawing' && !take.length && legacy) take = [legacy];
      xml += take.join('');
    }
    return xml + '</worksheet>';
  }
}

function widerDimension(own: string, kpi: string | undefined): string {
  const ref = (x: string | undefined) => (x ? /\bref="([^"]*)"/.exec(x)?.[1] ?? '' : '');
  const ends = [ref(own), ref(kpi)].map((r) => parseRef(r.split(':').pop() ?? '')).filter((x): x is [number, number] => !!x);
  if (!ends.length) return own;
  const row = Math.max(...ends.map((e) => e[0]));
  const col = Math.max(...ends.map((e) => e[1]));
  return `<dimension ref="A1:${columnLetters(col)}${row}"/>`;
}

/** The graded package: the input's parts, kpi's moved in. Written to `file` (a temporary name). */
export async function transplant(plan: TransplantPlan, file: string): Promise<void> {
  const { input } = plan;
  const dir = readZipDirectory(plan.kpi);
  if (!dir.ok) throw new Error('exceljs wrote an unreadable package');
  const kpi = openPackage(plan.kpi, dir.entries, 2 ** 31);
  const kpiPart = (name: string) => readPart(kpi, name);
  const styles = new StyleBook(input.stylesXml);
  const remap = styles.merge(kpi.stylesXml);
  // kpi's shared strings after the input's, so the input's cells keep their indexes.
  const kpiStrings = sharedItems(kpiPart('xl/sharedStrings.xml'));
  const sstRel = parseRels(input.workbookRelsXml).find((r) => r.type.endsWith('/sharedStrings'));
  const sstPart = sstRel ? resolve('xl/workbook.xml', sstRel.target) : null;
  const ownSst = sstPart ? readPart(input, sstPart) : null;
  const offset = ownSst ? [...ownSst.matchAll(/<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g)].length : 0;
  const restyled = (xml: string) => restyle(xml, remap, offset);

  const inputSheets = new Map(input.sheets.map((s) => [s.name, s]));
  const kpiSheets = new Map(kpi.sheets.map((s) => [s.name, s]));
  const sheetEntries = [...input.workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  if (sheetEntries.length !== input.sheets.length) throw new Unsupported('chart sheets or dialog sheets');

  const taken = new Set(input.entries.keys());
  const fresh = (make: (n: number) => string) => {
    let n = 1;
    while (taken.has(make(n))) n++;
    taken.add(make(n));
    return make(n);
  };
  const newParts = new Map<string, string | Buffer>(); // part → content (kpi's parts, moved)
  const contentTypes: Array<{ part: string; type: string }> = [];
  const defaults = new Map<string, string>();
  const kpiTypes = new Map([...kpi.contentTypesXml.matchAll(/<Override\b[^>]*>/g)].map((m) => [attributes(m[0]).get('PartName') ?? '', attributes(m[0]).get('ContentType') ?? '']));

  /** Moves a part of kpi's package (and what its relationships point to) to a fresh name. */
  const move = (from: string, to: string, content: string) => {
    newParts.set(to, content);
    const type = kpiTypes.get(`/${from}`);
    if (type) contentTypes.push({ part: to, type });
    const rels = parseRels(kpiPart(relsPathOf(from)));
    if (!rels.length) return;
    const moved = rels.map((r) => {
      if (r.external) return r;
      const target = resolve(from, r.target);
      const ext = path.extname(target);
      const base = path.basename(target, ext).replace(/\d+$/, '');
      const dest = fresh((n) => `${path.dirname(target)}/${base}${n}${ext}`);
      move(target, dest, kpiPart(target) ?? '');
      return { ...r, target: relative(to, dest) };
    });
    newParts.set(relsPathOf(to), relsXml(moved));
  };

  // kpi's sheets: new parts (their drawings and charts with them); _kpi in place when the input had it.
  const replaced = new Map<string, string>(); // input part → kpi's content
  const addedSheets: Array<{ name: string; part: string; rid: string; state: string | null }> = [];
  const usedRids = new Set(parseRels(input.workbookRelsXml).map((r) => r.id));
  let ridNo = 1;
  for (const name of plan.added) {
    const source = kpiSheets.get(name);
    if (!source) throw new Error(`kpi's sheet ${name} missing from its package`);
    const xml = restyled(kpiPart(source.part) ?? '');
    if (inputSheets.has(name)) {
      if (name !== METADATA_SHEET) throw new Unsupported(`sheet ${name} both the input's and kpi's`);
      replaced.set(inputSheets.get(name)!.part, xml);
      continue;
    }
    const part = fresh((n) => `xl/worksheets/sheet${n}.xml`);
    move(source.part, part, xml);
    if (!contentTypes.some((t) => t.part === part)) contentTypes.push({ part, type: WORKSHEET_TYPE });
    while (usedRids.has(`rIdKpi${ridNo}`)) ridNo++;
    addedSheets.push({ name, part, rid: `rIdKpi${ridNo++}`, state: source.state === 'visible' ? null : source.state });
  }
  if (plan.edited.has(METADATA_SHEET) && replaced.size) throw new Unsupported('_kpi edited and replaced');

  // Sheets kpi wrote into: notes go with kpi's comments part (exceljs wrote all of the sheet's notes).
  const edits = new Map<string, { name: string; kpiXml: string; legacy: string | null }>();
  for (const [name, edit] of plan.edited) {
    void edit;
    const own = inputSheets.get(name);
    const theirs = kpiSheets.get(name);
    if (!own || !theirs) throw new Unsupported(`edited sheet ${name} not found`);
    const kpiXml = kpiPart(theirs.part) ?? '';
    let legacy: string | null = null;
    const theirRels = parseRels(kpiPart(relsPathOf(theirs.part)));
    const comments = theirRels.find((r) => r.type.endsWith('/comments'));
    const vml = theirRels.find((r) => r.type.endsWith('/vmlDrawing'));
    if (comments && vml) {
      const ownRelsPath = relsPathOf(own.part);
      const ownRels = parseRels(readPart(input, ownRelsPath));
      const ownComments = ownRels.find((r) => r.type.endsWith('/comments'));
      const ownVml = ownRels.find((r) => r.type.endsWith('/vmlDrawing'));
      const commentsXml = kpiPart(resolve(theirs.part, comments.target)) ?? '';
      const vmlXml = kpiPart(resolve(theirs.part, vml.target)) ?? '';
      if (ownComments && ownVml) {
        replaced.set(resolve(own.part, ownComments.target), commentsXml);
        replaced.set(resolve(own.part, ownVml.target), vmlXml);
      } else if (!ownComments && !ownVml) {
        const c = fresh((n) => `xl/comments${n}.xml`);
        const v = fresh((n) => `xl/drawings/vmlDrawing${n}.vml`);
        newParts.set(c, commentsXml);
        newParts.set(v, vmlXml);
        contentTypes.push({ part: c, type: COMMENTS_TYPE });
        defaults.set('vml', VML_TYPE);
        const ids = new Set(ownRels.map((r) => r.id));
        let k = 1;
        while (ids.has(`rIdKpi${k}`) || ids.has(`rIdKpi${k + 1}`)) k++;
        ownRels.push({ id: `rIdKpi${k}`, type: comments.type, target: relative(own.part, c), external: false });
        ownRels.push({ id: `rIdKpi${k + 1}`, type: vml.type, target: relative(own.part, v), external: false });
        replaced.set(ownRelsPath, relsXml(ownRels));
        legacy = `<legacyDrawing r:id="rIdKpi${k + 1}"/>`;
      } else throw new Unsupported('notes without their drawing');
    }
    edits.set(own.part, { name, kpiXml, legacy });
  }

  const workbookXml = editWorkbook(plan, input, kpi, sheetEntries, addedSheets);
  let sstXml: string | null = null;
  let sstNew: string | null = null;
  if (kpiStrings.length) {
    const base = ownSst ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>';
    const total = offset + kpiStrings.length;
    sstXml = base
      .replace(/<sst\b[^>]*?(\/?)>/, (open: string, self: string) => {
        const tag = open.replace(/\s(count|uniqueCount)="[^"]*"/g, '').replace(/\/?>$/, ` count="${total}" uniqueCount="${total}">`);
        return self ? `${tag}</sst>` : tag;
      })
      .replace(/<\/sst>\s*$/, () => `${kpiStrings.join('')}</sst>`);
    if (!sstPart) {
      sstNew = fresh((n) => (n === 1 ? 'xl/sharedStrings.xml' : `xl/sharedStrings${n}.xml`));
      contentTypes.push({ part: sstNew, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml' });
    }
  }
  const workbookRels = input.workbookRelsXml.replace(/<\/Relationships>\s*$/, () =>
    (sstNew ? `<Relationship Id="rIdKpiStrings" Type="${NS_REL}/sharedStrings" Target="${relative('xl/workbook.xml', sstNew)}"/>` : '') +
    addedSheets.map((s) => `<Relationship Id="${s.rid}" Type="${NS_REL}/worksheet" Target="${escapeXml(relative('xl/workbook.xml', s.part))}"/>`).join('') + '</Relationships>',
  );
  let types = input.contentTypesXml;
  for (const [ext, type] of defaults) {
    if (!new RegExp(`<Default\\b[^>]*Extension="${ext}"`, 'i').test(types)) types = types.replace(/<\/Types>\s*$/, `<Default Extension="${ext}" ContentType="${type}"/></Types>`);
  }
  types = types.replace(/<\/Types>\s*$/, () => contentTypes.map((t) => `<Override PartName="/${escapeXml(t.part)}" ContentType="${escapeXml(t.type)}"/>`).join('') + '</Types>');

  const zip = await ZipWriter.create(file);
  try {
    for (const entry of input.entries.values()) {
      const edit = edits.get(entry.name);
      if (entry.name === 'xl/workbook.xml') await zip.add(entry.name, [workbookXml]);
      else if (entry.name === 'xl/_rels/workbook.xml.rels') await zip.add(entry.name, [workbookRels]);
      else if (entry.name === '[Content_Types].xml') await zip.add(entry.name, [types]);
      else if (entry.name === 'xl/styles.xml') continue; // last: the merge above added kpi's styles
      else if (edit) await zip.add(entry.name, mergedSheet(input, entry.name, edit.kpiXml, plan.edited.get(edit.name)!, restyled, edit.legacy));
      else if (replaced.has(entry.name)) await zip.add(entry.name, [replaced.get(entry.name)!]);
      else if (entry.name === sstPart && sstXml) await zip.add(entry.name, [sstXml]);
      else if (isSheetPart(input, entry)) await copyUnselected(zip, input, entry);
      else await zip.copy(input.buffer, entry);
    }
    for (const [name, content] of replaced) if (!input.entries.has(name)) await zip.add(name, [content]);
    for (const [name, content] of newParts) await zip.add(name, [content]);
    if (sstNew && sstXml) await zip.add(sstNew, [sstXml]);
    await zip.add('xl/styles.xml', [styles.toXml()]);
    await zip.finish();
  } catch (err) {
    await zip.abort();
    throw err;
  }
}

function isSheetPart(input: PackageInfo, entry: ZipEntry): boolean {
  return input.sheets.some((s) => s.part === entry.name);
}

/** 汇总 is the selected sheet: other sheets lose tabSelected (two selected tabs are a group in Excel). */
async function copyUnselected(zip: ZipWriter, input: PackageInfo, entry: ZipEntry): Promise<void> {
  if (entry.uncompressedSize > 8 * 1024 * 1024) return zip.copy(input.buffer, entry);
  const xml = readPart(input, entry.name) ?? '';
  if (!/<sheetView\b[^>]*\stabSelected="(1|true)"/.test(xml)) return zip.copy(input.buffer, entry);
  await zip.add(entry.name, [xml.replace(/(<sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/, '$1')]);
}

/** workbook.xml: kpi's sheets in kpi's order, 汇总 active, print names as exceljs wrote them for the sheets kpi set up. */
function editWorkbook(
  plan: TransplantPlan,
  input: PackageInfo,
  kpi: PackageInfo,
  entries: string[],
  added: Array<{ name: string; part: string; rid: string; state: string | null }>,
): string {
  const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(input.workbookXml)?.[1];
  if (!prefix) throw new Unsupported('workbook.xml without a relationships prefix');
  const inputOrder = input.sheets.map((s) => s.name);
  const order = kpi.sheets.map((s) => s.name);
  const kept = order.filter((n) => inputOrder.includes(n));
  if (kept.join('\u0000') !== inputOrder.join('\u0000')) throw new Unsupported('sheet order changed');
  let sheetId = Math.max(0, ...input.sheets.map((s) => s.sheetId));
  const newEntry = new Map(
    added.map((s) => [s.name, `<sheet name="${escapeXml(s.name)}" sheetId="${++sheetId}"${s.state ? ` state="${s.state}"` : ''} ${prefix}:id="${s.rid}"/>`]),
  );
  const sheets = order.map((n) => (inputOrder.includes(n) ? entries[inputOrder.indexOf(n)]! : newEntry.get(n)!)).join('');
  let xml = input.workbookXml.replace(/(<sheets\b[^>]*>)[\s\S]*?(<\/sheets>)/, (_, open: string, close: string) => open + sheets + close);

  // 汇总 first and active, as openOn sets it: the view exceljs wrote.
  const view = /<workbookView\b[^>]*?(?:\/>|>[\s\S]*?<\/workbookView>)/.exec(kpi.workbookXml)?.[0] ?? '<workbookView firstSheet="0" activeTab="0"/>';
  if (/<bookViews\b/.test(xml)) xml = xml.replace(/<bookViews\b[^>]*?(?:\/>|>[\s\S]*?<\/bookViews>)/, () => `<bookViews>${view}</bookViews>`);
  else xml = xml.replace(/<sheets\b/, () => `<bookViews>${view}</bookViews><sheets`);

  // Defined names: sheet-local ones follow their sheet to its new place; print names of the sheets kpi
  // set up are the ones exceljs wrote.
  const setUp = new Set([...plan.edited.keys(), ...added.map((s) => s.name), ...plan.added]);
  const local = (tag: string) => attributes(tag).get('localSheetId');
  const names: string[] = [];
  for (const m of input.workbookXml.matchAll(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g)) {
    const tag = m[0];
    const id = local(tag);
    const sheet = id !== undefined ? inputOrder[Number(id)] : undefined;
    const name = attributes(tag).get('name') ?? '';
    if (sheet !== undefined && setUp.has(sheet) && /^_xlnm\.Print_(Area|Titles)$/.test(name)) continue;
    names.push(id !== undefined && sheet !== undefined ? tag.replace(/\slocalSheetId="\d+"/, ` localSheetId="${order.indexOf(sheet)}"`) : tag);
  }
  for (const m of kpi.workbookXml.matchAll(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g)) {
    const id = local(m[0]);
    const sheet = id !== undefined ? order[Number(id)] : undefined;
    if (sheet !== undefined && setUp.has(sheet) && /^_xlnm\.Print_(Area|Titles)$/.test(attributes(m[0]).get('name') ?? '')) names.push(m[0]);
  }
  const block = names.length ? `<definedNames>${names.join('')}</definedNames>` : '';
  if (/<definedNames\b/.test(xml)) xml = xml.replace(/<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/, () => block);
  else xml = xml.replace(/<\/sheets>/, () => `</sheets>${block}`);
  return xml;
}
