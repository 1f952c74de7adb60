// fast-check generators for the engine properties: valid entries for a person of a shipped definition,
// described as cells (item, input, rater, slot, value) so a property can change one value and score again.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { FormDef, InputDef, ItemDef, RaterDef } from '../../src/model/definition.js';
import { entryKey, type PersonEntries, type RawEntry, type RawValue } from '../../src/model/entries.js';

export function loadForm(id: string): FormDef {
  return JSON.parse(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8')) as FormDef;
}

export const SHEET = '3月';
/** Where the person was found (the name cell, as the sheet reader reports it); no entry lives there. */
export const PERSON_AT = { sheet: SHEET, cell: 'B2' };

/** absent: no entry at all (readers skip empty cells); empty: an empty cell; blank: spaces only. */
type EmptyStyle = 'absent' | 'empty' | 'blank';
type NumStyle = 'number' | 'text' | 'fullwidth' | 'unit' | 'thousands' | 'padded' | 'minus';
type PercentStyle = 'percent-text' | 'percent-fullwidth' | 'percent-format' | 'fraction-text' | 'plain';
type ChoiceStyle = 'label' | 'alias' | 'points' | 'points-text' | 'spaced';

export type CellValue =
  | { t: 'empty'; style: EmptyStyle; blank: string }
  | { t: 'num'; n: number; style: NumStyle | PercentStyle }
  /** xs = [] renders as 「无」. */
  | { t: 'list'; xs: number[]; sep: string }
  | { t: 'choice'; index: number; style: ChoiceStyle; alias: number }
  | { t: 'text'; s: string }
  /** Anything at all, for the junk property. */
  | { t: 'raw'; raw: RawValue };

export interface CellSpec {
  item: string;
  input: InputDef;
  rater: string;
  slot: number;
  v: CellValue;
}

// ---------------------------------------------------------------- rendering

/** ASCII → full-width (０-９, ．, －, ％, ，, ｅ …). */
export const fullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function numRaw(input: InputDef, n: number, style: NumStyle | PercentStyle): RawValue {
  if (input.type === 'percent' && /e/i.test(String(n)) && (style === 'percent-text' || style === 'percent-fullwidth')) return { kind: 'number', value: n / 100, percentFormat: true };
  if (input.type === 'percent') {
    switch (style) {
      case 'percent-text':
        return { kind: 'text', value: `${n}%` };
      case 'percent-fullwidth':
        return { kind: 'text', value: fullWidth(`${n}%`) };
      case 'percent-format':
        return { kind: 'number', value: n / 100, percentFormat: true };
      case 'fraction-text':
        return /e/i.test(String(n / 100)) ? { kind: 'number', value: n / 100 } : { kind: 'text', value: String(n / 100) };
      default:
        return { kind: 'number', value: n };
    }
  }
  const s = String(n);
  // Nobody types 1e+300 (and kpi refuses exponents in text, issue 9 item 5): such numbers come as number cells.
  if (/e/i.test(s)) return { kind: 'number', value: n };
  switch (style) {
    case 'text':
      return { kind: 'text', value: s };
    case 'fullwidth':
      return { kind: 'text', value: fullWidth(s) };
    case 'unit':
      return { kind: 'text', value: `${s}${input.unit ?? '分'}` };
    case 'thousands':
      return { kind: 'text', value: Number.isSafeInteger(n) ? grouped(n) : s };
    case 'padded':
      return { kind: 'text', value: `\u3000 ${s}\u200B ` };
    case 'minus':
      return { kind: 'text', value: n < 0 ? `\u2212${String(-n)}` : s };
    default:
      return { kind: 'number', value: n };
  }
}

function choiceRaw(input: InputDef, v: Extract<CellValue, { t: 'choice' }>): RawValue {
  const choices = input.choices ?? [];
  const c = choices[v.index % choices.length]!;
  const uniquePoints = choices.filter((x) => x.points === c.points).length === 1;
  switch (v.style) {
    case 'alias': {
      const aliases = c.aliases ?? [];
      return { kind: 'text', value: aliases.length > 0 ? aliases[v.alias % aliases.length]! : c.label };
    }
    case 'points':
      return uniquePoints ? { kind: 'number', value: c.points } : { kind: 'text', value: c.label };
    case 'points-text':
      return { kind: 'text', value: uniquePoints ? String(c.points) : c.label };
    case 'spaced':
      return { kind: 'text', value: ` ${fullWidth(c.label)}\u3000` };
    default:
      return { kind: 'text', value: c.label };
  }
}

/** The cell's content, or undefined for no entry at all. */
export function rawOf(cell: CellSpec): RawValue | undefined {
  const { v, input } = cell;
  switch (v.t) {
    case 'empty':
      return v.style === 'absent' ? undefined : v.style === 'empty' ? { kind: 'empty' } : { kind: 'text', value: v.blank };
    case 'num':
      return numRaw(input, v.n, v.style);
    case 'list':
      if (v.xs.length === 0) return { kind: 'text', value: '无' };
      if (v.xs.length === 1 && v.sep === '') return { kind: 'number', value: v.xs[0]! };
      return { kind: 'text', value: v.xs.map(String).join(v.sep || ',') };
    case 'choice':
      return choiceRaw(input, v);
    case 'text':
      return { kind: 'text', value: v.s };
    case 'raw':
      return v.raw;
  }
}

/** A fixed address per cell (its place in the list), so reordering the map keeps every location. */
export const cellAt = (i: number) => ({ sheet: SHEET, cell: `C${i + 4}` });

export function entriesOf(cells: readonly CellSpec[]): Map<string, RawEntry> {
  const entries = new Map<string, RawEntry>();
  cells.forEach((c, i) => {
    const raw = rawOf(c);
    if (raw !== undefined) entries.set(entryKey(c.item, c.input.id, c.rater, c.slot), { raw, at: cellAt(i) });
  });
  return entries;
}

export function personOf(cells: readonly CellSpec[], entries: Map<string, RawEntry> = entriesOf(cells)): PersonEntries {
  return { header: new Map([['name', '张三'], ['employeeId', 'A001'], ['department', '客服部']]), entries, at: PERSON_AT };
}

/** How a counterexample prints: 「M1.V = 52」, 「C1.level@peer#2 = text "优秀"」. */
function showCell(this: CellSpec): string {
  const raw = rawOf(this);
  const where = this.rater ? `${this.item}.${this.input.id}@${this.rater}#${this.slot}` : `${this.item}.${this.input.id}`;
  if (raw === undefined) return `${where} (no entry)`;
  const value = raw.kind === 'empty' ? '' : raw.kind === 'formula-without-result' ? raw.formula : raw.kind === 'text' || raw.kind === 'date' || raw.kind === 'error' ? JSON.stringify(raw.value) : String(raw.value);
  return `${where} = ${raw.kind}${raw.kind === 'number' && raw.percentFormat ? '%' : ''} ${value}`;
}

export const cellSpec = (item: string, input: InputDef, rater: string, slot: number, v: CellValue): CellSpec =>
  Object.assign({ item, input, rater, slot, v }, { [fc.toStringMethod]: showCell });

export const findCell = (cells: readonly CellSpec[], item: string, input: string, rater = '', slot = 1): number =>
  cells.findIndex((c) => c.item === item && c.input.id === input && c.rater === rater && c.slot === slot);

// ---------------------------------------------------------------- valid values

const HUGE_COUNTS = [1000, 12345, 2 ** 31, 2 ** 53 - 1, 2 ** 53, 1e21, 1e300, 1e308, Number.MAX_VALUE];
const numStyle = fc.constantFrom<NumStyle>('number', 'number', 'text', 'fullwidth', 'unit', 'thousands', 'padded', 'minus');
const percentStyle = fc.constantFrom<PercentStyle>('percent-text', 'percent-fullwidth', 'percent-format', 'fraction-text', 'plain');
// Not 「无」: that is how people write "no reason" (issue 12), which a non-zero 奖惩分 does not accept. Nor a reason that
// says a sign (「表扬信」, 「客户投诉」): beside points of the other sign that is refused (reason-sign), and the points here
// take either sign.
const REASONS = ['客户来信', '质检抽查', '月度服务之星', '协助培训新人', '漏接来电'];

const emptyCell = (): fc.Arbitrary<CellValue> =>
  fc.record({
    t: fc.constant('empty' as const),
    style: fc.constantFrom<EmptyStyle>('absent', 'absent', 'empty', 'blank'),
    blank: fc.constantFrom(' ', '\u3000', '  \u200B ', '\t'),
  });

/** Numbers within [min, max]: whole numbers mostly, decimals for non-integer inputs, huge counts when unbounded above. */
function numberIn(input: InputDef): fc.Arbitrary<number> {
  const lo = input.min ?? -1000;
  const hi = input.max ?? lo + 40;
  const whole = fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) });
  const options: fc.WeightedArbitrary<number>[] = [{ arbitrary: whole, weight: 5 }];
  if (input.type !== 'integer') options.push({ arbitrary: fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }), weight: 3 });
  if (input.max === undefined) {
    const huge = HUGE_COUNTS.filter((n) => n >= lo);
    if (huge.length > 0) options.push({ arbitrary: fc.constantFrom(...huge), weight: 2 });
  }
  return fc.oneof(...options);
}

