/**
 * The colours the console output uses: chalk's when the output is coloured, plain text otherwise. chalk is
 * loaded only for a coloured terminal (makeOutput), so that `kpi --version` in a pipe or a script loads less.
 */
export interface Palette {
  level: number;
  bold(text: string): string;
  gray(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const same = (text: string) => text;
export const PLAIN: Palette = { level: 0, bold: same, gray: same, red: same, yellow: same, cyan: same };

export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** Raw text (no newline added): help pages, progress bars. */
  write(stream: 'out' | 'err', text: string): void;
  color: Palette;
  isTTY: boolean;
  /** The terminal's width in columns, when stdout is one. */
  columns?: number;
  /** Whether stderr is a terminal (progress bars). */
  errIsTTY: boolean;
}

/** How kpi's console tables look on `o`: coloured headings and rules where colour is on, fitted to the terminal. */
export function tableStyle(o: Output): { head?: (s: string) => string; border?: (s: string) => string; maxWidth?: number } {
  return { ...(o.color.level > 0 ? { head: o.color.cyan, border: o.color.gray } : {}), ...(o.columns ? { maxWidth: o.columns } : {}) };
}

// A reader that goes away (`kpi forms | head -1`) closes the pipe: what is left to print is dropped
// and the command finishes its work (an output file is still written completely) and exits with the
// code it would have had. No EPIPE stack trace, no half-written output file.
const closed = { out: false, err: false };
let guarded = false;

function guardPipes(): void {
  if (guarded) return;
  guarded = true;
  for (const [key, stream] of [['out', process.stdout], ['err', process.stderr]] as const) {
    // Any write error on a standard stream means nobody reads it any more; there is nowhere to report it.
    stream.on('error', () => {
      closed[key] = true;
    });
  }
}

function writeTo(key: 'out' | 'err', text: string): void {
  const stream = key === 'out' ? process.stdout : process.stderr;
  if (closed[key] || stream.destroyed) {
    closed[key] = true;
    return;
  }
  try {
    stream.write(text);
  } catch {
    closed[key] = true;
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set (chalk itself ignores NO_COLOR). */
export async function makeOutput(opts: { color?: boolean } = {}): Promise<Output> {
  guardPipes();
  const noColor = opts.color === false || (process.env.NO_COLOR ?? '') !== '' || process.env.TERM === 'dumb' || !process.stdout.isTTY;
  const color = noColor ? PLAIN : new (await import('chalk')).Chalk({ level: 1 });
  return {
    out: (line) => writeTo('out', line + '\n'),
    err: (line) => writeTo('err', line + '\n'),
    write: writeTo,
    color,
    isTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** An Output that keeps what was printed (in-process tests). */
export function captureOutput(): Output & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    out: (line: string) => void (o.stdout += line + '\n'),
    err: (line: string) => void (o.stderr += line + '\n'),
    write: (stream: 'out' | 'err', text: string) => void (stream === 'out' ? (o.stdout += text) : (o.stderr += text)),
    color: PLAIN,
    isTTY: false,
    errIsTTY: false,
  };
  return o;
}

/** Exit codes are a contract: 0 clean, 1 problems in the data (output still written), 2 could not run. */
export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;

export class UsageError extends Error {}
