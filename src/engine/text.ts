// What people type into cells: full-width digits, spaces, thousands separators, units.

/** Full-width → half-width (NFKC), other minus signs → "-", ideographic space → space. */
export function halfWidth(s: string): string {
  return s.normalize('NFKC').replace(/[\u2212\u2012\u2013\uFE63]/g, '-');
}

/** Trimmed, or '' for a cell holding only spaces (including U+3000 and zero-width spaces). */
export function cleanText(s: string): string {
  return s.replace(/[\u200B-\u200D\uFEFF]/g, '').normalize('NFKC').trim();
}

/** Text compared for choices: half-width, lower case, no spaces, no punctuation (",", ",", "、" alike). */
export function matchKey(s: string): string {
  const base = halfWidth(s).toLowerCase().replace(/[\s\u200B-\u200D\uFEFF]/g, '');
  const key = base.replace(/\p{P}/gu, '');
  return key === '' ? base : key;
}

/** Units people append to numbers in score sheets; an input's own unit is tried first. */
const COMMON_UNITS = ['分钟', '小时', '分', '次', '户', '项', '个', '人', '件', '单', '天', '位', '条', '家', '元'];

export interface ParsedNumber {
  value: number;
  /** The text ended with "%" (or "%"). */
  percent: boolean;
}

/**
 * A number typed as text: " 85 ", "８５", "－2", "1,000", "20分", "3次", "90%".
 * Returns null when the text is not one number. The value may be ±Infinity ("1e999"): callers refuse it.
 */
export function parseNumberText(text: string, unit?: string): ParsedNumber | null {
  let t = halfWidth(text).replace(/[\s\u200B-\u200D\uFEFF]/g, '');
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1);
  } else {
    const units = unit ? [halfWidth(unit).trim(), ...COMMON_UNITS] : COMMON_UNITS;
    const u = units.find((x) => x !== '' && t.endsWith(x) && t.length > x.length);
    if (u) t = t.slice(0, -u.length);
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return { value: Number(t), percent };
}
