import { raterGroups } from '../forms/expand.js';
import { entryKey, type FormDef, type PersonEntries, type RawEntry } from '../forms/types.js';
import { problem, type Problem } from '../forms/problem.js';
import { columnDictionary, columnHeading, type ColumnTarget } from './columns.js';
import { cellAddress, rawText, type Grid } from './grid.js';
import { labelKey, labelVariants } from './normalize.js';

const HEADER_SEARCH_ROWS = 30;
// Rows under the people that are not people: totals, averages, signatures.
const NOT_A_PERSON = /^(合计|总计|小计|平均|汇总|制表|审核|审批|签字|签名|填表|备注|说明|注[::])/;

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
      if ([...seen].some((t) => sameEntry(t, target))) {
        dupes.push({ col, text });
        continue;
      }
      seen.add(target);
      columns.set(col, target);
      // Free-text columns (说明, 原因) alone do not make a sheet a roster: 明细 and 汇总 sheets have them too.
      if (target.kind === 'entry' && target.input.type !== 'text') entries++;
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
function lookup(dict: Map<string, ColumnTarget>, text: string): ColumnTarget | undefined {
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
  problems.push(...columnProblems(grid, form, layout, file));
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
    if (rowTexts(grid, row, layout.columns).some((t) => NOT_A_PERSON.test(t))) continue;
    if ([...entries.values()].every((e) => e.raw.kind === 'empty' || e.raw.kind === 'formula-without-result') && header.size === 0) continue;
    people.push({ header, entries, at: { file, sheet: grid.name, cell: cellAddress(row, nameCol ?? 1) } });
  }
  return { people, problems };
}

/** Texts of the row outside its entry columns (a reason typed by a person may start with any word). */
function rowTexts(grid: Grid, row: number, columns: Map<number, ColumnTarget>): string[] {
  const out: string[] = [];
  for (let col = 1; col <= Math.min(grid.columnCount, 60); col++) {
    if (columns.get(col)?.kind === 'entry') continue;
    const v = grid.value(row, col);
    if (v.kind === 'text') out.push(v.value.normalize('NFKC').replace(/\s+/g, ''));
  }
  return out;
}

/** Once per sheet: headings that name nothing of this form (a typo hides an item), and required columns missing. */
function columnProblems(grid: Grid, form: FormDef, layout: RosterColumns, file?: string): Problem[] {
  const out: Problem[] = [];
  const at = { file, sheet: grid.name };
  if (layout.unknown.length) {
    const names = layout.unknown.slice(0, 20).map((u) => `「${u.text}」(${cellAddress(layout.headerRow, u.col)})`).join('、');
    out.push(problem('info', 'unknown-column', `工作表「${grid.name}」中这些列不是本考核表的项目,已忽略:${names}`, at));
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
          out.push(problem('error', 'item-not-found', `工作表「${grid.name}」缺少列「${heading}」,无法为「${item.label}」评分(列名可写作「${heading}」)`, at, { item: item.label }));
        }
      }
    }
  }
  return out;
}
