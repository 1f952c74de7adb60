import { describe, expect, it } from 'vitest';
import type { RecordFormDef } from '../../src/model/records.js';
import type { RawValue } from '../../src/model/entries.js';
import { scoreRecords } from '../../src/engine/groups/run.js';
import type { RecordRow } from '../../src/engine/groups/result.js';
import { maskPersonal } from '../../src/engine/groups/mask.js';
import { checkRecordSemantics } from '../../src/forms/recordSemantics.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Rows as the reader gives them: column ids in order A, B, C … on sheet 「记录」, data from row 2. */
function rows(def: RecordFormDef, data: Array<Record<string, string | number | boolean | null>>): RecordRow[] {
  return data.map((d, i) => {
    const row = i + 2;
    const cells = new Map<string, { raw: RawValue; at: { sheet: string; cell: string } }>();
    def.records.columns.forEach((c, k) => {
      const v = d[c.id];
      const raw: RawValue =
        v === undefined || v === null ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : typeof v === 'boolean' ? { kind: 'boolean', value: v } : { kind: 'text', value: v };
      cells.set(c.id, { raw, at: { sheet: '记录', cell: `${LETTERS[k]}${row}` } });
    });
    return { row, at: { sheet: '记录' }, cells };
  });
}

/** §5 in small: 认可满意 = 处理完毕 是 ∧ 清理卫生 有 ∧ 服务态度 ≥ 4 ∧ 本人签字 是; per 安装师傅. */
const install: RecordFormDef = {
  id: 'mini-install',
  title: '回访',
  version: '1',
  records: {
    label: '订单',
    sheet: '记录',
    rowLabel: ['seq'],
    columns: [
      { id: 'seq', label: '序号', type: 'text', optional: true },
      { id: 'master', label: '安装师傅', type: 'text' },
      { id: 'phone', label: '联系电话', type: 'text', optional: true, personal: 'phone' },
      { id: 'firstTime', label: '是否一次安装成功', type: 'yesno' },
      { id: 'done', label: '是否处理完毕', type: 'yesno' },
      { id: 'clean', label: '有没有清理卫生', type: 'yesno', words: ['有', '没有'] },
      { id: 'attitude', label: '服务态度', type: 'integer', min: 1, max: 5 },
      { id: 'signed', label: '验收单是否是您本人签字', type: 'yesno' },
    ],
  },
  derived: [
    {
      id: 'satisfied',
      label: '认可满意',
      column: '得分',
      value: { if: { all: [{ field: 'done', eq: true }, { field: 'clean', eq: true }, { field: 'attitude', atLeast: 4 }, { field: 'signed', eq: true }] }, then: 1, else: 0 },
    },
  ],
  groupings: [
    {
      id: 'master',
      label: '安装师傅',
      by: ['master'],
      figures: [
        { id: 'orders', label: '订单数', agg: 'count' },
        { id: 'satisfied', label: '满意数', agg: 'count', where: { field: 'satisfied', eq: 1 } },
        { id: 'rate', label: '满意率', agg: 'rate', where: { field: 'satisfied', eq: 1 }, times: 100, format: 'percent' },
        { id: 'firstRate', label: '一次安装成功率', agg: 'rate', where: { field: 'firstTime', eq: true }, times: 100, format: 'percent' },
        { id: 'attitude', label: '服务态度平均', agg: 'mean', of: { field: 'attitude' } },
        { id: 'spread', label: '服务态度分布', agg: 'distribution', field: 'attitude', values: [5, 4, 3, 2, 1] },
      ],
      band: { figure: 'rate', scale: 'default' },
    },
  ],
};

