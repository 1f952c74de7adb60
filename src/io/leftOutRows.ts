// Raters' copies combined: a person's row a copy did not read — its name struck through, the row hidden — while other
// copies rate that person. What is said follows whose copy it is: the one-copy words (「视为已删去,不评分」, 「第 4 行是
// 隐藏的」) beside the other copies' person were wrong or beside the point.
import path from 'node:path';
import { nameOf, type MergedPerson, type RaterRecord } from '../engine/mergeRaters.js';
import { countingRater } from '../engine/raterCopy.js';
import { nameKey } from '../engine/text.js';
import type { FormDef } from '../model/definition.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import type { Grid } from './grid.js';
import { cellAddress } from './grid.js';
import { parseRef } from './fast/xml.js';

interface Merged {
  people: MergedPerson[];
  problems: Problem[];
}

/**
 * c10a: the 主管 struck 王五's name (离职) and the peers still rated him — 王五 unscored, 「主管.xlsx 中没有此人」 and 「请把两份
 * 表一起评分」 beside a 主管.xlsx scored with them. A struck name is a deleted person, as in one copy: 王五 leaves the run,
 * the peers' marks of him said not counted (exit 0, as one copy's struck name). c10b: the 主管 hid 王五's row — no
 * deletion (a filter hides rows too): 王五 unscored, the error at the hidden row. c10d: a peer struck 张三's row, 张三
 * scored 95.00 on the others — 「不评分」 said only that this peer's marks were left out.
 */
export function leftOutRows(form: FormDef, merged: Merged, records: readonly RaterRecord[], problems: Problem[], gridsOf: (file: string) => readonly Grid[]): void {
  const main = countingRater(form);
  const raterOf = (file: string) => records.find((r) => r.file === file && r.rater)?.rater ?? null;
  const find = (name: string) => merged.people.find((m) => nameKey(nameOf(form, m.entries)) === nameKey(name));
  const unrated = (m: MergedPerson) => !!main && ![...m.raterOf.values()].includes(main);
  const base = (f: string) => path.basename(f);
  for (const [i, p] of problems.entries()) {
    if (p.code !== 'struck-name' || !p.file) continue;
    const name = (p.params as { name: string }).name;
    const m = find(name);
    if (!m || m.files.includes(p.file)) continue;
    const at = { file: p.file, ...(p.sheet ? { sheet: p.sheet } : {}), ...(p.cell ? { cell: p.cell } : {}) };
    if (raterOf(p.file) === main && unrated(m)) {
      merged.people.splice(merged.people.indexOf(m), 1);
      merged.problems = merged.problems.filter((q) => !(q.code === 'rater-absent' && nameKey(q.person ?? '') === nameKey(name)));
      problems[i] = problem('struck-name', { name, others: m.files.map(base) }, at, { person: name });
    } else problems[i] = problem('struck-name', { name, copy: true }, at, { person: name });
  }
  for (const p of problems) {
    if (p.code !== 'hidden-rows' || !p.file || !p.sheet || raterOf(p.file) !== main) continue;
    const col = parseRef(p.cell ?? '')?.[1];
    const grid = gridsOf(p.file).find((g) => g.name === p.sheet);
    if (!col || !grid) continue;
    for (const row of (p.params as { rows: number[] }).rows) {
      const m = find(grid.text(row, col));
      if (!m || !unrated(m) || m.entries.hiddenIn) continue;
      m.entries = { ...m.entries, hiddenIn: { file: p.file, sheet: p.sheet, cell: cellAddress(row, col) } };
      merged.problems = merged.problems.filter((q) => !(q.code === 'rater-absent' && nameKey(q.person ?? '') === nameKey(nameOf(form, m.entries))));
    }
  }
}
