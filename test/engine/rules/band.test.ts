import { describe, expect, it } from 'vitest';
import { item, runRule } from '../helpers.js';

// §8 M5: the score typed in, named by its band (10 / 9 / 8–7 / 6–5 / below 5).
const m5 = item('M5', '处理能力', 10, [{ id: 'score', label: '得分', type: 'number', min: 0, max: 10 }], {
  kind: 'band',
  input: 'score',
  bands: [
    { min: 10, label: '能独立完成' },
    { min: 9, label: '处理能力有明显提升' },
    { min: 7, label: '偶有不能独立处理' },
    { min: 5, label: '常有不能处理' },
    { label: '有投诉、明显错误' },
  ],
});
const unnamed = item('S', '得分项', 15, [{ id: 'score', label: '得分', type: 'number', min: 0, max: 15 }], { kind: 'band', input: 'score' });

describe('band', () => {
  it.each<[string, typeof m5, number, string]>([
    ['§8 worked example M5 = 9', m5, 9, '9(处理能力有明显提升)'],
    ['top', m5, 10, '10(能独立完成)'],
    ['8 is in 8–7', m5, 8, '8(偶有不能独立处理)'],
    ['a limit belongs to the band above: 7', m5, 7, '7(偶有不能独立处理)'],
    ['6.5 is in 6–5', m5, 6.5, '6.5(常有不能处理)'],
    ['below 5', m5, 4.5, '4.5(有投诉、明显错误)'],
    ['no bands: just the score', unnamed, 13, '13'],
  ])('%s', (_name, it_, v, explanation) => {
    const out = runRule(it_, { score: v });
    expect([out.score, out.explanation]).toEqual([v, explanation]);
  });
});