/** A valid value for one input (empty only when the input is optional). */
export function validCell(input: InputDef): fc.Arbitrary<CellValue> {
  let filled: fc.Arbitrary<CellValue>;
  switch (input.type) {
    case 'number':
    case 'integer':
      filled = fc.record({ t: fc.constant('num' as const), n: numberIn(input), style: numStyle });
      break;
    case 'percent':
      filled = fc.record({
        t: fc.constant('num' as const),
        n: fc.oneof(fc.integer({ min: input.min ?? 0, max: input.max ?? 100 }), fc.double({ min: input.min ?? 0, max: input.max ?? 100, noNaN: true })),
        style: percentStyle,
      });
      break;
    case 'list': {
      const lo = input.min ?? 0;
      const hi = input.max ?? lo + 10;
      const element = fc.oneof(fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }), fc.double({ min: lo, max: hi, noNaN: true }));
      filled = fc.record({
        t: fc.constant('list' as const),
        xs: fc.array(element, { minLength: 0, maxLength: 8 }),
        sep: fc.constantFrom('', ',', ',', '、', ' ', ';', ' , '),
      });
      break;
    }
    case 'choice':
      filled = fc.record({
        t: fc.constant('choice' as const),
        index: fc.nat(),
        style: fc.constantFrom<ChoiceStyle>('label', 'alias', 'points', 'points-text', 'spaced'),
        alias: fc.nat(),
      });
      break;
    case 'text':
      filled = fc.record({ t: fc.constant('text' as const), s: fc.constantFrom(...REASONS) });
      break;
  }
  return input.optional ? fc.oneof({ arbitrary: filled, weight: 2 }, { arbitrary: emptyCell(), weight: 1 }) : filled;
}

