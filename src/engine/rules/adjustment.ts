// adjustment: signed points added to the total, with a reason ("+2(表扬信)").
import { formatSigned } from '../round.js';
import type { Rule } from './types.js';

export const adjustment: Rule<'adjustment'> = ({ rule, values, report }) => {
  const points = values.number(rule.input);
  const reason = values.text(rule.reason);
  if (points === 0) return { score: 0, explanation: reason ? `0(${reason})` : '无奖惩 → 0', problems: [] };
  if (!reason) {
    const label = values.def(rule.input).label;
    const body = `${label}为 ${formatSigned(points)},须注明${values.def(rule.reason).label}`;
    const problem = report('error', 'reason-required', rule.reason, body, { expected: '原因', actual: '空' });
    return { score: points, explanation: `${formatSigned(points)}(未注明原因)`, problems: [problem] };
  }
  return { score: points, explanation: `${formatSigned(points)}(${reason})`, problems: [] };
};
