import { describe, expect, it } from 'vitest';
import type { InputDef } from '../../../src/model/definition.js';
import { codes, item, runRule } from '../helpers.js';

const num = (id: string, label: string, extra: Partial<InputDef> = {}): InputDef => ({ id, label, type: 'number', min: 0, ...extra });
const pct = (id: string, label: string): InputDef => ({ id, label, type: 'percent', min: 0, max: 100 });

describe('achievement (CATALOG §10, §28, §31)', () => {
  const sales = item('S', '销售额', 25, [num('actual', '实际销售额'), num('target', '目标销售额')], {
    kind: 'achievement', actual: 'actual', target: { input: 'target' }, cap: 1.2, name: '销售额达成率',
  });
  it('actual ÷ target × max, capped at 120 %', () => {
    // 110000 ÷ 100000 = 110 % × 25 = 27.5
    expect(runRule(sales, { actual: 110000, target: 100000 }).score).toBeCloseTo(27.5, 10);
    // 150000 ÷ 100000 = 150 % → 120 % × 25 = 30
    const capped = runRule(sales, { actual: 150000, target: 100000 });
    expect(capped.score).toBe(30);
    expect(capped.explanation).toBe('销售额达成率 150000 ÷ 100000 = 150%,超过120%按120%计 × 25 = 30');
  });
  it('a target of 0 is a located error, neither 0 nor full marks', () => {
    const out = runRule(sales, { actual: 5, target: 0 });
    expect([out.score, codes(out.problems)]).toEqual([null, ['zero-denominator']]);
    expect(out.problems[0]!.cell).toBe('C3');
  });

  const conversion = item('C', '转化率', 15, [num('won', '新客户数'), num('visits', '潜在客户(访问)数'), pct('goal', '目标转化率')], {
    kind: 'achievement', actual: { numerator: 'won', denominator: 'visits' }, target: { input: 'goal' }, cap: 1.2, name: '转化率',
  });
  it('a rate against a target rate: 12/100 = 12 % ÷ 10 % = 120 % × 15 = 18', () => {
    const out = runRule(conversion, { won: 12, visits: 100, goal: 10 });
    expect(out.score).toBeCloseTo(18, 10);
    expect(out.explanation).toBe('转化率 12/100 = 12% ÷ 10% = 120% × 15 = 18');
    // 9/100 = 9 % ÷ 10 % = 90 % × 15 = 13.5
    expect(runRule(conversion, { won: 9, visits: 100, goal: 10 }).score).toBeCloseTo(13.5, 10);
    expect(codes(runRule(conversion, { won: 9, visits: 0, goal: 10 }).problems)).toEqual(['zero-denominator']);
  });
  it('a rate of counts above 100 % is scored as computed and said (新客户 150 of 访问 100: swapped or mistyped)', () => {
    // 150/100 = 150 % ÷ 10 % = 1500 % → capped 120 % × 15 = 18, with a warning at 新客户数.
    const out = runRule(conversion, { won: 150, visits: 100, goal: 10 });
    expect(out.score).toBe(18);
    expect(codes(out.problems)).toEqual(['ratio-above-one']);
    expect(out.problems[0]!.message).toContain('新客户数 150 大于 潜在客户(访问)数 100');
    // 100 of 100 is possible: nothing said.
    expect(codes(runRule(conversion, { won: 100, visits: 100, goal: 10 }).problems)).toEqual([]);
  });

  const response = item('R', '响应时间', 10, [num('avg', '平均响应秒数', { unit: '秒' }), num('goal', '目标秒数', { unit: '秒' })], {
    kind: 'achievement', actual: 'avg', target: { input: 'goal' }, direction: 'lower', name: '响应时间',
  });
  it('lower is better: target ÷ actual, capped at 100 %', () => {
    // 30 ÷ 40 = 75 % × 10 = 7.5
    expect(runRule(response, { avg: 40, goal: 30 }).score).toBeCloseTo(7.5, 10);
    // 30 ÷ 20 = 150 % → 100 % × 10 = 10
    const fast = runRule(response, { avg: 20, goal: 30 });
    expect(fast.score).toBe(10);
    expect(fast.explanation).toBe('响应时间 目标 30秒 ÷ 实际 20秒 = 150%,超过100%按100%计 × 10 = 10');
  });

  it('lower is better with a target of 0: a located error at the target, never 0 ÷ 40 = 0 points', () => {
    // Catalog conventions: a ratio whose denominator is 0 — a target of 0 — is neither 0 nor full marks.
    const zero = runRule(response, { avg: 40, goal: 0 });
    expect(zero.score).toBeNull();
    expect(zero.explanation).toBe('目标为0,无法计算响应时间');
    expect(zero.problems.map((p) => [p.severity, p.code])).toEqual([['error', 'zero-denominator']]);
  });

  const complaints = (allowed: number) =>
    item('K', '客诉率', 25, [num('n', '客诉数'), num('orders', '服务单数')], {
      kind: 'achievement', actual: { numerator: 'n', denominator: 'orders' }, target: allowed, direction: 'allowed', name: '客诉率',
    });
  it('allowed rate: 1 − rate ÷ allowed, clamped 0..1 (§28: 3/200 = 1.5 % of 2 % → 25 % × 25 = 6.25)', () => {
    const out = runRule(complaints(2), { n: 3, orders: 200 });
    expect(out.score).toBeCloseTo(6.25, 10);
    expect(out.explanation).toBe('客诉率 3/200 = 1.5%,1 − 1.5% ÷ 2% = 25% × 25 = 6.25');
    // 5/200 = 2.5 % of 2 % → 1 − 1.25 < 0 → 0
    expect(runRule(complaints(2), { n: 5, orders: 200 }).score).toBe(0);
    // no complaints → 25
    expect(runRule(complaints(2), { n: 0, orders: 200 }).score).toBe(25);
  });

  it('a fixed denominator without a hidden 满分 input (§31 survey 86 ÷ 100 × 30 = 25.8; rating 4.5 ÷ 5 × 25 = 22.5)', () => {
    const survey = item('V', '客户反馈调查', 30, [num('score', '调查平均分', { max: 100 })], { kind: 'achievement', actual: 'score', target: 100, name: '调查得分率' });
    expect(runRule(survey, { score: 86 }).score).toBeCloseTo(25.8, 10);
    const rating = item('Q', '服务质量评分', 25, [num('mean', '平均评分', { min: 1, max: 5 })], { kind: 'achievement', actual: 'mean', target: 5 });
    expect(runRule(rating, { mean: 4.5 }).score).toBeCloseTo(22.5, 10);
    // a percent input against a constant in percent units: 92 % ÷ 100 % × 25 = 23
    const sat = item('P', '满意度', 25, [pct('rate', '满意度')], { kind: 'achievement', actual: 'rate', target: 100 });
    expect(runRule(sat, { rate: 92 }).score).toBeCloseTo(23, 10);
  });

  describe('a rate or its counts (§28: 满意度, or 满意数 and 调查数)', () => {
    const optional = (d: InputDef): InputDef => ({ ...d, optional: true });
    const either = item('S', '客户满意度', 25, [optional(pct('rate', '满意度')), optional(num('yes', '满意数')), optional(num('asked', '调查数'))], {
      kind: 'achievement', actual: { rate: 'rate', numerator: 'yes', denominator: 'asked' }, target: 100, name: '满意度',
    });
    it('the rate alone: 92 % ÷ 100 % × 25 = 23', () => {
      const out = runRule(either, { rate: 92, yes: null, asked: null });
      expect([out.score, out.explanation, codes(out.problems)]).toEqual([23, '满意度 92% ÷ 100% = 92% × 25 = 23', []]);
    });
    it('the counts alone: 46/50 = 92 % × 25 = 23; 88/100 = 88 % × 25 = 22', () => {
      const out = runRule(either, { rate: null, yes: 46, asked: 50 });
      expect(out.score).toBeCloseTo(23, 10);
      expect(out.explanation).toBe('满意度 46/50 = 92% ÷ 100% = 92% × 25 = 23');
      expect(runRule(either, { rate: null, yes: 88, asked: 100 }).score).toBeCloseTo(22, 10);
    });
    it('both, agreeing to a whole percent: the counts are used (45/49 = 91.84 %, written 92 %: 22.9592)', () => {
      const out = runRule(either, { rate: 92, yes: 45, asked: 49 });
      expect(codes(out.problems)).toEqual([]);
      expect(out.score).toBeCloseTo((45 / 49) * 25, 10);
    });
    it('the tolerance is the definition\'s: 92 % against 45/49 = 91.84 % passes at 0.5 points, fails at 0.1', () => {
      const strict = { ...either, rule: { ...either.rule, actual: { rate: 'rate', numerator: 'yes', denominator: 'asked', tolerance: 0.1 } } } as typeof either;
      expect(codes(runRule(either, { rate: 92, yes: 45, asked: 49 }).problems)).toEqual([]);
      expect(codes(runRule(strict, { rate: 92, yes: 45, asked: 49 }).problems)).toEqual(['rate-or-counts']);
    });
    it('both, disagreeing (90 % against 45/60 = 75 %): an error, no score', () => {
      const out = runRule(either, { rate: 90, yes: 45, asked: 60 });
      expect([out.score, codes(out.problems)]).toEqual([null, ['rate-or-counts']]);
      expect(out.problems[0]!.message).toContain('满意度 90% 与 满意数 45 ÷ 调查数 60 不一致');
    });
    it('nothing at all, or one count alone: an error naming what is missing', () => {
      const none = runRule(either, { rate: null, yes: null, asked: null });
      expect([none.score, codes(none.problems)]).toEqual([null, ['rate-or-counts']]);
      expect(none.problems[0]!.message).toContain('请填「满意度」,或填「满意数」和「调查数」');
      const half = runRule(either, { rate: null, yes: 40, asked: null });
      expect([half.score, codes(half.problems)]).toEqual([null, ['rate-or-counts']]);
      expect(half.problems[0]!.message).toContain('只填了「满意数」,缺少「调查数」');
      // A rate and one count (a survey's rate with its sample size): the rate is the figure, 90 % (it was refused as half
      // a pair, the rate being there).
      const sized = runRule(either, { rate: 90, yes: null, asked: 50 });
      expect([codes(sized.problems), sized.score]).toEqual([[], runRule(either, { rate: 90, yes: null, asked: null }).score]);
    });
    it('counts with 调查数 0 are a zero denominator; more satisfied than asked is scored capped and said', () => {
      expect(codes(runRule(either, { rate: null, yes: 0, asked: 0 }).problems)).toEqual(['zero-denominator']);
      const over = runRule(either, { rate: null, yes: 55, asked: 50 });
      expect(codes(over.problems)).toEqual(['ratio-above-one']);
    });
    it('partOf (§28 as shipped: 满意数 are some of 调查数): 55 of 50 is an error at 满意数, not 25 points capped', () => {
      const part = { ...either, rule: { ...either.rule, actual: { rate: 'rate', numerator: 'yes', denominator: 'asked', partOf: true } } } as typeof either;
      const over = runRule(part, { rate: null, yes: 55, asked: 50 });
      expect([over.score, over.explanation]).toEqual([null, '满意数不能多于调查数,无法计算']);
      expect(over.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
        ['ratio-above-one', 'error', '3月!C3:「客户满意度·满意数」满意数 55 大于 调查数 50:满意数是调查数中的一部分,不能更多,此项不计分;请核对后重新评分'],
      ]);
      // 50 of 50 is all of them: 100 % × 25 = 25.
      const all = runRule(part, { rate: null, yes: 50, asked: 50 });
      expect([all.score, codes(all.problems)]).toEqual([25, []]);
    });
  });
});

