// adjustment: signed points added to the total, with a reason ("+2(表扬信)"); subtract: the points typed are taken
// off (a 减分 column where 3 means −3).
import { formatSigned } from '../../model/round.js';
import { saysNoReason } from '../text.js';
import { IDENT, ruleSchema } from './schemaBits.js';
import { inputName, NUMERIC, type RuleKind } from './types.js';

/** A reason saying there was no adjustment: 「本月无奖惩」, 「无加分」, 「没有」, 「不扣分」, 「0」. */
const SAYS_NONE = /无|没有|没|未|不|零|^\s*[+-]?[0０](\.0+)?\s*分?\s*$/;

export const adjustmentKind: RuleKind<'adjustment'> = {
  kind: 'adjustment',
  title: '奖惩(加减分)',
  schema: ruleSchema('adjustment', { input: IDENT, reason: IDENT, subtract: { type: 'boolean' } }, ['input', 'reason']),
  inputs: (rule) => [[rule.input, NUMERIC], [rule.reason, ['text']]],
  score: ({ rule, values, report }) => {
    const typed = values.number(rule.input);
    const points = rule.subtract ? -typed : typed;
    const reason = values.text(rule.reason);
    // A reason beside points left blank (奖惩原因 「表扬信」, 奖惩分 empty): the points meant are not on the sheet. Scored
    // as written, 0 — said, as the reason says there was something (it was 0 without a word).
    // (A reason that says there was none — 「本月无奖惩」, 「无加分」, 「0」 — is that, not points forgotten.)
    if (points === 0 && reason && !values.filled(rule.input) && !SAYS_NONE.test(reason)) {
      const problem = report('points-missing', rule.input, { amount: values.def(rule.input).label, reason: values.def(rule.reason).label, text: reason }, 'warning');
      return { score: 0, explanation: `0(${values.def(rule.input).label}空着,「${reason}」未计分)`, problems: [problem] };
    }
    if (points === 0) return { score: 0, explanation: reason ? `0(${reason})` : '无奖惩 → 0', problems: [] };
    // (「无理由」, 「无原因」, 「略」, 「同上」 give none: 102 优秀 K 1.1 on a 加分 of 3 「同上」 under an empty reason.)
    if (!reason || saysNoReason(reason)) {
      // 「无」「/」 written as the reason (read as empty): said as written, not as 「空」.
      const written = reason || values.emptyWord(rule.reason);
      const problem = report('reason-required', rule.reason, { amount: values.def(rule.input).label, points, reason: values.def(rule.reason).label, ...(written ? { written } : {}) });
      // Not counted until a reason is given: the item is 未评分 as any other item with an error (得分·其它 showed 5.00
      // for a person not scored).
      return { score: null, explanation: `${formatSigned(points)}(未注明原因,未计入)`, problems: [problem] };
    }
    return { score: points, explanation: `${formatSigned(points)}(${reason})`, problems: [] };
  },
  describe: (rule, item) => {
    const input = item.inputs.find((i) => i.id === rule.input);
    // 「可为负」 only where the input takes a negative number (§11's 加分 is 0–10; its 减分 is an item of its own).
    const signed = input?.min === undefined || input.min < 0;
    return rule.subtract
      ? `「${inputName(item, rule.input)}」从总分中减去(填正数),须注明「${inputName(item, rule.reason)}」`
      : `「${inputName(item, rule.input)}」${signed ? '加减分(可为负)' : '加分'},直接计入总分,须注明「${inputName(item, rule.reason)}」`;
  },
  codes: ['reason-required', 'points-missing'],
};

export const adjustment = adjustmentKind.score;
