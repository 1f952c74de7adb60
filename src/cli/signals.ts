// SIGINT/SIGTERM. bin/kpi.js installs these handlers before it loads anything else: a signal that arrives
// while node is still loading modules (seconds on a busy machine) must not get the default action, which
// would end the process with no message and an exit by signal instead of 130/143. This module therefore
// imports nothing but the list of temporary files.
import { removePendingTemporaryFiles } from '../io/pendingFiles.js';

let signalDelegate: ((signal: NodeJS.Signals) => void) | null = null;

/** A long command (batch) stops gracefully on the first signal; a second one ends the process at once. */
export function delegateSignals(handler: ((signal: NodeJS.Signals) => void) | null): void {
  signalDelegate = handler;
}

/**
 * The one line printed when a signal stops kpi. `removed`: a half-written output was removed — when the signal came
 * after the output was complete and in place, it is not said to be deleted.
 */
export function stoppedLine(signal: NodeJS.Signals, removed: boolean): string {
  return `\nkpi: 收到 ${signal},已停止;${removed ? '未完成的输出已删除,' : ''}原始文件未改动。`;
}

/**
 * What --json prints when a signal stops kpi: one document, as on any other failure (stdout was empty, and a script's
 * JSON.parse failed). The shape of reportJson's errorJson, written here: this module imports nothing else.
 */
export function interruptedJson(signal: NodeJS.Signals, removed: boolean): string {
  const message = stoppedLine(signal, removed).trim().replace(/^kpi:\s*/, '');
  return JSON.stringify({ error: { severity: 'error', code: 'interrupted', sheet: null, cell: null, person: null, message, signal } }, null, 2);
}

/** 130 for SIGINT, 143 for SIGTERM: what a shell reports for a process ended by the signal. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

let installed = false;

export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (signalDelegate) {
        const handler = signalDelegate;
        signalDelegate = null;
        handler(signal);
        return;
      }
      const removed = removePendingTemporaryFiles();
      process.stderr.write(`${stoppedLine(signal, removed > 0)}\n`);
      if (process.argv.includes('--json')) process.stdout.write(`${interruptedJson(signal, removed > 0)}\n`);
      process.exit(signalExitCode(signal));
    });
  }
}
