import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { shareEmptyStyles } from './exceljsStyles.js';
import { squeezeValidationsInExcelJs } from './exceljsValidations.js';
import { keepFormulaNamesInExcelJs } from './exceljsNames.js';
import { readProtectionBooleansInExcelJs } from './exceljsProtection.js';
import { readLocaleFormatsInExcelJs } from './exceljsLocaleFormats.js';
import { escapeTextLikeExcelInExcelJs } from './exceljsTextEscapes.js';
import { keepNotesOfEmptyCellsInExcelJs } from './exceljsEmptyNotes.js';
import { writeTablesWithoutStyleInExcelJs } from './exceljsTableStyles.js';
import { keepPlaceLinksInExcelJs } from './exceljsLinks.js';
import { keepRowsWithoutCellsInExcelJs } from './exceljsEmptyRows.js';
import { keepPageBreaksInExcelJs } from './exceljsPageBreaks.js';
import { keepNoteAuthorsInExcelJs } from './exceljsNoteAuthors.js';
import { keepPrintSetUpBesideChartSheetsInExcelJs } from './exceljsChartSheets.js';

// exceljs's index also loads its streaming reader and writer and what they need (unzipper, archiver, …): more
// than half of the time of loading exceljs, paid by every run and every batch worker. kpi takes the workbook
// model from its own module, and the streaming writer only where it is used (the fast path).

const require = createRequire(import.meta.url);
shareEmptyStyles();
squeezeValidationsInExcelJs();
keepFormulaNamesInExcelJs();
readProtectionBooleansInExcelJs();
readLocaleFormatsInExcelJs();
escapeTextLikeExcelInExcelJs();
keepNotesOfEmptyCellsInExcelJs();
writeTablesWithoutStyleInExcelJs();
keepPlaceLinksInExcelJs();
keepRowsWithoutCellsInExcelJs();
keepPageBreaksInExcelJs();
keepNoteAuthorsInExcelJs();
keepPrintSetUpBesideChartSheetsInExcelJs();

/** exceljs's Workbook (the class `import ExcelJS from 'exceljs'` gives as ExcelJS.Workbook). */
export const Workbook = require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;

/** exceljs's enums (ValueType, …). */
export const ValueType = (require('exceljs/lib/doc/enums.js') as { ValueType: typeof ExcelJS.ValueType }).ValueType;

type WriterOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>;

/** exceljs's streaming writer (ExcelJS.stream.xlsx.WorkbookWriter), loaded when first used. */
export function streamWorkbookWriter(options: WriterOptions): ExcelJS.stream.xlsx.WorkbookWriter {
  const Writer = require('exceljs/lib/stream/xlsx/workbook-writer.js') as new (o: WriterOptions) => ExcelJS.stream.xlsx.WorkbookWriter;
  return new Writer(options);
}
