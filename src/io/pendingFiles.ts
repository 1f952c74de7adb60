// Temporary files currently being written, so a SIGINT/SIGTERM handler can remove them. Apart from atomic.ts,
// which fills it, only the signal handlers import this: they are installed before anything else is loaded.
import { unlinkSync } from 'node:fs';

export const pendingTemporaryFiles = new Set<string>();

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
  return count;
}
