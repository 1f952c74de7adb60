import type { Problem } from '../forms/problem.js';
import type { GradeOutcome } from '../io/outcome.js';
import { writeTextAtomic } from '../io/atomic.js';
import type { BatchFileReport, BatchReport, BatchTotals, FileStatus } from './types.js';

export const REPORT_NAME = 'batch-report.json';
export const SUMMARY_NAME = 'batch-summary.xlsx';

/** A graded file has problems when it or one of its people has an error or a warning. */
export function statusOf(outcome: GradeOutcome): FileStatus {
  if (!outcome.ok) return 'failed';
  const r = outcome.report;
  const serious = (p: Problem) => p.severity === 'error' || p.severity === 'warning';
  return r.problems.some(serious) || r.people.some((p) => p.status === 'error' || p.problems.some(serious)) ? 'problems' : 'graded';
}

export function totalsOf(files: BatchFileReport[]): BatchTotals {
  const t: BatchTotals = { files: files.length, graded: 0, problems: 0, failed: 0, skippedUnchanged: 0, skippedSettling: 0, people: 0, bands: {} };
  for (const f of files) {
    if (f.status === 'graded') t.graded++;
    else if (f.status === 'problems') t.problems++;
    else if (f.status === 'failed') t.failed++;
    else if (f.status === 'skipped-unchanged') t.skippedUnchanged++;
    else t.skippedSettling++;
    if (f.status === 'graded' || f.status === 'problems') {
      t.people += f.people;
      for (const [band, n] of Object.entries(f.bands)) t.bands[band] = (t.bands[band] ?? 0) + n;
    }
  }
  return t;
}

export async function writeReportJson(target: string, report: BatchReport): Promise<void> {
  await writeTextAtomic(target, JSON.stringify(report, null, 2) + '\n', { overwrite: true });
}
