// A roster's name column headed as teams head it — 客服姓名, 员工名称, 客服人员 — was no name column: kpi's own §13 roster
// template with B1 retyped 客服姓名 stopped at exit 2 「没有找到…的表头…请用 kpi template … 生成的模板填写」 (it was that
// template). Fixture: test/fixtures/fx56n/name_kf_tpl.xlsx (a tester's fill of kpi template cs-scheme-100 --layout roster).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx56n', name);

// §13: the eight items' points summed; 优秀 95 < A, 良好 90 < A ≤ 95, 一般 85 < A ≤ 90, 待改进 A ≤ 85.
//   张三 19 + 29 + 10 + 10 + 5 + 5 + 9 + 9 = 96 优秀;  李四 18 + 28 + 9 + 9 + 5 + 5 + 9 + 7 = 90 一般;
//   王五 19 + 28.5 + 9.5 + 9 + 5 + 5 + 9 + 10 = 95 良好;  赵六 17 + 25 + 8 + 8 + 4 + 4 + 8 + 8 = 82 待改进.
const expected = [['张三', 96, '优秀'], ['李四', 90, '一般'], ['王五', 95, '良好'], ['赵六', 82, '待改进']];

describe('a name column headed 客服姓名 / 员工名称 / 客服人员', () => {
  it.each([['客服姓名', 'name_kf_tpl.xlsx'], ['员工名称', 'name_ygmc.xlsx'], ['客服人员', 'name_kfry.xlsx']])('%s is the name column', async (_, name) => {
    const r = await gradedReport(fixture(name));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(expected);
  });
});
