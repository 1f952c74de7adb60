// A person's entries → items, parts, total, grade; a file's people → results, problems, band counts, ranks.
import type { FormDef, HeaderRole, ItemDef } from '../model/definition.js';
import { marksKey, raterOfKey, type PersonEntries, type RawEntry } from '../model/entries.js';
import { where, type Problem } from '../model/problem.js';
import { amend, problem, type ParamsOf } from '../model/problems/index.js';
import type { ItemResult, PersonResult } from '../model/result.js';
import { copyWith } from '../model/copy.js';
import { combine } from './combine.js';
import { applyScale, bandOf, byCountsReason, emptyBandCounts } from './grades.js';
import { extraGradings, mainGrading, type ResolvedGrading } from './scales.js';
import { itemShownLabel, raterGroups, subjectLabel, variantLabel } from './definition.js';
import type { GradeResult } from '../model/result.js';
import { matchKey, parseNumberText } from './text.js';
import { impossibleMonth, parseMonth } from './period.js';
import { scoreItem, slotLabel } from './raters.js';
import { countingRater, findRater, namedInColumns, raterField, raterWho, rowRater, saysSelf } from './raterCopy.js';
import { mootItem } from './notApplicable.js';
import { saysNothing } from './slot.js';
import { struckNotes } from './struckNotes.js';
import { formatScore, round2 } from '../model/round.js';
import { cleanText, idKey, isDashOnly, isNoneWord, nameKey, saysNothingOff } from './text.js';
import { appendTo } from '../model/groups.js';
import { nameWithTabWord, PERSON_TAB } from './peopleNames.js';
import { decisionBeforeSignature, departmentSignOff, gradeBeforeSignature, signatureOnly, signerNames } from './typedGrade.js';
import { looseNameKey } from './groups/alikeNames.js';
import { unflooredScore } from './rules/floored.js';

function headerRecord(person: PersonEntries): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of person.header) {
    const text = cleanText(v);
    // A dash alone where a name, 工号 or 部门 goes is none written: 「-」 was scored as a person called 「-」.
    out[k] = isDashOnly(text) ? '' : text;
  }
  return out;
}

function byRole(form: FormDef, header: Record<string, string>, role: HeaderRole): string {
  const field = form.header.find((f) => f.role === role);
  return field ? (header[field.id] ?? '') : '';
}

export function headerProblems(form: FormDef, person: PersonEntries, header: Record<string, string>, name: string): Problem[] {
  const out: Problem[] = [];
  const fields = form.header.filter((f) => f.required || f.role === 'name');
  for (const f of fields) {
    if (header[f.id]) continue;
    const cell = person.headerCells?.get(f.id);
    // A roster's column left blank in one row: said as that column, with the 工号 the row does have (「表头」 is a form's top).
    const id = person.inRow && f.role === 'name' ? byRole(form, header, 'id') : '';
    // 「张三定稿」: a name with a sheet's word attached — said, so the name is typed in 被评估人员 (not taken from the tab).
    const attached = f.role === 'name' && person.tabNoName ? nameWithTabWord(person.tabNoName) : null;
    const tab = f.role === 'name' && person.tabNoName ? { tab: person.tabNoName, ...(attached ? { tabName: attached } : {}) } : {};
    const p = problem('header-missing', { case: 'empty', field: f.label, ...(f.role === 'name' ? { identifies: subjectLabel(form) } : {}), ...(person.inRow ? { inRow: true as const } : {}), ...(id ? { id } : {}), ...tab }, cell ? { ...person.at, cell } : person.at);
    if (name) p.person = name;
    out.push(p);
  }
  if (!form.header.some((f) => f.role === 'name') && !name) {
    out.push(problem('header-missing', { case: 'no-name-field', identifies: subjectLabel(form) }, person.at));
  }
  out.push(...selfRated(form, person, header, name));
  // 「2026年13月」: a month mistyped, not a text of the team's (「三月」): 汇总 and kpi rollup took it for no month, unsaid.
  const periodField = form.header.find((f) => f.role === 'period');
  const typedMonth = periodField ? header[periodField.id] : undefined;
  if (periodField && typedMonth && impossibleMonth(typedMonth)) {
    const cell = person.headerCells?.get(periodField.id);
    out.push(problem('month-unknown', { case: 'header-cell', field: periodField.label, value: typedMonth }, cell ? { ...person.at, cell } : person.at, { severity: 'warning', ...(name ? { person: name } : {}) }));
  }
  if (form.variants) {
    const field = form.header.concat(form.footer ?? []).find((f) => f.id === form.variants!.field);
    const value = header[form.variants.field] ?? '';
    if (field && value && !variantOf(form, value)) {
      // Variants that only name the items (§28) score alike: the person is scored under the items' plain names, and
      // told. A variant that changed the scoring would leave nothing to score by.
      const wordingOnly = form.parts.flatMap((pt) => pt.items).every((i) => Object.values(i.variants ?? {}).every((v) => Object.keys(v).every((k) => k === 'label' || k === 'description' || k === 'criteria')));
      const cell = person.headerCells?.get(field.id);
      const p = problem('header-missing', { case: 'variant', field: field.label, values: form.variants.values, value, ...(wordingOnly ? { plain: true as const } : {}) }, cell ? { ...person.at, cell } : person.at, wordingOnly ? { severity: 'warning' } : {});
      if (name) p.person = name;
      out.push(p);
    }
  }
  return out;
}

/** The rater groups with something filled in for this person. */
function ratersWhoRated(person: PersonEntries): Set<string> {
  return new Set([...person.entries].filter(([, e]) => e.raw.kind !== 'empty').map(([k]) => raterOfKey(k)));
}

/**
 * Every item missing one required rater whose cells the sheet does not have at all — a 间接主管's copy scored alone
 * (45 errors, one an item, each at the name): one error for the person, saying how to score the copies together.
 */
function absentRaterOnce(form: FormDef, person: PersonEntries, problems: Problem[], name: string): Problem[] {
  const missing = problems.filter((p) => p.code === 'missing-rater' && !(p.params as { anyOf?: true; value?: string }).anyOf && !(p.params as { value?: string }).value);
  if (missing.length < 2) return problems;
  const labels = new Set(missing.flatMap((p) => (p.params as { raters: string[] }).raters));
  const rater = labels.size === 1 ? form.raters?.find((r) => r.label === [...labels][0]) : undefined;
  if (!rater) return problems;
  // Some of their cells on the sheet, left empty: each item is the one to fill, said where it is.
  if ([...person.entries.keys()].some((k) => raterOfKey(k) === rater.id)) return problems;
  const filled = ratersWhoRated(person);
  const others = (form.raters ?? []).filter((r) => filled.has(r.id)).map((r) => r.label);
  // The command names this file as it is called (a path's last part: the engine reads no file system).
  const file = person.at.file?.split(/[\\/]/).pop();
  // Copies combined, the counting rater's own copy holding this person blank: that copy is the one to fill (「score the
  // two copies together」 was said of copies scored together already).
  const blank = person.blankIn?.split(/[\\/]/).pop();
  // Or its row there hidden (c10b, 王五 in 主管.xlsx): 「没有主管评…请把两份表一起评分」 was said of copies scored together.
  const hid = person.hiddenIn;
  const hidden = hid ? { file: hid.file.split(/[\\/]/).pop()!, hidden: `${hid.sheet}!${hid.cell}` } : undefined;
  const one = problem('rater-copy-alone', { rater: rater.label, others, items: missing.length, ...(hidden ?? (blank ? { file: blank, blank: true as const } : file ? { file } : {})) }, hid ?? person.at, name ? { person: name } : {});
  return [...problems.filter((p) => !missing.includes(p)), one];
}

/**
 * One of several raters of a group (面试官2, 同事评3) who rated some of the items the group rates and left the others
 * empty: each item then averages whoever rated it, so that rater weighs on some items only. Said, as a warning.
 */
function partialRaters(form: FormDef, person: PersonEntries, name: string): Problem[] {
  const out: Problem[] = [];
  for (const rater of (form.raters ?? []).filter((r) => r.multiple)) {
    const rated = new Map<number, Set<string>>();
    // A rater's copy given as a file of its own: the warning is placed in that copy (the person's row there).
    const firstAt = new Map<number, PersonEntries['at']>();
    // Where each slot left an item empty: the warning points at the first such cell, the one to fill.
    const emptyAt = new Map<string, PersonEntries['at']>();
    const items = form.parts.flatMap((part) => part.items.filter((item) => raterGroups(form, item, part)?.includes(rater)));
    if (items.length < 2) continue;
    for (const [key, entry] of person.entries) {
      const [item, input, group, slot] = key.split('\u0000');
      const def = items.find((i) => i.id === item);
      // 「无」 for an item the rater did not rate is no rating (slot.ts): not a partial one either.
      if (group !== rater.id || !def) continue;
      if (entry.raw.kind === 'empty' || saysNothing(def, input!, entry)) {
        if (!emptyAt.has(`${item}\u0000${slot}`)) emptyAt.set(`${item}\u0000${slot}`, entry.at);
        continue;
      }
      const set = rated.get(Number(slot)) ?? new Set<string>();
      set.add(item!);
      rated.set(Number(slot), set);
      if (!firstAt.has(Number(slot))) firstAt.set(Number(slot), entry.at);
    }
    // 「只按其他人的评分平均」 needs others: the only one of the group who rated leaves its items unrated, said as missing.
    if (rated.size < 2) continue;
    // An item nobody of the group rated is no other's average either: it is missing (said as such), not counted here.
    const ratedByAny = items.filter((i) => [...rated.values()].some((set) => set.has(i.id)));
    for (const [slot, set] of [...rated].sort((a, b) => a[0] - b[0])) {
      if (set.size >= ratedByAny.length) continue;
      const unrated = ratedByAny.filter((i) => !set.has(i.id));
      const missing = unrated.map((i) => i.label);
      const copy = firstAt.get(slot);
      const blank = emptyAt.get(`${unrated[0]!.id}\u0000${slot}`);
      const at = blank?.cell ? blank : copy?.file && copy.file !== person.at.file ? copy : person.at;
      out.push(problem('rater-spread', { case: 'partial', rater: slotLabel(rater, slot, person), rated: set.size, of: ratedByAny.length, missing }, at, { severity: 'warning', ...(name ? { person: name } : {}) }));
    }
  }
  return out;
}

