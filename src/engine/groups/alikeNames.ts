// Names of one group written two ways: 「一号车间」 and 「1号车间」 or 「第一车间」, 「二楼」 and 「2楼」. Each is a group of its own — §23
// counted 6 workshops for 5, and its coefficient (0.9 for 1.1) moved every deduction — so they are said. Not merged where
// they make groups: whether 一区 and 1区 are one place is the team's to say. Where they are only counted (§23's 服务车间数),
// a number written two ways is one workshop (numberedKey), said in a note.
import { COMMON_SURNAMES } from '../surnames.js';
import { cleanText, nameKey } from '../text.js';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 99 as digits: 十一 → 11, 二十 → 20, 三 → 3. */
export function numeralsAsDigits(s: string): string {
  return s.replace(/[零〇一二两三四五六七八九十]+/g, (run) => {
    const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(run);
    if (m) return String((m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0));
    return [...run].every((c) => c in DIGITS) ? [...run].map((c) => DIGITS[c]).join('') : run;
  });
}

/** Words a number before them counts (一车间, 3组, 二楼): 「一线车间」 is the front line, not line 1, and stays as written. */
const NUMBERED_WORD = /^(车间|分厂|工段|段|组|部|科|室|班|楼|层|区|厂|店|仓|库|队|处|所|栋|幢)/;
/** A Chinese number as workshops are numbered: 一 … 九, 十 … 九十九; not a run like 一二 (workshops 1 and 2?). */
const CHINESE_NUMBER = /^([零〇一二两三四五六七八九]|[一二两三四五六七八九]?十[一二三四五六七八九]?)$/;

/**
 * A name (as matchKey leaves it) with its number written one way: 1号车间, 一号车间, 第一车间, 一车间 and 1车间 are all
 * 「1车间」 — §23 counted 「1号车间」 and 「一号车间」 as two workshops, 6 for 5, coefficient 1.1 for 0.9 (采购部 94.09 for
 * 93.89, with only a warning). A number only with 第 before it, 号 after it or a word that numbers places after it; the
 * rest of the name as written: 十一车间 is 「11车间」, 1号车间 and 11号车间 stay two, 车间一 and 一线车间 are left as they are.
 * 「#」 is 号 as factories write it: 「1#车间」 beside 「1号车间」 was a sixth workshop (采购部 94.09 for 93.89, nothing said).
 */
