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
