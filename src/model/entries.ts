// What the readers hand the engine: raw cell values per person, with where each came from. Plain data, no Excel types.
import type { Location } from './location.js';
import type { Problem } from './problem.js';

export type { Location } from './location.js';

/** A cell's content as read, before checking; no Excel types. */
export type RawValue =
  /** struck: the cell's text, every bit of it struck through (font strike): crossed out, read as blank (struckText.ts). */
  | { kind: 'empty'; struck?: string }
  /**
   * percentFormat: shown × 100 with a % (0%: 0.35 shows 「35%」). percentSign: shown as it is with a % typed into the
   * format as text (0"%": 1 shows 「1%」), so the value is the percent itself. suffix: a word the format shows after
   * the number (0.0"万": 10.8 shows 「10.8万」). shown: the number as its format of fixed decimals shows it, where that
   * differs (0.00: 2026.1 shows 「2026.10」, a month; 0.0,"K": 100000 shows 「100.0」), for text read from it and messages. rounded: the number as its format rounds it
   * on screen, where that is another number (0%: 0.895 shows 「90%」, 0.9; 0: 29.6 shows 「30」) — scored as stored, as
   * Excel's own formulas compute with it, but said where the rounding would have scored otherwise; roundedText: as shown.
   * percentByColumn: a bare 0.5 given its percentSign by its column's other figures (20, 15: readRoster), not by the cell — said there;
   * 'sheets': by the same cell of the other people's own sheets (sheetPercents.ts).
   * deducted: a positive figure typed under a heading of points taken off (「奖惩分(扣分)」), read as its negative
   * (io/adjustmentWords.ts asDeduction): `value` is −3 for the 3 typed, and a message says so.
   * formula: a formula's result. places: the decimals a fixed-decimals format shows (0.0 → 1, 0.00000 → 5; none for
   * General or @) — with formula, what tells a time pasted as values from a number typed (values.ts lostTimeFormat).
   */
  | { kind: 'number'; value: number; percentFormat?: boolean; percentSign?: boolean; percentByColumn?: true | 'sheets'; suffix?: string; shown?: string; rounded?: number; roundedText?: string; formula?: true; places?: number; deducted?: true }
  /**
   * symbol: the cell's font draws pictures for letters (Wingdings 2's R is ☑): the letters typed, the font, and whether
   * kpi knows every shape — then `value` is what is shown and `reads` the mark a lone tick or cross stands for (√ / ×);
   * otherwise `value` is the letters typed, and a tick answer there is refused as a picture kpi cannot read.
   * struck: runs of the cell's text struck through (「~~3~~2」, a figure corrected), left out of `value`: their text.
   */
  | { kind: 'text'; value: string; symbol?: { font: string; typed: string; known: boolean; reads?: '√' | '×' }; struck?: string }
  | { kind: 'boolean'; value: boolean }
  /**
   * elapsed: a duration's cell ([ss], [mm]:ss), shown as Excel shows it (7776000 seconds), not a date; seconds: its
   * length in seconds.
   */
  | { kind: 'date'; value: string; elapsed?: true; seconds?: number }
  | { kind: 'error'; value: string }
  | { kind: 'formula-without-result'; formula: string };

export { HIDDEN_BY_FORMAT } from './shown.js';

export interface RawEntry {
  raw: RawValue;
  at: Location;
  /**
   * The cell is the item's total of counts (§12 「话务质量(次)」, every kind costing the same), read into its first
   * count: the explanation names it so (「违反次数合计」), not as that one kind.
   */
  total?: string;
}

/** Key of one entry: item, input, rater group and slot (1-based); rater '' when the form has no raters. */
export function entryKey(item: string, input: string, rater = '', slot = 1): string {
  return `${item}\u0000${input}\u0000${rater}\u0000${slot}`;
}

/** Key of a rater group's slot in PersonEntries.slotLabels. */
export function slotLabelKey(rater: string, slot: number): string {
  return `${rater}\u0000${slot}`;
}

/** The rater group an entry key names ('' for an item without raters). */
export function raterOfKey(key: string): string {
  // Sliced, not split: it is asked of every entry of every person (50,000 people, 30 entries each).
  const a = key.indexOf('\u0000');
  const b = a < 0 ? -1 : key.indexOf('\u0000', a + 1);
  if (b < 0) return '';
  const c = key.indexOf('\u0000', b + 1);
  return key.slice(b + 1, c < 0 ? undefined : c);
}

/** A person's filled cells as one text, as read (where each came from left out). */
export function marksKey(p: Pick<PersonEntries, 'entries'>): string {
  return [...p.entries].filter(([, e]) => e.raw.kind !== 'empty').map(([k, e]) => `${k}\u0001${JSON.stringify(e.raw)}`).sort().join('\u0002');
}

