// Person sheets with a second score column beside 填写 / 主管评, hidden or named for a month (a team reusing last month's
// workbook). 「填写(2月)」 hidden left of 填写 was read as the column to fill (李四, March blank, 90.00 优秀 from February's
// 9s at exit 0); 「填写(2月) | 填写(3月)」 on a March sheet refused everyone, advising March's 8s be moved under February's
// heading; a hidden 「主管评(上月)」 beside 主管评 refused everyone; §12's reference rows grouped and collapsed refused 王五.
// Fixtures: the tester's workbooks (openpyxl over kpi's templates); prop-april.xlsx is prop-feb-march.xlsx with its
// headings renamed 「填写 | 填写(4月)」.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/personColumns51', name);
const person = (r: Awaited<ReturnType<typeof gradedReport>>, name: string) => r.people.find((p) => p.name === name)!;

describe('a second score column on a person sheet', () => {
  it('a hidden 「填写(2月)」 is not read: a blank March is an error, not February scored (§16)', async () => {
    const r = await gradedReport(fixture('prop-hidden-feb.xlsx'));
    // §16: ten items 1–10 summed. 张三 March 9+9+8+9+9+8+9+9+8+9 = 87 良好; 赵六 ten 8s = 80 良好.
    expect([person(r, '张三').total, person(r, '张三').band]).toEqual([87, '良好']);
    expect([person(r, '赵六').total, person(r, '赵六').band]).toEqual([80, '良好']);
    // 李四 and 王五 left March blank: required items empty, unscored (was 90.00 优秀 and 70.00 from February's column).
    for (const name of ['李四', '王五']) {
      expect(person(r, name).status).toBe('error');
      expect(r.problems.some((p) => p.person === name && p.severity === 'error' && p.sheet === name)).toBe(true);
    }
    expect(r.problems.find((p) => p.code === 'duplicate-column' && p.person === '张三')).toMatchObject({ severity: 'warning', cell: 'F6' });
  });

  it('「填写(2月) | 填写(3月)」 on a sheet of 2026-03: February is last month\'s, March read (§16: ten 8s = 80 良好)', async () => {
    const r = await gradedReport(fixture('prop-feb-march.xlsx'));
    for (const name of ['张三', '李四', '王五', '赵六']) expect([person(r, name).total, person(r, name).band]).toEqual([80, '良好']);
    // February's 3 said as not counted, a warning as for 「填写(上月)」.
    const said = r.problems.filter((p) => p.code === 'unknown-column');
    expect(said).toHaveLength(4);
    expect(said.every((p) => p.severity === 'warning' && p.cell === 'F8' && p.message.includes('列「填写(2月)」的分数没有计入'))).toBe(true);
  });

  it('「填写(2月) | 填写(3月)」 rated on 2026-04-02 (no column is the sheet\'s month): compared and refused, never February read', async () => {
    // Review: every column named a month before the 评估日期's, February's 3s were read silently — 30.00 待改进 each at exit 0
    // where March's ten 8s make 80 良好. With no column naming the sheet's month, which is this month's is not known.
    const r = await gradedReport(fixture('next-month-date.xlsx'));
    for (const name of ['张三', '李四', '王五', '赵六']) expect(person(r, name).status).toBe('error');
  });

  it('「填写 | 填写(4月)」 on a sheet of 2026-03: a month after the sheet\'s is refused clearly, not compared', async () => {
    const r = await gradedReport(fixture('prop-april.xlsx'));
    for (const name of ['张三', '李四', '王五', '赵六']) expect(person(r, name).status).toBe('error');
    const p = r.problems.find((q) => q.person === '张三' && q.severity === 'error')!;
    expect(p).toMatchObject({ code: 'unknown-column', cell: 'G8' });
    expect(p.message).toContain('列「填写(4月)」写的月份在本表的考核月份 2026-03 之后');
  });

  it.each(['comp-hidden-shangyue.xlsx', 'comp-hidden-feb.xlsx'])('§9 %s: a hidden 主管评 of another month beside 主管评 is its old copy (five 优秀 = 100.00)', async (file) => {
    const r = await gradedReport(fixture(file));
    // §9: 主管评 优秀 100 on each of five items, peers and customers absent (their weight spread): mean 100 → 优秀.
    for (const name of ['张三', '李四', '王五', '赵六']) expect([person(r, name).total, person(r, name).band]).toEqual([100, '优秀']);
    expect(r.problems.filter((p) => p.code === 'duplicate-column').every((p) => p.severity === 'warning')).toBe(true);
  });

  it('§12: rows of reference inputs (电话接听量, 出港/进港问题件) collapsed are a note, 王五 scored', async () => {
    const r = await gradedReport(fixture('express-grouped-rows.xlsx'));
    // §12: 工作效率 15 + 话务质量 40 − 0.5·1 = 39.5 + 工作状况 40 − 0 = 40 → 94.5 优秀 (≥ 90).
    expect([person(r, '王五').total, person(r, '王五').band]).toEqual([94.5, '优秀']);
    expect(r.problems.find((p) => p.code === 'hidden-rows' && p.person === '王五')).toMatchObject({ severity: 'warning', cell: 'A8' });
  });
});
