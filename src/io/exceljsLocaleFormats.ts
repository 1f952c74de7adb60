import { createRequire } from 'node:module';

// Excel's built-in number formats 27–36 and 50–58 have no format code of their own: each locale shows them its way,
// and a Chinese Excel or WPS saves its date formats under them (58 is 「3月5日」, 57 「2026年3月」, 31 「2026年3月5日」).
// exceljs knows only their codes per locale and gave such a cell no format at all: a date read as the number 46086
// (旷工 46086 次 at exit 0), and written back as 46086 in the graded copy. They are read as the Chinese (zh-cn) codes.

const require = createRequire(import.meta.url);

type Formats = Record<string, { f?: string; 'zh-cn'?: string }>;

/** The zh-cn code of a built-in format that has no code of its own (27–36, 50–58), else undefined. */
export function localeFormatCode(id: number): string | undefined {
  const formats = require('exceljs/lib/xlsx/defaultnumformats.js') as Formats;
  const format = formats[id];
  return format && !format.f ? format['zh-cn'] : undefined;
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
