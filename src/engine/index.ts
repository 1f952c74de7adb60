// The pure scoring engine: definitions and raw entries in, results and problems out. No I/O.
export { scoreForm, scorePerson, rank, type FormScore } from './scoreForm.js';
export { scoreItem, itemRaters, type ItemOutcome } from './raters.js';
export { combine, type Combined } from './combine.js';
export { bandOf, gradeOf, emptyBandCounts } from './grades.js';
export { performancePay, type KBand, type KScale, type PayOptions, type PayResult } from './pay.js';
export { round2, roundTo, formatScore, formatSigned, formatPercent } from '../model/round.js';
export { parseRaw, readValue, matchChoice, expectation, isEmptyRaw, type Value, type Parsed, type ReadResult } from './values.js';
export type { ItemResult, PartResult, PersonResult, RaterScore } from '../model/result.js';
