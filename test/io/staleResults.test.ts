// XlsxWriter (pandas' .xlsx engine) cannot calculate: it saves 0 as every formula's result and sets
// <calcPr fullCalcOnLoad="1"/> so that Excel and WPS work them out on opening. kpi read the 0s: a cs-scheme-100 roster
// whose 业绩考核 is =MIN(20,ROUND(N2*20,0)) scored 80 / 76 / 70 待改进 for 100 / 95 / 88, and a pay file's 绩效基数
// =C2*0.3 paid 0.00 to everyone, at exit 0. Such results are read as none saved, on both paths.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formulaResultsStale, withoutFormulaResults } from '../../src/io/staleResults.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/stale', name);

describe('formula results saved as placeholders (fullCalcOnLoad)', () => {
  for (const writer of ['exceljs', 'package']) {
    it(`a roster from XlsxWriter (${writer}): 业绩考核's formulas refused at F2–F4, no one scored from their 0s`, async () => {
      const before = process.env.KPI_WRITER;
      process.env.KPI_WRITER = writer;
      try {
        const report = await gradedReport(fixture('scheme-xlsxwriter.xlsx'));
        expect(report.people.map((p) => p.total)).toEqual([null, null, null]);
        expect(report.problems.filter((p) => p.code === 'formula-without-result').map((p) => p.cell)).toEqual(['F2', 'F3', 'F4']);
      } finally {
        if (before === undefined) delete process.env.KPI_WRITER;
        else process.env.KPI_WRITER = before;
      }
    });
  }

  it('a pay file from XlsxWriter: each 绩效基数 formula an error at its cell, no bonus of 0.00 paid', async () => {
    const report = await gradedReport(fixture('scheme.xlsx'), { pay: fixture('pay-xlsxwriter.xlsx') });
    expect(report.people.map((p) => p.pay ?? null)).toEqual([null, null, null, null]);
    expect(report.problems.filter((p) => p.code === 'pay-invalid').map((p) => p.cell)).toEqual(['D2', 'D3', 'D4', 'D5']);
  });

  it('tells the flag apart: set by a writer, not by kpi\'s own graded copy (its _kpi and 问题 sheets), nor a template', () => {
    const wb = (sheets: string[], calc: string) => `<workbook><sheets>${sheets.map((n) => `<sheet name="${n}" sheetId="1" r:id="rId1"/>`).join('')}</sheets>${calc}</workbook>`;
    expect(formulaResultsStale(wb(['Sheet1'], '<calcPr calcId="124519" fullCalcOnLoad="1"/>'))).toBe(true);
    expect(formulaResultsStale(wb(['考核表', '_kpi'], '<calcPr fullCalcOnLoad="true"/>'))).toBe(true);
    expect(formulaResultsStale(wb(['汇总', '考核表', '问题', '_kpi'], '<calcPr fullCalcOnLoad="1"/>'))).toBe(false);
    expect(formulaResultsStale(wb(['Sheet1'], '<calcPr calcId="191029"/>'))).toBe(false);
    expect(withoutFormulaResults('<row r="2"><c r="A2"><v>5</v></c><c r="F2" s="1"><f>MIN(20,A2)</f><v>0</v></c><c r="G2"/></row>'))
      .toBe('<row r="2"><c r="A2"><v>5</v></c><c r="F2" s="1"><f>MIN(20,A2)</f></c><c r="G2"/></row>');
  });
});
