// tiers: the first tier whose lower limit the value reaches ("达成率 92% ≥ 90% → 20"), else `otherwise`.
import { formatScore } from '../round.js';
import { splitNote, withUnit, type Rule } from './types.js';

export const tiers: Rule<'tiers'> = ({ rule, values }) => {
  const input = values.def(rule.input);
  const v = values.number(rule.input);
  const show = (x: number) => withUnit(input, formatScore(x));
  const sorted = [...rule.tiers].sort((a, b) => b.min - a.min);
  const hit = sorted.find((t) => v >= t.min);
  if (hit) {
    return { score: hit.points, explanation: `${input.label} ${show(v)} ≥ ${show(hit.min)} → ${formatScore(hit.points)}`, problems: [] };
  }
  const { points, label } = rule.otherwise;
  const lowest = sorted[sorted.length - 1];
  const [what, note] = label ? splitNote(label) : [lowest ? `< ${show(lowest.min)}` : '', ''];
  const explanation = `${input.label} ${show(v)}${what ? ` ${what}` : ''} → ${formatScore(points)}${note}`;
  return { score: points, explanation, problems: [] };
};
