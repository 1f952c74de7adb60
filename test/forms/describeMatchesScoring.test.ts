import { describe, expect, it } from 'vitest';
import { describeForm } from '../../src/forms/describe.js';
import { loadForm } from '../../src/forms/load.js';
import { expectation } from '../../src/engine/values.js';

// `kpi forms` tells a user what to type and how it is scored: each line below once said something the scoring did
// not do (found by checking the tool against the catalog by hand).
async function text(id: string): Promise<string> {
  const r = await loadForm(id);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return describeForm(r.form).join('\n');
}

describe('kpi forms says what the scoring does', () => {
  it('a typed score gives the range its input accepts: property-cs-rating takes whole 1–10, not 0–10', async () => {
    // Not 「直接填写得分「得分」」: the input is named 得分, and the form sheet's 得分 column is the one kpi writes.
    expect(await text('property-cs-rating')).toContain('直接填写得分(1–10 的整数)');
    expect(await text('cs-scheme-100')).not.toContain('「得分」');
  });

  it('a ratio capped above 100 % says its item and the total may pass their max; a clamp at 100 is not said to be passed', async () => {
    const r = await loadForm('mattress-cs-monthly');
    if (!r.ok) throw new Error('not loaded');
    const rate = r.form.parts.flatMap((p) => p.items).find((i) => i.rule.kind === 'ratio')!;
    (rate.rule as { cap?: number }).cap = 1.5;
    // §8 keeps its total within 0–100 (clamp): the item may pass 20, the total may not.
    expect(describeForm(r.form).join('\n')).toContain('总分:各部分(项目)之和;比率或达成率超过 100% 的项目得分可超过本项满分;限定在 0–100');
    const open = { ...r.form, clamp: undefined };
    expect(describeForm(open).join('\n')).toContain('比率或达成率超过 100% 的项目得分可超过本项满分,总分可超过 100,照实报告');
    // §4's bonus points under a clamp of 0–100: 107 is reported as 100, so 「可超过 100」 was wrong there.
    const dept = await loadForm('cs-dept-monthly');
    if (!dept.ok) throw new Error('not loaded');
    const clamped = { ...dept.form, clamp: { min: 0, max: 100 } };
    const said = describeForm(clamped).join('\n');
    expect(said).toContain('限定在 0–100');
    expect(said).not.toContain('可超过 100');
  });

  it('rater weights written in percent (80 / 19 / 1) are each a percent: 客户评 1 % (it was shown 100 %, scored 1 %)', async () => {
    const r = await loadForm('cs-competency');
    if (!r.ok) throw new Error('not loaded');
    const weights: Record<string, number> = { self: 0, supervisor: 80, peer: 19, customer: 1 };
    const f = { ...r.form, raters: r.form.raters!.map((x) => ({ ...x, weight: weights[x.id]! })) };
    const said = describeForm(f).join('\n');
    expect(said).toContain('主管评 80%');
    expect(said).toContain('同事评 19%');
    expect(said).toContain('客户评 1%');
    // As shipped (0.7 / 0.1 / 0.2): fractions, in percent.
    expect(await text('cs-competency')).toContain('主管评 70%');
    expect(await text('cs-competency')).toContain('同事评 10%');
  });

  it('the parts of a form that takes means are means: interview-eval 求职动机 (3, 3, 2 → 2.667, not 8)', async () => {
    const t = await text('interview-eval');
    expect(t).toContain('求职动机(取各项平均)');
    expect(t).not.toContain('各项之和');
  });

  it('boxes of listed choices do not claim 缺失/无记录 (rejected there); boxes that take words do', async () => {
    expect(await text('cs-checklist')).not.toContain('无记录为不达标');
    expect(await text('quality-inspection')).toContain('缺失、无记录为不达标');
  });

  it('a criterion filled in several boxes is listed once with them (§6: 17 criteria in 20 boxes)', async () => {
    expect(await text('property-service-quality')).toContain(
      '业主回访记录(入户维修回访率≥30%,投诉回访率100%)并按月统计分析(入户维修回访率≥30%(≥ 30% 达标)、投诉回访率100%(≥ 100% 达标)、业主回访记录按月统计分析,均达标才算达标)',
    );
  });

  it('an empty box that takes words asks for what the template hint says, not 「文字」', async () => {
    const r = await loadForm('quality-inspection');
    if (!r.ok) throw new Error('not loaded');
    const input = r.form.parts[0]!.items[0]!.inputs[0]!;
    expect(expectation(input)).toBe('应填发现的不规范处数(0、1、2…;没有不规范也可填「无」),记录缺失填「缺失」或「无记录」');
  });
});

describe('kpi forms says how a total is brought to 100', () => {
  it('items of 95 points with 奖惩: the total, 奖惩 included, × 100 ÷ 95 (a +2 counted 2.11 without a word)', async () => {
    const { parseDefinition } = await import('../../src/forms/load.js');
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { repoRoot } = await import('../helpers.js');
    const def = JSON.parse(readFileSync(path.join(repoRoot, 'templates/mattress-cs-monthly.json'), 'utf8'));
    def.parts[0].items[4].max = 5; // 处理能力 10 → 5: items 100 → 95
    def.parts[0].items[4].inputs[0].max = 5;
    const loaded = await parseDefinition(JSON.stringify(def), 'my.json');
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    expect(describeForm(loaded.form).find((l) => l.startsWith('总分'))).toContain('各项满分之和为 95,总分(含奖惩) × 100 ÷ 95 折合百分制');
    // Items of 100: nothing to say.
    const shipped = await loadForm('mattress-cs-monthly');
    if (!shipped.ok) throw new Error('not loaded');
    expect(describeForm(shipped.form).find((l) => l.startsWith('总分'))).not.toContain('折合');
  });
});

describe('a part that averages its items, in a form that adds its parts', () => {
  it('is out of its items\' mean: two items of 100 make 100, so nothing is rescaled (it said 「各项满分之和为 200」)', async () => {
    const r = await loadForm('probation');
    if (!r.ok) throw new Error('not loaded');
    const items = r.form.parts.flatMap((p) => p.items).slice(0, 2).map((i) => ({ ...i, max: 100 }));
    const f = { ...r.form, combine: { kind: 'sum' as const }, parts: [{ id: 'p', label: '能力', combine: 'mean' as const, items }] };
    expect(describeForm(f).join('\n')).not.toContain('各项满分之和');
    // The same two items added (no mean) are out of 200, which is said.
    expect(describeForm({ ...f, parts: [{ id: 'p', label: '能力', items }] }).join('\n')).toContain('各项满分之和为 200');
  });
});
