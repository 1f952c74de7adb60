import { describe, expect, it } from 'vitest';
import type { ChoiceDef, InputDef } from '../../../src/model/definition.js';
import type { Value } from '../../../src/engine/values.js';
import { codes, item, runRule } from '../helpers.js';

const tick = (id: string): InputDef => ({ id, label: `项${id}`, type: 'text', optional: true });
const boxes = ['a', 'b', 'c', 'd', 'e', 'f'];
// §27 工作态度: ticks / boxes × 100
const attitude = item('T1', '工作态度', 100, boxes.map(tick), { kind: 'checklist', inputs: boxes });
// §18 工作知识: each tick worth 2 of 20 (scaleTo = item max)
const knowledge = item('K', '工作知识', 20, boxes.slice(0, 4).map(tick), { kind: 'checklist', inputs: boxes.slice(0, 4) });
// A definition's own yes-words; choice inputs 符合 / 不符合 / 不适用 (§6)
const verdicts: ChoiceDef[] = [{ label: '符合', points: 1 }, { label: '不符合', points: 0 }, { label: '不适用', points: 0 }];
const checks = item(
  'Q',
  '服务质量',
  100,
  ['a', 'b', 'c'].map((id) => ({ id, label: id, type: 'choice' as const, choices: verdicts })),
  { kind: 'checklist', inputs: ['a', 'b', 'c'], yes: ['符合'], scaleTo: 100, notApplicable: true },
);
const yes: ChoiceDef = verdicts[0]!;
const no: ChoiceDef = verdicts[1]!;
const na: ChoiceDef = verdicts[2]!;

const fill = (vals: Value[]) => Object.fromEntries(vals.map((v, i) => [boxes[i]!, v]));

describe('checklist', () => {
  it.each<[string, typeof attitude, Record<string, Value>, number | null, string, string[]]>([
    // 5/6 × 100 = 83.3333
    ['§27 5 of 6 ticked', attitude, fill(['√', '√', '√', '√', '√', null]), (5 / 6) * 100, '5/6 项 × 100 = 83.3333', []],
    // 是 ✓ 1 √ = 4 ticks; 否 × = 2 crosses → 4/6 × 100 = 66.6667
    ['ticks as 是 / ✓ / 1 / √, crosses as 否 / ×', attitude, fill(['是', '✓', '1', '否', '×', '√']), (4 / 6) * 100, '4/6 项 × 100 = 66.6667', []],
    // 3 of 4 × 20 = 15
    ['scale to the item max', knowledge, fill(['√', '√', '√', null]), 15, '3/4 项 × 20 = 15', []],
    // 符合 2 of (3 − 1 不适用) = 2/2 × 100 = 100
    ['不适用 leaves the denominator', checks, { a: yes, b: yes, c: na }, 100, '2/2 项 × 100 = 100(不适用 1 项:c)', []],
    ['不符合 counts against', checks, { a: yes, b: no, c: na }, 50, '1/2 项 × 100 = 50(不适用 1 项:c)', []],
    ['all 不适用 is an error, not a score', checks, { a: na, b: na, c: na }, null, '所有项均为不适用,无法计算', ['zero-denominator']],
    ['an unreadable tick is an error', attitude, fill(['√', '好的', null, null, null, null]), null, '勾选内容无法识别', ['unknown-choice']],
    // §18: all 10 of 工作知识 blank, the rest of the sheet filled: 0/4 × 20 = 0, said (most likely not rated yet).
    ['every box blank: 0, with a warning', knowledge, fill([null, null, null, null]), 0, '0/4 项 × 20 = 0', ['nothing-ticked']],
    // Crossed out, every one: 0 as written, nothing said.
    ['every box crossed: 0, as written', knowledge, fill(['×', '×', '×', '×']), 0, '0/4 项 × 20 = 0', []],
    // §27 marked with the letter x and blanks, nothing ticked: both are 不符合, so the x is most likely a tick — said.
    ['x and blanks, none ticked: 0, with a warning', knowledge, fill(['x', null, 'X', null]), 0, '0/4 项 × 20 = 0', ['crosses-only']],
    ['x in every box, or beside a tick: crosses, as written', knowledge, fill(['x', 'x', 'x', 'x']), 0, '0/4 项 × 20 = 0', []],
    ['a tick beside x and blanks: 1/4 × 20 = 5', knowledge, fill(['√', 'x', null, null]), 5, '1/4 项 × 20 = 5', []],
  ])('%s', (_name, it_, values, score, explanation, problemCodes) => {
    const out = runRule(it_, values);
    if (score === null) expect(out.score).toBeNull();
    else expect(out.score).toBeCloseTo(score, 10);
    expect(out.explanation).toBe(explanation);
    expect(codes(out.problems)).toEqual(problemCodes);
  });
});