// A definition's own number input in 「%」 (not type percent) is a percentage too: 12/100 against a target typed 15 (%)
// was 0.8 % of it, and an actual of 45 (%) against a percent target of 90 was 5000 %.
describe('achievement with a number input whose unit is 「%」', () => {
  it('a rate of counts against a target in 「%」: 12/100 = 12 % ÷ 15 % = 80 % × 50 = 40', () => {
    const rule = item('C', '转换', 50, [num('won', '成交数'), num('all', '询盘数'), num('goal', '目标转换率', { unit: '%' })], {
      kind: 'achievement', actual: { numerator: 'won', denominator: 'all' }, target: { input: 'goal' }, name: '转换率',
    });
    const out = runRule(rule, { won: 12, all: 100, goal: 15 });
    expect(out.score).toBeCloseTo(40, 10);
    expect(out.explanation).toBe('转换率 12/100 = 12% ÷ 15% = 80% × 50 = 40');
    // The unit written with a full-width sign (「％」, as a Chinese keyboard types it) is the same.
    const wide = item('C', '转换', 50, [num('won', '成交数'), num('all', '询盘数'), num('goal', '目标转换率', { unit: '％' })], {
      kind: 'achievement', actual: { numerator: 'won', denominator: 'all' }, target: { input: 'goal' }, name: '转换率',
    });
    expect(runRule(wide, { won: 12, all: 100, goal: 15 }).score).toBeCloseTo(40, 10);
  });
  it('an actual in 「%」 against a percent target: 45 % ÷ 90 % = 50 % × 50 = 25', () => {
    const rule = item('V', '回访', 50, [num('rate', '回访率', { unit: '%' }), pct('goal', '目标回访率')], {
      kind: 'achievement', actual: 'rate', target: { input: 'goal' }, name: '回访率',
    });
    const out = runRule(rule, { rate: 45, goal: 90 });
    expect(out.score).toBeCloseTo(25, 10);
    expect(out.explanation).toBe('回访率 45% ÷ 90% = 50% × 50 = 25');
  });
});
