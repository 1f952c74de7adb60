import { describe, expect, it } from 'vitest';
import { entryKey, raterOfKey } from '../../src/model/entries.js';

describe('raterOfKey', () => {
  it('gives the rater group of a key made by entryKey, and nothing for one without', () => {
    expect(raterOfKey(entryKey('q1', 'rating', '主管评', 2))).toBe('主管评');
    expect(raterOfKey(entryKey('q1', 'rating', 'peer'))).toBe('peer');
    expect(raterOfKey(entryKey('q1', 'rating'))).toBe('');
    // Not a key at all (no separators, one only): no rater.
    expect(raterOfKey('q1')).toBe('');
    expect(raterOfKey('q1\u0000rating')).toBe('');
  });
});
