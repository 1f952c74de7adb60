// Rounding for display and for band thresholds. The engine keeps full precision everywhere else.

/** Round half away from zero to `digits` decimals, ignoring binary noise (1.005 → 1.01, not 1.00). */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  // A whole number has nothing to round; scaling it would lose digits past 12 (123456789 → 123456790) or overflow (1e308).
  if (Number.isInteger(x)) return x === 0 ? 0 : x;
  const factor = 10 ** digits;
  const raw = Math.abs(x) * factor;
  // Far from a half, the noise absorbed below cannot move the rounding (under 1e7, 12 significant digits move the value by
  // at most 5e-6, less than its distance from the half): the same result without making a string — 50,000 people's
  // explanations round over a million figures.
  const frac = raw - Math.floor(raw);
  if (raw < 1e7 && Math.abs(frac - 0.5) > 1e-5) {
    const fast = (Math.sign(x) * Math.round(raw)) / factor;
    return fast === 0 ? 0 : fast;
  }
  // 12 significant digits absorb the noise of a few float operations (1.005 × 100 = 100.49999999999999).
  const scaled = Number(raw.toPrecision(12));
  const r = (Math.sign(x) * Math.round(scaled)) / factor;
  return r === 0 ? 0 : r; // no -0
}

/**
 * A score without binary noise: a value within a few units of the 15th significant digit of a short decimal
 * (at most 12 significant digits) is that decimal — 7 × 0.8 = 5.6000000000000005 → 5.6, 23.099999999999998 → 23.1
 * — and any other value is kept as computed (500 / 6 = 83.33333333333333 stays). Every score and total the engine
 * gives is tidied, so a script reading --json or a cell reads 5.6, and two equal totals tie.
 */
export function tidy(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const t = Number(x.toPrecision(15));
  if (Number(t.toPrecision(12)) !== t) return fraction(x) ?? x;
  return t === 0 ? 0 : t;
}

/**
 * A repeating decimal within a few units of the last digit of a fraction of small denominator is that fraction,
 * divided once: 559/6 reached as a sum of sixths is 93.16666666666669, the fraction 93.16666666666667 — the figure a
 * hand calculation (and a second path to the same score) gives. Scores are made of entries with few decimals, so
 * their fractions have small denominators; two fractions of denominators ≤ 10,000 are at least 1e-8 apart, far more
 * than the noise tolerated here (1e-11 of the value), so no score moves to another.
 */
function fraction(x: number): number | null {
  // Continued fraction convergents p/q of x until one is close enough or q grows past 10,000.
  let [p0, q0, p1, q1] = [0, 1, 1, 0];
  let rest = Math.abs(x);
  for (let i = 0; i < 30; i++) {
    const a = Math.floor(rest);
    [p0, q0, p1, q1] = [p1, q1, a * p1 + p0, a * q1 + q0];
    if (q1 > 10_000) return null;
    const value = (Math.sign(x) * p1) / q1;
    if (Math.abs(value - x) <= 1e-11 * Math.max(1, Math.abs(x))) return value;
    const frac = rest - a;
    if (frac < 1e-15) return null;
    rest = 1 / frac;
  }
  return null;
}

/** tidy for a score that may be missing. */
export function tidyOrNull(x: number | null): number | null {
  return x === null ? null : tidy(x);
}

/** The 2-decimal figure a user sees; bands, K coefficients and pay thresholds use it. */
export function round2(x: number): number {
  return roundTo(x, 2);
}

/** A score for an explanation: up to 4 decimals, trailing zeros dropped (18, 15.5, 79.5625, 82.2222). */
export function formatScore(x: number): string {
  return String(roundTo(x, 4));
}

/** A signed score for adjustments: +2, −3 (minus sign U+2212), 0. */
export function formatSigned(x: number): string {
  const s = formatScore(Math.abs(x));
  if (roundTo(x, 4) > 0) return `+${s}`;
  if (roundTo(x, 4) < 0) return `−${s}`;
  return '0';
}

/** A fraction as a percentage: 0.9 → "90%", 0.85 → "85%". */
export function formatPercent(fraction: number): string {
  return `${formatScore(fraction * 100)}%`;
}

/** The decimals a number is written with (1.1 → 1, 1.25 → 2, 1 → 0), at most 4. */
export function decimalsOf(x: number | undefined): number {
  if (x === undefined || !Number.isFinite(x)) return 0;
  const text = String(Math.round(x * 1e4) / 1e4);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
