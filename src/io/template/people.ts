import type { HeaderRole } from '../../model/definition.js';
import { PERSON_NAME_HEADINGS } from '../../forms/fields.js';
import { isDashOnly } from '../../engine/text.js';
import { cellAddress, type Grid } from '../grid.js';
import { labelKey, labelVariants } from '../normalize.js';

/** A person listed for `kpi template --people`: values by header role (name, id, department …). */
export type PersonRow = Map<HeaderRole, string>;

// Headings as people write them in a name list exported from HR or typed by hand. Compared after
// labelKey (spaces, brackets, punctuation, width and case folded) and without numbering or a trailing
// note in brackets (「1.姓名」「姓名(必填)」).
const HEADINGS: Array<[HeaderRole, string[]]> = [
  ['name', [...PERSON_NAME_HEADINGS, '被考核者', '客服', '客服姓名', '客服人员', '中文名', '名称', 'name', 'full name', 'employee', 'employee name']],
  ['id', ['工号', '员工编号', '员工工号', '职工号', '职工编号', '人员编号', '员工号', '员工代码', '工作证号', '编号', 'id', 'employee id', 'emp id', 'staff id']],
  ['department', ['部门', '所属部门', '部门名称', '所在部门', '组别', '小组', '班组', '团队', '科室', 'department', 'dept', 'team']],
  ['position', ['岗位', '职位', '职务', '岗位名称', '职称', 'position', 'title', 'job title']],
];
/** Columns that are not about the person: a row number. */
const IGNORED = ['序号', '序', '行号', 'no', 'no.', '#', 'number', '编码序号'];

const roleOf = new Map<string, HeaderRole | 'ignored'>();
for (const [role, names] of HEADINGS) for (const n of names) roleOf.set(labelKey(n), role);
for (const n of IGNORED) roleOf.set(labelKey(n), 'ignored');

function headingRole(text: string): HeaderRole | 'ignored' | null {
  for (const v of labelVariants(text)) {
    const hit = roleOf.get(labelKey(v));
    if (hit) return hit;
  }
  return null;
}

export type PeopleList =
  | { ok: true; people: PersonRow[]; headerRow: number; columns: Map<HeaderRole, number> }
  | { ok: false; problems: string[] };

// A total or signature line under the list is not a person.
const NOT_A_PERSON = /^(合计|总计|小计|共计|制表人?|审核人?|填表人|备注|说明)[::]?/;

/**
 * Reads a name list: a heading row (within the first 10 rows) with a 姓名 column (and 工号, 部门 …).
 * A row with other details but no name is reported, never dropped; empty rows are skipped.
 */
