// What Excel accepts as text: sheet names and cell values. Excel counts both in UTF-16 code units, so a
// cut must not split a surrogate pair (an emoji, a rare name character such as 𠀀): half a pair is not
// valid XML and Excel repairs or refuses the workbook.

/** Characters XML 1.0 cannot carry. */
export const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** At most `max` UTF-16 code units of `s`, never half of a surrogate pair. */
export function clipUtf16(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

/** Excel holds at most 32,767 characters in a cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** A user's text as a cell value Excel opens: no XML-invalid characters, within the cell limit. */
export function cellValueText(s: string): string {
  return clipUtf16(s.replace(XML_INVALID, ''), EXCEL_CELL_LIMIT);
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\\u0000-\u001f]/g;
const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts, added to `taken`: 1–31 characters, none of []:*?/\, no leading or trailing
 * apostrophe, unique ignoring case (a (2), (3) … suffix), not "History" (reserved). `fallback` when nothing is left.
 */
export function safeSheetName(wanted: string, taken: Set<string>, fallback = '工作表'): string {
  const tidy = (s: string) => s.replace(/^'+|'+$/g, '').trim();
  let base = tidy(wanted.replace(INVALID_SHEET_CHARS, '_'));
  if (!base) base = fallback;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `(${n})`;
    const name = tidy(clipUtf16(base, MAX_SHEET_NAME - suffix.length)) + suffix;
    const key = name.toLowerCase();
    if (name && !taken.has(key) && key !== 'history') {
      taken.add(key);
      return name;
    }
  }
}
