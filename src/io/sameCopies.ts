// Raters' copies that are one copy twice: the same bytes (a file named twice, its 「副本」 in the folder), or the same
// marks saved apart (re-saved by LibreOffice, WPS, a script). Counted twice, one rater's marks would be averaged in twice.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { cleanText } from '../engine/text.js';
import { nameOf, oneMemberNamed, type RaterRecord } from '../engine/mergeRaters.js';
import type { FormDef } from '../model/definition.js';
import type { PersonEntries, RawValue } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { files as disk } from './fileSystem.js';
import { inputStem } from './formats/names.js';
import { rawText } from './grid.js';
import { appendTo } from '../model/groups.js';

/**
 * The files, each content once: the same file named twice, or a copy of it (「同事甲 - 副本.xlsx」 beside 同事甲.xlsx in a
 * folder), would count one rater's marks twice (同事评 averaged over 3 where 2 rated). Later ones are left out, said.
 */
export async function withoutCopies(files: readonly string[]): Promise<{ files: string[]; notes: Problem[] }> {
  const seen = new Map<string, string>();
  const out: string[] = [];
  const notes: Problem[] = [];
  for (const file of files) {
    const bytes = await disk.readFile(file).catch(() => null);
    const key = bytes ? createHash('sha256').update(bytes).digest('hex') : `path:${path.resolve(file)}`;
    const first = seen.get(key) ?? (bytes ? undefined : seen.get(`path:${path.resolve(file)}`));
    // Two peers' CSV files agreeing on everything are byte for byte alike as well (a text file has no time stamp in
    // it, as a workbook's package has): only one named as a copy of the other is the same file; the others count, and
    // sameContent says they agree.
    const text = /\.(csv|txt|tsv)$/i.test(file);
    if (first !== undefined && (!text || namedCopyOf(file, first) || namedCopyOf(first, file))) {
      notes.push(problem('rater-duplicate', { case: 'same-file', name: path.basename(file), first: path.basename(first) }, { file }, { severity: 'warning' }));
      continue;
    }
    seen.set(key, file);
    out.push(file);
  }
  return { files: out, notes };
}

/** A file's name as copies are compared: without folder and extension, full-width folded, lower case. */
const copyStem = (f: string) => inputStem(path.basename(f)).normalize('NFKC').trim().toLowerCase();

/**
 * Whether `name` is a copy of `original` as a file manager or 「save as」 names one: 「同事甲 - 副本」「同事甲 - 副本 (2)」
 * 「同事甲(1)」「副本 同事甲」「Copy of 同事甲」「同事甲 - Copy」. Named after the other file only: 「李四 - 副本」 is no copy of 张三,
 * and 「copywriter同事」 none of anything.
 */
function namedCopyOf(name: string, original: string): boolean {
  const base = copyStem(original);
  // Or the same name saved as another format (同事甲.xlsx's 「另存为」 同事甲.csv): one copy twice — two peers counted.
  if (copyStem(name) === base && path.extname(name).toLowerCase() !== path.extname(original).toLowerCase()) return true;
  const bare = copyStem(name)
    .replace(/\s*[-_—]?\s*(副本|拷贝|复制|copy)(\s*[(]?\d+[)]?)?$/, '')
    .replace(/^(副本|拷贝|复制|copy of|copy)\s*[-_]?\s*/, '')
    .replace(/\s*[(]\d+[)]$/, '')
    .trim();
  return bare !== copyStem(name) && bare === base;
}

/**
 * Copies of one rater group filled alike, person for person and cell for cell, but not byte for byte (one re-saved by
 * LibreOffice, WPS or a script): a second peer that is really the first one again. Named as a copy of the other
 * (「同事甲 - 副本」 of 同事甲), it is left out, with a warning; otherwise both count (two peers may agree on everything)
 * and a warning asks.
 */
