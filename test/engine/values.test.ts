import { describe, expect, it } from 'vitest';
import type { InputDef, ItemDef } from '../../src/model/definition.js';
import type { RawValue } from '../../src/model/entries.js';
import { expectation, parseRaw, readValue } from '../../src/engine/values.js';
import type { SlotScope } from '../../src/engine/locate.js';

const integer0: InputDef = { id: 'n', label: '次数', type: 'integer', min: 0 };
const times: InputDef = { id: 'n', label: '迟到', type: 'integer', min: 0, optional: true, default: 0, unit: '次' };
const score0to10: InputDef = { id: 's', label: '得分', type: 'number', min: 0, max: 10, unit: '分' };
const households: InputDef = { id: 'n', label: '客户数', type: 'integer', min: 0, unit: '户' };
const signed: InputDef = { id: 'p', label: '奖惩分', type: 'number', min: -100, max: 100 };
const big: InputDef = { id: 'x', label: '销售额', type: 'number', min: 0 };
const rate: InputDef = { id: 'rate', label: '达成率', type: 'percent', min: 0, max: 100, unit: '%' };
const list: InputDef = { id: 'd', label: '每次扣分', type: 'list', min: 2, max: 5, optional: true, unit: '分' };
const level: InputDef = {
  id: 'level',
  label: '完成情况',
  type: 'choice',
  choices: [
    { label: '完成目标值要求', points: 20, aliases: ['完成'] },
    { label: '有部分不完整,但影响不大', points: 10, aliases: ['部分不完整'] },
    { label: '不完整且严重缺失', points: 0 },
  ],
};
const grade: InputDef = {
  id: 'g',
  label: '等级',
  type: 'choice',
  choices: [
    { label: '1级', points: 10, aliases: ['1'] },
    { label: '2级', points: 20, aliases: ['2'] },
    { label: '3级', points: 20 }, // same points as 2级: a bare 20 is ambiguous
  ],
};
const reason: InputDef = { id: 'r', label: '原因', type: 'text', optional: true };
const optionalCount: InputDef = { id: 'c', label: '次数', type: 'integer', min: 0, optional: true, default: 0 };

const num = (value: number, percentFormat?: boolean): RawValue => ({ kind: 'number', value, ...(percentFormat ? { percentFormat } : {}) });
const text = (value: string): RawValue => ({ kind: 'text', value });

describe('accepted numbers', () => {
  it.each<[string, InputDef, RawValue, unknown]>([
    ['number cell', integer0, num(3), 3],
    ['number in a text cell', integer0, text('3'), 3],
    ['surrounding spaces', integer0, text('  3 '), 3],
    ['ideographic space', integer0, text('\u30003\u3000'), 3],
    ['full-width digits', score0to10, text('８'), 8],
    ['full-width minus', signed, text('－２'), -2],
    ['unicode minus', signed, text('−2'), -2],
    ['plus sign', signed, text('+2'), 2],
    ['thousands separator', big, text('1,000'), 1000],
    ['full-width thousands separator', big, text('12,345.5'), 12345.5],
    ['unit 分', score0to10, text('8分'), 8],
    ['unit 次', times, text('3次'), 3],
    ['unit 次 after a space', times, text('3 次'), 3],
    ['回 means 次', times, text('3回'), 3],
    ['起, 件, 宗, 例 count incidents (客诉 3起): 次', times, text('3起'), 3],
    ['项 counts a check\'s lapses (§25 不达标项数 in 次: 1项)', times, text('1项'), 1],
    ['宗 means 次', times, text('3宗'), 3],
    ['件 means 单 (服务单 200件)', { id: 'o', label: '服务单数', type: 'integer', min: 0, unit: '单' }, text('200件'), 200],
    ['家 means 户', households, text('5家'), 5],
    ['人, 位, 个 mean 户 (customers are people: 「50人」 was refused)', households, text('50人'), 50],
    ['位 means 户', households, text('45位'), 45],
    ['zero-width space around the number', integer0, text('\u200b3\ufeff'), 3],
    ['formula noise 2.9999999999999996 is the 3 Excel shows', integer0, num(2.9999999999999996), 3],
    ['formula noise 3.0000000000000004', integer0, num(0.1 * 30 + 4.440892098500626e-16), 3],
    ['formula noise in a score: 8.999999999999998 → 9', score0to10, num(8.999999999999998), 9],
    ['own unit 户', households, text('5户'), 5],
    ['decimal', score0to10, text('7.5'), 7.5],
    ['a currency sign and separators', big, text('¥108,000'), 108000],
    ['a full-width currency sign', big, text('￥2000'), 2000],
    ['名, 份 mean 人', { ...integer0, unit: '人' }, text('50份'), 50],
    ['个 means 处', { ...integer0, unit: '处' }, text('3个'), 3],
    ['条 and 处 mean 次 (短信漏发 2条, 用语不规范 1处)', times, text('2条'), 2],
    ['a count of no unit typed with its word: 「30个」, 「200人」, 「188件」 (§10 新客户数 was refused as no whole number)', integer0, text('30个'), 30],
    ['「200人」 in a count of no unit', integer0, text('200 人'), 200],
  ])('%s', (_name, input, raw, want) => {
    expect(parseRaw(input, raw)).toEqual({ ok: true, value: want, empty: false });
  });
});

