// Rows that say who rated them. A rater's own copy of a roster (`kpi template --rater 自评`) or a long roster (one row
// per person and rater) names the rater in its 评分人 / 考核人 column. Under headings that name the rater
// (「文档编写·自评」) its entries are that rater's; under headings retyped to the item's name alone (「文档编写」) they
// would be read as the entries of the rater that counts (主管) — a self-assessment scored as the supervisor's.
import { bareHeadingRater } from './columns.js';
import { findRater, raterField, rowRater, saysSelf } from '../engine/raterCopy.js';

/** A signature: a name of two to four Chinese characters, or one in letters. */
const PERSON_NAME = /^(\p{Script=Han}{2,4}|[A-Za-z][A-Za-z .]{1,30})$/u;
import type { FormDef } from '../model/definition.js';
import { raterOfKey, type PersonEntries } from '../model/entries.js';

/**
 * A test of one person read: their row names a rater other than the one a bare heading stands for, and that rater has
 * no column of their own in the sheet. Such rows are that rater's copy, to be read as separate raters' files are
 * (entries under bare headings are theirs); a full template whose 评分人 says 自评 keeps a column for every rater and
 * is read as it always was. Null when the form has no rater field or one rater. A large roster is tested person by
 * person as it is scored.
 */
export function rowRaterWatch(form: FormDef): ((p: PersonEntries) => boolean) | null {
  const field = raterField(form);
  const bare = bareHeadingRater(form);
  if (!field || !form.raters || form.raters.length < 2) return null;
  return (p) => {
    // (findRater keeps its answers: each 评分人 text is looked up once.)
    const rater = rowRater(form, p.header);
    if (!rater || rater === bare) return false;
    for (const key of p.entries.keys()) if (raterOfKey(key) === rater.id) return false;
    return true;
  };
}


/**
 * A person on several rows, each naming in its 评分人 a group of several raters (面试官, 同事评): one row per interviewer
 * of one candidate, in one sheet (kpi's own roster made with --rater 面试官, filled by each in turn). Each row is that
 * group's copy, merged per person as separate files are; read as one person twice, every candidate was refused.
 */
export function groupRowsOfOnePerson(form: FormDef, people: readonly PersonEntries[]): boolean {
  const field = raterField(form);
  if (!field || !form.raters?.some((r) => r.multiple)) return false;
  const idField = form.header.concat(form.footer ?? []).find((h) => h.role === 'id');
  const nameField = form.header.concat(form.footer ?? []).find((h) => h.role === 'name');
  const rows = new Map<string, number>();
  // A form of one group of several (§15 面试官): its 面试评价人签名 holds who signed (王五, 李四), each one of that group.
  const counted = form.raters.filter((r) => r.weight > 0);
  const sole = counted.length === 1 && counted[0]!.multiple ? counted[0] : undefined;
  for (const p of people) {
    const text = (p.header.get(field.id) ?? '').trim();
    const rater = findRater(form, text) ?? (sole && PERSON_NAME.test(text) && !saysSelf(text) ? sole : undefined);
    if (!rater?.multiple) continue;
    // The same 工号 and the same name: one 工号 under two names (a sheet copied without changing it) is no one's rows.
    const who = `${(idField && p.header.get(idField.id)?.trim()) || ''}\u0000${(nameField && p.header.get(nameField.id)?.trim()) || ''}`;
    if (who === '\u0000') continue;
    const key = `${rater.id}\u0000${who}`;
    rows.set(key, (rows.get(key) ?? 0) + 1);
  }
  return [...rows.values()].some((n) => n > 1);
}

/**
 * Sheets of one workbook each holding one rater's columns only (「主管评」 with 「…·主管评」, 「客户评」 with 「…·客户评」), the
 * same people on two or more: each sheet that rater's copy, merged per person as separate files are — read as one roster,
 * everyone was twice and refused, the advice 「删去不对的一处」 spreading the customers' 20 % to the 主管 if followed.
 */
export function raterSheetsOfOnePerson(form: FormDef, people: readonly PersonEntries[]): boolean {
  if (!form.raters || form.raters.length < 2) return false;
  const ratersOf = new Map<string, Set<string>>();
  const sheetsOf = new Map<string, Set<string>>();
  const nameField = form.header.concat(form.footer ?? []).find((h) => h.role === 'name');
  for (const p of people) {
    const sheet = p.at.sheet;
    const name = nameField ? (p.header.get(nameField.id) ?? '').trim() : '';
    if (!sheet || !name) continue;
    const raters = ratersOf.get(sheet) ?? new Set<string>();
    for (const [key, e] of p.entries) if (e.raw.kind !== 'empty') raters.add(raterOfKey(key));
    ratersOf.set(sheet, raters);
    sheetsOf.set(name, (sheetsOf.get(name) ?? new Set()).add(sheet));
  }
  if (ratersOf.size < 2 || [...ratersOf.values()].some((r) => r.size !== 1 || r.has(''))) return false;
  // (Two sheets of one rater are that rater's copy twice — compared as before — unless several rate in that group.)
  const raters = new Set([...ratersOf.values()].map((r) => [...r][0]!));
  if (raters.size === 1 && !form.raters.find((r) => raters.has(r.id))?.multiple) return false;
  return [...sheetsOf.values()].some((s) => s.size > 1);
}
