// achievement: an actual figure against a target, × the item's max.
//   higher (default): actual ÷ target, capped (销售额 120 %: 25 × 1.2 = 30);
//   lower: target ÷ actual, capped at 100 % unless said otherwise (响应时间 30 s ÷ 40 s = 75 %);
//   allowed: 1 − actual ÷ allowed, clamped 0..1 (客诉率 1.5 % of 2 % allowed → 25 %).
// The actual is an input or a rate numerator ÷ denominator (转化率 = 新客户 ÷ 访问), or either of the two (§28: 满意度
// as a percentage, or 满意数 ÷ 调查数); the target a constant or an input.
// Percentages are compared as fractions: a percent input 15 (%) is 0.15, a constant target for a percent actual or a
// rate is written in percent units like every percentage of a definition (10 = 10 %).
import type { Problem } from '../../model/problem.js';
import type { InputDef } from '../../model/definition.js';
import { formatPercent, formatScore } from '../../model/round.js';
import { IDENT, LABEL, TARGET, ruleSchema } from './schemaBits.js';
import { inputName, NUMERIC, type InputValues, type Report, type RuleKind, type RuleOf } from './types.js';

type Achievement = RuleOf<'achievement'>;

interface Figure {
  value: number;
  /** How it is shown: "15%", "120000", "12/80 = 15%". */
  text: string;
  percent: boolean;
}

function inputFigure(def: InputDef, v: number): Figure {
  // A number in 「%」 is a percentage as much as a percent input is (15 is 15 %): compared as a fraction too, or 12/100
  // against a target of 15 % gave 0.8 %, and 45 % of a 90 % target 5000 %.
  if (def.type === 'percent' || /^\s*[%％]\s*$/.test(def.unit ?? '')) return { value: v / 100, text: `${formatScore(v)}%`, percent: true };
  return { value: v, text: `${formatScore(v)}${def.unit && def.unit !== '分' ? def.unit : ''}`, percent: false };
}

/** What the rule measures, or why it cannot: a zero denominator, or (rate-or-counts) neither or both given. */
type Actual = Figure | { zero: string } | { problem: Problem; explanation: string };

function countsFigure(num: number, den: number): Figure {
  const r = num / den;
  return { value: r, text: `${formatScore(num)}/${formatScore(den)} = ${formatPercent(r)}`, percent: true };
}

function actualOf(rule: Achievement, values: InputValues, report: Report): Actual {
  if (typeof rule.actual === 'string') return inputFigure(values.def(rule.actual), values.number(rule.actual));
  const { numerator, denominator, rate, tolerance = 0.5 } = rule.actual;
  // The rate given, and one count beside it (the survey's 调查数, its sample size): the rate is the figure — the count
  // alone cannot be checked against it (it was 「只填了调查数,缺少满意数(或只填满意度)」, the rate being there).
  if (rate !== undefined && values.filled(rate) && values.filled(numerator) !== values.filled(denominator)) return inputFigure(values.def(rate), values.number(rate));
  if (rate === undefined || values.filled(numerator) || values.filled(denominator)) {
    if (rate !== undefined && values.filled(numerator) !== values.filled(denominator)) {
      const [given, missing] = values.filled(numerator) ? [numerator, denominator] : [denominator, numerator];
      const problem = report('rate-or-counts', missing, { case: 'partial', given: values.def(given).label, missing: values.def(missing).label, rate: values.def(rate).label });
      return { problem, explanation: `缺少${values.def(missing).label},无法计算` };
    }
    const num = values.number(numerator);
    const den = values.number(denominator);
    if (rule.actual.partOf && num > den) {
      // 满意数 55 of 调查数 50 was capped at 100 %, full marks with a warning, where 「110%」 typed is out of range.
      const labels = { numerator: values.def(numerator).label, denominator: values.def(denominator).label };
      const problem = report('ratio-above-one', numerator, { ...labels, value: num, total: den, partOf: true }, 'error');
      return { problem, explanation: `${labels.numerator}不能多于${labels.denominator},无法计算` };
    }
    if (den === 0) return { zero: denominator };
    const counts = countsFigure(num, den);
    // Both given: the counts are what the rate was worked out from; a rate that is not theirs (beyond `tolerance`
    // percentage points: rounding to a whole percent by default) is one of them mistyped.
    if (rate !== undefined && values.filled(rate) && Math.abs(values.number(rate) / 100 - counts.value) > tolerance / 100 + 1e-9) {
      const problem = report('rate-or-counts', rate, {
        case: 'mismatch', rate: values.def(rate).label, percent: values.number(rate),
        numerator: values.def(numerator).label, value: num, denominator: values.def(denominator).label, total: den,
      });
      return { problem, explanation: `${values.def(rate).label}与计数不一致,无法计算` };
    }
    return counts;
  }
  if (!values.filled(rate)) {
    const labels = { rate: values.def(rate).label, numerator: values.def(numerator).label, denominator: values.def(denominator).label };
    const problem = report('rate-or-counts', rate, { case: 'none', ...labels });
    return { problem, explanation: `未填写${labels.rate}(或${labels.numerator}和${labels.denominator}),无法计算` };
  }
  return inputFigure(values.def(rate), values.number(rate));
}

