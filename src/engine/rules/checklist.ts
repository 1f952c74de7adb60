// checklist: ticked boxes / applicable boxes × scaleTo (item max by default) ("5/6 项 × 100 = 83.3333").
import type { Problem } from '../../forms/problem.js';
import { formatScore } from '../round.js';
import { matchKey } from '../text.js';
import type { Rule } from './types.js';

const keys = (words: readonly string[]) => new Set(words.map(matchKey));
export const DEFAULT_YES = ['是', '√', '✓', '✔', '☑', '有', '符合', '达标', '对', 'y', 'yes', 'v', '1', 'true'];
export const DEFAULT_NO = ['否', '×', '✗', '✘', 'x', '无', '没有', '不符合', '不达标', '不对', 'n', 'no', '0', 'false', '☐', '□'];
export const DEFAULT_NA = ['不适用', 'n/a', 'na', '/', '-', '—', '无此项'];
const NO = keys(DEFAULT_NO);
const NA = keys(DEFAULT_NA);

export const checklist: Rule<'checklist'> = ({ rule, item, values, report }) => {
  const yes = keys(rule.yes ?? DEFAULT_YES);
  const scaleTo = rule.scaleTo ?? item.max;
  let ticked = 0;
  let notApplicable = 0;
  const problems: Problem[] = [];
  for (const id of rule.inputs) {
    const v = values.value(id);
    if (v === null) continue; // an empty box is not ticked
    const isChoice = typeof v === 'object' && !Array.isArray(v);
    const text = isChoice ? v.label : Array.isArray(v) ? v.join(',') : String(v);
    const key = matchKey(text);
    if (yes.has(key)) ticked++;
    else if (NA.has(key)) notApplicable++;
    else if (!NO.has(key) && !isChoice) {
      const expected = `应为 ${[...(rule.yes ?? DEFAULT_YES).slice(0, 3), '否', '不适用'].join(' / ')} 之一`;
      problems.push(report('error', 'unknown-choice', id, `${expected},实际为「${text}」`, { expected, actual: text }));
    }
  }
  if (problems.length > 0) return { score: null, explanation: '勾选内容无法识别', problems };
  const applicable = rule.inputs.length - notApplicable;
  const na = notApplicable > 0 ? `(不适用 ${notApplicable} 项)` : '';
  if (applicable === 0) {
    const body = '所有项均为不适用,无法计算';
    const problem = report('error', 'zero-denominator', undefined, body, { expected: '至少一项适用', actual: `不适用 ${notApplicable} 项` });
    return { score: null, explanation: body, problems: [problem] };
  }
  const score = (ticked * scaleTo) / applicable;
  return { score, explanation: `${ticked}/${applicable} 项 × ${formatScore(scaleTo)} = ${formatScore(score)}${na}`, problems: [] };
};
