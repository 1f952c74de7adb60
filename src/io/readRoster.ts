import { entryKey, type FormDef, type PersonEntries, type RawEntry } from '../forms/types.js';
import { problem, type Problem } from '../forms/problem.js';
import { columnDictionary, type ColumnTarget } from './columns.js';
import { cellAddress, rawText, type Grid } from './grid.js';
import { labelKey } from './normalize.js';

const HEADER_SEARCH_ROWS = 30;
const TOTAL_ROW_WORDS = new Set(['合计', '总计', '小计', '平均', '平均值', '汇总']);

export interface RosterColumns {
  headerRow: number;
  columns: Map<number, ColumnTarget>;
  unknown: Array<{ col: number; text: string }>;
  duplicates: Array<{ col: number; text: string }>;
}

/** Looks for the row of column headings: the row among the first 30 whose cells name the most of this form's columns. */
export function findRosterHeader(grid: Grid, form: FormDef, dict = columnDictionary(form)): RosterColumns | null {
  let best: RosterColumns | null = null;
  let bestEntries = 0;
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, grid.rowCount); row++) {
    const columns = new Map<number, ColumnTarget>();
    const seen = new Set<ColumnTarget>();
    const unknown: RosterColumns['unknown'] = [];
    const dupes: RosterColumns['duplicates'] = [];
    let entries = 0;
    let named = false;
    for (let col = 1; col <= grid.columnCount; col++) {
      const text = grid.text(row, col);
      if (!text) continue;
      // Two-row headings: 「客户回访率」 merged over its inputs on the row above 「回访客户数」.
      const above = row > 1 ? grid.text(row - 1, col) : '';
      const target = lookup(dict, text) ?? (above && above !== text ? lookup(dict, `${above}·${text}`) : undefined);
      if (!target) {
        unknown.push({ col, text });
        continue;
      }
      if (seen.has(target) || [...seen].some((t) => sameEntry(t, target))) {
        dupes.push({ col, text });
        continue;
      }
      seen.add(target);
      columns.set(col, target);
      if (target.kind === 'entry') entries++;
      else if (target.field.role === 'name') named = true;
    }
    if (named && entries >= 1 && entries > bestEntries) {
      best = { headerRow: row, columns, unknown, duplicates: dupes };
      bestEntries = entries;
    }
  }
  return best;
}

function lookup(dict: Map<string, ColumnTarget>, text: string): ColumnTarget | undefined {
  const direct = dict.get(labelKey(text));
  if (direct) return direct;
  // 「回访客户数(户)」「处理能力(分)」: a unit in brackets after the heading.
  const withoutUnit = text.normalize('NFKC').replace(/\s*\([^()]*\)\s*$/, '');
  return withoutUnit !== text ? dict.get(labelKey(withoutUnit)) : undefined;
}

function sameEntry(a: ColumnTarget, b: ColumnTarget): boolean {
  return (
    a.kind === 'entry' && b.kind === 'entry' && a.item === b.item && a.input === b.input && a.rater === b.rater && a.slot === b.slot
  );
}

/** One person per non-blank row under the headings. */
export function readRoster(grid: Grid, form: FormDef, layout: RosterColumns, file?: string): { people: PersonEntries[]; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const d of layout.duplicates) {
    problems.push(
      problem('warning', 'unknown-column', `${grid.name}!${cellAddress(layout.headerRow, d.col)}:列「${d.text}」与前面的列重复,已忽略`, {
        file,
        sheet: grid.name,
        cell: cellAddress(layout.headerRow, d.col),
      }),
    );
  }
  const nameCol = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'name')?.[0];
  const people: PersonEntries[] = [];
  for (let row = layout.headerRow + 1; row <= grid.rowCount; row++) {
    const header = new Map<string, string>();
    const entries = new Map<string, RawEntry>();
    let anything = false;
    for (const [col, target] of layout.columns) {
      const raw = grid.value(row, col);
      const at = { file, sheet: grid.name, cell: cellAddress(row, col) };
      if (target.kind === 'entry') entries.set(entryKey(target.item.id, target.input.id, target.rater?.id ?? '', target.slot), { raw, at });
      if (raw.kind === 'empty') continue;
      anything = true;
      if (target.kind === 'header') header.set(target.field.id, rawText(raw).trim());
    }
    if (!anything) continue;
    const firstText = [...header.values()][0] ?? '';
    if (TOTAL_ROW_WORDS.has(firstText.replace(/\s+/g, ''))) continue;
    people.push({ header, entries, at: { file, sheet: grid.name, cell: cellAddress(row, nameCol ?? 1) } });
  }
  return { people, problems };
}
