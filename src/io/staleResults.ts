// A workbook whose saved formula results are placeholders: <calcPr fullCalcOnLoad="1"/> tells Excel to work every formula
// out again on opening, which is what writers that cannot calculate set (XlsxWriter — pandas' .xlsx engine — saves 0 as
// every result; libraries that edit a value and leave its formulas' results as they were). Excel and WPS show the worked
// results; kpi read the placeholders: 业绩考核 =MIN(20,…) as 0, 80 待改进 for 100 优秀, every 绩效基数 0, at exit 0. Such
// results are read as none saved: an error at an input's cell, as a formula never calculated is. kpi's own graded copies
// set the flag for formulas over kpi's cells, whose results they take out, and carry its _kpi and 问题 sheets (a template of
// kpi's, filled by such a writer, has _kpi alone).

/** The workbook.xml says formula results are to be worked out again on opening, and is not kpi's own graded copy. */
export function formulaResultsStale(workbookXml: string): boolean {
  const calc = /<(?:\w+:)?calcPr\b[^>]*>/.exec(workbookXml)?.[0];
  if (!calc || !/\bfullCalcOnLoad\s*=\s*["'](?:1|true)["']/.test(calc)) return false;
  // (Its 问题 sheet named 「问题2」 beside a sheet of the team's so named.)
  const sheet = (name: string) => new RegExp(`<(?:\\w+:)?sheet\\b[^>]*\\bname\\s*=\\s*["']${name}`).test(workbookXml);
  return !(sheet(`_kpi["']`) && sheet('问题'));
}

/** A worksheet's XML with the saved result of every formula cell taken out (<f>…</f><v>0</v> → <f>…</f>). */
export function withoutFormulaResults(sheetXml: string): string {
  return sheetXml.replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell) => (cell.includes('<f') ? cell.replace(/<v\s*\/>|<v>[\s\S]*?<\/v>/, '') : cell));
}
