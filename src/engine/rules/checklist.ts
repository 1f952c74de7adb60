// checklist: boxes that pass / applicable boxes × scaleTo (item max by default) ("5/6 项 × 100 = 83.3333").
// A box passes when ticked (是, √, 符合), or — when the definition says how to judge a number — when the number
// entered meets it (回访率 ≥ 30 %, 到场 ≤ 20 分钟) or a count of irregularities stays under its threshold
// (「3处以上不规范为不达标」). 缺失 / 无记录 fail. 不适用 is accepted only where the definition allows it; a dash
// in a box that allows no 不适用 is an unticked box, never a silent 不适用.
import type { Problem } from '../../model/problem.js';
import type { CheckDef, InputDef, ItemDef } from '../../model/definition.js';
import type { Accepts } from '../../model/problems/index.js';
import { formatScore } from '../../model/round.js';
import { matchKey, parseDurationText, parseNumberText, tickMark } from '../text.js';
import { IDENT, LABEL, NUM, ruleSchema } from './schemaBits.js';
import { inputName, type RuleKind } from './types.js';

const keys = (words: readonly string[]) => new Set(words.map(matchKey));
export const DEFAULT_YES = ['是', '√', '✓', '✔', '☑', '有', '符合', '达标', '对', 'y', 'yes', 'v', '1', 'true'];
export const DEFAULT_NO = ['否', '×', '✗', '✘', '✕', 'x', '无', '没有', '不符合', '不达标', '不对', 'n', 'no', '0', 'false', '☐', '□'];
export const DEFAULT_FAIL = ['缺失', '无记录', '没有记录', '记录缺失', '无方案'];
export const DEFAULT_NA = ['不适用', 'n/a', 'na', '无此项'];
/** Dashes mean 不适用 only where it is allowed; elsewhere an unticked box. */
export const DASHES = ['/', '-', '—', '–', '―', '--', '——'];
/** How a count of irregularities says there were none. */
const NONE = keys(['无', '没有', '无不规范', '没有不规范', '均规范', '全部规范']);
/** 「无」「没有」 alone: under a record that may be missing, it could mean either. */
const BARE_NONE = keys(['无', '没有']);
const NA = keys(DEFAULT_NA);
/**
 * A count of irregularities answered with its verdict instead (§20 王五: 达标, 合格, √ / 不达标, ×): the score is 达标 checks
 * ÷ checks, so the verdict is what is judged. Only words that say it outright: 是, 否, 有, 1 in a count do not.
 */
const COUNT_PASS = keys(['达标', '合格', '符合', '√', '✓', '✔']);
const COUNT_FAIL = keys(['不达标', '不合格', '不符合', '×', '✗', '✘']);
const DASH = new Set(DASHES);

export const boxOf = (b: string | CheckDef): CheckDef => (typeof b === 'string' ? { input: b } : b);

type Verdict = 'pass' | 'fail' | 'na' | { problem: 'na' } | { problem: 'unknown'; accepts: Accepts };

const CHECK: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  properties: { input: IDENT, min: NUM, max: NUM, failAt: { type: 'number', minimum: 1, maximum: 1000000 }, notApplicable: { type: 'boolean' }, record: { type: 'boolean' }, criterion: LABEL, unclear: { type: 'array', maxItems: 20, items: LABEL } },
  required: ['input'],
};

