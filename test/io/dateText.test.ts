// A date cell as messages quote it: the day it shows, or for a time alone (0:25 typed where minutes were asked) the
// time — not 「1899-12-30」, the day Excel counts a time of day from.
import { describe, expect, it } from 'vitest';
import { dateText } from '../../src/io/grid.js';

describe('dateText', () => {
  it('a day; a time of day alone; a time with seconds', () => {
    expect(dateText(new Date('2026-03-31T00:00:00Z'))).toBe('2026-03-31');
    expect(dateText(new Date('1899-12-30T00:25:00Z'))).toBe('00:25');
    expect(dateText(new Date('1899-12-30T13:05:30Z'))).toBe('13:05:30');
  });

  it('Excel’s days 1–60 as Excel shows them: 1900 counted as a leap year (1 is 1900-01-01, 60 its 1900-02-29)', () => {
    // Serial n is 1899-12-30 + n days: 1 → 1899-12-31, shown by Excel as 1900-01-01 (one day on, to day 59).
    expect(dateText(new Date('1899-12-31T01:00:00Z'))).toBe('1900-01-01');
    expect(dateText(new Date('1900-02-27T00:00:00Z'))).toBe('1900-02-28'); // 59
    expect(dateText(new Date('1900-02-28T00:00:00Z'))).toBe('1900-02-29'); // 60
    expect(dateText(new Date('1900-03-01T00:00:00Z'))).toBe('1900-03-01'); // 61: the calendar and Excel agree from here
  });
});