describe('record forms: rows are records, results per group', () => {
  it('the definition is consistent', () => {
    expect(checkRecordSemantics(install)).toEqual([]);
  });

  it('per-row 得分 and per-master figures, by hand', () => {
    const { rows: out, result } = scoreRecords(
      install,
      rows(install, [
        // 张: 4 orders. 1 → all four true, 态度 5 → 1. 2 → 态度 4 → 1. 3 → 清理卫生 没有 → 0. 4 → 态度 3 → 0.
        { seq: '1', master: '张师傅', firstTime: '是', done: '是', clean: '有', attitude: 5, signed: '是' },
        { seq: '2', master: '张师傅', firstTime: '否', done: '是', clean: '有', attitude: 4, signed: '是' },
        { seq: '3', master: '张师傅', firstTime: '是', done: '是', clean: '没有', attitude: 5, signed: '是' },
        { seq: '4', master: '张师傅', firstTime: '是', done: '是', clean: '有', attitude: 3, signed: '是' },
        // 李: 1 order, all true (√ and TRUE spellings) → 1.
        { seq: '5', master: '李师傅', firstTime: true, done: '√', clean: '有的', attitude: '5', signed: 'Y' },
      ]),
    );
    expect(out.map((r) => r.derived.satisfied)).toEqual([1, 1, 0, 0, 1]);
    const [zhang, li] = result.groupings[0]!.groups;
    // 满意率 2/4 = 50 % → 待改进 (< 60); 一次安装成功率 3/4 = 75 %; 态度 (5+4+5+3)/4 = 4.25.
    expect(zhang!.figures).toMatchObject({ orders: 4, satisfied: 2, rate: 50, firstRate: 75, attitude: 4.25 });
    expect(zhang!.figures.spread).toEqual({ 5: 2, 4: 1, 3: 1, 2: 0, 1: 0 });
    expect(zhang!.band).toBe('待改进');
    expect(zhang!.explanation.rate).toBe('2/4(认可满意 为 1) = 0.5 × 100 = 50%');
    expect(zhang!.explanation.attitude).toBe('(5 + 4 + 5 + 3) ÷ 4 = 4.25');
    expect(zhang!.explanation.band).toBe('满意率 50 → 待改进');
    // 李: 1/1 = 100 % → 优秀.
    expect(li!.figures).toMatchObject({ orders: 1, satisfied: 1, rate: 100 });
    expect(li!.band).toBe('优秀');
    expect(result.groupings[0]!.bands).toEqual({ 优秀: 1, 良好: 0, 一般: 0, 待改进: 1 });
    expect(result.rows).toEqual({ total: 5, ok: 5, error: 0 });
  });

  it('a row in error is located, masked where personal, and left out of the figures', () => {
    const { rows: out, result } = scoreRecords(
      install,
      rows(install, [
        { seq: '1', master: '王师傅', phone: '13812345678', firstTime: '是', done: '是', clean: '有', attitude: 5, signed: '是' },
        { seq: '2', master: '王师傅', phone: '13912345678', firstTime: '是', done: '是', clean: '有', attitude: 6, signed: '是' },
        { seq: '3', master: '王师傅', phone: '13712345678', firstTime: '是', done: '大概', clean: '有', attitude: 4, signed: '是' },
      ]),
    );
    expect(out.map((r) => r.status)).toEqual(['ok', 'error', 'error']);
    expect(out[1]!.derived.satisfied).toBeNull();
    expect(result.problems.map((p) => [p.cell, p.person, p.message])).toEqual([
      ['G3', '第 3 行(序号 2)', '记录!G3:第 3 行(序号 2)「服务态度」应为1到5之间的整数,实际为「6」'],
      ['E4', '第 4 行(序号 3)', '记录!E4:第 4 行(序号 3)「是否处理完毕」应为以下之一:是 / 否(或对应分值 1/0),实际为「大概」'],
    ]);
    const wang = result.groupings[0]!.groups[0]!;
    // Only row 1 counts: 1/1.
    expect(wang).toMatchObject({ rows: 1, errorRows: 2, band: '优秀' });
    expect(wang.figures.rate).toBe(100);
    expect(maskPersonal('phone', '13812345678')).toBe('138****5678');
    expect(maskPersonal('phone', '138-1234-5678')).toBe('138****5678');
  });

  it('a group whose only row is in error: no rate, neither 0 nor 100, and said as that row\'s (not 「没有订单(分母为 0)」)', () => {
    const { result } = scoreRecords(
      install,
      rows(install, [{ seq: '1', master: '赵师傅', firstTime: '是', done: '是', clean: '有', attitude: 9, signed: '是' }]),
    );
    const zhao = result.groupings[0]!.groups[0]!;
    expect(zhao.figures.rate ?? null).toBeNull();
    expect(zhao.band).toBeNull();
    expect(zhao.status).toBe('error');
    expect(zhao.explanation.band).toBe('唯一的 1 条订单有错误,本组不计算、不定等级(改正后重新评分)');
    expect(result.problems.filter((x) => x.code === 'zero-denominator')).toEqual([]);
  });

  it('one group for the whole sheet: survey means, index × 10, 甲乙丙丁, suggestions', () => {
    const survey: RecordFormDef = {
      id: 'mini-survey',
      title: '满意度',
      version: '1',
      records: {
        label: '客户',
        sheet: '记录',
        columns: [
          { id: 'customer', label: '客户', type: 'text' },
          { id: 'quality', label: '产品质量', type: 'integer', min: 1, max: 10 },
          { id: 'service', label: '服务', type: 'integer', min: 1, max: 10 },
          { id: 'advice', label: '建议和意见', type: 'text', optional: true },
        ],
      },
      derived: [{ id: 'mean', label: '客户平均', value: { mean: [{ field: 'quality' }, { field: 'service' }] } }],
      groupings: [
        {
          id: 'month',
          label: '本月',
          by: [],
          allLabel: '本月',
          figures: [
            { id: 'quality', label: '产品质量', agg: 'mean', of: { field: 'quality' } },
            { id: 'service', label: '服务', agg: 'mean', of: { field: 'service' } },
            { id: 'overall', label: '总体平均', agg: 'mean', of: { field: 'mean' } },
            { id: 'index', label: '满意度指数', agg: 'mean', of: { field: 'mean' }, times: 10 },
            { id: 'advice', label: '建议和意见', agg: 'texts', field: 'advice' },
          ],
          band: { figure: 'index', scale: 'jiayi' },
        },
      ],
    };
    const { result } = scoreRecords(
      survey,
      rows(survey, [
        { customer: '甲', quality: 9, service: 8, advice: '送货快' },
        { customer: '乙', quality: 7, service: 10 },
        { customer: '丙', quality: 8, service: 8, advice: '  ' },
      ]),
    );
    const m = result.groupings[0]!.groups[0]!;
    // 产品质量 (9+7+8)/3 = 8; 服务 (8+10+8)/3 = 8.6667; 客户平均 8.5, 8.5, 8 → 总体 25/3 = 8.3333; 指数 83.333 → 乙.
    expect(m.keyText).toBe('本月');
    expect(m.figures.quality).toBe(8);
    expect(m.figures.service).toBeCloseTo(26 / 3, 12);
    expect(m.figures.overall).toBeCloseTo(25 / 3, 12);
    expect(m.figures.index).toBeCloseTo(250 / 3, 12);
    expect(m.band).toBe('乙');
    expect(m.figures.advice).toEqual([{ text: '送货快', at: { sheet: '记录', cell: 'D2' } }]);
  });

  it('a band decided by the figure to 2 places says so: 满意度指数 89.995(按 90.00 定级)→ 甲, not 「90 → 甲」 beside 89.995', () => {
    const survey: RecordFormDef = {
      id: 'mini-index',
      title: '满意度',
      version: '1',
      records: { label: '客户', sheet: '记录', columns: [{ id: 'quality', label: '产品质量', type: 'integer', min: 1, max: 10 }, { id: 'service', label: '服务', type: 'integer', min: 1, max: 10 }] },
      derived: [{ id: 'mean', label: '客户平均', value: { mean: [{ field: 'quality' }, { field: 'service' }] } }],
      groupings: [{ id: 'month', label: '本月', by: [], allLabel: '本月', figures: [{ id: 'index', label: '满意度指数', agg: 'mean', of: { field: 'mean' }, times: 10 }], band: { figure: 'index', scale: 'jiayi' } }],
    };
    const band = (data: Array<{ quality: number; service: number }>) => {
      const g = scoreRecords(survey, rows(survey, data)).result.groupings[0]!.groups[0]!;
      return [g.figures.index, g.band, g.explanation.band];
    };
    // 999 customers 9 + 9 and one 9 + 8: Σ = 999 × 18 + 17 = 17,999 over 2,000 answers → 8.9995 × 10 = 89.995 → 90.00 → 甲 (≥ 90).
    const nines = Array.from({ length: 999 }, () => ({ quality: 9, service: 9 }));
    const [index, label, text] = band([...nines, { quality: 9, service: 8 }]);
    expect(index).toBeCloseTo(89.995, 9);
    expect([label, text]).toEqual(['甲', '满意度指数 89.995(按 90.00 定级)→ 甲']);
    // Where the figure to 2 places is in the same band, the figure as shown: 3 customers → 8.5, 8.5, 8 → 83.3333 → 乙.
    expect(band([{ quality: 9, service: 8 }, { quality: 7, service: 10 }, { quality: 8, service: 8 }]).slice(1)).toEqual(['乙', '满意度指数 83.33 → 乙']);
  });

  it('nesting (§22 worked example): questionnaire → evaluating dept → evaluated dept = 845 → B → 84.5', () => {
    const levels = [
      { label: 'A', points: 1000 }, { label: 'B', points: 800 }, { label: 'C', points: 600 }, { label: 'D', points: 400 }, { label: 'E', points: 200 },
    ];
    const dept: RecordFormDef = {
      id: 'mini-dept',
      title: '内部满意度',
      version: '1',
      records: {
        label: '答案',
        sheet: '记录',
        columns: [
          { id: 'from', label: '评价部门', type: 'text' },
          { id: 'rater', label: '评价人', type: 'text' },
          { id: 'to', label: '被评价部门', type: 'text' },
          { id: 'indicator', label: '指标', type: 'text' },
          { id: 'level', label: '等级', type: 'choice', choices: levels },
          { id: 'reason', label: '理由', type: 'text', optional: true },
        ],
      },
      tables: {
        weight: { by: ['to', 'indicator'], rows: [['采购部', '及时性', 0.4], ['采购部', '准确性', 0.3], ['采购部', '服务态度', 0.3]] },
        deptWeight: { by: ['to'], rows: [['采购部', 0.1]] },
      },
      derived: [{ id: 'weighted', label: '加权分', value: { product: [{ field: 'level' }, { lookup: 'weight', by: ['to', 'indicator'] }] } }],
      checks: [{ id: 'reason', when: { field: 'level', in: ['D', 'E'] }, require: { field: 'reason', filled: true }, at: 'reason', message: '等级为 D 或 E 时须注明理由和事实依据' }],
      groupings: [
        { id: 'sheet', label: '问卷', by: ['from', 'rater', 'to'], hidden: true, figures: [{ id: 'score', label: '问卷得分', agg: 'sum', of: { field: 'weighted' } }] },
        { id: 'pair', label: '部门评分', by: ['from', 'to'], from: 'sheet', hidden: true, figures: [{ id: 'score', label: '部门评分', agg: 'mean', of: { field: 'score' } }] },
        {
          id: 'dept',
          label: '被评价部门',
          by: ['to'],
          from: 'pair',
          figures: [
            { id: 'initial', label: '初始得分', agg: 'mean', of: { field: 'score' } },
            { id: 'shown', label: '绩效体现分值', agg: 'calc', of: { product: [{ field: 'initial' }, { lookup: 'deptWeight', by: ['to'] }] } },
          ],
          band: { figure: 'initial', scale: 'ae' },
        },
      ],
    };
    expect(checkRecordSemantics(dept)).toEqual([]);
    const answer = (from: string, rater: string, indicator: string, level: string, reason?: string) => ({ from, rater, to: '采购部', indicator, level, reason: reason ?? null });
    const { result } = scoreRecords(
      dept,
      rows(dept, [
        // 生产部 questionnaire 1: A, B, B → 400 + 240 + 240 = 880
        answer('生产部', '甲', '及时性', 'A'), answer('生产部', '甲', '准确性', 'B'), answer('生产部', '甲', '服务态度', 'B'),
        // 生产部 questionnaire 2: B, C, B → 320 + 180 + 240 = 740; 生产部 = (880 + 740) / 2 = 810
        answer('生产部', '乙', '及时性', 'B'), answer('生产部', '乙', '准确性', 'C'), answer('生产部', '乙', '服务态度', 'B'),
        // 销售部: A, A, C → 400 + 300 + 180 = 880
        answer('销售部', '丙', '及时性', 'A'), answer('销售部', '丙', '准确性', 'A'), answer('销售部', '丙', '服务态度', 'C'),
      ]),
    );
    const [sheets, pairs, depts] = result.groupings;
    expect(sheets!.groups.map((g) => [g.keyText, g.figures.score])).toEqual([['生产部·甲·采购部', 880], ['生产部·乙·采购部', 740], ['销售部·丙·采购部', 880]]);
    expect(pairs!.groups.map((g) => [g.keyText, g.figures.score])).toEqual([['生产部·采购部', 810], ['销售部·采购部', 880]]);
    const buying = depts!.groups[0]!;
    // 初始得分 (810 + 880) / 2 = 845 → B 良好 (≥ 700); 845 × 10 % = 84.5.
    expect(buying.figures.initial).toBe(845);
    expect(buying.figures.shown).toBeCloseTo(84.5, 12);
    expect(buying.band).toBe('B 良好');
    expect(buying.explanation.shown).toBe('初始得分(845) × 查表「deptWeight」[被评价部门(采购部)](0.1) = 84.5');
    // A D without 理由 is an error at the 理由 cell; the row is left out.
    const bad = scoreRecords(dept, rows(dept, [answer('生产部', '甲', '及时性', 'D')]));
    expect(bad.result.problems[0]).toMatchObject({ code: 'reason-required', cell: 'F2' });
    expect(bad.result.problems[0]!.message).toBe('记录!F2:第 2 行:等级为 D 或 E 时须注明理由和事实依据');
    // An 指标 the definition does not list for that department: an error at the 指标 (the value no row of the table
    // lists, not the first field looked up), naming what it does list.
    const unknown = scoreRecords(dept, rows(dept, [answer('生产部', '甲', '响应速度', 'A')]));
    expect(unknown.result.problems[0]).toMatchObject({ code: 'item-not-found', cell: 'D2' });
    expect(unknown.result.problems[0]!.message).toBe(
      '记录!D2:第 2 行:考核表定义中没有 被评价部门「采购部」、指标「响应速度」 这一组合(被评价部门「采购部」 可填的指标:及时性、准确性、服务态度),无法计算「加权分」',
    );
    // `whole`: a questionnaire with an answer in error is not computed from the rest (here a sum: A, B alone →
    // 1000 × 0.4 + 800 × 0.3 = 640, as if the third answer were worth 0) and the departments built from it wait too.
    const strict: RecordFormDef = { ...dept, groupings: dept.groupings.map((g) => ({ ...g, whole: true })) };
    const partial = [answer('生产部', '甲', '及时性', 'A'), answer('生产部', '甲', '准确性', 'B'), answer('生产部', '甲', '服务态度', 'E')];
    const loose = scoreRecords(dept, rows(dept, partial)).result.groupings[0]!.groups[0]!;
    expect(loose.figures.score).toBeCloseTo(1000 * 0.4 + 800 * 0.3, 9); // without `whole`: 640 from two answers
    const held = scoreRecords(strict, rows(strict, partial)).result;
    expect(held.groupings.map((g) => g.groups.map((x) => [x.status, x.band, x.errorRows, Object.keys(x.figures).length]))).toEqual([
      [['error', null, 1, 0]],
      [['error', null, 1, 0]],
      [['error', null, 1, 0]],
    ]);
    // Its one 部门评分 is in error: said as the only one.
    expect(held.groupings[2]!.groups[0]!.explanation.band).toBe('唯一的 1 个部门评分有错误,本组不计算、不定等级(改正后重新评分)');
    // A table's own label names it in explanations (the id otherwise, as above).
    const labelled: RecordFormDef = { ...dept, tables: { ...dept.tables, deptWeight: { label: '部门权重', by: ['to'], rows: [['采购部', 0.1]] } } };
    const again = scoreRecords(labelled, rows(labelled, [answer('销售部', '丙', '及时性', 'A'), answer('销售部', '丙', '准确性', 'A'), answer('销售部', '丙', '服务态度', 'C')]));
    // The number the table gave is shown, as every other operand's: 880 × 0.1 = 88 (it read 「× 查表…[被评价部门(采购部)] = 88」).
    expect(again.result.groupings[2]!.groups[0]!.explanation.shown).toBe('初始得分(880) × 查表「部门权重」[被评价部门(采购部)](0.1) = 88');
  });

  it('counts to a grade worst first and a deduction ÷ coefficient rounded where the seed rounds (§23: 1.11, 0.77)', () => {
    const shop: RecordFormDef = {
      id: 'mini-workshop',
      title: '车间评部门',
      version: '1',
      records: {
        label: '答案',
        sheet: '记录',
        columns: [
          { id: 'workshop', label: '车间', type: 'text' },
          { id: 'dept', label: '部门', type: 'text' },
          { id: 'answer', label: '评价', type: 'choice', choices: [{ label: '满意', points: 4 }, { label: '一般', points: 3 }, { label: '不满意', points: 2 }, { label: '很不满意', points: 1 }] },
        ],
      },
      groupings: [
        {
          id: 'dept',
          label: '部门',
          by: ['dept'],
          figures: [
            { id: 'u', label: '不满意', agg: 'count', where: { field: 'answer', eq: '不满意' } },
            { id: 'w', label: '很不满意', agg: 'count', where: { field: 'answer', eq: '很不满意' } },
            { id: 'g', label: '一般', agg: 'count', where: { field: 'answer', eq: '一般' } },
            { id: 'served', label: '服务车间数', agg: 'distinct', field: 'workshop' },
            {
              id: 'level', label: '等级', agg: 'choose', otherwise: '优秀',
              cases: [
                { when: { any: [{ field: 'u', atLeast: 4 }, { field: 'w', atLeast: 2 }] }, value: '很差' },
                { when: { any: [{ field: 'u', eq: 3 }, { all: [{ field: 'u', eq: 2 }, { field: 'w', eq: 1 }] }] }, value: '差' },
                { when: { any: [{ field: 'u', eq: 2 }, { field: 'w', eq: 1 }] }, value: '较差' },
                { when: { any: [{ field: 'u', eq: 1 }, { field: 'g', atLeast: 2 }] }, value: '较好' },
              ],
            },
            {
              id: 'deduction', label: '实扣', agg: 'calc', digits: 2,
              of: {
                ratio: [
                  { if: { field: 'level', eq: '很差' }, then: 3, else: { if: { field: 'level', eq: '差' }, then: 2, else: { if: { field: 'level', eq: '较差' }, then: 1, else: { if: { field: 'level', eq: '较好' }, then: 0.5, else: 0 } } } },
                  { if: { field: 'served', atMost: 5 }, then: 0.9, else: { if: { field: 'served', atMost: 10 }, then: 1.1, else: 1.3 } },
                ],
              },
            },
          ],
        },
      ],
    };
    expect(checkRecordSemantics(shop)).toEqual([]);
    const data: Array<Record<string, string>> = [];
    // 仓储部: 4 workshops, two 不满意 → 较差 → 1 ÷ 0.9 = 1.111… → 1.11.
    ['一车间', '二车间', '三车间', '四车间'].forEach((w, i) => data.push({ workshop: w, dept: '仓储部', answer: i < 2 ? '不满意' : '满意' }));
    // 设备部: 13 workshops, one 很不满意 → 较差 → 1 ÷ 1.3 = 0.769… → 0.77.
    for (let i = 1; i <= 13; i++) data.push({ workshop: `${i}号车间`, dept: '设备部', answer: i === 1 ? '很不满意' : '满意' });
    // 质检部: u = 3 and w = 1 is 差 (worst first), 2 workshops → 2 ÷ 0.9 = 2.22.
    ['一车间', '一车间', '一车间', '二车间'].forEach((w, i) => data.push({ workshop: w, dept: '质检部', answer: i < 3 ? '不满意' : '很不满意' }));
    // 财务部: 5 workshops, one typed 「1号 车间」 beside 1号车间 and one 「２号车间」 beside 2号车间 — still 5, coefficient 0.9
    // (it counted 7 → 1.1); two 不满意 → 较差 → 1 ÷ 0.9 = 1.11.
    ['1号车间', '2号车间', '3号车间', '4号车间', '5号车间', '1号 车间', '２号车间'].forEach((w, i) => data.push({ workshop: w, dept: '财务部', answer: i < 2 ? '不满意' : '满意' }));
    const { result } = scoreRecords(shop, rows(shop, data));
    const by = Object.fromEntries(result.groupings[0]!.groups.map((g) => [g.keyText, g.figures]));
    expect(by['仓储部']).toMatchObject({ u: 2, w: 0, served: 4, level: '较差', deduction: 1.11 });
    expect(by['设备部']).toMatchObject({ u: 0, w: 1, served: 13, level: '较差', deduction: 0.77 });
    expect(by['质检部']).toMatchObject({ u: 3, w: 1, served: 2, level: '差', deduction: 2.22 });
    expect(by['财务部']).toMatchObject({ u: 2, w: 0, served: 5, level: '较差', deduction: 1.11 });
  });

  it('definitions that name nothing are refused with the place', () => {
    const bad: RecordFormDef = { ...install, groupings: [{ id: 'x', label: 'x', by: ['nope'], figures: [{ id: 'm', label: '平均', agg: 'mean', of: { field: 'ghost' } }], band: { figure: 'm', scale: 'zz' } }] };
    expect(checkRecordSemantics(bad).map((p) => `${p.path}:${p.message}`)).toEqual([
      '$.groupings[0].by:「nope」不存在',
      '$.groupings[0].figures[0].of:「ghost」不存在',
      '$.groupings[0].band.scale:等级表「zz」不存在(内置:default、jiayi、quality5、ae、k)',
    ]);
  });
});

describe('group keys as people type them', () => {
  it('「张 师傅」 and 「张师傅」 are one key; a space between Latin words stays; a month is its month', async () => {
    const { groupKey } = await import('../../src/engine/groups/fields.js');
    expect(groupKey('张 师傅')).toBe('张师傅');
    expect(groupKey('张　 师傅')).toBe('张师傅');
    expect(groupKey('Team A')).toBe('Team A');
    expect(groupKey('2026年3月', { id: 'm', label: '月份', type: 'text', month: true })).toBe('2026-03');
  });
});
