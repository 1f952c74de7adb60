// The steps of grading that grading one file (grade.ts) and scoring raters' copies together (combineRaters.ts)
// share: which form a file is, whether its output may be written, and what to say when it cannot.
import { files } from './fileSystem.js';
import path from 'node:path';
import { listForms, listRecordForms, loadAnyForm, loadForm } from '../forms/load.js';
import type { RecordFormDef } from '../model/records.js';
import { findRecordSheet } from './records/read.js';
import type { FormDef } from '../model/definition.js';
import type { Problem } from '../model/problem.js';
import { amend, fsReason, problem } from '../model/problems/index.js';
import { writeReasonZh } from '../model/problems/fsReason.js';
import { mainGrading } from '../engine/scales.js';
import { looseNameKey } from '../engine/groups/alikeNames.js';
import type { LoadedInput } from './formats/format.js';
import { guessFormDetailed, unguessedProblem } from './guessForm.js';
import { shownName, shownPath } from './shownName.js';
import { openElsewhere } from './openElsewhere.js';
import { PREVIOUS_DIGESTS } from '../forms/previousDigests.js';
import { idKeyOf, personKeyOf, type PayTable } from './readPay.js';
import { payLine } from '../engine/pay.js';
import type { PersonResult } from '../model/result.js';
import { inputStem } from './formats/names.js';

/**
 * `march.xlsx` → `march.graded.xlsx` beside it; a graded workbook graded again (corrected in place) is numbered, not
 * suffixed again: `march.graded.xlsx` → `march.graded-2.xlsx` → `march.graded-3.xlsx`.
 */
export function defaultOutputPath(input: string): string {
  const dir = path.dirname(input);
  const stem = inputStem(path.basename(input));
  const again = /^(.*\.graded)(?:-(\d+))?$/i.exec(stem);
  return path.join(dir, again ? `${again[1]}-${Number(again[2] ?? 1) + 1}.xlsx` : `${stem}.graded.xlsx`);
}

/**
 * A pay 编号 1..N in row order beside two namesakes (readPay rowNumbering) is the form's 工号 only when its people bear
 * it out: most of those with a 工号 have a row by it, and every such row names them (两个王芳 1 and 3, as on the form).
 * Else the rows' numbers, read by 姓名: 编号 1–7 for 孙七 … 王伟 paid 张三(001) 孙七's 9000 × 1.1 = 9900 for his own
 * 2500 × 1.1 = 2750; 编号 1–6 beside 工号 1701–1706 found no one, six 「没有」 errors.
 */
export function payReading(people: readonly PersonResult[], pay: { table: PayTable; problems: Problem[] }): { table: PayTable; problems: Problem[] } {
  const rows = pay.table.rowNumbered;
  if (!rows) return pay;
  const withIds = people.filter((p) => p.id && p.name);
  const found = withIds.filter((p) => pay.table.nameOfId.has(idKeyOf(p.id!)));
  // Contradicted when a number leads to another person of the form (编号 4 is 张三's row, 004 is 王伟): row numbers. A name
  // typed another way (张叁 for 张三: no one else's) is said as before — it switched the whole file to names and left two
  // 王芳 unpaid (review).
  const formNames = new Set(withIds.map((p) => personKeyOf(p.name!)));
  const contradicted = found.some((p) => {
    const there = personKeyOf(pay.table.nameOfId.get(idKeyOf(p.id!))!.name);
    return there !== personKeyOf(p.name!) && formNames.has(there);
  });
  return found.length * 2 > withIds.length && !contradicted ? pay : rows;
}

