// One figure of one group, fed a row at a time: only counts, sums and the few values an explanation lists are kept.
import type { FigureDef } from '../../model/records.js';
import type { Location } from '../../model/entries.js';
import { formatScore } from '../../model/round.js';
import { describeCond, evalCond, evalExpr, type Scope, type Tables } from './expr.js';
import { fieldText, groupKey, type FieldValue } from './fields.js';
import { matchKey } from '../text.js';
import { numberedKey, raterNote } from './alikeNames.js';
import type { FigureValue } from './result.js';
import { streakAccumulator } from './streak.js';

/** Terms an explanation writes out before it sums them up (Σ 431 / 100). */
const LISTED_TERMS = 12;

export interface Accumulator {
  /** `at` gives the cell of a field in this row (texts keep where they were written). */
  add(scope: Scope, at: (field: string) => Location): void;
  /**
   * The figure before `times`/`digits`, and how it was computed; `empty` when nothing could be divided by; `conflict`
   * when the rows disagree on what must be one value (an error even for an optional figure).
   */
  result(): { value: FigureValue; explanation: string; empty?: string; conflict?: { values: number[]; at?: Location }; raters?: RaterNamed };
}

/**
 * A distinct figure's names that are one once a rater's name after them is dropped (raterNote): counted as one, and
 * what they would count apart. `answers` are each spelling's answers (the fields the grouping's counts look at).
 */
export interface RaterNamed {
  apart: number;
  sets: Array<Array<{ name: string; at: Location; answers: string[] }>>;
}

