import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * One folder for every folder the tests make (test/helpers.ts tempDir), removed when the run ends: the suite makes
 * thousands a run, and left in /tmp they piled up by the hundred thousand on a developer's machine. The test workers
 * are child processes that vitest stops without an exit event, so the run's main process removes the folder.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'kpi-tests-'));
  // As /tmp itself: tests that run kpi as another user (nobody, test/cli/batchUnreadable) open their folders inside.
  chmodSync(root, 0o755);
  process.env.KPI_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