export function peopleFromGrid(grid: Grid, nameHeadings: readonly string[] = []): PeopleList {
  // The form's own name heading first (a list of 管理处 or 团队 for a form that scores them, not people).
  const own = new Set(nameHeadings.map(labelKey));
  const roleIn = (text: string) => (labelVariants(text).some((v) => own.has(labelKey(v))) ? 'name' : headingRole(text));
  let headerRow = 0;
  const cols = new Map<HeaderRole, number>();
  // Of two columns the form names its subject by (部门 | 管理处 on §2), the one its definition names first: the sites
  // were filled in as 物业部, 物业部. A generic 姓名 column comes after those but before a plain 部门 alias.
  const rank = (r: number, c: number) => {
    const text = grid.text(r, c);
    const keys = labelVariants(text).map(labelKey);
    const at = nameHeadings.findIndex((h) => keys.includes(labelKey(h)));
    // An alias that is a plain 部门 heading (§2's 部门, §31's 部门) yields to a 姓名 column: a list 「姓名,部门」 of
    // 万科城管理处 / 物业部 made sheets 物业部, 物业部(2). The form's own label (§31's 团队) keeps its place.
    // Unless the 部门 column holds the units themselves (万科城管理处 / 金地管理处 beside 姓名 张三 / 李四, an HR export of
    // managers): each 管理处 got a sheet named after a person. By the values, not the heading.
    if (at > 0 && headingRole(text) === 'department' && !unitsBelow(grid, r, c)) return nameHeadings.length + 1;
    return at < 0 ? nameHeadings.length : at;
  };
  for (let r = 1; r <= Math.min(10, grid.rowCount) && !headerRow; r++) {
    cols.clear();
    for (let c = 1; c <= grid.columnCount; c++) {
      const role = roleIn(grid.text(r, c));
      if (role === 'name' && cols.has('name') && rank(r, c) < rank(r, cols.get('name')!)) cols.set('name', c);
      else if (role && role !== 'ignored' && !cols.has(role)) cols.set(role, c);
    }
    if (cols.has('name')) headerRow = r;
  }
  if (!headerRow) {
    const plain = plainNames(grid);
    if (plain) return { ok: true, people: plain.map((n) => new Map([['name', n]])), headerRow: 0, columns: new Map([['name', 1]]) };
    const first = Array.from({ length: Math.min(grid.columnCount, 8) }, (_, i) => grid.text(1, i + 1)).filter(Boolean);
    return {
      ok: false,
      problems: [`名单中没有「姓名」列${first.length ? `(第一行是:${first.map((h) => `「${h}」`).join('')})` : ''}。请在第一行(或前 10 行中的一行)写列名「姓名」(也认得 名字、员工姓名),可再加「工号」「部门」「岗位」`],
    };
  }
  const people: PersonRow[] = [];
  const problems: string[] = [];
  const nameCol = cols.get('name')!;
  for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
    const row: PersonRow = new Map();
    for (const [role, c] of cols) {
      const t = grid.text(r, c).trim();
      if (t) row.set(role, t);
    }
    // A dash alone where the name goes is none written (scoring reads it so: a sheet named 「-」 could not be scored).
    if (isDashOnly(row.get('name') ?? '_')) row.delete('name');
    const name = row.get('name');
    if (name && NOT_A_PERSON.test(name)) continue;
    // A totals line: 合计 in the 序号 or 工号 cell, or a head count (「2人」) where the name would be.
    if ((name && /^(共|合计|总计)?\d+(人|名)$/.test(name)) || [1, 2, 3].some((c) => c !== nameCol && NOT_A_PERSON.test(grid.text(r, c).trim()))) continue;
    if (name) {
      people.push(row);
      continue;
    }
    if (row.size === 0) continue; // an empty line (a 序号 alone counts as empty)
    const details = [...row.entries()].map(([role, v]) => `${ROLE_LABEL[role] ?? role} ${v}`).join(',');
    problems.push(`${grid.name}!${cellAddress(r, nameCol)}:第 ${r} 行没有姓名(${details}),请补上姓名或删除这一行`);
  }
  if (problems.length) return { ok: false, problems };
  if (people.length === 0) return { ok: false, problems: [`名单里「姓名」列(${grid.name}!${cellAddress(headerRow, nameCol)})下面没有任何姓名`] };
  return { ok: true, people, headerRow, columns: new Map(cols) };
}

/** How a unit's own name ends where a form scores 管理处 / 项目 (§2, §31): 万科城管理处, 金地物业, 万科城项目 — not 物业部. */
const UNIT_NAME = /(管理处|物业|项目)$/;

/** Every value under the heading at (r, c) is a unit's name (at least one written). */
function unitsBelow(grid: Grid, r: number, c: number): boolean {
  let any = false;
  for (let row = grid.nextRow(r); row <= grid.rowCount; row = grid.nextRow(row)) {
    const t = grid.text(row, c).trim();
    if (!t) continue;
    if (!UNIT_NAME.test(t)) return false;
    any = true;
  }
  return any;
}

const ROLE_LABEL: Partial<Record<HeaderRole, string>> = { id: '工号', department: '部门', position: '岗位' };

/**
 * A list without a heading row: one column, every entry a Chinese personal name (2–6 characters, no
 * word a heading or title would contain). Anything else needs the 姓名 heading.
 */
function plainNames(grid: Grid): string[] | null {
  const names: string[] = [];
  for (let r = grid.nextRow(0); r <= grid.rowCount; r = grid.nextRow(r)) {
    for (let c = 2; c <= grid.columnCount; c++) if (grid.text(r, c).trim()) return null;
    const t = grid.text(r, 1).trim();
    if (!t) continue;
    if (!/^[\u4e00-\u9fff·•]{2,6}$/.test(t) || /名单|姓名|名字|员工|人员|部门|合计|序号|工号|考核/.test(t)) return null;
    names.push(t);
  }
  return names.length ? names : null;
}