export function numberedKey(key: string): string {
  return key.replace(/(第)?(\d+|[零〇一二两三四五六七八九十]+)([号#＃])?/g, (whole, ordinal: string | undefined, n: string, no: string | undefined, at: number) => {
    if (!ordinal && !no && !NUMBERED_WORD.test(key.slice(at + whole.length))) return whole;
    return /^\d+$/.test(n) || CHINESE_NUMBER.test(n) ? numeralsAsDigits(n) : whole;
  });
}

/**
 * A name with its numbering written one way: numerals as digits, without 第 before the number or 号 (「#」) after it, the
 * number first — 第一车间, 一号车间, 1号车间, 1#车间, 车间一 and 一车间 are all 「1车间」.
 */
function looseName(key: string): string {
  // And without the word for a department or workshop after it: 采购, 采购部, 采购部门 (设备部, 设备科; 装配车间, 装配) are one
  // written several ways — counted apart, each 较好 where together they were 较差 (§23 0.56 for 1.11).
  // (Only after a name of two characters or more without a number: 一车间 and 第一车间 stay 「1车间」.)
  const digits = numeralsAsDigits(key).replace(/第(?=\d)/g, '').replace(/(?<=\d)[号#＃]/g, '');
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
    // 「生产部(张主任)」 and 「生产部(李班长)」: one department written with its two raters' names (§22 two evaluating
    // departments for one; §23's are counted as one, raterNote).
    const loose = looseName(nameKey(raterNote(name)?.name ?? name));
    const seen = byLoose.get(loose) ?? new Map<string, string>();
    if (!seen.has(strict)) seen.set(strict, name);
    byLoose.set(loose, seen);
  }
  // A name with a note in brackets beside the same name bare (「一车间(冲压)」 and 「一车间」, 「东店(总店)」 and 「东店」): one
  // place noted once, counted as two (§23 6 workshops for 5). Two notes without the bare name (东店(总店), 东店(分店)) may
  // well be two places.
  for (const [loose, seen] of [...byLoose]) {
    const bare = NOTED.exec(loose)?.[1];
    // (Not the bare name's key as looseName leaves it — 生产 for 「生产部」: it warned 「喷涂车间」 beside 「喷涂车间(外协)」 and
    // 「装配车间」 beside 「装配车间(电机)」, which README holds are other workshops (a note naming no person); 「生产部(质检)」
    // beside 「生产部」 is as much another department, counted apart, 866.67 B, with nothing said.)
    const with_ = bare !== undefined && bare !== '' ? byLoose.get(bare) : undefined;
    if (!with_ || with_ === seen) continue;
    for (const [k, v] of seen) if (!with_.has(k)) with_.set(k, v);
    byLoose.delete(loose);
  }
  return [...byLoose.values()].filter((m) => m.size > 1).map((m) => [...m.values()]);
}

/** A name and a note in brackets after it (as nameKey leaves them: NFKC, so half-width). */
const NOTED = /^(.+?)\s*\([^()]*\)$/;

/** A person's title at the end of a note: 张主任, 李班长, 王师傅. */
const TITLE = /(主任|班长|组长|线长|段长|工长|厂长|科长|部长|处长|经理|主管|师傅|老师|助理|专员|文员|统计员?|记录员|质检员|先生|女士|小姐)$/;
/** What ends the name of a place or part of one, not of a person: (总店), -东区, (冲压车间). */
const PLACE = /(车间|间|部|部门|科|室|组|线|段|楼|层|区|厂|店|班|仓|库|队|处|所|中心|分厂|工段|片)$/;
/** Numbers in a note: 「装配车间-二楼」, 「一车间(3线)」 are parts of a workshop, not its raters. */
const NUMBERED = /[0-9零〇一二两三四五六七八九十百]/;

/**
 * A note after a name: in brackets (「3号车间(张主任)」, 「3号车间【张主任】」) or after a space, a dash, 「/」 or 「:」
 * (「3号车间 李班长」, 「3号车间-张」, 「3号车间/张主任」, 「3号车间:张主任」), as cleanText leaves it (NFKC).
 */
const NOTE_AFTER = /^(.+?)\s*(?:[(（【〔\[]\s*([^()（）【】〔〕\[\]]+?)\s*[)）】〕\]]|[-－—–_~～/／:：]+\s*(\S+)|\s+(\S+))$/u;

/**
 * A name with a person written after it: 「3号车间(张主任)」, 「3号车间 李班长」, 「3号车间-张」, 「3号车间/张主任」,
 * 「3号车间:张主任」, 「3号车间【张主任】」, 「3号车间张主任」 are 3号车间 as 张主任, 李班长, 张 wrote it (§23 counted 6 workshops
 * for 5, coefficient 1.1 for 0.9: 采购部 94.09 for 93.89). Null when the note is not a person's: 「东店(总店)」, 「装配车间-二楼」,
 * 「1号车间」, 「3号车间二组」.
 */
export function raterNote(written: string): { name: string; note: string } | null {
  const t = cleanText(written).trim();
  const m = NOTE_AFTER.exec(t);
  const noted = m ? personNoted(m[1]!, (m[2] ?? m[3] ?? m[4])!) : null;
  return noted ?? titleAfter(t);
}

/** A name and what is written after it, when that is a person's: a title, or a surname alone. */
function personNoted(name: string, note: string): { name: string; note: string } | null {
  // Only after the name of a place (「王 芳」, 「张三(组长)」 are people's names).
  if (!PLACE.test(name) || !/^\p{Script=Han}{1,4}$/u.test(note) || NUMBERED.test(note)) return null;
  // Untitled, only a surname alone (「3号车间-张」): 「装配车间(电机)」 and 「(水泵)」, 「喷涂车间(外协)」 are two places or parts
  // of one — merged as one workshop, 采购部 93.89 for 94.09 (review).
  if (!TITLE.test(note) && !([...note].length === 1 && COMMON_SURNAMES.includes(note))) return null;
  return { name, note };
}

/**
 * A person with a title written straight after the place's name, nothing between: 「3号车间张主任」 beside 「3号车间」 was a
 * sixth workshop (采购部 94.09 for 93.89, nothing said). Only with a title (「装配车间王」 is not read as a rater), and the longest
 * note that is a person's: 「3号车间二组组长」 is 3号车间二组 as its 组长, not 3号车间.
 */
function titleAfter(t: string): { name: string; note: string } | null {
  const chars = [...t];
  for (let at = Math.max(1, chars.length - 4); at < chars.length; at++) {
    const note = chars.slice(at).join('');
    const noted = TITLE.test(note) ? personNoted(chars.slice(0, at).join(''), note) : null;
    if (noted) return noted;
  }
  return null;
}
