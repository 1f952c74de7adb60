import { constants } from 'node:buffer';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';

// Chinese systems export CSV as UTF-8 (with or without BOM), GBK/GB18030 (Excel's 「CSV(逗号分隔)」
// on a Chinese Windows) or UTF-16LE with tabs (Excel's 「Unicode 文本」). Node 20's full ICU decodes
// GB18030 including its four-byte sequences; the 'gbk' label does not, so GBK is always read as
// GB18030 (a superset).

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { text: string; encoding: TextEncodingName } | { problem: Problem };

const OVERRIDES: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-8-bom': 'utf-8-bom',
  'utf-8-sig': 'utf-8-bom',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
};

const LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
};

/** JavaScript's longest string (V8: 2^29 − 24 characters on 64-bit): a text file decodes into one. */
export const MAX_TEXT_CHARS = constants.MAX_STRING_LENGTH;

class TextTooLong extends Error {}

/** Decodes strictly (throws on invalid bytes); a leading BOM of the encoding is dropped. */
function strict(bytes: Uint8Array, encoding: TextEncodingName): string {
  try {
    return new TextDecoder(LABEL[encoding], { fatal: true }).decode(bytes);
  } catch (err) {
    // A 1 GB CSV is not an encoding problem: the text is longer than any string can be.
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'ERR_STRING_TOO_LONG' || /string longer than|Invalid string length/i.test(String(e?.message))) throw new TextTooLong();
    throw err;
  }
}

function bomOf(b: Uint8Array): TextEncodingName | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8-bom';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: in text, most ASCII characters leave one byte of each pair zero. */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Chinese text leaves fewer zeros than ASCII (a heading row of Chinese names: 27 % of pairs), and 一 (U+4E00) puts
  // one on the other side: a tenth of the pairs, five times as many as on the other side.
  if (oddZero > pairs * 0.1 && evenZero < pairs * 0.05 && evenZero * 5 < oddZero) return 'utf-16le';
  if (evenZero > pairs * 0.1 && oddZero < pairs * 0.05 && oddZero * 5 < evenZero) return 'utf-16be';
  return null;
}

/**
 * Decodes a text file: BOM first; then UTF-16 recognised by its zero bytes; then strict UTF-8; then
 * strict GB18030. `override` (utf-8, gb18030, gbk, utf-16le, utf-16be…) skips detection. Messages do
 * not name the file: the caller adds it.
 */
export function decodeText(buffer: Uint8Array, override?: string): Decoded {
  try {
    return decodeAny(buffer, override);
  } catch (err) {
    if (!(err instanceof TextTooLong)) throw err;
    const limit = `${Math.floor(MAX_TEXT_CHARS / 1e6)} 百万个字符`;
    return {
      problem: problem('too-large', { name: '', case: 'text', limit, megabytes: Math.floor(MAX_TEXT_CHARS / 1024 / 1024), chars: MAX_TEXT_CHARS }),
    };
  }
}

function decodeAny(buffer: Uint8Array, override?: string): Decoded {
  return override !== undefined && override !== '' ? decodeAsGiven(buffer, override) : decodeDetected(buffer);
}

/** The text in `encoding`, or null when the bytes are not valid in it (a text too long still throws). */
function attempt(buffer: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return strict(buffer, encoding);
  } catch (err) {
    if (err instanceof TextTooLong) throw err;
    return null;
  }
}

/** --encoding: that encoding or a clear refusal, never a guess. */
function decodeAsGiven(buffer: Uint8Array, override: string): Decoded {
  const enc = OVERRIDES[override.trim().toLowerCase()];
  if (!enc) {
    return {
      problem: problem('bad-encoding', { case: 'unknown-name', encoding: override }),
    };
  }
  const actual: TextEncodingName = enc === 'utf-8' && bomOf(buffer) === 'utf-8-bom' ? 'utf-8-bom' : enc;
  const text = attempt(buffer, actual);
  if (text !== null) return { text, encoding: actual };
  return {
    problem: problem('bad-encoding', { case: 'wrong-given', encoding: override, ...whereItBreaks(buffer, [actual]) }),
  };
}

/**
 * Where the bytes stop being text, in the encoding that reads most of them: the line, and the line as read (the bad
 * bytes as �). A few stray bytes in one 意见 made the whole file 「无法识别」, with nothing to say which cell to fix.
 */
