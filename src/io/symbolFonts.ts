import type { RawValue } from '../model/entries.js';

// Fonts that draw a picture for a letter: a tick box typed the usual Excel/WPS way is the letter R in 「Wingdings 2」,
// shown as ☑ (and £ as □). Read as typed, every such box was refused with 「实际为「R」」 — a letter the user never
// sees (§27 29-ccl-form-wingdings: 19 errors and exit 1 for 78.33 一般). The shapes a tick answer may be drawn with
// are read as the character they show (the fonts' own Unicode mappings, Unicode 7.0); `reads` is the plain mark
// they stand for, for a choice that does not list the shape itself (§25 是/否 lists √ and ×, not ☑ or ☒).

interface Shape {
  shown: string;
  reads?: '√' | '×';
}

const TICK: Shape = { shown: '✓', reads: '√' };
const TICKED_BOX: Shape = { shown: '☑', reads: '√' };
const CROSS: Shape = { shown: '✗', reads: '×' };
const CROSSED_BOX: Shape = { shown: '☒', reads: '×' };
const EMPTY_BOX: Shape = { shown: '☐' };

/** By font (its name in lower case): the letters whose shape kpi knows. Any other letter there is a picture it does not. */
const SHAPES: Record<string, Record<string, Shape>> = {
  wingdings: { 'ü': TICK, 'û': CROSS, 'þ': TICKED_BOX, 'ý': CROSSED_BOX, o: EMPTY_BOX, '¨': EMPTY_BOX },
  'wingdings 2': { P: TICK, O: CROSS, R: TICKED_BOX, Q: CROSSED_BOX, S: CROSSED_BOX, T: CROSSED_BOX, '£': { shown: '□' } },
  // Arrows and triangles only.
  'wingdings 3': {},
  webdings: { a: { shown: '✔', reads: '√' }, r: { shown: '✕', reads: '×' }, c: EMPTY_BOX },
  // Windows's own controls (the Excel trick of 「a」 in Marlett for a tick).
  marlett: { a: TICK, r: { shown: '✕', reads: '×' } },
  // Greek letters and mathematics; its digits and a few signs are themselves.
  symbol: { 'Ö': { shown: '√', reads: '√' }, '´': { shown: '×', reads: '×' }, ...Object.fromEntries([...'0123456789.+-/()'].map((c) => [c, { shown: c }])) },
};

/** The symbol font of a cell's font name ('Wingdings 2' as written), or undefined for an ordinary font. */
export function symbolFontOf(name: unknown): string | undefined {
  return typeof name === 'string' && SHAPES[name.trim().toLowerCase()] ? name.trim() : undefined;
}

/**
 * A text cell in a symbol font as it is shown: each letter its shape, when kpi knows every one (spaces are spaces);
 * otherwise the letters as typed, marked unknown — a tick answer there is an error that says so (values.ts).
 */
export function shownInSymbolFont(raw: RawValue, font: string | undefined): RawValue {
  if (!font || raw.kind !== 'text') return raw;
  const shapes = SHAPES[font.toLowerCase()]!;
  // A symbol font draws only the letters U+0020–U+00FF (and their private-use copies U+F020–U+F0FF); a 「√」 or 「是」
  // typed into a column formatted Wingdings 2 is shown by another font, as itself (review: such ticks were refused —
  // every person of a sample checklist unscored).
  const letters = [...raw.value.trim()].map((c) => {
    const code = c.codePointAt(0)!;
    return code >= 0xf020 && code <= 0xf0ff ? String.fromCharCode(code - 0xf000) : c;
  });
  if (letters.some((c) => c.codePointAt(0)! > 0xff)) return raw;
  const known = letters.map((c) => shapes[c]);
  // A letter kpi does not know: a keyboard letter (A, B…) was typed for a picture — said; another (the IME's 「×」,
  // U+00D7) is the plain answer typed into a column formatted so, read as typed as it always was (review).
  const unknown = letters.filter((_, i) => !known[i]);
  if (unknown.length && !unknown.every((c) => /[!-~]/.test(c))) return raw;
  if (unknown.length) return { ...raw, symbol: { font, typed: raw.value.trim(), known: false } };
  const shown = known.map((s) => s!.shown).join('');
  const reads = known.length === 1 ? known[0]!.reads : undefined;
  return { ...raw, value: shown, symbol: { font, typed: raw.value.trim(), known: true, ...(reads ? { reads } : {}) } };
}
