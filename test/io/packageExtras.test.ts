// The input's custom document properties (a sensitivity label), custom XML parts and workbook structure protection,
// which exceljs's model does not hold: kept in the graded copy on both paths (the ordinary path dropped them silently).
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { sampleCopy } from '../helpers.js';

const CUSTOM = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_abc_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="密级"><vt:lpwstr>内部𠀀</vt:lpwstr></property></Properties>';
const ITEM = '<?xml version="1.0" encoding="UTF-8" standalone="no"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>';
const ITEM_PROPS = '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A bundled sample with the three added as Excel writes them (or the custom XML related as LibreOffice does, from the package). */
async function labelled(sample = 'mattress-cs-monthly.march.roster.xlsx', fromPackage = false): Promise<string> {
  const file = sampleCopy(sample, 'labelled.xlsx');
  const zip = await JSZip.loadAsync(readFileSync(file));
  const edit = async (name: string, f: (xml: string) => string) => zip.file(name, f(await zip.file(name)!.async('string')));
  zip.file('docProps/custom.xml', CUSTOM);
  zip.file('customXml/item1.xml', ITEM);
  zip.file('customXml/itemProps1.xml', ITEM_PROPS);
  zip.file('customXml/_rels/item1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`);
  await edit('_rels/.rels', (x) => x.replace('</Relationships>', `<Relationship Id="rIdC" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`));
  await edit(fromPackage ? '_rels/.rels' : 'xl/_rels/workbook.xml.rels', (x) => x.replace('</Relationships>', `<Relationship Id="rIdX" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`));
  await edit('[Content_Types].xml', (x) =>
    x.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>'),
  );
  // Before <bookViews>, or <sheets> where there is none (the samples have none).
  await edit('xl/workbook.xml', (x) => x.replace(/<bookViews>|<sheets>/, (tag) => `<workbookProtection workbookPassword="CF2F" lockStructure="1"/>${tag}`));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function partsOf(output: string) {
  const zip = await JSZip.loadAsync(readFileSync(output));
  return async (name: string) => (await zip.file(name)?.async('string')) ?? null;
}

describe('what exceljs does not hold, carried from the input', () => {
  for (const writer of ['exceljs', 'package'] as const) {
    it(`custom properties, a custom XML item with its properties, workbook protection (${writer} path)`, async () => {
      const input = await labelled();
      const outcome = await gradeFile(input, { writer, force: true });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const text = await partsOf(outcome.report.output!);
      expect(await text('docProps/custom.xml')).toBe(CUSTOM);
      expect(await text('customXml/item1.xml')).toBe(ITEM);
      expect(await text('customXml/itemProps1.xml')).toBe(ITEM_PROPS);
      expect(await text('_rels/.rels')).toMatch(/custom-properties" Target="\/?docProps\/custom\.xml"/);
      expect(await text('xl/_rels/workbook.xml.rels')).toContain('customXml" Target="../customXml/item1.xml"');
      const types = (await text('[Content_Types].xml'))!;
      expect(types).toContain('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
      expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"');
      const workbook = (await text('xl/workbook.xml'))!;
      expect(workbook).toContain('<workbookProtection workbookPassword="CF2F" lockStructure="1"/>');
      // Where the schema puts it: after <workbookPr>, before <bookViews> and <sheets>.
      const at = workbook.indexOf('<workbookProtection');
      expect(at).toBeGreaterThan(workbook.indexOf('<workbookPr'));
      for (const next of ['<bookViews', '<sheets']) if (workbook.includes(next)) expect(at).toBeLessThan(workbook.indexOf(next));
      // Scored as ever: the worked example's 王芳 79.
      expect(outcome.report.people.find((p) => p.name === '王芳')?.total).toBe(79);
    });
  }
  it('a record log (§5 install-followup) keeps them too', async () => {
    const input = await labelled('install-followup.march.xlsx');
    const outcome = await gradeFile(input, { force: true });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const text = await partsOf(outcome.report.output!);
    expect(await text('docProps/custom.xml')).toBe(CUSTOM);
    expect(await text('customXml/itemProps1.xml')).toBe(ITEM_PROPS);
    expect(await text('xl/workbook.xml')).toContain('<workbookProtection workbookPassword="CF2F" lockStructure="1"/>');
  });
  it('custom XML related from the package, as LibreOffice saves it, is kept and related from the workbook (ordinary path)', async () => {
    const outcome = await gradeFile(await labelled('mattress-cs-monthly.march.roster.xlsx', true), { writer: 'exceljs', force: true });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const text = await partsOf(outcome.report.output!);
    expect(await text('customXml/item1.xml')).toBe(ITEM);
    expect(await text('customXml/itemProps1.xml')).toBe(ITEM_PROPS);
    expect(await text('xl/_rels/workbook.xml.rels')).toContain('customXml" Target="../customXml/item1.xml"');
  });
  it('WPS\'s pictures in cells (xl/cellimages.xml, its media) are kept and related from the workbook (ordinary path)', async () => {
    const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'wps.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const cellImages = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_ABC"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic></etc:cellImage></etc:cellImages>';
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    zip.file('xl/cellimages.xml', cellImages);
    zip.file('xl/_rels/cellimages.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/image" Target="media/image1.png"/></Relationships>`);
    zip.file('xl/media/image1.png', png);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId20" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    if (!types.includes('Extension="png"')) zip.file('[Content_Types].xml', types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'));
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const outcome = await gradeFile(file, { writer: 'exceljs', force: true });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const out = await JSZip.loadAsync(readFileSync(outcome.report.output!));
    expect(await out.file('xl/cellimages.xml')!.async('string')).toBe(cellImages);
    const picture = /Target="([^"]+)"/.exec(await out.file('xl/_rels/cellimages.xml.rels')!.async('string'))![1]!;
    expect((await out.file(`xl/${picture}`)!.async('nodebuffer')).equals(png)).toBe(true);
    expect(await out.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"');
  });
});
