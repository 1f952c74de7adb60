import zlib from 'node:zlib';
import { shownName } from './shownName.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { formatSize, inflateEntryCapped, MAX_RATIO, streamEntry, type ZipEntry } from './zipGuard.js';
import { sheetNamesByPart } from './sheetParts.js';

// A workbook part has no business declaring a DOCTYPE or entities. exceljs's XML parser (saxes)
// ignores the DOCTYPE's internal subset and throws "undefined entity" as soon as a declared entity
// is used, so neither billion laughs nor external entities expand — but the user gets an opaque
// error, and a DOCTYPE whose entities are never used is silently accepted. We refuse both, naming
// the part, before exceljs sees the file.

/** Parts exceljs hands to its XML parser. */
const XML_PART = /\.(xml|rels|vml)$/i;

const MARKERS = ['<!DOCTYPE', '<!ENTITY', '<!doctype', '<!entity'];
const NEEDLES: Buffer[] = MARKERS.flatMap((m) => [
  Buffer.from(m, 'latin1'),
  Buffer.from(m, 'utf16le'),
  Buffer.from(m, 'utf16le').swap16(),
]);
const OVERLAP = Math.max(...NEEDLES.map((n) => n.length)) - 1;
/** Every marker starts with `<!` in one of the three encodings: a part without any is clean in one pass each. */
const OPENERS = [Buffer.from('<!', 'latin1'), Buffer.from('<!', 'utf16le'), Buffer.from('<!', 'utf16le').swap16()];

function declaresEntities(part: Buffer): boolean {
  return OPENERS.some((o) => part.includes(o)) && NEEDLES.some((n) => part.includes(n));
}

/**
 * What a part contains that exceljs misreads, so loadInput knows which fix-ups to run before it loads
 * (see workbookFixups.ts): absolute relationship targets (openpyxl), date-typed cells (t="d"), and empty
 * cached values (<v></v>: a formula showing "" — or an uncached formula), drawings in the default namespace.
 */
export type XmlMark = 'absolute-target' | 'date-cell' | 'empty-value' | 'plain-drawing' | 'plain-comment' | 'sheet-phonetic' | 'inline-escape' | 'string-escape';
/** The parts each mark is looked for in: those the fix-up (workbookFixups.ts) repairs for it. */
export const MARKED_PARTS: Record<XmlMark, RegExp> = {
  'absolute-target': /\.rels$/,
  'date-cell': /^xl\/worksheets\/[^/]+\.xml$/i,
  'empty-value': /^xl\/worksheets\/[^/]+\.xml$/i,
  'plain-drawing': /^xl\/drawings\/[^/]+\.xml$/i,
  // Where openpyxl writes them (xl/comments/comment1.xml) and where commentParts.ts moves them (xl/comments1.xml).
  'plain-comment': /^xl\/comments(\/[^/]+|\d*)\.xml$/i,
  // A phonetic guide (<rPh>) in a cell's inline string, as Excel and WPS save 拼音指南: exceljs lost the rest of the sheet.
  'sheet-phonetic': /^xl\/worksheets\/[^/]+\.xml$/i,
  // Excel's escape of a control character (_x000D_) in an inline string: exceljs decodes it in shared strings only.
  'inline-escape': /^xl\/worksheets\/[^/]+\.xml$/i,
  // The same escapes in shared strings: exceljs decodes them all, 「_xFFFF_」 too, and wrote it back where XML cannot hold it.
  'string-escape': /^xl\/sharedStrings\.xml$/i,
};
const MARK_COUNT = Object.keys(MARKED_PARTS).length;
/** [needle, mark, the byte that must come right before the needle]: ' t="d"' is 't="d"' after a space. */
const MARK_NEEDLES: Array<[Buffer, XmlMark, number?]> = [
  [Buffer.from('Target="/', 'latin1'), 'absolute-target'],
  [Buffer.from("Target='/", 'latin1'), 'absolute-target'],
  [Buffer.from('t="d"', 'latin1'), 'date-cell', 0x20],
  [Buffer.from("t='d'", 'latin1'), 'date-cell', 0x20],
  [Buffer.from('<v></v>', 'latin1'), 'empty-value'],
  [Buffer.from('<v/>', 'latin1'), 'empty-value'],
  [Buffer.from('<v />', 'latin1'), 'empty-value'],
  [Buffer.from('<wsDr ', 'latin1'), 'plain-drawing'],
  [Buffer.from('<text><t', 'latin1'), 'plain-comment'],
  [Buffer.from('<rPh', 'latin1'), 'sheet-phonetic'],
  [Buffer.from('_x', 'latin1'), 'inline-escape'],
  [Buffer.from('_x', 'latin1'), 'string-escape'],
];

