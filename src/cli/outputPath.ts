import { statSync } from 'node:fs';
import path from 'node:path';
import type { Messages } from './messages.js';
import { UsageError } from './output.js';

/**
 * `-o` names an Excel workbook: `x.csv` or `结果` would be an .xlsx under a name that Excel, WPS or the
 * user read as something else. An existing folder is let through: the writer says it is a folder.
 */
export function checkXlsxOutput(output: string | undefined, t: Messages): void {
  if (output === undefined || /\.xlsx$/i.test(output)) return;
  // 「-o ''」 (a script's variable left empty): no name to suggest a workbook from.
  if (output.trim() === '') throw new UsageError(t.outputEmpty);
  try {
    if (statSync(output).isDirectory()) return;
  } catch {
    // not there: a new file name
  }
  const ext = path.extname(output);
  const suggestion = (ext && ext.length <= 6 ? output.slice(0, -ext.length) : output) + '.xlsx';
  throw new UsageError(t.outputNotXlsx(output, suggestion));
}