/** Valid values for every input of one slot; an adjustment other than 0 gets a reason. */
function slotCells(item: ItemDef, rater: string, slot: number): fc.Arbitrary<CellSpec[]> {
  return fc.tuple(fc.tuple(...item.inputs.map(validCell)), fc.constantFrom(...REASONS)).map(([values, reason]) => {
    const cells = item.inputs.map((input, k) => cellSpec(item.id, input, rater, slot, values[k]!));
    if (item.rule.kind === 'adjustment') {
      const { input: pointsId, reason: reasonId } = item.rule;
      const points = cells.find((c) => c.input.id === pointsId)!.v;
      const why = cells.find((c) => c.input.id === reasonId)!;
      if (points.t === 'num' && points.n !== 0 && why.v.t === 'empty') why.v = { t: 'text', s: reason };
    }
    return cells;
  });
}

/** A slot nobody filled: no entries, or empty / blank cells. */
function absentSlot(item: ItemDef, rater: string, slot: number): fc.Arbitrary<CellSpec[]> {
  return fc.tuple(...item.inputs.map(() => emptyCell())).map((values) => item.inputs.map((input, k) => cellSpec(item.id, input, rater, slot, values[k]!)));
}

function groupCells(item: ItemDef, group: RaterDef): fc.Arbitrary<CellSpec[]> {
  const present = (slot: number) => slotCells(item, group.id, slot);
  const maybe = (slot: number) => fc.oneof(present(slot), absentSlot(item, group.id, slot));
  if (group.required) return present(1);
  if (!group.multiple) return maybe(1);
  // Declared slots plus a couple more (the engine takes any number of peers).
  const slots = Array.from({ length: (group.slots ?? 1) + 2 }, (_, k) => k + 1);
  return fc.tuple(...slots.map(maybe)).map((xs) => xs.flat());
}

