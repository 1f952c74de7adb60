// One rater slot of one item: read every input, then apply the item's rule.
import type { ItemDef } from '../model/definition.js';
import { entryKey, HIDDEN_BY_FORMAT, type PersonEntries, type RawEntry } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { isEmptyRaw, parseRaw, readValue, type Value } from './values.js';
import { cleanText, isNoneWord } from './text.js';
import { formatScore } from '../model/round.js';
import { scopedProblem, type SlotScope } from './locate.js';
import { reframe } from '../model/problems/index.js';
import { applyRule, DefinitionError, inputValues, type Report } from './rules/index.js';

export interface SlotOutcome {
  /** Some input of the slot holds a value (or the slot must be scored anyway). */
  present: boolean;
  score: number | null;
  explanation: string;
  problems: Problem[];
}

// Each item's entry keys by rater and slot, made once per definition: per slot of every person they were millions
// of strings alike.
const keysByItem = new WeakMap<ItemDef, Map<string, Array<readonly string[]>>>();

/** The entry keys of the item's inputs (in their order) for this rater and slot. */
function slotKeys(item: ItemDef, rater: string, slot: number): readonly string[] {
  let byRater = keysByItem.get(item);
  if (!byRater) keysByItem.set(item, (byRater = new Map()));
  let bySlot = byRater.get(rater);
  if (!bySlot) byRater.set(rater, (bySlot = []));
  return (bySlot[slot] ??= item.inputs.map((i) => entryKey(item.id, i.id, rater, slot)));
}

export function slotEntries(item: ItemDef, entries: PersonEntries['entries'], rater: string, slot: number): Map<string, RawEntry | undefined> {
  const keys = slotKeys(item, rater, slot);
  const out = new Map<string, RawEntry | undefined>();
  item.inputs.forEach((input, k) => out.set(input.id, entries.get(keys[k]!)));
  return out;
}

export function slotPresent(cells: Map<string, RawEntry | undefined>, noneWords?: ItemDef): boolean {
  for (const [id, e] of cells) if (e !== undefined && !isEmptyRaw(e.raw) && !(noneWords && saysNothing(noneWords, id, e))) return true;
  return false;
}

/** 「无」「-」「没有」 in a cell where it is no answer of the input (not one of its choices): nothing was entered. */
export function saysNothing(item: ItemDef, inputId: string, e: RawEntry): boolean {
  const input = item.inputs.find((i) => i.id === inputId);
  return !!input && e.raw.kind === 'text' && isNoneWord(e.raw.value) && !parseRaw(input, e.raw).ok;
}

