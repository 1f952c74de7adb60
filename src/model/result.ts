import type { Problem } from './problem.js';

export interface RaterScore {
  rater: string;
  /** Label shown to people; anonymous groups are never named per person. */
  label: string;
  slot: number;
  score: number | null;
}

export interface ItemResult {
  id: string;
  label: string;
  partId: string;
  /** null when the item could not be scored (an error in its entries). */
  score: number | null;
  max: number;
  explanation: string;
  raters?: RaterScore[];
}

export interface PartResult {
  id: string;
  label: string;
  /** Σ item scores. */
  raw: number | null;
  max: number;
  /** On 100 when parts are combined by weight; equals raw otherwise. */
  score: number | null;
  weight?: number;
  /** The part is shown on this scale (§26: 满分 10). */
  outOf?: number;
  /** A bonus part: adds to the total, not to its full marks. */
  bonus?: boolean;
}

/** A grade the form gives besides the main one (§15 建议), or a typed grade kept against the computed one. */
export interface GradeResult {
  id: string;
  label: string;
  /** The grade given: the computed one, or the one typed by hand when it differs (an override). */
  value: string | null;
  computed: string | null;
  /** The grade typed in the form, when there is one. */
  typed?: string;
  /** Figures the band carries (K). */
  data?: Record<string, number>;
}

/** §14 pay for one person, from the --pay file. */
export interface PayLine {
  /** 绩效基数 and 基本工资 as given. */
  base: number;
  basicSalary: number | null;
  /** 绩效奖金 to the cent, and 工资总额 = 基本工资 + 绩效奖金. */
  bonus: number;
  gross: number | null;
  explanation: string;
}

export interface PersonResult {
  id: string;
  name: string;
  department: string;
  header: Record<string, string>;
  items: ItemResult[];
  parts: PartResult[];
  /**
   * The form's figure as it reports it: the 100-point total (may exceed 100 through bonuses and caps: §4 92.2,
   * §10 108), or the form's own points for forms that report them (§15: a 1–4 mean). null when not scored.
   */
  total: number | null;
  /** The total on the 0–100 scale, full precision. */
  total100: number | null;
  /** The form's points before the 100-point scale (§26: 32 of 40). */
  points: number | null;
  /** What `total` is out of (100, or the form's own scale). */
  outOf: number;
  band: string | null;
  /** Figures the main band carries (§13: { K: 1.1 }). */
  bandData?: Record<string, number>;
  /** Further grades (§15 建议, §4 部门定级), in the definition's order. */
  grades?: GradeResult[];
  pay?: PayLine;
  explanation: string;
  problems: Problem[];
  status: 'scored' | 'error';
  /** 1 = best total of the file; ties share a rank; absent when not scored. */
  rank?: number;
}
