// band: the score typed in, named by the band it falls in ("9(处理能力有明显提升)").
import { formatScore } from '../round.js';
import { bandOf } from '../grades.js';
import type { Rule } from './types.js';

export const band: Rule<'band'> = ({ rule, values }) => {
  const v = values.number(rule.input);
  const label = rule.bands ? bandOf(rule.bands, v) : undefined;
  return { score: v, explanation: label ? `${formatScore(v)}(${label})` : formatScore(v), problems: [] };
};
