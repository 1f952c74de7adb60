// How big an input may be: the one default behind --max-size (score, batch, rollup) and every library
// caller that gives none. It bounds the file itself, a text file's bytes, and each part inside a workbook.

export const MiB = 1024 * 1024;

/** 100 MB unless --max-size says otherwise. */
export const DEFAULT_MAX_SIZE = 100 * MiB;
