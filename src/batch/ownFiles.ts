// The run's own reports (batch-summary.xlsx, batch-report.json) are rewritten every run, but only when the file of
// that name is kpi's: a user's file that happens to have the name (a form called batch-summary.xlsx in an inbox
// graded in place, a batch-report.json of their own) is never replaced. The report is then written beside it
// under the next free name (batch-summary-2.xlsx …), and a file of such a name in the inbox that is not kpi's is
// graded like any other.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { kpiReportOf } from '../io/ownWorkbook.js';

/** The keywords batch-summary.xlsx carries (docProps/core.xml): Excel, WPS and LibreOffice keep them on saving. */
export { SUMMARY_KEYWORDS } from '../io/ownWorkbook.js';

/** Larger files are not read to tell: a summary or report of this size is not kpi's. */
const LARGEST = 256 * 1024 * 1024;

const REPORT_NAME_RE = /^batch-(summary|report)(?:-\d+)?\.(xlsx|json)$/i;

async function readSmall(abs: string): Promise<Buffer | null> {
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat || !stat.isFile() || stat.size > LARGEST) return null;
  return fs.readFile(abs).catch(() => null);
}

/** Whether the workbook is a batch-summary.xlsx kpi wrote (its keywords). */
export async function isKpiSummary(abs: string): Promise<boolean> {
  return (await kpiReportOf(abs)) === 'batch-summary';
}

/** Whether the file is a batch-report.json kpi wrote. */
export async function isKpiReport(abs: string): Promise<boolean> {
  const buffer = await readSmall(abs);
  if (!buffer) return false;
  try {
    const data = JSON.parse(buffer.toString('utf8')) as { tool?: unknown; kind?: unknown } | null;
    return data?.tool === 'kpi' && data.kind === 'batch-report';
  } catch {
    return false;
  }
}

/** Whether a file of the top folder is one of the run's own reports (its name, then its content say so). */
export async function isOwnReport(name: string, abs: string): Promise<boolean> {
  // A report kept under another name (「batch-report 2月.json」) or moved into a sub-folder is kpi's by its content.
  if (/\.json$/i.test(name)) return isKpiReport(abs);
  const m = REPORT_NAME_RE.exec(name);
  if (!m) return false;
  const kind = m[1]!.toLowerCase();
  const ext = m[2]!.toLowerCase();
  if (kind === 'summary' && ext === 'xlsx') return isKpiSummary(abs);
  if (kind === 'report' && ext === 'json') return isKpiReport(abs);
  return false;
}

/**
 * Where a report goes: `name` when nothing is there or kpi's report is, else the first of name-2, name-3 … that
 * is free or kpi's. `displaced` names the user's file that kept the name.
 */
export async function reportPath(dir: string, name: string): Promise<{ file: string; displaced: string | null }> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const file = path.join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
    const there = await fs.lstat(file).catch(() => null);
    if (!there || (there.isFile() && (await isOwnReport(path.basename(file), file)))) {
      return { file, displaced: n === 1 ? null : path.join(dir, name) };
    }
  }
}