export function sameContent(form: FormDef, records: RaterRecord[]): { records: RaterRecord[]; notes: Problem[]; refused?: Problem } {
  const byFile = new Map<string, RaterRecord[]>();
  for (const r of records) appendTo(byFile, r.file, r);
  const twins = datedTwins(form, byFile);
  if (twins) return { records, notes: [], refused: twins };
  const idField = form.header.concat(form.footer ?? []).find((h) => h.role === 'id');
  const content = (list: RaterRecord[]): string | null => {
    if (list.some((r) => !r.rater)) return null;
    const people = list.map((r) => {
      const who = cleanText(r.person.header.get(idField?.id ?? '') ?? '') || nameOf(form, r.person);
      const cells = marksOf(r.person);
      return cells ? `${r.rater!.id}\u0001${who}\u0001${cells}` : '';
    });
    const filled = people.filter(Boolean).sort();
    return filled.length ? filled.join('\u0003') : null;
  };
  const seen = new Map<string, string>();
  const who = (r: RaterRecord) => cleanText(r.person.header.get(idField?.id ?? '') ?? '') || nameOf(form, r.person) || '';
  const superseded = supersededCopies(byFile, who, (r) => nameOf(form, r.person) || who(r));
  const { dropped, notes } = superseded;
  for (const [file, list] of byFile) {
    if (dropped.has(file)) continue;
    const key = content(list);
    if (key === null) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, file);
      continue;
    }
    // Whichever of the two is named as a copy of the other is the one left out (「同事甲 - 副本」 sorts before 「同事甲」).
    // Of one name saved as two formats, the workbook is kept (the CSV is its 「另存为」).
    const workbook = (f: string) => /\.xlsx$/i.test(f);
    const [copyFile, original] = namedCopyOf(first, file) && !(workbook(first) && !workbook(file)) ? [first, file] : [file, first];
    const copy = namedCopyOf(copyFile, original);
    // Two copies of a rater that counts once (主管) are the error 「同一评分人只能有一份」 unless one is named as a copy:
    // 「两份都已计入」 would say otherwise.
    if (!copy && !list[0]!.rater!.multiple) continue;
    // Both signed by one named member (「面试官王五」, 「王面试官」): one interviewer twice, counted once person by person
    // (mergeRaters), which says so — 「两份都已计入」 beside it said otherwise.
    const member = copy ? undefined : oneMemberNamed(form, list);
    if (member !== undefined && oneMemberNamed(form, byFile.get(first)!) === member) continue;
    if (copy) {
      dropped.add(copyFile);
      seen.set(key, original);
    }
    const rater = list[0]!.rater!.label;
    notes.push(problem('rater-duplicate', { case: 'same-content', name: path.basename(copyFile), first: path.basename(original), rater, copy }, { file: copyFile }, { severity: 'warning' }));
  }
  // Named as a copy of another copy of the same group, partly alike (「同事甲 - 副本」 with one answer changed): most likely
  // the same peer's corrected copy beside the first — counted as a third peer without a word. Both still count (a blank
  // template copied for a second peer is named so too): said, so that the older one can be moved out.
  const files = [...byFile.keys()].filter((f) => !dropped.has(f));
  for (const copyFile of files) {
    const original = files.find((o) => o !== copyFile && (namedCopyOf(copyFile, o) || datedOf(copyFile, o)));
    if (!original || notes.some((n) => (n.params as { name?: string }).name === path.basename(copyFile))) continue;
    const [a, b] = [byFile.get(copyFile)!, byFile.get(original)!];
    const rater = a[0]?.rater;
    if (!rater?.multiple || a.some((r) => r.rater !== rater) || b.some((r) => r.rater !== rater)) continue;
    const who = (r: RaterRecord) => cleanText(r.person.header.get(idField?.id ?? '') ?? '') || nameOf(form, r.person);
    const marks = new Map(b.map((r) => [who(r), marksOf(r.person)]));
    const rated = a.filter((r) => marksOf(r.person) && marks.get(who(r)));
    const alike = rated.filter((r) => marks.get(who(r)) === marksOf(r.person)).length;
    if (alike === 0 || alike === rated.length) continue;
    notes.push(problem('rater-duplicate', { case: 'near-copy', name: path.basename(copyFile), first: path.basename(original), rater: rater.label, alike, of: rated.length }, { file: copyFile }, { severity: 'warning' }));
  }
  return { records: dropped.size || superseded.records.size ? records.filter((r) => !dropped.has(r.file) && !superseded.records.has(r)) : records, notes };
}

/**
 * A rater's corrected copy beside the first (「同事甲(修改)」「同事甲_v2」「同事甲-最终版」 beside 同事甲, one rater group in
 * both): the correction counts for the people it holds and the older copy for the rest, said — both counted, one peer was
 * averaged in twice (张三 87.07 for 86.80) without a word, as a 「副本」 is not: a corrected file is named so.
 */
