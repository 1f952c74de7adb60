#!/usr/bin/env node
// CommonJS (bin/package.json), so that the answers given before the program loads need no ES-module loader.
'use strict';
const path = require('node:path');

const argv = process.argv.slice(2);
// `--version`, and the help pages and form list as the program printed them at build time, while nothing they
// came from has changed (src/cli/quick.cts; test/cli/quick.test.ts holds them to the program's own).
const ready = quickAnswer();
if (ready !== null) {
  // A reader that closed the pipe (`kpi forms | head -1`) is not an error, as for the program (output.ts).
  process.stdout.on('error', () => {});
  process.stdout.write(ready);
} else {
  run();
}

function quickAnswer() {
  try {
    return require('../dist/cli/quick.cjs').quickAnswer(argv, process.env, process.stdout, path.join(__dirname, '..'));
  } catch {
    // A dist/ built before quick.cts existed: the program answers.
    return null;
  }
}

async function run() {
  // Signal handlers before the program is loaded (dist/cli/signals.js imports almost nothing): a Ctrl+C or SIGTERM
  // while node is still loading (seconds on a busy machine) is answered like any other, exit 130/143 with one line.
  const { installSignalHandlers } = await import('../dist/cli/signals.js');
  installSignalHandlers();
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
