// A CSV or HTML-table export cut off partway (a copy aborted, a disk full) was scored at exit 0 as if complete: cut after
// 刘洋's 态度 field, §8 gave 刘洋 62.67 一般 for 57.67 待改进 (his 旷工 cut away) and 陈静 and 孙丽, after him, were missing
// without a word — and `kpi batch` kept that result, the file never changing again. Now such a file is refused as a
// cut-off .xlsx is (file-unreadable, exit 2); complete files without a final line ending, or ending in a short 合计 or
// footer line, are scored as before.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastTableRow, shortLastRow } from '../../src/io/formats/cutOff.js';
import { decodeText } from '../../src/io/textDecode.js';
import { encodeGb18030 } from '../../scripts/make-hostile.mjs';
import { gradedReport, refusal, tempDir } from '../helpers.js';

const HEADER =
  '工号,被考核人,部门名称,考核月份,考评人,客户回访率·本月安装(售服)客户数,客户回访率·回访客户数,表格管理,日常服务规范·用语不规范,日常服务规范·短信漏发,日常服务规范·跟踪不到位,回访问题处理效率·基础分,回访问题处理效率·拖延遗漏错误次数,处理能力,态度,工作纪律·迟到或早退,工作纪律·旷工,工作纪律·做与工作无关的事,工作纪律·工作时间睡觉,其它·奖惩分,其它·原因';
const PEOPLE = [
  '1001,王芳,客服部,2026-03,陈主管,50,45,"3,2",1,2,,8,1,9,13,1,,,,2,客户表扬信',
  '1002,李强,客服部,2026-03,陈主管,40,40,,,,,10,,10,15,,,,,,',
  '1003,张敏,客服部,2026-03,陈主管,60,54,2,,,1,9,,8,12,,,,,-3,客户投诉一次',
  '1004,刘洋,售后组,2026-03,陈主管,30,28,"5,5,4",2,,,7,1,6,9,,1,,,,',
  '1005,陈静,售后组,2026-03,陈主管,0,0,,,1,,9,,9,14,2,,,,,',
  '1007,孙丽,客服部,2026-03,陈主管,80,70,"2,3",,,,10,,9,13,,,1,,,',
];
const LINES = [HEADER, ...PEOPLE];
const FULL = `${LINES.join('\n')}\n`;
/** Cut after 刘洋's 态度 (15 of 21 fields), no final line ending. */
const CUT = `${[HEADER, ...PEOPLE.slice(0, 3)].join('\n')}\n1004,刘洋,售后组,2026-03,陈主管,30,28,"5,5,4",2,,,7,1,6,9`;

function file(name: string, content: string | Buffer): string {
  const f = path.join(tempDir(), name);
  writeFileSync(f, content);
  return f;
}

// 刘洋 complete: M1 28/30 × 20 = 18.67, M2 20 − (5 + 5 + 4) = 6, M3 15 − 2 × 2 = 11, M4 7 − 5 × 1 = 2, M5 6, M6 9,
// M7 10 − 5 × 1 (旷工) = 5 → 18.67 + 6 + 11 + 2 + 6 + 9 + 5 = 57.67 待改进. The others as the complete file scores them.
const SCORED = [['王芳', 79], ['李强', 100], ['张敏', 85], ['刘洋', 57.67], ['陈静', 92], ['孙丽', 87.5]];
async function scores(f: string) {
  const report = await gradedReport(f);
  return report.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100]);
}

const MESSAGE = (name: string) =>
  `${name}:文件不完整(最后一行只有 15 列,表头有 21 列,文件末尾没有换行:第 5 行「1004,刘洋,售后组,2026-03,陈主管,…,2,,,7,1,6,9」),可能导出或复制时中断了,没有评分。请重新导出/复制后再评分;是手工输入的、最后一行本来就没有填完的,请在这一行末尾补上空的列(6 个「,」)并换行`;

