/** Optimal-string-alignment distance (a swap of two neighbours counts as one edit). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate (at most 3 edits, and similar enough), or null. `--scor` → `--score`. */
export function suggestSimilar(word: string, candidates: readonly string[]): string | null {
  const strip = (s: string) => s.replace(/^-+/, '');
  const w = strip(word).toLowerCase();
  let best: string | null = null;
  let bestDistance = 4;
  for (const c of new Set(candidates)) {
    const k = strip(c).toLowerCase();
    if (k.length <= 1) continue;
    const dist = distance(w, k);
    const length = Math.max(w.length, k.length);
    if ((length - dist) / length <= 0.4) continue;
    if (dist < bestDistance || (dist === bestDistance && best !== null && c < best)) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}
