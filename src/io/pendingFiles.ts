// Temporary files currently being written, so a SIGINT/SIGTERM handler can remove them. Apart from atomic.ts,
// which fills it, only the signal handlers import this: they are installed before anything else is loaded.
import { unlinkSync } from 'node:fs';

export const pendingTemporaryFiles = new Set<string>();

/**
 * What else a signal that ends the process at once must tidy, synchronously (a batch: its workers' half-written outputs,
 * which this thread never registered, and its lock). Each returns how many temporary files it removed.
 */
export const hardStopCleanups = new Set<() => number>();

/** Removes every temporary file still being written (called on SIGINT/SIGTERM); how many there were. */
export function removePendingTemporaryFiles(): number {
  const count = pendingTemporaryFiles.size;
  for (const tmp of pendingTemporaryFiles) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pendingTemporaryFiles.clear();
  let more = 0;
  for (const cleanup of hardStopCleanups) {
    try {
      more += cleanup();
    } catch {
      // the process ends anyway: the next run tidies what is left
    }
  }
  return count + more;
}
