// One member of a group of several (§15's 面试官) twice among raters' copies: a column of a table several members filled
// (HR's copy, 「面试官王经理 | 面试官李主管」) and that member's own copy (面试-李主管.xlsx). Averaged as two interviewers, 李主管's
// marks weighed twice at exit 0 — 2.63 一般 / 后备 = (3.267 + 2 + 2 + 3.267) / 4 for 2.84 良好 / 推荐 = (3.267 + 2 + 3.267) / 3.
import path from 'node:path';
import type { FormDef, HeaderField } from '../model/definition.js';
import { slotLabelKey, type PersonEntries } from '../model/entries.js';
import { where, type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { memberNamed, nameOf, type RaterRecord } from '../engine/mergeRaters.js';
import { cleanText, idKey, nameKey } from '../engine/text.js';
import { groupNamedWithWho } from './raterNames.js';
import { labelKey, withoutTrailingNote } from './normalize.js';

/** Who a column's heading names beside its group's name: 「面试官李主管」 → 李主管; 「面试官2」, 「面试官」: none. */
function headingWho(form: FormDef, text: string): string | undefined {
  const key = labelKey(withoutTrailingNote(text) || text);
  const group = groupNamedWithWho(form, key);
  if (!group) return undefined;
  return key.startsWith(group.name) ? key.slice(group.name.length) : key.slice(0, -group.name.length);
}

/** A record's marks of one slot of its group, item by item (its empty cells left out). */
function slotMarks(person: PersonEntries, rater: string, slot: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, e] of person.entries) {
    const [item, input, group, s] = key.split('\u0000');
    if (group === rater && s === slot && e.raw.kind !== 'empty') out.set(`${item}\u0000${input}`, JSON.stringify(e.raw));
  }
  return out;
}

function filledSlots(person: PersonEntries, rater: string): string[] {
  const slots = new Set<string>();
  for (const [key, e] of person.entries) {
    const [, , group, s] = key.split('\u0000');
    if (group === rater && e.raw.kind !== 'empty') slots.add(s!);
  }
  return [...slots].sort((a, b) => Number(a) - Number(b));
}

