#!/usr/bin/env node
import { installSignalHandlers, main } from '../dist/cli/main.js';

installSignalHandlers();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`kpi: 内部错误:${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
