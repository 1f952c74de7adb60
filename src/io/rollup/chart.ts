// A native Excel line chart (DrawingML) of each department's mean by month, added to the 部门 sheet of the
// roll-up workbook. exceljs writes no charts, so the chart, its drawing and their relationships are added
// to the written package; the data stay in the sheet's cells and the chart refers to them.
import JSZip from 'jszip';

export interface ChartSpec {
  sheet: string;
  title: string;
  /** 1-based row of the category labels (the heading row) and the columns of the months. */
  headerRow: number;
  firstCol: number;
  lastCol: number;
  /** 1-based rows of the series (one per department), their name in `nameCol`. */
  rows: number[];
  nameCol: number;
  /** Where the chart goes (0-based cell anchors). */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const ref = (sheet: string, c1: number, r1: number, c2 = c1, r2 = r1) => {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  const a = `$${colName(c1)}$${r1}`;
  return c1 === c2 && r1 === r2 ? `${q}!${a}` : `${q}!${a}:$${colName(c2)}$${r2}`;
};

function chartXml(spec: ChartSpec): string {
  const series = spec.rows
    .map(
      (row, k) => `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
        `<c:tx><c:strRef><c:f>${esc(ref(spec.sheet, spec.nameCol, row))}</c:f></c:strRef></c:tx>` +
        `<c:marker><c:symbol val="circle"/></c:marker>` +
        `<c:cat><c:strRef><c:f>${esc(ref(spec.sheet, spec.firstCol, spec.headerRow, spec.lastCol, spec.headerRow))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(ref(spec.sheet, spec.firstCol, row, spec.lastCol, row))}</c:f></c:numRef></c:val>` +
        `<c:smooth val="0"/></c:ser>`,
    )
    .join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>` +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0.00" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(spec: ChartSpec, chartRel: string): string {
  const anchor = (tag: string, p: { col: number; row: number }) => `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor>${anchor('from', spec.from)}${anchor('to', spec.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chartRel}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

function freeName(zip: JSZip, pattern: (n: number) => string): { name: string; n: number } {
  for (let n = 1; ; n++) if (!zip.file(pattern(n))) return { name: pattern(n), n };
}

/** Adds the chart to the written workbook `buffer`; returns the new package. The sheet must exist. */
export async function addLineChart(buffer: Buffer | ArrayBuffer, spec: ChartSpec): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${esc(spec.sheet)}"`));
  const rid = sheetTag ? /r:id="([^"]+)"/.exec(sheetTag)?.[1] : undefined;
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = rid ? new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(wbRels)?.[0].match(/Target="([^"]+)"/)?.[1] : undefined;
  if (!target) throw new Error(`no sheet ${spec.sheet}`);
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const sheetRelsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');

  const chart = freeName(zip, (n) => `xl/charts/chart${n}.xml`);
  const drawing = freeName(zip, (n) => `xl/drawings/drawing${n}.xml`);
  zip.file(chart.name, chartXml(spec));
  zip.file(drawing.name, drawingXml(spec, 'rId1'));
  zip.file(
    drawing.name.replace(/([^/]+)$/, '_rels/$1.rels'),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart${chart.n}.xml"/></Relationships>`,
  );

  let sheetRels = zip.file(sheetRelsPath) ? await zip.file(sheetRelsPath)!.async('string') : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  let k = 1;
  while (sheetRels.includes(`Id="rIdChart${k}"`)) k++;
  const drawingRel = `rIdChart${k}`;
  sheetRels = sheetRels.replace('</Relationships>', `<Relationship Id="${drawingRel}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawing.n}.xml"/></Relationships>`);
  zip.file(sheetRelsPath, sheetRels);

  let sheet = await zip.file(sheetPath)!.async('string');
  const root = /<worksheet\b[^>]*>/.exec(sheet)?.[0] ?? '';
  if (!root.includes('xmlns:r=')) sheet = sheet.replace('<worksheet', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  // <drawing> goes before these elements (CT_Worksheet's order), else last.
  const later = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheet);
  const at = later ? later.index : sheet.lastIndexOf('</worksheet>');
  sheet = `${sheet.slice(0, at)}<drawing r:id="${drawingRel}"/>${sheet.slice(at)}`;
  zip.file(sheetPath, sheet);

  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = types.replace(
    '</Types>',
    `<Override PartName="/${chart.name}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/${drawing.name}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
  );
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
