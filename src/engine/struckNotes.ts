// An input's cell with text struck through is read without it (src/io/struckText.ts): 「~~3~~2」 as 2, said at the cell
// in a note: 李四's 32 violations, read as the two runs joined, were 81.50 良好 at exit 0 with nothing to show why, and
// read as 2 the struck 3 should not pass unseen either.
// A cell struck whole is an error, the person not scored: crossed out may mean 「does not count」 or 「changed」, and the
// change is often typed elsewhere — §8 王五's struck 迟到 「1」 with 「2」 in a 备注 column beside it, read as blank, was
// 81.00 良好 for 10 − 2 × 2 = 6 → 77 一般 at exit 0 with a note only.
// Not where the cell counts for nothing (a 自评, shown for reference; an input kept as reference data): whatever the
// strike meant, the total is the same — §7 张三's 自评 「8」 struck whole (「自评改为7」 in 说明) left him 未评分 for the
// 主管's 88.00 良好. Said as a warning, as a rater of no weight's errors are (raters.ts).
import type { FormDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { reframe } from '../model/problems/index.js';
import { scopedProblem } from './locate.js';
import { clip, struckWhole } from './values.js';
import { slotLabel } from './raters.js';

export function struckNotes(form: FormDef, person: PersonEntries, name: string): Problem[] {
  let out: Problem[] | undefined;
  for (const [key, e] of person.entries) {
    const raw = e.raw;
    if ((raw.kind !== 'empty' && raw.kind !== 'text') || raw.struck === undefined) continue;
    const [itemId, inputId, raterId, slot] = key.split('\u0000');
    const item = form.parts.flatMap((p) => p.items).find((i) => i.id === itemId);
    if (!item) continue;
    const rater = raterId ? form.raters?.find((r) => r.id === raterId) : undefined;
    const scope = { item, rater: rater ? slotLabel(rater, Number(slot), person) : '', personAt: person.at, ...(name ? { person: name } : {}) };
    const input = item.inputs.find((i) => i.id === inputId);
    if (raw.kind === 'text') {
      (out ??= []).push(scopedProblem(scope, 'struck-text', { struck: clip(raw.struck), kept: clip(raw.value.trim()) }, input, e.at));
      continue;
    }
    const uncounted = rater && rater.weight <= 0 ? rater.label : input?.reference ? input.label : undefined;
    if (!uncounted) {
      (out ??= []).push(struckWhole(input, e, scope));
      continue;
    }
    const said = scopedProblem(scope, 'struck-text', { struck: clip(raw.struck), uncounted: true as const }, input, e.at, 'warning');
    (out ??= []).push(reframe(said, { notCounted: uncounted }));
  }
  return out ?? [];
}
