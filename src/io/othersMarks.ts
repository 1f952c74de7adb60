// A person's marks that are formulas reading someone else's: a sheet copied from 张三's keeps ='基础数据'!B2…B17 (the
// column headed 张三), so 李四 was scored 91.00 优秀 on 张三's marks for his own 78.00 一般, exit 0 without a word; 王五's
// 业绩 as ='李四'!G21… gave 88.00 良好 for his 99.00. Said at the first such cell, naming whose marks they are.
import { nameOf } from '../engine/mergeRaters.js';
import { nameKey } from '../engine/text.js';
import type { FormDef } from '../model/definition.js';
import { problem } from '../model/problems/index.js';
import { parseRef } from './fast/xml.js';
import { cellsOnSheets } from './graded/staleFormulas.js';
import { cellAddress, type Grid } from './grid.js';
import type { PersonEntries } from '../model/entries.js';

/** How far up a column and left along a row a data sheet's heading is looked for. */
const HEADING_REACH = 200;

/** What is read of a workbook's people (readPeople's ReadResult, named here without importing it: readPeople calls this). */
interface PeopleRead {
  people: readonly PersonEntries[];
  sources: ReadonlyArray<{ kind: string; sheet: string }>;
}

export function marksOfOthers(form: FormDef, grids: readonly Grid[], out: PeopleRead): void {
  const bySheet = new Map(grids.map((g) => [sheetKey(g.name), g]));
  const owner = new Map<string, string>();
  out.sources.forEach((s, i) => {
    const name = s.kind === 'form' && out.people[i] ? nameOf(form, out.people[i]!) : '';
    if (s.kind === 'form' && name) owner.set(sheetKey(s.sheet), name);
  });
  const names = new Map([...owner.values()].map((n) => [nameKey(n), n]));
  const shared = sharedCells(out, bySheet, owner);
  out.sources.forEach((s, i) => {
    const person = out.people[i];
    const own = owner.get(sheetKey(s.sheet));
    const grid = bySheet.get(sheetKey(s.sheet));
    if (s.kind !== 'form' || !person || !own || !grid?.formula) return;
    const found: Array<{ cell: string; formula: string; other: string; heading?: string; along?: '列' | '行' }> = [];
    for (const e of person.entries.values()) {
      const at = e.at.cell && e.at.sheet === s.sheet ? parseRef(e.at.cell) : null;
      const formula = at ? grid.formula(at[0], at[1]) : undefined;
      if (!at || !formula) continue;
      for (const ref of cellsOnSheets(formula)) {
        const theirs = owner.get(sheetKey(ref.sheet));
        if (theirs && nameKey(theirs) !== nameKey(own) && !shared(ref, theirs)) {
          found.push({ cell: e.at.cell!, formula, other: theirs });
          break;
        }
        const data = theirs ? undefined : bySheet.get(sheetKey(ref.sheet));
        const heading = data ? headingName(data, ref.row, ref.col, names, own) : undefined;
        if (heading && !shared(ref, heading.name)) {
          found.push({ cell: e.at.cell!, formula, other: heading.name, heading: `${ref.sheet}!${heading.cell}`, along: heading.along });
          break;
        }
      }
    }
    const first = found[0];
    if (!first) return;
    const others = [...new Set(found.map((f) => f.other))];
    const fields = { name: own, formula: `=${first.formula}`, other: first.other, others, count: found.length, ...(first.heading ? { heading: first.heading, along: first.along! } : {}) };
    (person.problems ??= []).push(problem('marks-of-other', fields, { ...person.at, sheet: s.sheet, cell: first.cell }, { person: own }));
  });
}

/**
 * The person whose name heads the column above, or the row left of, a data sheet's cell — none when the person's own
 * name heads it too (their own column) or no one's does.
 */
function headingName(grid: Grid, row: number, col: number, names: ReadonlyMap<string, string>, own: string): { name: string; cell: string; along: '列' | '行' } | undefined {
  const hits: Array<{ name: string; cell: string; along: '列' | '行' }> = [];
  const look = (r: number, c: number) => {
    const name = names.get(nameKey(grid.text(r, c)));
    if (name) hits.push({ name, cell: cellAddress(r, c), along: c === col ? '列' : '行' });
  };
  for (let r = Math.max(1, row - HEADING_REACH); r < row; r++) look(r, col);
  for (let c = Math.max(1, col - HEADING_REACH); c < col; c++) look(row, c);
  if (hits.some((h) => nameKey(h.name) === nameKey(own))) return undefined;
  return hits.length ? hits[hits.length - 1] : undefined;
}

/**
 * A cell everyone's sheet may read, never `other`'s marks: written absolute ($R$2), inside a merged range (a team 系数
 * merged over R2:R4, the rows of 张三, 李四 and 王五), or read from two or more sheets besides `other`'s own. f1 (每人一行的
 * 基础数据, 上级综合评定 ='基础数据'!$R$2 on every sheet) warned 李四!G25 and 王五!G25 that they read 张三's row, though
 * the value is the team's (李四 80 良好, 王五 98 优秀 stand). A lone copy (李四 reading 张三's column B as 张三 does) is still said.
 */
function sharedCells(out: PeopleRead, bySheet: ReadonlyMap<string, Grid>, owner: ReadonlyMap<string, string>): (ref: { sheet: string; row: number; col: number; absolute: boolean }, other: string) => boolean {
  const readers = new Map<string, Set<string>>();
  const key = (ref: { sheet: string; row: number; col: number }) => `${sheetKey(ref.sheet)}!${ref.row}!${ref.col}`;
  out.sources.forEach((s, i) => {
    const grid = s.kind === 'form' ? bySheet.get(sheetKey(s.sheet)) : undefined;
    const who = nameKey(owner.get(sheetKey(s.sheet)) ?? s.sheet);
    for (const e of grid?.formula ? (out.people[i]?.entries.values() ?? []) : []) {
      const at = e.at.cell && e.at.sheet === s.sheet ? parseRef(e.at.cell) : null;
      const formula = at ? grid!.formula!(at[0], at[1]) : undefined;
      for (const ref of formula ? cellsOnSheets(formula) : []) readers.set(key(ref), (readers.get(key(ref)) ?? new Set()).add(who));
    }
  });
  return (ref, other) =>
    ref.absolute || (bySheet.get(sheetKey(ref.sheet))?.inMergedRange?.(ref.row, ref.col) ?? false) || [...(readers.get(key(ref)) ?? [])].filter((x) => x !== nameKey(other)).length >= 2;
}

function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}
