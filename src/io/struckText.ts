import type { RawValue } from '../model/entries.js';

// Text struck through (font strike) is how a sheet crosses a thing out. A team lead corrected 李四's 推诿客户 from 3 to 2
// by striking the 3 and typing 2 after it, one cell of two runs 「~~3~~」「2」: joined, they read 32 violations, 李四
// 18 + (40 − 0.5 × 32) + 39.5 = 81.50 良好 at exit 0 for 18 + 39 + 39.5 = 96.50 优秀 (§12); §10's 实际销售额
// 「~~90000~~95000」 was 9,000,095,000 (赵六 100.00 for 93.75). A struck run is not the cell's value: the cell reads as
// its runs not struck, and a cell struck whole (every run, or its own font) is crossed out, read as blank. The text
// left out is kept on the value (`struck`) to be said at the cell. Both readers, exceljs's (grid.ts) and the fast
// path's (fast/readPackage.ts), read runs into these.

export interface Run {
  text: string;
  struck: boolean;
}

/** A cell's runs apart: the text not struck and the text struck; undefined when no run with text is struck. */
export function struckApart(runs: readonly Run[]): { kept: string; struck: string } | undefined {
  if (!runs.some((r) => r.struck && r.text.trim())) return undefined;
  let kept = '';
  let struck = '';
  for (const r of runs) {
    if (r.struck) struck += r.text;
    else kept += r.text;
  }
  return { kept, struck: struck.trim() };
}

/** `raw`, read from the runs not struck, with the struck text it leaves out. */
export function withStruck(raw: RawValue, struck: string): RawValue {
  if (raw.kind === 'empty') return { kind: 'empty', struck };
  return raw.kind === 'text' ? { ...raw, struck } : raw;
}

/** A cell whose font is struck, no run of its own saying otherwise: crossed out, blank; `shown` is its text as read. */
export function crossedOut(raw: RawValue, shown: string): RawValue {
  return raw.kind === 'empty' || !shown.trim() ? raw : { kind: 'empty', struck: shown.trim() };
}

/** The name a name cell read blank for being struck through whole (undefined for any other). */
export function struckName(raw: RawValue): string | undefined {
  return raw.kind === 'empty' && raw.struck ? raw.struck : undefined;
}
