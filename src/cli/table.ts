// A box table whose cost is linear in its cells. cli-table3 lays rows out against each other (quadratic):
// 10,000 people spent a quarter of a run there, and a 400 MB CSV sat in it for 24 minutes.
import { displayWidth } from '../engine/text.js';

/** A cell painted whole (a colour around its text): its colour codes, so each wrapped line is painted alike. */
const PAINTED = /^((?:\x1b\[[\d;]*m)+)([\s\S]*?)((?:\x1b\[[\d;]*m)+)$/;

/**
 * Cuts text into lines of at most `width` columns (at any character: Chinese has no spaces to wait for). A painted
 * cell is cut inside its colour and each line painted (a cut through 「\x1b[39m」 printed 「9m」 on the next line).
 */
export function wrapText(text: string, width: number): string[] {
  const painted = PAINTED.exec(text);
  if (painted) return wrapPlain(painted[2]!, width).map((l) => `${painted[1]}${l}${painted[3]}`);
  return wrapPlain(text, width);
}

function wrapPlain(text: string, width: number): string[] {
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

const NUMBER = /^[-+−]?[\d.,%]+(\(含[-+]?[\d.]+\))?$/;
const plain = (s: string) => s.replace(/\x1b\[[\d;]*m/g, '').trim();

export interface TableStyle {
  /** The terminal's width: wider tables wrap their widest columns' text (to `minWidth`, numbers never) to fit it. */
  maxWidth?: number;
  /** How narrow a column of words may wrap: 8 by default; a table of many short columns (kpi rollup's months) 4. */
  minWidth?: number;
  head?: (s: string) => string;
  border?: (s: string) => string;
  /** Rows measured for the widths but not printed: tables printed one above the other (a ranking's two ends) align. */
  measure?: string[][];
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
  const measured = style.measure ? rows.concat(style.measure) : rows;
  for (const row of measured) {
    row.forEach((cell, i) => {
      for (const line of split(cell)) widths[i] = Math.max(widths[i] ?? 0, displayWidth(line));
    });
  }
  // Too wide for the terminal (an 80-column window wrapped every line into the next): the widest columns give way,
  // words down to `minWidth` columns, a number never below its own width (93.00 cut is misread).
  const total = () => widths.reduce((a, w) => a + w + 3, 1);
  const natural = [...widths];
  const floors = head.map((_, i) => Math.min(natural[i]!, Math.max(style.minWidth ?? 8, ...measured.map((r) => (NUMBER.test(plain(r[i] ?? '')) ? displayWidth(r[i]!) : 0)))));
  if (style.maxWidth) {
    while (total() > style.maxWidth) {
      const shrinkable = widths.map((w, i) => (w > floors[i]! ? w : -1));
      const widest = shrinkable.indexOf(Math.max(...shrinkable));
      if (shrinkable[widest]! < 0) break;
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
