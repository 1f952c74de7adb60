// Property-based tests of the engine on the three shipped definitions: valid entries always score within
// range, deduction counts are monotone, scoring is deterministic, and junk never throws nor goes unlocated.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FormDef } from '../../src/model/definition.js';
import type { RawEntry } from '../../src/model/entries.js';
import type { PersonResult } from '../../src/model/result.js';
import { formatScore, gradeOf, round2, scorePerson } from '../../src/engine/index.js';
import { person, type Cell } from './helpers.js';
import { entriesOf, findCell, junkCells, loadForm, personOf, validCells, type CellSpec, type CellValue } from './arbitraries.js';

// fast-check's default: each property's cases differ on every run (a new seed), so the suite's runs over time cover
// more than one run of 200 would; 200 cost 2.5 s of the one-minute suite (#15).
const numRuns = 100;
const forms: FormDef[] = ['mattress-cs-monthly', 'after-sales-monthly', 'cs-competency'].map(loadForm);
const byId = (id: string) => forms.find((f) => f.id === id)!;
const han = /\p{Script=Han}/u;

const score = (form: FormDef, cells: readonly CellSpec[]) => scorePerson(form, personOf(cells));
const errors = (r: PersonResult) => r.problems.filter((p) => p.severity === 'error');
const itemScore = (r: PersonResult, id: string) => r.items.find((i) => i.id === id)!.score!;

function expectWellScored(form: FormDef, r: PersonResult): void {
  // One assertion with every violation listed: quicker than an expect per item, and a clearer counterexample.
  const bad: string[] = errors(r).map((p) => `error: ${p.message}`);
  const t = r.total100;
  if (r.status !== 'scored') bad.push(`status ${r.status}`);
  if (t === null || !Number.isFinite(t) || t < 0 || t > 100) bad.push(`total100 ${t}`);
  for (const item of form.parts.flatMap((p) => p.items)) {
    if (item.rule.kind === 'adjustment') continue;
    const s = r.items.find((i) => i.id === item.id)!.score;
    if (s === null || !(s >= 0 && s <= item.max)) bad.push(`${item.id} ${s} not in [0, ${item.max}]`);
  }
  if (!form.grades.bands.some((b) => b.label === r.band)) bad.push(`band ${r.band}`);
  if (t !== null && r.band !== gradeOf(form.grades, t)) bad.push(`band ${r.band} ≠ gradeOf ${gradeOf(form.grades, t)}`);
  expect(bad).toEqual([]);
}

/** Same cells, one value changed. */
const withValue = (cells: readonly CellSpec[], i: number, v: CellValue): CellSpec[] => cells.map((c, k) => (k === i ? { ...c, v } : c));

describe.each(forms.map((f) => [f.id, f] as const))('%s', (_id, form) => {
  it('valid entries: scored, no errors, total100 and every item within range, band = gradeOf', () => {
    fc.assert(
      fc.property(validCells(form), (cells) => expectWellScored(form, score(form, cells))),
      { numRuns },
    );
  });

  it('deterministic: scoring twice, and from the map built in another order, gives equal results', () => {
    const cellsAndOrder = fc.oneof(validCells(form), junkCells(form)).chain((cells) => {
      const entries = [...entriesOf(cells)];
      return fc.tuple(fc.constant(cells), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }));
    });
    fc.assert(
      fc.property(cellsAndOrder, ([cells, shuffled]) => {
        const first = score(form, cells);
        expect(score(form, cells)).toStrictEqual(first);
        expect(scorePerson(form, personOf(cells, new Map(shuffled)))).toStrictEqual(first);
      }),
      { numRuns: numRuns / 2 }, // three scorings and two deep comparisons a run
    );
  });

  it('junk in any entry never throws; not scored ⇒ an error located at one of the entries; Chinese messages', () => {
    fc.assert(
      fc.property(junkCells(form), (cells) => {
        const entries = entriesOf(cells);
        const r = scorePerson(form, personOf(cells, entries));
        const places = new Set([...entries.values()].map((e: RawEntry) => `${e.at.sheet}!${e.at.cell}`));
        for (const p of r.problems) {
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.message).toMatch(han);
        }
        if (r.status === 'scored') {
          expect(Number.isFinite(r.total100)).toBe(true);
          expect(r.total100!).toBeGreaterThanOrEqual(0);
          expect(r.total100!).toBeLessThanOrEqual(100);
          expect(r.band).toBe(gradeOf(form.grades, r.total100!));
        } else {
          expect(
            errors(r).some((p) => places.has(`${p.sheet}!${p.cell}`)),
            JSON.stringify(r.problems.map((p) => p.message)),
          ).toBe(true);
        }
      }),
      { numRuns },
    );
  });
});

describe('M1 回访率 with any counts', () => {
  const mattress = byId('mattress-cs-monthly');
  // Big counts are valid integers (no upper limit); V = N and V = N − 1 are where rounding can pass 100 %.
  const count = fc.oneof(
    fc.nat(200),
    fc.constantFrom(2 ** 53, 2 ** 53 + 2, 1e21, 1e300, 1e308, Number.MAX_VALUE),
    fc.double({ min: 2 ** 53, max: Number.MAX_VALUE, noNaN: true }).map(Math.floor),
  );
  const pair = count.chain((n) => fc.tuple(fc.constant(n), fc.oneof(fc.constant(n), fc.constant(Math.max(0, n - 1)), count)));

  it('scores within [0, 20] and the person within [0, 100]', () => {
    fc.assert(
      fc.property(validCells(mattress), pair, (cells, [n, v]) => {
        const at = (input: string) => findCell(cells, 'M1', input);
        const next = withValue(withValue(cells, at('N'), { t: 'num', n, style: 'number' }), at('V'), { t: 'num', n: v, style: 'text' });
        expectWellScored(mattress, score(mattress, next));
      }),
      { numRuns },
    );
  });
});

