import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { addSummaryCharts, sheetPartOf } from '../../src/io/graded/charts.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { readWorkbook, repoRoot, sampleCopy, sheetRows, shown, summaryTable, tempDir } from '../helpers.js';

// 2026-04-01 09:30 local time, as 汇总 shows it.
const gradedAt = new Date(2026, 3, 1, 9, 30);

/** Each sample graded once for the whole file: the tests only read the graded workbook (each its own copy in memory). */
const graded = new Map<string, Promise<GradeReport>>();
function gradeSample(sample: string, extra: { period?: string } = {}): Promise<GradeReport> {
  const key = `${sample}\0${JSON.stringify(extra)}`;
  if (!graded.has(key)) graded.set(key, gradeSampleNow(sample, extra));
  return graded.get(key)!;
}

async function gradeSampleNow(sample: string, extra: { period?: string }): Promise<GradeReport> {
  const dir = tempDir();
  const input = path.join(dir, sample);
  copyFileSync(path.join(repoRoot, 'samples', sample), input);
  const outcome = await gradeFile(input, { gradedAt, ...extra });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

const argb = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

function findRow(ws: ExcelJS.Worksheet, text: string, col = 2): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`no ${text} in column ${col} of ${ws.name}`);
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** The cells a reference like 'Sheet'!$B$20:$B$24 points at. */
function cellsOf(wb: ExcelJS.Workbook, ref: string): unknown[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`not an absolute column range: ${ref}`);
  const ws = wb.getWorksheet(m[1]!.replace(/''/g, "'"))!;
  const out: unknown[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(ws.getCell(`${m[2]}${r}`).value);
  return out;
}

