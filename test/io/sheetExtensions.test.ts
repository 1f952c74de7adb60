// exceljs writes <legacyDrawing> (kpi's notes) after <extLst>, out of the schema's order (Excel offers to repair), and
// drops Excel 2010's data validations (a dropdown listing another sheet's cells): both put right in the graded copy.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { extLstLast, validationsExt, withExt } from '../../src/io/graded/sheetExtensions.js';
import { sampleCopy } from '../helpers.js';

const DV_EXT = '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>选项!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C2:C8</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
// A sparkline in P2 of the roster's figures C2:N2, as Excel 2010 saves it (exceljs reads none: the graded copy lost it).
const SPARK_EXT = '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>\'3月\'!C2:N2</xm:f><xm:sqref>P2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>';

describe('sheet parts exceljs writes', () => {
  it('extLstLast moves legacyDrawing before extLst, and leaves a sheet in order alone', () => {
    expect(extLstLast('<worksheet><pageSetup/><extLst><ext uri="a"/></extLst><legacyDrawing r:id="rId2"/></worksheet>')).toBe('<worksheet><pageSetup/><legacyDrawing r:id="rId2"/><extLst><ext uri="a"/></extLst></worksheet>');
    const fine = '<worksheet><legacyDrawing r:id="rId2"/><extLst><ext uri="a"/></extLst></worksheet>';
    expect(extLstLast(fine)).toBe(fine);
    // A data bar's own extLst inside its rule is not the sheet's: nothing moves into it.
    const rule = '<worksheet><conditionalFormatting><cfRule><extLst><ext uri="b"/></extLst></cfRule></conditionalFormatting><legacyDrawing r:id="rId2"/></worksheet>';
    expect(extLstLast(rule)).toBe(rule);
  });
  it('withExt puts the validations in the sheet\'s own extLst, never in a data bar rule\'s', () => {
    const rule = '<worksheet><conditionalFormatting><cfRule><extLst><ext uri="b"/></extLst></cfRule></conditionalFormatting></worksheet>';
    expect(withExt(rule, '<ext uri="v"/>')).toBe('<worksheet><conditionalFormatting><cfRule><extLst><ext uri="b"/></extLst></cfRule></conditionalFormatting><extLst><ext uri="v"/></extLst></worksheet>');
    expect(withExt('<worksheet><extLst><ext uri="a"/></extLst></worksheet>', '<ext uri="v"/>')).toBe('<worksheet><extLst><ext uri="a"/><ext uri="v"/></extLst></worksheet>');
  });
  it('validationsExt takes the ext with the namespaces the sheet\'s root declared for it (xm here)', () => {
    const sheet = `<worksheet xmlns="main" xmlns:xm="${XM}"><sheetData/><extLst>${DV_EXT}</extLst></worksheet>`;
    expect(validationsExt(sheet)).toBe(DV_EXT.replace('<ext uri=', `<ext xmlns:xm="${XM}" uri=`));
    expect(validationsExt('<worksheet><sheetData/></worksheet>')).toBeNull();
  });
  for (const path of ['exceljs', 'package'] as const) {
    it(`a roster with a dropdown listing another sheet, a sparkline, and notes on its problem cells: kept, in order (${path} path)`, async () => {
      const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'dropdown.xlsx');
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const withXm = xml.replace(/<worksheet\b/, `<worksheet xmlns:xm="${XM}"`);
      zip.file('xl/worksheets/sheet1.xml', withXm.includes('</extLst>') ? withXm.replace('</extLst>', `${DV_EXT}${SPARK_EXT}</extLst>`) : withXm.replace('</worksheet>', `<extLst>${DV_EXT}${SPARK_EXT}</extLst></worksheet>`));
      writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      const outcome = await gradeFile(file, { writer: path, force: true });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // The sample's 赵磊 has errors: his cells get notes (a legacyDrawing).
      const out = await JSZip.loadAsync(readFileSync(outcome.report.output!));
      const graded = await out.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(graded).toContain('<xm:f>选项!$A$1:$A$3</xm:f>');
      expect(graded).toContain('<xm:sqref>C2:C8</xm:sqref>');
      // The team's sparkline too.
      expect(graded).toContain("<x14:sparkline><xm:f>'3月'!C2:N2</xm:f><xm:sqref>P2</xm:sqref></x14:sparkline>");
      expect(graded.indexOf('<legacyDrawing')).toBeGreaterThan(0);
      expect(graded.indexOf('<legacyDrawing')).toBeLessThan(graded.indexOf('<extLst>'));
      // The xm prefix is declared where it is used, or on the root.
      expect(graded.includes(`xmlns:xm="${XM}"`)).toBe(true);
    });
  }
});