function targetOf(rule: Achievement, values: InputValues, actualPercent: boolean): Figure {
  if (typeof rule.target === 'number') {
    return actualPercent ? { value: rule.target / 100, text: `${formatScore(rule.target)}%`, percent: true } : { value: rule.target, text: formatScore(rule.target), percent: false };
  }
  return inputFigure(values.def(rule.target.input), values.number(rule.target.input));
}

/** An actual this many times its target is no achievement but a target in another unit (10 万元 typed as 10). */
const FAR_ABOVE = 100;

const DIRECTION = { higher: '实际 ÷ 目标', lower: '目标 ÷ 实际(越低越好)', allowed: '1 − 实际 ÷ 允许值' } as const;

export const achievementKind: RuleKind<'achievement'> = {
  kind: 'achievement',
  title: '达成率(实际对目标)',
  schema: ruleSchema(
    'achievement',
    {
      actual: { oneOf: [IDENT, { type: 'object', additionalProperties: false, properties: { numerator: IDENT, denominator: IDENT, rate: IDENT, tolerance: { type: 'number', minimum: 0, maximum: 100 }, partOf: { type: 'boolean' } }, required: ['numerator', 'denominator'] }] },
      target: TARGET,
      direction: { enum: ['higher', 'lower', 'allowed'] },
      cap: { type: 'number', minimum: 0, maximum: 100 },
      name: LABEL,
    },
    ['actual', 'target'],
  ),
  inputs: (rule) => [
    ...(typeof rule.actual === 'string'
      ? [[rule.actual, NUMERIC] as [string, typeof NUMERIC]]
      : [[rule.actual.numerator, NUMERIC] as [string, typeof NUMERIC], [rule.actual.denominator, NUMERIC] as [string, typeof NUMERIC]]),
    ...(typeof rule.actual === 'object' && rule.actual.rate !== undefined ? [[rule.actual.rate, ['percent']] as [string, InputDef['type'][]]] : []),
    ...(typeof rule.target === 'object' ? [[rule.target.input, NUMERIC] as [string, typeof NUMERIC]] : []),
  ],
  check: (rule, item) => {
    const out: string[] = [];
    if (typeof rule.actual === 'object' && rule.actual.rate !== undefined) {
      // Either the rate or the counts is filled in: none of the three may be required.
      const ids = [rule.actual.rate, rule.actual.numerator, rule.actual.denominator];
      const required = item.inputs.filter((i) => ids.includes(i.id) && !i.optional).map((i) => i.id);
      if (required.length) out.push(`actual.rate:比率或计数二选一,输入 ${required.join('、')} 应为 optional`);
    }
    if (typeof rule.target === 'number' && rule.target <= 0) out.push('目标(target)应大于 0');
    if (rule.direction === 'allowed' && rule.cap !== undefined) out.push('direction 为 allowed 时得分率固定在 0..1,不用 cap');
    return out;
  },
  score: ({ rule, item, values, report }) => {
    const name = rule.name ?? '达成率';
    const problems: Problem[] = [];
    const actual = actualOf(rule, values, report);
    if ('problem' in actual) return { score: null, explanation: actual.explanation, problems: [actual.problem] };
    if ('zero' in actual) {
      const den = values.def(actual.zero);
      problems.push(report('zero-denominator', actual.zero, { case: 'actual', of: name }));
      return { score: null, explanation: `${den.label}为0,无法计算${name}`, problems };
    }
    // A rate of counts above 100 % (成交 120 of 询盘 100, 中差评 60 of 评价 50) is two figures swapped or mistyped: said.
    if (typeof rule.actual === 'object' && actual.value > 1 && (rule.actual.rate === undefined || values.filled(rule.actual.numerator))) {
      const { numerator, denominator } = rule.actual;
      problems.push(report('ratio-above-one', numerator, { numerator: values.def(numerator).label, value: values.number(numerator), denominator: values.def(denominator).label, total: values.number(denominator) }));
    }
    const target = targetOf(rule, values, actual.percent);
    const direction = rule.direction ?? 'higher';
    // The figure divided by: the target (higher, allowed) or the actual (lower). Zero is a located error.
    const divisor = direction === 'lower' ? actual : target;
    if (divisor.value === 0) {
      const at = direction === 'lower' ? (typeof rule.actual === 'string' ? rule.actual : undefined) : typeof rule.target === 'object' ? rule.target.input : undefined;
      const what = direction === 'lower' ? '实际值' : direction === 'allowed' ? '允许值' : '目标';
      problems.push(report('zero-denominator', at, { case: 'divisor', of: name, divisor: direction === 'lower' ? 'actual' : direction === 'allowed' ? 'allowed' : 'target' }));
      return { score: null, explanation: `${what}为0,无法计算${name}`, problems };
    }
    // Lower is better (响应时间): a target of 0 s would score 0 whatever the actual — a target left at 0 or mistyped,
    // as the catalog's conventions say, a located error like any target of 0.
    if (direction === 'lower' && target.value === 0) {
      const at = typeof rule.target === 'object' ? rule.target.input : undefined;
      problems.push(report('zero-denominator', at, { case: 'divisor', of: name, divisor: 'target' }));
      return { score: null, explanation: `目标为0,无法计算${name}`, problems };
    }
    let rate: number;
    let head: string;
    if (direction === 'higher') {
      rate = actual.value / target.value;
      head = `${name} ${actual.text} ÷ ${target.text} = ${formatPercent(rate)}`;
    } else if (direction === 'lower') {
      rate = target.value / actual.value;
      head = `${name} 目标 ${target.text} ÷ 实际 ${actual.text} = ${formatPercent(rate)}`;
    } else {
      const used = actual.value / target.value;
      rate = 1 - used;
      head = `${name} ${actual.text},1 − ${formatPercent(actual.value)} ÷ ${target.text} = ${formatPercent(rate)}`;
    }
    const cap = direction === 'allowed' ? 1 : (rule.cap ?? (direction === 'lower' ? 1 : undefined));
    // A target typed in 万元 over sales in 元 (张三 80,000 ÷ 10 capped to 100 %: 20 of 20 for 16, 86.50 一般 for 82.50
    // 待改进 at exit 0) passed as a good month: said at the target's cell when the actual is 100 times it or more.
    if (direction === 'higher' && cap !== undefined && typeof rule.target === 'object' && !actual.percent && !target.percent && rate >= FAR_ABOVE) {
      const def = values.def(rule.target.input);
      const of = typeof rule.actual === 'string' ? values.def(rule.actual).label : name;
      problems.push(report('target-far-below', rule.target.input, { of: name, actual: of, value: actual.value, target: target.value, unit: def.unit ?? '' }));
    }
    let counted = rate;
    let note = '';
    if (cap !== undefined && rate > cap) {
      counted = cap;
      note = `,超过${formatPercent(cap)}按${formatPercent(cap)}计`;
    } else if (rate < 0) {
      counted = 0;
      note = ',低于0按0计';
    }
    const score = counted * item.max;
    return { score, explanation: `${head}${note} × ${formatScore(item.max)} = ${formatScore(score)}`, problems };
  },
  describe: (rule, item) => {
    const counts = (a: { numerator: string; denominator: string }) => `「${inputName(item, a.numerator)}」÷「${inputName(item, a.denominator)}」`;
    const actual =
      typeof rule.actual === 'string'
        ? `「${inputName(item, rule.actual)}」`
        : rule.actual.rate !== undefined
          ? `「${inputName(item, rule.actual.rate)}」或 ${counts(rule.actual)}`
          : counts(rule.actual);
    const target = typeof rule.target === 'number' ? formatScore(rule.target) : `「${inputName(item, rule.target.input)}」`;
    const dir = rule.direction ?? 'higher';
    const cap = dir === 'allowed' ? ',限 0–100%' : (rule.cap ?? (dir === 'lower' ? 1 : undefined)) !== undefined ? `,最高按 ${formatPercent((rule.cap ?? 1))}` : '';
    return `${rule.name ?? '达成率'} = ${DIRECTION[dir]}(实际 ${actual},${dir === 'allowed' ? '允许值' : '目标'} ${target})× ${formatScore(item.max)}${cap}`;
  },
  codes: ['zero-denominator', 'ratio-above-one', 'rate-or-counts', 'target-far-below'],
};

export const achievement = achievementKind.score;