describe('汇总: what a manager opens first', () => {
  // after-sales roster sample (§1 rules): 周杰 79.5625 一般, 吴婷 100 优秀, 郑浩 72.75 一般, 冯雪 9.8125 待改进,
  // 何静 97 优秀, 许亮 4 errors (not scored), 韩梅 86.375 良好.
  it('opens on 汇总: title, period, file, time, the headline figures, then the ranked table', async () => {
    const r = await gradeSample('after-sales-monthly.march.roster.xlsx');
    const wb = await readWorkbook(r.output!);
    expect(wb.worksheets[0]!.name).toBe('汇总');
    expect(wb.views[0]!.activeTab).toBe(0);
    const ws = wb.getWorksheet('汇总')!;
    expect(ws.getCell('A1').value).toBe('售后服务员考核评分表(月度) · 考核结果汇总');
    expect(ws.getCell('A2').value).toBe('考核月份:2026年3月  ·  文件:after-sales-monthly.march.roster.xlsx  ·  评分时间:2026-04-01 09:30');
    // mean (79.5625+100+72.75+9.8125+97+86.375)/6 = 445.5/6 = 74.25; median (79.5625+86.375)/2 = 82.96875
    expect(ws.getCell('A3').value).toBe('已评分 6/7 人 · 平均 74.25 · 中位数 82.97 · 最高 100.00 · 最低 9.81 · 1 人有错误未评分(见「问题」表)');

    const table = summaryTable(wb);
    expect(table[0]).toEqual(['排名', '工号', '姓名', '部门', '业绩考核', '行为考核', '总分', '等级', '状态', '工作表']);
    // 周杰: 81.25 × 85% + 70 × 15% = 79.5625 (§1 worked example), rank 4 after 吴婷 100, 何静 97 and
    // 韩梅 87.5 × 85% + 80 × 15% = 74.375 + 12 = 86.375
    expect(table[3]).toEqual([3, '2007', '韩梅', '售后部', 87.5, 80, 86.375, '良好', '已评分', '考核表']);
    expect(table[4]).toEqual([4, '2001', '周杰', '售后部', 81.25, 70, 79.5625, '一般', '已评分', '考核表']);
    expect(table[7]).toEqual([null, '2006', '许亮', '售后部', null, null, null, '未评分', '有错误,未评分', '考核表']);
    expect(table).toHaveLength(8);
    // Ranks and counts are whole numbers; scores two decimals; 工号 text.
    expect(ws.getCell('A6').numFmt).toBe('0');
    expect(ws.getCell('G6').numFmt).toBe('0.00');
    expect(ws.getCell('B6').numFmt).toBe('@');
    // The link of 工作表 goes to the person's row of the roster: an internal link (a location, no relationship).
    const zip = await JSZip.loadAsync(readFileSync(r.output!));
    const xml = await zip.file((await sheetPartOf(zip, '汇总'))!)!.async('string');
    expect(xml).toContain('<hyperlink ref="J9" location="&apos;考核表&apos;!A2"/>');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.autoFilter).toBe('A5:J12');
    expect(ws.getColumn(9).width).toBeGreaterThanOrEqual(15); // 「有错误,未评分」: 6 CJK × 2 + 1 comma = 13, + 2
  });

  it('a part\'s name wider than its column wraps and its heading row grows to show it (§15: it printed cut)', async () => {
    const report = await gradeSample('interview-eval.march.roster.xlsx');
    const ws = (await readWorkbook(report.output!)).getWorksheet('汇总')!;
    const heads = (ws.getRow(5).values as unknown[]).filter((v): v is string => typeof v === 'string');
    const long = heads.find((h) => h.startsWith('情绪性'))!;
    // 「情绪性/上进心/价值观/责任心/归属感(行为事件)」 is about 40 wide in a column of at most 14: wrapped, the row given its lines (at most 3) of 15 pt, + 2.
    expect(ws.getColumn(heads.indexOf(long) + 1).width).toBe(14);
    expect(ws.getRow(5).height).toBe(3 * 15 + 2);
    // No one has a 工号 (interviewees): no empty 工号 column.
    expect(heads.slice(0, 2)).toEqual(['排名', '姓名']);
    // A sample whose headings all fit keeps the row as it was.
    const plain = (await readWorkbook((await gradeSample('mattress-cs-monthly.march.roster.xlsx')).output!)).getWorksheet('汇总')!;
    expect(plain.getRow(5).height ?? 15).toBeLessThanOrEqual(17);
  });

  it('明细: a long item name wraps and its row grows (it was cut); 满分 is centred, away from 说明, and never 「15.」', async () => {
    const report = await gradeSample('cs-dept-monthly.march.roster.xlsx');
    const ws = (await readWorkbook(report.output!)).getWorksheet('明细')!;
    const row = findRow(ws, '当天质量(数据与实物)准确率≥99%', 3);
    // 30 wide in a column of 24: two lines of 15 pt + 2 (its explanation takes one).
    expect(ws.getColumn(3).width).toBe(24);
    expect(ws.getCell(row, 3).alignment?.wrapText).toBe(true);
    expect(ws.getRow(row).height).toBe(2 * 15 + 2);
    expect(ws.getCell(row, 5).value).toBe(8);
    expect(ws.getCell(row, 5).alignment?.horizontal).toBe('center');
    expect(ws.getCell(row, 5).numFmt ?? 'General').toBe('General');
  });

  it('statistics: figures, bands, 10-point buckets, bands per department, all as numbers', async () => {
    const r = await gradeSample('after-sales-monthly.march.roster.xlsx');
    const wb = await readWorkbook(r.output!);
    const ws = wb.getWorksheet('汇总')!;
    const figures = findRow(ws, '总人数');
    expect([2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(figures, c).value)).toEqual(['总人数', '已评分', '有错误未评分', '平均分', '中位数', '最高分', '最低分']);
    expect([2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(figures + 1, c).value)).toEqual([7, 6, 1, 74.25, 82.96875, 100, 9.8125]);
    expect(ws.getCell(figures + 1, 2).numFmt).toBe('0');
    expect(ws.getCell(figures + 1, 5).numFmt).toBe('0.00');

    const bands = findRow(ws, '等级');
    const bandRows = [1, 2, 3, 4, 5].map((k) => [ws.getCell(bands + k, 2).value, ws.getCell(bands + k, 3).value]);
    expect(bandRows).toEqual([['优秀', 2], ['良好', 1], ['一般', 2], ['待改进', 1], ['未评分', 1]]);
    expect(ws.getCell(bands + 1, 4).value).toBeCloseTo(2 / 7, 10);

    // Shown totals 9.81 | 72.75, 79.56 | 86.38 | 97, 100: lowest bucket 0 (the minimum is below 50).
    const buckets = findRow(ws, '分数段');
    const counts = Array.from({ length: 10 }, (_, k) => [ws.getCell(buckets + 1 + k, 2).value, ws.getCell(buckets + 1 + k, 3).value]);
    expect(counts).toEqual([['0–10', 1], ['10–20', 0], ['20–30', 0], ['30–40', 0], ['40–50', 0], ['50–60', 0], ['60–70', 0], ['70–80', 2], ['80–90', 1], ['90–100', 2]]);

    const dept = findRow(ws, '部门');
    expect([2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(dept, c).value)).toEqual(['部门', '优秀', '良好', '一般', '待改进', '未评分', '合计']);
    expect([2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(dept + 1, c).value)).toEqual(['售后部', 2, 1, 2, 1, 1, 7]);
  });

  it('a band has one colour everywhere: 汇总, its band table, the roster, the chart bars', async () => {
    const r = await gradeSample('after-sales-monthly.march.roster.xlsx');
    const wb = await readWorkbook(r.output!);
    const ws = wb.getWorksheet('汇总')!;
    const bands = findRow(ws, '等级');
    const roster = wb.getWorksheet('考核表')!;
    const rosterBand = [...Array(roster.columnCount).keys()].map((i) => i + 1).find((c) => roster.getCell(1, c).value === '等级')!;
    const zip = await JSZip.loadAsync(readFileSync(r.output!));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    const barColours = [...chart.matchAll(/<c:dPt>.*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => `FF${m[1]}`);
    const colours = ['优秀', '良好', '一般', '待改进'].map((band, k) => {
      const inTable = argb(ws.getCell(bands + 1 + k, 2));
      const person = summaryTable(wb).findIndex((row) => row[7] === band);
      const inSummary = argb(ws.getCell(5 + person, 8));
      const rosterRow = r.people.findIndex((p) => p.band === band) + 2;
      const inRoster = argb(roster.getCell(rosterRow, rosterBand));
      return [inTable, inSummary, inRoster, barColours[k]];
    });
    for (const c of colours) expect(new Set(c).size).toBe(1);
    // The roster's 排名 is a whole number, the column after 等级.
    expect(roster.getCell(2, rosterBand + 1).numFmt).toBe('0');
    expect(new Set(colours.map((c) => c[0])).size).toBe(4);
  });

  it('--period overrides the forms, and a form with no month says 未填写', async () => {
    const r = await gradeSample('after-sales-monthly.march.roster.xlsx', { period: '2026-03' });
    expect(r.period).toBe('2026-03');
    const ws = (await readWorkbook(r.output!)).getWorksheet('汇总')!;
    expect(String(ws.getCell('A2').value)).toMatch(/^考核月份:2026-03  ·/);
  });

  it('every sheet kpi writes prints on A4, one page wide, with its headings repeated', async () => {
    const r = await gradeSample('cs-competency.march.roster.xlsx');
    const wb = await readWorkbook(r.output!);
    for (const name of ['汇总', '明细', '问题']) {
      const ps = wb.getWorksheet(name)!.pageSetup;
      expect(ps).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    expect(wb.getWorksheet('明细')!.pageSetup.printTitlesRow).toBe('1:1');
    expect(wb.getWorksheet('问题')!.pageSetup.printTitlesRow).toBe('1:1');
    // The 54-column roster: landscape, several pages across with 工号/姓名 repeated, heading on each page,
    // only the people's rows (not the template's blank rows) in the print range.
    const roster = wb.getWorksheet('考核表')!.pageSetup;
    expect(roster.orientation).toBe('landscape');
    expect(roster.fitToWidth).toBeGreaterThan(1);
    expect(roster.printTitlesRow).toBe('1:1');
    expect(roster.printTitlesColumn).toBe('A:B');
    expect(roster.printArea).toMatch(/^A1:[A-Z]+8$/);
  });

  it('a roster prints the team\'s own lines under its people (合计, 主管签字), on both writers, not a note far below', async () => {
    const input = sampleCopy('mattress-cs-monthly.march.roster.xlsx');
    const wb = await readWorkbook(input);
    const ws = wb.getWorksheet('考核表')!;
    let last = 0;
    ws.eachRow((row, n) => {
      if (String(row.getCell(2).value ?? '').trim()) last = n;
    });
    // A 合计 row, an empty row, a signature line; then, 40 rows further, a stray note.
    ws.getCell(last + 1, 1).value = '合计';
    ws.getCell(last + 1, 6).value = { formula: `SUM(F2:F${last})` } as ExcelJS.CellFormulaValue;
    ws.getCell(last + 3, 1).value = '主管签字:';
    ws.getCell(last + 43, 1).value = '旧备注';
    await wb.xlsx.writeFile(input);
    const areas: string[] = [];
    for (const writer of ['exceljs', 'package'] as const) {
      const output = path.join(path.dirname(input), `${writer}.xlsx`);
      const r = await gradeFile(input, { output, writer, gradedAt });
      if (!r.ok) throw new Error('grading failed');
      expect(r.report.people.length).toBe(last - 1);
      areas.push(String((await readWorkbook(output)).getWorksheet('考核表')!.pageSetup.printArea));
    }
    // Through the signature line (last + 3), not to the note at last + 43; the same on both writers.
    expect(areas[0]).toMatch(new RegExp(`^A1:[A-Z]+${last + 3}$`));
    expect(areas[1]).toBe(areas[0]);
  });
});

describe('a person\'s graded form', () => {
  it('has the results inside the table, total and band emphasised, nothing below the signature row', async () => {
    const r = await gradeSample('after-sales-monthly.march.form.xlsx');
    const wb = await readWorkbook(r.output!);
    const ws = wb.getWorksheet('周杰')!;
    const total = findRow(ws, '总分', 1);
    const band = findRow(ws, '等级', 1);
    const signature = findRow(ws, '考核人签字', 1);
    expect(band).toBe(total + 1);
    expect(signature).toBeGreaterThan(band);
    // §1 worked example: 81.25 × 85% + 70 × 15% = 79.5625 → 一般; the part scores are in the explanation.
    const score = ws.getCell(total, 8);
    expect(score.value).toBe(79.5625);
    expect(score.font?.bold).toBe(true);
    expect(score.alignment?.horizontal).toBe('center');
    expect(ws.getCell(findRow(ws, '客户信息管理', 1), 8).alignment?.horizontal).toBe('center');
    expect(String(ws.getCell(total, 9).value)).toContain('业绩考核 65/80 × 100 = 81.25;业绩考核 81.25 × 85%');
    expect(ws.getCell(total, 9).alignment?.wrapText).toBe(true);
    expect(ws.getCell(band, 8).value).toBe('一般');
    expect(argb(ws.getCell(band, 8))).toBe(argb(wb.getWorksheet('汇总')!.getCell(`H${5 + summaryTable(wb).findIndex((row) => row[2] === '周杰')}`)));
    let last = 0;
    ws.eachRow((row, n) => {
      if ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) last = n;
    });
    expect(last).toBe(signature);
  });
});

