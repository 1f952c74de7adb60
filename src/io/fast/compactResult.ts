import type { PersonResult } from '../../model/result.js';

// A large roster's results are kept until 汇总 and 明细 are written: 50,000 of them. Their explanations are
// built by concatenation, which V8 keeps as trees of string pieces (several times the text's size), and most
// item explanations repeat from person to person ("无扣分 → 20"). Each is replaced by one flat, shared copy
// of the same text: the values are unchanged, only how they are stored.

export class ResultCompactor {
  private readonly shared = new Map<string, string>();

  /** The same text, flat and shared when it repeats. */
  private share(text: string): string {
    const hit = this.shared.get(text);
    if (hit !== undefined) return hit;
    const flat = flatten(text);
    this.shared.set(flat, flat);
    return flat;
  }

  /** Compacts `r` in place (same values) and returns it. */
  compact(r: PersonResult): PersonResult {
    for (const item of r.items) item.explanation = this.share(item.explanation);
    r.explanation = flatten(r.explanation);
    for (const p of r.problems) p.message = flatten(p.message);
    return r;
  }
}

/** A flat copy of a string (a concatenation tree made one piece). */
function flatten(text: string): string {
  // Reading every character through a regular expression test makes V8 flatten the string in place.
  /./.test(text);
  return text;
}