describe('percent inputs (value in 0–100 units)', () => {
  it.each<[string, RawValue, number]>([
    ['"90%"', text('90%'), 90],
    ['full-width "９０％"', text('９０％'), 90],
    ['plain fraction 0.9 → 90%', text('0.9'), 90],
    ['number cell 0.92 → 92%', num(0.92), 92],
    ['percent-formatted cell 0.92 → 92%', num(0.92, true), 92],
    ['percent-formatted 0.07 → 7% (no float noise)', num(0.07, true), 7],
    ['number > 1 means percent units', num(92), 92],
    ['text 92 means percent units', text('92'), 92],
  ])('%s', (_name, raw, want) => {
    expect(parseRaw(rate, raw)).toEqual({ ok: true, value: want, empty: false });
  });

  it('1 is a fraction, 100 %, with the other reading named (a target of 1 % read as 100 % scored 2 % ÷ 100 % × 15 = 0.3)', () => {
    expect(parseRaw(rate, num(1))).toEqual({ ok: true, value: 100, empty: false, ambiguous: { value: '1', percent: 100 } });
    expect(parseRaw(rate, text('1'))).toEqual({ ok: true, value: 100, empty: false, ambiguous: { value: '1', percent: 100 } });
    // Typed with %, or from a percent-formatted cell, it is what it says.
    expect(parseRaw(rate, text('1%'))).toEqual({ ok: true, value: 1, empty: false });
    expect(parseRaw(rate, num(0.01, true))).toEqual({ ok: true, value: 1, empty: false });
  });

  it('just above 1 (1.5) is read as typed, 1.5 %, with 150 % named (a team writing fractions meant 150 %: §1 scored 0)', () => {
    expect(parseRaw(rate, num(1.5))).toEqual({ ok: true, value: 1.5, empty: false, ambiguous: { value: '1.5', percent: 1.5, other: 150 } });
    // 2 and above is a percentage as typed, nothing said.
    expect(parseRaw(rate, num(2))).toEqual({ ok: true, value: 2, empty: false });
  });

  it('a percent-formatted cell is always a fraction: 1.04 → 104% → out of range', () => {
    expect(parseRaw(rate, num(1.04, true))).toMatchObject({ ok: false, code: 'out-of-range', actual: '104%' });
  });

  it('"90%" in a non-percent input is refused', () => {
    expect(parseRaw(big, text('90%'))).toMatchObject({ ok: false, code: 'not-a-number' });
  });

  it('a percentage in a score out of 100 is those points; in any other number input it is refused', () => {
    // §10 客户满意度: a survey score 0–100. A cell showing 90% holds 0.9: it is 90 points, not 0.9
    // (0.9 ÷ 100 × 20 = 0.18 of the item's 20 points, where 90 ÷ 100 × 20 = 18 is meant).
    const survey: InputDef = { id: 'score', label: '得分', type: 'number', min: 0, max: 100, unit: '分' };
    expect(parseRaw(survey, num(0.9, true))).toEqual({ ok: true, value: 90, empty: false });
    expect(parseRaw(survey, num(0.86, true))).toEqual({ ok: true, value: 86, empty: false });
    expect(parseRaw(survey, text('90%'))).toEqual({ ok: true, value: 90, empty: false });
    expect(parseRaw(survey, num(1.05, true))).toMatchObject({ ok: false, code: 'out-of-range', actual: '105%' });
    // A plain 0.9 in the same cell is 0.9 points, as typed — and marked, to be said as a warning (90 written as a fraction?).
    expect(parseRaw(survey, num(0.9))).toEqual({ ok: true, value: 0.9, empty: false, fraction: { value: '0.9' } });
    // 1 too: all of it as a fraction (100), or 1 point — read as typed, and said (it gave 0.05 of 5 without a word).
    expect(parseRaw(survey, num(1))).toEqual({ ok: true, value: 1, empty: false, fraction: { value: '1' } });
    expect(parseRaw(survey, num(1.5))).toEqual({ ok: true, value: 1.5, empty: false });
    // A count or a 1–5 mean formatted as a percentage: refused, showing what the cell shows.
    expect(parseRaw(integer0, num(0.5, true))).toMatchObject({ ok: false, code: 'not-a-number', actual: '50%' });
    const mean5: InputDef = { id: 'mean', label: '平均评分', type: 'number', min: 1, max: 5, unit: '分' };
    expect(parseRaw(mean5, num(0.9, true))).toMatchObject({ ok: false, code: 'not-a-number', actual: '90%' });
  });
});

describe('a team\'s number input in % (`type: number, unit: "%"`): a % written or formatted is a percent; a bare number as typed', () => {
  const goal: InputDef = { id: 'g', label: '目标转化率', type: 'number', unit: '%', min: 0 };
  it.each<[string, RawValue, number]>([
    ['"20%" (refused before)', text('20%'), 20],
    ['percent-formatted 0.2 (refused before)', num(0.2, true), 20],
    ['a bare 0.5 stays 0.5 % (a complaint rate: 20 − 10 × 0.5 = 15, not 20 − 10 × 50)', num(0.5), 0.5],
    ['20 → 20 %', num(20), 20],
  ])('%s', (_name, raw, want) => {
    const r = parseRaw(goal, raw);
    expect(r.ok && r.value).toBe(want);
    expect(r.ok && 'fraction' in r ? r.fraction : undefined).toBeUndefined();
  });
});

describe('choices', () => {
  it.each<[string, InputDef, RawValue, string]>([
    ['label', level, text('完成目标值要求'), '完成目标值要求'],
    ['alias', level, text('部分不完整'), '有部分不完整,但影响不大'],
    ['full-width comma for a half-width one', level, text('有部分不完整,但影响不大'), '有部分不完整,但影响不大'],
    ['other punctuation and spaces', level, text(' 有部分不完整、 但影响不大 '), '有部分不完整,但影响不大'],
    ['points typed as a number', level, num(10), '有部分不完整,但影响不大'],
    ['points typed as text', level, text('20'), '完成目标值要求'],
    ['alias "1" before points', grade, num(1), '1级'],
    ['full-width alias', grade, text('２'), '2级'],
  ])('%s', (_name, input, raw, want) => {
    const r = parseRaw(input, raw);
    expect(r.ok && r.value !== null && typeof r.value === 'object' && !Array.isArray(r.value) ? r.value.label : r).toBe(want);
  });

  it.each<[string, InputDef, RawValue]>([
    ['unknown text', level, text('还行')],
    ['points of no option', level, num(15)],
    ['points shared by two options (ambiguous)', grade, num(20)],
    ['a sign after an alias: 1-', grade, text('1-')],
    ['a question mark: 2?', grade, text('2?')],
    ['a plus: 2+', grade, text('2+')],
    // §17 服务态度 「25%」 was read as the option worth 25 分 (95 通过, exit 0).
    ['a percentage typed as text: 「20%」 is not the option of 20 分', level, text('20%')],
    ['a percentage, full-width: 「２０％」', level, text('２０％')],
    ['a number shown as a percentage (0.2 in 0%): 「20%」', level, num(0.2, true)],
    ['a number with a % in its format (20 in 0"%")', level, { kind: 'number', value: 20, percentSign: true }],
  ])('refuses %s', (_name, input, raw) => {
    expect(parseRaw(input, raw)).toMatchObject({ ok: false, code: 'unknown-choice' });
  });

  it('the message lists the allowed options', () => {
    expect(expectation(level)).toBe('应为以下之一:完成目标值要求 / 有部分不完整,但影响不大 / 不完整且严重缺失(或对应分值 20/10/0)');
  });
});