describe('问题: in Chinese, each problem linked to its cell', () => {
  it('says the message once, names the code in Chinese, keeps the code, links to the cell', async () => {
    const r = await gradeSample('after-sales-monthly.march.roster.xlsx');
    const wb = await readWorkbook(r.output!);
    const rows = sheetRows(wb, '问题');
    expect(rows[0]).toEqual(['级别', '问题', '工作表', '单元格', '人员', '项目', '说明', '代码']);
    expect(rows[1]!.map(shown)).toEqual(['错误', '不是数字', '考核表', 'H7', '许亮', '客户信息管理', '「客户信息管理·上级」应为0%到100%之间的百分比(如 90% 或 0.9),实际为「九十」', 'not-a-number']);
    // The link is written as a location within the workbook, not as an external address Excel would look for.
    const zip = await JSZip.loadAsync(readFileSync(r.output!));
    const xml = await zip.file((await sheetPartOf(zip, '问题'))!)!.async('string');
    expect(xml).toContain('<hyperlink ref="D2" location="&apos;考核表&apos;!H7"/>');
    expect(xml).not.toMatch(/<hyperlink [^>]*r:id=/);
    // The marked cell's note says the message without its own address.
    expect(wb.getWorksheet('考核表')!.getCell('H7').note).toBe('「客户信息管理·上级」应为0%到100%之间的百分比(如 90% 或 0.9),实际为「九十」');
  });
});