function supersededCopies(byFile: ReadonlyMap<string, RaterRecord[]>, who: (r: RaterRecord) => string, named: (r: RaterRecord) => string): { dropped: Set<string>; records: Set<RaterRecord>; notes: Problem[] } {
  const dropped = new Set<string>();
  const records = new Set<RaterRecord>();
  const notes: Problem[] = [];
  const group = (list: readonly RaterRecord[]) => {
    const ids = new Set(list.map((r) => r.rater?.id ?? ''));
    return ids.size === 1 ? list[0]!.rater : undefined;
  };
  const files = [...byFile.keys()];
  for (const revised of files) {
    for (const older of files) {
      if (older === revised || dropped.has(older)) continue;
      if (!revisionOf(revised, older) && !(datedOf(revised, older) && mostlyAlike(byFile.get(revised)!, byFile.get(older)!, who))) continue;
      const rater = group(byFile.get(revised)!);
      if (rater === undefined || group(byFile.get(older)!) !== rater) continue;
      // Person by person: a correction holding only 李四 leaves 张三's marks in the first copy (they were dropped with it).
      // A copy edited whole (most of its people marked) holds its blank rows too: 张三's marks cleared there are taken out,
      // not left from the first copy (the mistaken 待改进 counted: 85.50 良好 for 92.00 优秀 at exit 0).
      // (Edited whole: some row carried over as it was. A fresh template holding only the people re-rated — every marked row
      // changed — clears no one: 王芳's row left with her name only dropped her peer's 待改进, 76.00 for 71.50.)
      const rows = byFile.get(revised)!;
      const marked = rows.filter((r) => marksOf(r.person));
      const before = new Map(byFile.get(older)!.map((r) => [who(r), marksOf(r.person)]));
      const carried = marked.some((r) => before.get(who(r)) === marksOf(r.person));
      const corrected = new Set((marked.length * 2 > rows.length && carried ? rows : marked).map(who));
      const replaced = byFile.get(older)!.filter((r) => corrected.has(who(r)) || !marksOf(r.person));
      for (const r of replaced) records.add(r);
      const kept = byFile.get(older)!.length - replaced.length;
      if (kept === 0) dropped.add(older);
      // The people left blank there whose first marks still count, named (review: 「只计入…没有的 1 人」 hid that 王芳 was
      // in the correction, blank).
      const blank = rows.filter((r) => !marksOf(r.person) && !corrected.has(who(r)) && before.get(who(r))).map(named);
      notes.push(problem('rater-duplicate', { case: 'revised', name: path.basename(revised), first: path.basename(older), rater: rater?.label ?? '', ...(kept ? { kept } : {}), ...(blank.length ? { blank } : {}) }, { file: older }, { severity: 'warning' }));
    }
  }
  return { dropped, records, notes };
}

// The words a corrected file is named with, after the first file's name: 「(修改)」「_v2」「-最终版」「(新)」「修订版」.
const REVISION_WORD = '(?:已?修改(?:版|后)?|更新(?:版|后)?|修订版?|已?更正(?:版|后)?|改后|已改|改版|最新版?|最终版?|终版|定稿|正式版?|重发|第?\\d+版|v\\d+|final|new|rev\\d*|改|新)';
const REVISION = new RegExp(
  `(?:\\s*[-_—~·.]?\\s*[(\\[【]\\s*${REVISION_WORD}\\s*[)\\]】]|[-_—~·.\\s]+${REVISION_WORD}|(?:已?修改(?:版|后)?|更新(?:版|后)?|修订版?|已?更正(?:版|后)?|改后|最新版?|最终版|终版|定稿|重发|第\\d+版|v\\d+))$`,
  'i',
);

/** Whether `name` is `original` corrected, named as such (「同事甲(修改)」 of 同事甲; 「张新」 is no 「张」 corrected). */
function revisionOf(name: string, original: string): boolean {
  const bare = copyStem(name).replace(REVISION, '').trim();
  return bare !== copyStem(name) && bare !== '' && bare === copyStem(original);
}

// A day after the first file's name, as a re-sent copy is saved: 「-0402」「_20260402」「-4月2日」「(4.2)」「 04-02」.
const DAY = '(?:(?:20\\d{2}[-.年]?)?(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|(?:0?[1-9]|1[0-2])[-.月](?:0?[1-9]|[12]\\d|3[01])日?))';
const DATED = new RegExp(`(?:\\s*[-_—~·.]?\\s*[(\\[【]\\s*${DAY}\\s*[)\\]】]|[-_—~·\\s]+${DAY})$`);