describe('a choice typed as the catalog writes it, points then words (§17 「15 有一定了解偶有错误」)', () => {
  const label = (r: ReturnType<typeof parseRaw>) => (r.ok && r.value !== null && typeof r.value === 'object' && !Array.isArray(r.value) ? r.value.label : r);
  it.each<[string, InputDef, string, string]>([
    ['points, a space, an alias', level, '10 部分不完整', '有部分不完整,但影响不大'],
    ['points and the label with no space', level, '20完成目标值要求', '完成目标值要求'],
    ['full-width points', level, '２０ 完成', '完成目标值要求'],
    ['0 points', level, '0 不完整且严重缺失', '不完整且严重缺失'],
    // 2级 and 3级 are both 20: the points are the words' own, though a bare 20 names neither.
    ['points two options share, the words telling which', grade, '20 3级', '3级'],
    // after-sales: 「1」 is 1级's own word (10 分): the number names the words' option.
    ['a number that is the option\'s alias', grade, '1 1级', '1级'],
  ])('%s', (_name, input, typed, want) => {
    expect(label(parseRaw(input, text(typed)))).toBe(want);
  });

  it('points naming another option (or none) are refused with both readings, not the plain list', () => {
    // 部分不完整 is 10; 20 is 完成目标值要求.
    expect(parseRaw(level, text('20 部分不完整'))).toMatchObject({ ok: false, code: 'choice-points-clash', actual: '20 部分不完整', pointed: { words: '部分不完整', wordsPoints: 10, points: 20, other: '完成目标值要求' } });
    // 15 is no option's points.
    const none = parseRaw(level, text('15 完成'));
    expect(none).toMatchObject({ ok: false, code: 'choice-points-clash', pointed: { words: '完成', wordsPoints: 20, points: 15 } });
    expect(!none.ok && none.pointed?.other).toBeUndefined();
    // 2 is 2级's alias (20), the words 1级 (10).
    expect(parseRaw(grade, text('2 1级'))).toMatchObject({ ok: false, code: 'choice-points-clash', pointed: { words: '1级', wordsPoints: 10, points: 2, other: '2级' } });
  });

  it('words that are no option or a survey\'s option number are refused as before (unknown-choice)', () => {
    for (const typed of ['20 还行', '1.完成', '20 20', '还行(20分)']) expect(parseRaw(level, text(typed)), typed).toMatchObject({ ok: false, code: 'unknown-choice' });
  });

  it('points with 分 or a colon before the words, or with 分 after them (review 60): the option — 完成 is 20', () => {
    for (const typed of ['20分完成', '20分 完成', '20:完成', '20、完成', '完成(20分)', '完成 20分', '完成目标值要求:20分', '部分不完整(10分)']) {
      const want = typed.includes('部分') ? 10 : 20;
      expect(parseRaw(level, text(typed)), typed).toMatchObject({ ok: true, value: { points: want } });
    }
    // 「完成(10分)」: the words say 20 — refused with both readings.
    expect(parseRaw(level, text('完成(10分)'))).toMatchObject({ ok: false, code: 'choice-points-clash' });
  });

  // Review 61. after-sales 服务意识 (1级 … 5级 = 10 … 50, each with its number and 一级… as aliases): 「4级(40分)」「3级(30分)」
  // 「4级 40分」 were refused unknown-choice — the points-first reading took the 4 of 「4级」 as points, 「级(40分)」 as
  // words, and the words-then-points reading was never tried — while 「三级(30分)」 and 「40分 4级」 read.
  const levels: InputDef = { id: 'level', label: '等级', type: 'choice', choices: [1, 2, 3, 4, 5].map((n) => ({ label: `${n}级`, points: n * 10, aliases: [`${'一二三四五'[n - 1]}级`, String(n)] })) };
  it('a level then its points (「4级(40分)」「4级 40分」「3级:30分」): the level — its points are n × 10', () => {
    for (const [typed, want] of [['4级(40分)', 40], ['3级(30分)', 30], ['4级 40分', 40], ['2级(20分)', 20], ['3级:30分', 30], ['三级(30分)', 30], ['40分 4级', 40], ['4级 40', 40], ['3 3级', 30]] as const) {
      expect(parseRaw(levels, text(typed)), typed).toMatchObject({ ok: true, value: { points: want } });
    }
    // The points of another level: refused with both readings (4级 is 40; 30 is 3级).
    expect(parseRaw(levels, text('4级(30分)'))).toMatchObject({ ok: false, code: 'choice-points-clash', pointed: { words: '4级', wordsPoints: 40, points: 30, other: '3级' } });
    // A bare 「40分」 is 4级 by its points, as before (no 「4」 then 「0分」, no 「40」 then 「分」).
    expect(parseRaw(levels, text('40分'))).toMatchObject({ ok: true, value: { label: '4级' } });
    // A range of levels is no level: refused as before, not read as 1 then 2级.
    expect(parseRaw(levels, text('1-2级'))).toMatchObject({ ok: false, code: 'unknown-choice' });
  });

  it('the words then bare points, and points in brackets or after a dash or slash (§17, review 61): the option — 完成 is 20', () => {
    // Each was refused unknown-choice though 「20 完成」 read.
    for (const typed of ['完成 20', '完成:20', '完成/20', '完成——20分', '完成/20分', '完成【20分】', '【20分】完成', '(20分)完成', '[20]完成', '20-完成', '20/完成', '20——完成', '完成(20)', '部分不完整 10', '【10分】部分不完整']) {
      const want = typed.includes('部分') ? 10 : 20;
      expect(parseRaw(level, text(typed)), typed).toMatchObject({ ok: true, value: { points: want } });
    }
    // Points of another option, or of none (1.5): refused with both readings, as before.
    for (const typed of ['完成 10', '【10分】完成', '完成——10分', '10-完成', '完成 1.5分', '完成 1.5']) expect(parseRaw(level, text(typed)), typed).toMatchObject({ ok: false, code: 'choice-points-clash' });
    // Run together after the words, or words that are no option: unknown-choice, as before.
    for (const typed of ['完成20', '还行 20', '还行【20分】', '20 20', '1.5分']) expect(parseRaw(level, text(typed)), typed).toMatchObject({ ok: false, code: 'unknown-choice' });
  });

  // Review 62. §17 专业知识 (max 20) 「15(有一定了解)」 — points then the words in brackets — and 「15/20」 — points out of the
  // item's max — were refused unknown-choice though 「15 有一定了解」 and 「15」 read.
  const knows: InputDef = { id: 'level', label: '评价', type: 'choice', choices: [
    { label: '熟悉公司产品和服务,并能提供准确的解答和帮助', points: 20, aliases: ['20分', '熟悉并准确'] },
    { label: '对公司产品和服务有一定了解,但偶尔出现错误或不清楚的情况', points: 15, aliases: ['15分', '有一定了解偶有错误', '有一定了解'] },
    { label: '对公司产品和服务了解不深,经常出现错误或不清楚的情况', points: 10, aliases: ['10分', '了解不深经常错误', '了解不深'] },
    { label: '对公司产品和服务了解较少,无法提供准确的解答和帮助', points: 5, aliases: ['5分', '了解较少'] },
  ] };
  const p2: ItemDef = { id: 'P2', label: '专业知识', max: 20, inputs: [knows], rule: { kind: 'choice', input: 'level' } };
  const readIn = (item: ItemDef, input: InputDef, typed: string) => readValue(input, { raw: text(typed), at: { sheet: '张三', cell: 'D6' } }, { item, rater: '', person: '张三', personAt: { sheet: '张三' } });
  it('points then the words in brackets (「15(有一定了解)」): the option where the words are its own', () => {
    for (const [typed, want] of [['15(有一定了解)', 15], ['15(有一定了解)', 15], ['15分(有一定了解)', 15], ['15【有一定了解】', 15], ['20(熟悉并准确)', 20]] as const) {
      expect(parseRaw(knows, text(typed)), typed).toMatchObject({ ok: true, value: { points: want } });
    }
    // The words of another option: refused with both readings (有一定了解 is 15; 20 is 熟悉并准确).
    expect(parseRaw(knows, text('20(有一定了解)'))).toMatchObject({ ok: false, code: 'choice-points-clash', pointed: { words: '有一定了解', wordsPoints: 15, points: 20 } });
    // Words that are no option: refused as before.
    expect(parseRaw(knows, text('15(还行)'))).toMatchObject({ ok: false, code: 'unknown-choice' });
  });
  it('points out of the item\'s max (「15/20」 in 专业知识, max 20): that option; another denominator stays refused', () => {
    for (const [typed, want] of [['15/20', 15], ['20/20', 20], ['5/20', 5], ['15分/20分', 15], ['15 / 20', 15]] as const) {
      expect(readIn(p2, knows, typed), typed).toMatchObject({ ok: true, value: { points: want } });
    }
    // 30 is not 专业知识's max; 12 no option's points; outside the item (parseRaw alone) nothing says what 20 is.
    // (「15分/20分」 alone splits as the words 15分 then 20 points: a clash there, as before.)
    for (const typed of ['15/30', '12/20', '15/10']) expect(readIn(p2, knows, typed), typed).toMatchObject({ ok: false, problem: { code: 'unknown-choice' } });
    expect(parseRaw(knows, text('15/20'))).toMatchObject({ ok: false, code: 'unknown-choice' });
    // A choice whose options are coefficients of the max (of: max, §4 达成 1.0): no points out of the max.
    const coefficient: InputDef = { id: 'c', label: '达成', type: 'choice', choices: [{ label: '达成', points: 1 }, { label: '低标', points: 0.8 }] };
    const ofMax: ItemDef = { id: 'D1', label: '工作计划', max: 1, inputs: [coefficient], rule: { kind: 'choice', input: 'c', of: 'max' } };
    expect(readIn(ofMax, coefficient, '1/1')).toMatchObject({ ok: false, problem: { code: 'unknown-choice' } });
  });

  // Review 62. §1 以客户为中心: each level 1级 … 5级 with its wording as an alias. 「3级 找出客户深层次…」 (the level then its
  // wording, cut short) and 「第4级」 were refused unknown-choice.
  const wording = ['提供必要服务', '迅速而不可分辩解决客户需求', '找出客户深层次(真实)需求并提供相应产品服务', '成为客户信赖对象,并维护组织利益下影响客户决策', '维护客户利益,而促进长远组织利益'];
  const centred: InputDef = { id: 'level', label: '等级', type: 'choice', choices: [1, 2, 3, 4, 5].map((n) => ({ label: `${n}级`, points: n * 10, aliases: [`${'一二三四五'[n - 1]}级`, String(n), wording[n - 1]!] })) };
  it('a level then its wording, whole or cut short, and 「第4级」: the level', () => {
    for (const [typed, want] of [
      ['3级 找出客户深层次…', 30], ['3级 找出客户深层次(真实)需求并提供相应产品服务', 30], ['3级:找出客户深层次...', 30], ['三级 找出客户深层次', 30],
      ['第4级', 40], ['第四级', 40], ['第4级 成为客户信赖对象…', 40], ['1级 提供必要服务', 10], ['3级 找出客户深层次(真实', 30],
    ] as const) {
      expect(parseRaw(centred, text(typed)), typed).toMatchObject({ ok: true, value: { points: want } });
    }
  });
  it('a level with another level\'s wording: refused choice-points-clash naming both; wording of none stays unknown-choice', () => {
    expect(parseRaw(centred, text('3级 提供必要服务'))).toMatchObject({ ok: false, code: 'choice-points-clash', pointed: { words: '提供必要服务', wordsPoints: 10, points: 30, other: '3级', named: '3级' } });
    const item: ItemDef = { id: 'B2', label: '以客户为中心', max: 50, inputs: [centred], rule: { kind: 'choice', input: 'level' } };
    const r = readIn(item, centred, '4级 找出客户深层次…');
    expect(r.ok ? '' : r.problem.message).toBe('张三!D6:「以客户为中心」填的「4级 找出客户深层次...」里的等级与文字不一致:按文字「找出客户深层次」是 30 分的一档,按等级「4级」是 40 分的一档;没有计入;请改成一致的等级和文字,或只写其中一种,改后重新评分');
    // Wording of no level, a single character, two levels, a range: unknown-choice as before.
    for (const typed of ['3级 很好', '3级 找', '3级 4级', '1-2级', '第六级', '第3', '3级找出客户深层次']) expect(parseRaw(centred, text(typed)), typed).toMatchObject({ ok: false, code: 'unknown-choice' });
    // The level with its points reads as before (review 61).
    expect(parseRaw(centred, text('3级(30分)'))).toMatchObject({ ok: true, value: { points: 30 } });
  });

  it('a 5分 … 1分 scale: 「5分」 alone is that option; 「5 4分」 refused', () => {
    const five: InputDef = { id: 's', label: '评分', type: 'choice', choices: [5, 4, 3, 2, 1].map((n) => ({ label: `${n}分`, points: n })) };
    expect(parseRaw(five, text('5分'))).toMatchObject({ ok: true, value: { label: '5分' } });
    expect(parseRaw(five, num(4))).toMatchObject({ ok: true, value: { label: '4分' } });
    expect(parseRaw(five, text('5 4分'))).toMatchObject({ ok: false, code: 'choice-points-clash' });
  });

  // §18 工作知识: ten ticks scaled to 20, each worth 2; 合作精神: nine scaled to 20, each 20/9 = 2.22. The tick choice's own
  // points are 1, so 「√ 2分」 was refused choice-points-clash, 「√ 是 1 分的一档」.
  it('a tick typed with the points it is worth in its checklist (「√ 2分」 where ten ticks make 20) is the tick', () => {
    const tick: InputDef = { id: 'k1', label: '经常询问客服问题', type: 'choice', optional: true, choices: [{ label: '√', points: 1, aliases: ['是', '1'] }, { label: '×', points: 0, aliases: ['否', '0'] }] };
    const ids = (n: number, p: string) => Array.from({ length: n }, (_, k) => `${p}${k + 1}`);
    const knowledge: ItemDef = { id: 'B2', label: '工作知识', max: 20, inputs: ids(10, 'k').map((id) => ({ ...tick, id })), rule: { kind: 'checklist', inputs: ids(10, 'k'), scaleTo: 20 } };
    const teamwork: ItemDef = { id: 'B5', label: '合作精神', max: 20, inputs: ids(9, 'k').map((id) => ({ ...tick, id })), rule: { kind: 'checklist', inputs: ids(9, 'k'), scaleTo: 20 } };
    const read = (item: ItemDef, typed: string) => readValue(tick, { raw: text(typed), at: { sheet: '杨帆', cell: 'F9' } }, { item, rater: '', person: '杨帆', personAt: { sheet: '杨帆' } });
    // 20 / 10 = 2 a tick.
    for (const typed of ['√ 2分', '√(2分)', '√ 2', '是 2分']) expect(read(knowledge, typed), typed).toMatchObject({ ok: true, value: { label: '√' } });
    // 20 / 9 = 2.2222 a tick: 2.22 to the cent.
    expect(read(teamwork, '√ 2.22分')).toMatchObject({ ok: true, value: { label: '√' } });
    // 「√ 1分」: 1 is the tick's own point (a box passes) — the tick, as 「√ 1」 is (refused for a while in review 62, which
    // left §27's 「√ 1分」 per box unscored). So with 分 before the tick, in brackets, and in 合作精神 (2.22).
    for (const [item, typed] of [[knowledge, '√ 1分'], [knowledge, '1分 √'], [knowledge, '√(1分)'], [knowledge, '是 1分'], [teamwork, '√ 1分']] as const) {
      expect(read(item, typed), typed).toMatchObject({ ok: true, value: { label: '√' } });
    }
    for (const typed of ['√ 1', '√', '1']) expect(read(knowledge, typed), typed).toMatchObject({ ok: true, value: { label: '√' } });
    // A checklist whose tick is worth its own point (ten boxes over 10): 「√ 1分」 agrees, read as before.
    const tens: ItemDef = { ...knowledge, max: 10, rule: { kind: 'checklist', inputs: ids(10, 'k'), scaleTo: 10 } };
    expect(read(tens, '√ 1分')).toMatchObject({ ok: true, value: { label: '√' } });
    // The cross with its 0: read as before.
    expect(read(knowledge, '× 0分')).toMatchObject({ ok: true, value: { label: '×' } });
    // Kept: a cross with 2, a tick with 3, 2 where a tick is 2.22: refused.
    for (const [item, typed] of [[knowledge, '× 2分'], [knowledge, '√ 3分'], [teamwork, '√ 2分']] as const) {
      expect(read(item, typed), typed).toMatchObject({ ok: false, problem: { code: 'choice-points-clash' } });
    }
    // Outside a checklist the tick is 1 point: 「√ 2分」 still clashes.
    const single: ItemDef = { id: 'X', label: '是否回访', max: 2, inputs: [tick], rule: { kind: 'choice', input: 'k1' } };
    expect(read(single, '√ 2分')).toMatchObject({ ok: false, problem: { code: 'choice-points-clash' } });
  });

  it('not where a number may be a count (无 / 有) or a code (numbersArePoints false): refused as before', () => {
    const veto: InputDef = { id: 'c', label: '重大客诉', type: 'choice', choices: [{ label: '无', points: 1 }, { label: '有', points: 0 }] };
    expect(parseRaw(veto, text('1 无'))).toMatchObject({ ok: false, code: 'unknown-choice' });
    const coded: InputDef = { ...level, numbersArePoints: false };
    for (const typed of ['20 完成', '10 完成']) expect(parseRaw(coded, text(typed)), typed).toMatchObject({ ok: false, code: 'unknown-choice' });
  });

  it('the located message names the cell, the words\' option and the points\' option', () => {
    const a3: ItemDef = { id: 'A3', label: '客户回访', max: 20, inputs: [level], rule: { kind: 'choice', input: 'level' } };
    const r = readValue(level, { raw: text('20 部分不完整'), at: { sheet: '3月', cell: 'D9' } }, { item: a3, rater: '', person: '张三', personAt: { sheet: '3月' } });
    expect(r.ok ? '' : r.problem.message).toBe('3月!D9:「客户回访」填的「20 部分不完整」里的分值与文字不一致:按文字「部分不完整」是 10 分的一档,按分值 20 分是「完成目标值要求」一档;没有计入;请改成一致的分值和文字(如「10 部分不完整」),或只写其中一种,改后重新评分');
  });
});

