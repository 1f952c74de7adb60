// Every command's option values, defined and checked in one place: the defaults (--max-size, --settle, --recheck),
// the limits (--jobs), the accepted encodings, and how a flag's text becomes the value the command uses.
// Values are checked while the command line is parsed, so a bad one stops the run before any file is touched,
// and a command receives numbers, never text it must parse again.
import { Option } from 'commander';
import { DEFAULT_RECHECK_MS, DEFAULT_SETTLE_MS } from '../batch/types.js';
import { DEFAULT_MAX_SIZE, MiB } from '../io/inputSize.js';
import type { Messages } from './messages.js';
import { UsageError } from './output.js';

/** How commands run, beyond their flags (main's options). */
export interface RunMode {
  gradeOnThisThread: boolean;
}

export const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'utf-16le', 'utf-16be'] as const;

/** --jobs: files graded in parallel; absent = one per CPU (runBatch's default). */
export const JOBS = { min: 1, max: 64 } as const;

/** `100MB`, `2g`, `500k`, `1048576` → bytes; null when it is not a size. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(text);
  if (!m) return null;
  const mult = { '': 1, k: 1024, m: MiB, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.round(Number(m[1]) * mult);
  // 0 (or 0.1 bytes) is no limit a workbook can keep under: every file failed as 「超过工作簿上限 0 字节」.
  return bytes >= 1 ? bytes : null;
}

/** `30s`, `5m`, `0`, `1500ms` → milliseconds; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!m) return null;
  const mult = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's').toLowerCase() as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * mult);
}

/** The option builders of one language: each gives the option its parser and, where it has one, its default. */
export function optionKinds(t: Messages) {
  const opt = (flags: string, description: string) => new Option(flags, description);
  return {
    opt,
    /** One of a fixed list, matched without regard to case; the list is shown in the help. */
    choice(flags: string, description: string, choices: readonly string[], aliases: Readonly<Record<string, string>> = {}): Option {
      const flag = flagName(flags);
      return opt(flags, description)
        .choices(choices)
        .argParser((value: string) => {
          const hit = choices.find((c) => c.toLowerCase() === value.toLowerCase()) ?? aliases[value.trim()];
          if (hit === undefined) throw new UsageError(t.invalidChoice(flag, value, choices));
          return hit;
        });
    },
    /** --max-size: bytes, default DEFAULT_MAX_SIZE. */
    maxSize(description: string): Option {
      return opt('--max-size <size>', description)
        .default(DEFAULT_MAX_SIZE, `${DEFAULT_MAX_SIZE / MiB}MB`)
        .argParser(checked(parseSize, (value) => t.notSize('--max-size', value)));
    },
    /** --period of kpi score: a month as written anywhere (2026-03, 2026年3月), a quarter or a year; 2026-13 is refused. */
    period(description: string): Option {
      return opt('--period <month>', description).argParser((value: string) => {
        // Read here without the engine's month parser: --help and --version load no engine module (startup).
        const v = value.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
        const m = /^(\d{4})\s*(?:[-/.年_]\s*(\d{1,2})\s*月?(?:份)?|(\d{2}))$/.exec(v);
        const mm = m ? Number(m[2] ?? m[3]) : 0;
        if (m && mm >= 1 && mm <= 12) return `${m[1]}-${String(mm).padStart(2, '0')}`;
        if (/^\d{4}(\s*[-年]?\s*(Q[1-4]|第?[一二三四1-4]季度?)|年?)$/i.test(v)) return v;
        throw new UsageError(t.notPeriod(value));
      });
    },
    /** --jobs: a whole number within JOBS; absent = runBatch's default. */
    jobs(description: string): Option {
      return opt('--jobs <n>', description).argParser((value: string) => {
        const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
        if (!Number.isInteger(n) || n < JOBS.min || n > JOBS.max) throw new UsageError(t.notInteger('--jobs', value, JOBS.min, JOBS.max));
        return n;
      });
    },
    /** A duration in milliseconds (--settle, default DEFAULT_SETTLE_MS; --recheck, default DEFAULT_RECHECK_MS; --wait, no default). */
    duration(flags: '--settle <time>' | '--recheck <time>' | '--wait <time>', description: string): Option {
      const flag = flagName(flags);
      const option = opt(flags, description).argParser(checked(parseDuration, (value) => t.notDuration(flag, value)));
      const defaults: Record<string, number> = { '--settle': DEFAULT_SETTLE_MS, '--recheck': DEFAULT_RECHECK_MS };
      const ms = defaults[flag];
      return ms === undefined ? option : option.default(ms, `${ms / 1000}s`);
    },
  };
}

function flagName(flags: string): string {
  return flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;
}

function checked(parse: (text: string) => number | null, message: (value: string) => string) {
  return (value: string): number => {
    const n = parse(value);
    if (n === null) throw new UsageError(message(value));
    return n;
  };
}
