// A graded §8 roster scored again after the team edited kpi's columns was refused at exit 2 (「kpi 加的列(等级、排名、评分
// 说明)找不到了…请删掉 kpi 加的列后再评分」) though kpi's columns were all there under their own headings: k1 has the team's
// 「主管调整后总分」 inserted between kpi's 总分 and 等级; k2 has only kpi's eight 得分·… columns deleted. kpi's columns are
// now found one by one by their headings; the team's column between them stays theirs. Fixtures: test/fixtures/fx58j/.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { gradedReport, readWorkbook, refusal, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx58j', name);
const gradedAt = new Date('2026-04-01T09:30:00Z');

// As the first grading (the inputs are unchanged), from the graded file's 评分说明:
// 张三(1001) 18 + 17 + 11 + 5 + 9 + 14 + 8 = 82, 其它 +2 = 84 → 良好; 李 四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100, 其它 +5
// = 105, capped at 100 → 优秀; 王五 15 + 13 + 9 + 0 + 6 + 10 + 5 = 58, 其它 −3 = 55 → 待改进; 张三(1004) 87 → 良好.
const SCORES = [['张三', 84, '良好'], ['李 四', 100, '优秀'], ['王五', 55, '待改进'], ['张三', 87, '良好']];

/** Row 1 and one person's row of the roster sheet, from column V on. */
async function rosterRows(file: string, row: number) {
  const ws = (await readWorkbook(file)).getWorksheet('考核表')!;
  const at = (r: number) => Array.from({ length: 14 }, (_, k) => {
    const v = ws.getCell(r, 22 + k).value;
    return v === null || v === undefined ? null : typeof v === 'object' && 'result' in v ? v.result : v;
  });
  return { heads: at(1), person: at(row) };
}

describe('kpi\'s columns of a graded roster edited by the team', () => {
  it('a column of the team\'s between kpi\'s 总分 and 等级: scored again, theirs kept between kpi\'s, and again so', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'k1.xlsx');
    copyFileSync(fixture('k1_usercol_between.xlsx'), input);
    const out = await gradeFile(input, { gradedAt, force: true });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.people.map((p) => [p.name, p.total, p.band])).toEqual(SCORES);
    // Not read as an item: said as ignored.
    expect(out.report.problems.map((p) => p.message).join('\n')).toContain('「主管调整后总分」(AE1)');
    const once = await rosterRows(out.report.output!, 2);
    expect(once.heads).toEqual(['得分·客户回访率', '得分·表格管理', '得分·日常服务规范', '得分·回访问题处理效率', '得分·处理能力', '得分·态度', '得分·工作纪律', '得分·其它', '总分', '主管调整后总分', '等级', '排名', '评分说明', null]);
    // 张三's row: kpi's 84 in AD, the team's 86 in AE as typed, 良好 and rank 3 after it.
    expect(once.person.slice(8, 12)).toEqual([84, 86, '良好', 3]);
    // The graded copy graded again: the same places (kpi recorded its columns on each side of the team's).
    const again = await gradeFile(out.report.output!, { gradedAt, force: true, output: path.join(dir, 'again.xlsx') });
    if (!again.ok) throw new Error(again.failure.message);
    expect(again.report.people.map((p) => [p.name, p.total, p.band])).toEqual(SCORES);
    expect(await rosterRows(path.join(dir, 'again.xlsx'), 2)).toEqual(once);
  });

  it('kpi\'s eight 得分·… columns deleted, its 总分 … 评分说明 left: scored again, kpi\'s columns written anew', async () => {
    const r = await gradedReport(fixture('k2_partial_del.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(SCORES);
  });

  it('still refused: kpi\'s 等级 heading retyped beside the team\'s column (renamed or theirs: cannot tell)', async () => {
    const p = await refusal(fixture('k1_renamed.xlsx'));
    expect(p.message).toMatch(/kpi 加的列.*找不到了/);
  });
});