/**
 * A 考核人 / 评价人 that says the person rated themselves, on a form where self-assessment is no rater of its own (a
 * form with a 自评 group reads such rows as that group's): the entries are not the supervisor's, and are not scored as
 * theirs (CATALOG conventions: 自评 is shown and compared but does not count). The person's own name is read so too.
 */
function selfRated(form: FormDef, person: PersonEntries, header: Record<string, string>, name: string): Problem[] {
  const field = raterField(form);
  const value = field ? header[field.id] : '';
  if (!field || !value) return [];
  const group = findRater(form, value);
  if (group) {
    // 「同事评(周杰)」 on 周杰's own row: his own marks under the group's name, a self-assessment (not counted).
    const who = raterWho(form, value);
    if (!who || !name || nameKey(who) !== nameKey(name) || group.weight === 0) return [];
    const cell = person.headerCells?.get(field.id);
    return [problem('self-rated', { field: field.label, value, raters: group.label }, cell ? { ...person.at, cell } : person.at, name ? { person: name } : {})];
  }
  const self = saysSelf(value);
  if (!self && !(name && nameKey(value) === nameKey(name))) return [];
  const main = countingRater(form);
  const cell = person.headerCells?.get(field.id);
  const at = cell ? { ...person.at, cell } : person.at;
  // The person's own name is their own marks too (周杰 signing 周杰's row, no 主管 row: 95.00 优秀 from a self-rating):
  // not counted, as 自评 is; a slip of the pen is put right by writing who rated.
  return [problem('self-rated', { field: field.label, value, raters: main?.label ?? '主管', ...(self ? {} : { ownName: true as const }) }, at, name ? { person: name } : {})];
}

/** The variant a header value names: a value or one of its aliases (§28 部门: 售后服务部 is 售后部). */
export function variantOf(form: FormDef, text: string): string | undefined {
  const key = matchKey(text);
  if (!key || !form.variants) return undefined;
  const names = (v: string) => [v, ...(form.variants!.aliases?.[v] ?? [])].map(matchKey);
  const exact = form.variants.values.find((v) => names(v).includes(key));
  if (exact) return exact;
  // 「销售一部」「售后服务中心」「销售部(华东)」: a department named within the value, when only one is.
  const within = form.variants.values.filter((v) => names(v).some((n) => n.length >= 2 && key.includes(n)));
  return within.length === 1 ? within[0] : undefined;
}

/** An item of a person none of whose entries could be read: why was said once, for the person. */
function unreadItem(partId: string, item: ItemDef): ItemResult {
  return { id: item.id, label: item.label, partId, max: item.max, score: null, explanation: '无法计分:没有读到填写的内容' };
}

/**
 * Boxes of a list of ticks with no column read (§27 roster, 「工作态度·积极主动」 for 积极主动热情周到) beside a value the
 * person's row holds in a column not read: the ticks are there, unread — 「工作态度的 6 条都没有勾选,按 0 分计」 was false
 * (张三 had 5 of 6 ticked) and the person is not scored anyway.
 */
function boxesUnread(item: ItemDef, person: PersonEntries): boolean {
  if (item.rule.kind !== 'checklist') return false;
  const keys = [...person.entries.keys()];
  const absent = item.inputs.some((input) => !keys.some((k) => k.startsWith(`${item.id}\u0000${input.id}\u0000`)));
  return absent && (person.problems ?? []).some((p) => p.code === 'unknown-column' && p.severity === 'error' && (p.params as { case?: string } | undefined)?.case === 'value-unread');
}

/** Scores one person; every problem is collected (one bad cell does not hide the next). */
export function scorePerson(form: FormDef, person: PersonEntries): PersonResult {
  const header = headerRecord(person);
  const name = byRole(form, header, 'name');
  const struck = struckNotes(form, person, name);
  const problems: Problem[] = [...(person.problems ?? []), ...headerProblems(form, person, header, name), ...struck];

  const variant = form.variants ? variantOf(form, header[form.variants.field] ?? '') : undefined;
  const items: ItemResult[] = [];
  const spread = new Map<string, string[]>(); // absent groups → item labels
  for (const part of form.parts) {
    for (const defined of part.items) {
      // Named as the person's variant names it (§28 售后部's own item), or with its part where another part has an item
      // of its name: every message and 明细 line says the name the person's sheet shows.
      const shown = variant && defined.variants?.[variant] ? variantLabel(defined, variant) : itemShownLabel(form, part, defined);
      const item = shown === defined.label ? defined : { ...defined, label: shown };
      const moot = person.unread ? unreadItem(part.id, item) : mootItem(form, part.id, item, person);
      const out = moot ? { result: moot, problems: [], spread: [] } : scoreItem(form, part, item, person, name || undefined);
      const period = item.periodField ? header[item.periodField] : undefined;
      const field = period ? form.header.concat(form.footer ?? []).find((f) => f.id === item.periodField) : undefined;
      // §31: the survey's figure is of its quarter, the retention of its year — said with the figure.
      const result = period && field && out.result.score !== null ? { ...out.result, explanation: `${out.result.explanation}(${field.label} ${period})` } : out.result;
      items.push(result);
      // A column taken for this item's score and not read (「客户满意度(分)」, said at the person's cell): 「表中没有这一项的
      // 列」 beside it would say the column is not there.
      const unreadHere = person.problems?.some((p) => p.code === 'unknown-column' && (p.params as { whole?: { item?: string } } | undefined)?.whole?.item === defined.label);
      // Nor 「都没有勾选,按 0 分计」 beside its ticks said not read (§18 「(没写填写项)」 rows holding √): the boxes were ticked.
      const rowsUnread = person.problems?.some((p) => p.code === 'unknown-column' && (p.params as { case?: string } | undefined)?.case === 'row-unread' && (p.params as { item?: string }).item === defined.label) || boxesUnread(defined, person);
      // A required cell struck whole is read so by its item too (its 无法计分 says why): said once, as struckNotes did —
      // R's 考核表!L3 was 「有错误,未评分:2 处」 for one cell.
      const saidStruck = (p: Problem) => p.code === 'struck-text' && struck.some((s) => s.message === p.message && s.file === p.file && s.sheet === p.sheet && s.cell === p.cell);
      problems.push(...out.problems.filter((p) => !(unreadHere && p.code === 'required' && p.params?.absent) && !(rowsUnread && p.code === 'nothing-ticked') && !saidStruck(p)));
      if (out.spread.length > 0) {
        const key = out.spread.join('、');
        appendTo(spread, key, item.label);
      }
    }
  }
  const itemCount = form.parts.reduce((n, p) => n + p.items.length, 0);
  const combined = combine(form, items);
  // A row with a name and nothing else, on a form where every input may be left blank, scores what blank means. No
  // incidents is full marks: a good month looks like that, so the row is scored and the blank said. Nothing ticked
  // (§27 → 0) is a score no one gave: the person was most likely not rated yet, and is not scored — a remark beside
  // (综合评价 「本月休产假,未考核」) says nothing of the boxes, and 「/」 or 「—」 in every one is as blank (README: 确实一条都
  // 不符合时填「×」). Both were 0.00 待改进 at exit 0.
  const nothing = ![...person.entries.values()].some((e) => e.raw.kind !== 'empty' && !(e.raw.kind === 'text' && isDashOnly(e.raw.value)));
  // A row left blank is said once, for the person (below), not once more for each list of ticks in it.
  if (nothing) problems.splice(0, problems.length, ...problems.filter((p) => p.code !== 'nothing-ticked'));
  if (nothing && !problems.some((p) => p.severity === 'error')) {
    const lowered = combined.total100 !== null && round2(combined.total100) < 100;
    const mark = lowered ? zeroChoiceLabel(form) : undefined;
    const fields = lowered ? { scoredAs: round2(combined.total100!), ...(mark ? { mark } : {}) } : {};
    problems.push(problem('nothing-filled', fields, person.at, { ...(lowered ? { severity: 'error' as const } : {}), ...(name ? { person: name } : {}) }));
  }
  // Nothing filled and only the empty required cells to say: one error for the row, at its first such cell.
  // (A rater's blank on a form of raters too: 45 errors for three candidates not yet interviewed — README says one.)
  const empty = problems.filter((p) => (p.code === 'required' && !p.params?.absent) || (p.code === 'missing-rater' && !p.params?.value && !p.params?.anyOf));
  if (nothing && empty.length > 1 && problems.every((p) => p.severity !== 'error' || empty.includes(p))) {
    const first = empty[0]!;
    const at = { ...(first.file ? { file: first.file } : {}), ...(first.sheet ? { sheet: first.sheet } : {}), ...(first.cell ? { cell: first.cell } : {}) };
    problems.splice(0, problems.length, ...problems.filter((p) => !empty.includes(p)), problem('nothing-filled', { required: empty.length }, at, { severity: 'error', ...(name ? { person: name } : {}) }));
  }
  problems.splice(0, problems.length, ...absentRaterOnce(form, person, problems, name));
  problems.push(...partialRaters(form, person, name));
  // Groups that rated this person on some items: their blank elsewhere is a skipped item, not an absent rater (the only
  // peer rated 4 of 5; the fifth went to the 主管 alone, 80 for 75, in a note).
  const rating = ratersWhoRated(person);
  // Not scored: no weight was spread (「客户评无人评分,其权重按比例分给其他评分人」 beside the error that its columns were
  // not read said the opposite of what happened).
  const unscored = problems.some((p) => p.severity === 'error') || (person.problems ?? []).some((p) => p.severity === 'error');
  for (const [groups, labels] of unscored ? [] : spread) {
    const raters = groups.split('、');
    // A group whose absence the definition calls worth a warning (§4 间接主管) says so; otherwise a note.
    const skipped = raters.filter((g) => {
      const def = form.raters?.find((r) => r.label === g);
      return def !== undefined && rating.has(def.id) && labels.length < itemCount;
    });
    const warn = skipped.length > 0 || raters.some((g) => form.raters?.find((r) => r.label === g)?.absent === 'warn');
    const p = problem('rater-spread', { items: labels.length === itemCount ? 'all' : labels, raters, ...(skipped.length ? { skipped } : {}) }, person.at, { severity: warn ? 'warning' : 'info', ...(name ? { person: name } : {}) });
    if (labels.length === 1) p.item = labels[0]!;
    problems.push(p);
  }

  const result: PersonResult = {
    // 「-」「无」 in the 工号 cell is no 工号: two people so written were 「工号「-」重复」, both unscored.
    id: isNoneWord(byRole(form, header, 'id')) ? '' : byRole(form, header, 'id'),
    name,
    department: byRole(form, header, 'department'),
    header,
    items,
    parts: combined.parts,
    total: combined.figure,
    total100: combined.total100,
    points: combined.total,
    outOf: combined.outOf,
    band: null,
    explanation: combined.explanation,
    problems,
    status: 'scored',
  };
  return settle(form, result, person);
}

