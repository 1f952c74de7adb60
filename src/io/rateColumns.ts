import type { ItemDef } from '../model/definition.js';
import { parseNumberText } from '../engine/text.js';
import { rawText, type Grid } from './grid.js';
import type { RosterColumns } from './columns.js';
import { labelKey, withoutTrailingNote } from './normalize.js';

/**
 * A column headed by a ratio item's bare name (「问题解决率」, 「客户保留率(%)」) holding rates — 94%, 0.94, or numbers
 * up to 100 with decimals — where the form takes the rate's two counts. It was advised renamed to one of the counts
 * (「问题解决率·问题数」, and for 客户保留率 「·续签数」): a column of rates is neither, and the two advices contradicted
 * each other (§31, every team unscored at exit 1 either way). Whole numbers alone (94, 90) may be counts: not taken.
 */
export function rateColumnOf(grid: Grid, layout: RosterColumns, item: ItemDef, taken: ReadonlySet<number>): { text: string; col: number } | null {
  if (item.rule.kind !== 'ratio' || item.inputs.length < 2) return null;
  // Or the rate's own name (§8 客户回访率's 「回访率」 0.9 / 1: 「不是本考核表的项目」, no word of the counts it takes).
  const names = new Set([item.label, ...(item.aliases ?? []), ...(item.rule.name ? [item.rule.name] : [])].map(labelKey));
  const bare = (t: string) => labelKey(withoutTrailingNote(t.replace(/\s*[%%]\s*$/, '')).replace(/\s*[%%]\s*$/, ''));
  const u = layout.unknown.find((c) => !taken.has(c.col) && names.has(bare(c.text)));
  return u && holdsRates(grid, layout.headerRow, u.col) ? { text: u.text, col: u.col } : null;
}

function holdsRates(grid: Grid, headerRow: number, col: number): boolean {
  const values: number[] = [];
  let percent = false;
  for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
    const v = grid.value(r, col);
    const text = v.kind === 'text' ? rawText(v).trim() : '';
    if (/^[-+]?\d+(\.\d+)?\s*[%%]$/.test(text)) percent = true;
    const n = v.kind === 'number' ? v.value : text ? parseNumberText(text.replace(/\s*[%%]$/, ''), '')?.value : undefined;
    if (n !== undefined && Number.isFinite(n)) values.push(n);
  }
  const fraction = (n: number) => !Number.isInteger(n);
  if (percent || values.some((n) => n > 0 && n < 1)) return true;
  return values.length > 0 && values.every((n) => n >= 0 && n <= 100) && values.some(fraction);
}
