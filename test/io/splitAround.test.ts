import { describe, expect, it } from 'vitest';
import { splitAround } from '../../src/io/normalize.js';

describe('splitAround', () => {
  it('drops the spaces around each separator only, as splitting at 「\\s*·\\s*」 does', () => {
    expect(splitAround('  出勤率(%) · 主管 ', /[·・]/)).toEqual(['  出勤率(%)', '主管 ']);
    expect(splitAround('a · · b', /[·・]/)).toEqual(['a', '', 'b']);
    expect(splitAround('万元, 含税', /[,,、;;]/)).toEqual(['万元', '含税']);
    expect(splitAround('no separator', /[·・]/)).toEqual(['no separator']);
  });

  it('is linear: a 1 MB run of spaces with no separator splits at once (the regex took minutes)', () => {
    const huge = `备注${' '.repeat(1_000_000)}x`;
    expect(splitAround(huge, /[·・]/)).toEqual([huge]);
    expect(splitAround(`a${' '.repeat(1_000_000)}·b`, /[·・]/)).toEqual(['a', 'b']);
  });
});
