// ratio: numerator / denominator × item max, capped ("回访率 45/50 = 90% × 20 = 18").
import { formatPercent, formatScore } from '../../model/round.js';
import type { Problem } from '../../model/problem.js';
import { IDENT, LABEL, NUM, ruleSchema } from './schemaBits.js';
import { inputName, NUMERIC, type RuleKind } from './types.js';

export const ratioKind: RuleKind<'ratio'> = {
  kind: 'ratio',
  title: '比率',
  schema: ruleSchema(
    'ratio',
    {
      numerator: IDENT,
      denominator: IDENT,
      cap: { type: 'number', minimum: 0, maximum: 100 },
      whenZero: { type: 'object', additionalProperties: false, properties: { points: NUM, note: LABEL }, required: ['points', 'note'] },
      name: LABEL,
      warnAbove: { type: 'boolean' },
      partOf: { type: 'boolean' },
    },
    ['numerator', 'denominator'],
  ),
  inputs: (rule) => [[rule.numerator, NUMERIC], [rule.denominator, NUMERIC]],
  score: ({ rule, item, values, report }) => {
    const num = values.def(rule.numerator);
    const den = values.def(rule.denominator);
    const v = values.number(rule.numerator);
    const n = values.number(rule.denominator);
    const name = rule.name ?? `${num.label}/${den.label}`;
    const max = formatScore(item.max);
    const problems: Problem[] = [];
    if (n === 0) {
      if (!rule.whenZero) {
        problems.push(report('zero-denominator', rule.denominator, { case: 'ratio', of: name, numerator: num.label, denominator: den.label }));
        return { score: null, explanation: `${name} ${formatScore(v)}/0:${den.label}为0,无法计算`, problems };
      }
      if (v > 0 && rule.partOf) {
        problems.push(report('ratio-above-one', rule.numerator, { numerator: num.label, value: v, denominator: den.label, total: 0, partOf: true }, 'error'));
        return { score: null, explanation: `${name} ${formatScore(v)}/0:${num.label}不能多于${den.label},无法计算`, problems };
      }
      if (v > 0) {
        problems.push(report('ratio-above-one', rule.numerator, { numerator: num.label, value: v, denominator: den.label, total: 0 }));
      }
      const { points, note } = rule.whenZero;
      return { score: points, explanation: `${note} → ${formatScore(points)}`, problems };
    }
    const r = v / n;
    const head = `${name} ${formatScore(v)}/${formatScore(n)} = ${formatPercent(r)}`;
    if (r > 1 && rule.partOf) {
      problems.push(report('ratio-above-one', rule.numerator, { numerator: num.label, value: v, denominator: den.label, total: n, partOf: true }, 'error'));
      return { score: null, explanation: `${head}:${num.label}不能多于${den.label},无法计算`, problems };
    }
    if (r > 1 && rule.warnAbove) {
      // The rate the score uses: the cap when the rate passes it, else the rate (140 % under a cap of 150 % is 140 %).
      const capped = rule.cap !== undefined ? { of: name, cap: Math.min(r, rule.cap) } : undefined;
      problems.push(report('ratio-above-one', rule.numerator, { numerator: num.label, value: v, denominator: den.label, total: n, ...(capped ? { capped } : {}) }));
    }
    if (rule.cap !== undefined && r > rule.cap) {
      const score = rule.cap * item.max;
      return { score, explanation: `${head},超过${formatPercent(rule.cap)}按${formatPercent(rule.cap)}计 × ${max} = ${formatScore(score)}`, problems };
    }
    // V × max ÷ N is exact for ordinary counts, but V × max overflows for huge ones (1e308 × 20 = Infinity) and its
    // rounding can pass the cap by an ulp (V = N ≈ 1e18 → 20.000000000000004): then r × max, within the cap.
    const product = v * item.max;
    const exact = Number.isFinite(product) ? product / n : r * item.max;
    const score = rule.cap !== undefined ? Math.min(exact, rule.cap * item.max) : exact;
    return { score, explanation: `${head} × ${max} = ${formatScore(score)}`, problems };
  },
  describe: (rule, item) =>
    `${rule.name ?? '比率'} = 「${inputName(item, rule.numerator)}」÷「${inputName(item, rule.denominator)}」× ${formatScore(item.max)}${rule.cap !== undefined ? `,最高按 ${formatPercent(rule.cap)}` : ''}${rule.whenZero ? `;分母为 0 时 ${formatScore(rule.whenZero.points)}(${rule.whenZero.note})` : ';分母为 0 时报错'}`,
  codes: ['zero-denominator', 'ratio-above-one'],
};

export const ratio = ratioKind.score;
