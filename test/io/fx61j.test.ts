// Review 61 of §3 satisfaction-monthly void notes (src/io/records/voidEvents.ts, voided.ts): another order's restore named
// with words not in the old OTHER_ORDER list counted the void row as restored (80.00 乙 with an info, 100.00 甲 at base);
// 「已恢复客户另一个订单」 refused; 「作废后补发」 and 是否有效 / 是否作废 answered 是 / 否 with a reason counted without a word;
// 「作废,另行登记」「作废,重新录入见第6行」 refused. Fixtures: test/fixtures/fx61j/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61j', f + '.xlsx');
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell]);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5, the note in G5) 2. Counted: (10 + 10 + 2 + 10) ÷ 4 = 8 → 80.00 乙;
// set aside (or refused): (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲.
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

const voided = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [file, text] of cases) {
    it(`${file} 「${text}」`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void')).toEqual([['warning', 'G5']]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
};
const refused = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [file, text] of cases) {
    it(`${file} 「${text}」`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void-unclear')).toEqual([['error', 'G5']]);
    });
  }
};

describe('another order restored, by any words but this order\'s: the row stays void (was 80.00 乙 with an info)', () => {
  voided([
    ['a04', '此单作废,另一个订单已恢复'], ['a05', '此单作废,上个订单已恢复'], ['a06', '此单作废,客户另下的订单已恢复'],
    ['a07', '此单作废,之前的订单已恢复'], ['a10', '此单作废,补发订单已恢复'], ['a11', '此单作废,客户的第二个订单已恢复'],
    ['a24', '此单作废,换货订单已恢复'], ['a25', '此单作废,退货单已恢复'], ['a26', '此单作废,前一订单已恢复'],
    ['a27', '此单作废,客户原来的订单已恢复'], ['c01', '此单作废,上一张订单已恢复'], ['c02', '此单作废,旧单已恢复'],
    ['c03', '此单作废,老订单已恢复'], ['c04', '此单作废,前单已恢复'], ['c05', '此单作废,另外的订单已恢复'],
    ['c06', '此单作废,同一客户的其它订单已恢复'],
  ]);
  describe('named after the restore (was refused)', () => {
    voided([['c12', '此单作废,已恢复客户另一个订单'], ['c13', '此单作废,已恢复上个订单']]);
  });
  describe('an order number: which order? refused', () => {
    refused([['a09', '此单作废,订单12345已恢复']]);
  });
  it('this order\'s words stay restored: 80.00 乙 with an info', async () => {
    for (const f of ['s01', 's02', 's03']) {
      // 「此单作废,此订单已恢复」「此单作废,本单已恢复」「作废,客户确认后订单恢复」
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void')).toEqual([['info', 'G5']]);
    }
  });
});

describe('作废后 and what was done after it: void (was 80.00 乙 without a word)', () => {
  voided([['b17', '作废后补发'], ['b18', '作废后已退款'], ['b19', '作废后已通知客户'], ['d07', '作废后已退款']]);
  describe('in a 备注, re-entered after it: unclear as under 状态', () => {
    refused([['b33', '作废后重新提交']]);
  });
  it('a restore or 有效 after it stays counted without a word: 「作废后已恢复,没有问题」「作废后已恢复,客户没意见」(备注)「作废后经核实有效」', async () => {
    for (const f of ['s04', 's05', 's09']) {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(r.problems.filter((p) => p.code.startsWith('record'))).toEqual([]);
    }
  });
});

describe('是否有效 / 是否作废: the leading 是 / 否 answers the column (was 80.00 乙)', () => {
  voided([['d01', '否,重新录入'], ['d02', '是,已重新录入'], ['d04', '是(重复录入)'], ['d06', '否(已作废)']]);
  describe('a reason saying otherwise: refused', () => {
    // 是否作废 「是,已恢复」; 是否作废 「否(已作废)」; 是否有效 「否,此单作废,已恢复」
    refused([['u01', '是,已恢复'], ['u02', '否(已作废)'], ['u03', '否,此单作废,已恢复']]);
  });
  it('an answer that counts, with a reason that agrees, stays counted: 是否有效 「是,客户满意」, 是否作废 「否,客户满意」', async () => {
    for (const f of ['s06', 's07']) {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(r.problems.filter((p) => p.code.startsWith('record'))).toEqual([]);
    }
  });
});

describe('a void and the new entry elsewhere: void (was refused)', () => {
  voided([['b28', '作废,另行登记'], ['b35', '作废,重新录入见第6行']]);
  describe('re-entered, no place said: still unclear', () => {
    refused([['s08', '作废,重新录入']]);
  });
});