describe('a choice of 无 / 有 (a team\'s veto 重大客诉 无 = 1 / 有 = 0): a number typed there may be a count of it', () => {
  const veto: InputDef = { id: 'c', label: '重大客诉', type: 'choice', choices: [{ label: '无', points: 1 }, { label: '有', points: 0 }] };
  const yesNo: InputDef = { id: 'o', label: '业主满意', type: 'choice', choices: [{ label: '是', points: 2 }, { label: '否', points: 0 }] };
  const label = (r: ReturnType<typeof parseRaw>) => (r.ok && r.value !== null && typeof r.value === 'object' && !Array.isArray(r.value) ? r.value.label : r);

  it('0 (no complaints, or 0 分 = 有) and 1 (one complaint, or 1 分 = 无) are refused: read as points, 0 zeroed the month', () => {
    for (const raw of [num(0), num(1), text('0'), text('1次')]) expect(parseRaw(veto, raw), JSON.stringify(raw)).toMatchObject({ ok: false, code: 'unknown-choice' });
    expect(expectation(veto)).toBe('应为以下之一:无 / 有(请写字:数字分不清是次数还是分值)');
  });

  it('the words are read as before; a 是 / 否 whose points agree with a count (0 = 否, 2 = 是) takes numbers as before', () => {
    expect([label(parseRaw(veto, text('无'))), label(parseRaw(veto, text('有')))]).toEqual(['无', '有']);
    expect([label(parseRaw(yesNo, num(0))), label(parseRaw(yesNo, num(2)))]).toEqual(['否', '是']);
    expect(expectation(yesNo)).toBe('应为以下之一:是 / 否(或对应分值 2/0)');
  });
});

