import type { FormDef, HeaderField, InputDef, ItemDef, PartDef, RaterDef } from '../model/definition.js';
import { labelKey } from './normalize.js';
import { raterGroups, sharedItemLabels, soleInput } from '../engine/definition.js';

export type ColumnTarget =
  | { kind: 'header'; field: HeaderField }
  /** bare: a group of several headed without its number (「·客户」, a copy of one customer): slot 1, named as written. */
  | { kind: 'entry'; item: ItemDef; input: InputDef; rater: RaterDef | null; slot: number; bare?: true };

/** Where a roster's headings are: the heading row, what each column names, headings kpi does not know or saw twice. */
export interface RosterColumns {
  headerRow: number;
  columns: Map<number, ColumnTarget>;
  unknown: Array<{ col: number; text: string }>;
  /** Headings naming a column already found (`of`): read only to check that they say the same. */
  /** months: the two headings are noted with two months, neither the rows' (a blank in one is no agreement). */
  /** sum: 加分 | 扣分 under 「奖惩」 (`of` the other): this column's side, added to (or, minus, taken off) `of`'s points. */
  /** join: 加分原因 | 扣分原因 beside that pair (`of` the other): this column's text joined to `of`'s reason. */
  duplicates: Array<{ col: number; text: string; of: number; months?: true; sum?: 'plus' | 'minus'; join?: true }>;
  /** A box of the team's beside the table (a legend, a lookup), past an empty column: not read, listed as ignored. */
  boxes?: Array<{ col: number; text: string }>;
  /** A second table beside this one (the same headings again past its last column): its columns, its 姓名's, not read. */
  side?: { from: number; to: number; nameCol: number; fields: Map<number, string> };
  /** Items whose counts one column gives in all (itemTotals.ts): their other counts are not missing. */
  totals?: Set<ItemDef>;
  /**
   * A column headed by a checklist criterion of several boxes (criterionColumns.ts): the boxes it answers besides the one
   * in `columns`, each read from the same cell.
   */
  alsoFor?: Map<number, ColumnTarget[]>;
}

/** What a roster's columns answer: each column's target, and the further boxes a criterion's column answers (alsoFor). */
export function columnTargets(layout: RosterColumns): ColumnTarget[] {
  return [...layout.columns.values(), ...[...(layout.alsoFor?.values() ?? [])].flat()];
}

const MAX_SLOTS = 20;

/** Finds what a roster heading (its labelKey) names; see columnDictionary. */
export interface ColumnDictionary {
  get(key: string): ColumnTarget | undefined;
  /** The form's raters, for a heading whose note names one (「客户信息管理(个人自评)」). */
  readonly raters: readonly RaterDef[];
}

type Part = 'item' | 'input' | 'rater';
interface RaterText {
  rater: RaterDef | null;
  slot: number;
  bare?: true;
}

/** Names of one kind keyed by labelKey, and the key lengths present (where a heading may be cut). */
class NameIndex<T> {
  readonly byKey = new Map<string, T[]>();
  readonly lengths: number[] = [];

  add(key: string, value: T): void {
    const list = this.byKey.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
      return;
    }
    this.byKey.set(key, [value]);
    if (!this.lengths.includes(key.length)) this.lengths.push(key.length);
  }
}

/**
 * Every heading a roster column may carry for this form: 「项目·输入」, 「项目·输入·评分人」, 「项目·评分人」 for
 * single-input items, aliases and ids in any of those places, rater slots 「同事评2」, an input named alone
 * (「旷工」) when no other input or header field shares the name, the item alone for the rater whose entry
 * counts. A heading that two targets could claim is dropped rather than guessed.
 *
 * Built as one index per kind of name and a heading is cut into names on lookup, so the cost is linear
 * in the names of the form and in the headings read, never their product (50 aliases of an item times
 * 50 of an input times 20 rater slots once made a dictionary of millions of keys).
 */
export function columnDictionary(form: FormDef): ColumnDictionary {
  const names = new FormNames(form);
  const memo = new Map<string, ColumnTarget | undefined>();
  return {
    raters: form.raters ?? [],
    get(key: string): ColumnTarget | undefined {
      if (!key) return undefined;
      if (memo.has(key)) return memo.get(key);
      const found = names.targets(key);
      const one = found.length === 1 ? found[0] : undefined;
      if (memo.size < 10_000) memo.set(key, one);
      return one;
    },
  };
}

type Cut = (part: Part) => string;