/**
 * Whether `hay` holds `needle` right after the byte `before` (or anywhere, without it). A needle that
 * starts with a space is searched for without it: on a run of spaces (a part padded with whitespace, as
 * zip bombs are) every position looks like a start, and the search took 20 times as long as inflating.
 */
function holds(hay: Buffer, needle: Buffer, before?: number): boolean {
  if (before === undefined) return hay.includes(needle);
  for (let i = hay.indexOf(needle, 1); i >= 0; i = hay.indexOf(needle, i + 1)) if (hay[i - 1] === before) return true;
  return false;
}

export type XmlCheck = { ok: true; sizes: Map<string, number>; marks: Set<XmlMark>; parts: Map<string, Buffer> } | { ok: false; problem: Problem };

/**
 * Parts up to this size are inflated whole, in one call (a workbook of 500 sheets has 2,000 parts, and a
 * stream per part was most of the check), and kept for the reader (`parts`) up to KEEP_TOTAL in all.
 * What inflates past it — a lying header, a real large part — is streamed as before.
 */
const WHOLE_MAX = 4 * 1024 * 1024;
const KEEP_TOTAL = 64 * 1024 * 1024;

/** The part inflated whole within `limit` bytes, or null when it is larger, damaged or not deflated: then it is streamed. */
function inflateWhole(buffer: Buffer, entry: ZipEntry, limit: number): Buffer | null {
  const inflated = inflateEntryCapped(buffer, entry, limit);
  return inflated.ok ? inflated.data : null;
}

/**
 * Inflates every part of the zip, chunk by chunk and capped at `cap` bytes each whatever the
 * headers declare (so a zip that lies about its sizes is still stopped), and refuses:
 * - an .xml/.rels/.vml part containing `<!DOCTYPE` or `<!ENTITY` (code 'xml-entities');
 * - a part whose real size exceeds `cap`, or a total over `maxTotalSize` (code 'too-large');
 * - a part that does not inflate, or whose bytes do not match the CRC-32 of the zip's directory (code
 *   'file-unreadable': a part damaged in copying or downloading would otherwise be scored as it reads).
 * Returns the real sizes, and the parts it inflated whole (`parts`, for the reader not to inflate them again).
 * Memory stays at one part of at most WHOLE_MAX, or one 256 KB chunk of a larger one, plus what is kept.
 */
