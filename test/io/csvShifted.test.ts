// A comma inside a CSV cell without quotes (表格管理 3,2 for 「3,2」) splits the cell: every later cell of the row moves
// one column right. Scored as read, that is a wrong score; the row is an error at its extra cell.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

const HEAD = '工号,姓名,客户回访率·本月安装(售服)客户数,客户回访率·回访客户数,表格管理,回访问题处理效率·基础分,处理能力,态度,其它·奖惩分,其它·原因';
// 王芳: 45/50 × 20 = 18, 表格管理 3、2 → 20 − 5 = 15, 日常 15, 基础 8, 处理能力 9, 态度 13, 纪律 10, 奖惩 +2 ⇒ 90.
const WANG = '1001,王芳,50,45,"3,2",8,9,13,2,表扬信';
const LI = '1002,李强,40,40,,10,10,15,,';

async function grade(lines: string[]) {
  const file = path.join(tempDir(), 'r.csv');
  writeFileSync(file, lines.join('\n'));
  const r = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
  if (!r.ok) throw new Error(r.failure.message);
  return r.report;
}

describe('a CSV row longer than its headings', () => {
  it('quoted, 王芳 scores 90; unquoted, her row is an error at the extra cell (it scored her cells one column off)', async () => {
    expect((await grade([HEAD, WANG, LI])).people.map((p) => p.total)).toEqual([90, 100]);
    const r = await grade([HEAD, WANG.replace('"3,2"', '3,2'), LI]);
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'error'], ['李强', 'scored']]);
    expect(r.problems.filter((p) => p.code === 'row-shifted').map((p) => [p.cell, p.message])).toEqual([
      ['K2', 'r!K2:王芳:这一行有 11 列,表头只有 10 列(多出的「表扬信」在这里):前面某一格里多了一个逗号,把这一格拆成了两格,后面各列都错了位(如 3,2 应写作 "3,2" 或 3、2);请改正后重新评分(此人不评分)'],
    ]);
  });
  it('1,050 split under headings whose last column (其它·原因) takes the shift: an error at 「050」, not 1 and 50 read as the two counts', async () => {
    const r = await grade([HEAD, '1001,王芳,1,050,,8,9,13,2', LI]);
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'error'], ['李强', 'scored']]);
    expect(r.problems.filter((p) => p.code === 'row-shifted').map((p) => [p.cell, p.message])).toEqual([
      ['D2', 'r!D2:王芳:这一格「050」和左边一格像是数字「1,050」被逗号拆成了两格,后面各列都错了位;请写成 "1,050"(加引号)或 1050 后重新评分(此人不评分)'],
    ]);
    // Full-width digits alike.
    const wide = await grade([HEAD, '1001,王芳,１,０５０,,8,9,13,2', LI]);
    expect(wide.problems.filter((p) => p.code === 'row-shifted').map((p) => p.cell)).toEqual(['D2']);
    // Two numbers side by side (50 and 45, 40 and 40) are no split.
    expect((await grade([HEAD, WANG, LI])).problems.filter((p) => p.code === 'row-shifted')).toEqual([]);
  });
  it('split where the row last cell was empty: still one cell too many', async () => {
    const r = await grade([HEAD, '1001,王芳,50,45,3,2,8,9,13,2,', LI]);
    expect(r.problems.filter((p) => p.code === 'row-shifted').map((p) => p.cell)).toEqual(['K2']);
    // Which it is kpi cannot tell from an empty extra cell: a split cell, or only a comma too many at the line's end.
    expect(r.problems.find((p) => p.code === 'row-shifted')!.message).toContain('(最后多出一列):前面某一格里多了一个逗号,把这一格拆成了两格,后面各列都错了位(如 3,2 应写作 "3,2" 或 3、2);或者只是行尾多了一个逗号,那就删去它;请改正后重新评分(此人不评分)');
  });
  it('a heading row ending with a comma (one unnamed column): the count said is of the named headings, not 11 against 11', async () => {
    const r = await grade([`${HEAD},`, WANG.replace('"3,2"', '3,2'), `${LI},`]);
    expect(r.problems.find((p) => p.code === 'row-shifted')!.message).toContain('这一行有 11 列,表头只有 10 列');
  });
  it('every data row one cell longer (an export ending each row with a comma): the way of the file, nobody flagged', async () => {
    const r = await grade([HEAD, `${WANG},`, `${LI},`]);
    expect(r.people.map((p) => p.total)).toEqual([90, 100]);
    expect(r.problems.filter((p) => p.code === 'row-shifted')).toEqual([]);
  });
});

