import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { xmlInPieces } from './exceljsXmlPieces.js';
import { ZipWriter } from './fast/zipWrite.js';
import { inflateEntryCapped, type ZipEntry } from './zipGuard.js';

// exceljs reads and writes a package through JSZip, which inflates, deflates, encodes UTF-8 and sums CRCs in
// JavaScript, 16 KB per event-loop turn: for a workbook of 500 person sheets about a third of the grading
// time, and JSZip's reader first walks every byte of the package. Here exceljs is handed the parts instead:
// read from a package kpi's zip guard has checked, inflated by Node's zlib when exceljs asks for them, and
// written by Node's zlib. What exceljs sees is the same JSZip interface (loadAsync's result, ZipWriter).

const requireFromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));

/** Text, text in pieces (a sheet as exceljsXmlPieces.ts hands it on), bytes, or bytes inflated when first read. */
type Content = string | string[] | Buffer | (() => Buffer);

/** The parts of a package by name, in order: what exceljs loads from and writes into. */
export class PackageParts {
  private readonly parts = new Map<string, Content>();
  /** Parts' text decoded while `readingTexts` runs, dropped after it (see there). */
  private texts: Map<string, string> | undefined;

  /**
   * The parts of a checked zip (`entries` its directory), each inflated when first read, within `maxSize`; those
   * in `inflated` (what the zip guard inflated already) as they are.
   */
  static ofZip(buffer: Buffer, entries: readonly ZipEntry[], maxSize: number, inflated?: ReadonlyMap<string, Buffer>): PackageParts {
    const parts = new PackageParts();
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const ready = inflated?.get(entry.name);
      if (ready) {
        parts.parts.set(entry.name, ready);
        continue;
      }
      parts.parts.set(entry.name, () => {
        const inflated = inflateEntryCapped(buffer, entry, maxSize);
        if (!inflated.ok) {
          const message = `zip entry ${entry.name}: ${inflated.detail}`;
          throw inflated.reason === 'too-large' ? new RangeError(message) : new Error(message);
        }
        return inflated.data;
      });
    }
    return parts;
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** The part as UTF-8 text (as JSZip's `async('string')`: a byte-order mark is kept), null when absent. */
  text(name: string): string | null {
    const c = this.parts.get(name);
    if (c === undefined) return null;
    if (Array.isArray(c)) return c.join('');
    if (typeof c === 'string') return c;
    let text = this.texts?.get(name);
    if (text === undefined) {
      text = bytesOf(c).toString('utf8');
      this.texts?.set(name, text);
    }
    return text;
  }

  /**
   * Runs `work` with each part's text decoded once, not once a look: workbookFixups.ts looks at every sheet a dozen
   * times, and each look inflated and decoded it again (a template's 490 KB sheet: 4.7 ms a decoding, about 40 ms of
   * every roster loaded). The texts are dropped afterwards, not kept beside the bytes while exceljs loads.
   */
  readingTexts<T>(work: () => T): T {
    this.texts = new Map();
    try {
      return work();
    } finally {
      this.texts = undefined;
    }
  }

  bytes(name: string): Buffer | null {
    const c = this.parts.get(name);
    if (c === undefined) return null;
    if (Array.isArray(c)) return Buffer.from(c.join(''), 'utf8');
    return typeof c === 'string' ? Buffer.from(c, 'utf8') : bytesOf(c);
  }

  set(name: string, content: string | string[] | Buffer): void {
    this.texts?.delete(name);
    this.parts.set(name, content);
  }

  remove(name: string): void {
    this.texts?.delete(name);
    this.parts.delete(name);
  }

  /** JSZip's `file`, the little of it the package editors use (charts.ts, links.ts). */
  file(name: string): { async(type: 'string'): Promise<string> } | null;
  file(name: string, content: string): this;
  file(name: string, content?: string): { async(type: 'string'): Promise<string> } | null | this {
    if (content !== undefined) {
      this.set(name, content);
      return this;
    }
    return this.has(name) ? { async: () => Promise.resolve(this.text(name) ?? '') } : null;
  }

  /** Writes the package to `file` (a new file), every part deflated by Node's zlib. */
  async writeTo(file: string): Promise<void> {
    const zip = await ZipWriter.create(file);
    try {
      for (const [name, content] of this.parts) await zip.add(name, Array.isArray(content) ? content : [typeof content === 'string' ? content : bytesOf(content)]);
      await zip.finish();
    } catch (err) {
      await zip.abort();
      throw err;
    }
  }
}

function bytesOf(c: Buffer | (() => Buffer)): Buffer {
  return typeof c === 'function' ? c() : c;
}

// ---- exceljs's side ---------------------------------------------------------------------------------

interface JSZipStatic {
  loadAsync(data: unknown, options?: unknown): Promise<unknown>;
}
interface ZipWriterLike {
  options: { kpiParts?: PackageParts };
  stream: { end(chunk?: Buffer): void };
  emit(event: string): boolean;
}
interface ZipWriterClass {
  prototype: { append(data: unknown, options: { name: string; base64?: boolean }): void; finalize(): Promise<void> };
}

/** Looks at a part's text as exceljs takes it (no second decoding): throws to stop the load, or returns the text to load instead. */
export type Inspect = (name: string, text: string) => string | void;

/** What exceljs is given to load (wb.xlsx.load(token)) in place of a package, and the parts it stands for. */
const pending = new WeakMap<object, { parts: PackageParts; inspect?: Inspect }>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const JSZip = requireFromExceljs('jszip') as JSZipStatic;
  const loadAsync = JSZip.loadAsync;
  JSZip.loadAsync = function (data: unknown, options?: unknown) {
    const load = typeof data === 'object' && data !== null ? pending.get(data) : undefined;
    return load ? Promise.resolve(jszipView(load.parts, load.inspect)) : loadAsync.call(this, data, options);
  };
  const { ZipWriter: Writer } = requireFromExceljs('./lib/utils/zip-stream.js') as { ZipWriter: ZipWriterClass };
  const { append, finalize } = Writer.prototype;
  Writer.prototype.append = function (this: ZipWriterLike, data: unknown, options: { name: string; base64?: boolean }) {
    const parts = this.options.kpiParts;
    if (!parts) return append.call(this, Array.isArray(data) ? data.join('') : data, options);
    if (Array.isArray(data)) return parts.set(options.name.replace(/^\//, ''), data as string[]);
    const content = options.base64 ? Buffer.from(String(data), 'base64') : typeof data === 'string' ? data : Buffer.from(data as Uint8Array);
    parts.set(options.name.replace(/^\//, ''), content);
  };
  // After the hook above: exceljs's sheets come to append() in pieces from now on.
  xmlInPieces();
  Writer.prototype.finalize = async function (this: ZipWriterLike) {
    if (!this.options.kpiParts) return finalize.call(this);
    this.stream.end(Buffer.alloc(0));
    this.emit('finish');
  };
}

/** The part of JSZip's interface exceljs's reader uses: `files`, each with `name`, `dir` and `async`. */
function jszipView(parts: PackageParts, inspect?: Inspect): { files: Record<string, unknown> } {
  const files: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const name of parts.names()) {
    files[name] = {
      name,
      dir: false,
      async: async (type: string) => {
        if (type !== 'string') return parts.bytes(name);
        const text = parts.text(name);
        return inspect && text !== null ? inspect(name, text) ?? text : text;
      },
    };
  }
  return { files };
}

/** Loads `parts` into `wb` with exceljs's reader, JSZip left out; `inspect` sees each part exceljs reads as text. */
export async function loadParts(wb: ExcelJS.Workbook, parts: PackageParts, inspect?: Inspect): Promise<void> {
  install();
  const token = {};
  pending.set(token, inspect ? { parts, inspect } : { parts });
  try {
    await wb.xlsx.load(token as ArrayBuffer);
  } finally {
    pending.delete(token);
  }
}

/** The parts exceljs writes for `wb`, not yet zipped. */
export async function writeParts(wb: ExcelJS.Workbook): Promise<PackageParts> {
  install();
  // A print area read as A1:AU33 would be written half-relative ($A1:$AU33), which LibreOffice ignores and Excel
  // shifts: A$1 is what exceljs writes as the user's own $A$1.
  for (const ws of wb.worksheets) {
    const area = ws.pageSetup?.printArea;
    if (area && !area.includes('$')) ws.pageSetup.printArea = area.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
  }
  // A workbook read without a theme (LibreOffice writes none) keeps an empty set of themes, and exceljs then writes none
  // while its relationships and content types name theme1.xml: Excel calls the graded copy damaged. The default theme
  // is written instead (kpi's own styles use its colours).
  const held = wb as unknown as { _themes?: Record<string, string> };
  if (held._themes && Object.keys(held._themes).length === 0) held._themes = undefined;
  const parts = new PackageParts();
  await wb.xlsx.writeBuffer({ zip: { kpiParts: parts } } as unknown as ExcelJS.XlsxWriteOptions);
  oneCellAnchorsValid(parts);
  return parts;
}

/**
 * exceljs writes an image anchored to one cell as <xdr:oneCellAnchor editAs="oneCell">, an attribute the schema gives
 * only to twoCellAnchor: openpyxl refused the drawing and saw none of the team's images in the graded copy. It is left
 * out (a one-cell anchor moves with its cell and keeps its size, which is all editAs="oneCell" says).
 */
function oneCellAnchorsValid(parts: PackageParts): void {
  for (const name of parts.names().filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))) {
    const xml = parts.text(name)!;
    if (xml.includes('oneCellAnchor editAs=')) parts.set(name, xml.replace(/(<xdr:oneCellAnchor)\s+editAs="[^"]*"/g, '$1'));
  }
}

/** Writes `wb` to `file` (a new file), its parts deflated by Node's zlib: exceljs's writeFile deflates in JavaScript. */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await (await writeParts(wb)).writeTo(file);
}
