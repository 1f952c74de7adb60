// Raters in separate files: which rater group a copy's 评分人 names, and the form as that rater's copy shows it.
import type { FormDef, HeaderField, RaterDef } from '../model/definition.js';
import { raterOfKey, type PersonEntries } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { raterGroups } from './definition.js';
import { COMMON_SURNAMES } from './surnames.js';
import { cleanText, matchKey, nameKey } from './text.js';

/** The header field a copy records its rater role in (role 'rater'). */
export function raterField(form: FormDef): HeaderField | undefined {
  return form.header.concat(form.footer ?? []).find((f) => f.role === 'rater');
}

/**
 * The rater group a 评分人 text names: its label, an alias or its id (「同事」「同事评」「peer」); else the one group
 * whose label, alias or `writtenAs` word the text ends with, a trailing 评价/评分/表 aside (「员工自评」, 「员工本人」,
 * 「同级评价」, 「顾客打分」). A word inside a title names nobody (「客户经理」 is staff, not a customer), nor do words of two
 * groups. Unknown: undefined (a rater's own name, 张经理).
 */
export function findRater(form: FormDef, text: string): RaterDef | undefined {
  // Asked for every row of a roster (its 考评人), mostly of the same few names: each form keeps its answers, up to a limit.
  let known = foundRaters.get(form);
  if (!known) foundRaters.set(form, (known = new Map()));
  if (known.has(text)) return known.get(text);
  const found = raterNamed(form, text);
  if (known.size < 1000) known.set(text, found);
  return found;
}

const foundRaters = new WeakMap<FormDef, Map<string, RaterDef | undefined>>();

/**
 * The rater a row's 评分人 names: a group by its words (findRater), else the one rater whose column of the same row holds
 * that person — cs-dept-monthly's 直接主管 / 间接主管 columns. A roster of a row per rater signed 刘经理 and 陈总 (陈总 in
 * the 间接主管 column) was two unknown raters: 张三 refused as twice, 95.60 优秀 at exit 1. The same name in two such
 * columns, or in none, names no one.
 */
export function rowRater(form: FormDef, header: RowHeader): RaterDef | undefined {
  const field = raterField(form);
  const text = field ? cleanText(valueOf(header, field.id)) : '';
  if (!text) return undefined;
  const named = findRater(form, text);
  if (named) return named;
  const key = nameKey(text);
  const raters = new Set(namedInColumns(form, header).filter((c) => nameKey(c.name) === key).map((c) => c.rater));
  return raters.size === 1 ? [...raters][0] : undefined;
}

/** A row's header: read (a Map) or scored (a record). */
type RowHeader = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

const valueOf = (header: RowHeader, id: string): string => (header instanceof Map ? header.get(id) : (header as Record<string, string>)[id]) ?? '';

/** Who the row's columns for a rater name (直接主管 刘经理, 间接主管 陈总): the filled ones, in the form's order. */
export function namedInColumns(form: FormDef, header: RowHeader): Array<{ rater: RaterDef; label: string; name: string }> {
  return raterColumns(form).flatMap(({ field, rater }) => {
    const name = cleanText(valueOf(header, field.id));
    return name ? [{ rater, label: field.label, name }] : [];
  });
}

/** Header fields that hold who a rater is (直接主管, 间接主管 — labelled as the rater is), each with that rater. */
function raterColumns(form: FormDef): ReadonlyArray<{ field: HeaderField; rater: RaterDef }> {
  const known = columnsOf.get(form);
  if (known) return known;
  const columns: Array<{ field: HeaderField; rater: RaterDef }> = [];
  for (const field of form.header.concat(form.footer ?? [])) {
    if (field.role === 'rater' || field.role === 'name' || field.role === 'id') continue;
    const rater = findRater(form, field.label);
    if (rater && !rater.multiple) columns.push({ field, rater });
  }
  columnsOf.set(form, columns);
  return columns;
}

const columnsOf = new WeakMap<FormDef, ReadonlyArray<{ field: HeaderField; rater: RaterDef }>>();

