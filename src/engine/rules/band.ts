// band: the score typed in, named by the band it falls in ("9(处理能力有明显提升)").
import { formatScore } from '../../model/round.js';
import { bandOf } from '../grades.js';
import { IDENT, ruleSchema } from './schemaBits.js';
import { inputName, NUMERIC, type RuleKind } from './types.js';

export const bandKind: RuleKind<'band'> = {
  kind: 'band',
  title: '直接打分',
  schema: ruleSchema('band', { input: IDENT, bands: { $ref: '#/definitions/bands' } }, ['input']),
  inputs: (rule) => [[rule.input, NUMERIC]],
  score: ({ rule, values }) => {
    const v = values.number(rule.input);
    const label = rule.bands ? bandOf(rule.bands, v) : undefined;
    return { score: v, explanation: label ? `${formatScore(v)}(${label})` : formatScore(v), problems: [] };
  },
  describe: (rule, item) => {
    const bands = (rule.bands ?? []).map((b) => (b.min !== undefined ? `≥ ${formatScore(b.min)} ${b.label}` : `其余 ${b.label}`)).join(';');
    // The range the input accepts (property-cs-rating: 1–10), not always 0 to the item's maximum.
    const input = item.inputs.find((i) => i.id === rule.input);
    const range = `${formatScore(input?.min ?? 0)}–${formatScore(input?.max ?? item.max)}`;
    // An input named 得分 itself: 「直接填写得分「得分」」 sent people to the form sheet's 得分 column, the one kpi writes.
    const name = inputName(item, rule.input);
    const named = /^(得分|分数|评分|打分)$/.test(name) ? '' : `「${name}」`;
    return `直接填写得分${named}(${range}${input?.type === 'integer' ? ' 的整数' : ''})${bands ? `:${bands}` : ''}`;
  },
  codes: [],
};

export const band = bandKind.score;
