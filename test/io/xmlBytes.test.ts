import { describe, expect, it } from 'vitest';
import { encodeLikeExceljs } from '../../src/io/fast/xml.js';
import { XmlBytes } from '../../src/io/fast/xmlBytes.js';

// 明细's cells are encoded by hand into bytes (src/io/fast/xmlBytes.ts): they must be the bytes that escaping as
// exceljs does and encoding with node's own UTF-8 encoder give, for every kind of character.

const bytesOf = (write: (out: XmlBytes) => void) => {
  const out = new XmlBytes();
  write(out);
  return out.take();
};

describe('XmlBytes.text', () => {
  const cases: Array<[string, string]> = [
    ['ASCII with the five entities', `a<b> & "c" 'd'`],
    ['two-byte characters', 'café ÷ × ü'],
    ['three-byte characters', '回访率 45/50 = 90% × 20 = 18'],
    ['four-byte characters (surrogate pairs)', '😀 𠮷野家'],
    ['a lone high surrogate, at the end and before a letter', '\ud83dx\ud83d'],
    ['a lone low surrogate', 'a\ude00b'],
    ['control characters: tab and line feed kept, CR as &#13;, others and DEL dropped', '\u0001控\u0000制\u007f字符\t\n\r\u001f'],
    ['U+0080 to U+07FF and U+FFFF edges', '\u0080\u07ff\u0800\uffff'],
    ['empty', ''],
  ];
  for (const [what, s] of cases) {
    it(what, () => {
      expect(bytesOf((o) => o.text(s)).equals(Buffer.from(encodeLikeExceljs(s), 'utf8'))).toBe(true);
    });
  }

  it('spelled out: 「<王>」 is &lt; E7 8E 8B &gt;, a CR is &#13;, U+0001 is gone', () => {
    expect(bytesOf((o) => o.text('<王>\r\u0001')).toString('latin1')).toBe('&lt;\xe7\x8e\x8b&gt;&#13;');
  });

  it('grows past one buffer (a row longer than 256 KB) and hands over everything written', () => {
    const long = '王'.repeat(100_000); // 300,000 bytes
    const out = bytesOf((o) => {
      o.ascii('<v>');
      o.text(long);
      o.ascii('</v>');
      o.integer(12345);
    });
    expect(out.length).toBe(3 + 300_000 + 4 + 5);
    expect(out.toString('utf8')).toBe(`<v>${long}</v>12345`);
  });

  it('starts afresh after take(): the buffer handed over is not written again', () => {
    const out = new XmlBytes();
    out.ascii('first');
    const a = out.take();
    out.ascii('second');
    expect(a.toString()).toBe('first');
    expect(out.take().toString()).toBe('second');
    expect(out.length).toBe(0);
  });
});
