import type { HeaderRole } from '../../forms/types.js';
import type { Grid } from '../grid.js';
import { labelKey } from '../normalize.js';

/** A person listed for `kpi template --people`: values by header role (name, id, department …). */
export type PersonRow = Map<HeaderRole, string>;

const HEADINGS: Array<[HeaderRole, string[]]> = [
  ['name', ['姓名', '被考核人', '员工姓名', 'name']],
  ['id', ['工号', '员工编号', '编号', 'id']],
  ['department', ['部门', '部门名称', '所属部门', 'department']],
  ['position', ['岗位', '职位', '职务']],
];

/** Reads a list of people: a heading row naming 姓名 (and 工号, 部门 …), or plain names in the first column. */
export function peopleFromGrid(grid: Grid): PersonRow[] {
  let headerRow = 0;
  const cols = new Map<HeaderRole, number>();
  for (let r = 1; r <= Math.min(10, grid.rowCount) && !headerRow; r++) {
    for (let c = 1; c <= grid.columnCount; c++) {
      const key = labelKey(grid.text(r, c));
      const hit = HEADINGS.find(([, names]) => names.some((n) => labelKey(n) === key));
      if (hit && !cols.has(hit[0])) cols.set(hit[0], c);
    }
    if (cols.has('name')) headerRow = r;
    else cols.clear();
  }
  if (!headerRow) cols.set('name', 1);
  const out: PersonRow[] = [];
  for (let r = headerRow + 1; r <= grid.rowCount; r++) {
    const row: PersonRow = new Map();
    for (const [role, c] of cols) {
      const t = grid.text(r, c);
      if (t) row.set(role, t);
    }
    if (row.get('name')) out.push(row);
  }
  return out;
}