/** The answer worth nothing of the form's first choice input that has one (§27's 「×」): how to say 「none of these」. */
function zeroChoiceLabel(form: FormDef): string | undefined {
  for (const part of form.parts) {
    for (const item of part.items) {
      for (const input of item.inputs) {
        const none = input.type === 'choice' ? input.choices?.find((c) => c.points === 0) : undefined;
        if (none) return none.label;
      }
    }
  }
  return undefined;
}

/** Status, grade and explanation from the problems found so far. `person`: where a typed grade was read. */
function settle(form: FormDef, r0: PersonResult, person?: PersonEntries): PersonResult {
  const lost = [lostDifferences(form, r0, person), ...itemLostDifferences(form, r0, person)].filter((p): p is Problem => p !== undefined);
  const r = lost.length ? { ...r0, problems: [...r0.problems, ...lost] } : r0;
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0 || r.total100 === null) {
    const fields: Partial<PersonResult> = { status: 'error', total: null, total100: null, points: null, band: null, explanation: `有 ${Math.max(errors, 1)} 个错误,未计算总分` };
    return copyWith(r, fields, ['bandData', 'grades']);
  }
  const main = grade(mainGrading(form), r);
  // What the band carries (§13's bonus coefficient K) is part of the result, so the explanation says it too.
  const carried = main.data ? Object.entries(main.data).map(([k, v]) => `${k} ${formatScore(v)}`).join(',') : '';
  // A grade from the parts' scores (§29: how many parts reach 2.5) is not the total's: said, or the arrow after the
  // total reads as if 53.125 were 良好.
  const grading = mainGrading(form);
  const reason = byCountsReason(grading.scale, r.parts.map((p) => p.score ?? 0));
  const how = grading.scale.byCounts ? `;等级按各部分得分定(不按总分)${reason ? `:${reason}` : ''}` : '';
  const banded = main.label ? (how ? `${r.explanation}${how} → ${main.label}` : `${r.explanation}${gradedOn(grading, r)} → ${main.label}${carried ? `(${carried})` : ''}`) : r.explanation;
  const out = copyWith(r, { status: 'scored', band: main.label, explanation: banded });
  const typedTotals = typedDifferences(r, main.label, person);
  if (typedTotals.length) out.problems = [...out.problems, ...typedTotals];
  if (main.data) out.bandData = main.data;
  else delete out.bandData;
  const extra = extraGradings(form);
  if (extra.length > 0) {
    const grades: GradeResult[] = [];
    const problems = [...out.problems];
    // Who the form's own header says signs (考核人 王五, 直接主管 赵六, 面试评价人): 「王五 3.31」 typed in a grade field is his
    // signature, not a grade (review 62: kept as the 转正建议 「王五 3.31(应为通过)」 at exit 0).
    const typedIds = new Set(extra.map((g) => g.typed));
    const signers = signerNames(form.header.concat(form.footer ?? []).filter((f) => (f.role === 'rater' || f.role === 'other') && !typedIds.has(f.id)).map((f) => cleanText(r.header[f.id] ?? '')));
    for (const g of extra) {
      const computed = grade(g, r);
      // (A formula saved without its result — openpyxl's 「=IF(I3>=60,"通过","不通过")」 — is nothing typed: it was kept as the
      // grade, the formula's text shown as 转正建议.)
      const cell = g.typed ? cleanText(r.header[g.typed] ?? '') : '';
      const written = cell.startsWith('=') ? '' : cell;
      // The form's tick line as filled in (「□强烈推荐 ☑推荐 □后备」, 「√推荐」): the option ticked; the line as printed,
      // nothing ticked, is nothing typed (it was said as a 建议 of 「□强烈推荐 □推荐 …」).
      const labels = scaleLabels(g.scale);
      const ticked = tickedOption(written, labels) ?? (nothingTicked(written, labels) ? '' : written);
      // The form's sign-off label printed beside the field (「直接主管定级 | | | 本人确认(签名)」) is no value: nothing
      // typed (it was kept as the grade, 「本人确认(签名)(应为优秀)」 at exit 0).
      // A department's own (「人事部确认」, 「人力资源部确认」) is typed, and said as no grade below (review 63: no word of it).
      const signed = isSignOffLabel(ticked) && !departmentSignOff(ticked) ? '' : ticked;
      // A grade with the signer's name or a date after it (「优秀 王经理」, 「优秀 3.31」) is that grade: it was kept as the
      // grade 「优秀 王经理」 and said to differ from kpi's 优秀.
      // So is a decision with a signature after it (「不予转正 王经理」 → 不予转正, review 61: it was kept whole).
      const typed = (signed && (gradeBeforeSignature(signed, labels, signers) ?? decisionBeforeSignature(signed, labels, signers))) || signed;
      const differs = g.typed !== undefined && person?.headerDiffers?.has(g.typed);
      const result: GradeResult = { id: g.id, label: g.label, value: computed.label, computed: computed.label };
      if (computed.data) result.data = computed.data;
      // Any other text is kept as typed and said as an override (CATALOG §4, §15, §17: the hand-typed grade is kept) — a
      // manager's 「不予转正」 or an interviewer's 「不予考虑」 beside kpi's 通过 / 推荐 is a decision, not noise.
      if (typed && !differs && signatureOnly(typed, labels, signers)) {
        // No grade word at all — a name (王经理), 已签, OK, 是, a date: no grade typed by hand. kpi's grade is written and
        // what was typed is said at its cell (it was shown as the 部门定级 「王经理」).
        problems.push(notGradeProblem(r, g, form, typed, labels, computed.label, person));
      } else if (typed) {
        result.typed = typed;
        // The raters' copies typed different grades: none of them is the grade; kpi's stands, and the copies are said.
        if (differs || matchKey(typed) !== matchKey(computed.label ?? '')) {
          if (!differs) result.value = typed;
          problems.push(overrideProblem(form, r, g, typed, computed.label, person, differs));
        }
      }
      grades.push(result);
    }
    out.grades = grades;
    out.problems = problems;
  }
  return out;
}

const TICKED = '☑✓✔√■●◉⊠☒✅';

/** A scale's grade names in its order: its bands', or its rules of counts'. */
export function scaleLabels(scale: ResolvedGrading['scale']): string[] {
  return [...(scale.bands ?? []).map((b) => b.label), ...(scale.byCounts ?? []).map((r) => r.label)];
}

/**
 * The one option of `labels` marked with a tick right before or after it (☑推荐, √推荐, 推荐√) in a line of
 * options; null when the text has no tick or ticks not exactly one option.
 */
export function tickedOption(written: string, labels: readonly string[]): string | null {
  // 「[√]推荐 [ ]后备」, 「推荐(√)」: a tick or an empty box in brackets is a tick or a box.
  const text = written.replace(/[[((]\s*([√✓✔☑✅])\s*[\]))]/gu, '$1').replace(/[[((]\s*[\]))]/gu, '□');
  if (![...text].some((ch) => TICKED.includes(ch))) return null;
  const ticked = (ch: string) => ch !== '' && TICKED.includes(ch);
  // Ticks before the options (☑推荐) or, on a line written so, after them (推荐√): 「□强烈推荐 ☑推荐」's tick after
  // 强烈推荐 is 推荐's.
  const before = new Set<string>();
  const after = new Set<string>();
  /** Options a tick touches, no space between (「推荐√ 后备」: 推荐's, not 后备's). */
  const touching = new Set<string>();
  // Longest labels first: 「推荐」 inside 「强烈推荐」 is not a second option.
  const taken: Array<[number, number]> = [];
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      if (taken.some(([a, b]) => at < b && at + label.length > a)) continue;
      taken.push([at, at + label.length]);
      if (ticked(text.slice(0, at).trimEnd().slice(-1))) before.add(label);
      if (ticked(text.slice(at + label.length).trimStart().slice(0, 1))) after.add(label);
      if (ticked(text.slice(at - 1, at)) || ticked(text.slice(at + label.length, at + label.length + 1))) touching.add(label);
    }
  }
  // Which way the line is written: boxes before each option (it starts with one), or after (it ends with one); else
  // the option a tick touches (「强烈推荐 推荐√ 后备 不予以考虑」 was read as 后备).
  const box = (ch: string) => ticked(ch) || '□☐○◯'.includes(ch);
  const trimmed = text.trim();
  const found = box(trimmed.slice(0, 1)) ? before : box(trimmed.slice(-1)) ? after : touching.size === 1 ? touching : before.size ? before : after;
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * A line of the options with no tick: with empty boxes (「□强烈推荐 □推荐 □后备」, 「[ ]推荐 [ ]后备」) or the options as
 * printed (「强烈推荐 推荐 后备」, two or more of them).
 */
function nothingTicked(text: string, labels: readonly string[]): boolean {
  let rest = text;
  let named = 0;
  for (const l of [...labels].sort((a, b) => b.length - a.length)) {
    if (rest.includes(l)) named++;
    rest = rest.split(l).join('');
  }
  const boxes = /[□☐○◯]|[[((]\s*[\]))]/u.test(text);
  return (boxes || named >= 2) && rest.replace(/[□☐○◯[\]()()\s,,、;;/|]/gu, '') === '';
}

/**
 * §8's bare 「扣分」 beside 其它·奖惩分 (a roster's typed.lost): the points the person lost as the team counts them. It
 * agrees when it is the items' loss (Σ max − score of the items other than the adjustment), that plus a negative 奖惩分
 * (counted there too), or 100 − kpi's total (net of a positive 奖惩分); 0 takes nothing off either way. Else it may be a
 * deduction kpi does not count — 张三's items lose 23, 扣分 25 with no 奖惩分: 77.00 一般 at exit 0 — and the person is
 * refused at the cell with both figures.
 */
