// The catalog's worked examples, scored from the shipped definitions (skipped until a definition exists).
import { describe, expect, it } from 'vitest';
import { scoreForm, scorePerson } from '../../src/engine/scoreForm.js';
import { codes, person, template, type Cell } from './helpers.js';

const mattress = template('mattress-cs-monthly');
const afterSales = template('after-sales-monthly');
const competency = template('cs-competency');

describe.skipIf(!mattress)('§8 mattress-cs-monthly', () => {
  const cells: Array<[string, Cell]> = [
    ['M1.N', 50],
    ['M1.V', 45],
    ['M2.deductions', '3,2'],
    ['M3.language', 1],
    ['M3.sms', 2],
    ['M4.base', 8],
    ['M4.lapses', 1],
    ['M5.score', 9],
    ['M6.score', 13],
    ['M7.late', 1],
    ['M8.points', 2],
    ['M8.reason', '表扬信'],
  ];

  it('worked example: 18+15+11+3+9+13+8+2 = 79 → 一般', () => {
    const r = scorePerson(mattress!, person({ name: '王芳', department: '客服部' }, cells));
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => [i.id, i.score, i.explanation])).toEqual([
      ['M1', 18, '回访率 45/50 = 90% × 20 = 18'], // 45/50 × 20 = 18
      ['M2', 15, '20 − (3+2) = 15'],
      ['M3', 11, '15 − 2×1(用语不规范) − 1×2(短信漏发) = 11'],
      ['M4', 3, '基础分 8 − 5×1(拖延遗漏错误次数) = 3'],
      ['M5', 9, '9(处理能力有明显提升)'],
      ['M6', 13, '13(偶尔有督促)'],
      ['M7', 8, '10 − 2×1(迟到或早退) = 8'],
      ['M8', 2, '+2(表扬信)'],
    ]);
    expect([r.status, r.total, r.total100, r.band, r.name, r.department]).toEqual(['scored', 79, 79, '一般', '王芳', '客服部']);
    expect(r.parts).toEqual([{ id: 'kpi', label: '考核项目', raw: 77, max: 100, score: 77 }]);
    expect(r.explanation).toBe('18 + 15 + 11 + 3 + 9 + 13 + 8 = 77,其它 +2 = 79 → 一般');
  });

  it('clamp: M8 +30 on 95 → 125, reported as 100 → 优秀', () => {
    const r = scorePerson(
      mattress!,
      person({ name: '王芳' }, [
        ['M1.N', 50], ['M1.V', 50], // 20
        ['M4.base', 10], ['M5.score', 10], ['M6.score', 10], // M2 20, M3 15, M7 10 by default: 20+20+15+10+10+10+10 = 95
        ['M8.points', 30], ['M8.reason', '年度服务之星'],
      ]),
    );
    expect([r.total, r.total100, r.band]).toEqual([100, 100, '优秀']);
    expect(r.explanation).toBe('20 + 20 + 15 + 10 + 10 + 10 + 10 = 95,其它 +30 = 125,超过上限按100计 → 优秀');
  });

  it('several errors in one person are all reported; scoreable items keep their scores', () => {
    const r = scorePerson(
      mattress!,
      person({ name: '赵六' }, [
        ['M1.N', 50], // M1.V missing
        ['M2.deductions', '3,2'],
        ['M3.language', '两次', 'E7'],
        ['M4.base', 8],
        ['M5.score', 11],
        ['M6.score', 13],
        ['M8.points', 5], // no reason
      ]),
    );
    expect(r.problems.map((p) => [p.code, p.item])).toEqual([
      ['required', '客户回访率'],
      ['not-a-number', '日常服务规范'],
      ['out-of-range', '处理能力'],
      ['reason-required', '其它'],
    ]);
    expect(r.problems.every((p) => p.person === '赵六' && p.severity === 'error')).toBe(true);
    expect(r.problems[1]!.message).toBe('3月!E7:「日常服务规范·用语不规范」应为不小于0的整数,实际为「两次」');
    expect([r.status, r.total, r.total100, r.band]).toEqual(['error', null, null, null]);
    // 其它's +5 without a reason is not counted either (it showed 5).
    expect(r.items.map((i) => i.score)).toEqual([null, 15, null, 8, null, 13, 10, null]);
    expect(r.explanation).toBe('有 4 个错误,未计算总分');
  });

  it('V > N warns but scores', () => {
    const cellsAbove = cells.map(([k, v]): [string, Cell] => (k === 'M1.V' ? [k, 52] : [k, v]));
    const r = scorePerson(mattress!, person({ name: '王芳' }, cellsAbove));
    // 20 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 81
    expect([r.status, r.total, r.band, codes(r.problems)]).toEqual(['scored', 81, '良好', ['ratio-above-one']]);
    expect(r.items[0]!.explanation).toBe('回访率 52/50 = 104%,超过100%按100%计 × 20 = 20');
  });
});