/** `mustScore`: score even when every cell is empty (no raters, or a required group whose inputs are all optional). */
export function scoreSlot(
  item: ItemDef,
  entries: PersonEntries['entries'],
  raterId: string,
  slot: number,
  scope: SlotScope,
  mustScore: boolean,
  withheld?: ReadonlySet<string>,
): SlotOutcome {
  const cells = slotEntries(item, entries, raterId, slot);
  // A value its source could not give (a person missing from the export, a heading given twice with two answers) was
  // reported once where it was read.
  if (withheld && slotKeys(item, raterId, slot).some((key) => withheld.has(key))) {
    return { present: true, score: null, explanation: '无法计分(原因见问题)', problems: [] };
  }
  // A rater who may be absent (a second peer, the customers, 自评) wrote 「无」 for not rating: the slot is absent.
  const present = slotPresent(cells, raterId && !mustScore ? item : undefined);
  if (!present && !mustScore) return { present: false, score: null, explanation: '', problems: [] };
  const outcome = scoreCells(item, cells, scope);
  const rounded = roundedOnScreen(item, cells);
  if (!rounded || outcome.score === null) return outcome;
  // A number its format rounds on screen (0.895 through 0% shows 「90%」): scored as stored, as Excel's own formulas
  // compute with it — but where the number shown crosses a tier (90 % reaches the 20-point tier, 89.5 % does not), the
  // sheet and the score disagree to the eye: said at the cell, with both scores. A score that follows the number
  // (27.4 typed, 27 shown) moves by the rounding only, as the team's own sums do: not said. Told apart by the midway
  // number: on a line its score is midway between the two; across a tier it is one or the other.
  const at = (weight: number) =>
    scoreCells(item, new Map([...cells].map(([id, e]) => [id, e && rounded.has(id) ? { ...e, raw: { ...e.raw, value: e.raw.kind === 'number' ? e.raw.value + (rounded.get(id)! - e.raw.value) * weight : 0 } as RawEntry['raw'] } : e])), scope);
  const asShown = at(1);
  if (asShown.score === null || Math.abs(asShown.score - outcome.score) < 1e-9) return outcome;
  // Across a tier the midway score is one end or the other (off the middle by half the step); a curve (目标 ÷ 实际) is
  // off the middle by a sliver of it.
  const midway = at(0.5).score;
  // A number the cell does not show at all is no rounding: said whatever the line.
  const hidden = [...rounded.keys()].some((id) => (cells.get(id)?.raw as { roundedText?: string } | undefined)?.roundedText === HIDDEN_BY_FORMAT);
  if (!hidden && midway !== null && Math.abs(midway - (outcome.score + asShown.score) / 2) < 0.25 * Math.abs(asShown.score - outcome.score)) return outcome;
  const notes = [...rounded.keys()].map((id) => {
    const e = cells.get(id)!;
    const raw = e.raw as Extract<RawEntry['raw'], { kind: 'number' }>;
    const text = (x: number) => (raw.percentFormat ? `${formatScore(x * 100)}%` : raw.percentSign ? `${formatScore(x)}%` : formatScore(x));
    // The stored number as far as it differs from the shown one: 0.899999999 is 「89.9999999%」, not a second 「90%」.
    const exact = (x: number) => String(Number(x.toPrecision(12)));
    const stored = raw.percentFormat ? `${exact(raw.value * 100)}%` : raw.percentSign ? `${exact(raw.value)}%` : exact(raw.value);
    const input = item.inputs.find((i) => i.id === id);
    return scopedProblem(scope, 'shown-rounded', { shown: raw.roundedText ?? text(raw.rounded!), stored, score: outcome.score!, shownScore: asShown.score! }, input, e.at, 'warning');
  });
  return { ...outcome, problems: [...outcome.problems, ...notes] };
}

/** The slot's cells whose format rounds them on screen to another number, with that number; null when none. */
function roundedOnScreen(item: ItemDef, cells: Map<string, RawEntry | undefined>): Map<string, number> | null {
  let out: Map<string, number> | null = null;
  for (const [id, e] of cells) if (e?.raw.kind === 'number' && e.raw.rounded !== undefined && !readAsTime(item, id, e.raw)) (out ??= new Map()).set(id, e.raw.rounded);
  return out;
}

/**
 * A number read as the Excel time it holds (values.ts lostTimeFormat): its rounding on screen is no other reading —
 * 0.00104166… through 0.00000 shows 「0.00104」, and 「按显示的值会得 10 分」 was said beside 00:01:30 read as 90 秒.
 */
function readAsTime(item: ItemDef, id: string, raw: RawEntry['raw']): boolean {
  const input = item.inputs.find((i) => i.id === id);
  const parsed = input ? parseRaw(input, raw) : undefined;
  return !!parsed?.ok && parsed.time !== undefined;
}

