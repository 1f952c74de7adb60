// Review 62 of adc51454 / f6c2fbe2 (§3 satisfaction-monthly void notes, src/io/records/voided.ts, voidEvents.ts; §5
// install-followup shares them). Six defects, each at exit 0 — and a safety net: a note whose void word stands (not
// negated, refused, withdrawn or another order's) is never counted without a word. Fixtures: test/fixtures/fx62s (the
// review's files a02 … b14, s5_b05, s5_none; python3 mk.py writes the near variants n01 …).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62s', f + '.xlsx');
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5; 状态 G5, 备注 H5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 32 ÷ 4 = 8 → 8 × 10 = 80.00 乙 (4 responses). Set aside, or refused (in error, not
// counted): (10 + 10 + 10) ÷ 3 = 30 ÷ 3 = 10 → 100.00 甲 (3 responses).
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];
const grade = (file: string) => gradedReport(at(file), { period: '2026-03' });

const isSetAside = async (file: string, cell = 'G5') => {
  const r = await grade(file);
  expect(figures(r)).toEqual([setAside]);
  expect(r.groups![0]!.errorRows ?? 0).toBe(0);
  expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', cell, true]]);
  expect(said(r, 'record-void-unclear')).toEqual([]);
};
const isRefused = async (file: string, kase: string, cell = 'G5') => {
  const r = await grade(file);
  expect(figures(r)).toEqual([setAside]);
  expect(r.groups![0]!.errorRows).toBe(1);
  expect(said(r, 'record-void-unclear').map((p) => [p.severity, p.cell, p.params?.case])).toEqual([['error', cell, kase]]);
  return r;
};
const isAskedAbout = async (file: string) => {
  const r = await grade(file);
  expect(figures(r)).toEqual([counted]);
  expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', undefined]]);
  expect(said(r, 'record-void-unclear')).toEqual([]);
};
const isCountedSilently = async (file: string) => {
  const r = await grade(file);
  expect(figures(r)).toEqual([counted]);
  expect(r.problems.filter((p) => p.code.startsWith('record-'))).toEqual([]);
};

describe('1. 作废后 then a lone 仍 / 保留 / 计入 (f6c2fbe2): void, set aside (were 80.00 乙 without a word)', () => {
  for (const [file, text] of [
    ['b05', '作废后仍需回访'], ['b06', '作废后保留原件备查'], ['b07', '作废后计入下月'],
    ['b08', '作废后客户仍不满意'], ['b09', '作废后主管保留意见'], ['b14', '作废后仍按原价退款'],
  ] as const) {
    it(`「${text}」 (${file}): 100.00 甲 with the usual warning`, () => isSetAside(file));
  }
  it('§5 install-followup 「作废后仍需回访」 (s5_b05): A003 set aside — 张师傅 3/3 satisfied = 100% 优秀 (75% 一般 counted)', async () => {
    // s5_none (no 状态): 4 orders, 3 satisfied → 3 ÷ 4 = 75% → 一般; s5_b05: A003 (row 6, 不满意) set aside → 3 ÷ 3 = 100% → 优秀.
    const none = (await gradedReport(at('s5_none'), { form: 'install-followup', period: '2026-03' })).groups!.find((g) => g.grouping === 'master')!;
    expect([none.figures.orders, none.figures.satisfiedRate, none.band]).toEqual([4, 75, '一般']);
    const r = await gradedReport(at('s5_b05'), { form: 'install-followup', period: '2026-03' });
    const g = r.groups!.find((x) => x.grouping === 'master')!;
    expect([g.figures.orders, g.figures.satisfiedRate, g.band]).toEqual([3, 100, '优秀']);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'AV6', true]]);
  });
  // Near: a phrase undoing the void (保留此单) — counted as 「作废后主管要求保留」 is (fx61ef).
  it('「作废后保留此单」 (n14): counted, 80.00 乙, nothing said', () => isCountedSilently('n14'));
});

describe('2. 原单 anywhere in the withdrawing clause (adc51454): this row\'s void withdrawn — refused (were set aside)', () => {
  for (const [file, text] of [
    ['a05', '此单作废,核对原单后发现不用作废'], ['a06', '此单作废,与原单核对后无需作废'], ['a25', '此单作废,核对原记录后不用作废'],
  ] as const) {
    it(`「${text}」 (${file}): record-void-unclear (withdrawn), 100.00 甲 of the other three`, () => isRefused(file, 'withdrawn'));
  }
  // 「此单作废,原单不作废」 (原单 right before the negated void) stays set aside: fx61t W01 / W02 / W03.
});

describe('3. reasons read as naming an order (名单, 单位, 回访记录, a date, a count): void (were 80.00 乙 without a word)', () => {
  for (const [file, text] of [
    ['a07', '客户名单重复录入,已作废'], ['a08', '回访记录填写错误,已作废'], ['a09', '3月5日重复录入,已作废'],
    ['a10', '电话号码少填1位,已作废'], ['a11', '客户单位名称填错,已作废'],
  ] as const) {
    it(`「${text}」 (${file}): set aside, 100.00 甲 with the usual warning`, () => isSetAside(file));
  }
  // A reason naming an order (之前的订单) or an order number: whose void? Counted, now asked about (were nothing said).
  it('「之前的订单重复,作废」 (a19): counted, 80.00 乙, asked about', () => isAskedAbout('a19'));
  it('「订单12345重复,已作废」 (n01): counted, 80.00 乙, asked about', () => isAskedAbout('n01'));
});

