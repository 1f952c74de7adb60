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
  /** Item results kept, by their explanation (the shared copy, whose hash V8 has already computed). */
  private readonly items = new Map<string, ItemResult[]>();

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
    const kept = this.items.get(item.explanation);
    if (!kept) {
      this.items.set(item.explanation, [item]);
      return item;
    }
    for (const k of kept) if (sameFields(k, item)) return k;
    // One explanation of several items (「无扣分」 of every deduction): a few kept, not one per person.
    if (kept.length < 16) kept.push(item);
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
    r.explanation = flatten(r.explanation);
    for (const p of r.problems) p.message = flatten(p.message);
    return r;
  }
}

/**
 * The fields of an item result other than `raters` (an item with raters is never shared). The engine makes item
 * results as literals of exactly these (raters.ts, notApplicable.ts, scoreForm.ts); a field added to ItemResult
 * and not here fails to compile (below), so no difference is overlooked.
 */
type Compared = 'id' | 'label' | 'partId' | 'max' | 'score' | 'explanation';
const everyField: Exclude<keyof ItemResult, Compared | 'raters'> extends never ? true : never = true;
void everyField;

/** Whether two item results have the same values (field by field: a keyed loop over Object.keys took 3 × longer). */
function sameFields(a: ItemResult, b: ItemResult): boolean {
  return a.id === b.id && a.label === b.label && a.partId === b.partId && Object.is(a.max, b.max) && Object.is(a.score, b.score) && a.explanation === b.explanation && b.raters === undefined;
}

/** A flat copy of a string (a concatenation tree made one piece). */
function flatten(text: string): string {
  // Reading every character through a regular expression test makes V8 flatten the string in place.
  /./.test(text);
  return text;
}
