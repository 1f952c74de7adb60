import { describe, expect, it } from 'vitest';
import { INPUT_EXTENSIONS, inputStem, isInputName, isWorkbookName, isXlsxName } from '../../src/io/formats/names.js';

// One list of input names (formats/names.ts) for everything that goes by a file's name: rollup's folder
// expansion, output names, the summary's sheet names, `kpi march.xlsx` read as `kpi score march.xlsx`.

describe('input names', () => {
  it('each format names its files; an HTML table is often named .xls', () => {
    expect(INPUT_EXTENSIONS).toEqual({ xlsx: ['.xlsx', '.xlsm'], csv: ['.csv', '.txt'], html: ['.html', '.htm', '.xls'] });
  });

  it('reads names without regard to case, by the last extension only', () => {
    for (const n of ['march.xlsx', 'MARCH.XLSM', '导出.xls', 'a.b.csv', 'names.TXT', 'page.htm', 'page.html', 'dir.xlsx/../x.csv']) expect(isInputName(n), n).toBe(true);
    for (const n of ['march.et', 'report.json', 'x.pdf', 'xlsx', 'march.xlsx.bak', 'dir.xlsx/noext']) expect(isInputName(n), n).toBe(false);
  });

  it('the stem cuts an input extension only', () => {
    expect(inputStem('march.xlsx')).toBe('march');
    expect(inputStem('三月.考核.TXT')).toBe('三月.考核');
    expect(inputStem('导出.xls')).toBe('导出');
    expect(inputStem('march.pdf')).toBe('march.pdf');
    expect(inputStem('noext')).toBe('noext');
  });

  it('workbook names: .xlsx/.xlsm, and the legacy .xls/.et a text file may be disguised as', () => {
    expect(['a.xlsx', 'a.xlsm', 'a.xls', 'a.ET'].map(isWorkbookName)).toEqual([true, true, true, true]);
    expect(['a.csv', 'a.txt', 'a.html'].map(isWorkbookName)).toEqual([false, false, false]);
    expect(['a.xlsx', 'a.XLSM', 'a.xls', 'a.csv'].map(isXlsxName)).toEqual([true, true, false, false]);
  });
});