function lostDifferences(form: FormDef, r: PersonResult, person?: PersonEntries): Problem | undefined {
  const typedLost = person?.typed?.lost;
  const unread = typedLost && lostUnread(typedLost, person?.typed?.lostField ?? '扣分', r.name ? { person: r.name } : {});
  if (unread) return unread;
  if (!typedLost || r.total100 === null || r.items.some((i) => i.score === null)) return undefined;
  const typed = lostFigure(typedLost.raw);
  if (typed === undefined || !Number.isFinite(typed) || round2(typed) === 0) return undefined;
  const defs = new Map(form.parts.flatMap((p) => p.items).map((i) => [i.id, i]));
  const adjusting = (i: ItemResult) => defs.get(i.id)?.rule.kind === 'adjustment';
  const items = r.items.filter((i) => !adjusting(i)).map((i) => ({ item: i.label, lost: round2(i.max - i.score!) }));
  const lost = round2(items.reduce((s, i) => s + i.lost, 0));
  const adj = round2(r.items.filter(adjusting).reduce((s, i) => s + i.score!, 0));
  // An item cut at its floor (表格管理 5,5,5,5,5 = 25 against 20 → 0) loses its points, the team may count the 25 taken
  // off: the deductions before the floor agree too (43 for 张三's 38 lost), read from the rule's explanation.
  const unfloored = round2(r.items.filter((i) => !adjusting(i)).reduce((s, i) => s + i.max - (unflooredScore(i.explanation) ?? i.score!), 0));
  // (Typed as a negative figure, 「扣分」 −23, it is the same 23 off: −23 beside 23 lost was refused, 77 at base — review 61.)
  const agrees = [lost, round2(lost - Math.min(0, adj)), round2(100 - r.total100), unfloored, round2(unfloored - Math.min(0, adj))].includes(round2(Math.abs(typed)));
  if (agrees) return undefined;
  const adjItem = form.parts.flatMap((p) => p.items).find((i) => i.rule.kind === 'adjustment');
  const adjRule = adjItem?.rule.kind === 'adjustment' ? adjItem.rule : undefined;
  const adjInput = adjRule && adjItem?.inputs.find((x) => x.id === adjRule.input);
  const column = person?.typed?.lostField ?? '扣分';
  const fields = { column, typed: round2(typed), lost, items, ...(adj !== 0 && adjItem ? { adjustment: { field: `${adjItem.label}·${adjInput?.label ?? '奖惩分'}`, points: adj } } : {}) };
  return problem('lost-points-differ', fields, typedLost.at, { ...(r.name ? { person: r.name } : {}), severity: 'error' });
}

/**
 * The figure of a team's points-lost cell: a number, 「5分」, or as a deduction is written — 「扣5分」, 「5(玩手机)」: those
 * were no figure, 纪律扣分 「扣5分」 beside 工作纪律 losing 2 dropped at exit 0 without a word (review 62). A plain sum of
 * such points is their sum: 「2+3」, 「２+３」, 「扣2分+扣3分」, 「迟到扣2分,玩手机扣3分」 — dropped at exit 0, 77 for 工作纪律
 * losing 2 beside the team's 5 (review 63).
 */
function lostFigure(raw: RawEntry['raw']): number | undefined {
  if (raw.kind === 'number') return raw.value;
  if (raw.kind !== 'text') return undefined;
  const plain = parseNumberText(raw.value, '分')?.value;
  if (plain !== undefined) return plain;
  const text = raw.value.normalize('NFKC').trim();
  const one = (part: string) => /^(?:扣|减|罚|扣除)?\s*([-−]?\d+(?:\.\d+)?)\s*分?\s*(?:[((][^()()]*[))])?$/u.exec(part.trim())?.[1];
  // Or what for, then 扣 (「迟到扣2分」).
  const worded = (part: string) => /^[^\d+\-−]*?(?:扣|减|罚|扣除)\s*(\d+(?:\.\d+)?)\s*分?$/u.exec(part.trim())?.[1];
  const single = one(text) ?? worded(text);
  if (single !== undefined) return Number(single.replace('−', '-'));
  // Several, each 「N」, 「N分」, 「扣N分」 or 「迟到扣2分」, joined by + or a list mark.
  const parts = text.split(/\s*[+,;、,;]\s*/u);
  if (parts.length < 2) return undefined;
  let sum = 0;
  for (const part of parts) {
    const n = one(part) ?? worded(part);
    if (n === undefined || n.startsWith('-') || n.startsWith('−')) return undefined;
    sum += Number(n);
  }
  return round2(sum);
}

/**
 * A team's points-lost cell kpi cannot compare: a formula never calculated (=2+3 as openpyxl writes it), refused as any
 * uncached formula is; or words kpi reads no points in (「迟到、玩手机」), said at the cell. Either was dropped without a
 * word, 77 at exit 0 (review 63). 0 or words of none (「无」「不扣分」) compare nothing, as before.
 */
function lostUnread(entry: RawEntry, column: string, who: { person?: string }, of?: string): Problem | undefined {
  const raw = entry.raw;
  if (raw.kind === 'formula-without-result') return problem('formula-without-result', { item: column, accepts: { type: 'number' }, value: `=${raw.formula.replace(/^=/, '')}` }, entry.at, { ...who, severity: 'error' });
  if (raw.kind !== 'text' || lostFigure(raw) !== undefined) return undefined;
  const text = cleanText(raw.value);
  if (!text || isNoneWord(text) || saysNothingOff(text) || isDashOnly(text)) return undefined;
  return problem('lost-points-differ', { column, typed: 0, lost: 0, items: [], unread: text, ...(of ? { of } : {}) }, entry.at, { ...who, severity: 'warning' });
}

/**
 * A roster's column of one item's points lost (「纪律扣分」 of 工作纪律, 「服务扣分」 of 日常服务规范) where the team typed figures: ignored
 * (with a warning where 奖惩分 stood, 「现在按留空计分」), 张三's 5 for 上班玩手机 beside 工作纪律 losing 2 was 77.00 at exit 0,
 * the 5 dropped. It agrees when it is that item's loss (max − score) or its deductions before a floor; 0 or empty compares
 * nothing; anything else refuses the person at the cell (lost-points-differ, the item named).
 * A subtotal among the items' columns (`among`) agrees with the item just left of it, the items since the previous such
 * column, all the items left of it, or the whole — not with any item anywhere (「扣分」 5 after 工作纪律 losing 2 agreed
 * with 表格管理's 5, 77 at exit 0 — review 63); it is refused naming the item left of it. A column of the whole (neither)
 * agrees with the whole only: the items' loss, with the points another deduction took (a negative 奖惩分, §11's 减分),
 * 100 − the total, or — on a form whose deductions go into a 减分 — that 减分 alone.
 */
function itemLostDifferences(form: FormDef, r: PersonResult, person?: PersonEntries): Problem[] {
  const out: Problem[] = [];
  if (!person?.typed?.itemLost?.length) return out;
  const who = r.name ? { person: r.name } : {};
  // Where another deduction goes on this form: its signed 奖惩分 (negative) or its 减分 (positive).
  const into = form.parts.flatMap((p) => p.items).flatMap((i) => (i.rule.kind === 'adjustment' ? [{ item: i, rule: i.rule }] : []))
    .map(({ item, rule }) => ({ field: `${item.label}·${item.inputs.find((x) => x.id === rule.input)?.label ?? ''}`, negative: (item.inputs.find((x) => x.id === rule.input)?.min ?? 0) < 0, subtract: rule.subtract === true }))
    .find((a) => a.negative || a.subtract);
  const defs = new Map(form.parts.flatMap((p) => p.items).map((i) => [i.id, i]));
  const losing = r.items.filter((i) => defs.get(i.id)?.rule.kind !== 'adjustment');
  const adjusting = r.items.filter((i) => defs.get(i.id)?.rule.kind === 'adjustment');
  for (const { item, field, entry, among } of person?.typed?.itemLost ?? []) {
    const results = item === undefined ? losing : r.items.filter((i) => i.id === item);
    const label = item === undefined ? (among ? r.items.find((i) => i.id === among.left)?.label : undefined) : results[0]?.label;
    const unread = lostUnread(entry, field, who, label);
    if (unread) {
      out.push(unread);
      continue;
    }
    if (!results.length || results.some((i) => i.score === null) || (item === undefined && adjusting.some((i) => i.score === null))) continue;
    const typed = lostFigure(entry.raw);
    if (typed === undefined || !Number.isFinite(typed) || round2(typed) === 0) continue;
    const figure = round2(Math.abs(typed));
    const lossOf = (i: ItemResult) => ({ item: i.label, lost: round2(i.max - i.score!), unfloored: round2(i.max - (unflooredScore(i.explanation) ?? i.score!)) });
    const losses = results.map(lossOf);
    const sum = (ids: readonly string[], key: 'lost' | 'unfloored') => round2(losing.filter((i) => ids.includes(i.id)).map(lossOf).reduce((s, l) => s + l[key], 0));
    if (item !== undefined) {
      if ([losses[0]!.lost, losses[0]!.unfloored].includes(figure)) continue;
      const one = losses[0]!;
      out.push(problem('lost-points-differ', { column: field, typed: round2(typed), lost: one.lost, items: [{ item: one.item, lost: one.lost }], of: one.item, ...(into ? { into: { field: into.field, negative: into.negative } } : {}) }, entry.at, { ...who, severity: 'error' }));
      continue;
    }
    // The whole: the items' loss, with the points other deductions took (a negative 奖惩分, a 减分), or 100 − the total.
    const lost = round2(losses.reduce((s, l) => s + l.lost, 0));
    const unfloored = round2(losses.reduce((s, l) => s + l.unfloored, 0));
    const off = round2(adjusting.reduce((s, i) => s + Math.max(0, -(i.score ?? 0)), 0));
    const adj = round2(adjusting.reduce((s, i) => s + (i.score ?? 0), 0));
    // (And the points the rules took by count alone — the deductions and incidents items, not a supervisor's marks: §12 张三's
    // (3 + 3) × 0.5 = 3 in 「扣分」 beside 员工的工作效率's 2 more was refused, review 63 of 1762ae2a.)
    const ruled = round2(losing.filter((i) => ['deduction', 'incidents'].includes(defs.get(i.id)?.rule.kind ?? '')).map(lossOf).reduce((s, l) => s + l.lost, 0));
    const whole = [lost, unfloored, round2(lost + off), round2(unfloored + off), ...(r.total100 !== null ? [round2(100 - r.total100)] : []), ...(into?.subtract && off > 0 ? [off] : []), ...(ruled > 0 ? [ruled, round2(ruled + off)] : [])];
    if (whole.includes(figure)) continue;
    // (Not the running sum of every item left of it: 11 after 日常服务规范 losing 4, in a sheet with a 扣分 after each item,
    // agreed as 2 + 5 + 4 and was 77 at exit 0 — review 63 of 1762ae2a. A subtotal is of the item left or those since the last.)
    const place = among ? { left: [among.left], since: among.since } : undefined;
    if (place && (Object.values(place) as string[][]).some((ids) => sum(ids, 'lost') === figure || sum(ids, 'unfloored') === figure)) continue;
    const leftLabel = among ? r.items.find((i) => i.id === among.left)?.label : undefined;
    const items = losses.map(({ item: i, lost: l }) => ({ item: i, lost: l }));
    const fields = {
      column: field, typed: round2(typed), lost, items,
      ...(among ? { among: true as const, ...(leftLabel ? { left: { item: leftLabel, lost: sum([among.left], 'lost'), before: sum(among.before, 'lost'), since: sum(among.since, 'lost') } } : {}) } : { whole: true as const }),
      ...(adj !== 0 && !among ? { adjustment: { field: adjusting.filter((i) => (i.score ?? 0) !== 0).map((i) => i.label).join('、'), points: adj } } : {}),
      ...(into ? { into: { field: into.field, negative: into.negative } } : {}),
    };
    out.push(problem('lost-points-differ', fields, entry.at, { ...who, severity: 'error' }));
  }
  return out;
}