/** §14: 绩效奖金 and 工资总额 for every scored person the pay table names (by 工号, else 姓名). */
export function applyPay(form: FormDef, people: PersonResult[], table: PayTable, tableProblems: readonly Problem[] = []): Problem[] {
  const problems: Problem[] = [];
  // What reading the pay file found on a person's row (「abc」 as 绩效基数, their row twice) is theirs too, when the name
  // is one person's of the form (--json people[].problems had only pay-missing).
  for (const p of tableProblems) {
    const key = p.person ? personKeyOf(p.person) : '';
    const owners = key ? people.filter((x) => x.name && personKeyOf(x.name) === key) : [];
    if (owners.length !== 1) continue;
    // Named as the form names them (「王　磊」 typed in the pay file is the roster's 王磊): --json joins by that name.
    if (p.person !== owners[0]!.name) Object.assign(p, amend({ ...p, person: owners[0]!.name }, {}));
    people[people.indexOf(owners[0]!)] = { ...owners[0]!, problems: [...owners[0]!.problems, p] };
  }
  // By 工号 when both have one (never a namesake's row); by name otherwise, unless the roster has two of that name.
  const namesakes = new Map<string, number>();
  for (const p of people) if (p.name) namesakes.set(personKeyOf(p.name), (namesakes.get(personKeyOf(p.name)) ?? 0) + 1);
  const reported = new Set<string>();
  // A problem of one person's pay is theirs too (--json's people[].problems), as the file's.
  const theirs = (i: number, prob: Problem) => {
    problems.push(prob);
    people[i] = { ...people[i]!, problems: [...people[i]!.problems, prob] };
  };
  people.forEach((p, i) => {
    if (p.status !== 'scored' || p.total100 === null) return;
    const byId = p.id && table.hasIds;
    const nameKey = p.name ? personKeyOf(p.name) : '';
    if (!byId && nameKey && (namesakes.get(nameKey) ?? 0) > 1 && table.byName.has(nameKey)) {
      const why = table.hasIds ? 'roster-no-ids' : 'pay-no-ids';
      if (!reported.has(nameKey)) problems.push(problem('pay-duplicate', { case: 'roster', name: p.name, count: namesakes.get(nameKey)!, payFile: path.basename(table.file), why }, { file: table.file }));
      reported.add(nameKey);
      return;
    }
    // Its row's 绩效基数 is blank: said at that cell, once. A figure that could not be read was said already.
    const unusable = byId ? `id:${idKeyOf(p.id)}` : `name:${nameKey}`;
    // By 工号, a row that gives only the name (its 工号 blank) is theirs too when no namesake shares it.
    const blank = table.blank.has(unusable) || !byId || !nameKey || (namesakes.get(nameKey) ?? 0) > 1 ? table.blank.get(unusable) : table.blank.get(`noid:${nameKey}`);
    if (blank === null) return;
    if (blank) {
      // Found by 工号 on a row without a name: the person is the form's.
      if (!blank.person && p.name) blank.person = p.name;
      if (!problems.includes(blank)) theirs(i, blank);
      return;
    }
    // By 工号; a 工号 without a row may still have a row that gives only the name (a pay file's 工号 left blank).
    let found = byId ? table.byId.get(idKeyOf(p.id)) : nameKey ? table.byName.get(nameKey) : undefined;
    if (byId && found === undefined && nameKey && table.byNameWithoutId.has(nameKey)) {
      // A pay row that gives only the name: the person's only if the roster has no namesake (张伟 0021 and 张伟 0022
      // were both paid from one row, or from two rows that an error said were not used).
      // Said of each person left unpaid, by 工号: a namesake paid by their own 工号 is not 「these people」.
      if ((namesakes.get(nameKey) ?? 0) > 1) {
        theirs(i, problem('pay-duplicate', { case: 'roster', name: p.name, count: namesakes.get(nameKey)!, payFile: path.basename(table.file), why: 'pay-row-no-id', who: `${p.name}(${p.id})` }, { file: table.file }, { person: p.name }));
        return;
      }
      found = table.byNameWithoutId.get(nameKey);
    }
    if (found === null && !byId) {
      // Two rows of the name without 工号 were said at the second row: not again as 「two 工号」.
      if (table.saidTwice?.has(nameKey)) return;
      // Found by name, and the name is on rows of two 工号: not for kpi to choose.
      problems.push(problem('pay-duplicate', { case: 'names', name: p.name, payFile: path.basename(table.file) }, { file: table.file }));
      return;
    }
    if (found === null) return; // on two rows of the pay file: said there
    const line = found;
    if (!line) {
      const who = p.name && p.id ? `${p.name}(${p.id})` : p.name || p.id;
      const only = setAsideSheetOf(table, byId ? p.id : undefined, nameKey);
      const missing = problem('pay-missing', { payFile: path.basename(table.file), who, ...(only ? { only } : {}) }, { file: table.file }, p.name ? { person: p.name } : {});
      theirs(i, missing);
      return;
    }
    // Found by name alone on a row of another 部门 (a company payroll's 张伟 of 销售部 for 客服一部's): a namesake's row, not
    // theirs — paid 5000 × K at exit 0. An error; no pay worked out.
    const foundById = byId && table.byId.get(idKeyOf(p.id)) === line;
    // (Departments written two ways — 客服部 and 客服中心, 客服一部 and 客服部一组 — are one: only names that share nothing differ.)
    const [a, b] = [looseNameKey(line.department ?? ''), looseNameKey(p.department ?? '')];
    if (!foundById && a && b && !a.includes(b) && !b.includes(a)) {
      theirs(i, problem('pay-mismatch', { payFile: path.basename(table.file), id: p.id ?? '', payName: p.name!, name: p.name!, payDepartment: line.department, department: p.department }, { file: table.file, ...table.departmentAt.get(line) }, { person: p.name!, severity: 'error' }));
      return;
    }
    // Found by 工号 under the name of another person of the form (two 工号 swapped in the pay file): that person's 基数,
    // not this one's — paid so, both got the other's pay with a warning, exit 0. An error; no pay worked out.
    const namedAs = byId ? table.nameOfId.get(idKeyOf(p.id)) : undefined;
    // A swap (the other person's own row, by their 工号, names this one), names shifted against the 工号 over three rows
    // or more (their row names a third), or the other person's row typed with this one's 工号 (theirs has none, or they have
    // no 工号 on the form and are found by name: one row was paid to both, 3000 and 3300, with one warning). Namesakes the
    // form tells apart (张伟, 张伟B) and the pay file does not (张伟 twice, each on their own 工号: the other's own row names
    // them) are paid by 工号, as before.
    // The other person's own row naming them too is a swap all the same (李四's name copied onto 张三's row: 张三 was paid
    // from it with a warning), unless the two names are namesakes the form tells apart (张伟 and 张伟B).
    const sameStem = (a: string, b: string) => a !== b && (a.includes(b) || b.includes(a));
    const swapped = (o: PersonResult) => {
      if (o === p || !o.name || personKeyOf(o.name) !== personKeyOf(namedAs!.name)) return false;
      const theirs = o.id ? table.nameOfId.get(idKeyOf(o.id)) : undefined;
      return theirs === undefined || personKeyOf(theirs.name) !== personKeyOf(o.name) || !sameStem(personKeyOf(p.name!), personKeyOf(o.name));
    };
    if (namedAs && p.name && personKeyOf(namedAs.name) !== personKeyOf(p.name) && people.some(swapped)) {
      theirs(i, problem('pay-mismatch', { payFile: path.basename(table.file), id: p.id, payName: namedAs.name, name: p.name, other: true }, { file: table.file, sheet: namedAs.sheet, cell: namedAs.cell }, { person: p.name, severity: 'error' }));
      return;
    }
    // Found by 工号 under another name while the person's own name stands on a row of another 工号 no one of the form has
    // (a 工号 mistyped in the form, or in one rater's copy of several): that row is theirs as likely — paid from 赵六's
    // 绩效基数 (4350 for 1740) with a warning, exit 0. An error; no pay worked out.
    // (A row naming them with a note, 「李娜(客服)」 beside another 李娜 of the company, is theirs: by 工号, as ever.)
    // (Only a note: 「王伟强」 is no 「王伟」 with one — paid from his row at exit 0, 5500 for 2200.)
    // (On the names as written: 「周杰 客服」's space is gone from its key — review.)
    const decorated = (a: string, b: string) => personKeyOf(withoutNameNote(a)) === personKeyOf(withoutNameNote(b));
    if (namedAs && p.name && personKeyOf(namedAs.name) !== personKeyOf(p.name) && !decorated(namedAs.name, p.name)) {
      const own = ownRowElsewhere(table, people, p);
      if (own) {
        theirs(i, problem('pay-mismatch', { payFile: path.basename(table.file), id: p.id, payName: namedAs.name, name: p.name, ownId: own.id, ownCell: own.cell }, { file: table.file, sheet: namedAs.sheet, cell: namedAs.cell }, { person: p.name, severity: 'error' }));
        return;
      }
    }
    // Found by name, the row's 工号 another person's of the form (李四's 13 on a row named 张三, 张三 with no 工号): whose
    // row it is cannot be told — 李四 was refused it and 张三 paid from it in the same run.
    const rowOwner = !byId && p.name ? otherIdOwner(table, people, p) : undefined;
    if (rowOwner) {
      theirs(i, problem('pay-mismatch', { payFile: path.basename(table.file), id: rowOwner.id, payName: p.name!, name: p.name!, rowOf: rowOwner.name }, { file: table.file, sheet: rowOwner.sheet, cell: rowOwner.cell }, { person: p.name!, severity: 'error' }));
      return;
    }
    people[i] = { ...p, pay: payLine(form.pay, p.total100, p.bandData, p.band, line) };
    // The row's own warning (its 基本工资 blank), named as the form names the person.
    const warning = table.warnings.get(line);
    if (warning) theirs(i, p.name && warning.person !== p.name ? amend({ ...warning, person: p.name }, {}) : warning);
    // Found by 工号 under another name (rows shifted by one, a 工号 mistyped): paid as the 工号 says, and said.
    const named = byId ? table.nameOfId.get(idKeyOf(p.id)) : undefined;
    if (named && p.name && personKeyOf(named.name) !== personKeyOf(p.name)) {
      theirs(i, problem('pay-mismatch', { payFile: path.basename(table.file), id: p.id, payName: named.name, name: p.name }, { file: table.file, sheet: named.sheet, cell: named.cell }, { person: p.name }));
    }
  });
  const unused = unusedPayRows(people, table);
  if (unused.length) problems.push(problem('pay-unused', { payFile: path.basename(table.file), who: unused }, { file: table.file }));
  return problems;
}

