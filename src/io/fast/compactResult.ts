import type { ItemResult, PersonResult } from '../../model/result.js';

// A large roster's results are kept until 汇总 and 明细 are written: 50,000 of them. Their explanations are
// built by concatenation, which V8 keeps as trees of string pieces (several times the text's size), and most
// item explanations repeat from person to person ("无扣分 → 20"). Each is replaced by one flat, shared copy
// of the same text: the values are unchanged, only how they are stored.
//
// So are whole item results: most people share an item's score and explanation with others (态度 13 → 13), and
// 400,000 item objects with their boxed scores were a fifth of the heap while the graded copy was written
// (roster of 50,000 filled at random: 186 MB live). Nothing changes a result once it is scored and compacted.

export class ResultCompactor {
  private readonly shared = new Map<string, string>();
  private readonly items = new Map<string, ItemResult>();

  /** The same text, flat and shared when it repeats. */
  private share(text: string): string {
    const hit = this.shared.get(text);
    if (hit !== undefined) return hit;
    const flat = flatten(text);
    this.shared.set(flat, flat);
    return flat;
  }

  /** An item result equal to `item` (every field, the same values) kept before, else `item` itself, kept. */
  private shareItem(item: ItemResult): ItemResult {
    if (item.raters) return item;
    const key = `${item.id}\u0000${item.score}\u0000${item.explanation}`;
    const hit = this.items.get(key);
    if (hit && sameFields(hit, item)) return hit;
    if (!hit) this.items.set(key, item);
    return item;
  }

  /** Compacts `r` in place (same values) and returns it. */
  compact(r: PersonResult): PersonResult {
    const { items } = r;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      item.explanation = this.share(item.explanation);
      items[i] = this.shareItem(item);
    }
    // The same 考核月份, 考评人 and 部门 on every row: one copy each.
    r.department = this.share(r.department);
    for (const key of Object.keys(r.header)) r.header[key] = this.share(r.header[key]!);
    r.explanation = flatten(r.explanation);
    for (const p of r.problems) p.message = flatten(p.message);
    return r;
  }
}

/** Whether two item results have the same fields, in the same order, with the same values. */
function sameFields(a: ItemResult, b: ItemResult): boolean {
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]! as keyof ItemResult;
    if (k !== kb[i] || !Object.is(a[k], b[k])) return false;
  }
  return true;
}

/** A flat copy of a string (a concatenation tree made one piece). */
function flatten(text: string): string {
  // Reading every character through a regular expression test makes V8 flatten the string in place.
  /./.test(text);
  return text;
}