describe.skipIf(!afterSales)('§1 after-sales-monthly', () => {
  const cells: Array<[string, Cell]> = [
    ['A1.rate@self', '95%'],
    ['A1.rate@supervisor', '92%'],
    ['A2.level@supervisor', '部分不完整'],
    ['A3.level@supervisor', '完成目标值要求'],
    ['A4.unmet@supervisor', 1],
    ['B1.level@supervisor', '4级'],
    ['B2.level@supervisor', '3级'],
  ];
  it('worked example: 81.25 × 85% + 70 × 15% = 79.5625 → 一般', () => {
    const r = scorePerson(afterSales!, person({ name: '陈明' }, cells));
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => [i.id, i.score])).toEqual([['A1', 20], ['A2', 10], ['A3', 20], ['A4', 15], ['B1', 40], ['B2', 30]]);
    expect(r.items[0]!.explanation).toBe('达成率 92% ≥ 90% → 20(自评 20,仅供参考)');
    expect(r.items[1]!.explanation).toBe('有部分不完整,但影响不大 → 10');
    expect(r.items[3]!.explanation).toBe('20 − 5×1(未满足项数) = 15');
    // part A 65/80 × 100 = 81.25; part B 70/100 × 100 = 70
    expect(r.parts.map((p) => [p.id, p.raw, p.max, p.score, p.weight])).toEqual([['A', 65, 80, 81.25, 0.85], ['B', 70, 100, 70, 0.15]]);
    expect(r.total).toBeCloseTo(79.5625, 10);
    expect(r.total100).toBeCloseTo(79.5625, 10);
    expect(r.band).toBe('一般');
    expect(r.explanation).toBe('业绩考核 65/80 × 100 = 81.25;业绩考核 81.25 × 85% + 行为考核 70 × 15% = 79.5625 → 一般');
  });

  it('A1 at 77 %: the source gap scores 0 and says so', () => {
    const r = scorePerson(afterSales!, person({ name: '陈明' }, cells.map(([k, v]): [string, Cell] => (k === 'A1.rate@supervisor' ? [k, 0.77] : [k, v]))));
    expect(r.items[0]!.explanation).toBe('达成率 77% ≥ 75% → 0(源表75%–80%未定义,按0分)(自评 20,仅供参考)');
  });

  it('the supervisor column left empty for one item: missing-rater error', () => {
    const r = scorePerson(afterSales!, person({ name: '陈明' }, cells.filter(([k]) => k !== 'A2.level@supervisor')));
    expect([r.status, codes(r.problems)]).toEqual(['error', ['missing-rater']]);
  });
});

describe.skipIf(!competency)('§9 cs-competency', () => {
  const items = ['C1', 'C2', 'C3', 'C4', 'C5'];
  it('no peer rated: weights spread 70/90, 20/90; one info says so', () => {
    const cells: Array<[string, Cell]> = items.flatMap((id): Array<[string, Cell]> => [
      [`${id}.level@self`, '优秀'],
      [`${id}.level@supervisor`, '良好'],
      [`${id}.level@customer#1`, '优秀'],
      [`${id}.level@customer#2`, '良好'],
    ]);
    const r = scorePerson(competency!, person({ name: '周洁' }, cells));
    // each item: (80×0.7 + 90×0.2)/0.9 = 74/0.9 = 82.2222; mean of five equal items = 82.2222 → 良好 (≥ 75)
    expect(r.items.every((i) => Math.abs(i.score! - 74 / 0.9) < 1e-9)).toBe(true);
    expect(r.items[0]!.explanation).toBe(
      '主管评:良好 → 80;客户评(2人):100、80,平均 90;同事评无人评分,其权重按比例分给其他评分人:80 × 70/90 + 90 × 20/90 = 82.2222(自评 100,仅供参考)',
    );
    expect([r.status, r.band]).toEqual(['scored', '良好']);
    expect(r.total100).toBeCloseTo(74 / 0.9, 10);
    expect(r.problems.map((p) => [p.severity, p.code, p.message])).toEqual([['info', 'rater-spread', '3月:周洁:各项同事评无人评分,其权重按比例分给其他评分人']]);
  });

  it('anonymous peers: counts and averages only', () => {
    const cells: Array<[string, Cell]> = items.flatMap((id): Array<[string, Cell]> => [
      [`${id}.level@supervisor`, '优秀'],
      [`${id}.level@peer#1`, '良好'],
      [`${id}.level@peer#2`, '一般'],
      [`${id}.level@customer#1`, '优秀'],
    ]);
    const r = scorePerson(competency!, person({ name: '周洁' }, cells));
    // 100×0.7 + 70×0.1 + 100×0.2 = 70 + 7 + 20 = 97
    expect(r.total100).toBeCloseTo(97, 10);
    expect(r.items[0]!.explanation).toBe('主管评:优秀 → 100;同事评(2人)平均 70;客户评:优秀 → 100;100 × 70% + 70 × 10% + 100 × 20% = 97');
    expect(r.explanation).toBe('(97 + 97 + 97 + 97 + 97)/5 = 97 → 优秀');
  });
});

describe('scoreForm on the shipped definitions', () => {
  it.skipIf(!mattress)('bands count every label and the people are ranked', () => {
    const base: Array<[string, Cell]> = [['M1.N', 10], ['M1.V', 10], ['M4.base', 10], ['M5.score', 10], ['M6.score', 15]]; // 100
    const s = scoreForm(mattress!, [
      person({ name: 'A' }, base),
      person({ name: 'B' }, [...base, ['M8.points', -25], ['M8.reason', '投诉']]), // 75
      person({ name: 'C' }, [...base, ['M8.points', -25], ['M8.reason', '投诉']]), // 75
      person({ name: 'D' }, [...base, ['M5.score', 'x']]), // error
    ]);
    expect(s.bands).toEqual({ 优秀: 1, 良好: 0, 一般: 2, 待改进: 0 });
    expect(s.people.map((p) => [p.name, p.total, p.rank])).toEqual([['A', 100, 1], ['B', 75, 2], ['C', 75, 2], ['D', null, undefined]]);
    expect(codes(s.problems)).toEqual(['not-a-number']);
  });
});