/**
 * The sheet of another month, set aside, that has the person (by 工号 when found so, else by name): 孙七 only on
 * 「上月工资」 (2026年2月) was 「没有」 and no more — the reason his row was not read is said.
 */
function setAsideSheetOf(table: PayTable, id: string | undefined, nameKey: string): { sheet: string; months: string[]; month: string } | undefined {
  const aside = table.setAside;
  const there = aside?.sheets.find((s) => (id && s.table.hasIds ? s.table.byId.has(idKeyOf(id)) : !!nameKey && s.table.byName.has(nameKey)));
  return there ? { sheet: there.name, months: there.months, month: aside!.month } : undefined;
}

/** A 工号 as the pay file writes it (「0013」, not the key 13), from its row's written 「name(工号)」. */
function writtenId(table: PayTable, id: string): string | undefined {
  return /[(]([^()]*)[)]$/.exec(table.written.get(`id:${id}`) ?? '')?.[1];
}

/** The pay row under the person's name whose 工号 is another person's of the form (the person has none there). */
function otherIdOwner(table: PayTable, people: readonly PersonResult[], p: PersonResult): { id: string; name: string; sheet: string; cell: string } | undefined {
  const key = personKeyOf(p.name!);
  for (const [id, row] of table.nameOfId) {
    if (personKeyOf(row.name) !== key) continue;
    const owner = people.find((o) => o !== p && o.id && idKeyOf(o.id) === id && o.name && personKeyOf(o.name) !== key);
    if (owner) return { id: writtenId(table, id) ?? owner.id, name: owner.name!, sheet: row.sheet, cell: row.cell };
  }
  return undefined;
}

