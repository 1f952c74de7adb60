// A person's marks that are formulas reading someone else's: a sheet copied from 张三's keeps ='基础数据'!B2…B17 (the
// column headed 张三), so 李四 was scored 91.00 优秀 on 张三's marks for his own 78.00 一般, exit 0 without a word; 王五's
// 业绩 as ='李四'!G21… gave 88.00 良好 for his 99.00. Said at the first such cell, naming whose marks they are. So is a
// lookup keyed by another's name: 27-vlookup-literal's =VLOOKUP("张三",基础数据!$A$2:$K$7,k,0) on 李四's sheet gave him
// 张三's 78.00 一般 at exit 0 for his own row's 77.00 一般.
import { nameOf } from '../engine/mergeRaters.js';
import { nameKey } from '../engine/text.js';
import type { FormDef } from '../model/definition.js';
import { problem } from '../model/problems/index.js';
import { columnNumber, parseRef } from './fast/xml.js';
import { cellsOnSheets } from './graded/staleFormulas.js';
import { cellAddress, range, type Grid } from './grid.js';
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
  const shared = sharedCells(out, bySheet, owner, names);
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
      const looked = lookedUp(formula, s.sheet, bySheet, names).find((l) => nameKey(l.name) !== nameKey(own) && !shared(l, l.name, own));
      if (looked) {
        found.push({ cell: e.at.cell!, formula, other: looked.name, heading: `${looked.sheet}!${cellAddress(looked.row, looked.col)}`, along: looked.along });
        continue;
      }
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
 * A lookup keyed by `other`'s name is shared only when most of the others read it and the `reader`'s sheet is no copy of
 * `other`'s (most of its marks keyed by that name).
 */
function sharedCells(out: PeopleRead, bySheet: ReadonlyMap<string, Grid>, owner: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): (ref: { sheet: string; row: number; col: number; absolute: boolean; along?: string }, other: string, reader?: string) => boolean {
  const readers = new Map<string, Set<string>>();
  // (A key found by a lookup counted apart from the cells read directly: every sheet's table $A$2:$K$7 starts at 张三's
  // A2, so 李四's "张三" was taken for a cell all six read.)
  const key = (ref: { sheet: string; row: number; col: number; along?: string }) => `${ref.along ? 'key:' : ''}${sheetKey(ref.sheet)}!${ref.row}!${ref.col}`;
  // (A sheet most of whose marks are lookups keyed by one other person's name is a copy of that person's sheet, never a
  // reader of a figure the team shares — one or two cells every sheet reads. Counting readers alone, two or three such
  // copies made a majority: a4's 李四 and 王五 both =VLOOKUP("张三",…) were silent at exit 0, 王五 78.00 一般 for his own
  // 80.00 良好; m9's 孙七, whose whole sheet is keyed by 张三 beside the team's 工作效率 (every sheet's F22 keyed by 张三,
  // the same key cell 基础数据!A2), 78.00 一般 for his own 85.00 良好.)
  const copies = new Set<string>();
  out.sources.forEach((s, i) => {
    const grid = s.kind === 'form' ? bySheet.get(sheetKey(s.sheet)) : undefined;
    const who = nameKey(owner.get(sheetKey(s.sheet)) ?? s.sheet);
    let marks = 0;
    const keyedBy = new Map<string, number>();
    const refsOf: Array<ReturnType<typeof lookedUp>[number] | ReturnType<typeof cellsOnSheets>[number]> = [];
    for (const e of grid?.formula ? (out.people[i]?.entries.values() ?? []) : []) {
      const at = e.at.cell && e.at.sheet === s.sheet ? parseRef(e.at.cell) : null;
      const formula = at ? grid!.formula!(at[0], at[1]) : undefined;
      if (at && (formula || e.raw.kind !== 'empty')) marks++;
      const looked = formula ? lookedUp(formula, s.sheet, bySheet, names) : [];
      for (const name of new Set(looked.map((l) => nameKey(l.name)))) keyedBy.set(name, (keyedBy.get(name) ?? 0) + 1);
      refsOf.push(...(formula ? cellsOnSheets(formula) : []), ...looked);
    }
    for (const [name, n] of keyedBy) if (name !== who && n * 2 > marks) copies.add(`${who}\u0000${name}`);
    for (const ref of refsOf) {
      if ('name' in ref && copies.has(`${who}\u0000${nameKey(ref.name)}`)) continue;
      readers.set(key(ref), (readers.get(key(ref)) ?? new Set()).add(who));
    }
  });
  // (A lookup keyed by a person's name is the team's figure only when most of the others read it: two sheets copied from
  // 张三's, both =VLOOKUP("张三",…), were taken for a cell the team shares — 王五 78.00 一般 for his own 80.00 良好, silent.)
  const sheets = out.sources.filter((s) => s.kind === 'form').length;
  return (ref, other, reader) => {
    const others = [...(readers.get(key(ref)) ?? [])].filter((x) => x !== nameKey(other)).length;
    if (ref.along) return !(reader !== undefined && copies.has(`${nameKey(reader)}\u0000${nameKey(other)}`)) && others * 2 > sheets - 1;
    return ref.absolute || (bySheet.get(sheetKey(ref.sheet))?.inMergedRange?.(ref.row, ref.col) ?? false) || others >= 2;
  };
}

