import { CommanderError } from 'commander';
import { removePendingTemporaryFiles } from '../io/atomic.js';
import { pickLang } from './messages.js';
import { EXIT, makeOutput, UsageError, type Output } from './output.js';
import { buildProgram } from './program.js';

/**
 * Runs one command line and returns its exit code; the only place that decides it (bin/kpi.js sets it).
 * `output` replaces the console (tests); `env` is read for KPI_LANG.
 */
export async function main(argv: string[], options: { output?: Output; env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  const o = options.output ?? makeOutput({ color: !argv.includes('--no-color') });
  const lang = pickLang(argv, options.env ?? process.env);
  let code: number = EXIT.ok;
  const program = buildProgram(lang, o, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version (exit 0); `kpi` alone prints the help to stderr and is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    }
    if (err instanceof UsageError) {
      o.err(`kpi: ${err.message}`);
      return EXIT.cannotRun;
    }
    o.err(`kpi: 内部错误:${(err as Error)?.message ?? err}。这是 kpi 的缺陷,请把这条信息和所用文件报告给维护者。`);
    if ((options.env ?? process.env).KPI_DEBUG) o.err(String((err as Error)?.stack));
    return EXIT.cannotRun;
  }
  return code;
}

let signalDelegate: ((signal: NodeJS.Signals) => void) | null = null;

/** A long command (batch) stops gracefully on the first signal; a second one ends the process at once. */
export function delegateSignals(handler: ((signal: NodeJS.Signals) => void) | null): void {
  signalDelegate = handler;
}

export function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (signalDelegate) {
        const handler = signalDelegate;
        signalDelegate = null;
        handler(signal);
        return;
      }
      removePendingTemporaryFiles();
      process.stderr.write(`\nkpi: 收到 ${signal},已停止;未完成的输出已删除,原始文件未改动。\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
