import { raterGroups } from '../engine/definition.js';
import { entryKey, type PersonEntries, type RawEntry } from '../model/entries.js';
import type { FormDef } from '../model/definition.js';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { columnDictionary, columnHeading, type ColumnDictionary, type ColumnTarget, type RosterColumns } from './columns.js';
import { cellAddress, rawText, type Grid } from './grid.js';
import { labelKey, labelVariants, MAX_HEADING_LENGTH } from './normalize.js';
import { missingColumnProblems, shortText } from './missingColumns.js';
import { classifyRow, skippedRowsProblem, type SkippedRow } from './rowKinds.js';
import { parseRef } from './fast/xml.js';

const HEADER_SEARCH_ROWS = 30;

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
      if (text.length > MAX_HEADING_LENGTH) {
        unknown.push({ col, text });
        continue;
      }
      // Two-row headings: 「客户回访率」 merged over its inputs on the row above 「回访客户数」.
      const above = row > 1 ? grid.text(row - 1, col) : '';
      const target = lookup(dict, text) ?? (above && above !== text ? lookup(dict, `${above}·${text}`) : undefined);
      if (!target) {
        unknown.push({ col, text });
        continue;
      }
      if ([...seen].some((t) => sameEntry(t, target))) {
        dupes.push({ col, text });
        continue;
      }
      seen.add(target);
      columns.set(col, target);
      // Free-text columns (说明, 原因) alone do not make a sheet a roster: 明细 and 汇总 sheets have them too. A
      // checklist's boxes are entries though, even typed as text (a form made only of tick boxes, §20's counts).
      if (target.kind === 'entry' && (target.input.type !== 'text' || target.item.rule.kind === 'checklist')) entries++;
      else if (target.kind === 'header' && target.field.role === 'name') named = true;
    }
    if (named && entries >= 1 && entries > bestEntries) {
      best = { headerRow: row, columns, unknown, duplicates: dupes };
      bestEntries = entries;
    }
  }
  return best;
}

// 「回访客户数(户)」「5.处理能力」: a unit in brackets after the heading, list numbering before it.
function lookup(dict: ColumnDictionary, text: string): ColumnTarget | undefined {
  for (const variant of labelVariants(text)) {
    const hit = dict.get(labelKey(variant));
    if (hit) return hit;
  }
  return undefined;
}

function sameEntry(a: ColumnTarget, b: ColumnTarget): boolean {
  if (a.kind === 'header' || b.kind === 'header') return a.kind === 'header' && b.kind === 'header' && a.field.id === b.field.id;
  return a.item === b.item && a.input === b.input && a.rater === b.rater && a.slot === b.slot;
}