const LOOKUP = /\b(VLOOKUP|HLOOKUP|XLOOKUP|LOOKUP|MATCH)\s*\(/giu;
const AREA = /^(?:(?:'((?:[^']|'')+)'|([^\s!'",()]+))!)?\$?([A-Z]{1,3})\$?(\d*)(?::\$?([A-Z]{1,3})\$?(\d*))?$/iu;

/**
 * The cells a formula's lookups find their key in, where the key — a name typed in quotes (「"张三"」) or a cell holding
 * one ($B$2) — is a person's: the key's cell in the looked-up column (VLOOKUP, MATCH, XLOOKUP) or row (HLOOKUP).
 * Keys not found there, or naming no one, give none.
 */
function lookedUp(formula: string, sheet: string, bySheet: ReadonlyMap<string, Grid>, names: ReadonlyMap<string, string>): Array<{ name: string; sheet: string; row: number; col: number; absolute: false; along: '列' | '行' }> {
  const out: Array<{ name: string; sheet: string; row: number; col: number; absolute: false; along: '列' | '行' }> = [];
  for (const m of formula.matchAll(LOOKUP)) {
    const [key, table] = argumentsFrom(formula, m.index! + m[0].length);
    const name = key === undefined ? undefined : names.get(nameKey(keyText(key, sheet, bySheet)));
    const area = table === undefined ? undefined : areaOf(table, sheet, bySheet);
    if (!name || !area) continue;
    const across = m[1]!.toUpperCase() === 'HLOOKUP' || (m[1]!.toUpperCase() !== 'VLOOKUP' && area.top === area.bottom);
    const cells = across ? range(area.lo, area.hi).map((c) => [area.top, c] as const) : range(area.top, area.bottom).map((r) => [r, area.lo] as const);
    const hit = cells.find(([r, c]) => nameKey(area.grid.text(r, c)) === nameKey(name));
    if (hit) out.push({ name, sheet: area.sheet, row: hit[0], col: hit[1], absolute: false, along: across ? '列' : '行' });
  }
  return out;
}

/** A call's first two arguments from just after its 「(」, split at commas outside brackets and quotes. */
function argumentsFrom(formula: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0, quoted = false, from = start;
  for (let i = start; i < formula.length && args.length < 2; i++) {
    const ch = formula[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth === 0) { args.push(formula.slice(from, i).trim()); break; }
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) { args.push(formula.slice(from, i).trim()); from = i + 1; }
  }
  return args;
}

/** A key's text: a quoted name's, or the cell's it references (on `sheet` unless named); '' for anything else. */
function keyText(key: string, sheet: string, bySheet: ReadonlyMap<string, Grid>): string {
  const literal = /^"((?:[^"]|"")*)"$/u.exec(key);
  if (literal) return literal[1]!.replace(/""/g, '"');
  const area = areaOf(key, sheet, bySheet);
  return area && area.top === area.bottom && area.lo === area.hi ? area.grid.text(area.top, area.lo) : '';
}

/** A reference's area on its sheet's grid (whole columns to the grid's last row); undefined when no such sheet. */
function areaOf(ref: string, sheet: string, bySheet: ReadonlyMap<string, Grid>): { sheet: string; grid: Grid; top: number; bottom: number; lo: number; hi: number } | undefined {
  const m = AREA.exec(ref);
  const named = m ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? sheet) : sheet;
  const grid = bySheet.get(sheetKey(named));
  if (!m || !grid || (!m[4] && !m[5]) || !!m[4] !== !!(m[5] ? m[6] : m[4])) return undefined;
  const rows = m[4] ? [Number(m[4]), Number(m[6] || m[4])] : [1, grid.rowCount];
  const cols = [columnNumber(m[3]!.toUpperCase()), columnNumber((m[5] ?? m[3])!.toUpperCase())];
  return { sheet: grid.name, grid, top: Math.min(rows[0]!, rows[1]!), bottom: Math.min(Math.max(rows[0]!, rows[1]!), grid.rowCount), lo: Math.min(cols[0]!, cols[1]!), hi: Math.min(Math.max(cols[0]!, cols[1]!), grid.columnCount) };
}

function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}
