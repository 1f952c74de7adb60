import { Chalk, type ChalkInstance } from 'chalk';

export interface Output {
  out(line: string): void;
  err(line: string): void;
  color: ChalkInstance;
  isTTY: boolean;
}

/** Colour only on a terminal, and never when NO_COLOR is set (chalk itself ignores NO_COLOR). */
export function makeOutput(opts: { color?: boolean } = {}): Output {
  const noColor = opts.color === false || (process.env.NO_COLOR ?? '') !== '' || process.env.TERM === 'dumb' || !process.stdout.isTTY;
  const color = new Chalk({ level: noColor ? 0 : 1 });
  return {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    color,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Exit codes are a contract: 0 clean, 1 problems in the data (output still written), 2 could not run. */
export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;

export class UsageError extends Error {}