describe('monotonicity: more deductions never raise the item nor the total', () => {
  const mattress = byId('mattress-cs-monthly');
  const afterSales = byId('after-sales-monthly');

  function expectNotHigher(form: FormDef, before: readonly CellSpec[], after: readonly CellSpec[], item: string): void {
    const a = score(form, before);
    const b = score(form, after);
    expectWellScored(form, a);
    expectWellScored(form, b);
    expect(itemScore(b, item)).toBeLessThanOrEqual(itemScore(a, item));
    expect(b.total100!).toBeLessThanOrEqual(a.total100!);
  }

  const counts: Array<[string, string]> = [
    ['M3', 'language'], ['M3', 'sms'], ['M3', 'followUp'],
    ['M4', 'lapses'],
    ['M7', 'late'], ['M7', 'absent'], ['M7', 'offTask'], ['M7', 'sleep'],
  ];
  const more = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 20 }), weight: 5 }, { arbitrary: fc.constantFrom(1e6, 2 ** 53, 1e308), weight: 1 });

  it('M3 / M7 counts and M4 lapses: one or more further incidents', () => {
    fc.assert(
      fc.property(validCells(mattress), fc.constantFrom(...counts), more, (cells, [item, input], k) => {
        const i = findCell(cells, item, input);
        const v = cells[i]!.v;
        // Capped: MAX_VALUE + 1e308 would be Infinity, which is no longer a count.
        const next: CellValue = v.t === 'num' ? { ...v, n: Math.min(v.n + k, Number.MAX_VALUE) } : { t: 'num', n: k, style: 'number' };
        expectNotHigher(mattress, cells, withValue(cells, i, next), item);
      }),
      { numRuns },
    );
  });

  it('M2: one more incident of 2–5 points', () => {
    const each = fc.oneof(fc.integer({ min: 2, max: 5 }), fc.double({ min: 2, max: 5, noNaN: true }));
    fc.assert(
      fc.property(validCells(mattress), each, (cells, x) => {
        const i = findCell(cells, 'M2', 'deductions');
        const v = cells[i]!.v;
        const next: CellValue = v.t === 'list' ? { ...v, xs: [...v.xs, x], sep: v.sep || ',' } : { t: 'list', xs: [x], sep: ',' };
        expectNotHigher(mattress, cells, withValue(cells, i, next), 'M2');
      }),
      { numRuns },
    );
  });

  it('A4: one more unmet requirement (while fewer than 3)', () => {
    fc.assert(
      fc.property(validCells(afterSales), (cells) => {
        const i = findCell(cells, 'A4', 'unmet', 'supervisor');
        const v = cells[i]!.v;
        fc.pre(v.t === 'num' && v.n < 3); // A4 is required: the supervisor slot always holds a number 0–3
        if (v.t === 'num') expectNotHigher(afterSales, cells, withValue(cells, i, { ...v, n: v.n + 1 }), 'A4');
      }),
      { numRuns },
    );
  });
});

describe('bugs the properties found', () => {
  const mattress = byId('mattress-cs-monthly');
  const competency = byId('cs-competency');
  const rest: Array<[string, Cell, string]> = [['M4.base', 8, 'E8'], ['M5.score', 9, 'E9'], ['M6.score', 13, 'E10']];

  it('M1: huge equal counts give 20, not Infinity (V × 20 overflowed) nor 20.000000000000004', () => {
    for (const n of [1e308, 1092201982572056000]) {
      const r = scorePerson(mattress, person({ name: '张三' }, [['M1.N', n, 'E3'], ['M1.V', n, 'E4'], ...rest]));
      expect([r.status, r.items[0]!.score, r.total100]).toEqual(['scored', 20, 95]);
      expect(r.items[0]!.explanation).toBe(`回访率 ${n}/${n} = 100% × 20 = 20`);
    }
  });

  it('formatScore of a whole number: as is (1e308 showed as Infinity, 123456789 as 123456790)', () => {
    expect([formatScore(1e308), formatScore(123456789), formatScore(-0), round2(1092201982572056000)]).toEqual(['1e+308', '123456789', '0', 1092201982572056000]);
  });

  it('cs-competency: 主管评 and one 同事评 both 优秀 → exactly 100 (was 100.00000000000001 from 70 + 10 over 0.8)', () => {
    const items = competency.parts[0]!.items.map((i) => i.id);
    const r = scorePerson(competency, person({ name: '张三' }, items.flatMap((id): Array<[string, Cell]> => [[`${id}.level@supervisor`, '优秀'], [`${id}.level@peer#1`, '优秀']])));
    expect(r.items.map((i) => i.score)).toEqual([100, 100, 100, 100, 100]);
    expect([r.status, r.total100, r.band]).toEqual(['scored', 100, '优秀']);
  });

  it('M8: 奖惩分 without a 原因 cell at all → reason-required located at the 奖惩分 cell, not only the sheet', () => {
    const r = scorePerson(mattress, person({ name: '张三' }, [['M1.N', 50, 'E3'], ['M1.V', 45, 'E4'], ...rest, ['M8.points', 5, 'E14']]));
    expect(r.problems.map((p) => [p.code, p.cell, p.message])).toEqual([['reason-required', 'E14', '3月!E14:「其它·原因」奖惩分为 +5,须注明原因']]);
  });
});