export async function checkXmlParts(
  buffer: Buffer,
  entries: readonly ZipEntry[],
  cap: number,
  opts: { file?: string; maxTotalSize?: number } = {},
): Promise<XmlCheck> {
  const at = opts.file === undefined ? {} : { file: opts.file };
  const name = opts.file === undefined ? '' : shownName(opts.file);
  const sizes = new Map<string, number>();
  const marks = new Set<XmlMark>();
  const parts = new Map<string, Buffer>();
  let kept = 0;
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.compressedSize === 0) continue;
    const scan = XML_PART.test(entry.name);
    const remainingTotal = (opts.maxTotalSize ?? Number.POSITIVE_INFINITY) - total;
    const whole = inflateWhole(buffer, entry, Math.min(cap, remainingTotal, WHOLE_MAX));
    if (whole) {
      if (zlib.crc32(whole) >>> 0 !== entry.crc32 >>> 0) return { ok: false, problem: crcMismatch(buffer, entries, entry.name, opts.file) };
      if (scan) {
        if (declaresEntities(whole)) return { ok: false, problem: problem('xml-entities', { name, part: entry.name }, at) };
        for (const [needle, mark, before] of MARK_NEEDLES) if (!marks.has(mark) && MARKED_PARTS[mark].test(entry.name) && holds(whole, needle, before)) marks.add(mark);
      }
      if (kept + whole.length <= KEEP_TOTAL) {
        parts.set(entry.name, whole);
        kept += whole.length;
      }
      sizes.set(entry.name, whole.length);
      total += whole.length;
      continue;
    }
    let tail = Buffer.alloc(0);
    let found = false;
    let crc = 0;
    const remaining = Math.min(cap, (opts.maxTotalSize ?? Number.POSITIVE_INFINITY) - total);
    const r = await streamEntry(buffer, entry, Math.max(0, remaining), (chunk) => {
      crc = zlib.crc32(chunk, crc);
      if (!scan) return true;
      const hay = tail.length ? Buffer.concat([tail, chunk]) : chunk;
      if (declaresEntities(hay)) {
        found = true;
        return false;
      }
      if (marks.size < MARK_COUNT) for (const [needle, mark, before] of MARK_NEEDLES) if (!marks.has(mark) && MARKED_PARTS[mark].test(entry.name) && holds(hay, needle, before)) marks.add(mark);
      tail = Buffer.from(hay.subarray(Math.max(0, hay.length - OVERLAP)));
      return true;
    });
    if (found) {
      return {
        ok: false,
        problem: problem('xml-entities', { name, part: entry.name }, at),
      };
    }
    if (!r.ok && r.reason === 'too-large' && r.ratio) {
      // Its directory declared a small part (the declared ratio passed): the bytes themselves inflate past the limit.
      const fields = { name, case: 'ratio', part: entry.name, ratio: `${MAX_RATIO}:1 以上`, packed: formatSize(entry.compressedSize), size: `${formatSize(r.size)} 以上`, limit: MAX_RATIO } as const;
      return { ok: false, problem: problem('too-large', fields, at) };
    }
    if (!r.ok && r.reason === 'too-large') {
      const overTotal = remaining < cap;
      const limit = overTotal ? (opts.maxTotalSize as number) : cap;
      const declared = entry.uncompressedSize < r.size ? { declared: formatSize(entry.uncompressedSize) } : {};
      return {
        ok: false,
        problem: problem('too-large', { name, case: overTotal ? 'total-inflated' : 'part-inflated', part: entry.name, limit: formatSize(limit), ...declared }, at),
      };
    }
    if (!r.ok) {
      return {
        ok: false,
        problem: problem('file-unreadable', { name, case: 'part-inflate', part: entry.name, detail: r.detail }, at),
      };
    }
    if (crc >>> 0 !== entry.crc32 >>> 0) return { ok: false, problem: crcMismatch(buffer, entries, entry.name, opts.file) };
    sizes.set(entry.name, r.size);
    total += r.size;
  }
  return { ok: true, sizes, marks, parts };
}

/** A part whose bytes do not match its CRC-32, named by its sheet where it is one (when the workbook's own parts read). */
function crcMismatch(buffer: Buffer, entries: readonly ZipEntry[], part: string, file?: string): Problem {
  const text = (name: string): string => {
    const entry = entries.find((e) => e.name === name);
    const r = entry && inflateEntryCapped(buffer, entry, WHOLE_MAX);
    return r && r.ok && zlib.crc32(r.data) >>> 0 === entry.crc32 >>> 0 ? r.data.toString('utf8') : '';
  };
  const sheet = sheetNamesByPart(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')).get(part);
  const name = file === undefined ? '' : shownName(file);
  const at = { ...(file === undefined ? {} : { file }), ...(sheet === undefined ? {} : { sheet }) };
  return problem('file-unreadable', { name, case: 'part-crc', part, ...(sheet === undefined ? {} : { sheet }) }, at);
}
