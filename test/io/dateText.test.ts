// A date cell as messages quote it: the day it shows, or for a time alone (0:25 typed where minutes were asked) the
// time — not 「1899-12-30」, the day Excel counts a time of day from.
import { describe, expect, it } from 'vitest';
import { dateText } from '../../src/io/grid.js';

describe('dateText', () => {
  it('a day; a time of day alone; a time with seconds', () => {
    expect(dateText(new Date('2026-03-31T00:00:00Z'))).toBe('2026-03-31');
    expect(dateText(new Date('1899-12-30T00:25:00Z'))).toBe('00:25');
    expect(dateText(new Date('1899-12-30T13:05:30Z'))).toBe('13:05:30');
    // A duration past a day ([h]:mm, 25:00) is a day and a time: shown as its day, as before.
    expect(dateText(new Date('1899-12-31T01:00:00Z'))).toBe('1899-12-31');
  });
});