export const checklistKind: RuleKind<'checklist'> = {
  kind: 'checklist',
  title: '勾选 / 达标检查',
  schema: ruleSchema(
    'checklist',
    {
      inputs: { type: 'array', minItems: 1, maxItems: 100, items: { oneOf: [IDENT, CHECK] } },
      yes: { type: 'array', maxItems: 50, items: LABEL },
      no: { type: 'array', maxItems: 50, items: LABEL },
      scaleTo: NUM,
      notApplicable: { type: 'boolean' },
      fail: { type: 'array', maxItems: 50, items: LABEL },
    },
    ['inputs'],
  ),
  inputs: (rule) => rule.inputs.map((b) => [boxOf(b).input, ['choice', 'text', 'integer', 'number', 'percent']]),
  check: (rule) => {
    const out: string[] = [];
    for (const b of rule.inputs.map(boxOf)) {
      if (b.min !== undefined && b.max !== undefined && b.min > b.max) out.push(`「${b.input}」min 不能大于 max`);
      if (b.failAt !== undefined && (b.min !== undefined || b.max !== undefined)) out.push(`「${b.input}」failAt 与 min/max 只能选一种判断方式`);
    }
    return out;
  },
  score: ({ rule, item, values, report }) => {
    const yes = keys(rule.yes ?? DEFAULT_YES);
    const no = keys(rule.no ?? DEFAULT_NO);
    const tickWords = rule.yes?.[0] && rule.no?.[0] ? { yes: rule.yes[0], no: rule.no[0] } : {};
    const failWords = keys(rule.fail ?? DEFAULT_FAIL);
    const scaleTo = rule.scaleTo ?? item.max;
    // Per criterion (a box alone is its own): boxes passed, failed, 不适用.
    const criteria = new Map<string, { pass: number; fail: number; na: number; name: string }>();
    const problems: Problem[] = [];
    const failedNotes: string[] = [];
    const warnings: Problem[] = [];
    for (const box of rule.inputs.map(boxOf)) {
      const v = values.value(box.input);
      const naAllowed = box.notApplicable ?? rule.notApplicable ?? false;
      const unit = unitOf(values.def(box.input));
      // 「/」「N/A」「无」「无记录」 in an optional box read as empty (values.ts): judged as typed, as in a required box —
      // 不适用 where allowed, 「N/A」 an error where not, 无记录 不达标. An optional number reads as its default when
      // empty: 「无记录」 or a blank under 投诉 ≤ 1 passed as 0 次 (10 for 7.5, exit 0). A blank measure has nothing to
      // judge (不达标, as an unticked box); a blank count of irregularities is none of them.
      const measure = box.failAt === undefined && (box.min !== undefined || box.max !== undefined);
      const word = values.emptyWord(box.input);
      const def = values.def(box.input);
      // 「无」「没有」「-」 under a count with an upper limit only (投诉 ≤ 1) is none of them: 0, as a count's 无 is
      // elsewhere; under a lower limit (回访率 ≥ 30 %) it is no figure, 不达标. A default the definition states is the
      // blank's value.
      const noneCount = word !== null && box.max !== undefined && box.min === undefined && (def.type === 'integer' || def.type === 'number') && (NONE.has(matchKey(word)) || DASH.has(word.trim()));
      const typed = noneCount ? 0 : (word ?? (measure && !values.filled(box.input) && def.default === undefined ? null : v));
      const verdict = judge(box, typed, { yes, no, failWords, naAllowed, unit, tickWords });
      // A dash read as 不适用 takes the criterion out of the count (15/16 for 15/17): said, since it may stand for 「not yet」.
      if (verdict === 'na' && typeof typed === 'string' && DASH.has(typed.trim())) warnings.push(report('not-applicable', box.input, { value: typed.trim(), dash: true }, 'warning'));
      // A rate typed as a plain 1 is 100 % here (0–1 is a fraction), but may have meant 1 %: said, as percent inputs say it.
      // (Just above 1 — 1.2 — is 1.2 % and nothing else: a rate here is at most 100 %, so 120 % is no reading to offer.)
      if (unit === '%' && (box.min !== undefined || box.max !== undefined) && typeof v === 'string' && parseNumberText(v, unit)?.percent === false && parseNumberText(v, unit)?.value === 1) {
        warnings.push(report('ambiguous-percent', box.input, { value: v.trim(), percent: 100 }, 'warning'));
      }
      const key = box.criterion ?? `\u0000${box.input}`;
      let tally = criteria.get(key);
      if (!tally) criteria.set(key, (tally = { pass: 0, fail: 0, na: 0, name: box.criterion ?? values.def(box.input).label }));
      if (verdict === 'pass') tally.pass++;
      else if (verdict === 'na') tally.na++;
      else if (verdict === 'fail') {
        tally.fail++;
        if (box.failAt !== undefined || box.min !== undefined || box.max !== undefined) failedNotes.push(whyFailed(box, values.def(box.input).label, typed, failWords, unit));
        // A criterion answered 不符合 on a form that names its cross (§6): named too, as the judged ones are.
        else if (rule.no?.length) {
          const named = box.criterion ?? values.def(box.input).label;
          if (!failedNotes.includes(named)) failedNotes.push(named);
        }
      } else {
        const text = shown(typed);
        problems.push(verdict.problem === 'na' ? report('not-applicable', box.input, { value: text, ...(box.failAt !== undefined && DASH.has(text.trim()) ? { count: true as const } : {}) }) : report('unknown-choice', box.input, { accepts: verdict.accepts, value: text }));
      }
    }
    if (problems.length > 0) return { score: null, explanation: '勾选内容无法识别', problems: [...problems, ...warnings] };
    const tallies = [...criteria.values()];
    const passed = tallies.filter((t) => t.fail === 0 && t.pass > 0).length;
    const naNames = tallies.filter((t) => t.fail === 0 && t.pass === 0).map((t) => t.name);
    const notApplicable = naNames.length;
    const applicable = tallies.length - notApplicable;
    // Which, by name: a 「/」 or 「-」 is read as 不适用 where the form allows it, and leaves the count — seen, not silent.
    const na = notApplicable > 0 ? `(不适用 ${notApplicable} 项:${naNames.slice(0, 3).join('、')}${notApplicable > 3 ? ' 等' : ''})` : '';
    if (applicable === 0) {
      const problem = report('zero-denominator', undefined, { case: 'all-not-applicable', notApplicable });
      return { score: null, explanation: '所有项均为不适用,无法计算', problems: [problem] };
    }
    const score = (passed * scaleTo) / applicable;
    // Every box of a list of ticks left blank (§18's 十项 of 工作知识, the rest of the sheet filled): 0 points, most likely
    // not rated yet — said, at the first box. Boxes judged by a figure (failAt, min, max) are no ticks to forget.
    const boxes = rule.inputs.map(boxOf);
    const ticks = boxes.filter((b) => b.failAt === undefined && b.min === undefined && b.max === undefined);
    if (ticks.length >= 2 && ticks.length === boxes.length && ticks.every((b) => !values.filled(b.input) && values.emptyWord(b.input) === null)) {
      warnings.push(report('nothing-ticked', ticks[0]!.input, { boxes: ticks.length, mark: rule.no?.[0] ?? tickWords.no ?? '×' }, 'warning'));
    }
    // Boxes marked 「x」 and left blank, none ticked: x is 不符合 here, but so is a blank — a rater who meant both the same
    // would mark all or none. Most likely the x is a tick as English forms use it (§27 scored 0 for 78.33, exit 0): said.
    const crosses = ticks.filter((b) => values.letterX(b.input));
    const blanks = ticks.filter((b) => !values.filled(b.input) && values.emptyWord(b.input) === null);
    if (!(rule.no ?? []).some((w) => /^x$/i.test(w.trim())) && ticks.length >= 2 && ticks.length === boxes.length && crosses.length > 0 && blanks.length > 0 && crosses.length + blanks.length === ticks.length) {
      warnings.push(report('crosses-only', crosses[0]!.input, { boxes: ticks.length, crosses: crosses.length, mark: 'x' }, 'warning'));
    }
    const failed = failedNotes.length ? `;不达标:${failedNotes.join('、')}` : '';
    // 20 over 9 boxes: each box is worth a fraction, say which one (每项 20/9).
    const each = scaleTo === 100 || Number.isInteger((scaleTo / applicable) * 10000) ? '' : `(每项 ${formatScore(scaleTo)}/${applicable})`;
    return { score, explanation: `${passed}/${applicable} 项 × ${formatScore(scaleTo)} = ${formatScore(score)}${each}${na}${failed}`, problems: warnings };
  },
  describe: (rule, item) => {
    const named = (b: CheckDef) => {
      const name = inputName(item, b.input);
      const input = item.inputs.find((i) => i.id === b.input);
      const test = criterion(b, input ? unitOf(input) : undefined);
      return test ? `${name}(${test})` : name;
    };
    // A criterion of several boxes is listed once, its boxes after it: 「业主回访记录(入户维修回访率≥30%…、…,均达标才算符合)」.
    const listed: string[] = [];
    const seen = new Set<string>();
    const boxes = rule.inputs.map(boxOf);
    for (const b of boxes) {
      if (b.criterion === undefined) listed.push(named(b));
      else if (!seen.has(b.criterion)) {
        seen.add(b.criterion);
        listed.push(`${b.criterion}(${boxes.filter((x) => x.criterion === b.criterion).map(named).join('、')},均达标才算达标)`);
      }
    }
    const scaleTo = rule.scaleTo ?? item.max;
    // Only where a box takes words: a box of listed choices accepts its choices alone.
    const takesWords = boxes.some((b) => item.inputs.find((i) => i.id === b.input)?.type !== 'choice');
    const fails = takesWords ? `;${(rule.fail ?? DEFAULT_FAIL.slice(0, 2)).join('、')}为不达标` : '';
    return `达标(勾选)项数 ÷ 适用项数 × ${formatScore(scaleTo)}:${listed.join('、')}${rule.notApplicable ? ';可填不适用' : ''}${fails}`;
  },
  codes: ['unknown-choice', 'not-applicable', 'zero-denominator', 'ambiguous-percent', 'nothing-ticked'],
};