/** One person per non-blank row under the headings. */
/** With `emit`, each person is handed over as read and not kept (`people` stays empty; `count` says how many). */
export function readRoster(grid: Grid, form: FormDef, layout: RosterColumns, file?: string, emit?: (p: PersonEntries) => void): { people: PersonEntries[]; problems: Problem[]; count: number } {
  const problems: Problem[] = [];
  for (const d of layout.duplicates) {
    problems.push(
      problem('duplicate-column', { heading: d.text }, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, d.col) }),
    );
  }
  const sheetProblems = columnProblems(grid, form, layout, file);
  problems.push(...sheetProblems);
  const unread = unreadColumns(sheetProblems, layout.headerRow);
  const nameColumn = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'name');
  const nameCol = nameColumn?.[0];
  const nameField = nameColumn?.[1].kind === 'header' ? nameColumn[1].field.id : undefined;
  const people: PersonEntries[] = [];
  let count = 0;
  const skipped: SkippedRow[] = [];
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const header = new Map<string, string>();
    const headerCells = new Map<string, string>();
    const entries = new Map<string, RawEntry>();
    let anything = false;
    for (const [col, target] of layout.columns) {
      const raw = grid.value(row, col);
      const at = { file, sheet: grid.name, cell: cellAddress(row, col) };
      if (target.kind === 'entry') entries.set(entryKey(target.item.id, target.input.id, target.rater?.id ?? '', target.slot), { raw, at });
      if (raw.kind === 'empty') continue;
      anything = true;
      if (target.kind === 'header') {
        header.set(target.field.id, rawText(raw).trim());
        headerCells.set(target.field.id, at.cell);
      }
    }
    if (!anything) continue;
    const kind = classifyRow(grid, row, layout.columns);
    if (kind) {
      skipped.push({ row, ...kind });
      continue;
    }
    // A row holding nothing but the month or the rater (a template made with --period or --rater) is a blank row, not a person.
    const shared = new Set(form.header.concat(form.footer ?? []).filter((f) => f.role === 'period' || f.role === 'date' || f.role === 'rater').map((f) => f.id));
    if ([...entries.values()].every((e) => e.raw.kind === 'empty' || e.raw.kind === 'formula-without-result') && [...header.keys()].every((k) => shared.has(k))) continue;
    const person: PersonEntries = { header, headerCells, entries, at: { file, sheet: grid.name, cell: cellAddress(row, nameCol ?? 1) } };
    // A value under a heading taken for a missing column is one the score leaves out: the person is not scored.
    for (const u of unread) {
      const raw = grid.value(row, u.col);
      if (raw.kind === 'empty') continue;
      const value = shortText(rawText(raw));
      const who = nameField ? header.get(nameField) : undefined;
      (person.problems ??= []).push(problem('unknown-column', { case: 'value-unread', heading: u.heading, like: u.like, value }, { file, sheet: grid.name, cell: cellAddress(row, u.col) }, { severity: 'error', ...(who ? { person: who } : {}) }));
    }
    count++;
    if (emit) emit(person);
    else people.push(person);
  }
  if (skipped.length) problems.push(skippedRowsProblem(grid.name, skipped, file));
  return { people, problems, count };
}

/** The columns an error says are a missing column retyped (unknown-column, looks-like, strong). */
function unreadColumns(problems: readonly Problem[], headerRow: number): Array<{ col: number; heading: string; like: string }> {
  const out: Array<{ col: number; heading: string; like: string }> = [];
  for (const p of problems) {
    const params = p.params as { case?: string; heading?: string; like?: string; strong?: boolean } | undefined;
    if (p.code !== 'unknown-column' || p.severity !== 'error' || params?.case !== 'looks-like' || !p.cell) continue;
    const ref = parseRef(p.cell);
    if (!ref || ref[0] !== headerRow) continue;
    out.push({ col: ref[1], heading: params.heading ?? '', like: params.like ?? '' });
  }
  return out;
}

/** Once per sheet: headings that name nothing of this form (a typo hides an item), and required columns missing. */
function columnProblems(grid: Grid, form: FormDef, layout: RosterColumns, file?: string): Problem[] {
  const out: Problem[] = [];
  const at = { file, sheet: grid.name };
  if (layout.unknown.length) {
    const columns = layout.unknown.slice(0, 20).map((u) => ({ heading: shortText(u.text), cell: cellAddress(layout.headerRow, u.col) }));
    out.push(problem('unknown-column', { case: 'ignored', sheet: grid.name, columns }, at));
  }
  const present = [...layout.columns.values()];
  for (const item of form.parts.flatMap((p) => p.items)) {
    const own = raterGroups(form, item);
    const groups = own ? own.filter((r) => r.required && r.weight > 0) : [null];
    for (const input of item.inputs.filter((i) => !i.optional)) {
      for (const rater of groups) {
        const found = present.some((t) => t.kind === 'entry' && t.item === item && t.input === input && t.rater === rater);
        if (!found) {
          const heading = columnHeading(item, input, rater, 1, form);
          out.push(problem('item-not-found', { case: 'column', sheet: grid.name, heading, item: item.label }, at, { item: item.label }));
        }
      }
    }
  }
  out.push(...missingColumnProblems(grid, form, layout, file));
  return out;
}
