// The shape of a form definition (templates/*.json). Plain data: the engine reads it, never I/O.
// templates/form.schema.json describes the same shape for editors and for validation at load.

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
  aliases?: string[];
  hint?: string;
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
}

export type RuleDef =
  | { kind: 'choice'; input: string }
  | { kind: 'tiers'; input: string; tiers: Tier[]; otherwise: { points: number; label?: string } }
  | { kind: 'deduction'; base: number | { input: string }; penalties: Penalty[]; floor?: number }
  | { kind: 'incidents'; input: string; base: number; minEach: number; maxEach: number; floor?: number }
  | { kind: 'ratio'; numerator: string; denominator: string; cap?: number; whenZero?: { points: number; note: string }; name?: string; warnAbove?: boolean }
  | { kind: 'band'; input: string; bands?: Band[] }
  | { kind: 'checklist'; inputs: string[]; yes?: string[]; scaleTo?: number }
  | { kind: 'adjustment'; input: string; reason: string };

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
  /** Items whose raters differ from the form's (e.g. an adjustment only the supervisor fills). */
  raters?: 'none';
  aliases?: string[];
}

export interface PartDef {
  id: string;
  label: string;
  /** Share of the total when parts are combined by weight (0–1). */
  weight?: number;
  items: ItemDef[];
}

export interface RaterDef {
  id: string;
  label: string;
  /** Share of the item score; 0 = shown for reference only (自评). */
  weight: number;
  /** A missing required group is an error for that person. */
  required?: boolean;
  /** Several raters of this group (同事评1, 同事评2 …) are averaged; `slots` columns in a template. */
  multiple?: boolean;
  slots?: number;
  /** No output names a rater of this group (anonymous peers). */
  anonymous?: boolean;
  aliases?: string[];
}

export type HeaderRole = 'name' | 'id' | 'department' | 'period' | 'rater' | 'position' | 'date' | 'other';

export interface HeaderField {
  id: string;
  label: string;
  role: HeaderRole;
  required?: boolean;
  aliases?: string[];
}

export interface GradeScale {
  bands: Band[];
  /** 'lower' (default): a limit belongs to the band above it (≥ 80). 'upper': left-open bands (> 95). */
  inclusive?: 'lower' | 'upper';
}

export type CombineDef =
  /** total = Σ item scores, total100 = total / Σ max × 100. */
  | { kind: 'sum' }
  /** Each part on 100 (Σ score / Σ max × 100), total = Σ weight × part. */
  | { kind: 'weighted-parts' }
  /** total = mean of the items (each item already on 100). */
  | { kind: 'mean' };

export interface FormDef {
  $schema?: string;
  id: string;
  title: string;
  version: string;
  source?: string;
  notes?: string[];
  header: HeaderField[];
  footer?: HeaderField[];
  raters?: RaterDef[];
  parts: PartDef[];
  combine: CombineDef;
  /** Clamp of the reported total (M8: 0–100). */
  clamp?: { min: number; max: number };
  grades: GradeScale;
}

/** Where a value came from; the engine only passes it through into problems. */
export interface Location {
  file?: string;
  sheet?: string;
  cell?: string;
}

/** A cell's content as read, before checking; no Excel types. */
export type RawValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percentFormat?: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: string }
  | { kind: 'error'; value: string }
  | { kind: 'formula-without-result'; formula: string };

export interface RawEntry {
  raw: RawValue;
  at: Location;
}

/** Key of one entry: item, input, rater group and slot (1-based); rater '' when the form has no raters. */
export function entryKey(item: string, input: string, rater = '', slot = 1): string {
  return `${item}\u0000${input}\u0000${rater}\u0000${slot}`;
}

/** Everything read for one person from one sheet or row. */
export interface PersonEntries {
  /** Header values keyed by HeaderField.id. */
  header: Map<string, string>;
  entries: Map<string, RawEntry>;
  /** Where the person was found (sheet name, row), for problems that belong to no cell. */
  at: Location;
  /** Cell of each header value, keyed by HeaderField.id (a duplicate 工号 is reported at its 工号 cell). */
  headerCells?: Map<string, string>;
}
