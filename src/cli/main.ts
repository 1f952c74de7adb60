import { CommanderError } from 'commander';
import { pickLang } from './messages.js';
import { EXIT, makeOutput, UsageError, type Output } from './output.js';
import { buildProgram } from './program.js';
import { errorJson } from './json.js';

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
  const given = options.output ?? await makeOutput({ color: !argv.includes('--no-color') });
  const json = argv.includes('--json');
  const o = watched(given);
  const code = await run(argv, o, options);
  // --json: every run that could not run says why on stdout as {"error": …}, also where the parser or a command's
  // own check refused it before any JSON was written (an unknown option, -o x.csv, --max-size abc).
  if (json && code === EXIT.cannotRun && !o.wroteOut) {
    given.out(JSON.stringify(errorJson(o.failure?.code ?? 'cannot-run', o.failure?.message ?? o.firstError ?? ''), null, 2));
  }
  return code;
}

/** The output, noting whether anything went to stdout, the first line of stderr, and why the run failed. */
type Watched = Output & { wroteOut: boolean; firstError?: string; failure?: { code: string; message: string } };

function watched(o: Output): Watched {
  const w: Watched = {
    ...o,
    wroteOut: false,
    out: (line) => {
      w.wroteOut = true;
      o.out(line);
    },
    err: (line) => {
      if (w.firstError === undefined) w.firstError = line.replace(/^kpi: /, '');
      o.err(line);
    },
    write: (stream, text) => {
      if (stream === 'out') w.wroteOut = true;
      o.write(stream, text);
    },
  };
  return w;
}

/**
 * `kpi --json score x.xlsx`: a --json typed before the command is the command's (a script's habit; README: anywhere).
 * The command is the first word that is neither an option nor --lang's value; with none, the line stays as it is.
 */
export function jsonAfterCommand(argv: readonly string[]): string[] {
  const at = argv.indexOf('--json');
  if (at < 0) return [...argv];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    if (at > i) break;
    const rest = argv.filter((_, k) => k !== at);
    return [...rest.slice(0, i), '--json', ...rest.slice(i)];
  }
  return [...argv];
}

async function run(given: string[], o: Output & { failure?: { code: string; message: string } }, options: MainOptions): Promise<number> {
  const argv = jsonAfterCommand(given);
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
      if (err.exitCode !== 0) o.failure = { code: 'usage', message: err.message };
      return err.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    }
    if (err instanceof UsageError) {
      o.failure = { code: 'usage', message: err.message };
      o.err(`kpi: ${err.message}`);
      return EXIT.cannotRun;
    }
    const message = `内部错误:${(err as Error)?.message ?? err}。这是 kpi 的缺陷,请把这条信息和所用文件报告给维护者。`;
    o.failure = { code: 'internal', message };
    o.err(`kpi: ${message}`);
    if ((options.env ?? process.env).KPI_DEBUG) o.err(String((err as Error)?.stack));
    return EXIT.cannotRun;
  }
  return code;
}
