// Rounding for display and for band thresholds. The engine keeps full precision everywhere else.

/** Round half away from zero to `digits` decimals, ignoring binary noise (1.005 → 1.01, not 1.00). */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  // A whole number has nothing to round; scaling it would lose digits past 12 (123456789 → 123456790) or overflow (1e308).
  if (Number.isInteger(x)) return x === 0 ? 0 : x;
  const factor = 10 ** digits;
  // 12 significant digits absorb the noise of a few float operations (1.005 × 100 = 100.49999999999999).
  const scaled = Number((Math.abs(x) * factor).toPrecision(12));
  const r = (Math.sign(x) * Math.round(scaled)) / factor;
  return r === 0 ? 0 : r; // no -0
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
