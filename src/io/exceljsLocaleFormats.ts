import { createRequire } from 'node:module';

// Excel's built-in number formats 27–36 and 50–58 have no format code of their own: each locale shows them its way,
// and a Chinese Excel or WPS saves its date formats under them (58 is 「3月5日」, 57 「2026年3月」, 31 「2026年3月5日」).
// exceljs knows only their codes per locale and gave such a cell no format at all: a date read as the number 46086
// (旷工 46086 次 at exit 0), and written back as 46086 in the graded copy. They are read as the Chinese (zh-cn) codes.

const require = createRequire(import.meta.url);

type Formats = Record<string, { f?: string; 'zh-cn'?: string }>;

/**
 * Built-in formats exceljs has no entry for at all: currency 5–8 and accounting 41–44 (千位分隔, 会计专用), as openpyxl,
 * pandas and Excel write them. exceljs wrote such cells General — 150,000.00 came back 150000 on every sheet. Their zh-cn
 * codes (¥ where the locale shows its currency).
 */
const UNLISTED: Record<number, string> = {
  5: '"¥"#,##0;"¥"\\-#,##0',
  6: '"¥"#,##0;[Red]"¥"\\-#,##0',
  7: '"¥"#,##0.00;"¥"\\-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"\\-#,##0.00',
  41: '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ',
  42: '_ "¥"* #,##0_ ;_ "¥"* \\-#,##0_ ;_ "¥"* "-"_ ;_ @_ ',
  43: '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  44: '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ',
};

/** The zh-cn code of a built-in format that has no code of its own (5–8, 27–36, 41–44, 50–58), else undefined. */
export function localeFormatCode(id: number): string | undefined {
  const formats = require('exceljs/lib/xlsx/defaultnumformats.js') as Formats;
  const format = formats[id];
  return format && !format.f ? format['zh-cn'] : format ? undefined : UNLISTED[id];
}

let installed = false;

/** Idempotent. Reading only: exceljs writes these codes as custom formats (its table of built-in codes is unchanged). */
export function readLocaleFormatsInExcelJs(): void {
  if (installed) return;
  installed = true;
  const NumFmtXform = require('exceljs/lib/xlsx/xform/style/numfmt-xform.js') as { getDefaultFmtCode(id: number): string | undefined };
  const own = NumFmtXform.getDefaultFmtCode;
  NumFmtXform.getDefaultFmtCode = (id: number) => own(id) ?? localeFormatCode(Number(id));
}