describe('a CSV cut off partway', () => {
  it('the complete file: 刘洋 57.67 待改进, six people', async () => {
    const report = await gradedReport(file('full.csv', FULL));
    expect(report.people.find((p) => p.name === '刘洋')!.band).toBe('待改进');
    expect(await scores(file('full.csv', FULL))).toEqual(SCORED);
  });

  it('cut after 刘洋\'s 态度, no final line ending: refused (not 刘洋 62.67 一般 and four people at exit 0)', async () => {
    const p = await refusal(file('cut.csv', CUT));
    expect([p.code, p.severity, p.params?.case, p.params?.line, p.params?.fields, p.params?.header]).toEqual(['file-unreadable', 'error', 'text-cut', 5, 15, 21]);
    expect(p.message).toBe(MESSAGE('cut.csv'));
    expect([p.sheet, p.cell]).toEqual(['cut', 'A5']);
  });

  it('a CRLF export cut the same way (after 孙丽\'s 回访数 field) is refused too', async () => {
    const crlf = `${[HEADER, ...PEOPLE.slice(0, 5)].join('\r\n')}\r\n1007,孙丽,客服部,2026-03,陈主管,80,70`;
    const p = await refusal(file('crlf.csv', crlf));
    expect([p.params?.case, p.params?.line, p.params?.fields]).toEqual(['text-cut', 7, 7]);
  });

  it('a cut in the first field (「10」 of 「1004」) is a cut too', async () => {
    const p = await refusal(file('first.csv', `${[HEADER, ...PEOPLE.slice(0, 3)].join('\n')}\n10`));
    expect([p.params?.case, p.params?.line, p.params?.fields]).toEqual(['text-cut', 5, 1]);
  });

  // The sound variants nearest to it: scored as before.
  it('a complete file without a final line ending (every field there) is scored as the complete file', async () => {
    expect(await scores(file('nonl.csv', LINES.join('\n')))).toEqual(SCORED);
  });

  it('a short 合计 line, a footer or a page line last, without a line ending, is no cut: scored as the complete file', async () => {
    expect(await scores(file('total.csv', `${FULL}合计,,,,,260,237`))).toEqual(SCORED);
    expect(await scores(file('printed.csv', `${FULL}打印时间:2026-04-01 10:00`))).toEqual(SCORED);
    expect(await scores(file('page.csv', `${FULL}第 1 页,共 1 页`))).toEqual(SCORED);
  });

  it('a last row without the trailing fields every row above leaves blank is still refused: a cut inside its last field looks the same', async () => {
    // Review of s57: 「…,0,200,0.7」 cut from 0.76 with 满意数/调查数 blank above was scored 88.50 for 90.00 at exit 0, and a
    // pay row cut from 2500 to 250 paid 225.00. A row typed by hand so is told how to finish it (the message).
    const pay = file('pay.csv', '工号,姓名,部门,绩效基数,基本工资,备注\n1001,王芳,客服部,3000,4000,\n1007,孙丽,客服部,3000,4000');
    const p = await refusal(file('full.csv', FULL), { pay });
    expect([p.code, p.params?.case, p.params?.fields, p.params?.header]).toEqual(['file-unreadable', 'text-cut', 5, 6]);
    expect(p.message).toContain('请在这一行末尾补上空的列(1 个「,」)并换行');
  });

  it('an export that leaves out every row\'s trailing empty fields (ragged) is no cut: scored as the complete file', async () => {
    const ragged = LINES.map((l) => l.replace(/,+$/, '')).join('\n');
    expect(await scores(file('ragged.csv', ragged))).toEqual(SCORED);
  });
});