/** Everything read for one person from one sheet or row. */
export interface PersonEntries {
  /** Header values keyed by HeaderField.id. */
  header: Map<string, string>;
  entries: Map<string, RawEntry>;
  /** Where the person was found (sheet name, row), for problems that belong to no cell. */
  at: Location;
  /** A roster's row: the header fields (姓名, 工号 …) are columns of this row, not cells at the top of a sheet. */
  inRow?: true;
  /**
   * A slot of a group of several named otherwise than 「客户1」 where the file heads it (slotLabelKey → 「客户」): a copy of
   * one customer headed 「…·客户」, or a second copy's 「客户1」 combined as 客户2. Messages name it as the file does.
   */
  slotLabels?: ReadonlyMap<string, string>;
  /**
   * A person's sheet: the heading of each slot of a group of several, as the sheet heads it (slotLabelKey →
   * 「面试官李主管」, 「面试官2」) — who a column names, told against that member's own copy (memberInTable.ts).
   */
  slotHeadings?: ReadonlyMap<string, string>;
  /** A roster's header columns headed otherwise than the field's label (「编号」 for 工号), by HeaderField.id: messages name them so. */
  headedAs?: ReadonlyMap<string, string>;
  /** Cell of each header value, keyed by HeaderField.id (a duplicate 工号 is reported at its 工号 cell). */
  headerCells?: Map<string, string>;
  /** A header value another rater's copy gave (a 部门定级 only the 间接主管 typed): where, file and cell, by field id. */
  headerFrom?: Map<string, Location>;
  /** Typed grades the raters' copies gave differently (「良好(1 份)、一般(1 份)」 in `header`): no grade of its own. */
  headerDiffers?: ReadonlySet<string>;
  /** Another person's form pasted beside this one on the sheet, not read: their name, its cell, and the error said. */
  beside?: Array<{ name: string; cell: string; problem: Problem }>;
  /** Problems of this person found while reading (its row missing from an export): errors leave it unscored. */
  problems?: Problem[];
  /**
   * One of several people's sheets, its name blank and its tab no one's name (「第5张」 beside tabs 张三, 「Sheet3」): the
   * tab, said with the blank name — 「表头「姓名」未填写」 alone left the team looking for a name the tab might give.
   */
  tabNoName?: string;
  /**
   * Entry keys whose source could not give a value (a person missing from the export, a heading given twice with two
   * answers; said in `problems`): their items are not scored.
   */
  withheld?: ReadonlySet<string>;
  /**
   * The month the sheet's title or month line states (「2026年2月…考核表」, 「…2月份…」), 考核月份 blank: two sheets alike in
   * every cell but this are two months' sheets, not a copy (m1: 「张三 2月」 titled 2026年2月 beside 「张三」 titled 2026年3月).
   */
  sheetMonth?: string;
  /** No entry of this person could be read (their sheet's column to fill in not found, said in `problems`): every item
   * is unscored without a problem of its own, and the person still shows, unscored, in the results. */
  unread?: true;
  /** Raters' copies combined: the copy of the rater that counts has this person's row or sheet left blank (its file). */
  blankIn?: string;
  /** Raters' copies combined: the counting rater's copy has this person's row hidden, not read (its file, sheet!cell). */
  hiddenIn?: { file: string; sheet: string; cell: string };
  /** A person's sheet whose columns to fill stand under 「得分」 (the seed's 得分 over 自评 | 上级): figures there are scores. */
  scoreHeaded?: true;
  /**
   * A person's sheet: entry keys of rates whose row is labelled in % (「平均效率(%)」): the label gives the unit, so a bare
   * 17 there is 17 %, not the item's points (as a roster's column headed in % is read).
   */
  percentLabelled?: ReadonlySet<string>;
  /** The team's own 总分 / 等级, typed in the sheet (a roster's 总分 column, a form's 总分 row): compared with kpi's. */
  typed?: {
    total?: RawEntry;
    band?: RawEntry;
    /**
     * A roster's bare 「扣分」 beside the form's one signed adjustment (§8 其它·奖惩分): the team's figure of the points the
     * person lost, compared with the items' loss (scoreForm lostDifferences).
     */
    lost?: RawEntry;
    /** That column's heading as written (「扣分」, 「罚分」): named so in what is said. */
    lostField?: string;
    /**
     * A roster's column of one item's points lost (「纪律扣分」, 「服务扣分」, 「扣分小计」 among the items): the team's figure, compared with
     * that item's loss. item: the item's id, or none for a subtotal among the items' columns (「扣分小计」) or a column of the
     * whole after them (「总扣分」 beside 「扣分合计」); among: where the subtotal stands — the item just left of it, the items
     * since the previous such column, all the items left of it (ids); field: the heading as written.
     */
    itemLost?: Array<{ item?: string; field: string; entry: RawEntry; among?: { left: string; since: string[]; before: string[] } }>;
    /** The grade line's own name when it is not 等级 (§9's 绩效总结): named so in what is said. */
    bandField?: string;
    /** A form sheet's item scores typed in its 得分 column beside a filled 填写, by item id (kpi writes its own there). */
    items?: Map<string, RawEntry>;
  };
}
