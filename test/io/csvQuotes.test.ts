// One quote that does not close in a CSV cell read every later line into that cell: 2,990 of 3,000 people gone at
// exit 0. Lines are read as Excel and LibreOffice read them: the quotes kept as text, and said.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows, lenientCells } from '../../src/io/formats/csvRows.js';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

describe('csvRows', () => {
  it('a clean file is papaparse\'s reading: quoted commas and a quoted cell over two lines', () => {
    expect(csvRows('a,b\n"1,000","x\ny"\n', ',')).toEqual({ rows: [['a', 'b'], ['1,000', 'x\ny'], ['']], literal: [] });
  });
  it('「"好评"如潮」 and an unclosed 「"客户表扬信」 are read with their quotes as text; the other lines as before', () => {
    const text = 'name,reason,n\n王芳,"好评"如潮,1\n李强,"客户表扬信,2\n张敏,"a,b",3\n刘洋,"x\ny",4\n';
    expect(csvRows(text, ',')).toEqual({
      rows: [['name', 'reason', 'n'], ['王芳', '"好评"如潮', '1'], ['李强', '"客户表扬信', '2'], ['张敏', 'a,b', '3'], ['刘洋', 'x\ny', '4']],
      literal: [2, 3],
    });
  });
});

describe('lenientCells (a line with a stray quote)', () => {
  it('well-formed quoted cells as quoted, the stray quote as text', () => {
    expect(lenientCells('王芳,"3,2","好评"如潮,"a""b",x', ',')).toEqual(['王芳', '3,2', '"好评"如潮', 'a"b', 'x']);
    expect(lenientCells('李强\t"客户表扬信\t2', '\t')).toEqual(['李强', '"客户表扬信', '2']);
    expect(lenientCells('a,', ',')).toEqual(['a', '']);
  });
});

describe('a stray quote in a roster CSV', () => {
  it('every person is scored (王芳 79 … 孙丽 87.5, as without the quote), with a warning at the line', async () => {
    const lines = readFileSync(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.csv'), 'utf8').split('\n');
    const clean = path.join(tempDir(), 'clean.csv');
    writeFileSync(clean, lines.join('\n'));
    // 王芳's row (line 2): her last cell (其它·原因) becomes 「"好评"如潮」.
    const cells = lines[1]!.split(',');
    cells[cells.length - 1] = '"好评"如潮';
    lines[1] = cells.join(',');
    const quoted = path.join(tempDir(), 'quoted.csv');
    writeFileSync(quoted, lines.join('\n'));
    const want = await gradeFile(clean, { output: null });
    const got = await gradeFile(quoted, { output: null });
    if (!want.ok || !got.ok) throw new Error('not graded');
    expect(got.report.people.map((p) => [p.name, p.total])).toEqual(want.report.people.map((p) => [p.name, p.total]));
    expect(got.report.people).toHaveLength(7);
    const note = got.report.problems.find((p) => p.code === 'csv-quotes')!;
    // Said at the cell that holds them (其它·原因, column U), not at A2.
    const at = 'U2';
    expect([note.severity, note.cell, note.message]).toEqual(['warning', at, `quoted!${at}:第 2 行的引号不成对(如「"好评"如潮」):这些行按原样读取,引号作为文字保留;请核对这些行的各列是否对齐`]);
  });
});