/**
 * The team's own 总分 and 等级 typed in the sheet, when they differ from kpi's (a 95 优秀 typed beside kpi's 79 一般):
 * kpi's count, and the difference is said at the typed cell. A total is compared as shown, to the cent.
 */
function typedDifferences(r: PersonResult, band: string | null, person?: PersonEntries): Problem[] {
  const out: Problem[] = [];
  const who = r.name ? { person: r.name } : {};
  const total = person?.typed?.total;
  if (total && r.total !== null && (total.raw.kind === 'number' || total.raw.kind === 'text')) {
    // 「87/100」 as the seed prints it (「总分: ____/100」), or 「32/40」 on a form's own scale: the figure before the line.
    const outOf = total.raw.kind === 'text' ? /^\s*(\d+(?:\.\d+)?)\s*分?\s*[/／]\s*(\d+)\s*分?\s*$/.exec(total.raw.value.normalize('NFKC')) : null;
    const typed = total.raw.kind === 'number' ? total.raw.value : outOf ? Number(outOf[1]) : parseNumberText(total.raw.value, '分')?.value;
    // A form on a scale of its own (§26: 总分 out of 40, reported on 100 as × 2.5): the team's 总分 on either agrees.
    const own = r.points !== null && r.points !== undefined && round2(r.points) !== round2(r.total) ? r.points : null;
    const agrees = (x: number) => round2(x) === round2(r.total!) || (own !== null && round2(x) === round2(own));
    const computed = own !== null ? `${formatScore(round2(own))}(折合百分制 ${round2(r.total).toFixed(2)})` : round2(r.total).toFixed(2);
    if (typed !== undefined && Number.isFinite(typed) && !agrees(typed)) {
      out.push(problem('override', { case: 'total', field: '总分', typed: formatScore(typed), computed }, total.at, { ...who, severity: 'warning' }));
    } else if (typed === undefined && total.raw.kind === 'text' && cleanText(total.raw.value)) {
      // Not a number (「九十」「85/100」「良好」): said too, as the team's own 总分 that kpi cannot compare.
      out.push(problem('override', { case: 'total', field: '总分', typed: cleanText(total.raw.value), computed }, total.at, { ...who, severity: 'warning' }));
    }
  }
  for (const item of r.items) {
    const typed = person?.typed?.items?.get(item.id);
    if (!typed || item.score === null) continue;
    const value = typed.raw.kind === 'number' ? typed.raw.value : typed.raw.kind === 'text' ? parseNumberText(typed.raw.value, '分')?.value : undefined;
    // Not a number (「√」 in a checklist item's 得分, 「良好」): said too, as the team's own 总分 is (it went without a word).
    if (value === undefined && typed.raw.kind === 'text' && cleanText(typed.raw.value) && !isNoneWord(typed.raw.value)) {
      out.push(problem('override', { case: 'total', field: `${item.label}·得分`, typed: cleanText(typed.raw.value), computed: formatScore(item.score) }, typed.at, { ...who, severity: 'warning' }));
      continue;
    }
    // A figure kpi's agrees with to the cent is the same score (a formula of the team's, 10 − 2 × 迟到).
    if (value === undefined || !Number.isFinite(value) || round2(value) === round2(item.score)) continue;
    out.push(problem('override', { case: 'total', field: `${item.label}·得分`, typed: formatScore(value), computed: formatScore(item.score) }, typed.at, { ...who, severity: 'warning' }));
  }
  const typedBand = person?.typed?.band;
  const bandText = typedBand?.raw.kind === 'text' ? typedBand.raw.value : typedBand?.raw.kind === 'number' ? String(typedBand.raw.value) : '';
  if (typedBand && bandText && band && matchKey(bandText) !== matchKey(band)) {
    out.push(problem('override', { case: 'total', field: person?.typed?.bandField ?? '等级', typed: cleanText(bandText), computed: band }, typedBand.at, { ...who, severity: 'warning' }));
  }
  return out;
}

/**
 * The figure a grade is given on, where the explanation's own figure would fall in another band: 「= 89.9958(按
 * 90.00 定级)→ 优秀」, as grades go by the total the table shows (2 decimals). Elsewhere nothing (82.2917 → 良好).
 */
function gradedOn(g: ResolvedGrading, r: PersonResult): string {
  const figure = g.of === 'points' ? r.points : g.of === 'figure' ? r.total : r.total100;
  if (figure === null || figure === undefined || g.scale.byCounts) return '';
  const capped = g.of === 'total100' ? Math.min(figure, 100) : figure;
  const on = round2(capped);
  return bandOf(g.scale.bands, capped, g.scale.inclusive) === bandOf(g.scale.bands, on, g.scale.inclusive) ? '' : `(按 ${on.toFixed(2)} 定级)`;
}

/** The figure a grading looks at: the 100-point total, the form's reported figure, or its points. */
function grade(g: ResolvedGrading, r: PersonResult) {
  const figure = g.of === 'points' ? r.points! : g.of === 'figure' ? r.total! : r.total100!;
  return applyScale(g.scale, figure, r.parts.map((p) => p.score ?? 0), g.of === 'total100');
}

/** Who a sign-off caption names before 确认 / 签字: 本人, 被考核人, 部门主管, 项目负责人 … */
// (A department or HR too — 「人事部确认」「财务签字」「HR确认」 were kept as the 转正建议 in place of kpi's 通过, review 62.)
const CAPTION_WHO = '(?:本人|员工|部门|项目|直接|间接|上级|(?:人事|人力资源|行政|财务|综合|办公室)部?|HR|hr|被考核人|被考评人|被评估人|考核人|考评人|评分人|评价人|面试评价人|面试官|检查人|测评人|评估人|审核人|审批人|负责人|主管|经理|总经理|副总经理|副总|总监|主任|部长|科长|处长|组长|班长|店长|领导)';
const SIGN_OFF_CAPTION = new RegExp(`^${CAPTION_WHO}{0,3}(?:审核|审批)?(?:确认|签名|签字|签章|盖章){1,2}(?:人|栏)?(?:\\((?:签名|签字|盖章|签章)\\))?[::]?$`, 'u');

/**
 * A sign-off label printed where a grade may be typed (本人确认(签名), 部门主管确认, 签名:, 确认人, 考核人签字:): a caption
 * for a signature, not a value.
 */
// (Review 62: any 8 characters before 确认 / 签名 / 签字 made a caption, so 「不予转正 王五签字」「不通过 已确认」「解雇 签字」
// 「延期转正 王经理签字」 were read as nothing typed — the decision dropped silently, kpi's 通过 written at exit 0.)
export function isSignOffLabel(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return SIGN_OFF_CAPTION.test(t);
}

function notGradeProblem(r: PersonResult, g: ResolvedGrading, form: FormDef, typed: string, labels: string[], computed: string | null, person?: PersonEntries): Problem {
  const field = form.header.concat(form.footer ?? []).find((f) => f.id === g.typed);
  const cell = g.typed ? person?.headerCells?.get(g.typed) : undefined;
  const from = g.typed ? person?.headerFrom?.get(g.typed) : undefined;
  const at = from ?? (person ? (cell ? { ...person.at, cell } : person.at) : {});
  return problem('typed-not-grade', { field: field?.label ?? g.label, typed, grades: labels, computed }, at, { item: g.label, ...(r.name ? { person: r.name } : {}) });
}

function overrideProblem(form: FormDef, r: PersonResult, g: ResolvedGrading, typed: string, computed: string | null, person?: PersonEntries, copiesDiffer = false): Problem {
  const field = form.header.concat(form.footer ?? []).find((f) => f.id === g.typed);
  // The figure as the table shows it, which the band is applied to (gradedOn): 「按分数 89.995 应为「优秀」」 read as if
  // 89.995 were 优秀, where 90.00 is.
  const score = round2(g.of === 'points' ? r.points! : g.of === 'figure' ? r.total! : r.total100!);
  const cell = g.typed ? person?.headerCells?.get(g.typed) : undefined;
  // Typed in another rater's copy only: said at that copy's cell.
  const from = g.typed ? person?.headerFrom?.get(g.typed) : undefined;
  const at = from ?? (person ? (cell ? { ...person.at, cell } : person.at) : {});
  return problem('override', { field: field?.label ?? g.label, typed, score, computed, ...(copiesDiffer ? { copies: true as const } : {}) }, at, { item: g.label, ...(r.name ? { person: r.name } : {}) });
}

export interface FormScore {
  people: PersonResult[];
  /** Every problem, people's included, in the order of the people. */
  problems: Problem[];
  /** Count of scored people per band label, every label of the scale present. */
  bands: Record<string, number>;
  /** Where, in the order people were given, the 自评 rows set aside beside a counted row were: not in `people`. */
  asides?: number[];
}

