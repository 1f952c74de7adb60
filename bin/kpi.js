#!/usr/bin/env node
// Signal handlers before anything else is loaded (dist/cli/signals.js imports almost nothing): a Ctrl+C or
// SIGTERM while node is still loading the program (seconds on a busy machine) is answered like any other,
// exit 130/143 with one line, instead of the default action.
import { installSignalHandlers } from '../dist/cli/signals.js';

installSignalHandlers();
const { main } = await import('../dist/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`kpi: 内部错误:${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
