// §8 roster (CATALOG §8 其它 奖惩分 and the items' deductions): a bare 「扣分」 column beside 「其它·奖惩分」 was ignored with a
// note (「这些列不是本考核表的项目,已忽略:「扣分」(V1)」), read as the team's own total of the points lost — where its figure
// was not that total (张三's items lose 23, 扣分 25) it may be a deduction kpi dropped: 77.00 一般 at exit 0. Now it is read
// and compared with the points the items lost: equal (or equal with a negative 奖惩分 counted in it, or 100 − kpi's total)
// scores as before, without the note; otherwise the person is refused at the cell with both figures (lost-points-differ).
// Fixtures: test/fixtures/fx61b/make.py (kpi template mattress-cs-monthly --layout roster + openpyxl, 扣分 in V).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61b', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const codes = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.map((p) => [p.severity, p.code, p.cell, p.person]);

// By the catalog's worked example: 张三 18 (45/50 × 20) + 15 (20 − 3 − 2) + 11 (15 − 2×1 − 1×2) + 3 (8 − 5×1) + 9 + 13 +
// 8 (10 − 2×1) = 77 一般, the items losing 2 + 5 + 4 + 7 + 1 + 2 + 2 = 23; 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀,
// nothing lost; 王五 as 张三 with +2 表扬信 = 79 一般.
const ITEMS_LOST = '各项目按评分规则共扣 23 分(客户回访率 2、表格管理 5、日常服务规范 4、回访问题处理效率 7、处理能力 1、态度 2、工作纪律 2)';

describe('§8 roster: a bare 扣分 beside 其它·奖惩分 compared with the points the items lost', () => {
  it('扣分 the items\' loss — 张三 23, 李四 0, 王五 23 beside +2: 77 / 100 / 79 as before, and the column no longer said ignored', async () => {
    const r = await gradedReport(fixture('lost-equal.xlsx'));
    expect(people(r)).toEqual([['张三', '77.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '79.00', '一般']]);
    // (It was 「提示 …这些列不是本考核表的项目,已忽略:「扣分」(V1)」: it is read now.)
    expect(codes(r)).toEqual([]);
  });

  it('扣分 2 more than the items lost, no 奖惩分: 张三 refused at V2 with 25 and 23 (was 77.00 一般 at exit 0)', async () => {
    const r = await gradedReport(fixture('lost-more.xlsx'));
    // 赵六: 77 − 2 (客户投诉) = 75, 扣分 28 is neither 23, 23 + 2 = 25 nor 100 − 75 = 25: refused too.
    expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀'], ['王五', '79.00', '一般'], ['赵六', null, null]]);
    expect(codes(r)).toEqual([['error', 'lost-points-differ', 'V2', '张三'], ['error', 'lost-points-differ', 'V5', '赵六']]);
    const [zhang, zhao] = r.problems;
    expect(zhang!.message).toBe(`考核表!V2:张三:「扣分」填写为 25,${ITEMS_LOST};不一致,相差的分数不知是哪一项的,此人不评分;另有扣分请填在所属项目或「其它·奖惩分」(填负数并注明原因),「扣分」是各项扣分的合计时请改正,改后重新评分`);
    expect([zhang!.expected, zhang!.actual]).toEqual(['23', '25']);
    expect(zhao!.message).toContain(`「扣分」填写为 28,${ITEMS_LOST};「其它·奖惩分」−2,连同奖惩共 25 分;不一致`);
    expect(r.people[0]!.status).toBe('error');
  });

  it('扣分 less than the items lost (20 for 23): refused as well', async () => {
    const r = await gradedReport(fixture('lost-less.xlsx'));
    expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀']]);
    expect(codes(r)).toEqual([['error', 'lost-points-differ', 'V2', '张三']]);
    expect(r.problems[0]!.message).toContain(`「扣分」填写为 20,${ITEMS_LOST}`);
  });

  it('a −2 奖惩分 counted in 扣分 or not (张三 25, 赵六 23), a +2 netted (王五 21 = 100 − 79): 75 / 100 / 79 / 75 as before', async () => {
    // 张三 and 赵六 77 − 2 = 75 一般; 李四 扣分 empty, 100; 王五 77 + 2 = 79, 100 − 79 = 21.
    const r = await gradedReport(fixture('lost-negative.xlsx'));
    expect(people(r)).toEqual([['张三', '75.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '79.00', '一般'], ['赵六', '75.00', '一般']]);
    expect(codes(r)).toEqual([]);
  });
});