describe('lists', () => {
  it.each<[string, RawValue, number[]]>([
    ['3,2,5', text('3,2,5'), [3, 2, 5]],
    ['full-width commas 3,2,5', text('3,2,5'), [3, 2, 5]],
    ['enumeration comma 3、2、5', text('3、2、5'), [3, 2, 5]],
    ['spaces 3 2 5', text('3 2 5'), [3, 2, 5]],
    ['full-width digits', text('３,２'), [3, 2]],
    ['units', text('3分,2分'), [3, 2]],
    ['trailing comma', text('3,2,'), [3, 2]],
    ['a single number cell', num(4), [4]],
    ['a single number as text', text('4'), [4]],
    ['无 = no incidents', text('无'), []],
  ])('%s', (_name, raw, want) => {
    expect(parseRaw(list, raw)).toEqual({ ok: true, value: want, empty: false });
  });

  it('empty optional list → []', () => {
    expect(parseRaw(list, { kind: 'empty' })).toEqual({ ok: true, value: [], empty: true });
  });
  it.each<[string, RawValue, string]>([
    ['an element out of range', text('3,6'), 'out-of-range'],
    ['a word in the list', text('3,两'), 'bad-list'],
    ['a single number out of range', num(1), 'out-of-range'],
  ])('refuses %s', (_name, raw, code) => {
    expect(parseRaw(list, raw)).toMatchObject({ ok: false, code });
  });
});

