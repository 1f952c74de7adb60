import { describe, expect, it } from 'vitest';
import { fastFromRows } from '../../src/io/fast/fromRows.js';
import { readFast } from '../../src/io/fast/index.js';
import { DEFAULT_MAX_SIZE } from '../../src/io/inputSize.js';
import { rowsSheet } from '../../src/io/graded/workbook.js';
import type { LoadedInput } from '../../src/io/formats/format.js';
import { gridFromRows } from '../../src/io/grid.js';

// A large CSV's sheet is written into a package and not read back (fromRows.ts): where kpi's result columns go
// (the right-most column holding a value) is taken from the rows. It must be what reading the package back finds.
function tableInput(rows: string[][]): LoadedInput {
  return { kind: 'csv', grids: [gridFromRows('march', rows)], workbook: null, rows, metadata: null, hiddenSheets: [] };
}

describe('fastFromRows', () => {
  it('puts the results where reading its own package back would: right of the last value of the widest row', async () => {
    const rows = [
      ['工号', '姓名', '部门'],
      ['1', '张三', '客服部', '', ''], // trailing empty cells are nothing typed: column C is still the last
      ['2', '', '', ' ', ''], // a blank typed in D: a value (D = column 4)
      ['3', '王五'],
    ];
    const sheet = rowsSheet(tableInput(rows), 1);
    if (!('rows' in sheet)) throw new Error('no room');
    const fast = await fastFromRows(sheet, DEFAULT_MAX_SIZE);
    expect(fast.grids).toEqual([]);
    expect(fast.metadata).toBeNull();
    expect([...fast.lastValueColumns]).toEqual([['march', 4]]);
    // Read back the slow way: the same column, and the same cells.
    const back = await readFast(fast.pkg.buffer, [...fast.pkg.entries.values()], DEFAULT_MAX_SIZE, false);
    expect([...back.lastValueColumns]).toEqual([['march', 4]]);
    expect(back.metadata).toBeNull();
    expect(back.grids[0]!.text(2, 3)).toBe('客服部');
    expect(back.grids[0]!.text(4, 2)).toBe('王五');
  });
});