describe('checklist judged from numbers and counts, 不适用 only where allowed', () => {
  const text = (id: string, label = id): InputDef => ({ id, label, type: 'text', optional: true });
  // §18 合作精神: nine ticks worth 20/9 each
  const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const teamwork = item('T', '合作精神', 20, nine.map((id) => text(id)), { kind: 'checklist', inputs: nine });
  it('§18: a dash in an unticked box is not 不适用 (7 ticks + 2 dashes = 7/9 × 20)', () => {
    const out = runRule(teamwork, Object.fromEntries(nine.map((id, k) => [id, k < 7 ? '√' : '-'])));
    // 7 × 20/9 = 15.5556
    expect(out.score).toBeCloseTo((7 * 20) / 9, 10);
    expect(out.explanation).toBe('7/9 项 × 20 = 15.5556(每项 20/9)');
  });
  it('不适用 typed where the form does not allow it is an error', () => {
    const out = runRule(teamwork, { a: '√', b: '不适用' });
    expect([out.score, codes(out.problems)]).toEqual([null, ['not-applicable']]);
  });
  it('a box allowing 不适用 takes it (and a dash) out of the denominator', () => {
    const f = item('F', '检查', 100, ['a', 'b', 'c'].map((id) => text(id)), { kind: 'checklist', inputs: ['a', { input: 'b', notApplicable: true }, { input: 'c', notApplicable: true }] });
    // a ticked, b 不适用, c "-" (allowed → 不适用): 1/1 × 100
    expect(runRule(f, { a: '√', b: '不适用', c: '-' }).score).toBe(100);
  });
  it('a dash taken as 不适用 is said at its box (it may stand for 「not filled yet」, and it leaves the count); 不适用 typed is not', () => {
    const f = item('F', '检查', 100, ['a', 'b', 'c'].map((id) => text(id)), { kind: 'checklist', inputs: ['a', { input: 'b', notApplicable: true }, { input: 'c', notApplicable: true }] });
    // a ticked, b 不适用, c 「/」: 1/1 × 100 = 100, one warning, for c.
    const out = runRule(f, { a: '√', b: '不适用', c: '/' });
    expect([out.score, out.problems.map((p) => [p.code, p.severity, p.message])]).toEqual([100, [['not-applicable', 'warning', '3月!C4:「检查·c」填的「/」按「不适用」计,这一条不计入适用的条数;如果是还没有填写,请填写后重新评分']]]);
  });
  // §20: counts of irregularities with 「N处以上不规范为不达标」, 缺失 / 无记录 = 不达标
  const inspection = item('Q', '品质检查', 100, [text('looks', '仪容仪表'), text('records', '投诉记录'), text('minutes', '催缴会议纪要')], {
    kind: 'checklist', inputs: [{ input: 'looks', failAt: 3 }, { input: 'records', failAt: 2 }, { input: 'minutes', failAt: 1 }],
  });
  it('§20: 2 处 of a 3-threshold passes, 2 of a 2-threshold fails, 无记录 fails → 1/3 × 100', () => {
    const out = runRule(inspection, { looks: '2', records: '2', minutes: '无记录' });
    expect(out.score).toBeCloseTo(100 / 3, 10);
    expect(out.explanation).toBe('1/3 项 × 100 = 33.3333;不达标:投诉记录 2 处(2 处以上不规范为不达标)、催缴会议纪要为「无记录」');
    // 0, 1, 0 → all pass
    expect(runRule(inspection, { looks: 0, records: 1, minutes: '0' }).score).toBe(100);
    // 缺失 is a fail, not a problem
    expect(codes(runRule(inspection, { looks: '缺失', records: 0, minutes: 0 }).problems)).toEqual([]);
  });
  it('§20: a count typed with its unit (「3处」, 「3次」) is said as the count judged, 「3 处」 — not 「3处 处」', () => {
    const counted = item('Q', '品质检查', 100, [{ id: 'n', label: '不规范处数', type: 'text', unit: '处' }], { kind: 'checklist', inputs: [{ input: 'n', failAt: 3 }] });
    for (const typed of ['3处', '3次', '3']) {
      expect(runRule(counted, { n: typed }).explanation, typed).toBe('0/1 项 × 100 = 0;不达标:不规范处数 3 处(3 处以上不规范为不达标)');
    }
  });
  it('§20: a percentage is no count of irregularities (「100%」 failed as 100 of them, 「2%」 passed as 2): an error', () => {
    for (const typed of ['100%', '2%', '2 %', '2％']) {
      const out = runRule(inspection, { looks: typed, records: 0, minutes: 0 });
      expect([out.score, codes(out.problems)], typed).toEqual([null, ['unknown-choice']]);
    }
  });
  it('§20: 「无」「没有」 in a count of irregularities are none of them (3/3 × 100; they failed the box silently)', () => {
    expect(runRule(inspection, { looks: '无', records: '没有', minutes: 0 }).score).toBe(100);
    // 缺失 / 无记录 still fail; a word that is no count nor a verdict (否, 是, 有) is an error, not a guess.
    expect(runRule(inspection, { looks: '无', records: '无记录', minutes: 0 }).score).toBeCloseTo(200 / 3, 10);
    for (const word of ['否', '是', '有']) {
      const out = runRule(inspection, { looks: word, records: 0, minutes: 0 });
      expect([out.score, codes(out.problems)], word).toEqual([null, ['unknown-choice']]);
      expect(out.problems[0]!.message, word).toContain('不规范处数应为 0 或正整数,或填达标 / 不达标、缺失 / 无记录');
    }
  });
  it('§20: 「/」「—」「-」 in a count of irregularities are refused as 不适用 is, never read as 达标', () => {
    // Read as passed, 「/」 and 「—」 gave 3/3 = 100 at exit 0 where the inspector may have meant 不适用.
    for (const dash of ['/', '—', '-']) {
      const out = runRule(inspection, { looks: dash, records: 0, minutes: 0 });
      expect([out.score, codes(out.problems)], dash).toEqual([null, ['not-applicable']]);
      expect(out.problems[0]!.message, dash).toContain(`此项不允许填「不适用」,实际为「${dash}」(没有不规范请填 0)`);
    }
    // 不适用 itself: refused as before, without the hint.
    expect(runRule(inspection, { looks: '不适用', records: 0, minutes: 0 }).problems[0]!.message).not.toContain('没有不规范请填 0');
  });
  it('§20: the verdict typed for the count (达标 / 合格 / √ meet, 不达标 / 不合格 / × fail) is judged: 达标 checks ÷ checks', () => {
    // 达标, 合格, √ → 3/3 × 100 = 100.
    expect(runRule(inspection, { looks: '达标', records: '合格', minutes: '√' }).score).toBe(100);
    // 不达标, ×, 0 → 1/3 × 100 = 33.3333; 不合格, 达标, 0 → 2/3 × 100.
    expect(runRule(inspection, { looks: '不达标', records: '×', minutes: 0 }).score).toBeCloseTo(100 / 3, 10);
    expect(runRule(inspection, { looks: '不合格', records: '达标', minutes: 0 }).score).toBeCloseTo(200 / 3, 10);
  });
  it('§20: a negative or fractional count is an error for that subject, not a pass (−1 < 3 used to give 达标)', () => {
    for (const bad of [-1, '-1', 1.5]) {
      const out = runRule(inspection, { looks: bad, records: 0, minutes: 0 });
      expect([out.score, codes(out.problems)]).toEqual([null, ['unknown-choice']]);
    }
  });
  // §6: 入户维修回访率 ≥ 30 %, 急迫性报修到场 ≤ 20 分钟
  const service = item('S', '服务质量', 100, [{ id: 'visit', label: '入户维修回访率', type: 'percent', min: 0, max: 100, optional: true }, { ...text('arrive', '急迫性报修到场'), unit: '分钟' }, text('desk', '公示报修电话')], {
    kind: 'checklist', inputs: [{ input: 'visit', min: 30 }, { input: 'arrive', max: 20 }, 'desk'], yes: ['符合'],
  });
  it('§6: numbers judged against their limits (35 % ≥ 30 % passes, 25 分钟 > 20 fails, 符合 passes → 2/3)', () => {
    expect(runRule(service, { visit: 35, arrive: '25分钟', desk: '符合' }).score).toBeCloseTo(200 / 3, 10);
    expect(runRule(service, { visit: 30, arrive: '20', desk: '不符合' }).score).toBeCloseTo(200 / 3, 10);
  });
  // As the shipped §6 form has them: the rates are text boxes with the unit %, answered 符合 or with the number.
  const rates = item('R', '回访', 100, [{ ...text('visit', '入户维修回访率'), unit: '%' }, { ...text('complaint', '投诉回访率'), unit: '%' }, { ...text('arrive', '急迫性报修到场'), unit: '分钟' }], {
    kind: 'checklist', inputs: [{ input: 'visit', min: 30 }, { input: 'complaint', min: 100 }, { input: 'arrive', max: 20 }], yes: ['符合'],
  });
  it('§6: a rate over 100 % or a negative time is an error, never a pass (150 for 15 used to pass)', () => {
    for (const bad of [{ visit: '150' }, { complaint: '101%' }, { arrive: '-5' }]) {
      const out = runRule(rates, { visit: '符合', complaint: '符合', arrive: '符合', ...bad });
      expect([out.score, codes(out.problems)], JSON.stringify(bad)).toEqual([null, ['unknown-choice']]);
    }
  });
  it('§6: a rate typed as a fraction reads as a percent input does (0.3 = 30 %, 1 = 100 %); 0.25 = 25 % fails', () => {
    // 0.3 → 30 % ≥ 30 % passes, 1 → 100 % passes, 15 分钟 ≤ 20 passes: 3/3 × 100.
    expect(runRule(rates, { visit: '0.3', complaint: '1', arrive: '15' }).score).toBe(100);
    // 0.25 → 25 % < 30 % fails; 99 % < 100 % fails: 1/3 × 100.
    expect(runRule(rates, { visit: '0.25', complaint: '99%', arrive: '20' }).score).toBeCloseTo(100 / 3, 10);
    // 30 without % is 30 %: passes.
    expect(runRule(rates, { visit: '30', complaint: '100', arrive: '0' }).score).toBe(100);
  });
  it('§6: a plain 1 is 100 % with a warning (it may have meant 1 %), as a percent input says it; 1% and 100 say nothing', () => {
    const out = runRule(rates, { visit: '1', complaint: '100', arrive: '15' });
    expect([out.score, codes(out.problems), out.problems[0]!.severity]).toEqual([100, ['ambiguous-percent'], 'warning']);
    expect(out.problems[0]!.message).toContain('「1」按 100% 计;如指 1% 请写成「1%」');
    expect(runRule(rates, { visit: '1%', complaint: '100', arrive: '15' }).problems).toEqual([]);
  });
  it('§6: just above 1 (1.2) is 1.2 % and said nothing of: a rate here is at most 100 %, so 120 % is no other reading', () => {
    // 1.2 % < 30 % fails; 100 and 15 pass: 2/3 × 100 = 66.6667, no warning (one advising 「120%」 led to an error there).
    const out = runRule(rates, { visit: '1.2', complaint: '100', arrive: '15' });
    expect(out.score).toBeCloseTo(200 / 3, 10);
    expect(out.problems).toEqual([]);
  });
});

