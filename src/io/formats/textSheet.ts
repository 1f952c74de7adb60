// What the text formats share: the bytes decoded once more with the encoding sniff.ts settled on (or the
// one the user gave), and the one sheet a text file becomes, named after the file.
import path from 'node:path';
import type { Problem } from '../../model/problem.js';
import { safeSheetName } from '../excelText.js';
import { withoutXmlForbidden } from '../grid.js';
import { decodeText } from '../textDecode.js';

export function decodeTextFile(file: string, buffer: Buffer, encoding: string | undefined): { text: string; encoding: string; sheet: string } | { failure: Problem } {
  const decoded = decodeText(buffer, encoding);
  if ('problem' in decoded) return { failure: { ...decoded.problem, file } };
  // What XML cannot hold (control characters, U+FFFF) becomes a zero-width space before the text is split into cells,
  // as where a workbook's cells are read: the rows are also written into the graded copy as they are, and one U+FFFF
  // made it unreadable.
  return { text: withoutXmlForbidden(decoded.text), encoding: decoded.encoding, sheet: safeSheetName(path.basename(file).replace(/\.[^.]+$/, ''), new Set()) };
}
