import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, readHtmlTable } from '../../src/io/htmlTable.js';
import { decodeText } from '../../src/io/textDecode.js';
import { HOSTILE_DIR, makeHostile } from '../../scripts/make-hostile.mjs';
import { withCpuTime } from '../helpers.js';

let files: Record<string, string>;
beforeAll(async () => {
  files = await makeHostile(HOSTILE_DIR);
}, 120_000);

describe('readHtmlTable', () => {
  it('reads the corpus HTML export (.xls that is a web page)', () => {
    const d = decodeText(readFileSync(files['html-export.xls']!));
    if ('problem' in d) throw new Error(d.problem.message);
    expect(readHtmlTable(d.text)).toEqual([
      ['姓名', '工号', '成绩', ''],
      ['张三', '007', '95', 'A&B'],
      ['李 四', '008', '90', '优'],
    ]);
  });

  it('th and td, tags inside cells stripped, whitespace collapsed', () => {
    const html = `<table>
      <tr><th> 姓名 </th><th><b>工号</b></th></tr>
      <tr><td><span style="color:red">张<i>三</i></span></td><td>
         <font face="宋体">007</font>
      </td></tr></table>`;
    expect(readHtmlTable(html)).toEqual([
      ['姓名', '工号'],
      ['张三', '007'],
    ]);
  });

  it('decodes entities: named, decimal, hex; leaves unknown ones alone', () => {
    expect(readHtmlTable('<table><tr><td>a&amp;b &lt;c&gt; &quot;d&quot;</td><td>&#20013;&#x6587;&#x1F600;</td><td>&nbsp;</td><td>&bogus; &amp</td></tr></table>')).toEqual([
      ['a&b <c> "d"', '中文😀', '', '&bogus; &'],
    ]);
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
    expect(decodeEntities('&amp;lt;')).toBe('&lt;'); // decoded once, not recursively
  });

  it('colspan and rowspan are blank-filled so columns stay aligned', () => {
    const html = `<table>
      <tr><td rowspan="2">客服部</td><td colspan=2>3月</td><td>备注</td></tr>
      <tr><td>张三</td><td>95</td><td>好</td></tr>
      <tr><td>技术部</td><td>李四</td><td>90</td><td></td></tr>
    </table>`;
    expect(readHtmlTable(html)).toEqual([
      ['客服部', '3月', '', '备注'],
      ['', '张三', '95', '好'],
      ['技术部', '李四', '90', ''],
    ]);
  });

  it('implicit closing: no </td> or </tr>, uppercase tags, thead/tbody', () => {
    const html = '<TABLE><THEAD><TR><TH>a<TH>b<TBODY><TR><TD>1<TD>2<TR><TD>3<TD>4</TABLE>';
    expect(readHtmlTable(html)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('every table with cells, one below the other with a blank row between (as Excel lays them out); comments, scripts, styles and Excel conditionals ignored', () => {
    const html = `<html><head><style>table { x: "<table><tr><td>no</td></tr></table>" }</style>
      <script>var s = "<table><tr><td>no</td></tr></table>";</script></head><body>
      <!-- <table><tr><td>no</td></tr></table> -->
      <table class="layout"></table>
      <table><![if !supportMisalignedColumns]><tr><td>yes</td></tr><![endif]></table>
      <table><tr><td>second</td></tr></table></body></html>`;
    expect(readHtmlTable(html)).toEqual([['yes'], [''], ['second']]);
  });

  it('an export\'s title table above its data table: the data is read (it was refused as not a form)', () => {
    const html = '<table><tr><td colspan="2">3月客服考核导出</td></tr><tr><td>导出时间</td><td>2026-04-01</td></tr></table>' +
      '<table><tr><td rowspan="2">姓名</td><td>分</td></tr><tr><td>本月</td></tr><tr><td>王芳</td><td>79</td></tr></table>';
    // A rowspan in the data table does not reach back into the title table, nor the title's colspan into the data.
    expect(readHtmlTable(html, { fillSpans: true })).toEqual([
      ['3月客服考核导出', '3月客服考核导出'], ['导出时间', '2026-04-01'], [''], ['姓名', '分'], ['姓名', '本月'], ['王芳', '79'],
    ]);
  });

  it('a nested table’s text stays in its cell', () => {
    expect(readHtmlTable('<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table></td><td>b</td></tr></table>')).toEqual([
      ['外 内1 内2', 'b'],
    ]);
  });

  it('<br> and paragraphs become line breaks; ">" inside attribute values is not the tag end', () => {
    expect(readHtmlTable('<table><tr><td title="a>b">第一行<br>第二行<br/></td><td><p>x</p><p>y</p></td></tr></table>')).toEqual([
      ['第一行\n第二行', 'x\ny'],
    ]);
  });

  it('DOCTYPE and entity declarations are skipped, never expanded', () => {
    const html = '<!DOCTYPE html [<!ENTITY x "BOOM">]><table><tr><td>&x;</td></tr></table>';
    expect(readHtmlTable(html)).toEqual([['&x;']]);
  });

  it('null when there is no table with cells', () => {
    expect(readHtmlTable('<html><body><p>导出失败</p></body></html>')).toBeNull();
    expect(readHtmlTable('<table></table>')).toBeNull();
    expect(readHtmlTable('')).toBeNull();
  });

  it("a stray quote that does not open an attribute value does not swallow the page", () => {
    expect(readHtmlTable(`<table><tr><td class=a'b>1</td><td x="y>z" 'q>2</td></tr><tr><td>3</td></tr></table>`)).toEqual([['1', '2'], ['3']]);
  });

  it('reads 20,000 rows quickly', () => {
    const html = '<table>' + '<tr><td>张三</td><td class="x" style="mso-number-format:\'\\@\'">007</td><td>95&nbsp;</td></tr>\n'.repeat(20_000) + '</table>';
    const { result: rows, cpuMs } = withCpuTime(() => readHtmlTable(html)!);
    expect(rows.length).toBe(20_000);
    expect(rows[19_999]).toEqual(['张三', '007', '95']);
    expect(cpuMs).toBeLessThan(2000);
  });

  it('keeps what it read of an unterminated table', () => {
    expect(readHtmlTable('<table><tr><td>a</td><td>b')).toEqual([['a', 'b']]);
  });

  it('huge colspan is capped', () => {
    const rows = readHtmlTable('<table><tr><td colspan="99999999">x</td></tr></table>')!;
    expect(rows[0]!.length).toBe(1000);
  });
});

// One suggestion spanning two customers (rowspan) in an HTML export was listed twice and counted as 2; the same in an
// .xlsx with G2:G3 merged was one. The covered cells now say which cell spans them, as a merged range does.
describe('cells a span covers', () => {
  const page = '<table><tr><th>客户</th><th>产品质量</th><th>服务态度</th><th>售后服务</th><th>价格合理性</th><th>交付准时性</th><th>意见和建议</th></tr>' +
    '<tr><td>陈先生</td><td>优秀</td><td>优秀</td><td>良好</td><td>一般</td><td>优秀</td><td rowspan="2">统一意见</td></tr>' +
    '<tr><td>周女士</td><td>良好</td><td>良好</td><td>良好</td><td>良好</td><td>良好</td></tr>' +
    '<tr><td colspan="2">吴先生</td><td>优秀</td><td>一般</td><td>良好</td><td>优秀</td><td>价格偏高</td></tr></table>';

  it('name the cell that spans them (0-based), by rowspan and by colspan', async () => {
    const { readHtmlTableSpans } = await import('../../src/io/htmlTable.js');
    const t = readHtmlTableSpans(page, { fillSpans: true })!;
    expect(t.rows[2]![6]).toBe('统一意见');
    expect([...t.spans]).toEqual([['2,6', { row: 1, col: 6 }], ['3,1', { row: 3, col: 0 }]]);
  });

  it('a suggestion spanning two customers is one suggestion: 2 listed, not 3', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = (await import('node:path')).default;
    const { tempDir } = await import('../helpers.js');
    const { gradeFile } = await import('../../src/io/grade.js');
    const file = path.join(tempDir(), 'export.xls');
    writeFileSync(file, `<html><head><meta charset="utf-8"></head><body>${page.replace('<td colspan="2">吴先生</td>', '<td>吴先生</td><td>一般</td>')}</body></html>`);
    const outcome = await gradeFile(file, { form: 'satisfaction-standard', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const advice = outcome.report.groups![0]!.figures.advice as Array<{ text: string; at: { cell: string } }>;
    expect(advice.map((a) => [a.text, a.at.cell])).toEqual([['统一意见', 'G2'], ['价格偏高', 'G4']]);
  });
});

// A page Excel saved (另存为网页, named .xls): each number stored beside what its format shows, hidden rows styled
// display:none. The shown 18 of a stored 18.4 scored cs-scheme-100's 李四 95 良好 for 95.4 优秀, and a hidden stale row
// was a person; both at exit 0.
describe('a web page Excel saved', () => {
  const head = '<tr><td>工号</td><td>姓名</td><td>部门</td><td>业绩考核</td><td>质量考核</td><td>业务考核</td><td>通话利用率</td><td>报表提交及时性</td><td>出勤情况</td><td>问题反馈及工作配合度</td><td>遵守规章制度及上级综合评分</td></tr>';
  const row = (id: string, name: string, first: string, style = '') => `<tr${style}><td>${id}</td><td>${name}</td><td>客服部</td>${first}<td x:num>28</td><td x:num>9</td><td x:num>10</td><td x:num>5</td><td x:num>5</td><td x:num>10</td><td x:num>10</td></tr>`;
  const page = (rows: string) => `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table>${head}${rows}</table></body></html>`;
  const grade = async (html: string) => {
    const { writeFileSync } = await import('node:fs');
    const path = (await import('node:path')).default;
    const { tempDir } = await import('../helpers.js');
    const { gradeFile } = await import('../../src/io/grade.js');
    const file = path.join(tempDir(), 'export.xls');
    writeFileSync(file, html);
    const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  };

  it('reads the stored number, not the one its format shows: 18.4 + 28 + 9 + 10 + 5 + 5 + 10 + 10 = 95.4 → 优秀 (left-open at 95)', async () => {
    const r = await grade(page(row('1002', '李四', '<td class=xl65 x:num="18.399999999999999">18</td>')));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['李四', 95.4, '优秀']]);
  });

  it('only over a figure: a 工号 its format pads (001 of a stored 1) and a date (2026年3月 of a stored 46082) are read as shown', async () => {
    const html = page(row('1001', '张三', '<td x:num>20</td>').replace('<td>1001</td>', '<td x:num="1">001</td>').replace('<td>客服部</td>', '<td>客服部</td>'));
    const r = await grade(html.replace('<tr><td>工号</td>', '<tr><td>工号</td>'));
    expect(r.people.map((p) => [p.id, p.name, p.total])).toEqual([['001', '张三', 97]]);
  });

  it('a row Excel hid is not read, and is said (赵六, last month\'s, was scored 待改进)', async () => {
    const r = await grade(page(row('1001', '张三', '<td x:num>20</td>') + row('1009', '赵六', '<td x:num>1</td>', " height=0 style='display:none'")));
    expect(r.people.map((p) => p.name)).toEqual(['张三']);
    expect(r.problems.filter((p) => p.code === 'hidden-rows').map((p) => p.severity)).toEqual(['warning']);
  });
});

// A roster saved as a web page with its headings' notes (kpi's templates note A1 and 姓名): LibreOffice writes each note
// as <comment> inside the cell, Excel as an anchor 「[1]」; read as part of the heading, the file had no headings.
describe('notes on cells of a page', () => {
  it('are no part of what the cell shows (LibreOffice <comment>, Excel msocomanchor)', () => {
    const lo = '<table><tr><td>工号<comment>等级标准:优秀 ≥ 90</comment></td><td>姓名<comment>必填</comment></td></tr><tr><td>1</td><td>张三</td></tr></table>';
    expect(readHtmlTable(lo)).toEqual([['工号', '姓名'], ['1', '张三']]);
    const excel = '<table><tr><td>工号<![if !supportAnnotations]><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[1]</a><![endif]></td><td>姓名</td></tr></table>';
    expect(readHtmlTable(excel)).toEqual([['工号', '姓名']]);
    // An ordinary link's text is kept.
    expect(readHtmlTable('<table><tr><td><a href="x.html">张三</a></td></tr></table>')).toEqual([['张三']]);
  });
});
