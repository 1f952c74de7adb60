// A box table whose cost is linear in its cells. cli-table3 lays rows out against each other (quadratic):
// 10,000 people spent a quarter of a run there, and a 400 MB CSV sat in it for 24 minutes.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
// Zero-width characters and combining marks take no column.
const ZERO = /[\u0300-\u036f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/;

/** Columns a string takes on a terminal: CJK and full-width forms count 2, colour codes 0. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || ZERO.test(ch)) continue;
    w += code > 0xffff ? (code >= 0x1f300 || (code >= 0x20000 && code <= 0x3fffd) ? 2 : 1) : WIDE.test(ch) ? 2 : 1;
  }
  return w;
}

/** Cuts text into lines of at most `width` columns (at any character: Chinese has no spaces to wait for). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    const cw = displayWidth(ch);
    if (w + cw > width && line) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += ch;
    w += cw;
  }
  lines.push(line);
  return lines;
}

export interface TableStyle {
  head?: (s: string) => string;
  border?: (s: string) => string;
}

/**
 * Renders a header and rows as a box table. A cell may hold several lines ('\n'); widths are measured
 * once per cell, so the cost is one pass to measure and one to print.
 */
export function renderTable(head: string[], rows: string[][], style: TableStyle = {}): string {
  const paint = style.border ?? ((s: string) => s);
  const headPaint = style.head ?? ((s: string) => s);
  const widths = head.map((h) => displayWidth(h));
  const split = (cell: string) => (cell.includes('\n') ? cell.split('\n') : [cell]);
  for (const row of rows) {
    row.forEach((cell, i) => {
      for (const line of split(cell)) widths[i] = Math.max(widths[i] ?? 0, displayWidth(line));
    });
  }
  const rule = (l: string, m: string, r: string) => paint(l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r);
  const bar = paint('│');
  const line = (cells: string[], paintCell: (s: string) => string) => {
    const lines = cells.map(split);
    const height = Math.max(1, ...lines.map((l) => l.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      let s = bar;
      widths.forEach((w, i) => {
        const text = lines[i]?.[k] ?? '';
        s += ` ${paintCell(text)}${' '.repeat(Math.max(0, w - displayWidth(text)))} ${bar}`;
      });
      out.push(s);
    }
    return out.join('\n');
  };
  const parts = [rule('┌', '┬', '┐'), line(head, headPaint), rule('├', '┼', '┤')];
  for (const row of rows) parts.push(line(row, (s) => s));
  parts.push(rule('└', '┴', '┘'));
  return parts.join('\n');
}