describe('an HTML table (Excel\'s 「xls」 that is a web page) cut off partway', () => {
  const cells = (line: string) => {
    const out: string[] = [];
    let quoted = false;
    let cell = '';
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        out.push(cell);
        cell = '';
      } else cell += ch;
    }
    return [...out, cell];
  };
  const tr = (line: string) => `<tr>${cells(line).map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const head = '<html><head><meta charset="utf-8"></head><body><table>\n';
  const rows = LINES.map(tr).join('\n');
  const cutRows = [HEADER, ...PEOPLE.slice(0, 3)].map(tr).join('\n') + '\n<tr>' + cells('1004,刘洋,售后组,2026-03,陈主管,30,28,"5,5,4",2,,,7,1,6,9').map((c) => `<td>${c}</td>`).join('');

  it('the complete page: six people, 刘洋 57.67', async () => {
    expect(await scores(file('full.xls', `${head}${rows}\n</table></body></html>\n`))).toEqual(SCORED);
  });

  it('no </table> and no </html>: refused, naming the last row', async () => {
    const p = await refusal(file('cut.xls', `${head}${cutRows}`));
    expect([p.code, p.params?.case, p.params?.html, p.params?.line, p.params?.fields]).toEqual(['file-unreadable', 'text-cut', true, 5, 15]);
    expect(p.message).toBe('cut.xls:文件不完整(表格没有结束,没有 </table> 和 </html>,最后一行只有 15 列,表头有 21 列:第 5 行「1004,刘洋,售后组,2026-03,陈主管,…,2,,,7,1,6,9」),可能导出或复制时中断了,没有评分。请重新导出/复制后再评分');
  });

  it('a page that ends (</html>) with its table left open, or closes its table without </html>, is scored as before', async () => {
    expect(await scores(file('open.xls', `${head}${rows}\n</body></html>\n`))).toEqual(SCORED);
    expect(await scores(file('noend.xls', `${head}${rows}\n</table>`))).toEqual(SCORED);
  });
});

// A file cut in the middle of a character was refused with 「只是这一处的话,请在 Excel/WPS 里改正这一格」: there is no cell to
// mend, the file stops there.
describe('a text file cut in the middle of a character', () => {
  const text = `${[HEADER, ...PEOPLE.slice(0, 3)].join('\r\n')}\r\n1004,刘洋,售后组`;
  it('UTF-8: said to be incomplete, at its last line', async () => {
    const bytes = Buffer.from(text, 'utf8');
    const p = await refusal(file('cut8.csv', bytes.subarray(0, bytes.length - 2)));
    expect([p.code, p.params?.cut, p.params?.line]).toEqual(['bad-encoding', true, 5]);
    expect(p.message).toBe('cut8.csv:文件不完整(按 utf-8 读到第 5 行「1004,刘洋,售后�」处中断,最后一个字只有半个,显示为 �),可能导出或复制时中断了,没有评分。请重新导出/复制后再评分');
  });
  it('GBK: the same', async () => {
    const bytes = Buffer.from(encodeGb18030(text));
    const p = await refusal(file('cutgbk.csv', bytes.subarray(0, bytes.length - 1)));
    expect(p.message).toBe('cutgbk.csv:文件不完整(按 gb18030 读到第 5 行「1004,刘洋,售后�」处中断,最后一个字只有半个,显示为 �),可能导出或复制时中断了,没有评分。请重新导出/复制后再评分');
  });
  it('bad bytes inside the file (something after them) keep the advice to mend that cell', () => {
    const bytes = Buffer.from(text, 'utf8');
    const inside = Buffer.concat([bytes.subarray(0, bytes.length - 2), Buffer.from(',9\r\n', 'utf8')]);
    const r = decodeText(inside);
    if (!('problem' in r)) throw new Error('decoded');
    expect(r.problem.params).not.toHaveProperty('cut');
    expect(r.problem.message).toContain('只是这一处的话,请在 Excel/WPS 里改正这一格后另存');
  });
});

describe('shortLastRow, lastTableRow', () => {
  const rows = [['标题'], ['a', 'b', 'c', 'd'], ['1', 'x', '2', '3'], ['2', 'y', '4', '5']];
  it('a last row shorter than the usual width, starting as the rows above do', () => {
    expect(shortLastRow([...rows, ['3', 'z']], ',')).toEqual({ line: 5, fields: 2, header: 4, near: '3,z' });
    expect(shortLastRow([...rows, ['3', 'z', '6', '7']], ',')).toBeNull();
    expect(shortLastRow([...rows, ['']], ',')).toBeNull();
  });
  it('not a 合计 line, a note, nor a line of text under the table', () => {
    expect(shortLastRow([...rows, ['合计', '', '6']], ',')).toBeNull();
    expect(shortLastRow([...rows, ['制表人:王五']], ',')).toBeNull();
    expect(shortLastRow([...rows, ['以上数据由系统导出', '仅供参考']], ',')).toBeNull();
  });
  it('long digit runs (a phone number) are masked in what is shown', () => {
    expect(shortLastRow([...rows, ['3', '13812345678']], ',')?.near).toBe('3,138****5678');
    // One line of the message: a quoted cell's line break shown as a space.
    expect(shortLastRow([...rows, ['3', 'x\ny']], ',')?.near).toBe('3,x y');
  });
  it('under a header of 4, one row split by a comma (5) over a last row of 4 is no cut', () => {
    expect(shortLastRow([['a', 'b', 'c', 'd'], ['1', 'x', '2', '3', '4'], ['2', 'y', '4', '5']], ',')).toBeNull();
  });
  it('an unclosed table\'s last row, trailing blank cells left out of what is shown', () => {
    expect(lastTableRow([...rows, ['3', 'z', '', ''], ['']])).toEqual({ line: 5, fields: 4, header: 4, near: '3,z' });
  });
});
