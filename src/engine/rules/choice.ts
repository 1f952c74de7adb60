// choice: the option picked is worth its points ("有部分不完整,但影响不大 → 10").
import { formatScore } from '../round.js';
import type { Rule } from './types.js';

export const choice: Rule<'choice'> = ({ rule, values }) => {
  const picked = values.choice(rule.input);
  if (!picked) return { score: 0, explanation: '未选择 → 0', problems: [] };
  return { score: picked.points, explanation: `${picked.label} → ${formatScore(picked.points)}`, problems: [] };
};
