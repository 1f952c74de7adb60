// The shape of a form definition (templates/*.json). Plain data: the engine reads it, never I/O.
// templates/form.schema.json describes the same shape for editors and for validation at load.
import type { DataSourceDef } from './dataSource.js';

export type { DataColumnDef, DataKeyDef, DataSourceDef } from './dataSource.js';

export type InputType = 'number' | 'integer' | 'percent' | 'choice' | 'list' | 'text';

export interface ChoiceDef {
  /** The option text exactly as the form prints it, e.g. "完成目标值要求". */
  label: string;
  /** What the option is worth. */
  points: number;
  /** Other spellings a user may type, e.g. "5" or "五级". */
  aliases?: string[];
}

export interface InputDef {
  id: string;
  label: string;
  type: InputType;
  /** Inclusive bounds for number / integer / percent (percent in 0–100 units) and for each list element. */
  min?: number;
  max?: number;
  unit?: string;
  choices?: ChoiceDef[];
  /** An empty cell is an error unless the input is optional; an optional empty number counts as `default`. */
  optional?: boolean;
  default?: number;
  /**
   * Reference data kept as typed and not scored (§12 电话接听量, 出港/进港问题件: 「参考数据,照填照留,不计分」): the
   * rule may not read it, and a value it cannot read is a warning, never a reason to leave the item unscored.
   */
  reference?: boolean;
  /**
   * An optional text: more words that say there was nothing (§5 安装遗留问题: 否, 0, 无遗留, 正常), read as an empty cell
   * besides 无、-、/. The definition's, as no word is 「nothing」 in every column.
   */
  none?: string[];
  aliases?: string[];
  hint?: string;
  /** type choice: the name of a shared choice set of the definition (`choiceSets`) instead of `choices`. */
  choiceSet?: string;
  /**
   * type percent: how a plain number (no % sign, no percent format) is read. 'fraction': 0.9 and 1.1 are
   * 90 % and 110 %; 'percent': 90 is 90 %, 1.1 is 1.1 %; 'auto' (default): 0–1 is a fraction, a number above
   * 1 that fits as a fraction when the input allows more than 100 % (1.1 → 110 %) is read as one with a
   * warning, anything else is a percentage.
   */
  plainNumber?: 'fraction' | 'percent' | 'auto';
  /**
   * type number: smaller scales a figure of this input is often typed on by mistake (§31's survey mean out of 100 typed
   * as 4.3 of 5): a number above 1 and at most the largest of them is refused, naming the scale it fits.
   */
  otherScales?: number[];
  /**
   * type choice: whether a number typed is read as the option worth that many points (default true). false where the
   * points only order the options and the source gives none (§23 满意 4 … 很不满意 1: a workshop's 1 may as well mean
   * 满意 — read as 很不满意, 很差 at exit 0): a number is then refused, asking for the words.
   */
  numbersArePoints?: boolean;
}

export interface Tier {
  /** Lower limit, inclusive. */
  min: number;
  points: number;
  label?: string;
}

export interface Penalty {
  input: string;
  per: number;
}

export interface Band {
  /** Inclusive lower limit; absent = no lower limit. */
  min?: number;
  label: string;
  /** Figures the band carries, shown in every output and used by pay rules (§13: { "K": 1.1 }). */
  data?: Record<string, number>;
}

/** A constant (in the actual's units: percentages in 0–100) or an input of the item. */
export type TargetDef = number | { input: string };

/** One box of a checklist: an input, and how its content is judged. */
export interface CheckDef {
  input: string;
  /** A number entered is judged: 达标 when min ≤ value ≤ max (回访率 ≥ 30 %, 到场 ≤ 20 分钟). */
  min?: number;
  max?: number;
  /** A count of irregularities: 不达标 from this many on (「3处以上不规范为不达标」: 3). */
  failAt?: number;
  /** 不适用 is accepted for this box (shrinks the denominator). */
  notApplicable?: boolean;
  /**
   * Words that do not say whether this box is met: an error at the cell. §6 「无因不满意…的再次投诉」: 「无」 may mean none
   * happened (met) or not met.
   */
  unclear?: string[];
  /**
   * The criterion this box is one requirement of, when a criterion of the source asks several things (「业主回访记录
   * (入户维修回访率≥30%,投诉回访率100%)并按月统计分析」): the boxes of one criterion count once, met when every
   * applicable box of it passes, 不适用 when all of them are.
   */
  criterion?: string;
  /**
   * A check of a record whose absence fails (§20 催缴记录: 无记录为不达标): a bare 「无」, 「没有」 or dash in its count may
   * mean no record as well as no irregularity, so it is asked for again (0, or 无记录) instead of being read as none.
   */
  record?: boolean;
}

