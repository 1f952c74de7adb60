// Review 61, §8 mattress-cs-monthly 奖惩 layouts: 加分 | 扣分 rows under 其它 on a person's sheet (io/readFormSheet.ts, as a
// roster's pair), 奖励原因 beside 奖励分 | 扣分 (io/adjustmentWords.ts adjustmentReasonOf), an unmerged 工作纪律 over its own
// 原因 before 奖惩分 | 原因 (io/readRoster.ts leavesGroup), and +2 beside 「扣全勤奖2分」 (engine/rules/adjustment.ts).
// Fixtures: test/fixtures/fx61o/ (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61o', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const form = 'mattress-cs-monthly';
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const other = (r: Report, name = '张三') => r.people.find((p) => p.name === name)!.items.find((i) => i.label === '其它')!.explanation;

// Before 奖惩 every person is the worked example: 18 + 15 + 11 + 3 + 9 + 8 = 64, 态度 13 → 77 (李四 态度 15 → 79, 王五 14 → 78).
describe('§8 person sheet: 其它 as 加分 | 扣分 | 原因 rows — 加分 − 扣分, as a roster pairs them', () => {
  it.each([
    // Was refused at F21 「请删去这一行」; deleted as told, 77 − 1 = 76.00 at exit 0 (wrong).
    ['s-jia1-kou1.xlsx', '77.00', '0(表扬信;迟到)'], // 77 + 1 − 1 = 77
    ['s-jia2-kou1.xlsx', '78.00', '+1(表扬信;迟到)'], // 77 + 2 − 1 = 78
    ['s-kou1-jia2.xlsx', '78.00', '+1(迟到;表扬信)'], // 扣分 first: 77 − 1 + 2 = 78
    ['s-jia2-kou-empty.xlsx', '79.00', '+2(表扬信)'], // 77 + 2 = 79
  ])('%s: %s', async (file, total, explanation) => {
    const r = await gradedReport(at(file), { form });
    expect(people(r)).toEqual([['张三', total, '一般', []]]);
    expect(other(r)).toBe(explanation);
    expect(errors(r)).toEqual([]);
  });

  it('a word in one of the pair (扣分 「扣1分」): refused at its cell, nothing added up', async () => {
    const r = await gradedReport(at('s-jia-kou-word.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null, [['duplicate-entry', 'error']]]]);
    const p = errors(r)[0]!;
    expect([p.cell, p.message]).toEqual(['F22', expect.stringContaining('分成加分、扣分两行,按 加分 − 扣分 计:F21 填「2」,这里填「扣1分」')]);
  });

  it('nearest sound variant: 扣分 | 原因 alone — its 1 taken off as before, 77 − 1 = 76.00', async () => {
    const r = await gradedReport(at('s-kou1.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '76.00', '一般', []]]);
  });
});

describe('§8 roster: 「奖惩」 over 奖励分 | 扣分 | 奖励原因 | 扣分原因', () => {
  // 张三 77 + 2 表扬信 = 79; 李四 79 − 3 迟到被投诉 = 76; 王五 78 + 1 − 1 = 78. 奖励原因 was ignored (info) and 张三's +2
  // refused 「须注明原因」 at U3.
  it.each(['r-jiangli.xlsx', 'r-jiafen.xlsx'])('%s: 79 / 76 / 78', async (file) => {
    const r = await gradedReport(at(file), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般', []], ['李四', '76.00', '一般', []], ['王五', '78.00', '一般', []]]);
    expect(r.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });
});

describe('§8 two-row roster: 工作纪律 typed once over its four columns and a 原因, then 奖惩分 | 原因', () => {
  // 张三 77 + 2 = 79 一般; 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀; 王五 30/30 → 20 + (20 − 2) + (15 − 1×1) + 10 + 10
  // + 14 + 10 − 2 客户投诉 = 94 优秀. Unmerged, the first 原因 was 其它's: 「其它·原因」 twice, 张三 and 王五 unscored at exit 1.
  it.each(['g-jilv-yuanyin-unmerged.xlsx', 'g-jilv-yuanyin-merged.xlsx'])('%s: 79 / 100 / 94', async (file) => {
    const r = await gradedReport(at(file), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', '94.00', '优秀', []]]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.find((p) => p.code === 'unknown-column')!.message).toContain('工作纪律·原因');
  });

  it('nearest sound variant: one 原因 after the group, then 奖惩分 — still 其它·原因, 79 / 100 / 94 as before', async () => {
    const r = await gradedReport(at('g-jilv-lone-yuanyin.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般', []], ['李四', '100.00', '优秀', []], ['王五', '94.00', '优秀', []]]);
    expect(r.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });
});

describe('§8 奖惩 +2 beside a deduction of the attendance award stated in the reason', () => {
  it('「扣全勤奖2分」「扣全勤2分」 +2 refused as 「迟到扣2分」 +2 is; −2 beside it 78.00; 「全勤奖」「全勤奖2分」 +2 82.00', async () => {
    const r = await gradedReport(at('s8-attendance-award.csv'), { form });
    // 80 before 奖惩; +2 counted 82.00 良好 without a word before — 80 − 2 = 78.00 meant.
    const refused = [['reason-sign', 'error']];
    expect(people(r)).toEqual([
      ['员工00', null, null, refused],
      ['员工01', null, null, refused],
      ['员工02', null, null, refused],
      ['员工03', '78.00', '一般', []],
      ['员工04', '82.00', '良好', []],
      ['员工05', '82.00', '良好', []],
    ]);
  });
});
