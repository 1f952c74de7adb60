#!/usr/bin/env node
// Signal handlers before anything else is loaded (dist/cli/signals.js imports almost nothing): a Ctrl+C or
// SIGTERM while node is still loading the program (seconds on a busy machine) is answered like any other,
// exit 130/143 with one line, instead of the default action.
import { installSignalHandlers } from '../dist/cli/signals.js';

installSignalHandlers();
const argv = process.argv.slice(2);
// `kpi --version` alone is answered before the program is loaded: commander and the command table are a third of
// the start-up. It prints what commander prints, the version and a newline, exit 0 (test/cli/startup.test.ts).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('../dist/cli/main.js');
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`kpi: 内部错误:${err?.message ?? err}\n`);
      process.exitCode = 2;
    },
  );
}
