// A box table whose cost is linear in its cells. cli-table3 lays rows out against each other (quadratic):
// 10,000 people spent a quarter of a run there, and a 400 MB CSV sat in it for 24 minutes.
import { displayWidth } from '../engine/text.js';

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
  /** The terminal's width: wider tables wrap their widest columns' text (never below 8 columns) to fit it. */
  maxWidth?: number;
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
  // Too wide for the terminal (an 80-column window wrapped every line into the next): the widest columns give way.
  const total = () => widths.reduce((a, w) => a + w + 3, 1);
  const natural = [...widths];
  if (style.maxWidth) {
    while (total() > style.maxWidth) {
      const widest = widths.indexOf(Math.max(...widths));
      if (widths[widest]! <= 8) break;
      widths[widest]!--;
    }
  }
  const fit = (cell: string, i: number) => (widths[i]! < natural[i]! ? split(cell).flatMap((l) => (displayWidth(l) > widths[i]! ? wrapText(l, widths[i]!) : [l])).join('\n') : cell);
  const rule = (l: string, m: string, r: string) => paint(l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r);
  const bar = paint('│');
  const line = (cells: string[], paintCell: (s: string) => string) => {
    const lines = cells.map((c, i) => split(fit(c, i)));
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
