// The shape of one entry of the problem catalogue (catalog.ts): what a code means, how serious it usually is,
// and how its message reads in each language, rendered from the problem's structured fields.
import type { Location } from '../location.js';

export type Severity = 'error' | 'warning' | 'info';

/** Languages a message can be rendered in. zh-CN is complete; an entry without `en` falls back to it. */
export type ProblemLang = 'zh' | 'en';

export type At = Pick<Location, 'file' | 'sheet' | 'cell'>;

export interface ProblemSpec<P> {
  /** The usual severity; `also` lists the others a site may choose (a strong or weak sign of the same thing). */
  severity: Severity;
  also?: readonly Severity[];
  /** A short name for the 问题 sheet and cell notes. */
  name: { zh: string; en: string };
  /** The message starts with where it is (3月!E7:…): the location is added by the renderer, never by the template. */
  located?: true | ((p: P) => boolean);
  /** The whole message names the person first (许亮:…); the person column says it where there is one. */
  named?: true;
  /** The sentence, from the structured fields; without the location when `located`. */
  zh: (p: P, at: At) => string;
  en?: (p: P, at: At) => string;
  /** The `expected` / `actual` strings of --json (kept as they always were), derived from the fields. */
  expected?: (p: P) => string | undefined;
  actual?: (p: P) => string | undefined;
}

/** Declares one entry with its fields' type: `spec<{ value: string }>({ … })`. */
export function spec<P extends object = Record<string, never>>(s: ProblemSpec<P>): ProblemSpec<P> {
  return s;
}

export const SEVERITY_NAMES: Record<ProblemLang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};
