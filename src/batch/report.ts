import type { Problem } from '../model/problem.js';
import { problemMessage } from '../model/problems/index.js';
import { problemJson } from '../model/problemJson.js';
import type { GradeOutcome } from '../io/outcome.js';
import { writeTextAtomic } from '../io/atomic.js';
import { isXlsxName } from '../io/formats/names.js';
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

/**
 * A problem's message where the file is already named beside it (a batch line, a row of the summary):
 * without the leading file name (「坏文件.xlsx:…」; 「坏文件.xlsx 是…」 becomes 「文件是…」), and for a CSV or other text
 * file without its sheet name, which is the file name again (「march!H7:…」 → 「H7:…」).
 */
export function withoutFileName(file: string, message: string): string {
  const base = file.split('/').pop()!;
  const stem = base.replace(/\.[^.]+$/, '');
  for (const prefix of [`${base}:`, `${base}:`, `${file}:`]) {
    if (message.startsWith(prefix)) return message.slice(prefix.length).trimStart();
  }
  // The file name as the sentence's subject (「shop.xlsx 中没有…」, 「旧表.xls 是…」): the subject stays, as 「文件」.
  for (const prefix of [`${base} `, `${file} `]) {
    if (message.startsWith(prefix)) return `文件${message.slice(prefix.length).trimStart()}`;
  }
  if (stem !== base && !isXlsxName(base) && message.startsWith(`${stem}!`)) return message.slice(stem.length + 1);
  return message;
}

export function totalsOf(files: BatchFileReport[]): BatchTotals {
  const t: BatchTotals = { files: files.length, graded: 0, problems: 0, failed: 0, skippedUnchanged: 0, skippedSettling: 0, people: 0, bands: Object.create(null) as Record<string, number>, notScored: 0 };
  for (const f of files) {
    // A result a killed run never reported is reported now, as this run's: counted as what it was, people and bands
    // included (the summary said 「失败 3」 above five files listed as failed, and their people were in no 共 N 人).
    const status = f.status === 'skipped-unchanged' && f.unreported === true && f.lastStatus ? f.lastStatus : f.status;
    if (status === 'graded') t.graded++;
    else if (status === 'problems') t.problems++;
    else if (status === 'failed') t.failed++;
    else if (status === 'skipped-unchanged') t.skippedUnchanged++;
    else t.skippedSettling++;
    if (status === 'graded' || status === 'problems') {
      t.people += f.people;
      let banded = 0;
      for (const [band, n] of Object.entries(f.bands)) {
        t.bands[band] = (t.bands[band] ?? 0) + n;
        banded += n;
      }
      t.notScored += Math.max(0, f.people - banded);
    }
  }
  return t;
}

/** The report as --json prints it: each problem with its sheet, cell and person (null where none), as scripts read them. */
export function reportJson(report: BatchReport) {
  return { ...report, files: report.files.map((f) => ({ ...f, problems: f.problems.map(problemJson) })) };
}

export async function writeReportJson(target: string, report: BatchReport): Promise<void> {
  await writeTextAtomic(target, JSON.stringify(reportJson(report), null, 2) + '\n', { overwrite: true });
}

/** A problem as kpi batch says it: advice that names an option batch has not (--data, -o) gives the one it can follow. */
export function forBatch(p: Problem): Problem {
  // A workbook open in Excel at night is graded as last saved; the warning would stand every night after (an unchanged
  // file is not graded again) though the workbook was closed since: a note, not a trouble of the file.
  if (p.code === 'input-open') return { ...p, severity: 'info' };
  const gone = p.code === 'file-unreadable' && p.params?.case === 'fs' && ['missing', 'not-folder'].includes((p.params.reason as { kind?: string } | undefined)?.kind ?? '');
  const writeFailed = p.code === 'output-failed' && p.params?.case === 'write';
  // (A graded copy open in Excel was advised 「或用 -o 指定另一个文件」: batch has no -o; closing it is enough.)
  const open = p.code === 'output-exists' && p.params?.case === 'open';
  if (!(p.code === 'data-missing' && p.params?.case === 'not-found') && !writeFailed && !gone && !open) return p;
  const q: Problem = { ...p, params: { ...p.params, batch: true } };
  q.message = problemMessage(q);
  return q;
}

/** An output whose name or path is too long: the same next run, so a verdict, not tried again while the file is unchanged. */
export function isTooLong(p: Problem): boolean {
  return p.code === 'output-failed' && p.params?.case === 'write' && (p.params.reason as { kind?: string } | undefined)?.kind === 'too-long';
}
