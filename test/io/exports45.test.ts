// Exports and pay files from systems that keep a 工号's zeros with Excel's text apostrophe, typed into the file: 「'0012」.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/exports45', f);

// §11, targets 50 % and 100,000, 问题次数 1, 售后 12, 综合 4 + 8:
// 张三 180/400 = 45 % ÷ 50 % × 30 = 27; 120,000 capped 20; 8; 1/100 = 1 % of 2 % → 5; 12 → 72 + 12 = 84 待改进, K 0.8
// 李四 120/300 = 40 % → 24; 80,000 → 16; 8; 4 % → 0; 12 → 60 + 12 = 72 待改进, K 0.8
// 王五 110/200 capped 30; 95,500.5 → 19.1001; 8; 10; 12 → 79.1001 + 12 = 91.1001 良好, K 1.0
const expected = [['张三', 84, '待改进'], ['李四', 72, '待改进'], ['王五', 91.1, '良好']];
const shown = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band]);

describe('「\'0012」 in an export or a pay file is 工号 12 (everyone was unscored: no row of 工号 12)', () => {
  it('--data: 84, 72, 91.10 as with 0012', async () => {
    const r = await gradedReport(at('shop-roster.xlsx'), { data: at('apostrophe-ids.csv') });
    expect(shown(r)).toEqual(expected);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('--pay: 2000 × 0.8 = 1600, 2000 × 0.8 = 1600, 3000 × 1.0 = 3000', async () => {
    const r = await gradedReport(at('shop-roster.xlsx'), { data: at('plain-ids.csv'), pay: at('apostrophe-pay.csv') });
    expect(shown(r)).toEqual(expected);
    expect(r.people.map((p) => p.pay?.bonus)).toEqual([1600, 1600, 3000]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('an export sheet whose second block has its headings in another order (询盘数 | 评价数 swapped)', () => {
  it('is not read with the first block\'s columns (王五 90.00 一般 for 84.004 待改进): said at the heading row, 王五 and 赵六 not scored', async () => {
    const r = await gradedReport(at('export-second-block-swapped.xlsx'), { pay: at('pay-06.csv') });
    expect(r.people.filter((p) => p.total === null).map((p) => p.name)).toEqual(['王五', '赵六']);
    const moved = r.problems.find((p) => p.code === 'headings-reordered')!;
    expect([moved.severity, moved.cell]).toEqual(['error', 'C5']);
    expect(moved.message).toContain('「评价数」在 C 列,上面在 G 列;「询盘数」在 G 列,上面在 C 列');
  });
});

describe('an export named for the day it was pulled, written 「2026年4月1日」 (file or sheet)', () => {
  it.each(['客服数据_2026年4月1日.csv', 'sheet-day-date.xlsx'])('%s: that day, not April\'s figures — joined as March\'s: 84, 72, 91.10 (it was refused as April\'s)', async (file) => {
    const r = await gradedReport(at('shop-roster-07.xlsx'), { data: at(file) });
    expect(shown(r)).toEqual(expected);
  });
});
