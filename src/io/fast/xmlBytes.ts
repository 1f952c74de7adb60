// XML written straight into bytes, UTF-8, a character at a time. 明细 of 50,000 people is 400,000 rows: built as
// strings (a template per cell, runs joined, then encoded by the zip writer) they were 1 GB of garbage and the
// largest single cost of the fast path after exceljs's reading. Small pieces go through a JS loop, not
// Buffer.write: a native call per attribute would cost more than the copying itself.

/** Bytes held before they are handed on (the zip writer keeps each buffer it is given until it is deflated). */
const BUFFER_BYTES = 256 * 1024;

export class XmlBytes {
  private buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private len = 0;

  /** Bytes written since the last take(). */
  get length(): number {
    return this.len;
  }

  /** What was written, handed over: the writer starts a fresh buffer. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.len);
    this.buf = Buffer.allocUnsafe(BUFFER_BYTES);
    this.len = 0;
    return out;
  }

  /** Room for `bytes` more, the buffer grown (a row larger than a buffer) if need be. */
  private room(bytes: number): void {
    if (this.len + bytes <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + bytes));
    this.buf.copy(grown, 0, 0, this.len);
    this.buf = grown;
  }

  /** Markup or digits: text known to be ASCII and to need no escaping. */
  ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let p = this.len;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.len = p;
  }

  /** A non-negative integer in decimal (row numbers, style ids). */
  integer(n: number): void {
    this.ascii(String(n));
  }

  /**
   * A cell's text, escaped as exceljs escapes it (encodeLikeExceljs in xml.ts: the five entities, a carriage
   * return as &#13;, other control characters dropped) and encoded as Buffer.from(text, 'utf8') encodes it (a
   * lone surrogate as U+FFFD).
   */
  text(s: string): void {
    this.room(s.length * 6);
    const buf = this.buf;
    let p = this.len;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== 0x22 && c !== 0x26 && c !== 0x27 && c !== 0x3c && c !== 0x3e && c !== 0x7f) buf[p++] = c;
        else if (c === 0x09 || c === 0x0a) buf[p++] = c;
        else if (c === 0x22) p = put(buf, p, '&quot;');
        else if (c === 0x26) p = put(buf, p, '&amp;');
        else if (c === 0x27) p = put(buf, p, '&apos;');
        else if (c === 0x3c) p = put(buf, p, '&lt;');
        else if (c === 0x3e) p = put(buf, p, '&gt;');
        else if (c === 0x0d) p = put(buf, p, '&#13;');
        // Other control characters and DEL: not allowed in XML 1.0 (or not wanted), dropped.
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const low = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
          buf[p++] = 0xf0 | (c >> 18);
          buf[p++] = 0x80 | ((c >> 12) & 0x3f);
          buf[p++] = 0x80 | ((c >> 6) & 0x3f);
          buf[p++] = 0x80 | (c & 0x3f);
        } else {
          buf[p++] = 0xef;
          buf[p++] = 0xbf;
          buf[p++] = 0xbd;
        }
      } else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.len = p;
  }
}

function put(buf: Buffer, at: number, ascii: string): number {
  for (let i = 0; i < ascii.length; i++) buf[at++] = ascii.charCodeAt(i);
  return at;
}
