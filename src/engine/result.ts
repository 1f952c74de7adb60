import type { Problem } from '../forms/problem.js';

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
}

export interface PersonResult {
  id: string;
  name: string;
  department: string;
  header: Record<string, string>;
  items: ItemResult[];
  parts: PartResult[];
  /** The form's total as computed (may exceed 100 for bonus forms); null when not scored. */
  total: number | null;
  /** The total on the 0–100 scale, full precision. */
  total100: number | null;
  band: string | null;
  explanation: string;
  problems: Problem[];
  status: 'scored' | 'error';
  /** 1 = best total of the file; ties share a rank; absent when not scored. */
  rank?: number;
}