describe('§6: a definition\'s own words for a tick and a cross, and criteria said as an absence', () => {
  const box = (id: string, label: string): InputDef => ({ id, label, type: 'text', optional: true });
  const q = item('Q', '服务质量检查', 100, [box('a', '接待人员使用服务语言'), box('b', '无因不满意处理结果引发的再次投诉'), box('c', '没有集体群诉')], {
    kind: 'checklist', inputs: ['a', { input: 'b', unclear: ['无', '没有', '有'] }, { input: 'c', unclear: ['无', '没有', '有'] }], yes: ['符合', '√', '是'], no: ['不符合', '×', '否'], scaleTo: 100, notApplicable: true,
  });
  it('符合 / 不符合 by the form\'s words: 2 of 3 → 2/3 × 100 = 66.6667', () => {
    const out = runRule(q, { a: '符合', b: '√', c: '不符合' });
    expect(out.score).toBeCloseTo(200 / 3, 10);
  });
  it('words outside the form\'s lists are errors both ways (✓ was one while ✗ counted as 不符合)', () => {
    for (const v of ['Y', 'yes', '1', 'N', 'no', '0', 'x']) {
      const out = runRule(q, { a: v, b: '符合', c: '符合' });
      expect([v, out.score, codes(out.problems)]).toEqual([v, null, ['unknown-choice']]);
    }
    // The message names the form's words, not 是 / √ / 否.
    expect(runRule(q, { a: '还行', b: '符合', c: '符合' }).problems[0]!.message).toContain('应为 符合 / 不符合 / 不适用 之一');
  });
  it('the definition\'s unclear words (「无」「没有」「有」 under 「无…投诉」) are errors (met, or not? §6 scored 「无」 as 不符合: 15/17, exit 0)', () => {
    for (const v of ['无', '没有', '有']) {
      const out = runRule(q, { a: '符合', b: v, c: '符合' });
      expect([v, out.score, codes(out.problems)]).toEqual([v, null, ['unknown-choice']]);
      expect(runRule(q, { a: '符合', b: '符合', c: v }).score).toBeNull();
    }
  });
  it('a rate typed as a fraction is said as the rate it was judged as (0.29 → 29 %), a time with its unit', () => {
    const rate = item('R', '回访', 100, [{ id: 'r', label: '回访率', type: 'text', optional: true, unit: '%' }, { id: 't', label: '到场时间', type: 'text', optional: true, unit: '分钟' }], {
      kind: 'checklist', inputs: [{ input: 'r', min: 30 }, { input: 't', max: 20 }], scaleTo: 100,
    });
    // A word neither a number nor the form's: the message names what the box takes.
    const q = item('R', '回访', 100, [{ id: 'r', label: '回访率', type: 'text', optional: true, unit: '%' }], {
      kind: 'checklist', inputs: [{ input: 'r', min: 30 }], yes: ['符合'], no: ['不符合'], scaleTo: 100, notApplicable: true,
    });
    expect(runRule(q, { r: '三成' }).problems[0]!.message).toContain('应为数字(实际值)、符合 / 不符合、缺失 / 无记录 / 不适用');
    const out = runRule(rate, { r: '0.29', t: '25' });
    // Both fail: 0/2 × 100 = 0.
    expect(out.explanation).toBe('0/2 项 × 100 = 0;不达标:回访率 29%(≥ 30% 达标)、到场时间 25分钟(≤ 20 分钟 达标)');
  });

  it('with the default words, 「无」 under a plain criterion is still a cross: §27 5 ticks of 6 = 83.3333', () => {
    const out = runRule(attitude, fill(['√', '√', '√', '√', '√', '无']));
    expect(out.score).toBeCloseTo((5 / 6) * 100, 10);
  });
});