function raterNamed(form: FormDef, text: string): RaterDef | undefined {
  const key = matchKey(text);
  if (!key) return undefined;
  const raters = form.raters ?? [];
  const exact = raters.find((r) => [r.label, r.id, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => matchKey(n) === key));
  if (exact) return exact;
  // 「同事评1」「同事A」「客户评2」: one of a group of several by its number, as kpi's own columns name them.
  const numbered = /^(.+?)(\d{1,2}|[a-z]|[甲乙丙丁戊])$/.exec(key);
  const bySlot = numbered ? raters.find((r) => r.multiple && [r.label, r.id, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => matchKey(n) === numbered[1])) : undefined;
  if (bySlot) return bySlot;
  // 「同事张」: one of them by a surname (「同事甲」「同事-李明」「同事们」 too, groupMember); 「客户部」, the group's department.
  const member = groupMember(form, text) ?? groupDepartment(form, text);
  if (member) return member;
  // 「面试官王五」: one of a group of several, named with who (as its columns are: 「第1题·面试官王五」).
  const withWho = raters.find((r) => r.multiple && [r.label, ...(r.aliases ?? [])].some((n) => {
    const k = matchKey(n);
    // Who, not a title (「客户经理」 is a customer's account manager, no customer).
    const rest = key.slice(k.length);
    return key.length > k.length && key.startsWith(k) && /^\p{Script=Han}{2,4}$/u.test(rest) && !/[评价意见反馈打分议语注]/u.test(rest) && !/(经理|主管|领导|组长|上级|总监|部长|专员|代表|人员)/.test(rest);
  }));
  if (withWho) return withWho;
  // 「同事评:韩梅梅」「主管 陈明」: the group first, then who (a peer's name is never kept: only the group is used).
  // (「同事-李四」, 「客户_王总」, 「同事—李四」: a dash between them too — the text was taken for a person's name, and so the 主管's.)
  const parts = text.trim().split(/[::,,、;;\s((/|\-_—–－]+/).filter(Boolean);
  // A text naming several raters is the form's legend of them (「自评 仅供参考,不计分;主管评 70%…」, read where the
  // 评分人 label was cleared): no one's. Taken as its first word, a supervisor's sheet was a self-assessment, unscored.
  const namedParts = new Set(raters.filter((r) => parts.some((p) => [r.label, r.id, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => matchKey(n) === matchKey(p)))));
  if (namedParts.size > 1) return undefined;
  if (parts.length > 1) {
    const byHead = findRater(form, parts[0]!);
    if (byHead) return byHead;
  }
  const shorter = (k: string) => k.replace(/(评价|评分|评估|打分|评|表|栏)$/, '');
  const tails = [...new Set([key, shorter(key), shorter(shorter(key))])];
  const ends = (n: string) => [...matchKey(n)].length >= 2 && tails.some((k) => k.endsWith(matchKey(n)));
  const held = raters.filter((r) => [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some(ends));
  if (held.length === 1) return held[0];
  // The group's name and words of its marks after it (「客户满意度」, 「同事评议」, 「客户反馈」): that group — read as a person's
  // name it was the 主管's (李四's customers' 一般 scored as his supervisor's, no 主管 said missing, exit 0).
  const said = /^(.{2,4}?)(满意度|评议|评价|评分|打分|反馈|意见|调查|回访|测评|考评)$/.exec(key);
  const saying = said ? raters.filter((r) => [r.label, r.id, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => { const k = matchKey(n); return k === said[1] || shorter(k) === said[1]; })) : [];
  return saying.length === 1 ? saying[0] : undefined;
}

/**
 * After a group's word, who of it: 甲乙丙丁戊, a surname alone, a name (「同事王五」, 「同事小王」), a name after a dash
 * (「同事-李明」, 「同事评—王芳」), or 们 — all of them (「同事们」).
 */
const MEMBER = new RegExp(`^(?:[甲乙丙丁戊们]|[${COMMON_SURNAMES}]|[小老阿][${COMMON_SURNAMES}]|[${COMMON_SURNAMES}]\\p{Script=Han}{1,2}|\\s*[\\-_—–－·・]\\s*(?:\\p{Script=Han}{2,4}|[A-Za-z][A-Za-z .]{1,30}))$`, 'u');

/**
 * A title, a unit or a word of business after a group's word is no member of it (「客户经理」 is staff, 「客户管理」,
 * 「客户关系部」 a department — 管 and 关 are surnames too).
 */
const TITLE = /(经理|主管|领导|组长|上级|总监|部长|专员|代表|人员|管理|关系|服务|信息|资料|名单|明细|汇总|统计)|(部|组|区|店|处|站|室|科|中心)$/;

/** Whether `rest`, after a rater's word, names who of the group (甲, 张, 王五, 小王, -李明, 们). */
export function memberTail(rest: string): boolean {
  return MEMBER.test(rest) && !TITLE.test(rest) && !/[评价意见反馈打分议语注]/u.test(rest);
}

/**
 * The group of several a text names one member of: its word, then 甲乙丙丁戊, a single surname or a dash and a name
 * (「同事甲」「同事张」「同事-李明」「同事评-李明」). A 评分人 「同事张」 was read as a person's name, and so the 主管's (60.00 一般
 * of a colleague's marks at exit 0); a sheet so named was the 主管's too (sheetRater.ts). A group of one (主管) has no
 * members to tell apart: 「主管张」 is none.
 */
export function groupMember(form: FormDef, text: string): RaterDef | undefined {
  const t = cleanText(text).normalize('NFKC').trim();
  const found = (form.raters ?? []).filter((r) => r.multiple && [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => {
    const word = n.normalize('NFKC');
    return t.length > word.length && t.startsWith(word) && memberTail(t.slice(word.length));
  }));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A group of several's department: its word and 部 (「客户部」). A 评分人 「客户部」 was read as a person's name, and so the
 * 主管's: 周杰 60.00 一般 at exit 0 of the customers' marks. (Not for a tab or a title alone — a workbook's 客户部 may be
 * a department of staff: readPeople.ts reads such a tab as the group's only beside sheets named for raters.)
 */
export function groupDepartment(form: FormDef, text: string): RaterDef | undefined {
  const t = cleanText(text).normalize('NFKC').trim();
  const found = (form.raters ?? []).filter((r) => r.multiple && [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => t === `${n.normalize('NFKC')}部`));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Who a 评分人 text naming a group names besides it: 「同事评(周杰)」「同事评:韩梅梅」「面试官王五」 → 周杰, 韩梅梅, 王五;
 * undefined for the group alone or a text naming no group.
 */
export function raterWho(form: FormDef, text: string): string | undefined {
  const rater = findRater(form, text);
  if (!rater) return undefined;
  const t = cleanText(text).normalize('NFKC').trim();
  const names = [rater.label, rater.id, ...(rater.aliases ?? []), ...(rater.writtenAs ?? [])].map((n) => n.normalize('NFKC')).sort((a, b) => b.length - a.length);
  const head = names.find((n) => t.startsWith(n));
  // 「王总(客户)」: the name before the group in brackets (two copies signed so were two customers, averaged — review).
  const before = head ? undefined : names.map((n) => new RegExp(`^(.+?)\\s*[(\\[【]\\s*${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[)\\]】]$`, 'u').exec(t)?.[1]).find(Boolean);
  if (!head && !before) return undefined;
  const who = before ?? t.slice(head!.length).replace(/^[\s::,,、;;(\[【\-_—–－]+|[)\]】\s]+$/gu, '');
  // (A company before the name — 「客户 华东公司王总」 — is who too: up to eight characters.)
  return who && /^\p{Script=Han}{2,8}$|^[A-Za-z][A-Za-z .]{1,30}$/u.test(who) ? who : undefined;
}

/** 评分人 / 考核人 words that say the person rated themselves. */
const SELF_WORDS = ['自评', '本人', '自己', '自我评价', '自我评估', '自我考核', 'self'];

/**
 * A 评分人 text that says the person rated themselves: 「自评」「本人」「员工自评」「本人自评」「自我评价表」. A name that
 * merely contains the word (「自评组」) or a title (「本人事部主管」) is not.
 */
export function saysSelf(text: string): boolean {
  // 「自评(邱彤)」「员工自评(马琳)」「自评-王芳」: the words before a bracket or a dash say who rated; the name after is the person's.
  const head = text.split(/[((\[【\-_—–－]/)[0]!;
  if (head.trim() && head !== text && saysSelf(head)) return true;
  const full = matchKey(text);
  return [full, full.replace(/(评价|评分|打分|表|栏|人)$/, '')].some((key) =>
    SELF_WORDS.some((w) => key === w || key === `${w}评` || (w.length >= 2 && key.endsWith(w) && key.length <= w.length + 2)),
  );
}

/** The raters' names for a message: 自评、主管评、同事评、客户评. */
export function raterNames(form: FormDef): string {
  return (form.raters ?? []).map((r) => r.label).join('、');
}

/** The rater group that counts most (主管评 of 70/10/20): whose columns bare item headings are. */
export function countingRater(form: Pick<FormDef, 'raters'>): RaterDef | undefined {
  return [...(form.raters ?? [])].filter((r) => r.weight > 0).sort((a, b) => b.weight - a.weight)[0];
}

/**
 * The form as one rater's copy: only that group's cells (one column: one rater fills one copy), only the items
 * the group rates. Items nobody rates by group (raters: 'none') go with the copy of the rater that counts most.
 */
export function raterCopy(form: FormDef, rater: RaterDef, options: { keepSlots?: boolean } = {}): FormDef {
  const main = countingRater(form);
  // A template has one column per item; reading keeps the group's slots (同事评1, 同事评2 typed into one copy).
  const one: RaterDef = options.keepSlots ? { ...rater, copyOnly: true } : { ...rater, multiple: false, slots: 1, copyOnly: true };
  const parts = form.parts
    .map((part) => ({
      ...part,
      ...(part.raters ? { raters: part.raters.filter((id) => id === rater.id) } : {}),
      items: part.items
        .filter((item) => {
          const groups = raterGroups(form, item, part);
          return groups === null ? rater.id === main?.id : groups.some((g) => g.id === rater.id);
        })
        .map((item) => (Array.isArray(item.raters) ? { ...item, raters: [rater.id] } : item)),
    }))
    .filter((part) => part.items.length > 0)
    .map((part) => (part.raters && part.raters.length === 0 ? { ...part, raters: undefined } : part));
  return { ...form, raters: [one], parts };
}

/**
 * The rater whose copy this is (「主管评」), when every 评分人 filled in names one and the same group of a form rated
 * by several: a file that scores alone what the definition weighs with the other raters' copies.
 */
export function copyRaterOf(form: FormDef, people: readonly { header: Record<string, string> }[]): RaterDef | null {
  const field = raterField(form);
  // One group several people fill (§15's 面试官) has copies too: each interviewer's.
  const raters = form.raters ?? [];
  if (!field || raters.length === 0 || (raters.length < 2 && !raters[0]!.multiple)) return null;
  const groups = new Set<RaterDef>();
  for (const p of people) {
    const text = p.header[field.id];
    if (!text) continue;
    const rater = findRater(form, text);
    if (!rater) return null;
    groups.add(rater);
  }
  return groups.size === 1 ? [...groups][0]! : null;
}

/**
 * A row or sheet whose 评分人 names a rater who does not count or one of many (自评, 同事评, 客户评), with marks in the
 * columns of a rater who counts that it is not (主管评): whose marks they are is unknown, and scored as the columns
 * say, a self-assessment was the supervisor's 70 % (§9: 「自评」 with every 主管评 cell 优秀 gave 100 优秀). An error at
 * the 评分人 cell; the person is not scored. A 评分人 that must rate (主管, 直接主管) may type the others' marks in
 * (a supervisor who collected the peers' forms), and a named rater without columns of its own is its copy (raterRows.ts).
 */
export function raterClaimProblems(form: FormDef, person: PersonEntries): Problem[] {
  const field = raterField(form);
  if (!field || !form.raters || form.raters.length < 2) return [];
  const text = cleanText(person.header.get(field.id) ?? '');
  const named = text ? findRater(form, text) : undefined;
  // (Only the rater who must rate — 主管, 直接主管 — may have typed the others' marks in: a 客户 or 间接主管 named with the
  // supervisor's columns filled is whose marks, kpi cannot tell; it scored them as the supervisor's, exit 0.)
  if (!named || (named.weight > 0 && !named.multiple && named.required)) return [];
  let own = false;
  const others = new Set<string>();
  for (const [key, entry] of person.entries) {
    const group = raterOfKey(key);
    if (group === named.id) own = true;
    else if (entry.raw.kind !== 'empty') others.add(group);
  }
  const counting = (form.raters ?? []).filter((r) => r !== named && r.weight > 0 && others.has(r.id));
  if (!own || counting.length === 0) return [];
  const cell = person.headerCells?.get(field.id);
  const nameField = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
  const name = nameField ? cleanText(person.header.get(nameField.id) ?? '') : '';
  const fields = { field: field.label, value: text, named: named.label, filled: counting.map((r) => r.label) };
  return [problem('rater-claim', fields, cell ? { ...person.at, cell } : person.at, name ? { person: name } : {})];
}
