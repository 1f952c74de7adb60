// A workbook of people's own sheets (one a person) beside a list of the team the lead keeps (「汇总」, 「名单」: 序号 | 姓名 |
// 工号 | 总分 …). Someone on the list with no sheet of their own was in no result and no message: the file said 「已评分
// 3/3 人」 with a fourth person on its own list. Said, naming them.
import { idKey, nameKey } from '../engine/text.js';
import { PERSON_NAME_HEADINGS } from '../forms/fields.js';
import type { FormDef } from '../model/definition.js';
import { cellAddress, type Grid } from './grid.js';
import { labelKey } from './normalize.js';
import { TOTAL } from './rowKinds.js';

/** Rows a list's heading may be under (a title or two above it). */
const HEADING_ROWS = 10;
/** Names read from one list at most: a list of a team, not a register. */
const MAX_LISTED = 2000;

/** The words a list heads its names and 工号 with: the form's own fields' (label and aliases), and a name's usual ones. */
function listHeadings(form: FormDef): { names: Set<string>; ids: Set<string> } {
  const fields = form.header.concat(form.footer ?? []);
  const words = (role: string) => fields.filter((f) => f.role === role).flatMap((f) => [f.label, ...(f.aliases ?? [])]);
  return { names: new Set([...PERSON_NAME_HEADINGS, ...words('name')].map(labelKey)), ids: new Set(words('id').map(labelKey)) };
}

/** The names (and 工号 beside them) a list sheet holds, as written, in order; empty when the sheet is no such list. */
export function listedNames(grid: Grid, form: FormDef): Array<{ name: string; id: string; cell: string; row: number }> {
  const { names: NAME_HEADINGS, ids: ID_HEADINGS } = listHeadings(form);
  for (let row = 1; row <= Math.min(HEADING_ROWS, grid.rowCount); row++) {
    let nameCol = 0;
    let idCol = 0;
    for (let col = 1; col <= Math.min(grid.columnCount, 30); col++) {
      const key = labelKey(grid.text(row, col));
      if (!nameCol && NAME_HEADINGS.has(key)) nameCol = col;
      else if (!idCol && ID_HEADINGS.has(key)) idCol = col;
    }
    if (!nameCol) continue;
    const out: Array<{ name: string; id: string; cell: string; row: number }> = [];
    for (let r = grid.nextRow(row); r <= grid.rowCount && out.length < MAX_LISTED; r = grid.nextRow(r)) {
      const name = grid.text(r, nameCol).trim();
      // A name: a few characters of words, not a number, a total or a note.
      if (!name || name.length > 12 || /\d/.test(name) || TOTAL.test(name) || /[::,,。;;]/.test(name)) continue;
      out.push({ name, id: idCol ? grid.text(r, idCol).trim() : '', cell: cellAddress(r, nameCol), row: r });
    }
    return out;
  }
  return [];
}

/** Those listed whose name is no one's read (nor their 工号). */
export function listedWithoutSheet(listed: ReturnType<typeof listedNames>, names: ReadonlySet<string>, ids: ReadonlySet<string>): ReturnType<typeof listedNames> {
  return listed.filter((l) => !names.has(nameKey(l.name)) && !(l.id && ids.has(idKey(l.id))));
}
