// tiers: the first tier whose lower limit the value reaches ("达成率 92% ≥ 90% → 20"), else `otherwise`.
import { formatScore } from '../../model/round.js';
import { IDENT, LABEL, NUM, ruleSchema } from './schemaBits.js';
import { inputName, NUMERIC, splitNote, withUnit, type RuleKind } from './types.js';

export const tiersKind: RuleKind<'tiers'> = {
  kind: 'tiers',
  title: '按档位',
  schema: ruleSchema(
    'tiers',
    {
      input: IDENT,
      tiers: {
        type: 'array', minItems: 1, maxItems: 50,
        items: { type: 'object', additionalProperties: false, properties: { min: NUM, points: NUM, label: LABEL }, required: ['min', 'points'] },
      },
      otherwise: { type: 'object', additionalProperties: false, properties: { points: NUM, label: LABEL }, required: ['points'] },
    },
    ['input', 'tiers', 'otherwise'],
  ),
  inputs: (rule) => [[rule.input, NUMERIC]],
  check: (rule) => {
    const seen = new Set<number>();
    const out: string[] = [];
    for (const t of rule.tiers) {
      if (seen.has(t.min)) out.push(`档位下限 ${t.min} 重复`);
      seen.add(t.min);
    }
    return out;
  },
  score: ({ rule, values }) => {
    const input = values.def(rule.input);
    const v = values.number(rule.input);
    const show = (x: number) => withUnit(input, formatScore(x));
    const sorted = [...rule.tiers].sort((a, b) => b.min - a.min);
    // Just under a limit, the value is shown as exactly as it is: 89.99999 % shown as 90 % beside "≥ 80 % → 10" reads
    // as a wrong tier.
    const hidden = sorted.some((t) => v < t.min && formatScore(v) === formatScore(t.min));
    const value = hidden ? withUnit(input, String(Number(v.toPrecision(12)))) : show(v);
    const hit = sorted.find((t) => v >= t.min);
    if (hit) {
      // A tier's note after its points, as `otherwise` has (§1 75–80 %: 「源表未定义,按0分」).
      const note = hit.label ? splitNote(hit.label)[1] : '';
      return { score: hit.points, explanation: `${input.label} ${value} ≥ ${show(hit.min)} → ${formatScore(hit.points)}${note}`, problems: [] };
    }
    const { points, label } = rule.otherwise;
    const lowest = sorted[sorted.length - 1];
    const [what, note] = label ? splitNote(label) : [lowest ? `< ${show(lowest.min)}` : '', ''];
    const explanation = `${input.label} ${value}${what ? ` ${what}` : ''} → ${formatScore(points)}${note}`;
    return { score: points, explanation, problems: [] };
  },
  describe: (rule, item) => {
    const sorted = [...rule.tiers].sort((a, b) => b.min - a.min);
    const tiers = sorted.map((t) => `≥ ${formatScore(t.min)} 得 ${formatScore(t.points)}`).join(';');
    return `按「${inputName(item, rule.input)}」分档:${tiers};其余 ${formatScore(rule.otherwise.points)}`;
  },
  codes: [],
};

export const tiers = tiersKind.score;