/** Ranks by total100 as shown (2 decimals), best first; ties share a rank (1, 2, 2, 4); unscored people get none. */
export function rank(people: readonly PersonResult[]): PersonResult[] {
  const shown = people.map((p) => (p.status === 'scored' && p.total100 !== null ? round2(p.total100) : null));
  // Rank = 1 + how many shown totals are higher: one sort, then each distinct total's first position
  // (counting per person was quadratic: 10,000 people spent seconds here).
  const sorted = shown.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const firstAt = new Map<number, number>();
  sorted.forEach((s, k) => {
    if (!firstAt.has(s)) firstAt.set(s, k + 1);
  });
  return people.map((p, i) => {
    const s = shown[i];
    if (s === null || s === undefined) return copyWith(p, {}, ['rank']);
    return copyWith(p, { rank: firstAt.get(s)! }, ['rank']);
  });
}

const idOf = (s: Seen): string | undefined => (s.counted ?? s.selves[0])?.person.id;

/**
 * Rows signed with names on a form whose header names its raters (cs-dept-monthly's 直接主管 / 间接主管 columns), one of
 * which says no rater by them: the 评分人 field and the raters to write in it. Undefined on other forms.
 */
function unclearRaters(form: FormDef, headers: Array<Record<string, string>>): { field: string; roles: string[] } | undefined {
  const field = raterField(form);
  if (!field || !headers.some((h) => namedInColumns(form, h).length > 0)) return undefined;
  if (!headers.some((h) => !rowRater(form, h) && !saysSelf(h[field.id] ?? ''))) return undefined;
  return { field: field.label, roles: [...new Set(namedInColumns(form, headers[0]!).concat(namedInColumns(form, headers[1]!)).map((c) => c.rater.label))] };
}

/** Two rows of one person that give the same scored total: a row repeated, not two versions of it. */
/**
 * Two rows of one name (no 工号 to tell them apart) whose 部门 or 岗位 differ (客服一部, 客服二部; not 客服1部 and 客服一部):
 * the field and both values, with how to give each its 工号. Only on a form that reads a 工号.
 */
function namesakesApart(form: FormDef, a: Row, b: Row): ParamsOf<'duplicate-person'>['apart'] {
  const fields = form.header.concat(form.footer ?? []);
  const id = fields.find((h) => h.role === 'id');
  if (!id || (a.person.id && b.person.id)) return undefined;
  for (const h of fields.filter((f) => f.role === 'department' || f.role === 'position')) {
    const values = [cleanText(a.person.header[h.id] ?? ''), cleanText(b.person.header[h.id] ?? '')];
    if (!values[0] || !values[1] || looseNameKey(values[0]) === looseNameKey(values[1])) continue;
    const fill = a.person.id || b.person.id ? 'one' : a.idColumn && b.idColumn ? 'both' : 'column';
    return { field: h.label, values, id: id.label, fill };
  }
  return undefined;
}

function sameScore(a: PersonResult, b: PersonResult): boolean {
  return a.status === 'scored' && b.status === 'scored' && a.total100 !== null && a.total100 === b.total100;
}

/**
 * A row of the person's own assessment: its 考核人 says so (自评, 本人) on a form with no 自评 group, or names the form's
 * 自评 group (weight 0) — one row per rater, the self row's supervisor cells empty — or their own name.
 */
function selfRow(form: FormDef, p: PersonResult): boolean {
  if (p.problems.some((x) => x.code === 'self-rated' && x.severity === 'error')) return true;
  const field = raterField(form);
  const rater = field && p.header[field.id] ? findRater(form, p.header[field.id]!) : undefined;
  return !!rater && rater.weight === 0;
}

/** The self row beside a counted one: only a 自评 warning is kept, pointing at where the person was scored. */
function setAside(form: FormDef, p: PersonResult, at: PersonEntries['at'], counted: string): PersonResult {
  const said = p.problems.find((x) => x.code === 'self-rated');
  const field = raterField(form);
  const main = countingRater(form);
  const params = (said?.params as { field: string; value: string; raters: string } | undefined) ?? { field: field?.label ?? '评分人', value: (field && p.header[field.id]) || '自评', raters: main?.label ?? '主管' };
  const warning = problem('self-rated', { ...params, counted }, said ?? at, { severity: 'warning', ...(p.name ? { person: p.name } : {}) });
  return { ...p, problems: [warning] };
}

/** A duplicate 工号 is shown at the 工号 cell, where it is fixed; a duplicate name at the name. */
function keyAt(form: FormDef, person: PersonEntries, label: string): PersonEntries['at'] {
  const idField = label === '工号' ? form.header.concat(form.footer ?? []).find((f) => f.role === 'id') : undefined;
  const cell = idField ? person.headerCells?.get(idField.id) : undefined;
  return cell ? { ...person.at, cell } : person.at;
}

/** A row without 工号 whose name is that of several people with one (`ids`): no one's, an error at it. */
function nameAmbiguous(form: FormDef, p: PersonResult, at: PersonEntries['at'], ids: string[]): PersonResult {
  const unsure = problem('name-ambiguous', { case: 'row', name: p.name, ids }, at, { severity: 'error', person: p.name });
  return settle(form, { ...p, problems: [...p.problems, unsure] });
}

/** One person as rows come: the row counted (null while only self rows came), and the self rows waiting beside it. */
interface Seen {
  counted: Row | null;
  selves: Row[];
  /**
   * A row without 工号 came first and a row of that name with one (`id`) was taken as the same person. Kept as both rows
   * were before that, so that a second 工号 of the name — which makes the first row anyone's — can undo it.
   */
  bound?: { id: string; first: Row; later: Row };
  /**
   * A row of this person's name without 工号 came after the row with one and was taken as this person. Kept as both rows
   * were, so that a second 工号 of the name — which makes that row anyone's — can undo it (it left 1001 unscored).
   */
  boundNameOnly?: { first: Row; later: Row };
  /** The person's rows of other months than `counted`'s (sheets of several months, no month chosen): each its own. */
  others?: Array<{ month: string; row: Row }>;
}

/** sheet-month's error against --period (io/sheetMonths.ts): this sheet is of another month than the run's. */
function periodMonthError(p: Problem): boolean {
  return p.code === 'sheet-month' && p.severity === 'error' && (p.params as { from?: string } | undefined)?.from === 'period';
}

/** A row's 考核月份 as a month (2026-03), when the form has one for the whole sheet and it reads as one. */
function monthOfRow(form: FormDef, r: PersonResult): string | undefined {
  const field = form.header.find((f) => f.role === 'period' && !f.perPerson);
  const typed = field ? cleanText(r.header[field.id] ?? '') : '';
  return (typed && parseMonth(typed)) || undefined;
}

/**
 * Two sheets of one person of different months: 'first' / 'later' when --period marked exactly that one as another
 * month's (the other is of --period's month); 'apart' when nothing marked either and their 考核月份 differ; else undefined
 * (a duplicate as before — 钱七 (2) refused by the month most sheets give stays one).
 */
function monthsApart(form: FormDef, a: PersonResult, b: PersonResult): 'first' | 'later' | 'apart' | undefined {
  const [x, y] = [a.problems.some(periodMonthError), b.problems.some(periodMonthError)];
  if (x !== y) return x ? 'first' : 'later';
  if (a.problems.some((p) => p.code === 'sheet-month') || b.problems.some((p) => p.code === 'sheet-month')) return undefined;
  const [m, n] = [monthOfRow(form, a), monthOfRow(form, b)];
  return m && n && m !== n ? 'apart' : undefined;
}
/**
 * inRow: a roster's row (a team's 汇总 of everyone's figures), not a person's own sheet. content: what a person's own
 * sheet holds (sheetContent), to tell a backup copy of it.
 */
/** nameAt: the name's cell, where a duplicate found by name is said (`at` is the 工号's when there is one). */
type Row = { person: PersonResult; at: PersonEntries['at']; nameAt: PersonEntries['at']; index: number; inRow?: true; idColumn?: true; content?: string };

/**
 * Every value a person's own sheet gives, as read (header, filled cells, the team's typed 总分 / 等级, the title's month):
 * a second sheet holding the same is a backup of the first. None for a roster's row or a sheet read in part.
 */
function sheetContent(person: PersonEntries): string | undefined {
  if (person.inRow || !person.at.sheet || person.unread || person.withheld?.size) return undefined;
  const marks = marksKey(person);
  if (!marks) return undefined;
  const header = [...person.header].map(([k, v]) => `${k}\u0001${cleanText(v)}`).sort().join('\u0002');
  const t = person.typed;
  const typed = t ? [t.total, t.band].map((e) => JSON.stringify(e?.raw ?? null)).join('\u0001') + marksKey({ entries: t.items ?? new Map() }) : '';
  return `${header}\u0003${marks}\u0003${typed}\u0003${person.sheetMonth ?? ''}`;
}

// A tab named as a copy: 「备份」「李四(备份)」「李四 - 副本」, Excel's own 「李四 3月 (2)」.
const COPY_TAB = /备份|副本|拷贝|复制|backup|bak|copy|[((]\s*\d+\s*[))]\s*$/i;

/** Refused only because nothing is filled in it (one nothing-filled error, no other). */
function nothingFilled(r: PersonResult): boolean {
  const errors = r.problems.filter((p) => p.severity === 'error');
  return errors.length > 0 && errors.every((p) => p.code === 'nothing-filled');
}

/**
 * `blank` is a blank copy of `filled` (the same person's): nothing filled in it, every header value it has the same in
 * `filled`, and `filled` has something filled.
 */
function blankBeside(blank: PersonResult, filled: PersonResult): boolean {
  if (!nothingFilled(blank) || filled.problems.some((p) => p.code === 'nothing-filled')) return false;
  return Object.entries(blank.header).every(([k, v]) => !cleanText(v ?? '') || cleanText(filled.header[k] ?? '') === cleanText(v));
}

/** Two tabs named for two months (「李四 2月」, 「李四 3月」): alike in every value, still two months' sheets, not a copy. */
/**
 * A sheet named after the person whose 姓名 it holds: the name alone, or the name with a note after it in brackets or
 * after a space or dash (赵六(客服一部), 赵六-客服一部, 赵六 3月, 赵六3月). Not 张三丰 for 张三, nor 3月 / 3月(2).
 */
