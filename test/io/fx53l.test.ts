// A 「编号」 numbering each group's rows (1–6, then 1–2) is no 工号; a duplicate 工号 is said by its column's heading;
// a grade's warning gives the total as the table shows it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53l', name);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.status]);

describe('编号 restarting per group (mattress-cs-monthly, CATALOG §8)', () => {
  it('reads it as row numbers: four people refused as two 工号 are scored', async () => {
    const r = await gradedReport(fixture('groups.xlsx'));
    // 李四: 20 + 20 + 15 + 10 + 10 + 15 + 10 + 5 = 105 → 100 (clamped).
    // 孙七: 116/119 × 20 = 19.4958 + 20 + (15 − 2) + 9 + 8.5 + 12 + (10 − 2) = 89.9958 → 90.00.
    // 吴九: 9/10 × 20 = 18 + 20 + 15 + 10 + 10 + 15 + 10 − 100 = −2 → 0.
    const by = new Map(r.people.map((p) => [p.name, p]));
    expect(by.get('李四')!.total).toBe(100);
    expect(by.get('孙七')!.total!.toFixed(2)).toBe('90.00');
    expect(by.get('吴九')!.total).toBe(0);
    // The two 张三 (客服一部, 客服二部) have no 工号 now: refused as namesakes, as with a 「序号」 column (15b-xuhao).
    expect(r.people.filter((p) => p.name === '张三').map((p) => p.total)).toEqual([null, null]);
    expect(r.problems.filter((p) => p.code === 'duplicate-person').map((p) => p.cell)).toEqual(['B5', 'B8']);
    const info = r.problems.filter((p) => p.code === 'group-numbering');
    expect(info.map((p) => [p.severity, p.cell, p.message])).toEqual([['info', 'A1', '考核表!A1:「编号」列按组从 1 起依次编号(1–6、1–2),是行号,不当作工号;要用工号区分同名的人,请另加一列「工号」']]);
  });

  it('keeps 1–8 never restarting as 工号: the two 张三 told apart by 4 and 7', async () => {
    const r = await gradedReport(fixture('straight.xlsx'));
    // 张三(4): 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79; 张三(7): 20 + (20 − 12) + 15 + 10 + 10 + 15 + 10 = 88.
    expect(scores(r)).toEqual([['李四', 100, 'scored'], ['孙七', 90, 'scored'], ['王五', 80, 'scored'], ['张三', 79, 'scored'], ['赵六', 75.5, 'scored'], ['周八', 90, 'scored'], ['张三', 88, 'scored'], ['吴九', 0, 'scored']]);
    expect(r.problems.filter((p) => p.code === 'group-numbering')).toEqual([]);
  });

  it('names a repeated 工号 by its heading 「编号」, and two names under it are not told to delete one', async () => {
    const r = await gradedReport(fixture('ids.xlsx'));
    const dup = r.problems.filter((p) => p.code === 'duplicate-person');
    expect(dup.map((p) => [p.cell, p.person])).toEqual([['A3', '孙七'], ['A9', '吴九']]);
    expect(dup[1]!.message).toContain('编号「1002」重复,已在 考核表!A3 出现(孙七),两处的评分不同,都不计分(不取其中一处);两处的姓名不同,请改正不对的编号后重新评分');
    expect(dup.every((p) => !p.message.includes('工号') && !p.message.includes('请删去'))).toBe(true);
    expect(r.people.find((p) => p.name === '王五')!.total).toBe(80);
  });
});

describe('a typed grade at a band edge (cs-dept-monthly, CATALOG §4)', () => {
  it('gives the total the band is applied to, as shown: 90.00, not 89.995', async () => {
    const r = await gradedReport(fixture('csdept-edge.xlsx'));
    // 钱三 19.80 + 25.80 + 28.32 + 10.00 + 6.08 = 89.995 (unrounded parts), shown 90.00 → 优秀 (≥ 90); typed 良好.
    expect(r.people.map((p) => [p.name, p.total!.toFixed(2), p.band])).toEqual([['钱三', '90.00', '优秀']]);
    const w = r.problems.filter((p) => p.code === 'override');
    expect(w.map((p) => p.message)).toEqual([expect.stringContaining('「直接主管定级」填写为「良好」,按分数 90.00 应为「优秀」;保留填写的等级')]);
  });
});
