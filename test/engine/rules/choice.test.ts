import { describe, expect, it } from 'vitest';
import type { ChoiceDef } from '../../../src/model/definition.js';
import { codes, item, runRule } from '../helpers.js';

const options: ChoiceDef[] = [
  { label: '完成目标值要求', points: 20 },
  { label: '有部分不完整,但影响不大', points: 10 },
  { label: '不完整且严重缺失', points: 0 },
];
const a2 = item('A2', '客户档案管理', 20, [{ id: 'level', label: '完成情况', type: 'choice', choices: options, optional: true }], { kind: 'choice', input: 'level' });

describe('choice', () => {
  it.each<[string, ChoiceDef | null, number, string]>([
    ['full marks', options[0]!, 20, '完成目标值要求 → 20'],
    ['partial', options[1]!, 10, '有部分不完整,但影响不大 → 10'],
    ['zero is a score, not a gap', options[2]!, 0, '不完整且严重缺失 → 0'],
    ['optional and not chosen', null, 0, '未选择 → 0'],
  ])('%s', (_name, picked, score, explanation) => {
    const out = runRule(a2, { level: picked });
    expect([out.score, out.explanation, codes(out.problems)]).toEqual([score, explanation, []]);
  });
});