describe('4. 备注 reason then the void beside 状态 有效 / blank: refused (was 80.00 乙 without a word)', () => {
  for (const [file, status] of [['a16', '有效'], ['a17', '']] as const) {
    it(`备注 「客户信息录入错误,已作废」, 状态 ${status || 'blank'} (${file}): record-void-unclear at H5, both cells named`, async () => {
      const r = await isRefused(file, 'remark', 'H5');
      expect(said(r, 'record-void-unclear')[0]!.params?.against).toEqual({ heading: '状态', text: status, cell: 'G5' });
    });
  }
  // Near: the short 「录入错误,已作废」 in a 备注 (a mark's length, SHORT) stays asked about, counted (README).
  it('备注 「录入错误,已作废」 beside 有效 (a18): counted, 80.00 乙, asked about at H5', async () => {
    const r = await grade('a18');
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'H5', undefined]]);
  });
});

describe('5. 是否有效 answered 是 with a reason saying void: refused (was 80.00 乙 without a word)', () => {
  for (const [file, text] of [['a15', '是 但已作废'], ['a23', '是,但已作废'], ['a24', '是 后来作废了']] as const) {
    // (case 'answer' since review 63: the message says the answer and the void, not 「既说作废又说恢复」.)
    it(`「${text}」 (${file}): record-void-unclear, 100.00 甲 of the other three`, () => isRefused(file, 'answer'));
  }
  it('「是,未作废」 (n05, the void negated): counted, 80.00 乙, nothing said', () => isCountedSilently('n05'));
});

describe('6. a customer named with an other-order character (上海家居, 新华书店): not guessed, refused (were set aside)', () => {
  for (const [file, text] of [
    ['b10', '此单作废,上海家居的订单已恢复'], ['b11', '此单作废,新华书店的订单已恢复'], ['b12', '此单作废,宏达装饰的订单已恢复'],
  ] as const) {
    it(`「${text}」 (${file}): record-void-unclear (restore)`, () => isRefused(file, 'restore'));
  }
  // Near: 新的 right before 订单 is another order — the row stays void, set aside as 「…上个订单已恢复」 is.
  it('「此单作废,客户新的订单已恢复」 (n03): set aside, 100.00 甲', () => isSetAside('n03'));
});

describe('the safety net: a void word that stands is never counted without a word', () => {
  it('「客户要求作废」 (n13, a request): counted, 80.00 乙, asked about', () => isAskedAbout('n13'));
  // Negated, refused, or another order's: counted, nothing said, as before.
  for (const [file, text] of [
    ['a02', '录入错误,已更正,不作废'], ['a03', '申请作废被驳回'], ['a04', '客户申请作废,主管未批准'], ['a20', '原单作废,已重新录入'],
  ] as const) {
    it(`「${text}」 (${file}): counted, 80.00 乙, nothing said`, () => isCountedSilently(file));
  }
});

// Review 62 of 3fa39445 (/tmp/rv62h: gen-rv62h.py + cases-rv62h.json beside the fixtures): a void put back in words outside
// the restore list — 「作废后又计入了」「作废后保留了」「作废后主管说仍需计入」「作废后还要计入」 — was set aside at exit 0 (100.00 甲
// for (10 + 10 + 2 + 10) ÷ 4 = 8 → 80.00 乙); 是否有效 「是」 with a reason of another row's void — 「是,作废的是上一单」
// 「是(重复的那条已删除)」「是,已删除重复记录」 — was refused at exit 1 for counted 80.00 乙.
describe('review 62 of 3fa39445', () => {
  for (const file of ['rv-r01', 'rv-r02', 'rv-r03', 'rv-r04']) {
    it(`${file}: the void put back — counted, 80.00 乙`, async () => {
      const r = await grade(file);
      expect(figures(r)).toEqual([counted]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }
  for (const file of ['rv-r12', 'rv-r13', 'rv-s15']) {
    it(`${file}: 是 with another row's void — counted, 80.00 乙, not refused`, async () => {
      const r = await grade(file);
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
});

// Review 62 of 894acf16 (/tmp/rv62m c1, made by fx62s's mk.py layout): negated or another month's 计入 — 「作废后不再计入」
// 「不要计入」「无需计入」「需计入下月」「不计入了」, and 「作废后纸质单保留。」 — were counted at exit 0 (80.00 乙) for set aside
// (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲; 是否有效 「是,然后作废了」「是 月底作废」「是,但这条重复的已作废」 counted at exit 0 for
// refused (record-void-unclear).
describe('review 62 of 894acf16', () => {
  for (const file of ['rv2-v04', 'rv2-v05', 'rv2-v06', 'rv2-v08', 'rv2-v11', 'rv2-v13']) {
    it(`${file}: void, set aside — 100.00 甲`, async () => {
      expect(figures(await grade(file))).toEqual([setAside]);
    });
  }
  for (const file of ['rv2-w03', 'rv2-w06', 'rv2-w10']) {
    it(`${file}: 是 with this row's void — refused record-void-unclear`, async () => {
      const r = await grade(file);
      expect(said(r, 'record-void-unclear').map((p) => p.cell)).toEqual(['G5']);
    });
  }
});