/**
 * Whether `name` is `original` with a day after it (「同事评-李四-0402」 of 同事评-李四): 李四's copy re-sent on 2 April with
 * 林娜 corrected from 一般 to 优秀 was counted as a third peer without a word (林娜 73.83 一般 for 75.50 良好). A day alone
 * may also be another month's copy, so it counts as a correction only when mostlyAlike says it was edited from the first.
 * Both named with a day are datedTwins, never one copy.
 */
function datedOf(name: string, original: string): boolean {
  const [a, b] = [datedName(name), datedName(original)];
  return !!a.day && !b.day && a.bare !== '' && a.bare === b.bare;
}

/**
 * Two copies of one group of several named alike but for the day after each (同事评-0330 and 同事评-0402): a peer's copy and
 * its resend, or two peers' copies named by the day each came back — the names cannot tell. Taken as one copy, two
 * anonymous peers agreeing on 2 of 3 lost one: 王五 76.40 良好 for 73.40 一般 at exit 0; as two, a resend counts twice
 * (王五 71.75 一般 for 75.50 良好). Refused, unless each copy's 评分人 names its member (「同事评(李四)」).
 */
function datedTwins(form: FormDef, byFile: ReadonlyMap<string, RaterRecord[]>): Problem | undefined {
  const files = [...byFile.keys()];
  const group = (f: string) => {
    const ids = new Set(byFile.get(f)!.map((r) => r.rater?.id ?? ''));
    const rater = byFile.get(f)![0]?.rater;
    return ids.size === 1 && rater?.multiple ? rater.id : undefined;
  };
  for (const [i, a] of files.entries()) {
    for (const b of files.slice(i + 1)) {
      const [x, y] = [datedName(a), datedName(b)];
      if (!x.day || !y.day || x.bare === '' || x.bare !== y.bare || !group(a) || group(a) !== group(b)) continue;
      if (oneMemberNamed(form, byFile.get(a)!) !== undefined && oneMemberNamed(form, byFile.get(b)!) !== undefined) continue;
      const [first, name] = laterDay(x.day, y.day) ? [b, a] : [a, b];
      return problem('rater-duplicate', { case: 'dated', name: path.basename(name), first: path.basename(first) }, { file: first });
    }
  }
  return undefined;
}

/** A name without the day after it, and that day as written (「0402」「4.2」「20260402」), none when it has none. */
function datedName(file: string): { bare: string; day?: string } {
  const stem = copyStem(file);
  const found = DATED.exec(stem);
  if (!found) return { bare: stem };
  return { bare: stem.slice(0, found.index).trim(), day: found[0].replace(/^[\s\-_—~·.(\[【]+|[)\]】\s]+$/g, '') };
}

/** Whether the day `a` is after `b`, each as DAY reads it; the years compared only when both give one. */
function laterDay(a: string, b: string): boolean {
  const parts = (d: string) => {
    const m = /^(?:(20\d{2})[-.年]?)?(?:(\d{2})(\d{2})|(\d{1,2})[-.月](\d{1,2})日?)$/.exec(d);
    return m ? { year: m[1] ? Number(m[1]) : undefined, day: Number(m[2] ?? m[4]) * 100 + Number(m[3] ?? m[5]) } : undefined;
  };
  const [x, y] = [parts(a), parts(b)];
  if (!x || !y) return false;
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return x.year > y.year;
  return x.day > y.day;
}

/** Whether most people marked in both copies are marked alike (2 of 3: the other one corrected). */
function mostlyAlike(a: readonly RaterRecord[], b: readonly RaterRecord[], who: (r: RaterRecord) => string): boolean {
  const marks = new Map(b.map((r) => [who(r), marksOf(r.person)]));
  const rated = a.filter((r) => marksOf(r.person) && marks.get(who(r)));
  return rated.filter((r) => marks.get(who(r)) === marksOf(r.person)).length * 2 > rated.length;
}

/** A person's filled cells as one text, keys sorted, numbers as read (「2.0」 in a CSV and 2 in a workbook are one mark). */
export function marksOf(person: PersonEntries): string {
  const shown = (raw: RawValue) => {
    const t = rawText(raw).trim();
    return /^-?\d+(\.\d+)?$/.test(t) ? String(Number(t)) : t;
  };
  return [...person.entries].filter(([, e]) => e.raw.kind !== 'empty').map(([k, e]) => `${k}=${shown(e.raw)}`).sort().join('\u0002');
}
