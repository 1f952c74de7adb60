// Departments written two ways (客服一组 and 客服1组, 第二组 and 2组): each is a department of its own in 各部门等级人数,
// in --limit's checks per department and in a roll-up's departments — counted apart without a word. Said, as the record
// forms' group names are (groups/alikeNames.ts); not merged: whether 一组 and 1组 are one team is the team's to say.
import type { Location } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { looseNameKey } from './groups/alikeNames.js';
import { cleanText } from './text.js';
import type { FormDef } from '../model/definition.js';
import { variantOf } from './scoreForm.js';

/** One warning per set of department names that differ only in how they are written, naming who is under each. */
export function departmentsWrittenTwoWays(people: ReadonlyArray<{ name: string; department: string }>, context: 'people' | 'months', at: Partial<Location> = {}, form?: FormDef): Problem[] {
  const byLoose = new Map<string, Map<string, Set<string>>>();
  // Names the definition makes one department (§28 售后服务部 is 售后部, variants.aliases): two spellings of it too.
  const variant = form?.variants?.field === 'department' ? (d: string) => variantOf(form, d) : () => undefined;
  for (const p of people) {
    const dept = cleanText(p.department);
    if (!dept) continue;
    const named = variant(dept);
    const loose = named ? `variant:${named}` : looseNameKey(dept);
    const spellings = byLoose.get(loose) ?? new Map<string, Set<string>>();
    spellings.set(dept, (spellings.get(dept) ?? new Set()).add(p.name));
    byLoose.set(loose, spellings);
  }
  const out: Problem[] = [];
  for (const spellings of byLoose.values()) {
    if (spellings.size < 2) continue;
    const names = [...spellings.keys()];
    const who = names.map((n) => {
      const list = [...spellings.get(n)!];
      return list.length > 1 ? `${list[0]} 等 ${list.length} 人` : list[0]!;
    });
    out.push(problem('names-alike', { field: '部门', names, records: context === 'months' ? '各月考核表里的部门' : '这些人的部门', who }, at, { severity: 'warning' }));
  }
  return out;
}
