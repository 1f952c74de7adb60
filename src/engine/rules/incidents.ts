// incidents: base − the sum of each incident's deduction, each within [minEach, maxEach] ("20 − (3+2) = 15").
import { formatScore } from '../../model/round.js';
import { floorTail } from './floored.js';
import { IDENT, NUM, ruleSchema } from './schemaBits.js';
import { inputName, type RuleKind } from './types.js';

export const incidentsKind: RuleKind<'incidents'> = {
  kind: 'incidents',
  title: '每次扣分(在范围内)',
  schema: ruleSchema('incidents', { input: IDENT, base: NUM, minEach: NUM, maxEach: NUM, floor: NUM }, ['input', 'base', 'minEach', 'maxEach']),
  inputs: (rule) => [[rule.input, ['list']]],
  check: (rule) => (rule.minEach > rule.maxEach ? ['minEach 不能大于 maxEach'] : []),
  score: ({ rule, values, report }) => {
    const list = values.list(rule.input);
    const base = formatScore(rule.base);
    if (list.length === 0) return { score: rule.base, explanation: `无扣分 → ${base}`, problems: [] };
    const bad = list.filter((x) => x < rule.minEach || x > rule.maxEach);
    if (bad.length > 0) {
      const problem = report('out-of-range', rule.input, { accepts: { type: 'deduction', min: rule.minEach, max: rule.maxEach }, value: list.map(formatScore).join(',') });
      return { score: null, explanation: `扣分超出范围:${bad.map(formatScore).join('、')}`, problems: [problem] };
    }
    const sum = list.reduce((a, b) => a + b, 0);
    const raw = rule.base - sum;
    const terms = list.length === 1 ? formatScore(sum) : `(${list.map(formatScore).join('+')})`;
    // No floor written: 0, as every form of the catalog has it (an item of 10 at −5 took points from the others).
    const floor = rule.floor ?? 0;
    const floored = raw < floor;
    const score = floored ? floor : raw;
    const tail = floorTail(raw, score, floored);
    return { score, explanation: `${base} − ${terms}${tail}`, problems: [] };
  },
  describe: (rule, item) =>
    `${formatScore(rule.base)} 分起,「${inputName(item, rule.input)}」列出每次扣分(每次 ${formatScore(rule.minEach)}–${formatScore(rule.maxEach)} 分),最低 ${formatScore(rule.floor ?? 0)}`,
  codes: ['out-of-range'],
};

export const incidents = incidentsKind.score;
