import { describe, expect, it } from 'vitest';
import { item, runRule } from '../helpers.js';

const count = (id: string, label: string) => ({ id, label, type: 'integer' as const, min: 0, optional: true, default: 0 });
// §8 M3: 15 − 2×用语 − 1×短信 − 2×跟踪, floor 0
const m3 = item('M3', '日常服务规范', 15, [count('language', '用语不规范'), count('sms', '短信漏发'), count('followUp', '跟踪不到位')], {
  kind: 'deduction',
  base: 15,
  floor: 0,
  penalties: [{ input: 'language', per: 2 }, { input: 'sms', per: 1 }, { input: 'followUp', per: 2 }],
});
// §8 M4: base typed in (6–10), − 5 per lapse, floor 0
const m4 = item('M4', '回访问题处理效率', 10, [{ id: 'base', label: '基础分', type: 'number', min: 6, max: 10 }, count('lapses', '拖延遗漏错误次数')], {
  kind: 'deduction',
  base: { input: 'base' },
  floor: 0,
  penalties: [{ input: 'lapses', per: 5 }],
});
// No floor written: 0, as in every catalog form (it went below zero, taking points from the other items).
const noFloor = item('X', '无下限', 5, [count('n', '次数')], { kind: 'deduction', base: 5, penalties: [{ input: 'n', per: 2 }] });
// A floor below zero, written: the score may go that low.
const belowZero = item('Y', '可扣成负分', 5, [count('n', '次数')], { kind: 'deduction', base: 5, floor: -10, penalties: [{ input: 'n', per: 2 }] });

describe('deduction', () => {
  it.each<[string, typeof m3, Record<string, number>, number, string]>([
    // 15 − 2×1 − 1×2 = 11
    ['§8 M3 worked example', m3, { language: 1, sms: 2, followUp: 0 }, 11, '15 − 2×1(用语不规范) − 1×2(短信漏发) = 11'],
    ['nothing to deduct', m3, { language: 0, sms: 0, followUp: 0 }, 15, '15,无扣分 → 15'],
    // 15 − 2×5 − 1×3 − 2×2 = −2 → floor 0
    ['floor 0', m3, { language: 5, sms: 3, followUp: 2 }, 0, '15 − 2×5(用语不规范) − 1×3(短信漏发) − 2×2(跟踪不到位) = -2,最低0分 → 0'],
    // 8 − 5×1 = 3
    ['§8 M4 worked example: typed base', m4, { base: 8, lapses: 1 }, 3, '基础分 8 − 5×1(拖延遗漏错误次数) = 3'],
    // 10 − 5×3 = −5 → 0
    ['M4 floor', m4, { base: 10, lapses: 3 }, 0, '基础分 10 − 5×3(拖延遗漏错误次数) = -5,最低0分 → 0'],
    // 5 − 2×4 = −3, no floor written → 0
    ['no floor given: 0', noFloor, { n: 4 }, 0, '5 − 2×4(次数) = -3,最低0分 → 0'],
    // 5 − 2×4 = −3 stands above a floor of −10; 5 − 2×9 = −13 → −10
    ['a negative floor written', belowZero, { n: 4 }, -3, '5 − 2×4(次数) = -3'],
    ['a negative floor written, reached', belowZero, { n: 9 }, -10, '5 − 2×9(次数) = -13,最低-10分 → -10'],
  ])('%s', (_name, it_, values, score, explanation) => {
    const out = runRule(it_, values);
    expect([out.score, out.explanation]).toEqual([score, explanation]);
  });
});

// §11 咨询答复质量 (单项否决制): 10 − 2 per time, 3 times or more → 0.
const k3 = item('K3', '咨询答复质量', 10, [count('times', '问题次数')], {
  kind: 'deduction',
  base: 10,
  floor: 0,
  penalties: [{ input: 'times', per: 2 }],
  zeroAt: { input: 'times', count: 3 },
});

describe('deduction with zeroAt (§11 单项否决制)', () => {
  it.each<[number, number, string]>([
    [0, 10, '10,无扣分 → 10'],
    [1, 8, '10 − 2×1(问题次数) = 8'],
    // 10 − 2 × 2 = 6: two times still count per time
    [2, 6, '10 − 2×2(问题次数) = 6'],
    // 3 times: not 10 − 6 = 4 but 0
    [3, 0, '问题次数 3次 ≥ 3次 → 0(单项否决)'],
    [7, 0, '问题次数 7次 ≥ 3次 → 0(单项否决)'],
  ])('%i times → %d', (times, score, explanation) => {
    const out = runRule(k3, { times });
    expect([out.score, out.explanation]).toEqual([score, explanation]);
  });
});
