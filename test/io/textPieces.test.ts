import { describe, expect, it } from 'vitest';
import { decodePieces, TEXT_PIECE_BYTES } from '../../src/io/fast/textPieces.js';
import { plainRowsXml, RUN_BYTES } from '../../src/io/fast/plainRows.js';

// The fast path decodes sheet XML and builds its own XML in pieces small enough that V8 never gives a string
// pages of its own (src/io/fast/textPieces.ts): 128 KB, 64 K characters of two-byte text. Splitting must not
// change a character, also where a piece boundary falls inside one.

describe('decodePieces', () => {
  it('decodes a chunk in pieces of at most TEXT_PIECE_BYTES, the same text as one decode', () => {
    // 「王」 is 3 bytes in UTF-8: 16,384 = 3 × 5,461 + 1, so the first boundary falls after the first byte of the
    // 5,462nd 王 and the decoder must carry two bytes over.
    const text = `<row>${'王'.repeat(20_000)}</row>`;
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.length).toBe(5 + 60_000 + 6);
    const decoder = new TextDecoder('utf-8');
    const pieces = [...decodePieces(decoder, bytes)];
    pieces.push(decoder.decode());
    // 60,011 bytes in pieces of 16,384: 4 pieces, and the final flush (empty).
    expect(pieces.length).toBe(Math.ceil(60_011 / TEXT_PIECE_BYTES) + 1);
    expect(pieces.join('')).toBe(text);
    // No piece longer than its bytes: at most 16,384 characters (here 5 + 5,459 王 in the first, two bytes held).
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(TEXT_PIECE_BYTES);
    expect(pieces[0]).toBe(`<row>${'王'.repeat(5_459)}`);
  });

  it('keeps a character split between two chunks of the stream', () => {
    const bytes = Buffer.from('ab王cd', 'utf8'); // a b [e7 8e 8b] c d
    const decoder = new TextDecoder('utf-8');
    const out = [...decodePieces(decoder, bytes.subarray(0, 3)), ...decodePieces(decoder, bytes.subarray(3)), decoder.decode()];
    expect(out).toEqual(['ab', '王cd', '']);
  });
});

describe('plainRowsXml runs', () => {
  it('hands on its XML in buffers of about RUN_BYTES, whole rows each, UTF-8', () => {
    // 2,000 rows of Chinese text: each row about 130 bytes (员工 and × are 3 bytes each), about 260 KB in all.
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ values: [`员工${i}`, '回访率 45/50 = 90% × 20 = 18', i] }));
    const runs = [...plainRowsXml(rows, { first: 2, styleIds: [0, 0, 0] })];
    const all = Buffer.concat(runs).toString('utf8');
    expect(all.match(/<row /g)!.length).toBe(2_000);
    expect(all).toContain('<row r="2001"><c r="A2001" t="str"><v>员工1999</v></c>');
    for (const run of runs) {
      const text = run.toString('utf8');
      expect(text.startsWith('<row ')).toBe(true);
      expect(text.endsWith('</row>')).toBe(true);
      // A run ends with the row that took it to RUN_BYTES or past: at most that plus one row.
      expect(run.length).toBeLessThan(RUN_BYTES + 200);
    }
    // 2,000 × ~130 bytes ≈ 260 KB against 192 KB a run: two.
    expect(runs.length).toBe(2);
    expect(runs[0]!.length).toBeGreaterThanOrEqual(RUN_BYTES);
  });
});
