// CATALOG §22 internal-satisfaction-dept and §23 internal-satisfaction-workshop: the shipped definitions (templates/)
// through the record engine, every figure worked by hand. (Through real workbooks: internalSatisfactionFiles.test.ts.)
import { describe, expect, it } from 'vitest';
import { loadAnyForm } from '../../src/forms/load.js';
import type { RecordFormDef } from '../../src/model/records.js';
import type { RawValue } from '../../src/model/entries.js';
import { scoreRecords } from '../../src/engine/groups/run.js';
import type { RecordRow } from '../../src/engine/groups/result.js';

const LETTERS = 'ABCDEFGHIJ';

async function recordForm(id: string): Promise<RecordFormDef> {
  const f = await loadAnyForm(id);
  if (!f.ok || f.kind !== 'records') throw new Error(`${id} is not a record form`);
  return f.form;
}

/** Rows as the reader gives them: the definition's columns in order A, B, C … on sheet 「答案」, data from row 2. */
function rows(def: RecordFormDef, data: Array<Array<string | number | null | undefined>>): RecordRow[] {
  return data.map((d, i) => {
    const row = i + 2;
    const cells = new Map<string, { raw: RawValue; at: { sheet: string; cell: string } }>();
    def.records.columns.forEach((c, k) => {
      const v = d[k];
      const raw: RawValue = v === undefined || v === null ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v };
      cells.set(c.id, { raw, at: { sheet: '答案', cell: `${LETTERS[k]}${row}` } });
    });
    return { row, at: { sheet: '答案' }, cells };
  });
}