function ownTab(tab: string | undefined, name: string): boolean {
  if (!tab || !cleanText(name)) return false;
  const key = nameKey(name);
  const t = cleanText(tab);
  if (nameKey(t) === key) return true;
  for (let k = 1; k < t.length; k++) {
    const rest = t.slice(k);
    const noted = /^(?:[\s\-_—–~~/|\\]+\S|[(\[{<【〔〖〈《「『])/.test(rest) || /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/.test(rest);
    if (noted && nameKey(t.slice(0, k)) === key) return true;
  }
  return false;
}

function tabsOfTwoMonths(a: string, b: string): boolean {
  const month = (t: string) => /(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月/.exec(t.normalize('NFKC'))?.[1];
  const [x, y] = [month(a), month(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * Scores people one at a time, so a caller can drop each person's entries as soon as they are scored (a roster
 * of 50,000 never holds every person's entries and every result at once). `finish` gives what scoreForm gives.
 */
export class FormScorer {
  private readonly results: PersonResult[] = [];
  /** By 工号, and by name for rows that lack one (a row without 工号 is the person of that name, as rollup reads it). */
  private readonly byId = new Map<string, Seen>();
  private readonly byName = new Map<string, Seen[]>();
  /** 自评 rows set aside beside the same person's counted row: not people, their warning kept. */
  private readonly asides = new Set<PersonResult>();
  /** Rows without 工号 said name-ambiguous, by name: a 工号 of the name that comes later is one more they could be. */
  private readonly unsure = new Map<string, Array<{ row: Row; ids: string[] }>>();
  constructor(private readonly form: FormDef) {}

  /** `row` is no one's: any of the name's people with 工号 `ids` (and of any such 工号 that comes later). */
  private ambiguous(row: Row, ids: string[]): PersonResult {
    const made = nameAmbiguous(this.form, row.person, row.at, ids);
    this.results[row.index] = made;
    const key = nameKey(row.person.name);
    appendTo(this.unsure, key, { row, ids: [...ids] });
    return made;
  }

  /** A 工号 of the name that an ambiguous row's message does not list yet (the third 马琳 of three): listed. */
  private widenAmbiguous(r: PersonResult): void {
    if (!r.id || !r.name) return;
    for (const u of this.unsure.get(nameKey(r.name)) ?? []) {
      if (u.ids.some((id) => idKey(id) === idKey(r.id!))) continue;
      u.ids.push(r.id);
      this.results[u.row.index] = nameAmbiguous(this.form, u.row.person, u.row.at, u.ids);
    }
  }

  /** The person a row is of, if seen: by 工号; a row without one (or one whose 工号 is new) by name among rows without. */
  private find(r: PersonResult): { seen: Seen; label: string; value: string } | null {
    const id = r.id ? this.byId.get(idKey(r.id)) : undefined;
    if (id) return { seen: id, label: '工号', value: r.id! };
    const named = r.name ? this.byName.get(nameKey(r.name)) ?? [] : [];
    // A new 工号 of a name whose row without 工号 was taken as the first 工号's: that row could be either's.
    if (r.id) for (const s of named) if (s.boundNameOnly && idOf(s) !== r.id) this.unbindNameOnly(s, r);
    // Without 工号: the one person of that name. With a new 工号: a row of that name that had none.
    const match = r.id ? named.filter((s) => !idOf(s)) : named;
    if (r.id && match.length === 1 && match[0]!.bound) {
      this.unbind(match[0]!, r);
      return null;
    }
    return match.length === 1 ? { seen: match[0]!, label: '姓名', value: r.name } : null;
  }

  /**
   * A second 工号 of a name whose row without 工号 had been taken as the first: that row could be either person's. It is
   * an error (as it is when it comes after both), and the first 工号's row is that person's again, as it was before.
   */
  private unbind(seen: Seen, r: PersonResult): void {
    const { id, first, later } = seen.bound!;
    const own: Seen = { counted: later, selves: [] };
    this.byId.set(id, own);
    const list = this.byName.get(nameKey(r.name)) ?? [];
    this.byName.set(nameKey(r.name), list.map((s) => (s === seen ? own : s)));
    this.results[later.index] = later.person;
    this.ambiguous(first, [later.person.id!, r.id!]);
  }

  /** The row without 工号 taken as `seen`'s person is anyone's now (a second 工号 of the name came): an error; `seen` as it was. */
  private unbindNameOnly(seen: Seen, r: PersonResult): void {
    const { first, later } = seen.boundNameOnly!;
    delete seen.boundNameOnly;
    seen.counted = first;
    this.results[first.index] = first.person;
    this.ambiguous(later, [first.person.id!, r.id!]);
  }

  private remember(r: PersonResult, seen: Seen): void {
    if (r.id) this.byId.set(idKey(r.id), seen);
    if (r.name) {
      const list = this.byName.get(nameKey(r.name)) ?? [];
      if (!list.includes(seen)) list.push(seen);
      this.byName.set(nameKey(r.name), list);
    }
  }

  /** Scores `person` and keeps its result (returned: the caller may compact it in place, not change it). */
  add(person: PersonEntries): PersonResult {
    const form = this.form;
    const r = scorePerson(form, person);
    if (!r.id && !r.name) {
      this.results.push(r);
      return r;
    }
    const at = keyAt(form, person, r.id ? '工号' : '姓名');
    // No 工号, and the name is that of several people with one each: whose row it is cannot be told (it was scored as
    // one more person, with no word).
    const namesakes = !r.id && r.name ? [...new Set((this.byName.get(nameKey(r.name)) ?? []).map(idOf).filter((x): x is string => !!x))] : [];
    if (namesakes.length > 1) {
      this.results.push(r);
      return this.ambiguous({ person: r, at, nameAt: person.at, index: this.results.length - 1 }, namesakes);
    }
    this.widenAmbiguous(r);
    const found = this.find(r);
    const idField = form.header.concat(form.footer ?? []).find((h) => h.role === 'id');
    const content = sheetContent(person);
    const row: Row = { person: r, at, nameAt: person.at, index: this.results.length, ...(person.inRow ? { inRow: true as const } : {}), ...(idField && person.headerCells?.has(idField.id) ? { idColumn: true as const } : {}), ...(content !== undefined ? { content } : {}) };
    const self = selfRow(form, r);
    if (!found) {
      const seen: Seen = self ? { counted: null, selves: [row] } : { counted: row, selves: [] };
      this.remember(r, seen);
      this.results.push(r);
      return r;
    }
    const { seen, label, value } = found;
    this.remember(r, seen);
    // A 自评 row beside the supervisor's row of the same person (one row per rater): the self-assessment is set aside,
    // said as a warning at it, and the supervisor's row is the person (CATALOG conventions: 自评 is shown but does not
    // count). Self rows before the supervisor's wait, and are set aside when it comes.
    if (self) {
      if (!seen.counted) {
        seen.selves.push(row);
        this.results.push(r);
        return r;
      }
      const aside = setAside(form, r, at, where(seen.counted.at) || seen.counted.person.name || '');
      this.asides.add(aside);
      this.results.push(aside);
      return aside;
    }
    if (!seen.counted) {
      for (const s of seen.selves.splice(0)) {
        const aside = setAside(form, s.person, s.at, where(at) || r.name || '');
        this.asides.add(aside);
        this.results[s.index] = aside;
      }
      seen.counted = row;
      this.results.push(r);
      return r;
    }
    let first = seen.counted;
    // One person's sheets of several months in one workbook (tabs 2月 / 3月 / 1月, 考核月份 2026-02 / 03 / 01): not a
    // duplicate. --period chose a month (the others carry sheet-month's error): the sheet of that month is the person,
    // another month's is set aside with a warning — 3月 was 「工号重复…两处的评分不同,都不计分」 at exit 1 for 79.00 一般.
    // No month chosen: each sheet stands and the file's 「表头的考核月份不一致」 says how to choose (it was four
    // 「重复」 errors advising to hide 3月, the month wanted).
    const months = first.at.sheet && at.sheet && first.at.sheet !== at.sheet ? monthsApart(form, first.person, r) : undefined;
    if (months === 'later') return this.otherMonthAside(seen, first, row, false);
    if (months === 'first') return this.otherMonthAside(seen, first, row, true);
    // (A second sheet of one of those months is compared with that month's sheet, as a duplicate is.)
    const sameMonth = months === 'apart' ? (seen.others ?? []).find((o) => o.month === monthOfRow(form, r)) : undefined;
    if (months === 'apart' && !sameMonth) {
      (seen.others ??= []).push({ month: monthOfRow(form, r)!, row });
      this.results.push(r);
      return r;
    }
    if (sameMonth) {
      // Compared with it, and kept in its place: the month's row is the one set aside or refused, never `counted`.
      const own: Seen = { counted: sameMonth.row, selves: [] };
      first = sameMonth.row;
      const result = this.duplicateOf(own, first, row, person, r, at, label, value);
      sameMonth.row = own.counted!;
      return result;
    }
    return this.duplicateOf(seen, first, row, person, r, at, label, value);
  }

  /** `row` of the person `seen` whose counted row is `first`: a copy or blank one set aside, else a duplicate said. */
  private duplicateOf(seen: Seen, first: Row, row: Row, person: PersonEntries, r: PersonResult, at: PersonEntries['at'], label: string, value: string): PersonResult {
    const form = this.form;
    const idField = form.header.concat(form.footer ?? []).find((h) => h.role === 'id');
    // Rows of a per-day export (each already refused as one day's figures, daily-rows): a 「重复」 error beside each of a
    // person's 31 days said the same again, and its advice 「请删去不对的一处」 was wrong there.
    if (byTheDay(r) && byTheDay(first.person)) {
      this.results.push(r);
      return r;
    }
    // The form's own words for the key: 「管理处「一号楼」重复」, not 「姓名「一号楼」」 on a form of 管理处.
    // And the sheet's, where it heads the column otherwise: 「编号「1」重复」 (工号 named a column the sheet has not).
    const keyField = form.header.find((h) => h.role === (label === '工号' ? 'id' : 'name'));
    const shownKey = (keyField && person.headedAs?.get(keyField.id)) ?? keyField?.label ?? label;
    // The person's sheet kept twice, every value alike (「备份」 beside 「李四 3月」): a backup, set aside and said — it was
    // 「工号「1002」重复」, 李四 listed twice (75.56 良好, and unscored) at exit 1. Differing in any value, which copy is
    // right is the team's call: the error below.
    if (row.content !== undefined && row.content === first.content && first.at.sheet !== at.sheet && !tabsOfTwoMonths(first.at.sheet!, at.sheet!)) return this.copyAside(seen, first, row, shownKey, value);
    // A copy of the person's sheet or row with nothing filled in it (「赵六 (2)」 copied and left blank, a roster row repeating
    // 赵六's 姓名 and 工号 with every mark blank) beside the one that has the marks: the blank one gives nothing to choose
    // between — 赵六 (55 待改进) was 「工号「1004」重复…两处的评分不同,都不计分」 at exit 1. Set aside with a warning; the
    // filled one is the person. Only when the blank one says nothing the other does not (another 部门, month or 评分人 may
    // be another person or sheet) and has no error but its blankness; two copies both with marks stay the error below.
    const twoMonths = first.at.sheet && at.sheet && first.at.sheet !== at.sheet && tabsOfTwoMonths(first.at.sheet, at.sheet);
    if (!twoMonths && blankBeside(r, first.person)) return this.blankAside(seen, first, row, shownKey, value, false);
    if (!twoMonths && blankBeside(first.person, r) && !first.person.problems.some((x) => x.code === 'duplicate-person')) return this.blankAside(seen, first, row, shownKey, value, true);
    // A row with 工号 after one of that name without: the same person while no other 工号 of the name comes.
    if (label === '姓名' && r.id && !seen.bound && !first.person.id) seen.bound = { id: idKey(r.id), first, later: row };
    if (label === '姓名' && !r.id && !seen.boundNameOnly && first.person.id) seen.boundNameOnly = { first, later: row };
    // Found by name, each place is said at its name: 基础数据!A2's 张三 was 「已在 张三!B3 出现」, B3 being 张三's 工号 (名 at F2).
    const [firstAt, laterAt] = label === '姓名' ? [first.nameAt, row.nameAt] : [first.at, at];
    const there = where(firstAt);
    const otherSheet = first.at.sheet && at.sheet && first.at.sheet !== at.sheet ? first.at.sheet : undefined;
    // A sheet named after someone else holding the name of another sheet's person (tab 李四, its 姓名 张三, beside tab 张三):
    // a copy whose name was not changed — 「delete one」 would lose 李四's marks.
    // Only between two people's own sheets: a 汇总 roster's row beside 张三's sheet was told 「请把它的姓名改为「汇总」」.
    const copied = otherSheet && !first.inRow && !row.inRow ? copiedSheet(value, first.at.sheet!, at.sheet!) : undefined;
    // Two rows of one person that score differently (81 and 100, or one with a mistake): neither is taken — picking
    // the first would be a guess. A row repeated as it was (the same total) leaves the first one scored.
    const both = !sameScore(first.person, r);
    // Rows naming different raters (主管评 on one, 同事评 on the next): the advice is one row, not 「delete one」.
    const field = form.raters ? raterField(form) : undefined;
    const named = field ? [first.person.header[field.id] ?? '', r.header[field.id] ?? ''] : [];
    // Names that the rows' own 直接主管 / 间接主管 columns do not tell apart (王五 in neither, 刘经理 in both): a row per
    // rater works once 评分人 says which — 「一人只能有一行」 sent teams to retype a layout kpi reads.
    const unclear = both && named.every(Boolean) ? unclearRaters(form, [first.person.header, r.header]) : undefined;
    const raters = both && named.every(Boolean) && (named[0] !== named[1] || unclear) ? { raters: named, ...(unclear ? { unclear } : {}) } : {};
    // Taken as one by name, in two 部门 (客服一部, 客服二部): likely two people — 「请删去不对的一处」 alone would have a
    // team delete one of them. The way out is their 工号.
    const apart = label === '姓名' && !copied && !('raters' in raters) ? namesakesApart(form, first, row) : undefined;
    // Taken as one by name where one has a 工号 and the other none (王五 1003, 王五 in one 部门): maybe two people too —
    // 「请删去不对的一处」 alone would have the team delete one. The way out is the missing 工号.
    const oneId = label === '姓名' && idField && !copied && !('raters' in raters) && !apart && !first.person.id !== !r.id ? { oneId: person.headedAs?.get(idField.id) ?? idField.label } : {};
    const sheets = otherSheet && !apart ? { otherSheet } : {};
    // One 工号 on two names of one table (孙七 and 吴九 both 1002): 「请删去不对的一处」 would have the team delete a person.
    // So on two people's own sheets, each tab its 姓名 (王五's sheet copied as 赵六, its 工号 1003 left) — not on sheets of
    // months (3月 张三, 3月(2) 张三丰), where another month's sheet is the likelier slip.
    // A tab of the 姓名 with a note after it (赵六(客服一部), 赵六-客服一部, 赵六 3月) is that person's own too: it was
    // 「请删去不对的一处;如果工作表「赵六(客服一部)」是另一个月的…」, following which lost a person.
    const twoNames = label === '工号' && first.person.name && r.name && nameKey(first.person.name) !== nameKey(r.name) && (!otherSheet || (!twoMonths && ownTab(first.at.sheet, first.person.name) && ownTab(at.sheet, r.name))) ? { named: true as const } : {};
    const p = problem('duplicate-person', { key: shownKey, value, ...(there ? { firstAt: there } : {}), ...(first.person.name ? { firstName: first.person.name } : {}), ...sheets, ...(both ? { both } : {}), ...(copied ? { copied } : {}), ...raters, ...(apart ? { apart } : {}), ...oneId, ...twoNames }, laterAt);
    if (r.name) p.person = r.name;
    const settled = settle(form, { ...r, problems: [...r.problems, p] });
    this.results.push(settled);
    if (both) {
      const later = where(laterAt);
      const back = problem('duplicate-person', { key: shownKey, value, ...(later ? { laterAt: later } : {}), ...(otherSheet && !apart ? { otherSheet: at.sheet! } : {}), both, ...(copied ? { copied } : {}), ...raters, ...(apart ? { apart } : {}), ...oneId, ...twoNames }, firstAt);
      if (first.person.name) back.person = first.person.name;
      const unscored = settle(form, { ...first.person, problems: [...first.person.problems, back] });
      this.results[first.index] = unscored;
      seen.counted = { ...first, person: unscored };
    }
    return settled;
  }

  /**
   * Two sheets of one person holding the same: the one named as a copy (「备份」 before 「李四 3月」), or else the later,
   * is set aside with a note at it; the other is the person.
   */
  private copyAside(seen: Seen, first: Row, row: Row, key: string, value: string): PersonResult {
    const swap = COPY_TAB.test(first.at.sheet!) && !COPY_TAB.test(row.at.sheet!) && !first.person.problems.some((x) => x.code === 'duplicate-person');
    const [kept, copy] = swap ? [row, first] : [first, row];
    const note = problem('sheet-copy', { sheet: copy.at.sheet!, of: kept.at.sheet!, key, value }, copy.at, copy.person.name ? { person: copy.person.name } : {});
    return this.setAside(seen, first, row, swap, note);
  }

  /** Another month's sheet (`row`, or `first` when `swap`) beside the sheet of the month --period gives: set aside, said. */
  private otherMonthAside(seen: Seen, first: Row, row: Row, swap: boolean): PersonResult {
    const [kept, other] = swap ? [row, first] : [first, row];
    const said = other.person.problems.find(periodMonthError)!;
    const note = amend(said, { countedAt: kept.at.sheet! });
    note.severity = 'warning';
    return this.setAside(seen, first, row, swap, note);
  }

  /** The blank one of two rows of a person (the later, or the first when `swap`) set aside with a warning at it. */
  private blankAside(seen: Seen, first: Row, row: Row, key: string, value: string, swap: boolean): PersonResult {
    const [kept, blank] = swap ? [row, first] : [first, row];
    const keptAt = where(kept.at);
    // The blank one without the 工号 the filled one has (王五(2) beside 王五 1003): it may be another 王五, still to fill.
    const idField = this.form.header.concat(this.form.footer ?? []).find((h) => h.role === 'id');
    const noId = idField && kept.person.id && !blank.person.id ? { noId: idField.label } : {};
    const note = problem('nothing-filled', { blankCopy: { key, value, ...(keptAt ? { of: keptAt } : {}), ...(kept.inRow && blank.inRow ? { row: true as const } : {}), ...noId } }, blank.at, { severity: 'warning', ...(blank.person.name ? { person: blank.person.name } : {}) });
    return this.setAside(seen, first, row, swap, note);
  }

  /** `row` (or, when `swap`, `first`) set aside with `note` as its only problem; the other is the person counted. */
  private setAside(seen: Seen, first: Row, row: Row, swap: boolean, note: Problem): PersonResult {
    const aside: PersonResult = { ...(swap ? first : row).person, problems: [note] };
    this.asides.add(aside);
    if (!swap) {
      this.results.push(aside);
      return aside;
    }
    this.results[first.index] = aside;
    seen.counted = row;
    this.results.push(row.person);
    return row.person;
  }

  finish(): FormScore {
    const all = this.results.splice(0);
    const asides = all.flatMap((r, i) => (this.asides.has(r) ? [i] : []));
    const results = rank(all.filter((r) => !this.asides.has(r)));
    this.byId.clear();
    this.byName.clear();
    this.unsure.clear();
    // In the order people were given, a set-aside row's warning among them.
    let next = 0;
    const problems = all.flatMap((r) => (this.asides.has(r) ? r.problems : results[next++]!.problems));
    this.asides.clear();
    if (results.length === 0) problems.push(problem('no-people', { case: 'none' }));
    const bands = emptyBandCounts(mainGrading(this.form).scale);
    for (const r of results) if (r.status === 'scored' && r.band !== null) bands[r.band] = (bands[r.band] ?? 0) + 1;
    return { people: results, problems, bands, ...(asides.length ? { asides } : {}) };
  }
}

export function scoreForm(form: FormDef, people: readonly PersonEntries[]): FormScore {
  const scorer = new FormScorer(form);
  for (const p of people) scorer.add(p);
  return scorer.finish();
}

/** Of two sheets holding `name`, the one named after another person while the other is named after `name`. */
function copiedSheet(name: string, first: string, later: string): string | undefined {
  const same = (x: string) => x.trim() === name.trim();
  // (Named like a person — 2 to 5 Chinese characters — however it reads: 刘明月 is 刘明月, not a month's sheet. Both are
  // people's own sheets here, so a 汇总 roster is not in question: review.)
  if (same(first) && !same(later) && PERSON_TAB.test(later.trim())) return later;
  if (same(later) && !same(first) && PERSON_TAB.test(first.trim())) return first;
  return undefined;
}

function byTheDay(r: PersonResult): boolean {
  return r.problems.some((p) => p.code === 'daily-rows');
}
