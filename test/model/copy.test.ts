import { describe, expect, it } from 'vitest';
import { copyWith } from '../../src/model/copy.js';

describe('copyWith', () => {
  it('is { ...source, ...fields } without the omitted keys, keys in the same order', () => {
    const source = { id: '1001', rank: 3, total: 79, band: '一般' as string | null };
    const copy = copyWith(source, { band: null, total: 80 }, ['rank']);
    expect(copy).toStrictEqual({ id: '1001', total: 80, band: null });
    expect(Object.keys(copy)).toEqual(['id', 'total', 'band']);
    // A field re-added after being omitted goes last, as `const { rank, ...rest } = p; { ...rest, rank }` does.
    expect(Object.keys(copyWith(source, { rank: 1 }, ['rank']))).toEqual(['id', 'total', 'band', 'rank']);
    expect(source).toStrictEqual({ id: '1001', rank: 3, total: 79, band: '一般' });
  });
});
