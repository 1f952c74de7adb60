import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFormSchema } from '../../src/forms/schema.js';
import { RULE_KINDS } from '../../src/engine/rules/index.js';
import { parseDefinition } from '../../src/forms/load.js';

describe('templates/form.schema.json is the language as code', () => {
  it('equals the schema assembled from the rule-kind modules (run `npm run schema` after changing a kind)', () => {
    const file = JSON.parse(readFileSync(new URL('../../templates/form.schema.json', import.meta.url), 'utf8'));
    expect(file).toEqual(buildFormSchema());
  });
  it('every rule kind describes itself: schema, inputs, Chinese title, description', () => {
    for (const [name, kind] of Object.entries(RULE_KINDS)) {
      expect(kind.kind).toBe(name);
      expect((kind.schema as { properties: { kind: { const: string } } }).properties.kind.const).toBe(name);
      expect(kind.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

const base = {
  id: 'x', title: '测试', version: '1',
  header: [{ id: 'name', label: '姓名', role: 'name' }],
  combine: { kind: 'sum' }, grades: { bands: [{ label: '合格' }] },
};
const score = (id: string, label: string) => ({ id, label, max: 10, inputs: [{ id: 's', label: '分', type: 'number', min: 0, max: 10 }], rule: { kind: 'band', input: 's' } });

describe('load-time checks of the new words', () => {
  const load = (extra: Record<string, unknown>) => parseDefinition(JSON.stringify({ ...base, ...extra }), 'x.json');
  it('item names need be unique within a part only', async () => {
    const ok = await load({ parts: [{ id: 'a', label: '一', items: [score('i1', '日常行为')] }, { id: 'b', label: '二', items: [score('i2', '日常行为')] }] });
    expect(ok.ok).toBe(true);
    const bad = await load({ parts: [{ id: 'a', label: '一', items: [score('i1', '日常行为'), score('i2', '日常行为')] }] });
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual(['x.json:$.parts[0]:同一部分内项目名称「日常行为」重复,无法按名称找到单元格']);
  });
  it('rater weights must add up to 1 (or 100) and items name existing groups', async () => {
    const bad = await load({
      raters: [{ id: 'a', label: '直接主管', weight: 0.7 }, { id: 'b', label: '间接主管', weight: 0.2 }],
      parts: [{ id: 'p', label: '一', items: [{ ...score('i1', '效率'), raters: ['c'] }] }],
    });
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual([
      'x.json:$.raters:评分人权重之和应为 1(或 100%),实际为 0.9',
      'x.json:$.parts[0].items[0].raters:评分人「c」不存在(可用:a、b)',
      'x.json:$.parts[0].items[0].raters:指定的评分人中至少要有一个权重大于0',
    ]);
  });
  it('notApplicable names another item\'s number input, and its points fit the item', async () => {
    const moot = (when: Record<string, unknown>, points = 10) => ({ ...score('i2', '处理满意度'), notApplicable: { when, points, note: '无客诉' } });
    const parts = (item: unknown) => [{ id: 'p', label: '一', items: [score('i1', '客诉'), item] }];
    expect((await load({ parts: parts(moot({ item: 'i1', input: 's', equals: 0 })) })).ok).toBe(true);
    const messages = async (item: unknown) => {
      const r = await load({ parts: parts(item) });
      return r.ok ? [] : r.problems.map((p) => p.message);
    };
    expect(await messages(moot({ item: 'i9', input: 's', equals: 0 }, 11))).toEqual([
      'x.json:$.parts[0].items[1].notApplicable.when.item:项目「i9」不存在',
      'x.json:$.parts[0].items[1].notApplicable.points:分值应在 0 到本项满分 10 之间',
    ]);
    expect(await messages(moot({ item: 'i1', input: 'n', equals: 0 }))).toEqual(['x.json:$.parts[0].items[1].notApplicable.when.input:项目「客诉」没有输入「n」(可用:s)']);
    expect(await messages(moot({ item: 'i2', input: 's', equals: 0 }))).toEqual(['x.json:$.parts[0].items[1].notApplicable.when.item:不能引用本项目自己的输入']);
  });
  it('a variant\'s aliases name one of its values', async () => {
    const variants = (aliases: Record<string, string[]>) => ({
      header: ['name', { id: 'dept', label: '部门', role: 'department' }],
      variants: { field: 'dept', values: ['销售部', '售后部'], aliases },
      parts: [{ id: 'p', label: '一', items: [score('i', '效率')] }],
    });
    expect((await load(variants({ 售后部: ['售后服务部'] }))).ok).toBe(true);
    const bad = await load(variants({ 财务部: ['财务'] }));
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual(['x.json:$.variants.aliases:「财务部」不是 variants.values 中的值(销售部、售后部)']);
  });
  it('shared choice sets and named scales are referenced by name; unknown names are refused', async () => {
    const item = { id: 'i', label: '效率', max: 1, inputs: [{ id: 'c', label: '评', type: 'choice', choiceSet: 'level' }], rule: { kind: 'choice', input: 'c', of: 'max' } };
    const ok = await load({ choiceSets: { level: [{ label: '达成', points: 1 }, { label: '差', points: 0.6 }] }, grades: { scale: 'k' }, parts: [{ id: 'p', label: '一', items: [item] }] });
    expect(ok.ok && ok.form.parts[0]!.items[0]!.inputs[0]!.choices!.map((c) => c.label)).toEqual(['达成', '差']);
    const bad = await load({ grades: { scale: 'nope' }, parts: [{ id: 'p', label: '一', items: [item] }] });
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual([
      'x.json:$.grades.scale:等级表「nope」不存在(内置:default、jiayi、quality5、ae、k)',
      'x.json:$.parts[0].items[0].inputs[0]:选项集「level」不存在(在 choiceSets 中定义)',
    ]);
  });
  it('a scale of 1000 points (A–E, ae) on the 100-point total is refused: everyone would be in its last band', async () => {
    const bad = await load({ grades: { scale: 'ae' }, parts: [{ id: 'p', label: '一', items: [score('i', '效率')] }] });
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual([
      'x.json:$.grades:等级表最低的门槛是 300,而评的是百分制总分(最高 100):人人都落在最后一档;请换用百分制的等级表,或写明 of(如 "points")',
    ]);
    // Graded on the points of a form of 1000 points, the same scale is fine; on the points of a form of 10 it is refused too.
    const thousand = { ...score('i', '效率'), max: 1000, inputs: [{ id: 's', label: '分', type: 'number', min: 0, max: 1000 }] };
    expect((await load({ grades: { scale: 'ae', of: 'points' }, parts: [{ id: 'p', label: '一', items: [thousand] }] })).ok).toBe(true);
    const ten = await load({ grades: { scale: 'ae', of: 'points' }, parts: [{ id: 'p', label: '一', items: [score('i', '效率')] }] });
    expect(ten.ok ? [] : ten.problems.map((p) => p.message)[0]).toBe('x.json:$.grades:等级「A 优秀」的门槛 900 高于本表分数的最高值 10(of 为 points,按本表自己的分数定级):永远评不到;门槛要按本表的分数写');
  });
  it('common header fields are named instead of repeated', async () => {
    const ok = await load({ header: ['name', 'employeeId', { id: 'team', label: '班组', role: 'other' }], footer: ['rater', 'date'], parts: [{ id: 'p', label: '一', items: [score('i', '效率')] }] });
    expect(ok.ok && ok.form.header.map((h) => [h.id, h.label, h.role])).toEqual([['name', '姓名', 'name'], ['employeeId', '工号', 'id'], ['team', '班组', 'other']]);
    expect(ok.ok && ok.form.footer!.map((h) => h.label)).toEqual(['考核人', '日期']);
    const bad = await load({ header: ['nmae'], parts: [{ id: 'p', label: '一', items: [score('i', '效率')] }] });
    expect(bad.ok).toBe(false);
  });
  it('a definition in a newer language version says to upgrade kpi', async () => {
    const bad = await load({ language: 9, parts: [{ id: 'p', label: '一', items: [score('i', '效率')] }] });
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual(['x.json:$.language:定义使用第 9 版定义语言,本 kpi 只认到第 2 版:请升级 kpi']);
  });
});
