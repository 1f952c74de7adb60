// People's own sheets of one form in one workbook, a percentage typed bare on each (目标转化率 10, 5, 0.5, 8 on 张三 李四
// 王五 赵六's sheets): the same cell over the sheets is what a roster's column is. Read one sheet at a time, 王五's 0.5 was
// 50 %, 9 % ÷ 50 % → 2.7 of 15, 77.20 一般 for the roster's 92.50 优秀 (0.5 %, 15 × min(9 / 0.5, 1.2) = 18) at exit 0
// without a word; a bare 1 was 100 % (75.85 一般) with a warning. Read as the roster reads its column (barePercentsIn),
// with its note.
import type { FormDef, InputDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import { judgedRate } from '../engine/rules/checklist.js';
import { barePercentsAmong, percentAsTyped } from './readRoster.js';

export function percentsTypedBareOnSheets(form: FormDef, people: readonly PersonEntries[]): void {
  if (people.length < 2) return;
  // (And a checklist's rate typed in a box of words, §6 入户维修回访率: judgedRate.)
  const inputs = new Map<string, InputDef>(form.parts.flatMap((p) => p.items.flatMap((i) => i.inputs.filter((x) => (x.type === 'percent' && (x.max ?? 100) <= 100) || judgedRate(i, x)).map((x) => [`${i.id}\u0000${x.id}`, x] as [string, InputDef]))));
  const byKey = new Map<string, { input: InputDef; people: PersonEntries[] }>();
  for (const person of people) {
    for (const key of person.entries.keys()) {
      const input = inputs.get(key.split('\u0000').slice(0, 2).join('\u0000'));
      if (!input) continue;
      const slot = byKey.get(key) ?? { input, people: [] };
      slot.people.push(person);
      byKey.set(key, slot);
    }
  }
  for (const [key, { input, people: own }] of byKey) {
    // (No heading over the sheets says the figures are percents: read as the roster reads an unheaded column.)
    if (own.length < 2 || !barePercentsAmong(own.map((p) => p.entries.get(key)!.raw), false, input.otherScales)) continue;
    for (const p of own) {
      const entry = p.entries.get(key)!;
      p.entries.set(key, { ...entry, raw: percentAsTyped(entry.raw, 'sheets') });
    }
  }
}