export function accumulator(f: FigureDef, tables: Tables, label: (field: string) => string, rowWord: string, answers: string[] = []): Accumulator {
  const where = f.where;
  const passes = (s: Scope) => (where ? evalCond(where, s) : true);
  const whereText = () => (where ? `(${describeCond(where, label)})` : '');
  switch (f.agg) {
    case 'count': {
      let n = 0;
      return {
        add: (s) => void (passes(s) && n++),
        result: () => ({ value: n, explanation: `${n}${whereText()}` }),
      };
    }
    case 'rate': {
      let num = 0;
      let den = 0;
      return {
        add: (s) => {
          if (f.among && !evalCond(f.among, s)) return;
          den++;
          if (passes(s)) num++;
        },
        result: () =>
          den === 0
            ? { value: null, explanation: `${num}/0`, empty: `没有${f.among ? `符合「${describeCond(f.among, label)}」的` : ''}${rowWord}(分母为 0)` }
            : { value: num / den, explanation: `${num}/${den}${whereText()}` },
      };
    }
    case 'sum':
    case 'mean':
    case 'min':
    case 'max':
    case 'same': {
      let n = 0;
      let sum = 0;
      let lo = Infinity;
      let hi = -Infinity;
      const terms: number[] = [];
      // 'same': the cell of the first value that differs from the first (where the disagreement is fixed).
      let differsAt: Location | undefined;
      const field = f.of && typeof f.of === 'object' && 'field' in f.of && typeof f.of.field === 'string' ? f.of.field : undefined;
      return {
        add: (s, at) => {
          if (!passes(s) || f.of === undefined) return;
          const v = evalExpr(f.of, s, tables);
          if (v === null) return;
          // Before this row every value was lo (=== hi): one that is not is the first to differ.
          if (f.agg === 'same' && n > 0 && lo === hi && v !== lo && field) differsAt = at(field);
          n++;
          sum += v;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
          if (terms.length <= LISTED_TERMS) terms.push(v);
        },
        result: () => {
          const listed = n <= LISTED_TERMS ? terms.map(formatScore).join(' + ') : `Σ ${formatScore(sum)}`;
          if (f.agg === 'sum') return { value: sum, explanation: `${n <= LISTED_TERMS && n > 0 ? listed : `Σ ${formatScore(sum)}`}${whereText()}` };
          if (n === 0) return { value: null, explanation: '', empty: `没有可计算的${rowWord}${whereText()}` };
          if (f.agg === 'mean') return { value: sum / n, explanation: `(${listed}) ÷ ${n}${whereText()}` };
          // One figure typed on every row (§23 部门月度得分): two different ones are not for kpi to choose between.
          if (f.agg === 'same') {
            if (lo === hi) return { value: lo, explanation: `${n} 个${rowWord}均为 ${formatScore(lo)}${whereText()}` };
            return { value: null, explanation: '', conflict: { values: [...new Set(terms)], ...(differsAt ? { at: differsAt } : {}) } };
          }
          return { value: f.agg === 'min' ? lo : hi, explanation: `${f.agg === 'min' ? '最低' : '最高'},共 ${n} 个${whereText()}` };
        },
      };
    }
    case 'distribution': {
      const counts = new Map<string, number>();
      for (const v of f.values ?? []) counts.set(typeof v === 'boolean' ? (v ? '是' : '否') : String(v), 0);
      return {
        add: (s) => {
          if (!passes(s)) return;
          const v: FieldValue = f.field ? s.get(f.field) : f.of !== undefined ? evalExpr(f.of, s, tables) : null;
          if (v === null || v === '') return;
          const k = fieldText(v);
          counts.set(k, (counts.get(k) ?? 0) + 1);
        },
        result: () => {
          const value: Record<string, number> = Object.create(null);
          for (const [k, n] of counts) value[k] = n;
          return { value, explanation: [...counts].map(([k, n]) => `${k}:${n}`).join(' · ') };
        },
      };
    }
    case 'texts': {
      const texts: Array<{ text: string; at: Location }> = [];
      return {
        add: (s, at) => {
          if (!passes(s) || !f.field) return;
          const t = fieldText(s.get(f.field));
          if (t) texts.push({ text: t, at: at(f.field) });
        },
        result: () => ({ value: texts, explanation: `${texts.length} 条` }),
      };
    }
    case 'distinct': {
      // Keyed as the rows are grouped, spaces and widths aside: 「1号 车间」 is 1号车间 (§23 counted 6 workshops of 5,
      // coefficient 1.1 for 0.9). The first spelling is the one listed. A rater's name after it is dropped (raterNote):
      // 「3号车间(张主任)」 and 「3号车间(李班长)」 are one workshop answering twice, as 3号车间 on two rows is. Its number
      // however written (numberedKey): 「一号车间」 is 1号车间, not a sixth workshop.
      const seen = new Map<string, string>();
      const spellings = new Map<string, Map<string, { name: string; at: Location; answers: Set<string> }>>();
      return {
        add: (s, at) => {
          if (!passes(s) || !f.field) return;
          const v = s.get(f.field);
          const t = fieldText(v);
          if (!t) return;
          const key = numberedKey(matchKey(groupKey(raterNote(t)?.name ?? v)));
          if (!seen.has(key)) seen.set(key, t);
          const own = spellings.get(key) ?? new Map();
          spellings.set(key, own);
          const spelling = numberedKey(matchKey(groupKey(v)));
          const spelt = own.get(spelling) ?? { name: t, at: at(f.field), answers: new Set<string>() };
          own.set(spelling, spelt);
          spelt.answers.add(answers.map((a) => fieldText(s.get(a))).join('·'));
        },
        result: () => {
          const sets = [...spellings.values()].filter((m) => m.size > 1).map((m) => [...m.values()].map((x) => ({ ...x, answers: [...x.answers].sort() })));
          const raters = sets.length ? { raters: { apart: [...spellings.values()].reduce((n, m) => n + m.size, 0), sets } } : {};
          return { value: seen.size, explanation: `${seen.size} 个${seen.size && seen.size <= LISTED_TERMS ? `(${[...seen.values()].join('、')})` : ''}${whereText()}`, ...raters };
        },
      };
    }
    case 'streak':
      return streakAccumulator(f, label);
    case 'calc':
    case 'choose':
      // Computed from the group's other figures when the group is finished (run.ts).
      return { add: () => undefined, result: () => ({ value: null, explanation: '' }) };
  }
}
