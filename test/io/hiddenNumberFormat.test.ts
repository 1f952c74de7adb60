// A count whose number format shows nothing (;;;): the sheet looks blank where 2 is stored (a red team's workbook).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { shownByFormat } from '../../src/io/grid.js';
import { repoRoot } from '../helpers.js';

describe('a number its format does not show', () => {
  it.each(['exceljs', 'package'] as const)('is scored as stored and said at its cell (2 做与工作无关的事: 10 − 2 × 2 = 6 of 10, 96 not 100) — reader %s', async (writer) => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/hidden-number-format.xlsx'), { output: null, writer });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.find((p) => p.name === '李强')!.total).toBe(96);
    const said = r.report.problems.filter((p) => p.code === 'shown-rounded');
    expect(said.map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'R3', '考核表!R3:「工作纪律·做与工作无关的事」单元格的格式不显示数字(看起来是空白),存的是 2:按存的值计,得 6 分;按显示的值会得 10 分。请把单元格改成要计的数'],
    ]);
  });
  it('shownByFormat: ;;; and a zero section left empty show nothing; 0 shows as 0 is no difference', () => {
    expect(shownByFormat(';;;', 2)).toEqual({ value: 0, text: '(不显示)' });
    expect(shownByFormat('0;;', -3)).toEqual({ value: 0, text: '(不显示)' });
    expect(shownByFormat('0;-0;;@', 0)).toBeUndefined();
    expect(shownByFormat('0;-0;;@', 5)).toBeUndefined();
  });
});