/** A row of the pay file under the person's own name and another 工号, which no one of the form has. */
function ownRowElsewhere(table: PayTable, people: readonly PersonResult[], p: PersonResult): { id: string; cell: string } | undefined {
  const key = personKeyOf(p.name!);
  const formIds = new Set(people.flatMap((o) => (o.id ? [idKeyOf(o.id)] : [])));
  for (const [id, row] of table.nameOfId) {
    if (id === idKeyOf(p.id) || formIds.has(id) || personKeyOf(row.name) !== key) continue;
    return { id: writtenId(table, id) ?? id, cell: `${row.sheet}!${row.cell}` };
  }
  return undefined;
}

/** The pay file's people whom no one of the form is (by 工号, else by name): said, as an export's extra rows are. */
function unusedPayRows(people: readonly PersonResult[], table: PayTable): string[] {
  const ids = new Set(people.flatMap((p) => (p.id ? [idKeyOf(p.id)] : [])));
  const names = new Set(people.flatMap((p) => (p.name ? [personKeyOf(p.name)] : [])));
  // A row of a 工号 no one has is used by name only by a person without a 工号: another 王芳(E103) is not the roster's
  // 王芳(E101), and a person left off the roster under a namesake's name went unsaid.
  const namesWithoutId = new Set(people.flatMap((p) => (p.name && !p.id ? [personKeyOf(p.name)] : [])));
  const out: string[] = [];
  if (table.hasIds) {
    for (const id of table.byId.keys()) {
      const named = table.nameOfId.get(id);
      if (!ids.has(id) && !(named && namesWithoutId.has(personKeyOf(named.name)))) out.push(table.written.get(`id:${id}`) ?? id);
    }
    // A row giving only a name is used by a person of that name whose 工号 has no row of its own; beside 刘洋's own row
    // (1004, 基数 2000), a second 刘洋 row without 工号 (9000) went unsaid.
    const byName = new Set(people.flatMap((p) => (p.name && !(p.id && table.byId.has(idKeyOf(p.id))) ? [personKeyOf(p.name)] : [])));
    for (const name of table.byNameWithoutId.keys()) if (!byName.has(name)) out.push(table.written.get(`name:${name}`) ?? name);
  } else {
    for (const name of table.byName.keys()) if (!names.has(name)) out.push(table.written.get(`name:${name}`) ?? name);
  }
  // Rows whose figures could not be used (blank, 「—」): not the form's either, when no one of it has their 工号 or name.
  const listed = new Set<string>();
  for (const [key, who] of table.blankWho) {
    const theirs = key.startsWith('id:') ? ids.has(key.slice(3)) : names.has(key.slice(key.indexOf(':') + 1));
    if (theirs) listed.add(who);
  }
  for (const who of new Set(table.blankWho.values())) if (!listed.has(who) && !out.includes(who)) out.push(who);
  return out;
}

