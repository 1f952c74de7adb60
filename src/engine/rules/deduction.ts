// deduction: base − Σ per × count, floor ("15 − 2×1(用语不规范) − 1×2(短信漏发) = 11").
import { formatScore } from '../round.js';
import type { Rule } from './types.js';

export const deduction: Rule<'deduction'> = ({ rule, values }) => {
  let base: number;
  let baseText: string;
  if (typeof rule.base === 'number') {
    base = rule.base;
    baseText = formatScore(base);
  } else {
    base = values.number(rule.base.input);
    baseText = `${values.def(rule.base.input).label} ${formatScore(base)}`;
  }
  let raw = base;
  const terms: string[] = [];
  for (const p of rule.penalties) {
    const count = values.number(p.input);
    if (count === 0 || p.per === 0) continue;
    raw -= p.per * count;
    const sign = p.per > 0 ? '−' : '+';
    terms.push(` ${sign} ${formatScore(Math.abs(p.per))}×${formatScore(count)}(${values.def(p.input).label})`);
  }
  if (terms.length === 0) return { score: base, explanation: `${baseText},无扣分 → ${formatScore(base)}`, problems: [] };
  const floored = rule.floor !== undefined && raw < rule.floor;
  const score = floored ? rule.floor! : raw;
  const tail = floored ? ` = ${formatScore(raw)},最低${formatScore(score)}分 → ${formatScore(score)}` : ` = ${formatScore(score)}`;
  return { score, explanation: `${baseText}${terms.join('')}${tail}`, problems: [] };
};