describe('empty cells', () => {
  it.each<[string, InputDef, RawValue | undefined, unknown]>([
    ['optional count → default', optionalCount, { kind: 'empty' }, 0],
    ['optional count, missing entry → default', optionalCount, undefined, 0],
    ['optional number with default 5', { ...optionalCount, default: 5 }, text('   '), 5],
    ['optional text → null', reason, { kind: 'empty' }, null],
  ])('%s', (_name, input, raw, want) => {
    expect(parseRaw(input, raw)).toEqual({ ok: true, value: want, empty: true });
  });
  it('a required input refuses an empty cell', () => {
    expect(parseRaw(integer0, { kind: 'empty' })).toMatchObject({ ok: false, code: 'required' });
    expect(parseRaw(integer0, text(' \u3000 '))).toMatchObject({ ok: false, code: 'required' });
  });
});

describe('refused values', () => {
  it.each<[string, InputDef, RawValue, string]>([
    ['Chinese numerals', integer0, text('两次'), 'not-a-number'],
    ['words', score0to10, text('良好'), 'not-a-number'],
    ['NaN text', score0to10, text('NaN'), 'not-a-number'],
    ['Infinity text', score0to10, text('Infinity'), 'not-a-number'],
    ['1e999 overflows', big, text('1e999'), 'not-a-number'],
    ['1e1 is not read as 10', big, text('1e1'), 'not-a-number'],
    ['1E1', big, text('1E1'), 'not-a-number'],
    ['two numbers with a space: 1 2', big, text('1 2'), 'not-a-number'],
    ['a space thousands grouping is not guessed: 1 000', big, text('1 000'), 'not-a-number'],
    ['full-width digits with an ideographic space: １\u3000２', big, text('１\u3000２'), 'not-a-number'],
    ['full-width digits with a space: １ ２', big, text('１ ２'), 'not-a-number'],
    ['zero-width space inside: 1\u200b2', big, text('1\u200b2'), 'not-a-number'],
    ['word joiner inside: 1\u20602', big, text('1\u20602'), 'not-a-number'],
    ['soft hyphen inside: 1\u00ad2', big, text('1\u00ad2'), 'not-a-number'],
    ['bidi mark inside: 1\u200e2', big, text('1\u200e2'), 'not-a-number'],
    ['minutes in a count: 10分钟', times, text('10分钟'), 'not-a-number'],
    ['hours in a count: 2小时', times, text('2小时'), 'not-a-number'],
    ['another count unit: 3个', times, text('3个'), 'not-a-number'],
    ['points in a count: 2分', times, text('2分'), 'not-a-number'],
    ['a unit on an input without one: 3次', integer0, text('3次'), 'not-a-number'],
    ['2.9999999 is not float noise', integer0, num(2.9999999), 'not-an-integer'],
    ['NaN number cell', score0to10, num(Number.NaN), 'not-a-number'],
    ['Infinity number cell', big, num(Number.POSITIVE_INFINITY), 'not-a-number'],
    ['two numbers in a number input', big, text('3,5'), 'not-a-number'],
    ['non-integer for an integer', integer0, num(1.5), 'not-an-integer'],
    ['non-integer text for an integer', times, text('2.5次'), 'not-an-integer'],
    ['below min', integer0, num(-1), 'out-of-range'],
    ['above max', score0to10, text('11'), 'out-of-range'],
    ['percent above max', rate, text('120%'), 'out-of-range'],
    ['boolean', integer0, { kind: 'boolean', value: true }, 'boolean-value'],
    ['date', integer0, { kind: 'date', value: '2024-03-05' }, 'date-value'],
    ['a date in a number of seconds', { id: 's', label: '平均响应秒数', type: 'number', min: 0, unit: '秒' }, { kind: 'date', value: '2024-03-05' }, 'date-value'],
    ['a duration format ([ss]) in a number of seconds', { id: 's', label: '平均响应秒数', type: 'number', min: 0, unit: '秒' }, { kind: 'date', value: '40', elapsed: true }, 'duration-value'],
    ['error value', integer0, { kind: 'error', value: '#DIV/0!' }, 'error-value'],
    ['formula without result', integer0, { kind: 'formula-without-result', formula: 'SUM(B2:B4)' }, 'formula-without-result'],
    ['boolean for a choice', level, { kind: 'boolean', value: false }, 'boolean-value'],
  ])('%s', (_name, input, raw, code) => {
    expect(parseRaw(input, raw)).toMatchObject({ ok: false, code });
  });

  it('a time cell in a number of seconds or minutes is that time (sales-cs-kpi 0:00:40 was refused as a date)', () => {
    const seconds: InputDef = { id: 's', label: '平均响应秒数', type: 'number', min: 0, unit: '秒' };
    const minutes: InputDef = { id: 'm', label: '到场分钟', type: 'integer', min: 0, unit: '分钟' };
    // 0:00:40 = 40 s; 0:01:30 = 90 s; in minutes 0:00:40 is 2/3 of a minute, no integer.
    expect(parseRaw(seconds, { kind: 'date', value: '00:00:40' })).toEqual({ ok: true, value: 40, empty: false });
    expect(parseRaw(seconds, { kind: 'date', value: '00:01:30' })).toEqual({ ok: true, value: 90, empty: false });
    expect(parseRaw(minutes, { kind: 'date', value: '00:00:40' })).toMatchObject({ ok: false, code: 'not-an-integer' });
    // A time whose seconds are 0 shows as 「00:30」 (dateText drops them): typed 0:30 it is Excel's 0:30:00 — 30 minutes or,
    // meant as m:ss, 30 seconds; refused as the text 「1:05」 is, not read as 1800 s.
    expect(parseRaw(seconds, { kind: 'date', value: '00:30' })).toMatchObject({ ok: false, code: 'date-value' });
    expect(parseRaw(minutes, { kind: 'date', value: '00:15' })).toMatchObject({ ok: false, code: 'date-value' });
  });

  it('a logical TRUE/FALSE is a tick only where the choice list names TRUE/FALSE (§27 boxes filled by a program)', () => {
    const tick: InputDef = { id: 'a1', label: '积极主动热情周到', type: 'choice', optional: true,
      choices: [{ label: '√', points: 1, aliases: ['是', 'true'] }, { label: '×', points: 0, aliases: ['否', 'false'] }] };
    expect(parseRaw(tick, { kind: 'boolean', value: true })).toMatchObject({ ok: true, value: { label: '√' } });
    expect(parseRaw(tick, { kind: 'boolean', value: false })).toMatchObject({ ok: true, value: { label: '×' } });
    expect(parseRaw(level, { kind: 'boolean', value: true })).toMatchObject({ ok: false, code: 'boolean-value' });
  });
});

