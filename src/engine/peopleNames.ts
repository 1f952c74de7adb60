// People of raters' copies whose names differ by one character and who were never rated in the same copy (陈晨 in two
// interviewers' copies, 陈辰 in the third's): one candidate typed two ways, scored as two — 陈晨 on two interviewers,
// 陈辰 on one, at exit 0 without a word. Said, as departments written two ways are (departmentNames.ts); kpi does not
// merge them: 张伟 and 张玮 may be two people.
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';

export interface NamedInCopies {
  name: string;
  /** The person's 工号, when the copies give one: two different ones are two people. */
  id: string;
  files: readonly string[];
}

export function peopleWrittenTwoWays(people: readonly NamedInCopies[], fileName: (file: string) => string): Problem[] {
  const buckets = new Map<string, NamedInCopies[]>();
  for (const p of people) {
    const chars = [...p.name];
    if (chars.length < 2 || chars.length > 4) continue;
    for (let i = 0; i < chars.length; i++) {
      const key = `${chars.slice(0, i).join('')}\u0000${chars.slice(i + 1).join('')}`;
      const list = buckets.get(key) ?? [];
      list.push(p);
      buckets.set(key, list);
    }
  }
  const out: Problem[] = [];
  const said = new Set<string>();
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [p, q] = [list[a]!, list[b]!];
        if (p.name === q.name || (p.id && q.id && p.id !== q.id)) continue;
        if (p.files.some((f) => q.files.includes(f))) continue;
        const pair = [p.name, q.name].sort().join('\u0000');
        if (said.has(pair)) continue;
        said.add(pair);
        const who = [p, q].map((x) => `${x.files.map(fileName).join('、')}`);
        out.push(problem('names-alike', { field: '姓名', names: [p.name, q.name], records: '各份表里的姓名', who }, {}, { severity: 'warning' }));
      }
    }
  }
  return out;
}
