// Rows that say who rated them. A rater's own copy of a roster (`kpi template --rater 自评`) or a long roster (one row
// per person and rater) names the rater in its 评分人 / 考核人 column. Under headings that name the rater
// (「文档编写·自评」) its entries are that rater's; under headings retyped to the item's name alone (「文档编写」) they
// would be read as the entries of the rater that counts (主管) — a self-assessment scored as the supervisor's.
import { bareHeadingRater } from './columns.js';
import { findRater, raterField } from '../engine/raterCopy.js';
import type { FormDef, RaterDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';

/**
 * The rater groups rows name that are not the one a bare heading stands for, and that have no column of their own in
 * the sheet: such rows are those raters' copies, to be read as separate raters' files are (their entries under bare
 * headings are theirs). Empty when every row is the form's own — a full template whose 评分人 says 自评 keeps its
 * columns for every rater, and is read as it always was.
 */
export function ratersNamedByRows(form: FormDef, people: readonly PersonEntries[]): RaterDef[] {
  const field = raterField(form);
  const bare = bareHeadingRater(form);
  if (!field || !form.raters || form.raters.length < 2) return [];
  const named = new Map<string, RaterDef>();
  for (const p of people) {
    const text = p.header.get(field.id);
    const rater = text ? findRater(form, text) : undefined;
    if (rater && rater !== bare) named.set(rater.id, rater);
  }
  if (!named.size) return [];
  const withColumns = new Set<string>();
  for (const p of people) for (const key of p.entries.keys()) withColumns.add(key.split('\u0000')[2]!);
  return [...named.values()].filter((r) => !withColumns.has(r.id));
}

/**
 * The same test for people handed over one at a time (a large roster scored as read): the form's rater field and
 * the rater a bare heading stands for found once, each 评分人 text looked up once.
 */
export function rowRaterWatch(form: FormDef): ((p: PersonEntries) => boolean) | null {
  const field = raterField(form);
  const bare = bareHeadingRater(form);
  if (!field || !form.raters || form.raters.length < 2) return null;
  const named = new Map<string, RaterDef | undefined>();
  return (p) => {
    const text = p.header.get(field.id);
    if (!text) return false;
    let rater = named.get(text);
    if (!named.has(text)) named.set(text, (rater = findRater(form, text)));
    if (!rater || rater === bare) return false;
    for (const key of p.entries.keys()) if (key.split('\u0000')[2] === rater.id) return false;
    return true;
  };
}

