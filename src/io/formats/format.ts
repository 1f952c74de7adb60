// The reader interface: what one input format (xlsx, CSV/text, an HTML table saved as .xls …) gives the
// loader. sniff.ts decides from a file's bytes which format it is and checks it (size, zip bomb, XML
// entities, encoding); the format's reader turns those checked bytes into grids.
import type ExcelJS from 'exceljs';
import type { Problem } from '../../model/problem.js';
import type { Grid } from '../grid.js';
import type { TemplateMetadata } from '../metadata.js';
import type { Sniffed } from '../sniff.js';
import type { FastInput, WriterChoice } from '../fast/read.js';

export type InputKind = Sniffed['kind'];

export interface LoadedInput {
  kind: InputKind;
  grids: Grid[];
  /** The workbook itself for .xlsx input, kept so the graded copy keeps everything the user wrote. */
  workbook: ExcelJS.Workbook | null;
  /** For text input: the rows as read, copied into the graded workbook. */
  rows: string[][] | null;
  metadata: Partial<TemplateMetadata> | null;
  /** Hidden sheets left out of `grids` (graded only with includeHidden). */
  hiddenSheets: string[];
  /** The .xlsx package as read, for what exceljs cannot carry over (charts, pivot tables). */
  package?: Buffer;
  /** A workbook kpi graded before: the sheets kpi had added (now removed, with all kpi's other changes). */
  /** A workbook kpi graded: its sheets kpi added, and the 考核月份 it was titled with. */
  regraded?: { sheets: string[]; period?: string };
  encoding?: string;
  delimiter?: string;
  /** A large roster read without exceljs (src/io/fast): the graded copy is written by editing its package. */
  fast?: FastInput;
  /** What the reader had to say about the file (quotes taken as text in a CSV): reported with the file's problems. */
  notes?: Problem[];
}

export interface ReadOptions {
  /** The text encoding the user gave (--encoding); absent = the detected one. */
  encoding?: string;
  /** Grade hidden sheets too. */
  includeHidden?: boolean;
  /** Largest uncompressed part (--max-size). */
  maxSize?: number;
  /** How an .xlsx is read: 'auto' and 'package' may take the fast path (src/io/fast); absent = exceljs. */
  writer?: WriterChoice;
}

export type ReadResult = { ok: true; input: LoadedInput } | { ok: false; failure: Problem };

export interface InputFormat<K extends InputKind = InputKind> {
  kind: K;
  /**
   * The names files of this format carry (lower case, with the dot). The content decides what a file is;
   * these only say which files in a folder are meant as input, and what to cut off for an output's name.
   */
  extensions: readonly string[];
  read(file: string, sniffed: Extract<Sniffed, { kind: K }>, options: ReadOptions): Promise<ReadResult>;
}
