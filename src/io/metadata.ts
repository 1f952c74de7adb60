import type ExcelJS from 'exceljs';
import { cellText } from './grid.js';

// The template records which form and definition version it was made from, in a hidden sheet that
// Excel, WPS, LibreOffice and openpyxl all keep, and in the workbook keywords as a second copy.
export const METADATA_SHEET = '_kpi';
const KEYWORD_PREFIX = 'kpi-form:';

export interface TemplateMetadata {
  form: string;
  version: string;
  layout: 'form' | 'roster';
  /**
   * The definition's text digest (forms/load.ts): a team's copy of a built-in definition, edited but keeping its id and
   * version, makes templates whose mark names the built-in form; scored by it, their results would be the built-in's.
   */
  digest?: string;
  /**
   * A graded workbook's: the digest of the definition --form gave when it was graded. Its rules are not the built-in's
   * whatever version the mark names (a built-in's later version scored a team's result by the built-in's bands).
   */
  gradedWith?: string;
}

export function writeMetadata(wb: ExcelJS.Workbook, meta: TemplateMetadata, generator: string): void {
  const ws = wb.addWorksheet(METADATA_SHEET, { state: 'hidden' });
  ws.addRows([
    ['form', meta.form],
    ['version', meta.version],
    ['layout', meta.layout],
    ...(meta.digest ? [['definition', meta.digest]] : []),
    ['generator', generator],
    ['note', '此工作表记录模板对应的考核表定义,请勿修改或删除'],
  ]);
  wb.keywords = `${KEYWORD_PREFIX}${meta.form}@${meta.version}`;
}

export function readMetadata(wb: ExcelJS.Workbook): Partial<TemplateMetadata> | null {
  const ws = wb.getWorksheet(METADATA_SHEET);
  if (ws) {
    const meta: Record<string, string> = Object.create(null);
    ws.eachRow((row) => {
      const k = cellText(row.getCell(1));
      const v = cellText(row.getCell(2));
      if (k && v) meta[k] = v;
    });
    if (meta.form) return metadataFromPairs(meta, '');
  }
  return metadataFromPairs({}, wb.keywords ?? '');
}

/** The _kpi sheet's key/value pairs, else the workbook keywords (also read by the fast path, src/io/fast). */
export function metadataFromPairs(meta: Record<string, string>, keywords: string): Partial<TemplateMetadata> | null {
  if (meta.form) {
    return {
      form: meta.form,
      version: meta.version,
      layout: meta.layout === 'roster' ? 'roster' : meta.layout === 'form' ? 'form' : undefined,
      ...(meta.definition && /^[0-9a-f]{16}$/.test(meta.definition) ? { digest: meta.definition } : {}),
      ...(meta['graded-with'] && /^[0-9a-f]{16}$/.test(meta['graded-with']) ? { gradedWith: meta['graded-with'] } : {}),
    };
  }
  const m = new RegExp(`${KEYWORD_PREFIX}([A-Za-z0-9_-]+)@([^\\s;,]+)`).exec(keywords);
  return m ? { form: m[1], version: m[2] } : null;
}
