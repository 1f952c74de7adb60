// Review 61, §8 mattress-cs-monthly 奖惩 layouts after c020cdb0: an unmerged 工作纪律 then 原因 | 奖惩分 | 说明 (io/readRoster.ts
// leavesGroup, io/adjustmentWords.ts otherReasonWord), and a person sheet's 加分 | 扣分 rows typed with a sign or 分
// (io/readFormSheet.ts, io/adjustmentWords.ts pairPoints). Fixtures: test/fixtures/fx61z/ (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61z', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const form = 'mattress-cs-monthly';
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const other = (r: Report, name = '张三') => r.people.find((p) => p.name === name)!.items.find((i) => i.label === '其它')!.explanation;
const ignored = (r: Report) => r.problems.filter((p) => p.code === 'unknown-column').map((p) => p.message);

// Before 奖惩 every person is the worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77.
describe('§8 person sheet: 加分 | 扣分 rows typed with a sign or 分 — the number there, 加分 − 扣分', () => {
  it.each([
    // Each refused duplicate-entry 「F21 填「+2」…加不出来」 at exit 1; as numbers 77 + 2 − 1 = 78.
    ['s-plus-text.xlsx', '+1(表扬信;迟到)'], // 加分 「+2」, 扣分 「1」: 77 + 2 − 1 = 78
    ['s-kou-first-neg.xlsx', '+1(迟到;表扬信)'], // 扣分 「-1」 (1 taken off, as a number −1 is) then 加分 「2」: 77 − 1 + 2 = 78
    ['s-fen.xlsx', '+1(表扬信;迟到)'], // 「2分」 / 「1分」: 77 + 2 − 1 = 78
  ])('%s: 78.00', async (file, explanation) => {
    const r = await gradedReport(at(file), { form });
    expect(people(r)).toEqual([['张三', '78.00', '一般', []]]);
    expect(other(r)).toBe(explanation);
    expect(errors(r)).toEqual([]);
  });

  it('nearest variant: 「+1」 under 扣分 says neither — refused at its cell as before', async () => {
    const r = await gradedReport(at('s-kou-plus.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null, [['duplicate-entry', 'error']]]]);
    const p = errors(r)[0]!;
    expect([p.cell, p.message]).toEqual(['F22', expect.stringContaining('F21 填「2」,这里填「+1」')]);
  });
});

describe('§8 two-row roster: 工作纪律 typed once over its four columns, then 原因 | 奖惩分 | 说明', () => {
  // 张三 77 + 2 表扬信 = 79 一般; 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀; 王五 30/30 → 20 + (20 − 2) + (15 − 1×1)
  // + 10 + 10 + 14 + 10 − 2 客户投诉 = 94 优秀.
  it('原因 right before 奖惩分 is 其它\'s, the later 说明 a remark (ignored): 79 / 100 / 94 at exit 0', async () => {
    // Was 「工作纪律·原因」 (c020cdb0) and 张三 / 王五 refused 「T4 奖惩分为 +2,须注明原因」 at exit 1.
    const r = await gradedReport(at('r-yuanyin-jc-shuoming.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', '94.00', '优秀', []]]);
    expect(other(r)).toBe('+2(表扬信)');
    expect(errors(r)).toEqual([]);
    expect(ignored(r)).toEqual([expect.stringContaining('「说明」(T3)')]);
  });

  it('nearest variant: 说明 | 奖惩分 | 原因 — 说明 stays 工作纪律\'s, 原因 其它\'s: 79 / 100 / 94 as before', async () => {
    const r = await gradedReport(at('r-shuoming-jc-yuanyin.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', '94.00', '优秀', []]]);
    expect(ignored(r)).toEqual([expect.stringContaining('「工作纪律·说明」(R3)')]);
  });
});