/**
 * A rate a checklist judges against a bar, typed in a box of words (§6 入户维修回访率 ≥ 30 %, a text input in %): its
 * column's bare figures are read as a percent input's are (readRoster percentTyped, sheetPercents) — 0.5 beside 20 and 15
 * is 0.5 %, with the note; it was 50 %, 翠湖管理处 100 优秀 at exit 0 for 16/17 × 100 = 94.12.
 */
export function judgedRate(item: ItemDef, input: InputDef): boolean {
  if (item.rule.kind !== 'checklist' || input.type !== 'text' || unitOf(input) !== '%') return false;
  return item.rule.inputs.map(boxOf).some((b) => b.input === input.id && b.failAt === undefined && (b.min !== undefined || b.max !== undefined));
}

/** How a judged box passes: 「3 处以上不规范为不达标」, 「≥ 30 达标」; '' for a plain tick box. */
/** A percent input is in % whether or not its definition writes the unit (「回访率(≥ 30 达标)」 left it out). */
function unitOf(input: { type: string; unit?: string }): string | undefined {
  return input.unit ?? (input.type === 'percent' ? '%' : undefined);
}

function criterion(b: CheckDef, unit?: string): string {
  const u = unit === '%' ? '%' : '';
  if (b.failAt !== undefined) return `${formatScore(b.failAt)} 处以上不规范为不达标`;
  const withUnit = u || (unit ? ` ${unit}` : '');
  if (b.min !== undefined && b.max !== undefined) return `${formatScore(b.min)}${u}–${formatScore(b.max)}${withUnit} 达标`;
  if (b.min !== undefined) return `≥ ${formatScore(b.min)}${withUnit} 达标`;
  if (b.max !== undefined) return `≤ ${formatScore(b.max)}${withUnit} 达标`;
  return '';
}