export type RuleDef =
  | { kind: 'choice'; input: string; of?: 'max' }
  | { kind: 'tiers'; input: string; tiers: Tier[]; otherwise: { points: number; label?: string } }
  | { kind: 'deduction'; base: number | { input: string }; penalties: Penalty[]; floor?: number; zeroAt?: { input: string; count: number } }
  | { kind: 'incidents'; input: string; base: number; minEach: number; maxEach: number; floor?: number }
  /**
   * partOf: the numerator counts some of the denominator's (解决数 of 问题数): more of them than it is a typing error,
   * not a warning (warnAbove) or a capped rate; the item is not scored.
   */
  | { kind: 'ratio'; numerator: string; denominator: string; cap?: number; whenZero?: { points: number; note: string }; name?: string; warnAbove?: boolean; partOf?: boolean }
  | { kind: 'band'; input: string; bands?: Band[] }
  | {
      kind: 'checklist';
      inputs: Array<string | CheckDef>;
      /** Words of a ticked box; the first is the one messages name (符合). Default: 是 √ ✓ 有 符合 达标 … */
      yes?: string[];
      /** Words of an unticked box; the first is the one messages name (不符合). Default: 否 × 无 没有 不符合 … */
      no?: string[];
      scaleTo?: number;
      /** 不适用 accepted in every box (default: only in boxes that say so). */
      notApplicable?: boolean;
      /** Words meaning 不达标 besides 否/×: 缺失, 无记录 by default. */
      fail?: string[];
    }
  | { kind: 'adjustment'; input: string; reason: string; subtract?: boolean }
  | {
      kind: 'achievement';
      /**
       * The measured value: an input, or a rate numerator ÷ denominator, or either of the two (`rate`: a
       * percentage given instead of the counts, §28 满意度 or 满意数/调查数; all three inputs optional). `tolerance`:
       * how many percentage points a rate given with its counts may differ from them (default 0.5). `partOf`: the
       * numerator counts some of the denominator's (满意数 of 调查数), so more of them than it is an error, as a rate
       * above 100 % is (otherwise a warning: 成交 of 询盘 may be last month's inquiries).
       */
      actual: string | { numerator: string; denominator: string; rate?: string; tolerance?: number; partOf?: boolean };
      target: TargetDef;
      /** higher: actual ÷ target; lower: target ÷ actual (cap 1 by default); allowed: 1 − actual ÷ target, 0..1. */
      direction?: 'higher' | 'lower' | 'allowed';
      /** Largest achievement counted (1.2 = 120 %). */
      cap?: number;
      name?: string;
    };

export type ItemRole = 'score' | 'bonus' | 'adjustment' | 'veto';

export interface ItemVariant {
  label?: string;
  description?: string;
  criteria?: string;
}

export interface ItemDef {
  id: string;
  label: string;
  /** 目标值 / KPI / 内容 text, shown in the template and kept for the explanation. */
  description?: string;
  /** 评分标准 / 评估办法 text as the form prints it. */
  criteria?: string;
  /** Most points the item can give; 0 for an adjustment. */
  max: number;
  inputs: InputDef[];
  rule: RuleDef;
  /**
   * score (default): counts toward the total and its full marks. bonus: counts toward the total but not its
   * full marks (§4 part 2). adjustment: signed points added after combining. veto: not added; a score of 0
   * makes the total 0 (单项否决).
   */
  role?: ItemRole;
  /** Rater groups that fill this item ('none' = no raters: an adjustment only one person fills). */
  raters?: 'none' | string[];
  aliases?: string[];
  /** Wording per value of the form's variant field (§28: 销售部 / 售后部). */
  variants?: Record<string, ItemVariant>;
  /**
   * A header field naming the period this item's figure is of (§31: the survey is quarterly, 调查期间 2026Q1): its value
   * is named in the item's explanation.
   */
  periodField?: string;
  /**
   * When another item's figure makes this one moot (§28: no 客诉 this month, so no 客诉处理满意度 to ask): the item,
   * left blank, gives `points`, said with `note`. A figure filled in anyway is scored as usual.
   */
  notApplicable?: NotApplicable;
}

