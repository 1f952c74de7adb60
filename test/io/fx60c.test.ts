// Review 60, §8 mattress-cs-monthly: 奖惩 reasons naming 好评返现 (money paid to a customer, engine/rules/adjustment.ts
// MONEY_REWARD), and a group heading typed once, not merged, over its sub-headings with 奖惩分 | 原因 next to it
// (io/readRoster.ts leavesGroup). Fixtures: test/fixtures/fx60c/ (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx60c', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const form = 'mattress-cs-monthly';
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const refused = [['reason-sign', 'error']];

describe('§8 奖惩 −2 beside 好评返现: money paid to a customer, no reward', () => {
  it('「漏发好评返现,已补上,扣2分」「好评返现漏发,已补,扣2分」「好评红包漏发,已补发,扣2分」: 78.00 一般; 好评 given late stays refused', async () => {
    const r = await gradedReport(at('s8-money-reward-words.csv'), { form });
    // 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5
    // → 80; − 2 = 78.00 一般 (refused 「说的却是加分…(如是加分填 +2)」 before: 80 + 2 = 82 if followed, wrong).
    expect(people(r)).toEqual([
      ['员工00', '78.00', '一般', []],
      ['员工01', '78.00', '一般', []],
      ['员工02', '78.00', '一般', []],
      ['员工03', null, null, refused], // 「上个月漏计好评,补2分」: 80 + 2 = 82 if the reason is right
      ['员工04', null, null, refused], // 「好评奖励漏发,已补上」: likewise
    ]);
  });
});

describe('§8 two-row headings: 工作纪律 typed once over its sub-headings, not merged, 奖惩分 | 原因 next', () => {
  // As the merged case (standIns60.test.ts t1.xlsx): 张三 45/50 → 18 + (20 − 3 − 2) + (15 − 2×1 − 1×2) + (8 − 5×1) + 9 + 13
  // + (10 − 2×1) + 奖惩 2 = 79 一般; 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀; 王五 30/30 → 20 + (20 − 2) + (15 − 1×1)
  // + 10 + 10 + 14 + 10 − 2 客户投诉 = 94 优秀. Was 「工作纪律·奖惩分」, 张三 and 王五 unscored at exit 1.
  it.each([['mg-unmerged-jilv.xlsx', 'N2:Q2 unmerged'], ['mg-all-unmerged.xlsx', 'every group unmerged'], ['mg-abbr.xlsx', 'N2:Q2 unmerged, 迟到 | 旷工次数 | 睡觉']])('%s (%s): 79 / 100 / 94', async (file) => {
    const r = await gradedReport(at(file), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', '94.00', '优秀', []]]);
    expect(errors(r)).toEqual([]);
  });

  it('nearest sound variant: 「备注」 where 奖惩分 stood names no other item — still 「工作纪律·备注」, ignored as before', async () => {
    const r = await gradedReport(at('mg-beizhu.xlsx'), { form });
    // No 奖惩: 张三 79 − 2 = 77 一般, 王五 94 + 2 = 96 优秀 (其它 missing, blank).
    expect(people(r)).toEqual([['张三', '77.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', '96.00', '优秀', []]]);
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => p.code)).toEqual(['item-not-found']);
    expect(r.problems.find((p) => p.code === 'unknown-column')!.message).toContain('工作纪律·备注');
  });
});