/** Why a judged box failed, as its explanation says it: the record missing, or the figure against its test. */
function whyFailed(b: CheckDef, label: string, v: unknown, failWords: Set<string>, unit: string | undefined): string {
  const text = shown(v).trim();
  if (v === null || v === undefined || text === '') return `${label}未填`;
  if (failWords.has(matchKey(text))) return `${label}为「${text}」`;
  // A unit after a number only: 「不符合分钟」 read as a time (a word typed where 20 分钟 goes).
  const numeric = typeof v === 'number' || parseNumberText(text, unit) !== null;
  const shownUnit = !numeric ? '' : b.failAt !== undefined ? ' 处' : unit && unit !== '%' && !text.endsWith(unit) ? unit : '';
  // A rate as it was judged: 0.29 is 29 % (「0.29(≥ 30% 达标)」 read as a figure far under the bar's scale).
  const n = unit === '%' && b.failAt === undefined ? (typeof v === 'number' ? { value: v, percent: false } : parseNumberText(text, unit)) : null;
  const rate = n ? measured(n, typeof v === 'number', unit) : null;
  // A count of places as judged (「3处」, 「3次」 typed): 3 处, not 「3处 处」.
  const count = numeric && b.failAt !== undefined ? (typeof v === 'number' ? v : parseNumberText(text, unit)?.value) : undefined;
  const figure = count !== undefined ? formatScore(count) : rate !== null && !text.endsWith('%') ? `${formatScore(rate)}%` : text;
  return `${label} ${figure}${shownUnit}(${criterion(b, unit)})`;
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !Array.isArray(v)) return (v as { label: string }).label;
  return Array.isArray(v) ? v.join(',') : String(v);
}

