import type { Location } from '../../model/entries.js';
import type { Problem } from '../../model/problem.js';
import type { FieldValue } from './fields.js';

/** One row as read: its cells by column id, and where it is. No Excel types. */
export interface RecordRow {
  /** 1-based row of the sheet (for messages and the graded workbook). */
  row: number;
  /** The row itself: file and sheet (no cell). */
  at: Location;
  cells: Map<string, { raw: import('../../model/entries.js').RawValue; at: Location }>;
  /**
   * Values under a heading taken for one of the log's columns retyped (「有无二次遗留问题」): not read, so the row is
   * in error like one with a bad cell — counted, its figures would be wrong (a rate of 0 %).
   */
  unread?: Array<{ heading: string; like: string; value: string; at: Location }>;
  /** Columns read from level sub-columns ticked (√ under 优秀 | 良好 | 一般) where not exactly one is ticked: in error. */
  ticks?: Array<{ id: string; heading: string; levels: string[]; ticked: string[]; at: Location }>;
  /** A CSV row longer than its headings (a comma in an unquoted cell): in error at its extra cell. */
  shifted?: { fields: import('../../model/problems/index.js').ParamsOf<'row-shifted'>; at: Location };
  /** A 状态 naming both a void and a restore whose reading is not sure (「此单作废,原单恢复」): in error at that cell. */
  voidUnclear?: { fields: import('../../model/problems/index.js').ParamsOf<'record-void-unclear'>; at: Location };
  /** What the team typed in a derived figure's own column that is no column of the log (§22 加权分), by derived id. */
  typed?: Map<string, { raw: import('../../model/entries.js').RawValue; at: Location }>;
}

export interface RowResult {
  row: number;
  at: Location;
  status: 'ok' | 'error';
  /** Values by column id (absent when the cell could not be read). */
  values: Map<string, FieldValue>;
  /** Derived points by id (null when a field it needs is empty or the row has errors). */
  derived: Record<string, number | null>;
  /** 「第 12 行 · 序号 3」: how messages name the row. */
  label: string;
  problems: Problem[];
}

/** A figure's value: a number (null when it cannot be computed), counts per value, texts with their place, a label. */
export type FigureValue = number | null | string | Record<string, number> | Array<{ text: string; at: Location }>;

export interface GroupResult {
  grouping: string;
  groupingLabel: string;
  /** Key field id → its text in the group. */
  key: Record<string, string>;
  /** The key as shown: 「张师傅」, 「城东店」, 「本月」, 「生产部·采购部」. */
  keyText: string;
  /** Rows (or inner groups) counted; rows with errors are counted apart. */
  rows: number;
  errorRows: number;
  figures: Record<string, FigureValue>;
  band: string | null;
  bandData?: Record<string, number>;
  status: 'scored' | 'error';
  /** Per figure, how it was computed: 「满意率 8/10 = 80%」. */
  explanation: Record<string, string>;
  problems: Problem[];
  /** Where the group was first seen (its key cell). */
  at?: Location;
  /** Change against the previous month, per compared figure (current − previous), when --previous was given. */
  change?: Record<string, number | null>;
}

export interface GroupingResult {
  id: string;
  label: string;
  hidden: boolean;
  groups: GroupResult[];
  /** Count per band of the grouping's scale (every band present, scale order), when it has a band. */
  bands?: Record<string, number>;
}

export interface RecordFormResult {
  groupings: GroupingResult[];
  rows: { total: number; ok: number; error: number };
  problems: Problem[];
}
