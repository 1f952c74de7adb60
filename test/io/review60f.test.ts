// Review 60 of cf0a494b / e8d8ff8d (records voiding, src/io/records/voidEvents.ts): a bare 订单 in a restore's clause was
// read as another order — 「此单作废,订单已恢复」 set aside, 100.00 甲 for 80.00 乙 at exit 0 — and a restore followed by what
// says all is well (「客户没意见」「未影响统计」「客户无投诉」「没问题」「不影响」) or by 此单 / 单据 was refused as unclear.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/review60f', f + '.xlsx');
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3 satisfaction-monthly: three customers 10 on every item, 宏达装饰 (row 5, 状态 G5) 2. Counted: (10 + 10 + 2 + 10) ÷ 4 = 8
// → 80.00 乙; set aside: (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲.
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

describe('§3 restored, counted with an info: 80.00 乙', () => {
  for (const [file, text] of [
    ['c01', '此单作废,订单已恢复'],
    ['c02', '此单作废,已恢复订单'],
    ['c03', '作废,客户确认后订单恢复'],
    ['d05', '作废,客户的订单已恢复'],
    ['c08', '作废后已恢复,客户没意见'],
    ['c09', '作废后已恢复,未影响统计'],
    ['c14', '作废后恢复，客户无投诉'],
    ['d07', '作废后已恢复,没问题'],
    ['d08', '作废,已恢复,不影响'],
    ['c11', '作废,已恢复为正常单据'],
    ['d09', '此单作废,已恢复此单'],
  ] as const) {
    it(`「${text}」`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
      expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    });
  }
});

describe('§3 another order restored: this row stays void, 100.00 甲', () => {
  it('「此单作废,原订单已恢复」', async () => {
    const r = await gradedReport(at('c15'), { period: '2026-03' });
    expect(figures(r)).toEqual([setAside]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell])).toEqual([['warning', 'G5']]);
  });
});

describe('§3 a void then the entry made again after it: refused as unclear (review 60 of 0ed71f8b)', () => {
  it('「作废后补录」: 宏达装饰 not counted, 100.00 甲 of 3, record-void-unclear at G5 (was 80.00 乙 at exit 0 without a word)', async () => {
    const r = await gradedReport(at('void-then-buly'), { period: '2026-03' });
    expect(figures(r)).toEqual([setAside]);
    expect(said(r, 'record-void-unclear').map((p) => [p.severity, p.cell])).toEqual([['error', 'G5']]);
  });
});
