import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, tempDir } from '../helpers.js';

// §8 on one person's sheet: 工作纪律 = 10 − 2 × 迟到早退 − 5 × 旷工 − …. A lead typed 「旷工(次) 1」 into the 填写项 cell
// and left 填写 empty: the row was taken for one not found (「没有这些行 … 工作纪律·旷工」), 旷工 as blank, 10 for 5, exit 0.
async function sheetWith(edit: (ws: ExcelJS.Worksheet, find: (text: string) => ExcelJS.Cell) => void): Promise<string> {
  const f = await form('mattress-cs-monthly');
  const wb = await buildTemplate(f, { layout: 'form', generator: 'test' });
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  const find = (text: string): ExcelJS.Cell => {
    let at: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((c) => { if (!at && String(c.value ?? '').trim().startsWith(text)) at = c; }));
    if (!at) throw new Error(`no ${text}`);
    return at;
  };
  edit(ws, find);
  const file = path.join(tempDir(), 'label.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('an answer typed after the input\'s name in its 填写项 cell, 填写 left empty', () => {
  it('is an error at that cell, the person not scored, and the row is not said to be missing', async () => {
    const file = await sheetWith((ws, find) => {
      const name = find('被考核人');
      ws.getCell(Number(name.row), Number(name.col) + 1).value = '王芳';
      find('旷工').value = '旷工(次) 1';
    });
    const graded = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    const [p] = graded.report.people;
    expect(p!.status).toBe('error');
    const said = graded.report.problems.filter((x) => x.code === 'unknown-column');
    expect(said.map((x) => [x.severity, x.message.replace(/^[^:]*:[^:]*:/, '')])).toEqual([
      ['error', '这一格「旷工(次) 1」把「旷工」的答案「1」写在了填写项里,「填写」列却是空的:没有计入,此人不评分;请把「1」填到这一行的「填写」列,并把这一格改回「旷工」后重新评分'],
    ]);
    expect(graded.report.problems.filter((x) => x.code === 'item-not-found')).toEqual([]);
  });

  it('the template\'s own 填写项 labels, units and all (「旷工(次)」), are no answers: nothing said on a sheet left as printed', async () => {
    const file = await sheetWith((ws, find) => {
      const name = find('被考核人');
      ws.getCell(Number(name.row), Number(name.col) + 1).value = '王芳';
    });
    const graded = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    expect(graded.report.problems.filter((x) => x.code === 'unknown-column' && (x.params as { case?: string }).case === 'in-label')).toEqual([]);
  });
});

describe('an answer typed over an item\'s 评分标准 or 考核内容, its 填写 cells empty', () => {
  // §8 工作纪律 = 10 − 2 × 迟到早退 …: 「迟到1次」 written over its 评分标准, 填写 empty, scored 10 (for 10 − 2 = 8), exit 0.
  it('is an error at that cell on kpi\'s template (the other items keep the definition\'s words); an item filled as well is not', async () => {
    const file = await sheetWith((ws, find) => {
      const name = find('被考核人');
      ws.getCell(Number(name.row), Number(name.col) + 1).value = '王芳';
      const rule = find('迟到或早退扣2分/次');
      rule.value = '迟到1次';
    });
    const graded = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    expect(graded.report.people[0]!.status).toBe('error');
    expect(graded.report.problems.filter((x) => (x.params as { case?: string }).case === 'in-text').map((x) => x.message.replace(/^[^:]*:[^:]*:/, ''))).toEqual([
      '「工作纪律」的「评分标准」一格写的是「迟到1次」,与模板不同,而这一项的「填写」列都是空的:像是把答案写在了这里,没有计入,此人不评分;请把答案填到「填写」列(这一格可改回原文)后重新评分',
    ]);
  });
});

describe('an answer typed after the input\'s name in 说明 (kpi\'s column), 填写 left empty', () => {
  it('「迟到1次」 beside 迟到或早退: an error at that cell, the person not scored (10 for the 8 it says, exit 0); 「迟到0次」 and a remark are not', async () => {
    for (const [note, error] of [['迟到1次', true], ['迟到0次', false], ['迟到:无', false], ['主管已核对', false]] as const) {
      const file = await sheetWith((ws, find) => {
        const name = find('被考核人');
        ws.getCell(Number(name.row), Number(name.col) + 1).value = '王芳';
        const explanationCol = Number(find('说明').col);
        ws.getCell(Number(find('迟到或早退').row), explanationCol).value = note;
      });
      const graded = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
      if (!graded.ok) throw new Error(graded.failure.message);
      const said = graded.report.problems.filter((x) => x.message.includes(`「${note}」填在了「说明」列`));
      expect(said.map((x) => x.severity), note).toEqual(error ? ['error'] : []);
    }
  });
});
