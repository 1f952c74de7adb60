import { describe, expect, it } from 'vitest';
import { rowsClosedAt, takeRows } from '../../src/io/fast/xml.js';

describe('takeRows (the fast path reading sheet XML a chunk at a time)', () => {
  it('numbers rows without r after the row before, and leaves a row cut off for the next chunk', () => {
    const seen: Array<[number, boolean, string]> = [];
    const first = takeRows('<row r="3"><c r="A3"/></row><row/><row spans="1:2"><c/></row><row r="9"><c r="A9"><v>1', 0, (r) =>
      seen.push([r.n, r.numbered, r.body]),
    );
    // r="3", then 4 and 5 (no r), and row 9 not yet closed.
    expect(seen).toEqual([
      [3, true, '<c r="A3"/>'],
      [4, false, ''],
      [5, false, '<c/>'],
    ]);
    expect(first).toEqual({ rest: '<row r="9"><c r="A9"><v>1', last: 5 });
    const second = takeRows(`${first.rest}</v></c></row></sheetData><mergeCells/>`, first.last, (r) => seen.push([r.n, r.numbered, r.body]));
    expect(seen.at(-1)).toEqual([9, true, '<c r="A9"><v>1</v></c>']);
    expect(second).toEqual({ rest: '</sheetData><mergeCells/>', last: 9 });
    expect(rowsClosedAt(second.rest)).toBe(0);
    expect(rowsClosedAt('<row r="10">')).toBe(-1);
  });
});
