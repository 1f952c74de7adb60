// deduction: base − Σ per × count, floor ("15 − 2×1(用语不规范) − 1×2(短信漏发) = 11"); zeroAt: from this many
// times the item is 0 (§11 单项否决制: −2 each time, 3 times or more → 0).
import { formatScore } from '../../model/round.js';
import { floorTail } from './floored.js';
import { IDENT, NUM, ruleSchema } from './schemaBits.js';
import { inputName, NUMERIC, type RuleKind } from './types.js';

export const deductionKind: RuleKind<'deduction'> = {
  kind: 'deduction',
  title: '按次扣分',
  schema: ruleSchema(
    'deduction',
    {
      base: { oneOf: [NUM, { type: 'object', additionalProperties: false, properties: { input: IDENT }, required: ['input'] }] },
      penalties: {
        type: 'array', maxItems: 50,
        items: { type: 'object', additionalProperties: false, properties: { input: IDENT, per: NUM }, required: ['input', 'per'] },
      },
      floor: NUM,
      // From 1: at 0 every person had 0 (「旷工 0次 ≥ 0次 → 0」, 90 A read as 73 B).
      zeroAt: { type: 'object', additionalProperties: false, properties: { input: IDENT, count: { type: 'number', minimum: 1 } }, required: ['input', 'count'] },
    },
    ['base', 'penalties'],
  ),
  inputs: (rule) => [
    ...(typeof rule.base === 'object' ? [[rule.base.input, NUMERIC] as [string, typeof NUMERIC]] : []),
    ...rule.penalties.map((p) => [p.input, NUMERIC] as [string, typeof NUMERIC]),
    ...(rule.zeroAt ? [[rule.zeroAt.input, NUMERIC] as [string, typeof NUMERIC]] : []),
  ],
  score: ({ rule, values }) => {
    if (rule.zeroAt) {
      const input = values.def(rule.zeroAt.input);
      const times = values.number(rule.zeroAt.input);
      if (times >= rule.zeroAt.count) {
        const unit = input.unit ?? '次';
        return { score: 0, explanation: `${input.label} ${formatScore(times)}${unit} ≥ ${formatScore(rule.zeroAt.count)}${unit} → 0(单项否决)`, problems: [] };
      }
    }
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
    // No floor written: 0, as every form of the catalog has it (an item of 10 at −5 took points from the others).
    const floor = rule.floor ?? 0;
    const floored = raw < floor;
    const score = floored ? floor : raw;
    const tail = floorTail(raw, score, floored);
    return { score, explanation: `${baseText}${terms.join('')}${tail}`, problems: [] };
  },
  describe: (rule, item) => {
    const base = typeof rule.base === 'number' ? `${formatScore(rule.base)} 分` : `「${inputName(item, rule.base.input)}」`;
    const terms = rule.penalties.map((p) => `「${inputName(item, p.input)}」每次${p.per >= 0 ? '扣' : '加'} ${formatScore(Math.abs(p.per))}`).join(',');
    const zero = rule.zeroAt ? `;「${inputName(item, rule.zeroAt.input)}」达到 ${formatScore(rule.zeroAt.count)} 次及以上得 0(单项否决)` : '';
    return `${base}起,${terms || '无扣分项'},最低 ${formatScore(rule.floor ?? 0)}${zero}`;
  },
  codes: [],
};

export const deduction = deductionKind.score;
