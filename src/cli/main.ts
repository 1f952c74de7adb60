import { CommanderError } from 'commander';
import { pickLang } from './messages.js';
import { EXIT, makeOutput, UsageError, type Output } from './output.js';
import { buildProgram } from './program.js';

export interface MainOptions {
  /** Replaces the console (in-process callers: tests). */
  output?: Output;
  /** Read for KPI_LANG and KPI_DEBUG. */
  env?: NodeJS.ProcessEnv;
  /**
   * Grade `kpi score` on the calling thread instead of a worker thread. The worker exists so that the CLI
   * process answers a signal at once; an in-process caller handles no signals and saves the worker's start.
   */
  gradeOnThisThread?: boolean;
}

/**
 * Runs one command line and returns its exit code; the only place that decides it (bin/kpi.js sets it).
 */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const o = options.output ?? await makeOutput({ color: !argv.includes('--no-color') });
  const lang = pickLang(argv, options.env ?? process.env);
  let code: number = EXIT.ok;
  const program = buildProgram(
    lang,
    o,
    (c) => {
      code = c;
    },
    { gradeOnThisThread: options.gradeOnThisThread ?? false },
  );
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