describe('a CSV whose every row has a value in one unnamed column after the headings', () => {
  it('is a column of the file (a numbering column, LibreOffice\'s CSV), not a split cell on every row: 王芳 90, 李强 100', async () => {
    // It was 「这一行有 11 列,表头只有 10 列」 on every row: nobody scored.
    const r = await grade([`${HEAD},`, `${WANG},1`, `${LI},2`]);
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['王芳', 90], ['李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'row-shifted')).toEqual([]);
  });
});

describe('a CSV with two rows of headings (LibreOffice\'s CSV of a two-row heading)', () => {
  const TOP = '工号,姓名,员工的工作效率,话务质量,,,,,工作状况';
  const SUB = ',,得分,态度不温和或唉声叹气,推诿客户,闲聊或请教未按静音,未在30分钟内回复客户,未报工号,';
  async function express(lines: string[]) {
    const file = path.join(tempDir(), 'e.csv');
    writeFileSync(file, lines.join('\n'));
    const r = await gradeFile(file, { form: 'express-cs', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    return r.report;
  }
  it('the last column headed on the top row only (工作状况) is a heading: 甲 is scored, not a row one cell too long', async () => {
    // §12: 效率 20 + 话务质量 40 − 0.5 × 1 + 工作状况 40 − 0.5 × 4 = 20 + 39.5 + 38 = 97.5 → 优秀
    const r = await express([TOP, SUB, 'E1,甲,20,1,0,0,0,0,4']);
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['甲', 97.5, '优秀']]);
    expect(r.problems.filter((p) => p.code === 'row-shifted')).toEqual([]);
  });
  it('a split cell under such headings is still found, at the cell past the last heading', async () => {
    const r = await express([TOP, SUB, 'E1,甲,20,1,0,0,0,0,4', 'E2,乙,1,5,1,0,0,0,0,4']);
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['甲', 'scored'], ['乙', 'error']]);
    expect(r.problems.filter((p) => p.code === 'row-shifted').map((p) => p.cell)).toEqual(['J4']);
  });
});

describe('Excel\'s 「sep=;」 line on top of a CSV', () => {
  it('names the delimiter and is kept as its one cell (it was split at its own 「;」 into 「sep=」)', async () => {
    const file = path.join(tempDir(), 'sep.csv');
    writeFileSync(file, ['sep=;', HEAD.replace(/,/g, ';'), WANG.replace(/,/g, ';').replace('"3;2"', '"3,2"'), LI.replace(/,/g, ';')].join('\r\n') + '\r\n');
    const { loadInput } = await import('../../src/io/loadInput.js');
    const loaded = await loadInput(file, {});
    if (!loaded.ok) throw new Error(loaded.failure.message);
    expect(loaded.input.delimiter).toBe(';');
    expect(loaded.input.rows![0]).toEqual(['sep=;']);
    const r = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // Same as the comma file: 王芳 90, 李强 100, on rows 3 and 4 as the file numbers them.
    expect(r.report.people.map((p) => [p.name, p.total])).toEqual([['王芳', 90], ['李强', 100]]);
  });
  it('a hint the rows do not follow (sep=; over comma rows): the rows\' delimiter is used (it said 「没有找到表头」)', async () => {
    const file = path.join(tempDir(), 'sep-comma.csv');
    writeFileSync(file, ['sep=;', HEAD, WANG, LI].join('\r\n') + '\r\n');
    const r = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, p.total])).toEqual([['王芳', 90], ['李强', 100]]);
  });
});