export interface NotApplicable {
  when: { item: string; input: string; equals: number };
  points: number;
  note: string;
}

export interface PartDef {
  id: string;
  label: string;
  /** Share of the total when parts are combined by weight (0–1). */
  weight?: number;
  /** How the items make the part: sum (default), mean of the items, or weighted by item max. */
  combine?: 'sum' | 'mean';
  /** The part is shown on this scale (§26: an area 满分 10): part = combined / items' full × outOf. */
  outOf?: number;
  /** Every item of the part has this role unless it says otherwise (§4 超预期表现: bonus). */
  role?: ItemRole;
  /** Rater groups for every item of the part. */
  raters?: string[];
  items: ItemDef[];
}

export interface RaterDef {
  id: string;
  label: string;
  /** Set by raterCopy (never in a definition): the form is read as this rater's copy alone. */
  copyOnly?: true;
  /** Share of the item score; 0 = shown for reference only (自评). */
  weight: number;
  /** A missing required group is an error for that person. */
  required?: boolean;
  /** Several raters of this group (同事评1, 同事评2 …) are averaged; `slots` columns in a template. */
  multiple?: boolean;
  slots?: number;
  /** No output names a rater of this group (anonymous peers). */
  anonymous?: boolean;
  /**
   * What it means when nobody of the group rated: error (as required), spread (default: the others' weights
   * scaled up, noted), warn (the same, as a warning: §4 missing 间接主管 → 直接主管 counts fully).
   */
  absent?: 'error' | 'spread' | 'warn';
  aliases?: string[];
  /**
   * More words a 评分人 cell may name this group by (员工自评, 本人, 顾客). A cell naming one group's label, alias or
   * such word anywhere in it (「员工自评」 holds 自评) is that group's. A heading is that group's column only as the
   * word whole, with 评 and a number after it (「顾客评1」, 「同级评」 on a person's sheet; 「沟通能力 顾客评」 on a roster).
   */
  writtenAs?: string[];
}

export type HeaderRole = 'name' | 'id' | 'department' | 'period' | 'rater' | 'position' | 'date' | 'other';

export interface HeaderField {
  id: string;
  label: string;
  role: HeaderRole;
  required?: boolean;
  aliases?: string[];
  /**
   * Each rater writes their own (§15 面试日期: the first and the second interview on their own days): raters' copies may
   * differ in it, so a date of another month is no other period when they are combined.
   */
  perRater?: boolean;
  /**
   * Each person's own day, not the file's month (§17 考核日期: the end of each one's probation; §15 面试日期): people of
   * one file may differ in it — new hires reviewed on 3月20日 and 4月3日 are one sound file, not two months.
   */
  perPerson?: boolean;
  /**
   * Of the aliases, those every form's field of this role reads (added when the definition is loaded, never written in
   * one): beside a column headed by one of the field's own names, a column headed so is another of the team's.
   */
  commonAliases?: string[];
}

/** A grade decided by how many parts reach a level (§29: 优秀 when every indicator ≥ 3.5). */
export interface CountRule {
  label: string;
  /** Absent = otherwise. */
  when?: { count: number | 'all'; atLeast?: number; below?: number };
}

export interface GradeScale {
  bands: Band[];
  /** 'lower' (default): a limit belongs to the band above it (≥ 80). 'upper': left-open bands (> 95). */
  inclusive?: 'lower' | 'upper';
  /** Grade from counts of parts (checked in order) instead of a band of the figure; bands then only name the labels. */
  byCounts?: CountRule[];
}

/** Which figure a scale grades: the 100-point total (capped at 100, default), the form's reported figure, or the points. */
export type FigureName = 'total100' | 'figure' | 'points';

