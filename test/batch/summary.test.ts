import ExcelJS from 'exceljs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { summarySheets } from '../../src/batch/summaryWorkbook.js';
import { safeSheetName as sheetName } from '../../src/io/excelText.js';
import { assertBuilt, options, put, reportOf, tempDir } from './helpers.js';

beforeAll(assertBuilt);

const NASTY = ['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd', '\t=2', '\r=3', '=HYPERLINK("http://x","点我")'];

describe('batch-summary.xlsx', () => {
  it('one row per person, text stays text, one safely named sheet of problems per file', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', {
      people: NASTY.map((name, i) => ({ id: `=${i}`, name, department: '@部门', total: 80 + i + 0.125, band: i % 2 ? '良好' : '=优秀' })),
    });
    const problems = [{ severity: 'error', code: 'not-a-number', message: '=不是数字', sheet: '3月', cell: 'E7', person: '-张三', item: 'M1', expected: '+数字', actual: '=A1' }];
    await put(inbox, 'x[1]:y*?z.xlsx', { problems, people: [{ id: 'E1', name: '甲', total: null, status: 'error' }] });
    await put(inbox, 'sub/x[1]:y*?z.xlsx', { problems: [{ severity: 'warning', code: 'rater-spread', message: '差异大' }] });
    await put(inbox, `${'很长的文件名'.repeat(8)}.csv`, { problems: [{ severity: 'info', code: 'override', message: '手工' }] });
    await put(inbox, 'broken.csv', 'not json');
    const r = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(r.summaryFile).toBe(path.join(out, 'batch-summary.xlsx'));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.summaryFile!);
    const longBase = '很长的文件名'.repeat(8).slice(0, 31);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', 'broken', 'x_1__y__z', 'x_1__y__z(2)', longBase]);

    const ws = wb.getWorksheet('汇总')!;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from({ length: 7 }, (_, i) => row.getCell(i + 1).value)));
    expect(rows[0]).toEqual(['文件', '工号', '姓名', '部门', '总分', '等级', '状态']);
    // Sorted by file (code units): a.xlsx (7 people), broken.csv (failed), sub/… (1), x… (1), 很长… (1).
    expect(rows).toHaveLength(1 + 7 + 1 + 1 + 1 + 1);
    NASTY.forEach((name, i) => {
      const row = ws.getRow(i + 2);
      const expectName = name; // a CR kept as one (written &#13;: XML reads a bare CR as a LF); still text
      expect(rows[i + 1]).toEqual(['a.xlsx', `=${i}`, expectName, '@部门', 80 + i + 0.125, i % 2 ? '良好' : '=优秀', '已评分']);
      for (const c of [1, 2, 3, 4, 6, 7]) {
        expect(row.getCell(c).type).toBe(ExcelJS.ValueType.String);
        expect(row.getCell(c).formula).toBeUndefined();
      }
      expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(5).numFmt).toBe('0.00');
    });
    expect(rows[8]).toEqual(['broken.csv', null, null, null, null, null, '评分失败:不是考核表']);
    // 文件 as wide as the longest name, at most 48 ('很长的文件名' × 8 + '.csv' is 100 wide); 状态 wraps (a long
    // reason must not overflow into the empty columns: LibreOffice then shrinks the whole printout to its width).
    expect(ws.getColumn(1).width).toBe(48);
    expect(ws.getColumn(7).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('G2').alignment).toBeUndefined(); // one line: plain, level with its row
    expect(rows[9]).toEqual(['sub/x[1]:y*?z.xlsx', 'E1@x[1]:y*?z.xlsx', '张三', '客服部', 91.5, '优秀', '已评分']);
    expect(rows[10]).toEqual(['x[1]:y*?z.xlsx', 'E1', '甲', null, null, null, '有错误,未评分']);

    const p = wb.getWorksheet('x_1__y__z(2)')!;
    const header = (p.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['文件', '级别', '位置', '人员', '项目', '说明', '期望', '实际', '代码']);
    expect((p.getRow(2).values as unknown[]).slice(1)).toEqual(['x[1]:y*?z.xlsx', '错误', '3月!E7', '-张三', 'M1', '=不是数字', '+数字', '=A1', 'not-a-number']);
    p.getRow(2).eachCell((cell) => {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    });
    expect((wb.getWorksheet('x_1__y__z')!.getRow(2).values as unknown[])[1]).toBe('sub/x[1]:y*?z.xlsx');
    expect((wb.getWorksheet('broken')!.getRow(2).values as unknown[]).slice(1, 3)).toEqual(['broken.csv', '错误']);
  });

  it('a long reason in 汇总 gets a row tall enough for its lines (LibreOffice does not grow rows itself)', () => {
    const reason = '原因'.repeat(50);
    const failure = { severity: 'error' as const, code: 'not-a-form', message: reason };
    const [summary] = summarySheets([
      { file: 'a.xlsx', status: 'failed', people: [], problems: [failure] },
      { file: 'b.xlsx', status: 'graded', people: [{ id: 'E1', name: '甲', department: '', total: 90, band: '优秀', status: 'scored' }], problems: [] },
    ]);
    // '评分失败:' is 4 CJK (8) + ':' (1) = 9 wide, the reason 100 CJK = 200: 209 in a column of 40 (39 usable)
    // is ⌈209 / 39⌉ = 6 lines, 6 × 15 + 2 = 92 points. b.xlsx's one line keeps the default height.
    expect(summary!.rows[0]![6]).toBe(`评分失败:${reason}`);
    expect([...summary!.heights!]).toEqual([[0, 92]]);
  });

  it('what a band carries (cs-scheme-100\'s K) gets a column after 等级; files of other forms leave it empty', () => {
    const [summary] = summarySheets([
      { file: 'scheme.xlsx', status: 'graded', people: [
        { id: 'C01', name: '周杰', department: '', total: 95, band: '良好', status: 'scored', bandData: { K: 1 } },
        { id: 'C02', name: '吴婷', department: '', total: 96, band: '优秀', status: 'scored', bandData: { K: 1.1 } },
      ], problems: [] },
      { file: 'other.xlsx', status: 'graded', people: [{ id: 'E1', name: '甲', department: '', total: 90, band: '优秀', status: 'scored' }], problems: [] },
      { file: 'broken.xlsx', status: 'failed', people: [], problems: [{ severity: 'error', code: 'not-a-form', message: '坏了' }] },
    ]);
    expect(summary!.columns.map((c) => c.heading)).toEqual(['文件', '工号', '姓名', '部门', '总分', '等级', 'K', '状态']);
    expect(summary!.rows.map((r) => r.slice(4, 7))).toEqual([[95, '良好', 1], [96, '优秀', 1.1], [90, '优秀', null], [null, null, null]]);
    expect(summary!.rows[3]![7]).toBe('评分失败:坏了');
  });

  it('safeSheetName', () => {
    // batch-summary.xlsx names a sheet with no name left 问题.
    const safeSheetName = (wanted: string, taken: Set<string>) => sheetName(wanted, taken, '问题');
    const taken = new Set<string>(['汇总']);
    expect(safeSheetName('汇总', taken)).toBe('汇总(2)');
    expect(safeSheetName('a/b\\c[d]:e*f?g', taken)).toBe('a_b_c_d__e_f_g');
    expect(safeSheetName("'quoted'", taken)).toBe('quoted');
    expect(safeSheetName('History', taken)).toBe('History(2)');
    expect(safeSheetName('', taken)).toBe('问题');
    expect(safeSheetName('问题', taken)).toBe('问题(2)');
    const long = 'x'.repeat(40);
    expect(safeSheetName(long, taken)).toBe('x'.repeat(31));
    expect(safeSheetName(long, taken)).toBe(`${'x'.repeat(28)}(2)`);
    expect(safeSheetName('X'.repeat(40), taken)).toBe(`${'X'.repeat(28)}(3)`);
    const emoji = `${'a'.repeat(30)}😀`;
    expect(safeSheetName(emoji, taken)).toBe('a'.repeat(30));
    for (const n of taken) expect(n.length).toBeLessThanOrEqual(31);
  });
});