/** Valid entries for one person of `form`: every item, every required rater group, others at random. */
export function validCells(form: FormDef): fc.Arbitrary<CellSpec[]> {
  const perItem = form.parts.flatMap((p) =>
    p.items.map((item) => {
      const groups = item.raters === 'none' ? [] : (form.raters ?? []);
      if (groups.length === 0) return slotCells(item, '', 1);
      return fc.tuple(...groups.map((g) => groupCells(item, g))).map((xs) => xs.flat());
    }),
  );
  return fc.tuple(...perItem).map((xs) => xs.flat());
}

// ---------------------------------------------------------------- junk

const JUNK_TEXT = [
  '', ' ', '\u3000', '\u200B', 'NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '1e308', '-1e308', '1e-400',
  '两次', '无', '没有', '优秀', '５级', '９０％', '１，０００', '3,2,5', '2,,3', '1,2', '0x10', '1/2', '#N/A', '=SUM(A1:A3)',
  'TRUE', '是', '√', '－５', '\u22123', '5', '0', '12', '85', '100%', '120%', '0.5', '-0', '+7', '1.5次', '3 分', 'abc', '😀', '\u0000',
  '１２３４５６７８９０１２３４５６７８９０１２３４５',
];

/** Plausible numbers, in range for some inputs and not for others (−10 … 120, as numbers or text). */
const plausible: fc.Arbitrary<RawValue> = fc
  .tuple(fc.integer({ min: -10, max: 120 }), fc.boolean())
  .map(([n, asText]): RawValue => (asText ? { kind: 'text', value: String(n) } : { kind: 'number', value: n }));

export const junkRaw: fc.Arbitrary<RawValue> = fc.oneof(
  { arbitrary: plausible, weight: 3 },
  fc.constantFrom(...JUNK_TEXT).map((value): RawValue => ({ kind: 'text', value })),
  fc.string({ unit: 'binary', maxLength: 12 }).map((value): RawValue => ({ kind: 'text', value })),
  fc.string({ unit: 'grapheme-ascii', maxLength: 10 }).map((value): RawValue => ({ kind: 'text', value: fullWidth(value) })),
  fc.record({
    kind: fc.constant('number' as const),
    value: fc.oneof(
      fc.double(),
      fc.integer({ min: -10, max: 120 }),
      fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, NaN, Infinity, -Infinity, -0),
    ),
    percentFormat: fc.boolean(),
  }),
  fc.boolean().map((value): RawValue => ({ kind: 'boolean', value })),
  fc.constantFrom('#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?').map((value): RawValue => ({ kind: 'error', value })),
  fc.constantFrom('2024-03-01', '2024-03-31T00:00:00.000Z', '1900-01-00').map((value): RawValue => ({ kind: 'date', value })),
  fc.constantFrom('=A1/B1', 'SUM(C3:C9)', '').map((formula): RawValue => ({ kind: 'formula-without-result', formula })),
  fc.constant<RawValue>({ kind: 'empty' }),
);

/** Valid cells with 1–4 of them (possibly absent ones) replaced by junk. */
export function junkCells(form: FormDef): fc.Arbitrary<CellSpec[]> {
  return validCells(form).chain((cells) =>
    fc.array(fc.tuple(fc.nat({ max: cells.length - 1 }), junkRaw), { minLength: 1, maxLength: 4 }).map((junk) => {
      const out = cells.map((c) => ({ ...c }));
      for (const [i, raw] of junk) out[i]!.v = { t: 'raw', raw };
      return out;
    }),
  );
}
