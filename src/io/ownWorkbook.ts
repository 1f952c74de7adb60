// kpi's own report workbooks, told by the keywords they carry (docProps/core.xml), which Excel, WPS and LibreOffice keep
// on saving: a roll-up written with -o into a folder of forms, a batch summary, are not forms to read.
import { smallWorkbookBytes } from './graded/marks.js';
import { inflateEntryCapped, readZipDirectory } from './zipGuard.js';

export const SUMMARY_KEYWORDS = 'kpi batch-summary';
export const ROLLUP_KEYWORDS = 'kpi rollup';
/** The keywords of raters' copies scored together (kpi score a b c): its result sheets only, nothing to score again. */
export const COMBINED_KEYWORDS = 'kpi combined';

/** Which of kpi's reports the workbook is, or null (not one, or not readable as a zip). */
export async function kpiReportOf(abs: string): Promise<'batch-summary' | 'rollup' | 'combined' | null> {
  const buffer = await smallWorkbookBytes(abs);
  return buffer ? kpiReportIn(buffer) : null;
}

/** kpiReportOf for a file already read. */
export function kpiReportIn(buffer: Buffer): 'batch-summary' | 'rollup' | 'combined' | null {
  const dir = readZipDirectory(buffer);
  if (!dir.ok) return null;
  const core = dir.entries.find((e) => e.name === 'docProps/core.xml');
  if (!core) return null;
  const xml = inflateEntryCapped(buffer, core, 1024 * 1024);
  if (!xml.ok) return null;
  const text = xml.data.toString('utf8');
  return reportOfKeywords(/<cp:keywords>([^<]*)<\/cp:keywords>/.exec(text)?.[1] ?? '');
}

/** Which of kpi's reports a workbook's keywords (docProps/core.xml) name, or null. */
export function reportOfKeywords(keywords: string): 'batch-summary' | 'rollup' | 'combined' | null {
  const k = keywords.trim();
  return k === SUMMARY_KEYWORDS ? 'batch-summary' : k === ROLLUP_KEYWORDS ? 'rollup' : k === COMBINED_KEYWORDS ? 'combined' : null;
}