describe('a dash or N/A in an optional box', () => {
  it('is 不适用, as in a required box (it read as an empty cell: 不达标, 4/5 × 20 = 16 for 4/4 × 20 = 20)', async () => {
    const { scorePerson } = await import('../../../src/engine/scoreForm.js');
    const { form, person } = await import('../helpers.js');
    const optional = (id: string, label: string): InputDef => ({ id, label, type: 'text', optional: true });
    const k1 = item('K1', '检查项', 20, [optional('a', '着装'), optional('b', '工牌'), optional('c', '记录'), optional('d', '卫生'), optional('e', '态度')], {
      kind: 'checklist',
      inputs: ['a', { input: 'b', notApplicable: true }, 'c', 'd', 'e'],
    });
    const f = form([{ id: 'p', label: '考核', items: [k1] }]);
    for (const dash of ['/', '-', '—']) {
      const r = scorePerson(f, person({ name: '甲' }, [['K1.a', '√'], ['K1.b', dash], ['K1.c', '√'], ['K1.d', '√'], ['K1.e', '√']]));
      // 4 ticks of the 4 boxes that apply: 4/4 × 20 = 20, 工牌 不适用.
      expect([r.items[0]!.score, r.items[0]!.explanation], dash).toEqual([20, expect.stringContaining('不适用 1 项:工牌')]);
    }
    // 「N/A」 where 不适用 is allowed is 不适用 too; where it is not, an error as 「不适用」 is (it was 不达标 without a word).
    const na = scorePerson(f, person({ name: '丙' }, [['K1.a', '√'], ['K1.b', 'N/A'], ['K1.c', '√'], ['K1.d', '√'], ['K1.e', '√']]));
    expect(na.items[0]!.score).toBe(20);
    const notAllowed = scorePerson(f, person({ name: '丁' }, [['K1.a', 'N/A'], ['K1.b', '√'], ['K1.c', '√'], ['K1.d', '√'], ['K1.e', '√']]));
    expect([notAllowed.items[0]!.score, notAllowed.problems.map((p) => [p.code, p.severity])]).toEqual([null, [['not-applicable', 'error']]]);
    // The error shows what was typed (it showed 「实际为「」」); an en dash is a dash too.
    expect(notAllowed.problems[0]!.message).toContain('实际为「N/A」');
    const en = scorePerson(f, person({ name: '戊' }, [['K1.a', '√'], ['K1.b', '–'], ['K1.c', '√'], ['K1.d', '√'], ['K1.e', '√']]));
    expect(en.items[0]!.score).toBe(20);
    // A dash where 不适用 is not allowed is still an unticked box: 4 ticks of 5 boxes, 4/5 × 20 = 16.
    const r = scorePerson(f, person({ name: '乙' }, [['K1.a', '-'], ['K1.b', '√'], ['K1.c', '√'], ['K1.d', '√'], ['K1.e', '√']]));
    expect(r.items[0]!.score).toBe(16);
  });
});

