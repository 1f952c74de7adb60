// §8 roster (CATALOG §8: the items' deductions and 其它 奖惩), the team's own column of points lost (a018594f's typed.lost,
// compared with the items' loss in scoreForm lostDifferences). Three gaps:
// - beside a present 其它·奖惩分, 「扣分(含投诉)」 「扣分(合计)」 「扣分小计」 「总扣分」 「合计扣分」 were ignored with a note: 张三's 25
//   beside items losing 23 was 77.00 一般 at exit 0, the extra 2 dropped silently. They are compared as the bare 「扣分」 is.
// - a bare 「扣分」 beside the team's 总分 with 其它·奖惩分 deleted was ignored: 王五's 25 beside 75 was 77.00 一般 at exit 0.
// - 表格管理 floored at 0 (5,5,5,5,5 = 25 against 20): the team's 扣分 counting the raw 25 (43 for 38 lost) was refused.
// Fixtures: test/fixtures/fx61q/make.py (kpi template mattress-cs-monthly --layout roster + openpyxl).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61q', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const codes = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.map((p) => [p.severity, p.code, p.cell, p.person]);

// By the catalog's worked example: 张三 18 (45/50 × 20) + 15 (20 − 3 − 2) + 11 (15 − 2×1 − 1×2) + 3 (8 − 5×1) + 9 + 13 +
// 8 (10 − 2×1) = 77 一般, the items losing 2 + 5 + 4 + 7 + 1 + 2 + 2 = 23; 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀;
// 王五 as 张三 with +2 表扬信 = 79 (100 − 79 = 21), or with −2 客户投诉 = 75 (23 + 2 = 25).
const ITEMS_LOST = '各项目按评分规则共扣 23 分(客户回访率 2、表格管理 5、日常服务规范 4、回访问题处理效率 7、处理能力 1、态度 2、工作纪律 2)';

describe('§8 roster: a noted or summed 扣分 beside 其它·奖惩分 compared with the points the items lost', () => {
  for (const [name, heading] of [['han-tousu', '扣分(含投诉)'], ['heji-note', '扣分(合计)'], ['xiaoji', '扣分小计'], ['zong', '总扣分'], ['heji', '合计扣分']] as const) {
    it(`「${heading}」 25 for the items' 23: 张三 refused at V2 (was 77.00 一般 at exit 0); 李四 0 and 王五 23 beside +2 as before`, async () => {
      const r = await gradedReport(fixture(`${name}-more.xlsx`));
      expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀'], ['王五', '79.00', '一般']]);
      expect(codes(r)).toEqual([['error', 'lost-points-differ', 'V2', '张三']]);
      expect(r.problems[0]!.message).toContain(`「${heading}」填写为 25,${ITEMS_LOST};不一致`);
    });

    it(`「${heading}」 agreeing — 张三 23, 李四 empty, 王五 25 = 23 + 2 beside −2: 77 / 100 / 75, and no note of a column ignored`, async () => {
      const r = await gradedReport(fixture(`${name}-equal.xlsx`));
      expect(people(r)).toEqual([['张三', '77.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '75.00', '一般']]);
      expect(codes(r)).toEqual([]);
    });
  }

  it('another item\'s — 「态度扣分」, 「扣分(态度)」 2 / 0 / 3 — is not compared (态度 is banded, not a sum of deductions): 77 / 100 / 77, ignored with the note as before', async () => {
    for (const [file, heading] of [['taidu.xlsx', '态度扣分'], ['kou-taidu-note.xlsx', '扣分(态度)']]) {
      const r = await gradedReport(fixture(file!));
      expect(people(r)).toEqual([['张三', '77.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '77.00', '一般']]);
      expect(codes(r)).toEqual([['info', 'unknown-column', undefined, undefined]]);
      expect(r.problems[0]!.message).toContain(`「${heading}」(V1)`);
    }
  });
});

describe('§8 roster: a bare 扣分 beside the team\'s 总分, 其它·奖惩分 not on the sheet', () => {
  it('王五 扣分 25 / 总分 75 for the items\' 23 / 77: refused at U4 (was 77.00 一般 at exit 0); 张三 23 / 77 and 李四 0 / 100 as before', async () => {
    const r = await gradedReport(fixture('bare-total-more.xlsx'));
    expect(people(r)).toEqual([['张三', '77.00', '一般'], ['李四', '100.00', '优秀'], ['王五', null, null]]);
    expect(codes(r)).toEqual([['warning', 'item-not-found', undefined, undefined], ['error', 'lost-points-differ', 'U4', '王五']]);
    expect(r.problems[1]!.message).toContain(`「扣分」填写为 25,${ITEMS_LOST};不一致`);
  });

  it('扣分 agreeing (23 / 77, 0 / 100): scored, the column no longer said ignored', async () => {
    const r = await gradedReport(fixture('bare-total-equal.xlsx'));
    expect(people(r)).toEqual([['张三', '77.00', '一般'], ['李四', '100.00', '优秀']]);
    expect(codes(r)).toEqual([['warning', 'item-not-found', undefined, undefined]]);
  });

  it('with no total beside it, the bare 扣分 is still taken for the missing 奖惩分 (23 and 25 refused at the cell, 李四 0 → 100)', async () => {
    const r = await gradedReport(fixture('bare-no-total.xlsx'));
    expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀'], ['王五', null, null]]);
    expect(codes(r).filter(([s]) => s === 'error')).toEqual([['error', 'unknown-column', 'U2', '张三'], ['error', 'unknown-column', 'U4', '王五']]);
  });
});

describe('§8 roster: 扣分 counting an item\'s deductions before its floor', () => {
  it('表格管理 5,5,5,5,5 = 25 against 20 → 0: 张三 43 (raw) and 李四 38 (floored) both 62 一般, 王五 45 refused', async () => {
    // 18 + 0 + 11 + 3 + 9 + 13 + 8 = 62 一般; lost 2 + 20 + 4 + 7 + 1 + 2 + 2 = 38; before the floor 2 + 25 + 4 + 7 + 1 + 2 + 2 = 43.
    const r = await gradedReport(fixture('floor-raw.xlsx'));
    expect(people(r)).toEqual([['张三', '62.00', '一般'], ['李四', '62.00', '一般'], ['王五', null, null]]);
    expect(codes(r)).toEqual([['error', 'lost-points-differ', 'V4', '王五']]);
    expect(r.problems[0]!.message).toContain('「扣分」填写为 45,各项目按评分规则共扣 38 分(客户回访率 2、表格管理 20、');
  });
});