describe('readValue: located problems worded for people', () => {
  const m7: ItemDef = {
    id: 'M7',
    label: '工作纪律',
    max: 10,
    inputs: [
      { id: 'late', label: '迟到或早退', type: 'integer', min: 0, optional: true, default: 0 },
      { id: 'absent', label: '旷工', type: 'integer', min: 0, optional: true, default: 0 },
    ],
    rule: { kind: 'deduction', base: 10, penalties: [] },
  };
  const a3: ItemDef = { id: 'A3', label: '客户回访', max: 20, inputs: [level], rule: { kind: 'choice', input: 'level' } };
  const scope = (item: ItemDef, rater = ''): SlotScope => ({ item, rater, person: '张三', personAt: { sheet: '3月', file: 'march.xlsx' } });

  it('several inputs: 「项目·输入」, location, person, expected and actual', () => {
    const r = readValue(m7.inputs[1]!, { raw: text('两次'), at: { sheet: '3月', cell: 'E7' } }, scope(m7));
    expect(r).toEqual({
      ok: false,
      problem: {
        severity: 'error',
        code: 'not-a-number',
        message: '3月!E7:「工作纪律·旷工」应为不小于0的整数,实际为「两次」',
        sheet: '3月',
        cell: 'E7',
        file: 'march.xlsx',
        person: '张三',
        item: '工作纪律',
        expected: '应为不小于0的整数',
        actual: '两次',
        // The structured fields the message is rendered from (src/model/problems/catalog.ts).
        params: { item: '工作纪律', input: '旷工', accepts: { type: 'integer', min: 0 }, value: '两次' },
      },
    });
  });

  it('one input and a rater: 「项目·评分人」', () => {
    const r = readValue(level, { raw: text('还行'), at: { sheet: '3月', cell: 'D9' } }, scope(a3, '上级'));
    expect(r.ok ? '' : r.problem.message).toBe(
      '3月!D9:「客户回访·上级」应为以下之一:完成目标值要求 / 有部分不完整,但影响不大 / 不完整且严重缺失(或对应分值 20/10/0),实际为「还行」',
    );
  });

  it('a formula without a cached result says what to do', () => {
    const r = readValue(level, { raw: { kind: 'formula-without-result', formula: 'IF(B2>0,"完成","")' }, at: { sheet: '3月', cell: 'D9' } }, scope(a3));
    expect(r.ok ? '' : r.problem.message).toBe('3月!D9:「客户回访」公式没有计算结果:请用 Excel/WPS 打开后保存(=IF(B2>0,"完成",""))');
  });

  it('a required cell that is absent is located at the person', () => {
    const r = readValue(level, undefined, scope(a3, '上级'));
    expect(r.ok ? null : [r.problem.code, r.problem.sheet, r.problem.cell]).toEqual(['required', '3月', undefined]);
    // No cell at all (the sheet has no such column or row): said so, not 「实际为空」 at the person's name cell.
    expect(r.ok ? '' : r.problem.message).toBe('3月:「客户回访·上级」为必填项,表中没有这一项的列(或行),无法评分;请补上这一列(或改回它的列名)后重新评分');
    // An empty cell is what it was.
    const empty = readValue(level, { raw: { kind: 'empty' }, at: { sheet: '3月', cell: 'F3' } }, scope(a3, '上级'));
    expect(empty.ok ? '' : empty.problem.message).toMatch(/^3月!F3:「客户回访·上级」为必填项,应为以下之一:.*,实际为空$/);
  });

  it('error and boolean values are named as such', () => {
    const e = readValue(m7.inputs[0]!, { raw: { kind: 'error', value: '#DIV/0!' }, at: { sheet: '3月', cell: 'E6' } }, scope(m7));
    expect(e.ok ? '' : e.problem.message).toBe('3月!E6:「工作纪律·迟到或早退」应为不小于0的整数,实际为错误值「#DIV/0!」');
    const b = readValue(m7.inputs[0]!, { raw: { kind: 'boolean', value: true }, at: { sheet: '3月', cell: 'E6' } }, scope(m7));
    expect(b.ok ? '' : b.problem.message).toBe('3月!E6:「工作纪律·迟到或早退」应为不小于0的整数,实际为逻辑值「TRUE」');
  });
});

