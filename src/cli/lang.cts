// Which language the command line speaks. CommonJS (like quick.cts, which asks it before the program loads) so that
// the ready-made answers and the program choose the same way from the one rule.

export type Lang = 'zh' | 'en';

/** `--lang en` / `--lang=en` anywhere on the line wins (the first one), then KPI_LANG; anything else is Chinese. */
export function pickLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) return value.toLowerCase().startsWith('en') ? 'en' : 'zh';
  }
  return (env.KPI_LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh';
}
