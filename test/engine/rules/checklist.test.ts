import { describe, expect, it } from 'vitest';
import type { ChoiceDef, InputDef } from '../../../src/forms/types.js';
import type { Value } from '../../../src/engine/values.js';
import { codes, item, runRule } from '../helpers.js';

const tick = (id: string): InputDef => ({ id, label: `项${id}`, type: 'text', optional: true });
const boxes = ['a', 'b', 'c', 'd', 'e', 'f'];
// §27 工作态度: ticks / boxes × 100
const attitude = item('T1', '工作态度', 100, boxes.map(tick), { kind: 'checklist', inputs: boxes });
// §18 工作知识: each tick worth 2 of 20 (scaleTo = item max)
const knowledge = item('K', '工作知识', 20, boxes.slice(0, 4).map(tick), { kind: 'checklist', inputs: boxes.slice(0, 4) });
// A definition's own yes-words; choice inputs 符合 / 不符合 / 不适用 (§6)
const verdicts: ChoiceDef[] = [{ label: '符合', points: 1 }, { label: '不符合', points: 0 }, { label: '不适用', points: 0 }];
const checks = item(
  'Q',
  '服务质量',
  100,
  ['a', 'b', 'c'].map((id) => ({ id, label: id, type: 'choice' as const, choices: verdicts })),
  { kind: 'checklist', inputs: ['a', 'b', 'c'], yes: ['符合'], scaleTo: 100 },
);
const yes: ChoiceDef = verdicts[0]!;
const no: ChoiceDef = verdicts[1]!;
const na: ChoiceDef = verdicts[2]!;

const fill = (vals: Value[]) => Object.fromEntries(vals.map((v, i) => [boxes[i]!, v]));

describe('checklist', () => {
  it.each<[string, typeof attitude, Record<string, Value>, number | null, string, string[]]>([
    // 5/6 × 100 = 83.3333
    ['§27 5 of 6 ticked', attitude, fill(['√', '√', '√', '√', '√', null]), (5 / 6) * 100, '5/6 项 × 100 = 83.3333', []],
    // 是 ✓ 1 √ = 4 ticks; 否 × = 2 crosses → 4/6 × 100 = 66.6667
    ['ticks as 是 / ✓ / 1 / √, crosses as 否 / ×', attitude, fill(['是', '✓', '1', '否', '×', '√']), (4 / 6) * 100, '4/6 项 × 100 = 66.6667', []],
    // 3 of 4 × 20 = 15
    ['scale to the item max', knowledge, fill(['√', '√', '√', null]), 15, '3/4 项 × 20 = 15', []],
    // 符合 2 of (3 − 1 不适用) = 2/2 × 100 = 100
    ['不适用 leaves the denominator', checks, { a: yes, b: yes, c: na }, 100, '2/2 项 × 100 = 100(不适用 1 项)', []],
    ['不符合 counts against', checks, { a: yes, b: no, c: na }, 50, '1/2 项 × 100 = 50(不适用 1 项)', []],
    ['all 不适用 is an error, not a score', checks, { a: na, b: na, c: na }, null, '所有项均为不适用,无法计算', ['zero-denominator']],
    ['an unreadable tick is an error', attitude, fill(['√', '好的', null, null, null, null]), null, '勾选内容无法识别', ['unknown-choice']],
  ])('%s', (_name, it_, values, score, explanation, problemCodes) => {
    const out = runRule(it_, values);
    if (score === null) expect(out.score).toBeNull();
    else expect(out.score).toBeCloseTo(score, 10);
    expect(out.explanation).toBe(explanation);
    expect(codes(out.problems)).toEqual(problemCodes);
  });
});