/** A distribution limit (--limit 优秀=20%) on a band the form does not have. */
export function unknownBandProblem(form: FormDef, bands: string[]): Problem {
  return problem('limit-unknown-band', { form: form.title, bands, known: mainGrading(form).scale.bands.map((b) => b.label) });
}


export async function outputClash(input: string, output: string, force: boolean): Promise<Problem | null> {
  const same = await Promise.all([files.realpath(input).catch(() => path.resolve(input)), files.realpath(output).catch(() => output)]);
  if (same[0] === same[1] || path.resolve(input) === output) {
    return problem('output-exists', { case: 'is-input', output: shownPath(output) }, { file: input });
  }
  // 「C:\结果\m.xlsx」 on a system whose paths are /-separated: one file of that name, in the current folder.
  // (Only a drive letter or a share's 「\\」 before it: 「考核\3月.csv」 unzipped from a Windows zip is a name of its own.)
  if (path.sep === '/' && /^([A-Za-z]:\\|\\\\)/.test(path.basename(output))) return problem('output-failed', { case: 'windows-path', output: path.basename(output) }, { file: input });
  const stat = await files.lstat(output).catch(() => null);
  if (stat?.isDirectory()) {
    return problem('output-exists', { case: 'is-folder', output: shownPath(output), example: shownPath(path.join(output, path.basename(defaultOutputPath(input)))) }, { file: input });
  }
  const folder = path.dirname(output);
  const dir = await files.stat(folder).catch((err: NodeJS.ErrnoException) => err);
  if (dir instanceof Error) {
    const reason = fsReason(dir);
    if (reason.kind !== 'missing' && reason.kind !== 'not-folder') return outputFailure(output, dir);
    const file = await fileOnPath(folder);
    return file
      ? problem('output-failed', { case: 'folder-is-file', output: shownPath(output), folder: shownPath(file) }, { file: output })
      : problem('output-failed', { case: 'no-folder', output: shownPath(output), folder: shownPath(folder), hint: true }, { file: output });
  }
  if (!dir.isDirectory()) {
    return problem('output-failed', { case: 'folder-is-file', output: shownPath(output), folder: shownPath(folder) }, { file: output });
  }
  const exists = stat !== null;
  if (exists && !force) {
    return problem('output-exists', { case: 'exists', output: shownPath(output) }, { file: input });
  }
  // Open in Excel, WPS or LibreOffice (its lock file beside it): replaced under the program, the old results saved over
  // the new ones when the user saves — said, even with --force (nothing is written).
  const lock = exists ? await openElsewhere(output) : null;
  if (lock) return problem('output-exists', { case: 'open', output: shownPath(output), lock }, { file: input });
  return null;
}

/**
 * The file a missing folder's path runs through (a.csv of a.csv/sub/x.xlsx): no folder can be made there, so
 * 「请先创建这个文件夹」 would not help. Null when the nearest existing part of the path is a folder.
 */
