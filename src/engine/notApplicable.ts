// An item another item's figure makes moot (§28: 客诉数 0, so no 客诉处理满意度 to survey): left blank, it gives the
// points its definition names instead of an error for the missing figure (or for its zeros: 0 surveyed of 0). Filled in
// anyway, it is scored as usual.
import type { FormDef, ItemDef } from '../model/definition.js';
import { entryKey, type PersonEntries } from '../model/entries.js';
import type { ItemResult } from '../model/result.js';
import { formatScore } from '../model/round.js';
import { parseRaw } from './values.js';
import { matchKey } from './text.js';
import { DEFAULT_NA } from './rules/checklist.js';

/** 「不适用」 written for the moot figure says what 「/」 does: §28 赵六's 客诉处理满意度 was refused as a bad percentage. */
const NA = new Set(DEFAULT_NA.map(matchKey));

export function mootItem(form: FormDef, partId: string, item: ItemDef, person: PersonEntries): ItemResult | null {
  const moot = item.notApplicable;
  if (!moot) return null;
  const own = item.inputs.map((input) => ({ input, key: entryKey(item.id, input.id) }));
  if (own.some(({ key }) => person.withheld?.has(key))) return null;
  // 「无」「/」 and blank cells alike: whatever the input reads as empty. Zeros too (满意数 0 of 调查数 0: nobody to survey
  // is what the moot item says; it was an error beside the blank that scored 25).
  const nothing = own.every(({ input, key }) => {
    const raw = person.entries.get(key)?.raw;
    if (raw?.kind === 'text' && NA.has(matchKey(raw.value))) return true;
    const p = parseRaw(input, raw);
    return p.ok && (p.empty || p.value === 0);
  });
  if (!nothing) return null;
  const other = form.parts.flatMap((p) => p.items).find((i) => i.id === moot.when.item);
  const input = other?.inputs.find((i) => i.id === moot.when.input);
  if (!other || !input) return null;
  const figure = parseRaw(input, person.entries.get(entryKey(other.id, input.id))?.raw);
  // 客诉数 「-1」 is that item's error; whether this one needed filling cannot be told, so it is not also called missing
  // (「满意度未填写」 sent the user to fill a figure a 0 would have made moot).
  if (!figure.ok) {
    const explanation = `无法计分:${other.label}·${input.label} 有误,无法判断本项是否需要填写(改正后重新评分)`;
    return { id: item.id, label: item.label, partId, max: item.max, score: null, explanation };
  }
  if (figure.empty || typeof figure.value !== 'number' || Math.abs(figure.value - moot.when.equals) > 1e-9) return null;
  const explanation = `${moot.note}(${other.label}·${input.label} ${formatScore(figure.value)}),按 ${formatScore(moot.points)} 分计`;
  return { id: item.id, label: item.label, partId, max: item.max, score: moot.points, explanation };
}