/** The form's main grade: a scale inline, or a named one (`scales`) with the figure it grades. */
export type GradesDef = GradeScale | { scale: string; of?: FigureName };

/** A further grade of the form (§15 建议, §17 转正建议, §4 部门定级). */
export interface GradingDef {
  id: string;
  label: string;
  scale: string | GradeScale;
  of?: FigureName;
  /** A header/footer field where a grade may be typed by hand: kept as typed, a different one reported as an override. */
  typed?: string;
}

export type CombineDef = (
  /** total = Σ part scores (parts sum their items unless they say otherwise), total100 = total / Σ max × 100. */
  | { kind: 'sum' }
  /** Each part on 100 (Σ score / Σ max × 100), total = Σ weight × part. */
  | { kind: 'weighted-parts' }
  /** total = mean of the items (each item already on 100). */
  | { kind: 'mean' }
  /** total = mean of the parts' scores (§19 areas, §27, §29 indicators). */
  | { kind: 'mean-of-parts' }
) & {
  /** What 100 on the 100-point scale corresponds to, when not the full marks of the counted items (§4: 100 of 110). */
  outOf?: number;
  /** The figure the form reports as its total: the 100-point figure (default) or its own points (§15: a 1–4 mean). */
  report?: 'total100' | 'points';
};

/** §14: 绩效奖金 from the score (base × score/100, cut under 60) or from a band's coefficient (base × K). */
export interface PayDef {
  bonus?: 'score' | { coefficient: string };
  cutBelow?: number;
  cutRate?: number;
}

export interface SubjectDef {
  /** What one row or sheet scores: 员工 (default), 管理处, 项目, 团队. */
  label: string;
  kind?: 'person' | 'team' | 'site' | 'department';
}

/**
 * A roll-up rule over consecutive months (CATALOG §23: three consecutive months 优秀 → +3; the count then starts
 * again, so months 1–3 give +3 and months 4–6 the next).
 */
export interface StreakRuleDef {
  kind: 'streak';
  /** The band every month of the run must have. */
  band: string;
  /** How many consecutive months make one award. */
  months: number;
  /** Points added to the period figure per award. */
  points: number;
  label?: string;
}

/** How months roll up into a quarter or a year (`kpi rollup`). */
export interface RollupDef {
  rules?: StreakRuleDef[];
}

/** 强制分布: a band's share of the people, at most `max` and/or at least `min` (fractions 0–1). */
export interface DistributionLimitDef {
  band: string;
  max?: number;
  min?: number;
}

export interface DistributionDef {
  limits: DistributionLimitDef[];
  /** Checked per department too (default true). */
  perDepartment?: boolean;
}

export interface FormDef {
  $schema?: string;
  /** Definition language version: 1 (default, the first format) or 2. */
  language?: number;
  id: string;
  title: string;
  version: string;
  subject?: SubjectDef;
  /** Choice lists shared by inputs (`choiceSet`). */
  choiceSets?: Record<string, ChoiceDef[]>;
  /** Grade scales shared by `grades` and `gradings` (by name); the built-in ones need not be listed. */
  scales?: Record<string, GradeScale>;
  /** A header field whose value picks the items' wording (§28 部门: 销售部 / 售后部). */
  variants?: { field: string; values: string[]; aliases?: Record<string, string[]> };
  source?: string;
  notes?: string[];
  header: HeaderField[];
  footer?: HeaderField[];
  raters?: RaterDef[];
  parts: PartDef[];
  combine: CombineDef;
  /** Clamp of the reported total (M8: 0–100). */
  clamp?: { min: number; max: number };
  grades: GradesDef;
  gradings?: GradingDef[];
  pay?: PayDef;
  /** Roll-up rules of `kpi rollup` (months into quarters and years). */
  rollup?: RollupDef;
  /** Distribution limits checked by `kpi score` and `kpi rollup` (nobody's band is changed). */
  distribution?: DistributionDef;
  /** §11: inputs read from an exported data sheet (or a second file), joined to the roster (src/forms/dataSource.ts). */
  data?: DataSourceDef;
}
