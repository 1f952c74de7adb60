// The shape of a record form (templates/*.json with `records`): rows are records (an order, a customer's answers,
// one answer of a questionnaire), results are per group (an 安装师傅, a 门店, a department, the month).
// Plain data: the engine (src/engine/groups) reads it. See docs/record-forms.md and `kpi forms <id>`.
import type { ChoiceDef, GradeScale } from './definition.js';

export type ColumnType = 'text' | 'yesno' | 'choice' | 'integer' | 'number' | 'date';

export interface ColumnDef {
  id: string;
  label: string;
  type: ColumnType;
  /** Upper heading of a two-row header (进仓数量(件) over 柜身); 「进仓数量·柜身」 is read too. */
  group?: string;
  aliases?: string[];
  /** An empty cell is allowed (its value is then null); otherwise it is an error at the cell. */
  optional?: boolean;
  /** An optional text: more words read as an empty cell (InputDef.none). */
  none?: string[];
  /** integer / number: inclusive bounds. */
  min?: number;
  max?: number;
  /** integer / number: the unit a cell may carry after the number (「10分」). */
  unit?: string;
  /** choice: the options, with their points (优秀 100 …). */
  choices?: ChoiceDef[];
  /** choice: whether a number typed is the option worth that many points (InputDef.numbersArePoints; default true). */
  numbersArePoints?: boolean;
  /** yesno: the two words the template offers, yes first (default 是 / 否). Both spellings are always read. */
  words?: [string, string];
  /** yesno: more answers read as yes / as no in this column only (是否处理完毕: 已处理, 处理完毕 / 未处理, 没处理完). */
  yesWords?: string[];
  noWords?: string[];
  /** Personal data: masked wherever kpi prints a value of it (138****5678). The graded workbook keeps it as typed. */
  personal?: 'phone' | 'address' | 'name';
  /** The column names a month: rows are grouped by the month it names (2026-02, 2026年2月, a date in February alike). */
  month?: boolean;
  /**
   * A row whose cell here is left blank or holds one of these words is no record, skipped and said (§23: 「对于当月不需要给
   * 车间提供服务的部门,车间可以不填写」 — a workshop's row for a department that did not serve it, 评价 blank or 「未服务」).
   */
  notServed?: string[];
  hint?: string;
}

/** A value a condition compares with: true/false for yes/no, a choice label, a number, a text. */
export type CondValue = string | number | boolean;

export type Cond =
  | {
      field: string;
      eq?: CondValue;
      ne?: CondValue;
      in?: CondValue[];
      atLeast?: number;
      atMost?: number;
      above?: number;
      below?: number;
      /** true: the field holds a value; false: it is empty. */
      filled?: boolean;
      /**
       * Another field of the same row: holds when the two differ as names are matched (评价部门 not the 被评价部门 —
       * a department does not rate itself), or when either is empty.
       */
      differsFrom?: string;
    }
  | { all: Cond[] }
  | { any: Cond[] }
  | { not: Cond };

/** A number from a row (or, in a group's `calc`, from the group's figures and key fields). */
export type Expr =
  | number
  | { field: string }
  | { if: Cond; then: Expr; else: Expr }
  | { sum: Expr[] }
  | { mean: Expr[] }
  | { product: Expr[] }
  | { ratio: [Expr, Expr] }
  /** The larger / smaller of the terms (a deduction that takes a score no lower than 0: max of 0 and it). */
  | { max: Expr[] }
  | { min: Expr[] }
  | { lookup: string; by: string[] }
  | { round: Expr; digits: number };

export interface DerivedDef {
  id: string;
  label: string;
  value: Expr;
  /** The heading of the column beside the rows in the graded workbook (§5: 得分); absent = not written there. */
  column?: string;
  description?: string;
}

export interface CheckDef {
  id: string;
  /** The check applies to rows where this holds (absent: every row). */
  when?: Cond;
  /** What must hold; otherwise an error at the `at` cell of the row. */
  require: Cond;
  at: string;
  message: string;
}

export interface LookupTable {
  /** How the table is named to a user (「指标权重」); the table's id otherwise. */
  label?: string;
  by: string[];
  /** Key values in `by` order, then the number. */
  rows: Array<Array<string | number>>;
}

export type AggregateKind = 'count' | 'sum' | 'mean' | 'min' | 'max' | 'same' | 'rate' | 'distribution' | 'texts' | 'distinct' | 'calc' | 'choose' | 'streak';