export async function fileOnPath(folder: string): Promise<string | null> {
  for (let at = path.resolve(folder); ; at = path.dirname(at)) {
    const stat = await files.stat(at).catch(() => null);
    if (stat) return stat.isDirectory() ? null : at;
    if (path.dirname(at) === at) return null;
  }
}

/** One Chinese sentence for an output that could not be written (the error's code explained). */
export function outputFailure(output: string, err: unknown): Problem {
  return problem('output-failed', { case: 'write', output: shownPath(output), reason: fsReason(err) }, { file: output });
}

/** Why a file could not be written, in a few Chinese words. */
export function writeFailureReason(err: unknown): string {
  return writeReasonZh(fsReason(err));
}


/**
 * What a template's mark says of the form asked for with --form (a person form or a log): a template of a team's own
 * definition scored by another (its weights and scale may differ: 88 良好 where the team's gave 60 一般), or of this very
 * definition as another version or with other contents (a threshold edited since: a band may have moved, 赵四 优秀 →
 * 良好, or §3's index doubled, without a word).
 */
export async function requestedFormNotes(requested: { id: string; title: string; version: string }, input: LoadedInput, file: string, requestedDigests?: readonly string[]): Promise<Problem[]> {
  const notes: Problem[] = [];
  const marked = input.metadata?.form;
  const wellFormed = marked !== undefined && isFormId(marked);
  if (wellFormed && marked !== requested.id && !(await listForms()).includes(marked) && !(await listRecordForms()).includes(marked)) {
    notes.push(problem('form-marker-unknown', { formId: marked, name: shownName(file), requested: `「${requested.title}」(${requested.id})`, ...(input.regraded ? { graded: true as const } : {}) }, { file }, { severity: 'warning' }));
  }
  const version = input.metadata?.version;
  const name = shownName(file);
  if (marked === requested.id && version && version !== requested.version) {
    notes.push(problem('form-version', { formId: marked, version, current: requested.version, name }, { file }));
  } else if (marked === requested.id && requestedDigests?.length && input.metadata?.digest && !requestedDigests.includes(input.metadata.digest)) {
    notes.push(problem('form-version', { formId: marked, version: version ?? requested.version, current: requested.version, changed: true, name }, { file }));
  } else if (wellFormed && marked !== requested.id && notes.length === 0) {
    // A built-in's template scored by a team's own definition (other points, other bands): said as its mirror is.
    notes.push(problem('form-version', { formId: marked, version: version ?? '', current: requested.version, name, other: `「${requested.title}」(${requested.id})` }, { file }));
  }
  return notes;
}

export async function resolveForm(
  requested: FormDef | undefined,
  input: LoadedInput,
  file: string,
  requestedDigests?: readonly string[],
): Promise<{ ok: true; form: FormDef; notes: Problem[] } | { ok: false; failure: Problem }> {
  const notes: Problem[] = [];
  // A workbook's mark names a built-in form, never a file: a path there would make kpi read any local file.
  const marked = input.metadata?.form;
  const wellFormed = marked !== undefined && isFormId(marked);
  const builtIn = wellFormed && (await listForms()).includes(marked);
  if (requested) return { ok: true, form: requested, notes: await requestedFormNotes(requested, input, file, requestedDigests) };
  // A template made from a team's own definition (its id is none of the built-in ones): guessed from its headings, it
  // was scored by the built-in it was copied from (other weights, another scale) at exit 0. The definition is --form's.
  if (wellFormed && !builtIn) return { ok: false, failure: problem('form-marker-unknown', { formId: marked, name: shownName(file), ...(input.regraded ? { graded: true as const } : {}) }, { file }) };
  // A mark that is no id at all (a path, a stray text): never read as a file, said, and the headings tell the form.
  if (marked !== undefined && !wellFormed) notes.push(problem('form-marker-unknown', {}, { file }, { severity: 'warning' }));
  const id = builtIn ? marked : undefined;
  if (id) {
    const loaded = await loadForm(id);
    if (!loaded.ok) return { ok: false, failure: loaded.problems[0]! };
    const mark = checkMark(loaded, input.metadata, file, !!input.regraded);
    if (mark.failure) return { ok: false, failure: mark.failure };
    return { ok: true, form: loaded.form, notes: [...notes, ...mark.notes] };
  }
  const forms = await builtInForms();
  const guess = guessFormDetailed(input.grids, forms);
  if (!guess.form) {
    return { ok: false, failure: unguessedProblem(file, guess.candidates, forms, await listRecordForms(), input.hiddenSheets) };
  }
  const guessed = guess.form;
  notes.push(problem('form-unknown', { form: guessed.title, formId: guessed.id }, { file }));
  return { ok: true, form: guessed, notes };
}