/** The names of one form, one index per kind, and the ways a heading reads as them. */
class FormNames {
  private readonly headers = new NameIndex<HeaderField>();
  private readonly items = new NameIndex<ItemDef>();
  private readonly inputs = new NameIndex<{ item: ItemDef; input: InputDef }>();
  /** How many inputs carry each input name: one named alone must be the only one. */
  private readonly inputNameCount = new Map<string, number>();
  private readonly raters = new NameIndex<RaterText>();
  /** The rater whose entry an item's name alone stands for: the required single rater who counts most. */
  private readonly primary: RaterDef | undefined;
  /** The rater groups of each item (its own, its part's or the form's); null = the item has no raters. */
  private readonly groupsOf: Map<ItemDef, RaterDef[] | null>;
  private readonly indexOf: Record<Part, NameIndex<unknown>>;

  constructor(form: FormDef) {
    for (const field of form.header.concat(form.footer ?? [])) for (const name of [field.label, ...(field.aliases ?? [])]) this.headers.add(labelKey(name), field);
    for (const item of items(form)) {
      for (const n of itemNames(form, item)) this.items.add(labelKey(n), item);
      for (const input of item.inputs) {
        for (const k of new Set(names(input).map(labelKey))) {
          this.inputs.add(k, { item, input });
          this.inputNameCount.set(k, (this.inputNameCount.get(k) ?? 0) + 1);
        }
      }
    }
    this.raters.add('', { rater: null, slot: 1 });
    for (const rater of form.raters ?? []) {
      for (const { texts, slot, bare } of raterVariants(rater)) for (const t of texts) this.raters.add(t, bare ? { rater, slot, bare } : { rater, slot });
    }
    this.primary = bareHeadingRater(form);
    this.groupsOf = new Map(items(form).map((item) => [item, raterGroups(form, item)] as const));
    this.indexOf = { item: this.items, input: this.inputs, rater: this.raters };
  }

  /** Everything `key` (a heading's labelKey) may name; more than one means it names nothing for sure. */
  targets(key: string): ColumnTarget[] {
    const out: ColumnTarget[] = [];
    const add = (t: ColumnTarget) => {
      if (!out.some((o) => sameTarget(o, t))) out.push(t);
    };
    for (const field of this.headers.byKey.get(key) ?? []) add({ kind: 'header', field });
    if (!this.beginsWithName(key)) return out;
    const entry = (item: ItemDef, input: InputDef, r: RaterText) => add(r.bare ? { kind: 'entry', item, input, rater: r.rater, slot: r.slot, bare: r.bare } : { kind: 'entry', item, input, rater: r.rater, slot: r.slot });
    this.itemInputRater(key, entry);
    this.itemRater(key, entry);
    this.itemAlone(key, entry);
    this.inputAlone(key, entry);
    return out;
  }

  /** 「项目·输入·评分人」 in any of three orders. */
  private itemInputRater(key: string, entry: EntrySink): void {
    for (const at of this.readings(key, [['item', 'input', 'rater'], ['item', 'rater', 'input'], ['rater', 'item', 'input']])) {
      for (const item of this.items.byKey.get(at('item'))!) {
        for (const { item: owner, input } of this.inputs.byKey.get(at('input'))!) {
          if (owner !== item) continue;
          for (const r of this.raters.byKey.get(at('rater'))!) {
            if (this.ratedBy(item, r)) entry(item, input, r);
            // 「项目·填写项」 with no rater, on a form of raters: the rater whose entry counts, as the item alone is read
            // (after-sales 「客户信息管理·达成率」 asked to be renamed 「·上级」; cs-specialist 「文档编写·得分」 was refused).
            else if (r.rater === null && this.primary && soleInput(item) === input && this.groupsOf.get(item)?.includes(this.primary)) entry(item, input, { rater: this.primary, slot: 1 });
          }
        }
      }
    }
  }

  /** 「项目·评分人」 for an item of one input (soleInput). */
  private itemRater(key: string, entry: EntrySink): void {
    for (const at of this.readings(key, [['item', 'rater'], ['rater', 'item']])) {
      for (const item of this.items.byKey.get(at('item'))!) {
        const input = soleInput(item);
        if (!input) continue;
        for (const r of this.raters.byKey.get(at('rater'))!) if (this.ratedBy(item, r)) entry(item, input, r);
      }
    }
  }

  /** The item alone, for the rater whose entry counts. */
  private itemAlone(key: string, entry: EntrySink): void {
    if (!this.primary) return;
    for (const item of this.items.byKey.get(key) ?? []) {
      const input = soleInput(item);
      if (input && this.groupsOf.get(item)?.includes(this.primary)) entry(item, input, { rater: this.primary, slot: 1 });
    }
  }

