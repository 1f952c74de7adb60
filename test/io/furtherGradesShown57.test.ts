// §17 转正建议 (a further grade of the form) was given in 汇总 and the console only: the graded roster a manager prints
// showed 总分 and 等级 but no 转正建议, and a person's sheet left its own 「转正建议」 line blank.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { filledForms, filledRoster, score, type Cell } from '../forms/roundtrip.js';
import { readWorkbook, sheetRows, tempDir } from '../helpers.js';

const row = (name: string, id: string, [n, a, b, c, d]: Cell[]) => ({ 工号: id, 姓名: name, 准时出勤: n, 专业知识: a, 服务态度: b, 团队合作: c, 问题解决: d });

describe('§17 转正建议 on the graded workbook', () => {
  it('roster: a 「转正建议(kpi)」 column beside 等级 (the template has its own blank 转正建议 for a hand-written one)', async () => {
    const file = await filledRoster('probation', [
      row('林晓', '1701', [0, 20, 25, 20, 15]), // 10 + 20 + 25 + 20 + 15 = 90 ≥ 60 → 通过
      row('郭婷', '1702', [4, 10, 15, 10, 10]), // more than 3 → 2; 2 + 10 + 15 + 10 + 10 = 47 < 60 → 不通过
      row('罗杰', '1703', [1, 15, 15, 10, 10]), // 8 + 15 + 15 + 10 + 10 = 58 < 60 → 不通过
      row('谢楠', '1704', [0, 20, '很好', 20, 20]), // 服务态度 not a choice: unscored
    ]);
    const output = path.join(tempDir(), 'g.xlsx');
    await score(file, { output });
    const rows = sheetRows(await readWorkbook(output), '考核表');
    const head = rows[0]!.map(String);
    const at = (h: string) => head.indexOf(h);
    expect(head.slice(at('总分'), at('总分') + 4)).toEqual(['总分', '等级', '转正建议(kpi)', '排名']);
    const byName = (name: string) => rows.find((r) => r[at('姓名')] === name)!;
    expect([90, 47, 58].map((t, k) => [byName(['林晓', '郭婷', '罗杰'][k]!)[at('总分')], t])).toEqual([[90, 90], [47, 47], [58, 58]]);
    expect(['林晓', '郭婷', '罗杰', '谢楠'].map((n) => byName(n)[at('转正建议(kpi)')])).toEqual(['通过', '不通过', '不通过', '未评分']);
    // 等级 carries the band's colour, as on every roster; 转正建议(kpi) beside it does not (it took 等级's colour once).
    const ws = (await readWorkbook(output)).getWorksheet('考核表')!;
    const fillOf = (col: string) => JSON.stringify(ws.getCell(2, at(col) + 1).fill ?? null);
    expect(fillOf('等级')).toContain('solid');
    expect(fillOf('转正建议(kpi)')).not.toContain('solid');
    // Copied into a new workbook without kpi's record (only this sheet kept) and 罗杰 corrected to 20/30/20/20: kpi's own
    // 「转正建议(kpi)」 is no grade typed by the team — 0 lapses → 10; 10 + 20 + 30 + 20 + 20 = 100 → 通过, no override.
    const copy = await readWorkbook(output);
    for (const s of copy.worksheets.filter((w) => w.name !== '考核表')) copy.removeWorksheet(s.id);
    const sheet = copy.getWorksheet('考核表')!;
    const row3 = rows.findIndex((r) => r[at('姓名')] === '罗杰') + 1;
    for (const [h, v] of [['准时出勤', 0], ['专业知识', 20], ['服务态度', 30], ['团队合作', 20], ['问题解决', 20]] as const) sheet.getCell(row3, at(h) + 1).value = v;
    const copied = path.join(tempDir(), 'copied.xlsx');
    await copy.xlsx.writeFile(copied);
    const again = await score(copied, { form: 'probation' });
    expect(again.people.find((p) => p.name === '罗杰')!.grades).toEqual([expect.objectContaining({ value: '通过', computed: '通过' })]);
    expect(again.problems.filter((p) => p.code === 'override' && p.item === '转正建议')).toEqual([]);
    // The team's own 转正建议 column is left as it was: blank.
    expect(['林晓', '郭婷'].map((n) => byName(n)[at('转正建议')] ?? null)).toEqual([null, null]);
  });

  it('person sheets: the form\'s 「转正建议」 line gets the grade by the score in its 得分 cell; one the team typed beside the label stays', async () => {
    const entries = (counts: number, rest: number[]): Array<[string, string | null, string, Cell]> => [
      ['准时出勤', null, '填写', counts],
      ...['专业知识', '服务态度', '团队合作', '问题解决'].map((item, k): [string, string | null, string, Cell] => [item, null, '填写', rest[k]!]),
    ];
    const file = await filledForms('probation', [
      { name: '林晓', entries: entries(0, [20, 25, 20, 15]) }, // 90 → 通过
      // 47 → 不通过 by the score; the lead wrote 通过 beside the label (kept, reported as a change)
      { name: '郭婷', header: { 转正建议: '通过' }, entries: entries(4, [10, 15, 10, 10]) },
    ]);
    const output = path.join(tempDir(), 'g.xlsx');
    const report = await score(file, { output });
    expect(report.people.find((p) => p.name === '郭婷')!.grades).toEqual([expect.objectContaining({ label: '转正建议', value: '通过', computed: '不通过', typed: '通过' })]);
    const wb = await readWorkbook(output);
    for (const [name, total, verdict] of [['林晓', 90, '通过'], ['郭婷', 47, '不通过']] as const) {
      const rows = sheetRows(wb, name);
      const scoreCol = rows.find((r) => r.includes('项目'))!.indexOf('得分');
      const line = (label: string) => rows.find((r) => r[0] === label)!;
      expect([line('总分')[scoreCol], line('转正建议')[scoreCol]]).toEqual([total, verdict]);
    }
    expect(sheetRows(wb, '郭婷').find((r) => r[0] === '转正建议')![1]).toBe('通过');
  });
});