describe('a judged box in words', () => {
  it('a unit only after a number (「不符合分钟」 read as a time), and a percent input\'s bar in % though its unit is not written', () => {
    const minutes = item('Q', '报修', 10, [{ id: 'm', label: '到达时间', type: 'text', unit: '分钟' }], { kind: 'checklist', inputs: [{ input: 'm', max: 20 }] });
    const word = runRule(minutes, { m: '不符合' });
    expect(word.explanation).toContain('到达时间 不符合(≤ 20 分钟 达标)');
    expect(word.explanation).not.toContain('不符合分钟');
    const late = runRule(minutes, { m: '25' });
    expect(late.explanation).toContain('到达时间 25分钟(≤ 20 分钟 达标)');
    const rate = item('R', '回访', 10, [{ id: 'r', label: '回访率', type: 'percent' }], { kind: 'checklist', inputs: [{ input: 'r', min: 30 }] });
    // 29.9 % under a bar of 30 %: 0/1 × 10 = 0.
    const low = runRule(rate, { r: 29.9 });
    expect([low.score, low.explanation]).toEqual([0, expect.stringContaining('(≥ 30% 达标)')]);
  });
});

describe('a judged box on an optional number (a team\'s own 投诉次数 ≤ 1)', () => {
  it('「无记录」 or a blank fails as the description says (缺失、无记录为不达标): both passed as 0 次, 10 for 7.5 at exit 0', async () => {
    const { scorePerson } = await import('../../../src/engine/scoreForm.js');
    const { person, form } = await import('../helpers.js');
    const box = (id: string, label: string): InputDef => ({ id, label, type: 'text', optional: true });
    const hygiene = item('A1', '卫生检查', 10, [box('floor', '地面'), box('desk', '前台'), box('wc', '洗手间'), { id: 'cmp', label: '投诉次数', type: 'integer', min: 0, optional: true, unit: '次' }], {
      kind: 'checklist', inputs: ['floor', 'desk', 'wc', { input: 'cmp', max: 1 }], yes: ['合格', '√'], no: ['不合格', '×'], scaleTo: 10,
    });
    const f = form([{ id: 'A', label: '卫生', items: [hygiene] }]);
    const score = (cmp: string | null) => {
      const r = scorePerson(f, person({ name: '八店' }, [['A1.floor', '合格'], ['A1.desk', '合格'], ['A1.wc', '√'], ['A1.cmp', cmp]]));
      return [r.items[0]!.score, r.items[0]!.explanation];
    };
    // Three boxes passed, 投诉 not judged a pass: 3/4 × 10 = 7.5.
    expect(score('无记录')).toEqual([7.5, '3/4 项 × 10 = 7.5;不达标:投诉次数为「无记录」']);
    expect(score(null)).toEqual([7.5, '3/4 项 × 10 = 7.5;不达标:投诉次数未填']);
    // 「无」「没有」「-」 under 投诉 ≤ 1 are none: 0 次 passes, 4/4 × 10 = 10 (they failed: 7.5).
    for (const none of ['无', '没有', '-', '/']) expect(score(none)[0], none).toBe(10);
    // Typed: 0 and 1 pass (4/4 = 10), 2 fails.
    expect(score('0')[0]).toBe(10);
    expect(score('1')[0]).toBe(10);
    expect(score('2')).toEqual([7.5, '3/4 项 × 10 = 7.5;不达标:投诉次数 2次(≤ 1 次 达标)']);
    // A blank with the definition's own "default": 0 is that 0: passes (10).
    const withDefault = form([{ id: 'A', label: '卫生', items: [{ ...hygiene, inputs: hygiene.inputs.map((i) => (i.id === 'cmp' ? { ...i, default: 0 } : i)) }] }]);
    expect(scorePerson(withDefault, person({ name: '八店' }, [['A1.floor', '合格'], ['A1.desk', '合格'], ['A1.wc', '√'], ['A1.cmp', null]])).items[0]!.score).toBe(10);
    // Under a lower limit (回访率 ≥ 30 %), 「无」 is no figure: 不达标.
    const rate = item('R', '回访', 10, [box('floor', '地面'), { id: 'visit', label: '回访率', type: 'percent', min: 0, max: 100, optional: true }], { kind: 'checklist', inputs: ['floor', { input: 'visit', min: 30 }], yes: ['合格'], scaleTo: 10 });
    const rated = scorePerson(form([{ id: 'A', label: '回访', items: [rate] }]), person({ name: '八店' }, [['R.floor', '合格'], ['R.visit', '无']]));
    expect(rated.items[0]!.score).toBe(5);
  });
});