  /** An input named alone, when the name is its own: 「旷工」, 「旷工·上级」. */
  private inputAlone(key: string, entry: EntrySink): void {
    for (const at of this.readings(key, [['input', 'rater'], ['rater', 'input']])) {
      const inp = at('input');
      if (this.inputNameCount.get(inp) !== 1 || this.headers.byKey.has(inp)) continue;
      for (const { item, input } of this.inputs.byKey.get(inp)!) {
        for (const r of this.raters.byKey.get(at('rater'))!) if (this.ratedBy(item, r)) entry(item, input, r);
      }
    }
  }

  /**
   * Every reading below starts with an item, input or rater name (a rater may be '', then the item or input
   * starts it): a key that begins with none — a person's name, a number, most cells a guess looks at, for
   * each of the forms — names no entry, found without trying every order.
   */
  private beginsWithName(key: string): boolean {
    for (const index of [this.items, this.inputs, this.raters]) {
      for (const n of index.lengths) if (n > 0 && n <= key.length && index.byKey.has(key.slice(0, n))) return true;
    }
    return false;
  }

  private ratedBy(item: ItemDef, r: RaterText): boolean {
    const groups = this.groupsOf.get(item) ?? null;
    return groups ? r.rater !== null && groups.includes(r.rater) : r.rater === null;
  }

  /** Every reading of `key` as named parts in one of these orders: the name each part got. */
  private *readings(key: string, orders: Part[][]): Generator<Cut> {
    for (const order of orders) {
      for (const cut of this.cuts(key, order)) yield (p: Part) => cut[order.indexOf(p)]!;
    }
  }

  /** Every way to read `key` as the named parts in this order, each part a known name. */
  private *cuts(key: string, order: Part[], from = 0, found: string[] = []): Generator<string[]> {
    const [part, ...rest] = order;
    const index = this.indexOf[part!];
    if (!rest.length) {
      const last = key.slice(from);
      if (index.byKey.has(last)) yield [...found, last];
      return;
    }
    for (const n of index.lengths) {
      const piece = key.slice(from, from + n);
      if (piece.length === n && index.byKey.has(piece)) yield* this.cuts(key, rest, from + n, [...found, piece]);
    }
  }
}

type EntrySink = (item: ItemDef, input: InputDef, r: RaterText) => void;

/**
 * The rater an item's name alone stands for in a roster heading (「文档编写」): in one rater's copy of the form
 * (raterCopy: 自评's, 同事评's) that rater; else the required single rater who counts most (主管).
 */
export function bareHeadingRater(form: Pick<FormDef, 'raters'>): RaterDef | undefined {
  const raters = form.raters ?? [];
  if (raters.length === 1) return raters[0];
  return [...raters].filter((r) => r.required && r.weight > 0 && !r.multiple).sort((a, b) => b.weight - a.weight)[0];
}

export function items(form: FormDef): ItemDef[] {
  return form.parts.flatMap((p) => p.items);
}

/** Every item's label and aliases, as keys (labelKey): a sheet naming these lists the form's items. */
export function itemNameKeys(form: FormDef): Set<string> {
  return new Set(items(form).flatMap((i) => [i.label, ...(i.aliases ?? [])]).map(labelKey));
}

/**
 * The names a roster heading may give an item. An item whose name another part shares (§4: 日常行为 in 个人绩效 and in
 * 超预期表现) is named with its part: 「超预期表现·日常行为」; its id stays unique.
 */
export function itemNames(form: FormDef, item: ItemDef): string[] {
  const part = form.parts.find((p) => p.items.includes(item));
  if (!part) return names(item);
  // With its part before it as well (「服务质量·服务态度」, one row of headings as a two-row heading reads): §19 was
  // 「没有找到表头」 when every heading said its part. The part's points may be left out (「服务态度·对待业主友好积极」
  // for 服务态度(30分)), as a team retyping the heading does.
  const parts = partNames(part);
  const own = [item.label, ...(item.aliases ?? [])];
  const withPart = parts.filter((p) => p !== item.label).flatMap((p) => own.map((n) => `${p}·${n}`));
  if (sharedItemLabels(form).has(item.label)) return [...withPart, item.id];
  // The part's name alone for its only item (文件处理(10分) → 资料整理和文件记录的准确性): the part is that item.
  const alone = part.items.length === 1 ? parts.filter((p) => p !== item.label) : [];
  return [...names(item), ...withPart, ...alone];
}

