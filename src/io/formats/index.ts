// Every input format kpi reads, one reader each. A new format: a reader file here (see format.ts),
// its names in names.ts, a line below, and the branch in sniff.ts that recognizes its bytes.
import { csvFormat } from './csv.js';
import type { InputFormat, InputKind } from './format.js';
import { htmlFormat } from './html.js';
import { xlsxFormat } from './xlsx.js';

const READERS: { [K in InputKind]: InputFormat<K> } = {
  xlsx: xlsxFormat,
  csv: csvFormat,
  html: htmlFormat,
};

export function readerOf<K extends InputKind>(kind: K): InputFormat<K> {
  return READERS[kind];
}
