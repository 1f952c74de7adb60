// agg "streak" (§23: three consecutive months 优秀 → +3; the count then starts again, so months 1–3 give +3 and
// months 4–6 the next): over the monthly groups of a `from` grouping, `field` names the month, `where` the condition
// each month of a run must meet, `run.months` the run's length and `run.points` what each completed run is worth.
// A month missing from the log, or not meeting the condition, breaks the run. Kept apart from accumulate.ts (h-export).
import type { FigureDef } from '../../model/records.js';
import { parseMonth, previousMonth } from '../period.js';
import { formatScore } from '../../model/round.js';
import { describeCond, evalCond, type Scope } from './expr.js';
import { fieldText } from './fields.js';
import type { FigureValue } from './result.js';

/** The shape of accumulate.ts's Accumulator (not imported: accumulate.ts imports this module). */
interface StreakAccumulator {
  add(scope: Scope): void;
  result(): { value: FigureValue; explanation: string };
}

export function streakAccumulator(f: FigureDef, label: (field: string) => string): StreakAccumulator {
  const months = new Map<string, boolean>();
  const unread: string[] = [];
  const run = f.run ?? { months: 3, points: 3 };
  return {
    add: (s: Scope) => {
      if (!f.field) return;
      const text = fieldText(s.get(f.field));
      const m = parseMonth(text);
      if (!m) {
        if (text) unread.push(text);
        return;
      }
      const ok = f.where ? evalCond(f.where, s) : true;
      months.set(m, (months.get(m) ?? true) && ok);
    },
    result: () => {
      const sorted = [...months.keys()].sort();
      let length = 0;
      let last: string | null = null;
      const awards: string[][] = [];
      let current: string[] = [];
      for (const m of sorted) {
        const consecutive = last !== null && previousMonth(m) === last;
        if (!months.get(m)) {
          length = 0;
          current = [];
        } else {
          if (!consecutive) {
            length = 0;
            current = [];
          }
          length++;
          current.push(m);
          if (length === run.months) {
            awards.push(current);
            length = 0;
            current = [];
          }
        }
        last = m;
      }
      const value = awards.length * run.points;
      const cond = f.where ? describeCond(f.where, label) : '';
      const runs = awards.map((a) => `${a[0]}–${a[a.length - 1]}`).join('、');
      const note = unread.length ? `;「${label(f.field ?? '')}」不是年月的不计:${[...new Set(unread)].slice(0, 3).join('、')}` : '';
      const explanation = awards.length
        ? `连续 ${run.months} 个月${cond}:${runs},${awards.length} 次 × ${formatScore(run.points)}${note}`
        : `${sorted.length} 个月中没有连续 ${run.months} 个月${cond}${note}`;
      return { value, explanation };
    },
  };
}
