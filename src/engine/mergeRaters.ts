// Raters in separate files: each copy's entries of its own rater group, merged into one set of entries per person
// (a group of several raters — 同事评, 客户评 — takes each copy as the next slot, so the engine averages them).
import { COMMON_SURNAMES } from './surnames.js';
import type { FormDef, HeaderField, RaterDef } from '../model/definition.js';
import type { Location } from '../model/location.js';
import { entryKey, marksKey, slotLabelKey, type PersonEntries, type RawEntry } from '../model/entries.js';
import { where, type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { countingRater, findRater, raterField, raterWho } from './raterCopy.js';
import { extraGradings } from './scales.js';
import { headerProblems, scaleLabels, tickedOption } from './scoreForm.js';
import { cleanText, idKey, nameKey } from './text.js';
import { notedTwins } from './peopleNames.js';

/** One person's record in one copy, with the rater group its 评分人 names. */
export interface RaterRecord {
  file: string;
  /** null: the copy's 评分人 is missing or names no group of the form; `error` says so and the person is not scored. */
  rater: RaterDef | null;
  person: PersonEntries;
  error?: Problem;
  /**
   * A table of several members' columns whose signer's own column was left out (memberInTable: his own copy is that
   * column, counted once): what it still holds is the other members', so its 评分人 names none of them.
   */
  signerLeftOut?: true;
}

export interface MergedPerson {
  entries: PersonEntries;
  /** Files the person's entries came from, in order. */
  files: string[];
  /** The rater group of each file that rated the person (to name the one-person raters' files, count the peers'). */
  raterOf: Map<string, RaterDef>;
  /** Errors that belong to the person (the same rater twice): the person is not scored. */
  errors: Problem[];
}

function idField(form: FormDef) {
  return form.header.concat(form.footer ?? []).find((f) => f.role === 'id');
}

function idOf(form: FormDef, p: PersonEntries): string {
  const id = form.header.concat(form.footer ?? []).find((f) => f.role === 'id');
  return id ? idKey(p.header.get(id.id) ?? '') : '';
}

/**
 * A person's key: the 工号, else the name — a copy without 工号 joins the person of that name whose other copies give
 * one 工号 (a peer who left 工号 blank rated the same 张三 the supervisor's copy names 1001).
 */
function keyOf(form: FormDef, p: PersonEntries, idsOfName: Map<string, Set<string>>): string | null {
  const idValue = idOf(form, p);
  if (idValue) return `id:${idValue}`;
  const nameValue = nameKey(nameOf(form, p));
  const ids = nameValue ? idsOfName.get(nameValue) : undefined;
  if (ids && ids.size === 1) return `id:${[...ids][0]}`;
  return nameValue ? `name:${nameValue}` : null;
}

/** The name a person's record gives, cleaned (empty when the form or the record has none). */
export function nameOf(form: FormDef, p: Pick<PersonEntries, 'header'>): string {
  const name = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
  return name ? cleanText(p.header.get(name.id) ?? '') : '';
}

/**
 * Records whose name is another record's with a note in brackets, under the plain name, said at each: 复试's copy rated
 * 「陈晨(复试)」 and was scored as a second candidate (1.00 较差 beside 陈晨 3.00 良好 on the two 初试 copies, exit 0, for one
 * 陈晨 at (3 + 3 + 1) / 3 = 2.33 一般); 「张三(组长)」 under 张三's 工号 1001 was 「同一工号不能是两个人」, unscored. Not where
 * the 工号 says another person (「张三(组长)」 1002 beside 张三 1001).
 */
function withNotesLeftOut(form: FormDef, records: readonly RaterRecord[], problems: Problem[]): readonly RaterRecord[] {
  const field = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
  const twins = field ? notedTwins(records.map((r) => nameOf(form, r.person))) : new Map<string, never>();
  if (!field || !twins.size) return records;
  const idsOf = (name: string) => new Set(records.filter((r) => nameKey(nameOf(form, r.person)) === nameKey(name)).map((r) => idOf(form, r.person)).filter(Boolean));
  // Rated by the same rater in the same copy as the plain name: two people (张三 and 张三(大) both on the 主管's copy were
  // merged into one rated twice — review), not one written two ways.
  const rated = raterField(form);
  const by = (r: RaterRecord) => `${r.file}\u0000${rated ? cleanText(r.person.header.get(rated.id) ?? '') : ''}`;
  const byOf = (name: string) => new Set(records.filter((r) => nameKey(nameOf(form, r.person)) === nameKey(name)).map(by));
  return records.map((rec) => {
    const written = nameOf(form, rec.person);
    const twin = twins.get(nameKey(written));
    const id = idOf(form, rec.person);
    const ids = twin && id ? idsOf(twin.name) : undefined;
    if (!twin || (ids && ids.size && !ids.has(id)) || byOf(twin.name).has(by(rec))) return rec;
    const cell = rec.person.headerCells?.get(field.id);
    problems.push(problem('name-noted', { written, ...twin }, { ...rec.person.at, ...(cell ? { cell } : {}), file: rec.file }, { person: twin.name }));
    return { ...rec, person: { ...rec.person, header: new Map(rec.person.header).set(field.id, twin.name) } };
  });
}

const placeOf = (file: string, at: PersonEntries['at']) => `${file.split(/[\\/]/).pop()}${where(at) ? ` ${where(at)}` : ''}`;

/** One person's records so far. */
interface Acc {
  entries: Map<string, RawEntry>;
  header: PersonEntries;
  files: string[];
  raterOf: Map<string, RaterDef>;
  errors: Problem[];
  /** Slots given so far per rater group (several 同事 copies become 同事 1, 2 …). */
  slots: Map<string, number>;
  /** Each slot as its copy heads it, where that is not the slot's own number (PersonEntries.slotLabels). */
  slotLabels: Map<string, string>;
  /** Slots holding marks so far per rater group: who a slot is, counted (面试官3), not its place among the empty columns. */
  rated: Map<string, number>;
  seen: Map<string, RaterRecord>;
  fromMain: boolean;
  /** Every copy taken for the person, in order: header fields the counting copy left blank are taken from them. */
  taken: RaterRecord[];
  /** The counting rater's copy has the person's row, left blank: no 「not in that copy」 to say. */
  blankInMain: boolean;
  /** The counting rater's file whose row or sheet of this person is blank. */
  blankFile?: string;
}

export function mergeRaters(form: FormDef, copies: readonly RaterRecord[]): { people: MergedPerson[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records = withNotesLeftOut(form, copies, problems);
  const main = countingRater(form);
  const field = raterField(form);
  const people = new Map<string, Acc>();
  const idsOfName = new Map<string, Set<string>>();
  // The rater groups each file holds: one, a rater's copy (its people once each); several, a roster of a row per rater.
  const groupsIn = new Map<string, Set<string>>();
  for (const rec of records) if (rec.rater) groupsIn.set(rec.file, (groupsIn.get(rec.file) ?? new Set()).add(rec.rater.id));
  const answers = answerFiles(form, records);
  for (const rec of records) {
    const id = idOf(form, rec.person);
    const name = nameOf(form, rec.person);
    if (id && name) idsOfName.set(nameKey(name), (idsOfName.get(nameKey(name)) ?? new Set()).add(id));
  }
  /** Rows whose 工号 is another name's: the person they name (by another 工号) is not scored either. */
  const misfiled: Array<{ name: string; key: string; problem: Problem }> = [];
  /** Rows of a copy without 工号 whose name fits several people: each of them is unscored (whose marks they are is unknown). */
  const unsure: Array<{ rec: RaterRecord; name: string; ids: Set<string>; shown: string[] }> = [];
  for (const rec of records) {
    // A copy without 工号 naming a 张伟 the other copies know as 2001 and 2002: whose marks these are is not for kpi
    // to guess. The row is left out, said where it is (it was a third 张伟, short of every rater), and neither 张伟 is
    // scored: one of them is short of this rater's marks, which the other raters' weights must not quietly replace.
    const name0 = nameOf(form, rec.person);
    const ids0 = !idOf(form, rec.person) && name0 ? idsOfName.get(nameKey(name0)) : undefined;
    if (ids0 && ids0.size > 1) {
      // A row of a name and nothing else rates nobody.
      if (!ratesAnything(rec.person)) continue;
      const shown = [...new Set(records.filter((r) => nameKey(nameOf(form, r.person)) === nameKey(name0)).map((r) => cleanText(r.person.header.get(idField(form)?.id ?? '') ?? '')).filter(Boolean))];
      unsure.push({ rec, name: name0, ids: ids0, shown });
      continue;
    }
    const key = keyOf(form, rec.person, idsOfName);
    // A rater's row or sheet of marks without 姓名 or 工号 (cleared, never typed on a copied sheet): whose marks they are is
    // not known — said where it is (it was dropped without a word, the person scored on the other raters alone at exit 0).
    if (!key) {
      if (ratesAnything(rec.person)) {
        const missing = headerProblems(form, rec.person, Object.fromEntries(rec.person.header), '').filter((p) => p.severity === 'error');
        problems.push(...missing.map((p) => ({ ...p, file: p.file ?? rec.file })));
      }
      continue;
    }
    const known = people.get(key);
    const acc: Acc = known ?? { entries: new Map(), header: rec.person, files: [], raterOf: new Map(), errors: [], slots: new Map(), slotLabels: new Map(), rated: new Map(), seen: new Map(), fromMain: false, taken: [], blankInMain: false };
    people.set(key, acc);
    const name = nameOf(form, rec.person);
    // One 工号, two names (a sheet copied for 赵六 that kept 张三's 工号): whose marks these are is not for kpi to guess.
    const firstName = known ? nameOf(form, known.header) : '';
    if (known && name && firstName && nameKey(name) !== nameKey(firstName) && key.startsWith('id:')) {
      const first = [...known.seen.values()][0];
      const p = problem('rater-duplicate', { case: 'id-names', place: placeOf(rec.file, rec.person.at), id: key.slice(3), person: firstName, other: name, firstPlace: first ? placeOf(first.file, first.person.at) : '' }, { ...rec.person.at, file: rec.file });
      p.person = firstName;
      acc.errors.push(p);
      // The row may be the one named there (张三's sheet of the 间接主管, typed with 李四's 工号): 张三 was scored on the
      // 直接主管 alone, told that no 间接主管 rated him.
      misfiled.push({ name, key, problem: p });
      continue;
    }
    // Known by name only, and a field that tells people apart (联系电话) given otherwise than on the rows before: two
    // applicants named 张伟 were averaged as one (4.00 and 1.50 came out 2.75 推荐, exit 0). Neither is scored.
    const clash = known && key.startsWith('name:') ? identityClash(form, known, rec) : undefined;
    if (clash) {
      const at = { ...rec.person.at, file: rec.file };
      const p = problem('name-ambiguous', { case: 'field', name, field: clash.field, values: clash.values, place: placeOf(rec.file, at), firstPlace: clash.firstPlace }, at, { severity: 'error' });
      p.person = name;
      if (!acc.errors.some((e) => e.code === 'name-ambiguous')) acc.errors.push(p);
      continue;
    }
    const rater = rec.rater;
    if (!rater) {
      if (rec.error) acc.errors.push(rec.error);
      continue;
    }
    // A row left blank rates nobody (the other team leads' people in a template made with --people): it is no second
    // 间接主管, and no peer more. The person stays, unscored when no copy rates them.
    if (!ratesAnything(rec.person)) {
      // A copy that could not be read for this person (its column to fill in renamed or cleared, answers typed in 得分) is
      // no blank row: said, and the person is not scored. Taken as blank, the rater's weight went to the others without a
      // word (a peer's whole file dropped at exit 0).
      const unread = (rec.person.problems ?? []).filter((p) => p.severity === 'error');
      if (unread.length) {
        for (const p of unread) acc.errors.push({ ...p, file: p.file ?? rec.file, ...(name && !p.person ? { person: name } : {}) });
        continue;
      }
      if (rater === main) {
        acc.blankInMain = true;
        acc.blankFile ??= rec.file;
      }
      continue;
    }
    const earlier = acc.seen.get(rater.id);
    if (earlier && !rater.multiple) {
      // A rater of no weight (自评) given twice — the 主管's copy with the self-ratings typed in beside the staff's own
      // 自评 copy: nothing of the score is theirs, so the person is scored on the rest (all three were unscored at exit 1).
      if (rater.weight === 0) problems.push(duplicateRater(rec, rater, earlier, name, field, undefined, 'warning'));
      else acc.errors.push(duplicateRater(rec, rater, earlier, name, field));
      continue;
    }
    // The same person twice in one file of a group of several (a peer's copy, a roster of a row per rater), under the
    // same 评分人: the same marks are one row pasted twice, counted once; other marks in a rater's copy are one rater
    // twice (one peer rates a person once). Counted as two peers, 林娜's 40 weighed twice (84.13 for 84.80, exit 0).
    // And one named member of the group twice (「同事评李四」 on two rows, two copies each signed 「同事评(李四)」, 「面试官王五」
    // twice): one peer, in any file — counted as two, 李四's marks weighed twice at exit 0 (a candidate's 推荐 turned on it).
    // (A bare name where the group is taken for granted — 面试评价人 「王五」 on two rows of one candidate — is who, too.)
    // (Not a table whose signer's own column was left out, counted once: HR's 「面试官王 | 面试官王五」 signed 「王五」 beside
    // 王五's copy alike 面试官王五 was also 「面试官(王五)」 twice — a warning and an error on one cell, 2.80 良好 refused.)
    const whoOf = (r: RaterRecord) => (r.signerLeftOut ? undefined : memberNamed(form, raterText(r, field)));
    const who = rater.multiple ? whoOf(rec) : undefined;
    const twin = rater.multiple ? acc.taken.find((r) => r.rater === rater && (who !== undefined ? whoOf(r) === who : r.file === rec.file && raterText(r, field) === raterText(rec, field))) : undefined;
    if (twin && sameMarks(twin.person, rec.person) && (!answers.has(rec.file) || who !== undefined)) {
      const at = { ...rec.person.at, file: rec.file };
      const p = problem('rater-duplicate', { case: 'same-row', place: placeOf(rec.file, at), person: name, rater: rater.label, firstPlace: placeOf(twin.file, twin.person.at) }, at, { severity: 'warning' });
      if (name) p.person = name;
      problems.push(p);
      continue;
    }
    if (twin && ((groupsIn.get(rec.file)?.size === 1 && !answers.has(rec.file)) || who !== undefined)) {
      acc.errors.push(duplicateRater(rec, rater, twin, name, field, who));
      continue;
    }
    acc.seen.set(rater.id, rec);
    acc.taken.push(rec);
    if (!acc.files.includes(rec.file)) acc.files.push(rec.file);
    acc.raterOf.set(rec.file, rater);
    // The person's header (name, 部门, 岗位 …) as the rater that counts most wrote it.
    if (rater === main && !acc.fromMain) {
      acc.header = rec.person;
      acc.fromMain = true;
    }
    const ignored = takeEntries(form, acc, rec.person, rater, rater === main);
    if (ignored.size) {
      const p = problem('rater-unknown', { case: 'ignored-columns', place: placeOf(rec.file, rec.person.at), rater: rater.label, person: name, columns: [...ignored] }, { ...rec.person.at, file: rec.file }, { severity: 'warning' });
      if (name) p.person = name;
      problems.push(p);
    }
  }
  // Someone the counting rater's copies do not have (王四 in the peers' copies only): the errors below say 「缺少主管评」
  // item by item, at a peer's file; this says why, once.
  const mainFiles = main?.required ? [...new Set(records.filter((r) => r.rater === main).map((r) => r.file))] : [];
  if (mainFiles.length) {
    for (const acc of people.values()) {
      // (Nor someone whose row there was refused, said there: 「考核表-3月.xlsx 中没有此人」 beside that refusal was false.)
      // (Nor someone there under another rater's columns: d4's 王芳, 自评 filled and 主管评 blank in 考核表.xlsx, was said
      // 「「主管评」的表(考核表.xlsx)中没有此人」.)
      if (acc.seen.has(main!.id) || !acc.taken.length || acc.blankInMain || acc.files.some((f) => mainFiles.includes(f)) || acc.errors.some((e) => e.file && mainFiles.includes(e.file))) continue;
      const name = nameOf(form, acc.header);
      const at = acc.taken[0]!;
      problems.push(problem('rater-absent', { person: name, rater: main!.label, files: mainFiles.map((f) => f.split(/[\\/]/).pop()!) }, { ...at.person.at, file: at.file }, name ? { person: name } : {}));
    }
  }
  for (const m of misfiled) {
    for (const [k, acc] of people) {
      if (k === m.key || nameKey(nameOf(form, acc.header)) !== nameKey(m.name)) continue;
      acc.errors.push({ ...m.problem, person: m.name });
    }
  }
  for (const u of unsure) {
    for (const id of u.ids) {
      const shownId = u.shown.find((x) => idKey(x) === id) ?? id;
      const p = problem('name-ambiguous', { case: 'copy', name: u.name, ids: u.shown, unscored: shownId }, { ...u.rec.person.at, file: u.rec.file }, { severity: 'error' });
      p.person = u.name;
      people.get(`id:${id}`)?.errors.push(p);
    }
  }
  return {
    people: [...people.values()].map((acc) => ({
      entries: withCopiesProblems(acc, withSlotLabels(acc, { ...withBlanksFilled(form, acc), entries: acc.entries, ...(acc.blankFile && !acc.seen.has(main?.id ?? '') ? { blankIn: acc.blankFile } : {}) })),
      files: acc.files,
      raterOf: acc.raterOf,
      errors: acc.errors,
    })),
    problems,
  };
}

/** The merged slots' labels, not the first copy's (its own slots were renumbered). */
function withSlotLabels(acc: Acc, person: PersonEntries): PersonEntries {
  const { slotLabels: _first, ...rest } = person;
  return acc.slotLabels.size ? { ...rest, slotLabels: acc.slotLabels } : rest;
}

/**
 * What reading each copy found about this person (a value under a heading taken for a missing column, in the 间接主管's
 * copy): theirs, whichever copy the header came from. Only the header copy's were kept: 孙一 was scored without the
 * 间接主管's 「日常行为·间接」 column, exit 0.
 */
function withCopiesProblems(acc: Acc, person: PersonEntries): PersonEntries {
  const others = acc.taken.filter((r) => r.person !== acc.header).flatMap((r) => r.person.problems ?? []);
  return others.length ? { ...person, problems: [...(person.problems ?? []), ...others] } : person;
}

/**
 * The person's header as the counting copy wrote it, with what it left blank taken from the other copies in order:
 * a 部门定级 typed by the 间接主管 in their own copy is the department's grade, compared with kpi's like any typed
 * grade — never dropped because the 直接主管's copy left the cell empty. Each copy's 评分人 stays its own.
 */
function withBlanksFilled(form: FormDef, acc: Acc): PersonEntries {
  const rater = raterField(form);
  let header: Map<string, string> | null = null;
  let cells: Map<string, string> | undefined;
  const from = new Map<string, Location>();
  const differs = new Set<string>();
  for (const field of form.header.concat(form.footer ?? [])) {
    if (field === rater || cleanText(acc.header.header.get(field.id) ?? '') !== '') continue;
    const copy = acc.taken.find((r) => r.person !== acc.header && cleanText(r.person.header.get(field.id) ?? '') !== '');
    if (!copy) continue;
    header ??= new Map(acc.header.header);
    header.set(field.id, copy.person.header.get(field.id)!);
    // The cell is in the other copy's sheet: not named under the counting copy's, but with that copy's file.
    cells ??= acc.header.headerCells ? new Map(acc.header.headerCells) : undefined;
    cells?.delete(field.id);
    const cell = copy.person.headerCells?.get(field.id);
    from.set(field.id, { ...copy.person.at, ...(cell ? { cell } : {}) });
  }
  // A grade each copy typed (§15: each interviewer ticks a 建议): all of them, in the scale's order, when they differ —
  // the first file's alone was kept, and which it was depended on the order the files were named in.
  for (const g of extraGradings(form)) {
    if (!g.typed) continue;
    const labels = scaleLabels(g.scale);
    const all = acc.taken.map((r) => cleanText(r.person.header.get(g.typed!) ?? '')).filter(Boolean).map((t) => tickedOption(t, labels) ?? t);
    const typed = [...new Set(all)];
    if (typed.length < 2) continue;
    const rank = (t: string) => (labels.includes(t) ? labels.indexOf(t) : labels.length);
    header ??= new Map(acc.header.header);
    // With how many copies gave each: 「强烈推荐(1 份)、推荐(2 份)」.
    header.set(g.typed, typed.sort((a, b) => rank(a) - rank(b)).map((t) => `${t}(${all.filter((x) => x === t).length} 份)`).join('、'));
    differs.add(g.typed);
    from.delete(g.typed);
  }
  if (!header) return acc.header;
  return { ...acc.header, header, ...(cells ? { headerCells: cells } : {}), ...(from.size ? { headerFrom: from } : {}), ...(differs.size ? { headerDiffers: differs } : {}) };
}

/**
 * Files of one group of several in which every person (two or more) has several rows: a survey's answers exported one a
 * row (客户评 twice for each of 林娜 and 周杰), each row another customer — not one rater's copy with a person pasted twice
 * (one of many twice), which is one rater twice. Read as that, the export was refused; beside one 同事评 row, averaged.
 */
function answerFiles(form: FormDef, records: readonly RaterRecord[]): Set<string> {
  const rows = new Map<string, Map<string, Set<string>>>();
  const counts = new Map<string, Map<string, number>>();
  for (const rec of records) {
    if (!rec.rater?.multiple || !ratesAnything(rec.person)) continue;
    const who = idOf(form, rec.person) || nameKey(nameOf(form, rec.person));
    if (!who) continue;
    const inFile = counts.get(rec.file) ?? new Map<string, number>();
    inFile.set(who, (inFile.get(who) ?? 0) + 1);
    counts.set(rec.file, inFile);
    const marks = rows.get(rec.file) ?? new Map<string, Set<string>>();
    marks.set(who, (marks.get(who) ?? new Set()).add(marksKey(rec.person)));
    rows.set(rec.file, marks);
  }
  // Every person's rows alike is the table pasted twice (counted once, said), not answers that happen to agree.
  return new Set(
    [...counts]
      .filter(([file, c]) => c.size >= 2 && [...c.values()].every((n) => n >= 2) && [...rows.get(file)!.values()].some((m) => m.size > 1))
      .map(([file]) => file),
  );
}

/** A record with a cell filled: a row of a name and nothing else rates nobody. */
function ratesAnything(p: PersonEntries): boolean {
  return [...p.entries.values()].some((e) => e.raw.kind !== 'empty');
}

/** What a record's 评分人 says (empty when the form has no such field). */
/**
 * Who a 评分人 note names, when it is someone: 「同事评(匿名)」, 「同事评(同组)」, 「客户评(电话回访)」 say how the group
 * rated, and every peer of an anonymous group writes the same — read as one peer, each copy after the first was refused.
 */
/** The member of a group of several a 评分人 names: 「面试官王五」, 「同事评(李四)」, or a name alone (「王五」). */
export function memberNamed(form: FormDef, text: string): string | undefined {
  const named = raterWho(form, text) ?? surnamedMember(form, text);
  if (named !== undefined) return personNamed(named);
  const t = cleanText(text).normalize('NFKC').trim();
  return !findRater(form, t) && /^\p{Script=Han}{2,4}$|^[A-Za-z][A-Za-z .]{1,30}$/u.test(t) ? personNamed(t) : undefined;
}

/**
 * Who a 评分人 names around the group's name, as people sign: 「王面试官」, 「面试官(王)」, 「面试官-王」 → 王. Two copies signed
 * 「王面试官」 were two anonymous interviewers, 王's marks weighed twice (3.00 良好 for 2.50 一般, exit 0).
 */
function surnamedMember(form: FormDef, text: string): string | undefined {
  const t = cleanText(text).normalize('NFKC').trim();
  for (const r of (form.raters ?? []).filter((x) => x.multiple)) {
    for (const n of [r.label, ...(r.aliases ?? [])].map((x) => x.normalize('NFKC')).filter((x) => x.length >= 2)) {
      const rest = t.endsWith(n) ? t.slice(0, -n.length) : t.startsWith(n) ? t.slice(n.length) : undefined;
      const who = rest?.replace(/^[\s::,,、(\[【\-_—–－]+|[)\]】\s::\-_—–－]+$/gu, '');
      // A surname (王面试官, 面试官(王)), or a full name starting with one (李明面试官, 欧阳面试官, 王经理面试官) and no word of a
      // kind of member: 主管面试官, 高级面试官 are kinds, two interviewers signing so are two (review: merged, 2.50 for 3.00
      // 良好). Customers' kinds begin with any character (高端客户, 金卡客户, 武汉客户: review), so for them a surname alone.
      // (Two or more characters after the group's name are raterWho's.)
      const customers = [r.label, ...(r.aliases ?? [])].some((x) => /客户|顾客|用户|买家|业主/.test(x));
      const surname = who && (COMMON_SURNAMES.includes(who[0]!) || COMPOUND_SURNAMES.some((c) => who.startsWith(c)));
      if (who && surname && (who.length === 1 || (!customers && /^\p{Script=Han}{2,4}$/u.test(who) && !KIND_OF_MEMBER.test(who)))) return who;
    }
  }
  return undefined;
}

/** Two-character surnames. */
// (COMMON_SURNAMES: surnames.ts.)
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '夏侯', '公孙', '长孙', '宇文', '尉迟', '司徒', '端木', '南宫'];
/** Words of a kind of member that begin with a surname's character (高级, 金牌, 资深 …): no one's name. */
export const KIND_OF_MEMBER = /^(高级|金牌|黄金|白金|全职|兼职|常务|常驻|安全|项目|顾问|华东|华南|华北|华中|华西|程序|白领|金融|车主|房东|连锁|江浙|石油|能源|文化|章程|明星|关键|宁波|苏州|温州|江西|湖南)/;

function personNamed(who: string | undefined): string | undefined {
  // (Nor the group's own words after its name: 「同事互评」, 「同事打分」, 「同级评分」 — one peer 「互评」 twice was an error.)
  return who && !/^(匿名|不记名|无记名|未署名|不署名|无名|保密|同组|本组|他组|其他|其它|未知|代填|代评)$|回访|问卷|调查|电话|线上|线下|现场|网络|网上|微信|短信|邮件|评价|反馈|评分|打分|互评|评议|考评|测评|评估|组$|部$/.test(who) ? who : undefined;
}

/** A field telling people of one name apart (联系电话, 手机, 身份证号) filled otherwise than on a row taken before. */
function identityClash(form: FormDef, acc: Acc, rec: RaterRecord): { field: string; values: string[]; firstPlace: string } | undefined {
  const fields = form.header.concat(form.footer ?? []).filter((f) => f.role !== 'name' && f.role !== 'id' && /电话|手机|身份证|证件/.test(f.label));
  // Digits only, and one number the end of the other (「+86 13800138000」, 「0086…」, an area code left off).
  const digits = (r: RaterRecord, id: string) => cleanText(r.person.header.get(id) ?? '').normalize('NFKC').replace(/\D/g, '');
  for (const f of fields) {
    const now = digits(rec, f.id);
    if (now.length < 5) continue;
    const before = acc.taken.find((r) => digits(r, f.id).length >= 5);
    const then = before ? digits(before, f.id) : '';
    if (before && !then.endsWith(now) && !now.endsWith(then)) return { field: f.label, values: [cleanText(before.person.header.get(f.id) ?? ''), cleanText(rec.person.header.get(f.id) ?? '')], firstPlace: placeOf(before.file, before.person.at) };
  }
  return undefined;
}

/** The one member of a group of several every record names (「面试官王五」 on each copy), or undefined. */
export function oneMemberNamed(form: FormDef, records: RaterRecord[]): string | undefined {
  const field = raterField(form);
  const names = new Set(records.map((r) => (r.rater?.multiple ? memberNamed(form, raterText(r, field)) : undefined)));
  return names.size === 1 ? [...names][0] : undefined;
}

function raterText(rec: RaterRecord, field: HeaderField | undefined): string {
  return field ? cleanText(rec.person.header.get(field.id) ?? '') : '';
}

/** The next of a group's raters who gave marks, as a message names them: 「面试官3」. */
function countedSlot(acc: Acc, rater: RaterDef): string {
  const n = (acc.rated.get(rater.id) ?? 0) + 1;
  acc.rated.set(rater.id, n);
  return `${rater.label}${n}`;
}

/** Two records filled alike, cell for cell (what is empty in one is empty in the other). */
function sameMarks(a: PersonEntries, b: PersonEntries): boolean {
  return marksKey(a) === marksKey(b);
}

/** The same rater twice for one person: an error on the person (not scored), at the second copy's 评分人 cell. */
function duplicateRater(rec: RaterRecord, rater: RaterDef, earlier: RaterRecord, name: string, field: HeaderField | undefined, who?: string, severity: 'error' | 'warning' = 'error'): Problem {
  const cell = field ? rec.person.headerCells?.get(field.id) : undefined;
  const at = { ...rec.person.at, ...(cell ? { cell } : {}), file: rec.file };
  const several = who ? { who } : rater.multiple && earlier.file === rec.file ? { several: true as const } : {};
  const p = problem('rater-duplicate', { place: placeOf(rec.file, at), person: name, rater: rater.label, firstPlace: placeOf(earlier.file, earlier.person.at), ...several, ...(severity === 'warning' ? { unweighted: true as const } : {}) }, at, { severity });
  if (name) p.person = name;
  return p;
}

/**
 * Takes one copy's entries of its own rater group into the person's (a group of several raters numbers each
 * copy's slots after the earlier copies'); items no group rates come from the main rater's copy. Returns the
 * labels of other groups the copy filled in anyway (ignored).
 */
function takeEntries(form: FormDef, acc: Acc, person: PersonEntries, rater: RaterDef, isMain: boolean): Set<string> {
  const ignored = new Set<string>();
  const slotMap = new Map<number, number>();
  const keys = [...person.entries.keys()].sort();
  const marked = new Set(keys.filter((k) => person.entries.get(k)!.raw.kind !== 'empty').map((k) => k.split('\u0000')).filter((k) => k[2] === rater.id).map((k) => Number(k[3])));
  for (const k of keys) {
    const [item, input, group, slotText] = k.split('\u0000') as [string, string, string, string];
    const entry = person.entries.get(k)!;
    if (group === '') {
      // Items no group rates (raters: 'none') belong to the copy of the rater that counts.
      if (isMain) acc.entries.set(k, entry);
      continue;
    }
    if (group !== rater.id) {
      if (entry.raw.kind !== 'empty') ignored.add(form.raters?.find((r) => r.id === group)?.label ?? group);
      continue;
    }
    let slot = 1;
    if (rater.multiple) {
      const own = Number(slotText);
      if (!slotMap.has(own)) {
        const next = (acc.slots.get(group) ?? 0) + 1;
        acc.slots.set(group, next);
        slotMap.set(own, next);
        // Named as the copy heads it: the second customer's copy (「…·客户」) was said as 「…·客户2」, no heading of its file.
        // (Only a heading the copy wrote: a per-person copy records none, and its second copy's 「很好」 was said as
        // 「…·同事评1」, the first copy's rater — review.) Else as the how-manieth rater who gave marks: three interviewers
        // each filling 面试官1 of a plain template's three columns take slots 1, 4, 7 — 赵六's blanks were 「面试官7」's, for 面试官3.
        const counted = marked.has(own) ? countedSlot(acc, rater) : undefined;
        const shown = person.slotLabels?.get(slotLabelKey(rater.id, own)) ?? counted;
        if (shown && shown !== `${rater.label}${next}`) acc.slotLabels.set(slotLabelKey(group, next), shown);
      }
      slot = slotMap.get(own)!;
    }
    acc.entries.set(entryKey(item, input, group, slot), entry);
  }
  return ignored;
}