function whereItBreaks(buffer: Uint8Array, encodings: readonly TextEncodingName[]): { line?: number; near?: string; likely?: string; cut?: true } {
  if (buffer.length > 64 * 1024 * 1024) return {};
  let best: { text: string; bad: number; encoding: TextEncodingName } | undefined;
  for (const encoding of encodings) {
    const text = new TextDecoder(LABEL[encoding]).decode(buffer);
    const bad = text.split('\uFFFD').length - 1;
    if (bad > 0 && (!best || bad < best.bad)) best = { text, bad, encoding };
  }
  if (!best) return {};
  const at = best.text.indexOf('\uFFFD');
  const start = best.text.lastIndexOf('\n', at) + 1;
  const end = best.text.indexOf('\n', at);
  // One line of the message: line ends of another kind (a lone CR) and control characters shown as spaces.
  const line = best.text.slice(start, end < 0 ? undefined : end).replace(/[\u0000-\u001f\u007f]/g, ' ');
  const near = line.length > 40 ? `${at - start > 20 ? '…' : ''}${line.slice(Math.max(0, at - start - 20), at - start + 20)}…` : line;
  // The bytes that are no text are the file's last ones (a character cut in two, nothing after it): the file was cut off
  // there — a copy aborted, a disk full — and 「改正这一格」 was the wrong advice.
  // Said so only when every byte before is text and the last ones begin a character (a decoder reading on would wait for
  // the rest of it): a stray byte or a run of another encoding's bytes at the end is still one place to mend.
  const cut = best.text.slice(0, at).length > 0 && unfinishedAtEnd(buffer, best.encoding) ? { cut: true as const } : {};
  return { line: best.text.slice(0, at).split('\n').length, near, likely: LABEL[best.encoding], ...cut };
}

/** The bytes are text in `encoding` but for their last ones, which begin a character that never ends. */
function unfinishedAtEnd(buffer: Uint8Array, encoding: TextEncodingName): boolean {
  try {
    new TextDecoder(LABEL[encoding], { fatal: true }).decode(buffer, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A byte-order mark decides; else UTF-16 by its zero bytes, UTF-8, then GB18030 (which GBK is part of). */
function decodeDetected(buffer: Uint8Array): Decoded {
  const bom = bomOf(buffer);
  if (bom) {
    const text = attempt(buffer, bom);
    if (text !== null) return { text, encoding: bom };
    // Where it stops being that encoding (a row of a GBK export pasted under Excel's 「CSV UTF-8」): said with the line.
    return { problem: problem('bad-encoding', { case: 'bom-mismatch', encoding: LABEL[bom], ...whereItBreaks(buffer, [bom]) }) };
  }
  const wide = utf16WithoutBom(buffer);
  for (const encoding of [...(wide ? [wide] : []), 'utf-8', 'gb18030'] as const) {
    const text = attempt(buffer, encoding);
    if (text !== null) return { text, encoding };
  }
  return {
    problem: problem('bad-encoding', { case: 'undetected', ...whereItBreaks(buffer, [...(wide ? [wide] : []), 'utf-8', 'gb18030']) }),
  };
}

const DELIMITERS = [',', '\t', ';'] as const;
const FULL_WIDTH_COMMA = '\uff0c';

/** Field count of each of the first records, splitting on `delim` outside double quotes. */
function fieldCounts(text: string, delim: string, maxRecords = 50, maxChars = 64 * 1024): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let blank = true;
  const limit = Math.min(text.length, maxChars);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < limit && counts.length < maxRecords; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      blank = false;
      continue;
    }
    if (ch === delim) {
      fields++;
      atFieldStart = true;
      blank = false;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (!blank) counts.push(fields);
      fields = 1;
      atFieldStart = true;
      blank = true;
      continue;
    }
    atFieldStart = false;
    if (ch !== ' ' && ch !== '\t') blank = false;
  }
  // The last record counts only if the text (or the sample) ended cleanly after it.
  if (!blank && counts.length < maxRecords && i >= text.length && !inQuotes) counts.push(fields);
  return counts;
}

interface Score {
  delim: string;
  columns: number;
  consistency: number;
}

function score(text: string, delim: string): Score | null {
  const counts = fieldCounts(text, delim);
  if (counts.length === 0) return null;
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let columns = 1;
  let best = 0;
  for (const [c, n] of freq) {
    if (n > best || (n === best && c > columns)) {
      columns = c;
      best = n;
    }
  }
  if (columns < 2) return null;
  return { delim, columns, consistency: best / counts.length };
}

/**
 * The delimiter that splits the first records into a consistent number of columns (delimiters inside
 * double quotes ignored): comma, tab or semicolon; the full-width comma only when none of those
 * fits. Ties go to more columns, then to that order. A one-column text gives ','.
 */
export function detectDelimiter(text: string): string {
  const pick = (cands: readonly string[]): Score | null => {
    let best: Score | null = null;
    for (const d of cands) {
      const s = score(text, d);
      if (!s) continue;
      if (
        !best ||
        s.consistency > best.consistency + 1e-9 ||
        (Math.abs(s.consistency - best.consistency) <= 1e-9 && s.columns > best.columns)
      ) {
        best = s;
      }
    }
    return best;
  };
  const best = pick(DELIMITERS);
  if (best && best.consistency >= 0.5) return best.delim;
  const wide = pick([FULL_WIDTH_COMMA]);
  if (wide && (!best || wide.consistency > best.consistency)) return FULL_WIDTH_COMMA;
  return best ? best.delim : ',';
}
