// Review 62, §8 mattress-cs-monthly 奖惩 layouts after c020cdb0 / 5be58106: 扣分 typed 「1分」 (io/adjustmentWords.ts
// asDeduction), a roster's 加分 | 扣分 typed with a sign or 分 (io/readRoster.ts, pairPoints shared with the person sheet),
// a person sheet's second 扣分 row beside 加分 (io/readFormSheet.ts), and an unmerged 工作纪律 then 原因 | 奖惩分 | 说明 /
// 事由 where the 说明 holds the reason (io/readRoster.ts leavesGroup, remarkHoldsReason). Fixtures: test/fixtures/fx62h/
// (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62h', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const form = 'mattress-cs-monthly';
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const other = (r: Report, name = '张三') => r.people.find((p) => p.name === name)!.items.find((i) => i.label === '其它')!.explanation;
const ignored = (r: Report) => r.problems.filter((p) => p.code === 'unknown-column').map((p) => p.message);

// Before 奖惩 every person is the worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 (李四 full, 100; 王五 30/30 →
// 20 + (20 − 2) + (15 − 1×1) + 10 + 10 + 14 + 10 = 96).
describe('§8 person sheet: 扣分 typed 「1分」 is 1 taken off', () => {
  it.each([
    // Each was 78.00 at exit 0 (「1分」 added); 1 and 「1」 read 76 already.
    ['s-kou-fen.xlsx', '76.00', '−1(迟到)'], // 扣分 「1分」 | 原因: 77 − 1 = 76
    ['s-pair-kou-fen.xlsx', '76.00', '−1(迟到)'], // 加分 blank, 扣分 「1分」: 77 − 1 = 76
    // Nearest variants as before: 「2分」 under 奖惩分 itself is +2 (77 + 2 = 79); 加分 「+2」 beside one 扣分 「1分」 the pair
    // (77 + 2 − 1 = 78).
    ['s-jcf-fen.xlsx', '79.00', '+2(表扬信)'],
    ['s-jia-kou-fen.xlsx', '78.00', '+1(表扬信;迟到)'],
  ])('%s: %s', async (file, total, explanation) => {
    const r = await gradedReport(at(file), { form });
    expect(people(r)).toEqual([['张三', total, '一般', []]]);
    expect(other(r)).toBe(explanation);
    expect(errors(r)).toEqual([]);
  });

  it('加分 「+2」 and two 扣分 rows 「1分」: refused at the second 扣分 row naming the first (77 + 2 − 2 = 77 if both count)', async () => {
    // Was refused at F21 「这一行「加分」不是「其它」的填写项…请删去这一行」 — deleted as told, the +2 went with it.
    const r = await gradedReport(at('s-kou2-rows.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null, [['duplicate-entry', 'error']]]]);
    expect(errors(r).map((p) => [p.cell, p.message])).toEqual([['F23', expect.stringContaining('「其它·扣分」有两行:F22 填「1分」,这里填「1分」')]]);
    expect(errors(r)[0]!.message).toContain('填合计「2」'); // 1 + 1 taken off, on the one 扣分 row
  });
});

describe('§8 roster: 「奖惩」 over 加分 | 扣分 typed with a sign or 分, as on a person sheet', () => {
  it.each(['r-jk-text.xlsx', 'r-jk-text-unmerged.xlsx'])('%s: 78 / 99 / 95 / 79 at exit 0', async (file) => {
    // Was 张三 refused 「R4 填「+2」,这里填「1分」…不是两个数,加不出来」 at S4 (exit 1), and 李四's 「1分」 alone added (100).
    // 张三 「+2」 / 「1分」 77 + 2 − 1 = 78; 李四 — / 「1分」 100 − 1 = 99; 王五 — / 「-1」 96 − 1 = 95; 赵六 「2分」 / — 77 + 2 = 79.
    const r = await gradedReport(at(file), { form });
    expect(people(r)).toEqual([['张三', '78.00', '一般', []], ['李四', '99.00', '优秀', []], ['王五', '95.00', '优秀', []], ['赵六', '79.00', '一般', []]]);
    expect(other(r)).toBe('+1(表扬信;迟到)');
    expect(errors(r)).toEqual([]);
  });

  it('扣分 alone 「1分」 / 「2分」 is taken off: 76 / 100 / 94 / 78', async () => {
    // Was 张三 78, 王五 98 (with a reason-sign warning for 「客户投诉」): 77 − 1 = 76, 96 − 2 = 94; 赵六 2 / 「1」 77 + 2 − 1 = 78.
    const r = await gradedReport(at('r-jk-kou-fen.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '76.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', '94.00', '优秀', []], ['赵六', '78.00', '一般', []]]);
    expect(errors(r)).toEqual([]);
  });

  it('nearest variant: 「+1」 under 扣分 beside 加分 2 says neither — refused at its cell', async () => {
    const r = await gradedReport(at('r-jk-kou-plus.xlsx'), { form });
    expect(people(r)[0]).toEqual(['张三', null, null, [['duplicate-entry', 'error']]]);
    expect(errors(r).map((p) => [p.cell, p.message])).toEqual([['S4', expect.stringContaining('R4 填「2」,这里填「+1」')]]);
  });
});

describe('§8 two-row roster: 工作纪律 typed once, then 原因 | 奖惩分 | 说明 (事由) with the reason in 说明', () => {
  // 张三 77 + 2 表扬信 = 79 一般 (原因 「3月5日迟到」 工作纪律's); 李四 100; 王五 96 − 2 客户投诉 = 94 (原因 blank).
  it.each([
    ['r-yuanyin-jc-shuoming-reason.xlsx', [['张三', '79.00', '一般', []], ['李四', '100.00', '优秀', [['points-missing', 'warning']]], ['王五', '94.00', '优秀', []]]],
    ['r-yuanyin-jc-shiyou.xlsx', [['张三', '79.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', '94.00', '优秀', []]]],
  ])('%s: 79 / 100 / 94 at exit 0, the 原因 工作纪律\'s', async (file, expected) => {
    // Was 王五 refused 「R6 奖惩分为 −2,须注明原因」 at exit 1 (5be58106 read the 原因 as 其它's; at 5be58106~1 the 说明
    // file scored so, 事由 was unread).
    const r = await gradedReport(at(file), { form });
    expect(people(r)).toEqual(expected);
    expect(other(r)).toBe('+2(表扬信)');
    expect(other(r, '王五')).toBe('−2(客户投诉)');
    expect(errors(r)).toEqual([]);
    expect(ignored(r)).toEqual([expect.stringContaining('「工作纪律·原因」(R3)')]);
  });

  it('nearest variant: 张三\'s reason in 原因, 王五\'s in 说明 — 原因 stays 其它\'s, 王五 refused as before', async () => {
    const r = await gradedReport(at('r-yuanyin-jc-shuoming-mixed.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', null, null, [['reason-required', 'error']]]]);
    expect(ignored(r)).toEqual([expect.stringContaining('「说明」(T3)')]);
  });
});
