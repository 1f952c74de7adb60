// Text cleaning is linear in the text: `(x)+$` expressions retried at every character of a long inner run
// (1 + 100,000 spaces + 2 took 25 s; 4 times that for each doubling).
import { describe, expect, it } from 'vitest';
import { parseNumberText, trimEnds, visibleText } from '../../src/engine/text.js';
import { withCpuTime } from '../helpers.js';

describe('long runs inside a cell', () => {
  it('「1 + 100,000 spaces + 2」 is not a number, told at once; its zero-width twin is shown with its marks', () => {
    const spaces = withCpuTime(() => parseNumberText(`1${' '.repeat(100_000)}2`));
    expect(spaces.result).toBeNull();
    expect(spaces.cpuMs).toBeLessThan(500);
    const zw = withCpuTime(() => visibleText(`1${'\u200b'.repeat(50_000)}2`));
    expect(zw.result.startsWith('1[U+200B][U+200B]')).toBe(true);
    expect(zw.result.endsWith('[U+200B]2')).toBe(true);
    expect(zw.cpuMs).toBeLessThan(500);
  });
  it('only the ends are trimmed: spaces and zero-width characters', () => {
    expect(parseNumberText(' \u200b 85 \ufeff')).toEqual({ value: 85, percent: false });
    expect(visibleText(' \u200b1\u200b2\u200b ')).toBe('1[U+200B]2');
    expect(trimEnds('xxaxbxx', (c) => c === 'x')).toBe('axb');
  });
});