function judge(
  box: CheckDef,
  v: unknown,
  o: { yes: Set<string>; no: Set<string>; failWords: Set<string>; naAllowed: boolean; unit: string | undefined; tickWords: { yes?: string; no?: string } },
): Verdict {
  if (v === null || v === undefined) return 'fail'; // an empty box is not ticked
  const text = shown(v);
  const own = matchKey(text);
  // ✅ / ❌ in a box whose words are √ / × only (not ✅ itself): the mark they stand for.
  const mark = typeof v === 'string' ? tickMark(text) : undefined;
  const key = mark && !o.yes.has(own) && !o.no.has(own) && (o.yes.has(matchKey(mark)) || o.no.has(matchKey(mark))) ? matchKey(mark) : own;
  const isChoice = typeof v === 'object' && !Array.isArray(v);
  const naWord = NA.has(key) || DASH.has(text.trim());
  const counted = box.failAt !== undefined;
  // 「无」 under a check whose missing record fails: no record (不达标) or no irregularity (达标)? Not for kpi to guess.
  // 「无不规范」「均规范」 say which: none found in a record that is there (it was the same error as a bare 无).
  if (counted && box.record && !isChoice && typeof v !== 'number' && (BARE_NONE.has(key) || DASH.has(text.trim()))) return { problem: 'unknown', accepts: { type: 'count', record: true } };
  if (naWord) {
    if (o.naAllowed) return 'na';
    // A dash in a count of irregularities (§20 「/」「—」 in 出租装修入住录入) says 不适用 as often as 0: refused as 不适用
    // is there, never read as 达标 (19/21 = 90.48 优秀 at exit 0 for 17/19 = 89.47 良好 read as not applicable).
    if (DASH.has(text.trim())) return counted ? { problem: 'na' } : 'fail';
    return { problem: 'na' };
  }
  if (o.failWords.has(key)) return 'fail';
  const judged = box.failAt !== undefined || box.min !== undefined || box.max !== undefined;
  if (judged) {
    // A time typed as an export writes it (「00:20:30」, 「20分30秒」, 「1200秒」) in a box judged in minutes: that time, as an
    // input counted in minutes reads it (engine/text parseDurationText). It was 「应为数字」 for 20.5 minutes.
    const duration = typeof v === 'number' || box.failAt !== undefined ? null : parseDurationText(text, o.unit);
    const n = typeof v === 'number' ? { value: v, percent: false } : (parseNumberText(text, o.unit) ?? (duration === null ? null : { value: duration, percent: false }));
    if (n && Number.isFinite(n.value)) {
      if (box.failAt !== undefined) {
        // A count of irregularities: −1 or 1.5 is a typing mistake, not a pass; so is a percentage (「100%」, a count in a
        // percent-formatted cell: 1 shown as 100 % failed as 100 irregularities, 0.02 shown as 2 % passed as 2).
        if (n.value < 0 || !Number.isInteger(n.value) || n.percent) return { problem: 'unknown', accepts: { type: 'count' } };
        return n.value >= box.failAt ? 'fail' : 'pass';
      }
      const value = measured(n, typeof v === 'number', o.unit);
      // A rate over 100 % or a negative time is a typing mistake (150 for 15): said, never judged a pass.
      if (value === null) return { problem: 'unknown', accepts: { type: 'measure', count: false, notApplicable: o.naAllowed, range: o.unit === '%' ? '0–100%' : '不小于 0', ...o.tickWords } };
      return (box.min === undefined || value >= box.min) && (box.max === undefined || value <= box.max) ? 'pass' : 'fail';
    }
  }
  // 「无」「没有」 in a count of irregularities is none (§20: 0 处不规范), not a failed box; any other word there is unclear.
  if (counted && !isChoice && typeof v !== 'number') {
    if (NONE.has(key)) return 'pass';
    if (COUNT_PASS.has(key)) return 'pass';
    if (COUNT_FAIL.has(key)) return 'fail';
  }
  // A box judged from a number takes the form's words too (§6 符合 / 不符合 beside 回访率): the message names them.
  // (A count's: one message for every word it does not take — 「合格」 was told 「应为数字(不规范处数)…」, 「达标」 「应为 0 或正整数…」.)
  if (counted && !isChoice) return { problem: 'unknown', accepts: { type: 'count' } };
  const accepts: Accepts = judged ? { type: 'measure', count: box.failAt !== undefined, notApplicable: o.naAllowed, ...(box.failAt === undefined ? o.tickWords : {}) } : { type: 'tick', notApplicable: o.naAllowed, ...o.tickWords };
  // The definition's words that do not tell (§6 「无」 under 「无…投诉」: none happened, or not met?): not for kpi to guess
  // (§6 scored it 不符合, exit 0).
  if (!isChoice && box.unclear?.some((w) => matchKey(w) === key)) return { problem: 'unknown', accepts };
  if (o.yes.has(key)) return 'pass';
  if (o.no.has(key)) return 'fail';
  // A choice renamed, its tick kept as another written form (「是」 with √ among its aliases, the rule's yes still √):
  // passed by that form — every box failed, 0.00 at exit 0.
  if (isChoice && ((v as { aliases?: string[] }).aliases ?? []).some((a) => o.yes.has(matchKey(a)))) return 'pass';
  if (isChoice) return 'fail'; // a choice that is not a yes-word (不符合) fails
  return { problem: 'unknown', accepts };
}

/**
 * The measured value a box is judged by, in its unit; null when it cannot be one (negative, or a rate over 100 %).
 * A rate typed without % reads like a percent input's (values.ts): 0–1 is a fraction (0.3 = 30 %, 1 = 100 %), above
 * it percent units. A number from a number or percent input is in its unit already.
 */
function measured(n: { value: number; percent: boolean }, fromInput: boolean, unit: string | undefined): number | null {
  if (n.value < 0) return null;
  if (unit !== '%' || fromInput) return n.value;
  const value = !n.percent && n.value <= 1 ? Number((n.value * 100).toPrecision(15)) : n.value;
  return value > 100 ? null : value;
}

export const checklist = checklistKind.score;
