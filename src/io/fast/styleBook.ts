import type ExcelJS from 'exceljs';
import { Unsupported } from './readPackage.js';
import { attributes, escapeXml } from './xml.js';

// The input's styles.xml with kpi's few styles added at the end: every index the input's cells use stays
// valid, so those cells are copied untouched. Sections are lists of elements edited as text.

const SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type Section = (typeof SECTIONS)[number];
const CHILD: Record<Section, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

const argbFill = (argb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
const THIN = '<color rgb="FF999999"/>';
const BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;
// src/io/template/style.ts: FILL_HEAD, FILL_ERROR, FILL_WARNING, BORDER.
const BUILTIN_IDS: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const FILLS = { head: 'FFD9E1F2', error: 'FFFFC7CE', warning: 'FFF4B183' } as const;

export class StyleBook {
  private readonly lists = new Map<Section, string[]>();
  private readonly cache = new Map<string, number>();

  constructor(private readonly xml: string) {
    for (const s of SECTIONS) {
      const body = new RegExp(`<${s}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${s}>)`).exec(xml);
      if (!body && s !== 'numFmts') throw new Unsupported(`styles.xml without ${s}`);
      const child = CHILD[s];
      const items = [...(body?.[1] ?? '').matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g'))].map((m) => m[0]);
      this.lists.set(s, items);
    }
    if (!this.list('fonts').length || !this.list('cellXfs').length) throw new Unsupported('styles.xml without fonts or cell formats');
  }

  private list(s: Section): string[] {
    return this.lists.get(s)!;
  }

  private add(s: Section, item: string): number {
    const key = `${s}\u0000${item}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const list = this.list(s);
    list.push(item);
    this.cache.set(key, list.length - 1);
    return list.length - 1;
  }

  private xf(numFmtId: number, fontId: number, fillId: number, borderId: number): number {
    const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}`;
    return this.add('cellXfs', `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}/>`);
  }

  /** Bold on the heading fill with thin borders: the headings of kpi's result columns. */
  heading(): number {
    return this.xf(0, this.add('fonts', this.boldFont()), this.add('fills', argbFill(FILLS.head)), this.add('borders', BORDER));
  }

  /** A cell format for the style a sheet builder set (sheetXml.ts): bold, solid fills, borders, number formats. */
  cellFormat(style: { font?: Partial<ExcelJS.Font>; fill?: ExcelJS.Fill; border?: Partial<ExcelJS.Borders>; numFmt?: string }): number {
    let font = 0;
    if (style.font) {
      const keys = Object.keys(style.font).filter((k) => (style.font as Record<string, unknown>)[k] !== undefined);
      if (keys.some((k) => k !== 'bold')) throw new Unsupported('font other than bold');
      if (style.font.bold) font = this.add('fonts', this.boldFont());
    }
    let fill = 0;
    if (style.fill) {
      const f = style.fill as ExcelJS.FillPattern;
      const argb = f.fgColor?.argb;
      if (f.type !== 'pattern' || f.pattern !== 'solid' || !argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) throw new Unsupported('fill other than solid');
      fill = this.add('fills', argbFill(argb));
    }
    let border = 0;
    if (style.border) {
      const side = (name: 'left' | 'right' | 'top' | 'bottom') => {
        const b = style.border![name];
        if (!b) return `<${name}/>`;
        const argb = b.color?.argb;
        if (argb && !/^[0-9A-Fa-f]{8}$/.test(argb)) throw new Unsupported('border colour');
        return `<${name} style="${escapeXml(b.style ?? 'thin')}">${argb ? `<color rgb="${argb}"/>` : ''}</${name}>`;
      };
      border = this.add('borders', `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`);
    }
    let numFmt = 0;
    if (style.numFmt && style.numFmt !== 'General') {
      const builtin = BUILTIN_IDS[style.numFmt];
      if (builtin !== undefined) numFmt = builtin;
      else {
        const code = escapeXml(style.numFmt);
        const existing = this.list('numFmts').find((x) => attributes(x).get('formatCode') === style.numFmt);
        if (existing) numFmt = Number(attributes(existing).get('numFmtId'));
        else {
          numFmt = Math.max(163, ...this.list('numFmts').map((n) => Number(attributes(n).get('numFmtId') ?? 0))) + 1;
          this.list('numFmts').push(`<numFmt numFmtId="${numFmt}" formatCode="${code}"/>`);
        }
      }
    }
    return this.xf(numFmt, font, fill, border);
  }

  private boldFont(): string {
    return this.list('fonts')[0]!.replace(/^<font\b([^>]*?)\/>$/, '<font$1></font>').replace(/^<font\b[^>]*>/, (open) => `${open}<b/>`);
  }

  /** A score: number format 0.00 (built-in id 2). */
  score(): number {
    return this.xf(2, 0, 0, 0);
  }

  /** The cell's own format with the problem fill: a copy, so other cells of that format keep their look. */
  marked(xf: number, severity: 'error' | 'warning'): number {
    const fill = this.add('fills', argbFill(FILLS[severity]));
    const original = this.list('cellXfs')[xf] ?? this.list('cellXfs')[0]!;
    const copy = original.replace(/^<xf\b[^>]*?(?=\/?>)/, (open) => {
      const withFill = / fillId="\d+"/.test(open) ? open.replace(/ fillId="\d+"/, ` fillId="${fill}"`) : `${open} fillId="${fill}"`;
      return / applyFill="[^"]*"/.test(withFill) ? withFill.replace(/ applyFill="[^"]*"/, ' applyFill="1"') : `${withFill} applyFill="1"`;
    });
    return this.add('cellXfs', copy);
  }

  /**
   * Appends every style of another styles.xml (kpi's own sheets, written by exceljs) and returns the map
   * from that file's cell format indexes to indexes in this one.
   */
  merge(otherXml: string): (xf: number) => number {
    const other = new StyleBook(otherXml);
    const numFmtIds = new Map<number, number>();
    let nextFmt = Math.max(163, ...this.list('numFmts').map((n) => Number(attributes(n).get('numFmtId') ?? 0))) + 1;
    for (const n of other.list('numFmts')) {
      const id = Number(attributes(n).get('numFmtId') ?? 0);
      const code = attributes(n).get('formatCode') ?? '';
      const existing = this.list('numFmts').find((x) => attributes(x).get('formatCode') === code);
      const to = existing ? Number(attributes(existing).get('numFmtId')) : nextFmt++;
      if (!existing) this.list('numFmts').push(n.replace(/numFmtId="\d+"/, `numFmtId="${to}"`));
      numFmtIds.set(id, to);
    }
    const fonts = other.list('fonts').map((f) => this.add('fonts', f));
    const fills = other.list('fills').map((f) => this.add('fills', f));
    const borders = other.list('borders').map((b) => this.add('borders', b));
    const xfs = other.list('cellXfs').map((xf) => {
      const remapped = xf
        .replace(/ numFmtId="(\d+)"/, (_, id) => ` numFmtId="${numFmtIds.get(Number(id)) ?? id}"`)
        .replace(/ fontId="(\d+)"/, (_, id) => ` fontId="${fonts[Number(id)] ?? 0}"`)
        .replace(/ fillId="(\d+)"/, (_, id) => ` fillId="${fills[Number(id)] ?? 0}"`)
        .replace(/ borderId="(\d+)"/, (_, id) => ` borderId="${borders[Number(id)] ?? 0}"`)
        .replace(/ xfId="\d+"/, ' xfId="0"');
      return this.add('cellXfs', remapped);
    });
    return (xf) => xfs[xf] ?? 0;
  }

  toXml(): string {
    let xml = this.xml;
    for (const s of SECTIONS) {
      const items = this.list(s);
      const section = `<${s} count="${items.length}">${items.join('')}</${s}>`;
      const re = new RegExp(`<${s}\\b[^>]*?(?:/>|>[\\s\\S]*?</${s}>)`);
      if (re.test(xml)) xml = xml.replace(re, () => section);
      else if (items.length) xml = xml.replace(/<styleSheet\b[^>]*>/, (open) => open + section);
    }
    return xml;
  }
}
