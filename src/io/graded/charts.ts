import { XML_INVALID } from '../excelText.js';

// exceljs writes no charts. The summary's charts are DrawingML parts added to the finished package:
// xl/charts/chartN.xml (a column chart whose series refer to the summary's cells, with cached values so
// a viewer draws it without recalculating), xl/drawings/drawingN.xml anchoring it, their relationships,
// the content types, and <drawing r:id> in the sheet. Excel, WPS and LibreOffice all read these parts.

export interface BarChartSpec {
  title: string;
  /** Absolute references such as 'Sheet'!$B$20:$B$24, with the values they hold now. */
  categories: { ref: string; labels: string[] };
  values: { ref: string; numbers: number[]; name: string };
  /** One colour (RRGGBB) per bar, or null for the default colour. */
  colours: string[] | null;
  /** 0-based cell corners of the chart. */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

export interface ChartPlan {
  sheet: string;
  charts: BarChartSpec[];
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
};
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const DEFAULT_COLOUR = '5B9BD5';

export function escapeXml(s: string): string {
  return s
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

const solid = (rgb: string) => `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;

/** The chart part: one series of counts, one bar per category, value labels on the bars. */
export function barChartXml(spec: BarChartSpec): string {
  const n = spec.categories.labels.length;
  const most = Math.max(0, ...spec.values.numbers);
  const points = (spec.colours ?? [])
    .map((rgb, idx) => `<c:dPt><c:idx val="${idx}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${solid(rgb)}</c:dPt>`)
    .join('');
  const strPts = spec.categories.labels.map((l, i) => `<c:pt idx="${i}"><c:v>${escapeXml(l)}</c:v></c:pt>`).join('');
  const numPts = spec.values.numbers.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  const text = (size: number, bold: boolean) =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(spec.values.name)}</c:v></c:tx>` +
    solid(DEFAULT_COLOUR) +
    `<c:invertIfNegative val="0"/>${points}` +
    `<c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(1000, true)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(spec.categories.ref)}</c:f><c:strCache><c:ptCount val="${n}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(spec.values.ref)}</c:f><c:numCache><c:formatCode>0</c:formatCode><c:ptCount val="${n}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="60"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>` +
    `<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(1000, false)}<c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/>${most < 5 ? '<c:max val="5"/>' : ''}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900, false)}<c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${most <= 10 ? '<c:majorUnit val="1"/>' : ''}</c:valAx>` +
    `</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

function drawingXml(charts: BarChartSpec[], firstRel: number): string {
  const anchors = charts
    .map((c, i) => {
      const corner = (tag: string, p: { col: number; row: number }) =>
        `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${corner('from', c.from)}${corner('to', c.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="图表 ${i + 1}" descr="${escapeXml(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${firstRel + i}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`;
}

function relationships(rels: Array<{ id: string; type: string; target: string }>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('') +
    `</Relationships>`
  );
}

/** The little of JSZip's interface the package editors use: JSZip itself, PackageParts, kpiSheets's editor. */
export interface PartFiles {
  file(name: string): { async(type: 'string'): Promise<string> } | null;
  file(name: string, content: string): unknown;
}

/** xl/worksheets/sheetN.xml of the sheet named `name`, from the workbook and its relationships. */
export async function sheetPartOf(zip: PartFiles, name: string): Promise<string | null> {
  return (await sheetParts(zip)).get(name) ?? null;
}

/** Every sheet's part by the sheet's name (read once: a workbook of 500 sheets is asked 500 times). */
export async function sheetParts(zip: PartFiles): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
    if (id !== undefined && !targets.has(id)) targets.set(id, unescapeXml(/\bTarget="([^"]*)"/.exec(attrs)?.[1] ?? ''));
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    const n = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const target = targets.get(/\br:id="([^"]*)"/.exec(attrs)?.[1] ?? '');
    // The last sheet of a name wins, as it did when each name was looked up on its own.
    if (n !== undefined && target !== undefined) out.set(unescapeXml(n), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

function nextFree(zip: PartFiles, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

// Children of <worksheet> that must come after <drawing> (ECMA-376 Part 1, §18.3.1.99).
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * Adds the plan's charts to the package, drawn on the plan's sheet. Returns false (and changes nothing)
 * when the sheet is not found or already has a drawing, so a workbook is never written half-charted.
 */
export async function addSummaryCharts(zip: PartFiles, plan: ChartPlan): Promise<boolean> {
  if (!plan.charts.length) return false;
  const sheetPath = await sheetPartOf(zip, plan.sheet);
  const sheetXml = sheetPath ? await zip.file(sheetPath)?.async('string') : undefined;
  if (!sheetPath || !sheetXml || /<(?:\w+:)?drawing\b/.test(sheetXml)) return false;
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (!types) return false;

  const dir = sheetPath.slice(0, sheetPath.lastIndexOf('/'));
  const base = sheetPath.slice(sheetPath.lastIndexOf('/') + 1);
  const sheetRelsPath = `${dir}/_rels/${base}.rels`;
  const sheetRels = (await zip.file(sheetRelsPath)?.async('string')) ?? relationships([]);
  const usedIds = new Set([...sheetRels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]!));
  let k = 1;
  while (usedIds.has(`rId${k}`)) k++;
  const drawingRid = `rId${k}`;

  const drawingNo = nextFree(zip, (n) => `xl/drawings/drawing${n}.xml`);
  let chartNo = nextFree(zip, (n) => `xl/charts/chart${n}.xml`);
  const chartRels: Array<{ id: string; type: string; target: string }> = [];
  let overrides = `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${DRAWING_TYPE}"/>`;
  plan.charts.forEach((spec, i) => {
    while (zip.file(`xl/charts/chart${chartNo}.xml`)) chartNo++;
    zip.file(`xl/charts/chart${chartNo}.xml`, barChartXml(spec));
    chartRels.push({ id: `rId${i + 1}`, type: NS.chartRel, target: `../charts/chart${chartNo}.xml` });
    overrides += `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CHART_TYPE}"/>`;
    chartNo++;
  });
  zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(plan.charts, 1));
  zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relationships(chartRels));

  const relTarget = `${'../'.repeat(dir.split('/').length - 1)}drawings/drawing${drawingNo}.xml`;
  zip.file(
    sheetRelsPath,
    sheetRels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${drawingRid}" Type="${NS.drawingRel}" Target="${relTarget}"/></Relationships>`),
  );
  zip.file('[Content_Types].xml', types.replace(/<\/Types>\s*$/, `${overrides}</Types>`));

  const drawing = `<drawing r:id="${drawingRid}"/>`;
  const after = new RegExp(`<(?:${AFTER_DRAWING.join('|')})\\b`);
  const at = sheetXml.search(after);
  let xml = at >= 0 ? sheetXml.slice(0, at) + drawing + sheetXml.slice(at) : sheetXml.replace(/<\/worksheet>\s*$/, `${drawing}</worksheet>`);
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  zip.file(sheetPath, xml);
  return true;
}