/**
 * --form names a form whose required columns the workbook lacks, and its headings are clearly another built-in's
 * (probation given for a cs-rep roster: everyone unscored, 19 errors, no word of which form it is). Null otherwise.
 */
export async function formMismatch(requested: FormDef, read: { problems: Problem[] }, input: LoadedInput, file: string): Promise<Problem | null> {
  const missing = read.problems.filter((p) => p.code === 'item-not-found' && p.severity === 'error' && (p.params as { case?: string } | undefined)?.case === 'column').length;
  if (missing === 0) return null;
  // (A template of the very definition --form gives, its mark naming it — a team's own, a column deleted: the missing
  // columns are said; pointing at a built-in whose headings look alike led to its weights, 70 一般 at exit 0.)
  if (input.metadata?.form === requested.id) return null;
  const other = await formTheFileIs(input, requested.id);
  // A template of the team's own definition: said by resolveForm (form-marker-unknown), with the file to give.
  return other && !other.own ? problem('form-mismatch', { form: requested.title, formId: requested.id, other: other.form, otherId: other.formId, missing }, { file }) : null;
}

/** A form named in a message: its title and id. */
export interface NamedForm {
  form: string;
  formId: string;
  /** The id of a team's own definition (a template's mark): a file to give, not an id. */
  own?: true;
}

/**
 * The built-in form a workbook is, when it is not `requestedId`: the one its template mark names (a person form or a
 * log), else a log whose every required column a sheet's heading has, else a person form its headings clearly fit.
 * Null when none says another form.
 */
export async function formTheFileIs(input: LoadedInput, requestedId: string): Promise<NamedForm | null> {
  const marked = input.metadata?.form;
  if (marked && marked !== requestedId && ((await listForms()).includes(marked) || (await listRecordForms()).includes(marked))) {
    const f = await loadAnyForm(marked);
    if (f.ok) return { form: f.form.title, formId: f.form.id };
  }
  // Made from a team's own definition: that definition, never the built-in its headings look like (following that
  // advice scored the team's template by the built-in's weights, 88 for 60, at exit 0).
  if (marked && marked !== requestedId && isFormId(marked)) return { form: '', formId: marked, own: true };
  if (!input.grids.length) return null;
  const log = await recordFormFitting(input, requestedId);
  if (log) return { form: log.title, formId: log.id };
  const guess = guessFormDetailed(input.grids, await builtInForms());
  return guess.form && guess.form.id !== requestedId ? { form: guess.form.title, formId: guess.form.id } : null;
}

/** The built-in log (not `except`) whose every required column some sheet's heading has; the one with most columns found. */
export async function recordFormFitting(input: LoadedInput, except?: string): Promise<RecordFormDef | null> {
  let best: { form: RecordFormDef; found: number } | null = null;
  for (const id of await listRecordForms()) {
    if (id === except) continue;
    const loaded = await loadAnyForm(id);
    if (!loaded.ok || loaded.kind !== 'records') continue;
    for (const grid of input.grids) {
      const sheet = findRecordSheet(grid, loaded.form);
      // (A column there on another scale, 「服务态度(10分制)」, still tells the form: it is refused when read, said why.)
      if (!sheet || sheet.missing.some((c) => !sheet.otherScales?.some((x) => x.of === c))) continue;
      if (!best || sheet.columns.size > best.found) best = { form: loaded.form, found: sheet.columns.size };
    }
  }
  return best?.form ?? null;
}

/** Every built-in person form, loaded. */
async function builtInForms(): Promise<FormDef[]> {
  const forms: FormDef[] = [];
  for (const formId of await listForms()) {
    const f = await loadForm(formId);
    if (f.ok) forms.push(f.form);
  }
  return forms;
}

/** A template mark that is a form's id (a path or a stray text never is: kpi would read any local file). */
export function isFormId(marked: string): boolean {
  // As a definition's id may be (forms/schema.ts): a team's 「team_mattress」 or 「Mattress」 was taken for no mark at all and
  // scored by the shipped form its headings resemble, at exit 0.
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(marked);
}