/** A part's label, and without the points or weight it prints (「服务态度(30分)」, 「能力(20)」, 「业绩(50%)」). */
function partNames(part: PartDef): string[] {
  const bare = part.label.replace(/\s*[((]\s*\d+(?:\.\d+)?\s*(?:分|%|%)?\s*[))]\s*$/, '');
  return bare && bare !== part.label ? [part.label, bare] : [part.label];
}

/**
 * The names that stand for an item less surely than its own (labelKeys): its one-item part's name alone (「文件处理」,
 * also a team's subtotal or grade column), and its own name alone when it has several inputs (「员工基本标准」 for its
 * 不符合项数). Beside a column named surely, such a column is the team's own, not a second copy to compare.
 */
export function looserItemNames(form: FormDef, item: ItemDef): string[] {
  const part = form.parts.find((p) => p.items.includes(item));
  const alone = part && part.items.length === 1 && !sharedItemLabels(form).has(item.label) ? partNames(part).filter((p) => p !== item.label) : [];
  const own = item.inputs.length > 1 ? [item.label, ...(item.aliases ?? [])] : [];
  return [...alone, ...own].map(labelKey);
}

/** The label a heading prints for an item: 「超预期表现·日常行为」 when another part has an item of the same name. */
export function itemHeading(form: FormDef | undefined, item: ItemDef): string {
  return form ? itemNames(form, item)[0]! : item.label;
}

function names(x: { id: string; label: string; aliases?: string[] }): string[] {
  return [x.label, ...(x.aliases ?? []), x.id];
}

/** The texts that name a rater slot: 「上级」, 「同事评2」, 「同事2」; '' when the form has no raters. */
function raterVariants(rater: RaterDef | null): Array<{ texts: string[]; slot: number; bare?: true }> {
  if (!rater) return [{ texts: [''], slot: 1 }];
  const base = [...new Set(names(rater).flatMap((n) => [labelKey(n), stemOf(labelKey(n))]).filter((k) => k !== ''))];
  // 「客户2」 beside 「客户」 for a rater of one: a second copy of that rater's column, compared with it person by person.
  if (!rater.multiple) return [{ texts: [...base, ...base.flatMap((b) => [1, 2, 3].map((n) => `${b}${n}`))], slot: 1 }];
  // The group named without a number (「客户」) is its first slot, kept apart so that messages name it as written.
  const out: Array<{ texts: string[]; slot: number; bare?: true }> = [{ texts: base, slot: 1, bare: true }];
  for (let slot = 1; slot <= MAX_SLOTS; slot++) out.push({ texts: base.flatMap((b) => slotNames(slot).map((n) => `${b}${n}`)), slot });
  return out;
}

/** How a group's n-th rater is numbered in headings: 面试官2, 面试官B, 面试官乙, 面试官二 (keys, lower case). */
export function slotNames(slot: number): string[] {
  const letter = slot <= 26 ? String.fromCharCode(96 + slot) : undefined;
  const stem = '甲乙丙丁戊己庚辛壬癸'[slot - 1];
  const chinese = '一二三四五六七八九十'[slot - 1];
  return [String(slot), ...(letter ? [letter] : []), ...(stem ? [stem] : []), ...(chinese ? [chinese] : [])];
}

/**
 * A rater's name without its last word, as headings shorten it: 「间接主管」→「间接」, 「客户评」→「客户」. '' when nothing of
 * two characters is left (「主管」, 「自评」). Two raters shortened alike name neither (a heading two targets claim is dropped).
 */
export function stemOf(key: string): string {
  const stem = key.replace(/(主管|评价|评)$/, '');
  return stem !== key && [...stem].length >= 2 ? stem : '';
}

function sameTarget(a: ColumnTarget, b: ColumnTarget): boolean {
  if (a.kind === 'header' || b.kind === 'header') return a.kind === 'header' && b.kind === 'header' && a.field === b.field;
  return a.item === b.item && a.input === b.input && a.rater === b.rater && a.slot === b.slot;
}

/** The heading a template prints for a roster column. */
export function columnHeading(item: ItemDef, input: InputDef, rater: RaterDef | null, slot: number, form?: FormDef): string {
  const parts = [itemHeading(form, item)];
  if (item.inputs.length > 1) parts.push(input.label);
  if (rater) parts.push(rater.multiple ? `${rater.label}${slot}` : rater.label);
  return parts.join('·');
}
