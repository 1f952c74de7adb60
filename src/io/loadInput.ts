// The one guarded way in: every file kpi reads (forms, name lists, pay files, months to roll up) is
// sniffed and checked by sniff.ts — size, zip bomb, XML entities, encoding — then read by its format's
// reader (formats/).
import type { Problem } from '../model/problem.js';
import { readerOf } from './formats/index.js';
import type { LoadedInput, ReadOptions, ReadResult } from './formats/format.js';
import { DEFAULT_MAX_SIZE } from './inputSize.js';
import { sniffFile, type Sniffed } from './sniff.js';

/** Reads any accepted input into grids, or says in one line why it cannot. */
export async function loadInput(file: string, options: ReadOptions & { maxSize?: number }): Promise<{ ok: true; input: LoadedInput } | { ok: false; failure: Problem }> {
  const sniffed = await sniffFile(file, { maxSize: options.maxSize ?? DEFAULT_MAX_SIZE, encoding: options.encoding });
  if (!sniffed.ok) return { ok: false, failure: sniffed.problem };
  return read(file, sniffed, options);
}

function read<K extends Sniffed['kind']>(file: string, sniffed: Extract<Sniffed, { kind: K }>, options: ReadOptions): Promise<ReadResult> {
  return readerOf<K>(sniffed.kind as K).read(file, sniffed, options);
}