export interface FigureDef {
  id: string;
  label: string;
  agg: AggregateKind;
  /** sum / mean / min / max / distribution: the number (or field) aggregated; calc: the formula over the group's figures. */
  of?: Expr;
  /** distribution / texts / distinct: the field whose values are counted or listed. */
  field?: string;
  /** Only rows where this holds (count, sum, mean …); for rate the numerator's condition. */
  where?: Cond;
  /** rate: the denominator's rows (absent: every row of the group). */
  among?: Cond;
  /** distribution: the values expected, in the order shown (others are counted too, after them). */
  values?: CondValue[];
  /** choose: the first case whose condition holds gives the figure's text. */
  cases?: Array<{ when: Cond; value: string }>;
  otherwise?: string;
  /** The figure as shown and banded: value × times (rate × 100 = 满意率 %, mean × 10 = 指数). */
  times?: number;
  /** Rounded here, where a seed rounds it (§23 「实扣0.77分」). */
  digits?: number;
  format?: 'percent' | 'number' | 'integer';
  /** streak: each run of this many consecutive months (of `field`) meeting `where` is worth `points` (§23: 3 months 优秀 → +3). */
  run?: { months: number; points: number };
  /** Nothing to aggregate, or a calc that gives nothing, is simply no figure — not an error (§23 部门月度得分, given or not). */
  optional?: boolean;
}

export interface GroupingDef {
  id: string;
  label: string;
  /** Key fields; [] = one group, the whole sheet. */
  by: string[];
  /** The single group's name when `by` is empty (本月). */
  allLabel?: string;
  /** Aggregate the results of another grouping instead of the rows (§22: questionnaires → departments). */
  from?: string;
  /** An inner stage: computed and explained, not given a sheet or a console table. */
  hidden?: boolean;
  figures: FigureDef[];
  band?: { figure: string; scale: string };
  /** Figures whose change against `--previous` is reported (single-group groupings). */
  compare?: string[];
  /**
   * Computed only from complete data: a group with any row (or inner group) in error gets no figures and no
   * band — like a person with a bad cell — and is left out of the groupings built from it. Where the rows form
   * a unit (§22's questionnaire: leaving out one answer re-weights the rest) or where a left-out row could
   * hide the worst answer (§23's counts), a partial figure would be a wrong score.
   */
  whole?: boolean;
  /**
   * Checks of a computed group's figures and key: where `when` holds (always, without it) and `require` does not,
   * `message` is said. A warning leaves the group scored (§22: a questionnaire answering only some indicators is
   * re-weighted over those); an error (the default) leaves it unscored, like a row in error (an indicator twice).
   */
  checks?: Array<{ when?: Cond; require: Cond; message: string; severity?: 'error' | 'warning' }>;
}

export interface RecordsDef {
  /** What one row is: 订单, 客户, 答卷. */
  label: string;
  sheet: string;
  title?: string;
  /** Columns naming a row in messages; a personal one is shown masked (联系电话 138****5678). */
  rowLabel?: string[];
  /** Columns whose values name one record (合同编号): a second row with the same values is an error, not counted. */
  unique?: string[];
  /**
   * Columns that name a record itself (合同编号, 客户, 电话 — not a 序号, which an export gives its subtotals too): a row
   * with one of them filled is a record even where a grouping column reads 「王师傅 小计」. Absent: the `unique`
   * columns and those whose label reads 编号, 客户, 姓名, 名称, 电话 or 手机. `[]`: no column does.
   */
  identity?: string[];
  /**
   * The date column that puts a record in the month a form counted by the month reports (§5 客服回访时间): records of
   * several months there are said, as in a month column the team added. Absent: only columns of the team's own.
   */
  dated?: string;
  /**
   * A date column that keeps a record in --period's month when `dated` puts it later: §5's 完工时间 — March's install called
   * back on April 15th is March's order (a review: with April's call-backs past the 5th left out, 王师傅 50 % 待改进 for 80 % 良好).
   */
  lateBy?: string;
  columns: ColumnDef[];
}

export interface RecordFormDef {
  $schema?: string;
  language?: number;
  id: string;
  title: string;
  version: string;
  source?: string;
  notes?: string[];
  subject?: { label: string; kind?: 'person' | 'team' | 'site' | 'department' };
  scales?: Record<string, GradeScale>;
  records: RecordsDef;
  derived?: DerivedDef[];
  checks?: CheckDef[];
  tables?: Record<string, LookupTable>;
  groupings: GroupingDef[];
}

export function isRecordForm(def: unknown): def is RecordFormDef {
  return typeof def === 'object' && def !== null && 'records' in def;
}