/** Reads every input of the slot and applies the item's rule. */
function scoreCells(item: ItemDef, cells: Map<string, RawEntry | undefined>, scope: SlotScope): SlotOutcome {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const values = new Map<string, Value>();
  // Made only when an input is blank: most slots have none, and a slot is scored for every item of every person.
  let blank: Set<string> | undefined;
  let emptyWords: Map<string, string> | undefined;
  let letterX: Set<string> | undefined;
  let deducted: Set<string> | undefined;
  const boxes = item.rule.kind === 'checklist' ? tickBoxes(item) : undefined;
  for (const input of item.inputs) {
    const read = readValue(input, boxes?.has(input.id) ? tickOf(item, cells.get(input.id)) : cells.get(input.id), scope);
    if (read.ok) {
      values.set(input.id, read.value);
      if (read.empty) (blank ??= new Set()).add(input.id);
      const raw = cells.get(input.id)?.raw;
      if (read.empty && raw?.kind === 'text' && cleanText(raw.value)) (emptyWords ??= new Map()).set(input.id, cleanText(raw.value));
      if (raw?.kind === 'text' && /^\s*[xXｘＸ]\s*$/.test(raw.value)) (letterX ??= new Set()).add(input.id);
      if (raw?.kind === 'number' && raw.deducted) (deducted ??= new Set()).add(input.id);
      if (read.warning) warnings.push(read.warning);
    } else if (input.reference) {
      // Reference data (参考数据,照填照留,不计分): its mistake is said, the cell kept as typed, and the item scored.
      warnings.push(reframe(read.problem, { notCounted: `${input.label}是参考数据,` }, 'warning'));
    } else problems.push(read.problem);
  }
  if (problems.length > 0) return { present: true, score: null, explanation: cannotScore(problems), problems: [...problems, ...warnings] };
  const report: Report = (code, inputId, params, severity) => {
    const input = inputId === undefined ? undefined : item.inputs.find((i) => i.id === inputId);
    // An input left empty often has no entry (readers skip empty cells): then point at a filled cell of the same
    // slot (奖惩分 for a missing 原因) rather than only at the person.
    const at = inputId === undefined ? undefined : (cells.get(inputId) ?? [...cells.values()].find((e) => e !== undefined))?.at;
    return scopedProblem(scope, code, params, input, at, severity);
  };
  try {
    // A total of the item's counts read into its first (RawEntry.total): named as the total in the explanation.
    const total = [...cells].find(([, e]) => e?.total !== undefined);
    const ruled = total ? { ...item, inputs: item.inputs.map((i) => (i.id === total[0] ? { ...i, label: total[1]!.total! } : i)) } : item;
    const out = applyRule({ rule: item.rule, item: ruled, values: inputValues(ruled, values, blank, emptyWords, letterX, deducted), report });
    return { present: true, ...out, problems: [...warnings, ...out.problems] };
  } catch (err) {
    if (!(err instanceof DefinitionError)) throw err;
    const p = scopedProblem(scope, 'definition-invalid', { case: 'rule', detail: err.message }, undefined, undefined);
    return { present: true, score: null, explanation: cannotScore([p]), problems: [p] };
  }
}

/**
 * The item's score with every cell left empty (准时出勤's 10 for no lateness), or all but those `filled` (by input id);
 * null when a blank leaves none (a required input). A figure the team typed beside blank cells that differs from it is
 * no total of theirs for those cells: 协调相关部门处理投诉's 3 beside 造成服务投诉 0 is one 不能较好协调, not its blank's 5.
 */
export function blankScore(item: ItemDef, filled: ReadonlyMap<string, RawEntry> = new Map()): number | null {
  return scoreCells(item, new Map(filled), { item, rater: '', personAt: {} }).score;
}

/** 无法计分:<first error>(另有 N 个问题). */
export function cannotScore(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0] ?? problems[0];
  if (!first) return '无法计分';
  const more = errors.length > 1 ? `(另有 ${errors.length - 1} 个问题)` : '';
  return `无法计分:${first.message}${more}`;
}

/** A checklist's boxes ticked or not (not those judged by a figure: 不规范处数, 回访率). */
function tickBoxes(item: ItemDef): Set<string> {
  if (item.rule.kind !== 'checklist') return new Set();
  return new Set(item.rule.inputs.filter((b) => typeof b === 'string' || (b.failAt === undefined && b.min === undefined && b.max === undefined)).map((b) => (typeof b === 'string' ? b : b.input)));
}

/**
 * A box of Excel's or WPS's own check boxes (插入 → 复选框) holds TRUE or FALSE: ticked or not, as the form's own first
 * words for them (√ and ×) say it. It was an error, 「实际为逻辑值「TRUE」」, on every box of a list ticked that way.
 */
function tickOf(item: ItemDef, entry: RawEntry | undefined): RawEntry | undefined {
  if (entry?.raw.kind !== 'boolean' || item.rule.kind !== 'checklist') return entry;
  const word = entry.raw.value ? (item.rule.yes?.[0] ?? '√') : (item.rule.no?.[0] ?? '×');
  return { ...entry, raw: { kind: 'text', value: word } };
}
