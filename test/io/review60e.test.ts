import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/review60e', f);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);

describe('§8 「奖惩分(增减)」 is plus or minus, not points taken off (review 60 of 54d7063d)', () => {
  it('+2 stays +2: 张三 79 一般, 李四 76 一般, 王五 81 良好', async () => {
    // M1 45/50 × 20 = 18, M2 20 − 5 = 15, M3 15 − 2 − 2 = 11, M4 8 − 5 = 3, M5 9, M7 10 − 2 = 8 → 64 + 态度 + 奖惩:
    // 张三 64 + 13 + 2 = 79; 李四 64 + 15 − 3 = 76; 王五 64 + 15 + 2 = 81 (read as 扣分 it was 75 / 76 / 77 at exit 0).
    const r = await gradedReport(at('zengjian.xlsx'));
    expect(scores(r)).toEqual([['张三', 79, '一般'], ['李四', 76, '一般'], ['王五', 81, '良好']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('「奖惩(增/减)」 likewise: 张三 64 + 13 + 2 = 79, 李四 64 + 15 − 3 = 76', async () => {
    const r = await gradedReport(at('zeng-slash-jian.xlsx'));
    expect(scores(r).slice(0, 2)).toEqual([['张三', 79, '一般'], ['李四', 76, '一般']]);
  });
});

describe('§8 other ways of writing plus or minus (review 60 of 2fa0ba97)', () => {
  for (const [file, heading] of [
    ['h-zf-jf.xlsx', '奖惩分(增分/减分)'], ['h-j-z.xlsx', '奖惩分(减/增)'], ['h-zspace.xlsx', '奖惩分(增 / 减)'],
    ['h-zhuo.xlsx', '奖惩分(增或减)'], ['h-kz.xlsx', '奖惩(扣/增)'], ['h-zjshort.xlsx', '奖惩(+增/-减)'],
  ] as const) {
    it(`「${heading}」: signed as typed — 79 / 76 / 81 (was 75 / 76 / 77 at exit 0)`, async () => {
      // 张三 64 + 13 + 2 = 79; 李四 64 + 15 − 3 = 76; 王五 64 + 15 + 2 = 81.
      const r = await gradedReport(at(file));
      expect(scores(r)).toEqual([['张三', 79, '一般'], ['李四', 76, '一般'], ['王五', 81, '良好']]);
    });
  }
});

describe('§8 +2 beside 「扣2分」 and money given back (review 60 of d10e9290)', () => {
  it('is refused like 「迟到,扣2分」 +2; an object not returned (未归还) too', async () => {
    // Each row 80 before 奖惩 (18 + 15 + 13 + 9 + 8 + 12 + 5); the reason deducts 2, so +2 (82) is refused: 80 − 2 = 78 meant.
    const r = await gradedReport(at('s8-plus-money.csv'), { form: 'mattress-cs-monthly' });
    const refused = r.problems.filter((p) => p.code === 'reason-sign' && p.severity === 'error').map((p) => p.cell).sort();
    expect(refused).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    expect(r.people.every((p) => p.total === null)).toBe(true);
  });
});