describe('grades with signs are not guessed (A-, C-, A? are not A, C)', () => {
  const competency: InputDef = {
    id: 'g',
    label: '评价',
    type: 'choice',
    choices: [
      { label: '优秀', points: 100, aliases: ['A'] },
      { label: '良好', points: 80, aliases: ['B'] },
      { label: '一般', points: 60, aliases: ['C'] },
    ],
  };
  it.each(['A-', 'C-', 'A?', 'A+', 'A?', 'A~', 'B*'])('%s is refused', (typed) => {
    expect(parseRaw(competency, text(typed))).toMatchObject({ ok: false, code: 'unknown-choice' });
  });
  it.each<[string, string]>([
    ['a', '优秀'],
    ['Ａ', '优秀'],
    [' B ', '良好'],
    ['「优秀」', '优秀'],
    ['优秀。', '优秀'],
    ['優秀', '优秀'],
    ['\u200b良好', '良好'],
    ['100分', '优秀'],
  ])('%s is %s', (typed, want) => {
    const r = parseRaw(competency, text(typed));
    expect(r.ok && r.value && typeof r.value === 'object' && !Array.isArray(r.value) ? r.value.label : r).toBe(want);
  });
});

describe('the message shows invisible characters instead of merging the digits', () => {
  it('1\u200b2 is shown as 1[U+200B]2', () => {
    expect(parseRaw(big, text('1\u200b2'))).toMatchObject({ ok: false, actual: '1[U+200B]2' });
  });
});

describe('"nothing" written in words (issue 12): the same as an empty cell wherever the input may be empty', () => {
  const none = ['无', '没有', '-', '/', '—', '——', '－', '／', '暂无', '無', 'N/A', 'none', ' 无 ', '\u200b-'];
  it.each(none)('%s in an optional count → its default 0', (typed) => {
    expect(parseRaw(times, text(typed))).toEqual({ ok: true, value: 0, empty: true });
  });
  it.each(none)('%s in a list of deductions → no deductions', (typed) => {
    expect(parseRaw(list, text(typed))).toMatchObject({ ok: true, value: [] });
  });
  it.each(none)('%s in an optional reason → no reason', (typed) => {
    expect(parseRaw(reason, text(typed))).toEqual({ ok: true, value: null, empty: true });
  });
  it.each(none)('%s in an optional signed number → default 0', (typed) => {
    expect(parseRaw({ ...signed, optional: true, default: 0 }, text(typed))).toEqual({ ok: true, value: 0, empty: true });
  });
  it('0 in the list of 2–5 point deductions (表格管理) means none, as text or as a number', () => {
    expect(parseRaw(list, text('0'))).toEqual({ ok: true, value: [], empty: false });
    expect(parseRaw(list, num(0))).toEqual({ ok: true, value: [], empty: false });
    expect(parseRaw(list, text('0分'))).toEqual({ ok: true, value: [], empty: false });
    expect(parseRaw(list, text('3,0'))).toMatchObject({ ok: false, code: 'out-of-range' });
  });
  it('a required input does not take 无 for a value', () => {
    expect(parseRaw(integer0, text('无'))).toMatchObject({ ok: false, code: 'not-a-number' });
    expect(parseRaw(score0to10, text('-'))).toMatchObject({ ok: false, code: 'not-a-number' });
  });
  it('an option actually named 无 is still that option', () => {
    const yesNo: InputDef = { id: 'x', label: '投诉', type: 'choice', optional: true, choices: [{ label: '有', points: 0 }, { label: '无', points: 5 }] };
    const r = parseRaw(yesNo, text('无'));
    expect(r.ok && r.value && typeof r.value === 'object' && !Array.isArray(r.value) ? r.value.label : r).toBe('无');
  });
});

describe('an optional free-text column of issues (§5 安装遗留问题)', () => {
  // The words are the definition's (templates/install-followup.json), not every text column's.
  const none = ['否', '0', '无遗留', '无遗留问题', '正常'];
  const leftover: InputDef = { id: 'leftover', label: '安装遗留问题', type: 'text', optional: true, none };
  it('a column without them keeps 「否」 and 「正常」 as written (a 备注 of 正常 is a remark); 「无」 is nothing everywhere', () => {
    const remark: InputDef = { id: 'r', label: '备注', type: 'text', optional: true };
    expect(parseRaw(remark, { kind: 'text', value: '正常' })).toEqual({ ok: true, value: '正常', empty: false });
    expect(parseRaw(remark, { kind: 'text', value: '无' })).toMatchObject({ ok: true, empty: true });
  });
  it('「否」「0」「无遗留」「无。」「正常」 say there was none, as an empty cell; 「无法安装」 is an issue', () => {
    for (const raw of [{ kind: 'text', value: '否' }, { kind: 'number', value: 0 }, { kind: 'text', value: '无遗留' }, { kind: 'text', value: '无。' }, { kind: 'text', value: '正常' }] as RawValue[]) {
      expect(parseRaw(leftover, raw)).toMatchObject({ ok: true, empty: true });
    }
    expect(parseRaw(leftover, { kind: 'text', value: '无法安装' })).toEqual({ ok: true, value: '无法安装', empty: false });
    // A required text, or a choice of 是/否, keeps 否 as it is.
    expect(parseRaw({ ...leftover, optional: false }, { kind: 'text', value: '否' })).toMatchObject({ ok: true, value: '否', empty: false });
  });
  it('a survey tool\'s unanswered 「(空)」「（空）」「【无】」「(无遗留)」 is nothing too (each had been an issue: 遗留问题率 100 %); 「(门板划伤)」 is one', () => {
    for (const value of ['(空)', '（空）', '【无】', '（无）', '(无遗留)', '[N/A]']) {
      expect(parseRaw(leftover, { kind: 'text', value })).toMatchObject({ ok: true, empty: true });
    }
    expect(parseRaw(leftover, { kind: 'text', value: '(门板划伤)' })).toEqual({ ok: true, value: '(门板划伤)', empty: false });
    expect(parseRaw(leftover, { kind: 'text', value: '(无)划伤(无)' })).toEqual({ ok: true, value: '(无)划伤(无)', empty: false });
  });
});

describe('a rate with otherScales (§28 满意度 [5])', () => {
  const rate: InputDef = { id: 'rate', label: '满意度', type: 'percent', min: 0, max: 100, unit: '%', otherScales: [5] };
  it('a plain 4.6 is refused as a 5-point mean; 「4.6%」 typed with its sign, 0.92 and 92 read as before', () => {
    expect(parseRaw(rate, num(4.6))).toMatchObject({ ok: false, code: 'other-scale', scale: 5 });
    expect(parseRaw(rate, text('4.6%'))).toMatchObject({ ok: true, value: 4.6 });
    expect(parseRaw(rate, num(0.92))).toMatchObject({ ok: true, value: 92 });
    expect(parseRaw(rate, num(92))).toMatchObject({ ok: true, value: 92 });
  });
});
