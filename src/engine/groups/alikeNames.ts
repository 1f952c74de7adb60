// Names of one group written two ways: 「一号车间」 and 「1号车间」 or 「第一车间」, 「二楼」 and 「2楼」. Each is a group of its own — §23
// counted 6 workshops for 5, and its coefficient (0.9 for 1.1) moved every deduction — so they are said. Not merged:
// whether 一区 and 1区 are one place is the team's to say.
import { nameKey } from '../text.js';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 99 as digits: 十一 → 11, 二十 → 20, 三 → 3. */
export function numeralsAsDigits(s: string): string {
  return s.replace(/[零〇一二两三四五六七八九十]+/g, (run) => {
    const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(run);
    if (m) return String((m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0));
    return [...run].every((c) => c in DIGITS) ? [...run].map((c) => DIGITS[c]).join('') : run;
  });
}

/**
 * A name with its numbering written one way: numerals as digits, without 第 before the number or 号 after it, the
 * number first — 第一车间, 一号车间, 1号车间, 车间一 and 一车间 are all 「1车间」.
 */
function looseName(key: string): string {
  // And without the word for a department or workshop after it: 采购, 采购部, 采购部门 (设备部, 设备科; 装配车间, 装配) are one
  // written several ways — counted apart, each 较好 where together they were 较差 (§23 0.56 for 1.11).
  // (Only after a name of two characters or more without a number: 一车间 and 第一车间 stay 「1车间」.)
  const digits = numeralsAsDigits(key).replace(/第(?=\d)/g, '').replace(/(?<=\d)号/g, '');
  const numberLast = /^(\D+?)(\d+)$/.exec(digits);
  const named = numberLast ? `${numberLast[2]}${numberLast[1]}` : digits;
  const stem = /^(.+?)(部门|部|科室|科|室|车间)$/.exec(named)?.[1];
  return stem !== undefined && [...stem].length >= 2 && !/\d/.test(stem) ? stem : named;
}

/** A name as names written two ways are told apart: 客服一组 and 客服1组 are one key, 客服二组 another. */
export function looseNameKey(name: string): string {
  return looseName(nameKey(name));
}

/** Sets of names (as first written) that differ as written but not once numerals are digits; at least two in each. */
export function alikeNames(names: Iterable<string>): string[][] {
  const byLoose = new Map<string, Map<string, string>>();
  for (const name of names) {
    const strict = nameKey(name);
    const loose = looseName(strict);
    const seen = byLoose.get(loose) ?? new Map<string, string>();
    if (!seen.has(strict)) seen.set(strict, name);
    byLoose.set(loose, seen);
  }
  // A name with a note in brackets beside the same name bare (「一车间(冲压)」 and 「一车间」, 「东店(总店)」 and 「东店」): one
  // place noted once, counted as two (§23 6 workshops for 5). Two notes without the bare name (东店(总店), 东店(分店)) may
  // well be two places.
  for (const [loose, seen] of [...byLoose]) {
    const bare = NOTED.exec(loose)?.[1];
    const with_ = bare !== undefined && bare !== '' ? byLoose.get(bare) : undefined;
    if (!with_ || with_ === seen) continue;
    for (const [k, v] of seen) if (!with_.has(k)) with_.set(k, v);
    byLoose.delete(loose);
  }
  return [...byLoose.values()].filter((m) => m.size > 1).map((m) => [...m.values()]);
}

/** A name and a note in brackets after it (as nameKey leaves them: NFKC, so half-width). */
const NOTED = /^(.+?)\s*\([^()]*\)$/;
