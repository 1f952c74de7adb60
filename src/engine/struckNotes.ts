// An input's cell with text struck through is read without it (src/io/struckText.ts): 「~~3~~2」 as 2, said at the cell
// in a note: 李四's 32 violations, read as the two runs joined, were 81.50 良好 at exit 0 with nothing to show why, and
// read as 2 the struck 3 should not pass unseen either.
// A cell struck whole is an error, the person not scored: crossed out may mean 「does not count」 or 「changed」, and the
// change is often typed elsewhere — §8 王五's struck 迟到 「1」 with 「2」 in a 备注 column beside it, read as blank, was
// 81.00 良好 for 10 − 2 × 2 = 6 → 77 一般 at exit 0 with a note only.
import type { FormDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { scopedProblem } from './locate.js';
import { clip, struckWhole } from './values.js';

export function struckNotes(form: FormDef, person: PersonEntries, name: string): Problem[] {
  let out: Problem[] | undefined;
  for (const [key, e] of person.entries) {
    const raw = e.raw;
    if ((raw.kind !== 'empty' && raw.kind !== 'text') || raw.struck === undefined) continue;
    const [itemId, inputId, raterId, slot] = key.split('\u0000');
    const item = form.parts.flatMap((p) => p.items).find((i) => i.id === itemId);
    if (!item) continue;
    const rater = raterId ? form.raters?.find((r) => r.id === raterId) : undefined;
    const scope = { item, rater: rater ? (rater.multiple ? `${rater.label}${slot}` : rater.label) : '', personAt: person.at, ...(name ? { person: name } : {}) };
    const input = item.inputs.find((i) => i.id === inputId);
    (out ??= []).push(raw.kind === 'text' ? scopedProblem(scope, 'struck-text', { struck: clip(raw.struck), kept: clip(raw.value.trim()) }, input, e.at) : struckWhole(input, e, scope));
  }
  return out ?? [];
}
