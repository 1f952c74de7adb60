// Labels as people retype them: full-width forms, spaces, a trailing colon, brackets of either width.
// NFKC folds ８５ → 85, （ → (, ， → , and ％ → %.
export function normText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Key for comparing labels: no spaces, separators, brackets or punctuation, lower case. */
export function labelKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00b7\u30fb\u2022.\-—–_/\\|:;,、()\[\]{}<>《》「」『』【】"'`*#]+/g, '');
}

/**
 * Other ways a person writes the same label: without list numbering (「1、」「2.」「(三)」「A1 」) and without a
 * trailing note in brackets (「(20分)」「(户)」). The label itself comes first.
 */
export function labelVariants(text: string): string[] {
  const t = text.normalize('NFKC').trim();
  const unnumbered = t.replace(/^(?:[((]?\s*(?:\d+|[一二三四五六七八九十]+)\s*[))]|(?:\d+|[一二三四五六七八九十]+)\s*[、.)]|[A-Za-z]\d{1,2}(?=[\s、.:)]|[^\x00-\x7f]))\s*[、.:]?\s*/, '');
  const variants = [t, unnumbered];
  for (const v of [t, unnumbered]) {
    const bare = v.replace(/\s*\([^()]*\)\s*$/, '');
    if (bare && bare !== v) variants.push(bare);
  }
  return [...new Set(variants.filter(Boolean))];
}