describe('charts in the summary', () => {
  it('are well-formed DrawingML parts wired into the package, drawn from the cells of the band and bucket tables', async () => {
    const r = await gradeSample('cs-competency.march.roster.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(r.output!));
    const wb = await readWorkbook(r.output!);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels']));
    for (const n of names.filter((x) => x.endsWith('.xml') || x.endsWith('.rels'))) wellFormed(await zip.file(n)!.async('string'));

    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    const sheet = (await sheetPartOf(zip, '汇总'))!;
    const sheetXml = await zip.file(sheet)!.async('string');
    const rid = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
    // <drawing> sits before the parts that must follow it.
    expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('<pageSetup'));
    const rels = await zip.file(sheet.replace('worksheets/', 'worksheets/_rels/') + '.rels')!.async('string');
    expect(rels).toContain(`Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);

    // cs-competency sample: 99, 84.44, 63, 80, 46, 90.4 scored, 邓超 not.
    const expected = [
      { labels: ['优秀', '良好', '一般', '待改进', '未评分'], counts: [2, 2, 1, 1, 1] },
      { labels: ['40 以下', '40–50', '50–60', '60–70', '70–80', '80–90', '90–100'], counts: [0, 1, 0, 1, 0, 2, 2] },
    ];
    for (const [k, want] of expected.entries()) {
      const xml = await zip.file(`xl/charts/chart${k + 1}.xml`)!.async('string');
      const [catRef, valRef] = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
      expect(cellsOf(wb, catRef!)).toEqual(want.labels);
      expect(cellsOf(wb, valRef!)).toEqual(want.counts);
      const cached = [...xml.matchAll(/<c:numCache>.*<\/c:numCache>/g)][0]![0];
      expect([...cached.matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(want.counts);
    }
  });
});

describe('what exceljs cannot keep is said, not dropped silently', () => {
  it('a chart on the user\'s sheet is reported in 问题; a picture is kept', async () => {
    const dir = tempDir();
    const wb = await readWorkbook(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'));
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, { tl: { col: 2, row: 12 }, ext: { width: 40, height: 40 } });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    // The user's own chart of two of their cells, added the way kpi adds its own.
    const added = await addSummaryCharts(zip, {
      sheet: ws.name,
      charts: [{ title: '我的图', categories: { ref: `'${ws.name}'!$B$2:$B$3`, labels: ['a', 'b'] }, values: { ref: `'${ws.name}'!$A$2:$A$3`, numbers: [1, 2], name: 'x' }, colours: null, from: { col: 1, row: 20 }, to: { col: 6, row: 30 } }],
    });
    expect(added).toBe(false); // the sheet already has a drawing (the picture): kpi never writes half a chart
    const plain = await readWorkbook(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'));
    const zip2 = await JSZip.loadAsync(await plain.xlsx.writeBuffer());
    const name = plain.worksheets.find((w) => w.state === 'visible')!.name;
    expect(await addSummaryCharts(zip2, { sheet: name, charts: [{ title: '我的图', categories: { ref: `'${name}'!$B$2:$B$3`, labels: ['a', 'b'] }, values: { ref: `'${name}'!$A$2:$A$3`, numbers: [1, 2], name: 'x' }, colours: null, from: { col: 1, row: 20 }, to: { col: 6, row: 30 } }] })).toBe(true);
    const withChart = path.join(dir, 'chart.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(withChart, await zip2.generateAsync({ type: 'nodebuffer' }));
    const withPicture = path.join(dir, 'picture.xlsx');
    await wb.xlsx.writeFile(withPicture);

    const charted = await gradeFile(withChart, { gradedAt });
    if (!charted.ok) throw new Error(charted.failure.message);
    const dropped = charted.report.problems.filter((p) => p.code === 'content-dropped');
    expect(dropped.map((p) => [p.severity, p.sheet])).toEqual([['warning', name]]);
    expect(dropped[0]!.message).toContain('原表中的图表/数据透视表未能保留');
    expect(dropped[0]!.message).toContain('1 个图表');
    const problems = sheetRows(await readWorkbook(charted.report.output!), '问题');
    expect(problems.some((row) => row[7] === 'content-dropped' && row[1] === '内容未能保留')).toBe(true);

    const pictured = await gradeFile(withPicture, { gradedAt });
    if (!pictured.ok) throw new Error(pictured.failure.message);
    expect(pictured.report.problems.filter((p) => p.code === 'content-dropped')).toEqual([]);
    const out = await JSZip.loadAsync(readFileSync(pictured.report.output!));
    expect(Object.keys(out.files).some((n) => n.startsWith('xl/media/'))).toBe(true);
  });
});

describe('汇总 of a form that scores 管理处, not people', () => {
  it('counts them in 个 and names them under 管理处, without an empty 工号 column', async () => {
    const out = await gradeFile(sampleCopy('property-cs-monthly.march.roster.xlsx', 'sites.xlsx'), {});
    if (!out.ok) throw new Error(out.failure.message);
    const rows = sheetRows(await readWorkbook(out.report.output!), '汇总');
    expect(String(rows[2]![0])).toMatch(/^已评分 \d+\/\d+ 个/);
    expect(rows[4]!.slice(0, 2)).toEqual(['排名', '管理处']);
    // 明细 names them under 管理处 too (it said 姓名).
    expect(sheetRows(await readWorkbook(out.report.output!), '明细')[0]!.slice(0, 3)).toEqual(['工号', '管理处', '项目']);
  });
});

describe('汇总 of more than 50 people', () => {
  it('links from under the headline to the statistics below the ranking, in both writers', async () => {
    const { buildTemplate } = await import('../../src/io/template/index.js');
    const { fillRoster } = await import('../../src/io/fillTemplate.js');
    const { form } = await import('../helpers.js');
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const people = Array.from({ length: 60 }, (_, i) => ({ header: { employeeId: String(1000 + i), name: `员工${i}` }, values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: 9, M6: 13 } }));
    fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, people);
    const input = path.join(tempDir(), 'sixty.xlsx');
    await wb.xlsx.writeFile(input);
    for (const writer of ['exceljs', 'package'] as const) {
      const out = await gradeFile(input, { writer, output: path.join(tempDir(), `sixty-${writer}.xlsx`) });
      if (!out.ok) throw new Error(out.failure.message);
      const ws = (await readWorkbook(out.report.output!)).getWorksheet('汇总')!;
      // 60 people in rows 6–65 under the headings of row 5: the statistics start at row 67.
      expect(String(ws.getCell('A4').text)).toBe('统计与图表见第 67 行(点击跳转)');
      expect(ws.getCell('A67').value).toBe('统计');
      const zip = await JSZip.loadAsync(readFileSync(out.report.output!));
      const sheets = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
      expect(sheets.some((x) => /<hyperlink ref="A4"[^>]*location="'汇总'!A67"/.test(x.replace(/&apos;/g, "'")))).toBe(true);
    }
  });
});