const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * Each member's own copy (one slot filled, signed or headed with who) against a table of several members' columns of the
 * same person in another file: a column headed with that member (「面试官李主管」) — or, columns numbered (面试官1 | 面试官2),
 * the table's signature naming the member (「王经理、李主管」) — is the same interviewer. Filled alike: that column is left
 * out (counted once, a warning). Otherwise an error on the person (which of the two counts is the team's call); numbered
 * columns are only told so where no column is alike and the table has a filled column for each signer.
 */
export function memberInTable(form: FormDef, field: HeaderField, records: RaterRecord[], problems: Problem[]): RaterRecord[] {
  const out = [...records];
  const who = (r: RaterRecord) => idKey(cleanText(r.person.header.get(form.header.concat(form.footer ?? []).find((h) => h.role === 'id')?.id ?? '') ?? '')) || nameKey(nameOf(form, r.person));
  const signed = (r: RaterRecord) => cleanText(r.person.header.get(field.id) ?? '');
  const placeOf = (r: RaterRecord, cell?: string) => {
    const at = { ...r.person.at, ...(cell ? { cell } : {}), file: r.file };
    return { at, place: `${path.basename(r.file)}${where(at) ? ` ${where(at)}` : ''}` };
  };
  for (let i = 0; i < out.length; i++) {
    const table = out[i]!;
    const rater = table.rater;
    if (!rater?.multiple || table.error || table.person.inRow) continue;
    const slots = filledSlots(table.person, rater.id);
    if (slots.length < 2) continue;
    const headed = new Map(slots.map((s) => [s, headingWho(form, table.person.slotHeadings?.get(slotLabelKey(rater.id, Number(s))) ?? '')] as const));
    const anyHeaded = [...headed.values()].some(Boolean);
    const signers = signed(table).split(/[、,,;;/\s]+|和|及/u).map((t) => memberNamed(form, t)).filter((t): t is string => !!t);
    for (const own of out) {
      if (own === table || own.file === table.file || own.rater !== rater || own.error || who(own) !== who(table) || !who(table)) continue;
      const ownSlots = filledSlots(own.person, rater.id);
      if (ownSlots.length !== 1) continue;
      const member = memberNamed(form, signed(own)) ?? headingWho(form, own.person.slotHeadings?.get(slotLabelKey(rater.id, Number(ownSlots[0]))) ?? '');
      if (!member) continue;
      const marks = slotMarks(own.person, rater.id, ownSlots[0]!);
      const alike = slots.filter((s) => same(slotMarks(table.person, rater.id, s), marks));
      // A heading with a surname alone (「面试官王」) is 王经理's where his copy is that column's marks or HR's signature names
      // him (「王经理、李主管」): counted twice, iv_surname was 2.73 一般 for 2.80 良好. (Another 王's different marks stay his.)
      // Not where another column names him in full: 「面试官王 | 面试官王五」 (signed 王经理、王五) against 王五's copy — 面试官王五
      // is his, 面试官王 the signature's other 王 — was refused at exit 1 as 「面试官王、面试官王五」 both 王五's, for 2.80 良好.
      const inFull = slots.some((s) => nameKey(headed.get(s) ?? '') === nameKey(member));
      const signs = signers.some((s) => nameKey(s) === nameKey(member));
      const bySurname = (s: string) => { const h = nameKey(headed.get(s) ?? ''); return !inFull && h.length === 1 && nameKey(member).length > 1 && nameKey(member).startsWith(h) && (signs || alike.includes(s)); };
      const named = anyHeaded ? slots.filter((s) => nameKey(headed.get(s) ?? '') === nameKey(member) || bySurname(s)) : [];
      const bySignature = !anyHeaded && signers.some((s) => nameKey(s) === nameKey(member));
      if (!named.length && !bySignature) continue;
      const cellOf = (r: RaterRecord) => r.person.headerCells?.get(field.id);
      const { at, place } = placeOf(own, cellOf(own));
      const tablePlace = placeOf(table).place;
      const person = nameOf(form, own.person);
      const heading = (s: string) => table.person.slotHeadings?.get(slotLabelKey(rater.id, Number(s))) ?? `${rater.label}${s}`;
      const fields = { case: 'in-table', place, person, rater: rater.label, who: member, tablePlace, ...(bySignature ? { signed: signed(table), columns: slots.map(heading) } : {}) } as const;
      const taken = named.length ? named.filter((s) => alike.includes(s)) : alike;
      if (taken.length && (!named.length || taken.length === named.length)) {
        // Counted once: the table's column left out, the member's own copy kept.
        const dropped = new Set(named.length ? named : [taken[0]!]);
        const current = out[i]!;
        const entries = new Map([...current.person.entries].filter(([key]) => { const [, , g, s] = key.split('\u0000'); return g !== rater.id || !dropped.has(s!); }));
        // The table signed by this member alone (「王五」 over 面试官王 | 面试官王五): its other columns are not his.
        const signerAlone = nameKey(memberNamed(form, signed(table)) ?? '') === nameKey(member);
        out[i] = { ...current, person: { ...current.person, entries }, ...(signerAlone ? { signerLeftOut: true as const } : {}) };
        const p = problem('rater-duplicate', { ...fields, column: [...dropped].map(heading).join('、'), alike: true }, at, { severity: 'warning' });
        if (person) p.person = person;
        problems.push(p);
        continue;
      }
      // Numbered columns, none alike: refused only where each signer has a column (one may have signed and typed
      // nothing in the table).
      if (bySignature && slots.length < signers.length) continue;
      const p = problem('rater-duplicate', { ...fields, ...(named.length ? { column: named.map(heading).join('、') } : {}) }, at, { severity: 'error' });
      if (person) p.person = person;
      out.push({ file: own.file, rater: null, person: own.person, error: p });
    }
  }
  return out;
}