describe('§22 internal-satisfaction-dept', () => {
  const answer = (from: string, rater: string, to: string, indicator: string, level: string, reason?: string) => ['2026-03', from, rater, to, indicator, level, reason];

  it('a month written two ways is one month: February = (600 + 1000) / 2 = 800 → B; the period (1000 + 800) / 2 = 900 → A', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const all = (month: string, from: string, level: string) => ['及时性', '服务质量', '服务态度'].map((ind) => [month, from, '某', '行政部', ind, level]);
    const { result } = scoreRecords(def, rows(def, [...all('2026-01', '生产部', 'A'), ...all('2026年2月', '生产部', 'C'), ...all('2026-02', '销售部', 'A')]));
    const depts = result.groupings.find((g) => g.id === 'dept')!;
    // January: A A A = 1000; February: 生产部 C C C = 600, 销售部 A A A = 1000 (before: 「2026年2月」 and 「2026-02」 two months).
    expect(depts.groups.map((g) => [g.keyText, g.figures.initial])).toEqual([
      ['2026-01·行政部', expect.closeTo(1000, 9)],
      ['2026-02·行政部', expect.closeTo(800, 9)],
    ]);
    const period = result.groupings.find((g) => g.id === 'period')!.groups[0]!;
    expect([period.figures.months, period.band]).toEqual([2, 'A 优秀']);
  });

  it('the worked example: 880, 740 → 生产部 810; 销售部 880; 初始得分 845 → B; 绩效体现分值 84.5', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const { result } = scoreRecords(
      def,
      rows(def, [
        // 生产部 甲: A, B, B → 1000 × 0.4 + 800 × 0.3 + 800 × 0.3 = 400 + 240 + 240 = 880
        answer('生产部', '甲', '采购部', '及时性', 'A'), answer('生产部', '甲', '采购部', '准确性', 'B'), answer('生产部', '甲', '采购部', '服务态度', 'B'),
        // 生产部 乙: B, C, B → 320 + 180 + 240 = 740
        answer('生产部', '乙', '采购部', '及时性', 'B'), answer('生产部', '乙', '采购部', '准确性', 'C'), answer('生产部', '乙', '采购部', '服务态度', 'B'),
        // 销售部 丙: A, A, C → 400 + 300 + 180 = 880
        answer('销售部', '丙', '采购部', '及时性', 'A'), answer('销售部', '丙', '采购部', '准确性', 'A'), answer('销售部', '丙', '采购部', '服务态度', 'C'),
      ]),
    );
    const [questionnaires, pairs, depts] = result.groupings;
    expect(questionnaires!.hidden).toBe(true);
    expect(questionnaires!.groups.map((g) => [g.keyText, g.figures.score])).toEqual([
      ['2026-03·生产部·甲·采购部', expect.closeTo(880, 9)],
      ['2026-03·生产部·乙·采购部', expect.closeTo(740, 9)],
      ['2026-03·销售部·丙·采购部', expect.closeTo(880, 9)],
    ]);
    // 生产部 = (880 + 740) / 2 = 810; 销售部 = 880
    expect(pairs!.groups.map((g) => [g.keyText, g.figures.questionnaires, g.figures.score])).toEqual([
      ['2026-03·生产部·采购部', 2, expect.closeTo(810, 9)],
      ['2026-03·销售部·采购部', 1, expect.closeTo(880, 9)],
    ]);
    const buying = depts!.groups[0]!;
    expect(buying.keyText).toBe('2026-03·采购部');
    expect(buying.figures.initial).toBeCloseTo(845, 9);
    expect(buying.figures.weight).toBeCloseTo(10, 9);
    expect(buying.figures.shown).toBeCloseTo(84.5, 9);
    expect(buying.band).toBe('B 良好');
    expect(result.problems).toEqual([]);
  });

  it('a department written in traditional characters is the same department: 採購部 is 采购部, one group of 845 → B (it was 810 and 880 apart)', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const { result } = scoreRecords(
      def,
      rows(def, [
        // 生产部 甲 880, 乙 740 → 810; 销售部 丙 880, writing the department 採購部.
        answer('生产部', '甲', '采购部', '及时性', 'A'), answer('生产部', '甲', '采购部', '准确性', 'B'), answer('生产部', '甲', '采购部', '服务态度', 'B'),
        answer('生产部', '乙', '采购部', '及时性', 'B'), answer('生产部', '乙', '采购部', '准确性', 'C'), answer('生产部', '乙', '采购部', '服务态度', 'B'),
        answer('销售部', '丙', '採購部', '及时性', 'A'), answer('销售部', '丙', '採購部', '准确性', 'A'), answer('銷售部', '丙', '採購部', '服务态度', 'C'),
      ]),
    );
    // (810 + 880) / 2 = 845 → B; × 10 % = 84.5. Shown under the name as first written. 銷售部 is 销售部: one questionnaire.
    const depts = result.groupings[2]!.groups;
    expect(depts.map((g) => [g.keyText, g.figures.initial, g.band])).toEqual([['2026-03·采购部', expect.closeTo(845, 9), 'B 良好']]);
    expect(result.groupings[0]!.groups.length).toBe(3);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a department rating itself is an error at its 评价部门 cell, and its answers count for nothing (they made 采购部 (880 + 1000) / 2 = 940 → A)', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const { result } = scoreRecords(
      def,
      rows(def, [
        // 销售部 丙: A, A, C → 400 + 300 + 180 = 880
        answer('销售部', '丙', '采购部', '及时性', 'A'), answer('销售部', '丙', '采购部', '准确性', 'A'), answer('销售部', '丙', '采购部', '服务态度', 'C'),
        // 采购部 丁 rates 采购部 (「采购部 」 typed with a space is the same department): A, A, A → 1000, not counted
        answer('采购部 ', '丁', '采购部', '及时性', 'A'), answer('采购部', '丁', '采购部', '准确性', 'A'), answer('采购部', '丁', '采购部', '服务态度', 'A'),
      ]),
    );
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['B5', 'B6', 'B7']);
    expect(result.problems[0]!.message).toContain('评价部门就是被评价部门');
    // Errors leave the department without a score until they are fixed (as any wrong answer does): never 940.
    const buying = result.groupings[2]!.groups[0]!;
    expect(buying.figures.initial ?? null).toBeNull();
    // Without the self-rating rows: 880 → B, 88.
    const clean = scoreRecords(def, rows(def, [answer('销售部', '丙', '采购部', '及时性', 'A'), answer('销售部', '丙', '采购部', '准确性', 'A'), answer('销售部', '丙', '采购部', '服务态度', 'C')]));
    const only = clean.result.groupings[2]!.groups[0]!;
    expect([only.figures.initial, only.band]).toEqual([expect.closeTo(880, 9), 'B 良好']);
  });

  it('another department, a partial questionnaire (a weighted mean over what was answered), C and D bands', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const { result } = scoreRecords(
      def,
      rows(def, [
        // 采购部 → 人力资源部 (及时性 0.3, 专业性 0.4, 服务态度 0.3): B, A, C → 240 + 400 + 180 = 820
        answer('采购部', '丁', '人力资源部', '及时性', 'B'), answer('采购部', '丁', '人力资源部', '专业性', 'A'), answer('采购部', '丁', '人力资源部', '服务态度', 'C'),
        // 财务部 → 人力资源部: C, C, D (with its reason) → 180 + 240 + 120 = 540
        answer('财务部', '戊', '人力资源部', '及时性', 'C'), answer('财务部', '戊', '人力资源部', '专业性', 'C'), answer('财务部', '戊', '人力资源部', '服务态度', 'D', '三次催办未回复'),
        // ⇒ 人力资源部 初始得分 (820 + 540) / 2 = 680 → C 称职; × 10 % = 68
        // 行政部 → 财务部 (及时性 0.4, 准确性 0.4, 服务态度 0.2), only two answered: (1000 × 0.4 + 600 × 0.4) / 0.8 = 640 / 0.8 = 800
        answer('行政部', '己', '财务部', '及时性', 'A'), answer('行政部', '己', '财务部', '准确性', 'C'),
        // 信息技术部 → 行政部 (及时性 0.4, 服务质量 0.3, 服务态度 0.3): E, D, D with reasons → 80 + 120 + 120 = 320 → D 基本称职; × 15 % = 48
        answer('信息技术部', '庚', '行政部', '及时性', 'E', '报修一周未处理'), answer('信息技术部', '庚', '行政部', '服务质量', 'D', '会议室设备多次故障'), answer('信息技术部', '庚', '行政部', '服务态度', 'D', '推诿'),
      ]),
    );
    const depts = Object.fromEntries(result.groupings[2]!.groups.map((g) => [g.key.to, g]));
    expect(depts['人力资源部']!.figures.initial).toBeCloseTo(680, 9);
    expect(depts['人力资源部']!.band).toBe('C 称职');
    expect(depts['人力资源部']!.figures.shown).toBeCloseTo(68, 9);
    expect(depts['财务部']!.figures.initial).toBeCloseTo(800, 9);
    expect(depts['财务部']!.band).toBe('B 良好');
    expect(depts['财务部']!.figures.shown).toBeCloseTo(80, 9);
    expect(depts['行政部']!.figures.initial).toBeCloseTo(320, 9);
    expect(depts['行政部']!.band).toBe('D 基本称职');
    expect(depts['行政部']!.figures.shown).toBeCloseTo(48, 9);
    // The partial questionnaire is said (its weights 0.4 + 0.4 = 0.8), nothing else.
    expect(result.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['group-check', 'warning', '答案!A8:问卷「2026-03·行政部·己·财务部」:问卷只答了部分指标,得分按已答指标的权重重新加权;请核对是否漏答(权重之和 0.8)'],
    ]);
  });

  it('a quarter: the mean of its three months (845, 900, 640 → 795 → B; 84.5, 90, 64 → 79.5)', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const q = (month: string, from: string, rater: string, levels: [string, string, string]) =>
      (['及时性', '准确性', '服务态度'] as const).map((indicator, i) => [month, from, rater, '采购部', indicator, levels[i]]);
    const { result } = scoreRecords(
      def,
      rows(def, [
        // January: the worked example → 845 → 84.5
        ...q('2026-01', '生产部', '甲', ['A', 'B', 'B']), ...q('2026-01', '生产部', '乙', ['B', 'C', 'B']), ...q('2026-01', '销售部', '丙', ['A', 'A', 'C']),
        // February: 生产部 A, A, A = 1000; 销售部 B, B, B = 800 → 900 → 90
        ...q('2026-02', '生产部', '甲', ['A', 'A', 'A']), ...q('2026-02', '销售部', '丙', ['B', 'B', 'B']),
        // March: 生产部 C, C, C = 600; 销售部 B, C, C = 320 + 180 + 180 = 680 → 640 → 64
        ...q('2026-03', '生产部', '甲', ['C', 'C', 'C']), ...q('2026-03', '销售部', '丙', ['B', 'C', 'C']),
      ]),
    );
    const months = result.groupings.find((g) => g.id === 'dept')!.groups.map((g) => [g.keyText, Number((g.figures.initial as number).toFixed(6)), Number((g.figures.shown as number).toFixed(6))]);
    expect(months).toEqual([['2026-01·采购部', 845, 84.5], ['2026-02·采购部', 900, 90], ['2026-03·采购部', 640, 64]]);
    // Quarter: (845 + 900 + 640) / 3 = 2385 / 3 = 795 → B 良好; (84.5 + 90 + 64) / 3 = 238.5 / 3 = 79.5
    const quarter = result.groupings.find((g) => g.id === 'period')!.groups[0]!;
    expect(quarter.keyText).toBe('采购部');
    expect(quarter.figures.months).toBe(3);
    expect(quarter.figures.initial).toBeCloseTo(795, 9);
    expect(quarter.figures.shown).toBeCloseTo(79.5, 9);
    expect(quarter.band).toBe('B 良好');
    expect(result.problems).toEqual([]);
  });

  it('a D whose 理由 is a survey tool\'s 「(空)」「（无）」 has no 理由: an error (it passed, 640 for the questionnaire)', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const { rows: results } = scoreRecords(
      def,
      rows(def, [
        answer('生产部', '甲', '采购部', '及时性', 'D', '(空)'),
        answer('销售部', '乙', '采购部', '及时性', 'D', '（无）'),
        answer('行政部', '丙', '采购部', '及时性', 'D', '(送货晚了三天)'),
      ]),
    );
    expect(results.map((r) => [r.status, r.problems.map((p) => p.code)])).toEqual([['error', ['reason-required']], ['error', ['reason-required']], ['ok', []]]);
  });

  it('a D without 理由 and an 指标 the department does not have: errors at their cells, the rows left out', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const { result, rows: results } = scoreRecords(
      def,
      rows(def, [
        answer('生产部', '甲', '采购部', '及时性', 'A'), answer('生产部', '甲', '采购部', '准确性', 'B'), answer('生产部', '甲', '采购部', '服务态度', 'B'),
        // row 5: D without 理由 → error at G5
        answer('销售部', '丙', '采购部', '及时性', 'D'),
        // row 6: 采购部 has no 指标 「响应速度」 → error at its 指标 cell E6
        answer('销售部', '丙', '采购部', '响应速度', 'A'),
        answer('销售部', '丙', '采购部', '准确性', 'A'), answer('销售部', '丙', '采购部', '服务态度', 'C'),
      ]),
    );
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'error', 'error', 'ok', 'ok']);
    const reason = result.problems.find((p) => p.code === 'reason-required')!;
    expect(reason).toMatchObject({ severity: 'error', sheet: '答案', cell: 'G5' });
    expect(reason.message).toContain('等级为 D 或 E 时须注明理由和事实依据');
    const unknown = result.problems.find((p) => p.code === 'item-not-found')!;
    expect(unknown).toMatchObject({ severity: 'error', sheet: '答案', cell: 'E6' });
    expect(unknown.message).toContain('没有 指标「响应速度」、被评价部门「采购部」 这一组合(被评价部门「采购部」 可填的指标:及时性、准确性、服务态度)');
    // 销售部 丙's questionnaire has two answers in error: it is not computed from the other two (that would re-weight
    // it: (1000 × 0.3 + 600 × 0.3) / 0.6 = 800), so 销售部's score and 采购部's 初始得分 wait for the correction.
    const [questionnaires, pairs, depts] = result.groupings;
    expect(questionnaires!.groups.map((g) => [g.keyText, g.status, g.figures.score ?? null])).toEqual([
      ['2026-03·生产部·甲·采购部', 'scored', 880],
      ['2026-03·销售部·丙·采购部', 'error', null],
    ]);
    expect(pairs!.groups.map((g) => [g.keyText, g.status])).toEqual([['2026-03·生产部·采购部', 'scored'], ['2026-03·销售部·采购部', 'error']]);
    const buying = depts!.groups[0]!;
    expect(buying).toMatchObject({ status: 'error', band: null, figures: {}, errorRows: 1 });
    expect(buying.explanation.band).toContain('有错误,本组不计算、不定等级');
  });

  it('a questionnaire answering two of three indicators is re-weighted over them, with a warning: (1000 × 0.4 + 600 × 0.3) / 0.7 = 828.57', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const { result } = scoreRecords(def, rows(def, [answer('生产部', '甲', '采购部', '及时性', 'A'), answer('生产部', '甲', '采购部', '准确性', 'C')]));
    const questionnaire = result.groupings[0]!.groups[0]!;
    expect(questionnaire.status).toBe('scored');
    expect(questionnaire.figures.score).toBeCloseTo((400 + 180) / 0.7, 9);
    expect(result.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['group-check', 'warning', '答案!A2:问卷「2026-03·生产部·甲·采购部」:问卷只答了部分指标,得分按已答指标的权重重新加权;请核对是否漏答(权重之和 0.7)'],
    ]);
    // 828.57 → B, still scored through to the department.
    expect(result.groupings.find((g) => g.id === 'dept')!.groups[0]!.band).toBe('B 良好');
  });

  it('an indicator answered twice in one questionnaire is an error: the questionnaire and what it feeds are not scored', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const full = (rater: string, levels: string[]) => ['及时性', '准确性', '服务态度'].map((ind, i) => answer('生产部', rater, '采购部', ind, levels[i]!));
    // 甲: 及时性 A and 及时性 C, 准确性 B, 服务态度 B — weights 0.4 + 0.4 + 0.3 + 0.3 = 1.4: which 及时性 counts is not for kpi to guess.
    const { result } = scoreRecords(def, rows(def, [...full('甲', ['A', 'B', 'B']), answer('生产部', '甲', '采购部', '及时性', 'C'), ...full('乙', ['A', 'A', 'A'])]));
    const [questionnaires, pairs, depts] = result.groupings;
    expect(questionnaires!.groups.map((g) => [g.keyText, g.status, g.band])).toEqual([
      ['2026-03·生产部·甲·采购部', 'error', null],
      ['2026-03·生产部·乙·采购部', 'scored', null],
    ]);
    // The second 及时性 (row 5, its 指标 cell E5) is the error; the first stays the questionnaire's, which is withheld.
    // Its own code: a record twice is no person twice (it was 'duplicate-person').
    expect(result.problems.map((p) => [p.code, p.severity, p.cell])).toEqual([['duplicate-record', 'error', 'E5']]);
    expect(result.problems[0]!.message).toBe('答案!E5:考核周期(月)+评价部门+评价人+被评价部门+指标「2026-03+生产部+甲+采购部+及时性」重复,已在 答案!E2 出现,这一条答案不计入;请删去多余的一条后重新评分');
    expect(pairs!.groups[0]).toMatchObject({ status: 'error', errorRows: 1 });
    expect(depts!.groups[0]).toMatchObject({ status: 'error', band: null });
  });
  it('an indicator twice while the weights still add up to 1 or less (及时性 A and E, 专业性 B): an error, not 680 at exit 0', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    // 人力资源部's indicators: 及时性 0.3, 专业性 0.4, … — 及时性 twice is 0.3 + 0.3 + 0.4 = 1.0: no weight check fires.
    const data = [
      ['2026-03', '生产部', '张三', '人力资源部', '及时性', 'A'],
      ['2026年3月', '生产部', '张三', '人力资源部', '及时性', 'E', '多次延误'],
      ['2026-03', '生产部', '张三', '人力资源部', '专业性', 'B'],
    ];
    const { result } = scoreRecords(def, rows(def, data));
    // 「2026年3月」 is the same month: the same questionnaire, its 及时性 given twice (it was scored 300 + 60 + 320 = 680).
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([['duplicate-record', 'E3']]);
    expect(result.groupings.map((g) => g.groups.map((x) => x.status))).toEqual([['error'], ['error'], ['error'], ['error']]);
  });
  it('a month kpi cannot read (「3月」 without its year, 「26-Mar」 (a day, d-mmm), 「26-02」) is an error at its cell, not a month of its own (「Mar-26」, Excel\'s 2026-03, is read)', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const all = (month: string, from: string, level: string) => ['及时性', '准确性', '服务态度'].map((ind) => [month, from, '某', '采购部', ind, level]);
    // 3月 was a fourth month: the period mean (1000 + 800 + 800 + 800) / 4 = 850 instead of an error.
    const { result } = scoreRecords(def, rows(def, [...all('2026-01', '生产部', 'A'), ...all('2026-02', '生产部', 'B'), ...all('2026-03', '生产部', 'B'), ['3月', '销售部', '某', '采购部', '及时性', 'B'], ['26-Mar', '销售部', '某', '采购部', '准确性', 'B'], ['26-02', '销售部', '某', '采购部', '服务态度', 'B']]));
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([['not-a-month', 'A11'], ['not-a-month', 'A12'], ['not-a-month', 'A13']]);
    expect(result.problems[0]!.message).toBe('答案!A11:第 11 行(评价部门 销售部,评价人 某,被评价部门 采购部,指标 及时性)「考核周期(月)」应为年和月(如 2026-03 或 2026年3月),实际为「3月」');
    // The rows in error are 销售部's answers on 采购部 of a month nobody can read: any of 采购部's months may be short of
    // them, so none is scored until they are corrected (not a month of its own, nor 1000, 800 and 800 as if complete).
    const depts = result.groupings.find((g) => g.id === 'dept')!.groups;
    expect(depts.map((g) => [g.keyText, g.status, g.band])).toEqual([['2026-01·采购部', 'error', null], ['2026-02·采购部', 'error', null], ['2026-03·采购部', 'error', null]]);
    // Its period is not scored either (it was (1000 + 800 + 800) / 3 = 866.67).
    const period = result.groupings.find((g) => g.id === 'period')!.groups[0]!;
    expect([period.keyText, period.status, period.band]).toEqual(['采购部', 'error', null]);
  });
  it('a 被评价部门 the definition lists nowhere (「采购」 for 采购部) stops the questionnaires it may belong to, said at its cell', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const data = [
      // The worked example, but 丙's 及时性 names 「采购」: 丙's other two answers were scored as a questionnaire of their
      // own, (1000 × 0.3 + 600 × 0.3) / 0.6 = 800, so 采购部 = (810 + 800) / 2 = 805 → B, 80.5, with a warning only.
      answer('生产部', '甲', '采购部', '及时性', 'A'), answer('生产部', '甲', '采购部', '准确性', 'B'), answer('生产部', '甲', '采购部', '服务态度', 'B'),
      answer('生产部', '乙', '采购部', '及时性', 'B'), answer('生产部', '乙', '采购部', '准确性', 'C'), answer('生产部', '乙', '采购部', '服务态度', 'B'),
      answer('销售部', '丙', '采购', '及时性', 'A'), answer('销售部', '丙', '采购部', '准确性', 'A'), answer('销售部', '丙', '采购部', '服务态度', 'C'),
    ];
    const { result } = scoreRecords(def, rows(def, data));
    // At the 被评价部门 (D8), not the 指标 (E8): 「采购」 is what no row of the table lists.
    // (And said as 采购部 written two ways, at the same cell.)
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([['item-not-found', 'D8'], ['names-alike', 'D8']]);
    const dept = result.groupings.find((g) => g.id === 'dept')!.groups;
    expect(dept.map((g) => [g.keyText, g.status, g.band])).toEqual([['2026-03·采购部', 'error', null]]);
    // 生产部's own rating of 采购部 stands: (880 + 740) / 2 = 810.
    const pairs = result.groupings.find((g) => g.id === 'pair')!.groups;
    expect(pairs.map((g) => [g.keyText, g.status, g.figures.score ?? null])).toEqual([['2026-03·生产部·采购部', 'scored', expect.closeTo(810, 9)], ['2026-03·销售部·采购部', 'error', null]]);
    // An indicator the department does not have (专业性 is 人力资源部's) is said at the 指标, and stops only its questionnaire.
    const typo = scoreRecords(def, rows(def, [...data.slice(0, 6), answer('销售部', '丙', '采购部', '专业性', 'A'), ...data.slice(7)])).result;
    expect(typo.problems.map((p) => [p.code, p.cell])).toEqual([['item-not-found', 'E8']]);
  });
  it('one month\'s file: an answer with its month left blank stops that month of its department (2026-03·采购部 was 845 B)', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const data = [
      // 生产部 甲: A, B, B → 880; 销售部 丙: A, A, C → 880: 880 → B.
      answer('生产部', '甲', '采购部', '及时性', 'A'), answer('生产部', '甲', '采购部', '准确性', 'B'), answer('生产部', '甲', '采购部', '服务态度', 'B'),
      answer('销售部', '丙', '采购部', '及时性', 'A'), answer('销售部', '丙', '采购部', '准确性', 'A'), answer('销售部', '丙', '采购部', '服务态度', 'C'),
      // 仓储部 丁's questionnaire, its month left blank (E without 理由 too): whose month it is cannot be read.
      [null, '仓储部', '丁', '采购部', '及时性', 'E'],
      // 行政部 is rated by 生产部 in March, untouched: 1000.
      ...['及时性', '服务质量', '服务态度'].map((ind) => answer('生产部', '甲', '行政部', ind, 'A')),
    ];
    const { result } = scoreRecords(def, rows(def, data));
    const depts = result.groupings.find((g) => g.id === 'dept')!.groups;
    expect(depts.map((g) => [g.keyText, g.status])).toEqual([['2026-03·采购部', 'error'], ['2026-03·行政部', 'scored']]);
  });
  it('an answer without 评价人 (a required key) stops its department\'s month: 张经理\'s C, C was re-weighted to 600 and 2026-03·采购部 scored', async () => {
    const def = await recordForm('internal-satisfaction-dept');
    const data = [
      // 销售部 丙: A, A, A = 1000 — a questionnaire of its own, fine.
      ...['及时性', '准确性', '服务态度'].map((ind) => answer('销售部', '丙', '采购部', ind, 'A')),
      // 生产部 张经理: 及时性 A with 评价人 left blank, 准确性 C, 服务态度 C.
      ['2026-03', '生产部', null, '采购部', '及时性', 'A'],
      answer('生产部', '张经理', '采购部', '准确性', 'C'),
      answer('生产部', '张经理', '采购部', '服务态度', 'C'),
    ];
    const { result } = scoreRecords(def, rows(def, data));
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['C5']);
    const [, pairs, depts, periods] = result.groupings;
    // The pair 生产部 → 采购部 of March has the answer in error: not scored, nor what it feeds.
    expect(pairs!.groups.map((g) => [g.keyText, g.status])).toEqual([
      ['2026-03·销售部·采购部', 'scored'],
      ['2026-03·生产部·采购部', 'error'],
    ]);
    expect(depts!.groups.map((g) => [g.keyText, g.status, g.band])).toEqual([['2026-03·采购部', 'error', null]]);
    expect(periods!.groups.map((g) => [g.keyText, g.status])).toEqual([['采购部', 'error']]);
  });
});