/**
 * A template's mark against the built-in definition it names: a copy of the built-in, edited, made it — its version
 * above the built-in's, or its text another at a version not older than the built-in's (1.0.0-team, 1.0, v2 read as
 * 1.0.0 were scored by the built-in at exit 0) — is refused; an older version of the built-in itself is scored by the
 * current one, said.
 */
export function checkMark(
  loaded: { form: { id: string; title: string; version: string }; digest?: string; digests?: readonly string[] },
  metadata: { version?: string; digest?: string; gradedWith?: string } | null | undefined,
  file: string,
  graded = false,
): { failure?: Problem; notes: Problem[] } {
  const { form } = loaded;
  const version = metadata?.version;
  // Graded with a team's definition (--form): its rules, whatever version the template's mark names — an older mark
  // let the built-in's later version score it (优秀 ≥ 95 of the team's became the built-in's ≥ 90 in a roll-up).
  const gradedWith = metadata?.gradedWith;
  if (gradedWith && loaded.digest && !(loaded.digests ?? [loaded.digest]).includes(gradedWith) && !(PREVIOUS_DIGESTS[form.id] ?? []).includes(gradedWith)) {
    return { failure: problem('form-marker-differs', { formId: form.id, form: form.title, version: form.version, graded: true, name: shownName(file) }, { file }), notes: [] };
  }
  if (version && newerVersion(version, form.version)) {
    return { failure: problem('form-marker-differs', { formId: form.id, form: form.title, version: form.version, newer: version }, { file }), notes: [] };
  }
  const digest = metadata?.digest;
  // An older version's mark is the built-in's only when its digest is one the built-in shipped with (PREVIOUS_DIGESTS):
  // a team's copy of 1.0.0, edited and kept at 1.0.0, was scored by 1.0.2 once the built-in moved on.
  const olderBuiltIn = version !== undefined && olderVersion(version, form.version) && (!digest || (PREVIOUS_DIGESTS[form.id] ?? []).includes(digest));
  if (digest && loaded.digest && !(loaded.digests ?? [loaded.digest]).includes(digest) && !olderBuiltIn) {
    return { failure: problem('form-marker-differs', { formId: form.id, form: form.title, version: form.version, ...(version && version !== form.version ? { other: version } : {}), ...(graded ? { graded: true as const, name: shownName(file) } : {}) }, { file }), notes: [] };
  }
  return { notes: version && version !== form.version ? [problem('form-version', { formId: form.id, version, current: form.version, name: shownName(file) }, { file })] : [] };
}

/** a is a version below b, both numbers and dots (0.9.0 < 1.0.0); anything else (1.0.0-team, v2) is not older. */
export function olderVersion(a: string, b: string): boolean {
  const numeric = /^\d+(?:\.\d+)*$/;
  return numeric.test(a) && numeric.test(b) && newerVersion(b, a);
}

/** Whether version `a` is above `b` (1.10.0 above 1.9.2; parts compared as numbers, a missing part as 0). */
export function newerVersion(a: string, b: string): boolean {
  const parts = (v: string) => v.split('.').map((x) => Number.parseInt(x, 10));
  const [x, y] = [parts(a), parts(b)];
  if (x.some(Number.isNaN) || y.some(Number.isNaN)) return false;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** --data, --pay or --previous naming the output file itself: the refusal (the graded workbook replaced it). */
export async function auxiliaryAsOutput(options: { data?: string; pay?: string; previous?: string }, output: string): Promise<Problem | null> {
  for (const [option, file] of [['--data', options.data], ['--pay', options.pay], ['--previous', options.previous]] as const) {
    if (file && (await sameFileAs(file, output))) return problem('output-exists', { case: 'is-option-file', option, output: shownPath(output) }, { file });
  }
  return null;
}

/** One file by path, by its real path or by inode (a symbolic or hard link). */
export async function sameFileAs(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [x, y] = await Promise.all([files.stat(a).catch(() => null), files.stat(b).catch(() => null)]);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

/** A name without a note after it: 「李娜(客服)」, 「李娜【客服】」, 「李娜-客服」, 「李娜 客服」 → 李娜. */
function withoutNameNote(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s*[(\[【][^)\]】]*[)\]】]\s*$/, '').replace(/\s*[-_—–/\s]\s*\S+$/, '');
}
