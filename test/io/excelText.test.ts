// The one copy of each text helper the console table, the help pages, the templates, the graded workbook and
// batch-summary.xlsx share: display width, sheet names, cell text.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/engine/text.js';
import { cellValueText, clipUtf16, EXCEL_CELL_LIMIT, safeSheetName } from '../../src/io/excelText.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form } from '../helpers.js';

describe('displayWidth', () => {
  it('CJK, full-width forms and Hangul take 2 columns; ASCII 1', () => {
    expect(displayWidth('王芳')).toBe(4);
    expect(displayWidth('ab1')).toBe(3);
    expect(displayWidth('ＡＢ')).toBe(4); // U+FF21, U+FF22
    expect(displayWidth('。、')).toBe(4); // U+3002, U+3001 (ideographic punctuation)
    expect(displayWidth('한')).toBe(2); // U+D55C
  });

  it('a character beyond the BMP (a surrogate pair) counts once, by its own width', () => {
    expect('𠀀'.length).toBe(2); // U+20000, CJK extension B: two UTF-16 units, one character, 2 columns
    expect(displayWidth('张𠀀')).toBe(4);
    expect(displayWidth('😀')).toBe(2); // U+1F600
    expect(displayWidth('a😀b')).toBe(4);
    expect(displayWidth('𝐀')).toBe(1); // U+1D400 mathematical bold A: narrow
  });

  it('colour codes, zero-width and combining characters take no column', () => {
    expect(displayWidth('\u001b[31m未评分\u001b[39m')).toBe(6);
    expect(displayWidth('王\u200b芳')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\ufeff')).toBe(0);
  });
});

describe('clipUtf16 and cellValueText', () => {
  it('never cut a surrogate pair in half', () => {
    expect(clipUtf16('ab😀', 3)).toBe('ab'); // 😀 is 2 units: keeping one would be half a pair
    expect(clipUtf16('ab😀', 4)).toBe('ab😀');
    expect(clipUtf16('abc', 2)).toBe('ab');
  });

  it('drop what XML cannot carry and keep within 32,767 characters', () => {
    expect(cellValueText('a\u0000b\u000bc\td\ne')).toBe('abc\td\ne');
    const long = `${'x'.repeat(EXCEL_CELL_LIMIT - 1)}😀`;
    expect(cellValueText(long)).toBe('x'.repeat(EXCEL_CELL_LIMIT - 1));
  });
});

describe('safeSheetName', () => {
  it('Excel rules: 31 UTF-16 units at most, no []:*?/\\, unique ignoring case, not History, a fallback for nothing', () => {
    const taken = new Set<string>();
    expect(safeSheetName('', taken)).toBe('工作表');
    expect(safeSheetName('考核表', taken)).toBe('考核表');
    expect(safeSheetName('考核表', taken)).toBe('考核表(2)');
    expect(safeSheetName('history', taken)).toBe('history(2)');
    expect(safeSheetName("'王芳'", taken)).toBe('王芳');
    // 29 ASCII + 😀 = 31 units: fits; 30 + 😀 = 32: the pair is dropped whole.
    expect(safeSheetName(`${'a'.repeat(29)}😀`, taken)).toBe(`${'a'.repeat(29)}😀`);
    expect(safeSheetName(`${'b'.repeat(30)}😀`, taken)).toBe('b'.repeat(30));
    for (const n of taken) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('a template for people named History and 𠀀… opens in exceljs (names as Excel takes them)', async () => {
    const f = await form('cs-competency');
    const people = [new Map([['name', 'History']]), new Map([['name', `张${'𠀀'.repeat(20)}`]])];
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people });
    const names = wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(names).toEqual(['History(2)', `张${'𠀀'.repeat(15)}`]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(back.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(names);
  });
});