describe('§23 internal-satisfaction-workshop', () => {
  /** One answer per row: 考核月份, 车间, 被服务部门, 评价项目, 评价, 原因, 部门月度得分. */
  // A workshop answering several times rates several items (one answer an item: the same row twice is said).
  const answers = (dept: string, workshops: string[], marks: string[]) => {
    const seen = new Map<string, number>();
    return workshops.map((w, i) => {
      const n = seen.get(w) ?? 0;
      seen.set(w, n + 1);
      return ['2026-03', w, dept, ['服务态度', '响应速度', '服务质量', '沟通协调'][n]!, marks[i] ?? '满意'];
    });
  };
  const shops = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}号车间`);

  it('an answer with its month left blank stops its department\'s month (质检部 was 较差 0.91 without it; with it 差 1.82)', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    const data = [...answers('质检部', shops(6), ['不满意', '不满意']), [null, '7号车间', '质检部', '服务态度', '不满意'], ...answers('设备部', shops(3), [])];
    const { result } = scoreRecords(def, rows(def, data));
    const months = result.groupings[0]!.groups.map((g) => [g.keyText, g.status]);
    expect(months).toEqual([['2026-03·质检部', 'error'], ['2026-03·设备部', 'scored']]);
  });

  it('a department rating itself (车间 采购部 for 采购部) is an error at its 车间 cell, never one more workshop served', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    // Five workshops, one 很不满意: w = 1 → 较差, 1 ÷ 0.9 = 1.11. The self-row made six (÷ 1.1 = 0.91).
    const data = [...answers('采购部', shops(5), ['很不满意']), ['2026-03', '采购部', '采购部', '服务态度', '满意']];
    const { result } = scoreRecords(def, rows(def, data));
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['B7']);
    expect(result.problems[0]!.message).toContain('车间就是被服务部门');
    expect(result.groupings[0]!.groups[0]!.figures.served ?? null).not.toBe(6);
    // Without it: 5 served, 较差, 1.11.
    const clean = scoreRecords(def, rows(def, answers('采购部', shops(5), ['很不满意']))).result.groupings[0]!.groups[0]!;
    expect([clean.figures.served, clean.figures.level, clean.figures.deduction]).toEqual([5, '较差', 1.11]);
  });

  it('a month written two ways is one month: 部门T u = 3 + 1 = 4 → 很差, 3 ÷ 0.9 = 3.33 (was 差 2.22 and 较好 0.56)', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    const data = [
      ...answers('部门T', ['一车间', '二车间', '三车间'], ['不满意', '不满意', '不满意']),
      ['2026年3月', '四车间', '部门T', '服务态度', '不满意'],
    ];
    const { result } = scoreRecords(def, rows(def, data));
    const groups = result.groupings[0]!.groups;
    expect(groups.map((g) => [g.keyText, g.figures.served, g.figures.u, g.figures.level, g.figures.deduction])).toEqual([['2026-03·部门T', 4, 4, '很差', 3.33]]);
  });

  it('部门月度得分 typed twice for one month, 90 and 80: an error, not the larger one (it was 89.44 without a word)', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    const data = [
      ['2026-03', '一车间', '部门G', '服务态度', '不满意', null, 90],
      ['2026-03', '二车间', '部门G', '服务态度', '满意', null, 80],
      ['2026-03', '一车间', '部门H', '服务态度', '满意', null, 85],
      ['2026-03', '二车间', '部门H', '服务态度', '满意', null, 85],
    ];
    const { result } = scoreRecords(def, rows(def, data));
    const by = Object.fromEntries(result.groupings[0]!.groups.map((g) => [g.key.dept, g]));
    expect(by['部门G']!.figures.monthly).toBeNull();
    // Its own code (it was 'zero-denominator'), at the cell of the first answer that differs: row 3's G (部门月度得分).
    const conflict = result.problems.find((p) => p.code === 'figure-conflict')!;
    expect([conflict.severity, conflict.cell, conflict.actual]).toEqual(['error', 'G3', '90、80']);
    expect(conflict.message).toContain('「部门月度得分」各答案填的不一致(90、80),无法确定用哪一个;请改成一致后重新评分');
    expect(result.problems.filter((p) => p.code === 'zero-denominator')).toEqual([]);
    // The same figure on every row is that figure: 部门H 85, nothing deducted (all 满意) → 85.
    expect([by['部门H']!.figures.monthly, by['部门H']!.figures.after]).toEqual([85, 85]);
  });

  it('counts worst first, the nominal deduction ÷ the coefficient rounded to 2 decimals: 1.11 and 0.77 exactly', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    const data = [
      // 仓储部: 4 workshops, u = 2 → 较差 → 1 ÷ 0.9 = 1.111… → 1.11
      ...answers('仓储部', shops(4), ['不满意', '不满意']),
      // 设备部: 13 workshops, w = 1 → 较差 → 1 ÷ 1.3 = 0.769… → 0.77
      ...answers('设备部', shops(13), ['很不满意']),
      // 质检部: 2 workshops, u = 3 and w = 1: checked worst first it is 差 (not 较差) → 2 ÷ 0.9 = 2.22
      ...answers('质检部', ['1号车间', '1号车间', '1号车间', '2号车间'], ['不满意', '不满意', '不满意', '很不满意']),
      // 采购配套部: 7 workshops, g = 2 → 较好 → 0.5 ÷ 1.1 = 0.4545… → 0.45
      ...answers('采购配套部', shops(7), ['一般', '一般']),
      // 行政部: 3 workshops, u = 4 → 很差 → 3 ÷ 0.9 = 3.33
      ...answers('行政部', ['1号车间', '1号车间', '2号车间', '3号车间'], ['不满意', '不满意', '不满意', '不满意']),
      // 财务部: 11 workshops, all 满意 → 优秀 → 0
      ...answers('财务部', shops(11), []),
      // 车队: 6 workshops, u = 1 → 较好 → 0.5 ÷ 1.1 = 0.45 (6 is the first count of 1.1)
      ...answers('车队', shops(6), ['不满意']),
      // 人力资源部: 5 workshops, u = 2 and w = 1 → 差 → 2 ÷ 0.9 = 2.22 (5 is the last count of 0.9)
      ...answers('人力资源部', shops(5), ['不满意', '不满意', '很不满意']),
      // 基建办: 10 workshops, w = 2 → 很差 → 3 ÷ 1.1 = 2.7272… → 2.73 (10 is the last count of 1.1)
      ...answers('基建办', shops(10), ['很不满意', '很不满意']),
    ];
    const { result } = scoreRecords(def, rows(def, data));
    const by = Object.fromEntries(result.groupings[0]!.groups.map((g) => [g.key.dept, g]));
    const line = (d: string) => {
      const f = by[d]!.figures;
      return [f.served, f.u, f.w, f.g, f.level, f.nominal, f.coefficient, f.deduction, by[d]!.band];
    };
    expect(line('仓储部')).toEqual([4, 2, 0, 0, '较差', 1, 0.9, 1.11, '较差(36–40分)']);
    expect(line('设备部')).toEqual([13, 0, 1, 0, '较差', 1, 1.3, 0.77, '较差(36–40分)']);
    expect(line('质检部')).toEqual([2, 3, 1, 0, '差', 2, 0.9, 2.22, '差(31–35分)']);
    expect(line('采购配套部')).toEqual([7, 0, 0, 2, '较好', 0.5, 1.1, 0.45, '较好(40–45分)']);
    expect(line('行政部')).toEqual([3, 4, 0, 0, '很差', 3, 0.9, 3.33, '很差(30分以下)']);
    expect(line('财务部')).toEqual([11, 0, 0, 0, '优秀', 0, 1.3, 0, '优秀(46–50分)']);
    expect(line('车队')).toEqual([6, 1, 0, 0, '较好', 0.5, 1.1, 0.45, '较好(40–45分)']);
    expect(line('人力资源部')).toEqual([5, 2, 1, 0, '差', 2, 0.9, 2.22, '差(31–35分)']);
    expect(line('基建办')).toEqual([10, 0, 2, 0, '很差', 3, 1.1, 2.73, '很差(30分以下)']);
    expect(by['仓储部']!.explanation.deduction).toBe('名义扣分(1) ÷ 系数(0.9) = 1.11');
    expect(result.groupings[0]!.bands).toEqual({ '优秀(46–50分)': 1, '较好(40–45分)': 2, '较差(36–40分)': 2, '差(31–35分)': 2, '很差(30分以下)': 2 });
    expect(result.problems).toEqual([]);
  });

  it('the deduction comes off the department’s monthly score when one is given (any row), and is reported either way', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    const data = [
      ...answers('仓储部', shops(4), ['不满意', '不满意']),
      ...answers('设备部', shops(13), ['很不满意']),
    ];
    // 仓储部's score typed on its third row: 92 − 1.11 = 90.89; 设备部 has none: 0.77 is reported, no score after it, no error.
    data[2]![6] = 92;
    const { result } = scoreRecords(def, rows(def, data));
    const by = Object.fromEntries(result.groupings[0]!.groups.map((g) => [g.key.dept, g]));
    expect(by['仓储部']!.figures).toMatchObject({ deduction: 1.11, monthly: 92, after: 90.89 });
    expect(by['仓储部']!.status).toBe('scored');
    expect(by['设备部']!.figures).toMatchObject({ deduction: 0.77, monthly: null, after: null });
    expect(by['设备部']!.status).toBe('scored');
    expect(result.problems).toEqual([]);
  });

  it('a deduction larger than the monthly score takes it to 0, not below (kpi\'s decision)', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    // 行政部: 4 workshops, u = 4 → 很差, 3 ÷ 0.9 = 3.33 off a typed 2 → max(0, 2 − 3.33) = 0;
    // 质检部: 4 workshops, u = 3 and w = 1 → 差, 2 ÷ 0.9 = 2.22 off a typed 5 → 2.78.
    const data = [...answers('行政部', shops(4), ['不满意', '不满意', '不满意', '不满意']), ...answers('质检部', shops(4), ['不满意', '不满意', '不满意', '很不满意'])];
    data[0]![6] = 2;
    data[4]![6] = 5;
    const { result } = scoreRecords(def, rows(def, data));
    const by = Object.fromEntries(result.groupings[0]!.groups.map((g) => [g.key.dept, g]));
    expect(by['行政部']!.figures).toMatchObject({ deduction: 3.33, monthly: 2, after: 0 });
    expect(by['行政部']!.explanation.after).toContain('取 0、(部门月度得分(2) + -1 × 实扣分(3.33)) 中较大者');
    expect(by['质检部']!.figures).toMatchObject({ deduction: 2.22, monthly: 5, after: 2.78 });
    expect(result.problems).toEqual([]);
  });

  it('three consecutive months 优秀 → +3, then the count starts again; a month not 优秀 or missing breaks the run', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'];
    const data: Array<Array<string>> = [];
    months.forEach((m, i) => {
      // 财务部: 优秀 every month → 1–3 (+3), 4–6 (+3), 7 starts a new count → 6
      data.push([m, '一车间', '财务部', '报销', '满意']);
      // 仓储部: April u = 1 → 较好 (0.5 ÷ 0.9 = 0.56) → 1–3 (+3), 5–7 (+3) → 6
      data.push([m, '一车间', '仓储部', '配送', i === 3 ? '不满意' : '满意']);
      // 设备部: no answers in March: 1–2 and 4–7 → only 4–6 (+3) → 3
      if (m !== '2026-03') data.push([m, '一车间', '设备部', '维修', '满意']);
    });
    const { result } = scoreRecords(def, rows(def, data));
    const by = Object.fromEntries(result.groupings.find((g) => g.id === 'period')!.groups.map((g) => [g.key.dept, g]));
    expect(by['财务部']!.figures).toMatchObject({ months: 7, excellent: 7, streakBonus: 6, deductions: 0 });
    expect(by['财务部']!.explanation.streakBonus).toBe('连续 3 个月评定 为 优秀:2026-01–2026-03、2026-04–2026-06,2 次 × 3 = 6');
    expect(by['仓储部']!.figures).toMatchObject({ months: 7, excellent: 6, streakBonus: 6, deductions: 0.56 });
    expect(by['设备部']!.figures).toMatchObject({ months: 6, excellent: 6, streakBonus: 3 });
    expect(result.problems).toEqual([]);
  });

  it('an answer that is not one of the four is an error at its cell, and the department waits for it', async () => {
    const def = await recordForm('internal-satisfaction-workshop');
    const { result } = scoreRecords(def, rows(def, [...answers('仓储部', shops(3), ['不满意', '差评']), ...answers('财务部', shops(2), ['不满意'])]));
    const bad = result.problems.find((p) => p.code === 'unknown-choice')!;
    expect(bad).toMatchObject({ sheet: '答案', cell: 'E3' });
    // 仓储部: the answer 「差评」 may stand for the worst mark, so the two others alone (u = 1 → 较好 → 0.56) would
    // understate the deduction: no grade and no deduction until it is corrected.
    const [storage, finance] = result.groupings[0]!.groups;
    expect(storage).toMatchObject({ keyText: '2026-03·仓储部', status: 'error', band: null, figures: {}, rows: 2, errorRows: 1 });
    // 财务部 is unaffected: 2 workshops, u = 1 → 较好 → 0.5 ÷ 0.9 = 0.555… → 0.56
    expect(finance!.figures).toMatchObject({ u: 1, served: 2, level: '较好', deduction: 0.56 });
  });
});

// A workshop written two ways (「1号车间」 and 「一号车间」) was two workshops: 设备部 served by 6 for 5, its coefficient 1.1
// for 0.9 (0.5 / 1.1 = 0.45 off for 0.5 / 0.9 = 0.56), exit 0 without a word. Its number written two ways is now one
// workshop, said in a note (workshopNumerals49); 「车间一」 beside 「一车间」 is still said as two.
describe('names written two ways in a record log', () => {
  it('are said once, naming both; names that differ otherwise are not', async () => {
    const { numeralsAsDigits, alikeNames } = await import('../../src/engine/groups/alikeNames.js');
    expect(['一号车间', '十一号车间', '二十楼', '三十五区', '十楼', '统一部'].map(numeralsAsDigits)).toEqual(['1号车间', '11号车间', '20楼', '35区', '10楼', '统1部']);
    expect(alikeNames(['1号车间', '一号车间', '2号车间', '一车间', '1号车间 '])).toEqual([['1号车间', '一号车间', '一车间']]);
    // The numbering written with 第, without 号, or after the word: each a workshop of its own, so said (§23's coefficient).
    expect(alikeNames(['一车间', '第一车间', '车间一', '二车间', '第二十车间', '20号车间', '质检部'])).toEqual([['一车间', '第一车间', '车间一'], ['第二十车间', '20号车间']]);
    expect(alikeNames(['一部', '统一部', '二楼', '楼二层'])).toEqual([]);
    // A note in brackets beside the same name bare (§23 「一车间(冲压)」 counted a sixth workshop: 1 / 1.1 = 0.91 off for
    // 1 / 0.9 = 1.11, at exit 0); two notes without the bare name may be two places.
    expect(alikeNames(['一车间', '二车间', '一车间（冲压）', '东店(总店)', '东店', '西店(总)', '西店(分)'])).toEqual([['一车间', '一车间（冲压）'], ['东店', '东店(总店)']]);
    const def = await recordForm('internal-satisfaction-workshop');
    const answer = (workshop: string, level: string) => ['2026-03', workshop, '设备部', '态度', level, level === '满意' ? null : '慢', null];
    const { result } = scoreRecords(def, rows(def, ['1号车间', '2号车间', '3号车间', '4号车间', '5号车间', '一号车间'].map((w, k) => answer(w, k === 0 ? '不满意' : '满意'))));
    const said = result.problems.filter((p) => p.code === 'names-alike' || p.code === 'names-numbered');
    expect(said.map((p) => [p.severity, p.cell, p.message])).toEqual([['info', 'B7', '答案!B7:车间「1号车间」和「一号车间」只是编号的写法不同,按同一个车间统计;如果是不同的车间,请把各条答案写成不同的车间名称后重新评分']]);
    // 5 served → 0.9; u = 1 → 较好, 0.5 ÷ 0.9 = 0.555… → 0.56.
    expect(result.groupings[0]!.groups[0]!.figures).toMatchObject({ served: 5, coefficient: 0.9, deduction: 0.56 });
  });
});
