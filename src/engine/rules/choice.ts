// choice: the option picked is worth its points ("有部分不完整,但影响不大 → 10"); with `of: "max"` the points are a
// coefficient of the item's max (§4: 达成 1.0 × 15 = 15).
import { formatScore } from '../../model/round.js';
import { IDENT, ruleSchema } from './schemaBits.js';
import { inputName, type RuleKind } from './types.js';
import { betterAbsent } from '../values.js';

export const choiceKind: RuleKind<'choice'> = {
  kind: 'choice',
  title: '选项',
  schema: ruleSchema('choice', { input: IDENT, of: { const: 'max' } }, ['input']),
  inputs: (rule) => [[rule.input, ['choice']]],
  score: ({ rule, item, values, report }) => {
    const picked = values.choice(rule.input);
    if (!picked) {
      // An optional choice left blank whose 无 is worth points (重大客诉 无 5 / 有 0): 0 is 有's — said, as the blank may
      // mean nothing happened.
      const absent = betterAbsent(values.def(rule.input).choices ?? []);
      const problems = absent && absent.points > 0 ? [report('blank-choice', rule.input, { option: absent.label, points: absent.points }, 'warning')] : [];
      return { score: 0, explanation: '未选择 → 0', problems };
    }
    if (rule.of === 'max') {
      const score = picked.points * item.max;
      return { score, explanation: `${picked.label} ${formatScore(picked.points)} × ${formatScore(item.max)} = ${formatScore(score)}`, problems: [] };
    }
    return { score: picked.points, explanation: `${picked.label} → ${formatScore(picked.points)}`, problems: [] };
  },
  describe: (rule, item) => {
    const input = item.inputs.find((i) => i.id === rule.input);
    const options = (input?.choices ?? []).map((c) => `${c.label} ${formatScore(c.points)}`).join(' / ');
    return rule.of === 'max'
      ? `「${inputName(item, rule.input)}」选项系数 × ${formatScore(item.max)}:${options}`
      : `「${inputName(item, rule.input)}」选项得分:${options}`;
  },
  codes: ['blank-choice'],
};

export const choice = choiceKind.score;
