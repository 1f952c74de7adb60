// kpi forms: every form listed with its subject and layouts; kpi forms <id> says how it scores in plain Chinese.
import { describe, expect, it } from 'vitest';
import { formsCommand } from '../../src/cli/forms.js';
import type { Output } from '../../src/cli/output.js';
import { describeForm } from '../../src/forms/describe.js';
import { listShippedForms } from '../../src/forms/listing.js';
import { listForms, listRecordForms, loadAnyForm, loadForm } from '../../src/forms/load.js';

function capture(): { o: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const o = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } as unknown as Output;
  return { o, out, err };
}

describe('kpi forms', () => {
  it('lists every shipped form with subject and layouts (also as JSON, the record forms after the others, each entry its kind)', async () => {
    const c = capture();
    expect(await formsCommand(c.o, undefined, true)).toBe(0);
    const list = JSON.parse(c.out.join('\n')) as Array<{ id: string; kind: string; subject: string; layouts: string[] }>;
    // All 29, as the console lists them (the JSON once left the five record forms out).
    expect(list.map((f) => f.id)).toEqual([...(await listForms()), ...(await listRecordForms())]);
    expect(list).toHaveLength(29);
    expect(list.filter((f) => f.kind === 'records').map((f) => f.id)).toEqual(await listRecordForms());
    expect(list.find((f) => f.id === 'install-followup')).toMatchObject({ kind: 'records', records: '订单' });
    expect(list.find((f) => f.id === 'satisfaction-scorecard')).toMatchObject({ subject: '团队', layouts: ['form', 'roster'] });
    expect(list.find((f) => f.id === 'quality-inspection')!.subject).toBe('项目');
  });
  it('the list, read from the definitions as they are, says what loading each form with its checks says', async () => {
    const { forms, records } = await listShippedForms();
    expect(forms.map((f) => f.id)).toEqual(await listForms());
    expect(records.map((f) => f.id)).toEqual(await listRecordForms());
    for (const f of forms) {
      const loaded = await loadForm(f.id);
      if (!loaded.ok) throw new Error(loaded.problems[0]!.message);
      const d = loaded.form;
      expect(f).toEqual({ id: f.id, title: d.title, version: d.version, items: d.parts.flatMap((p) => p.items).length, subject: d.subject?.label ?? '员工', layouts: d.data ? ['roster'] : ['form', 'roster'] });
      expect(describeForm(d)[1]).toContain(`考核对象:${f.subject}`);
    }
    for (const f of records) {
      const loaded = await loadAnyForm(f.id);
      if (!loaded.ok || loaded.kind !== 'records') throw new Error(f.id);
      const d = loaded.form;
      expect(f).toEqual({ id: f.id, title: d.title, version: d.version, kind: 'records', records: d.records.label, columns: d.records.columns.length, groupings: d.groupings.filter((g) => !g.hidden).map((g) => g.label) });
    }
  });
  it('kpi forms cs-scheme-100 prints items, rules, the K bands and the pay rule in Chinese', async () => {
    const c = capture();
    expect(await formsCommand(c.o, 'cs-scheme-100', false)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('1. 业绩考核(满分 20):直接打分');
    expect(text).toContain('等级:优秀 > 95(K = 1.1) / 良好 > 90(K = 1) / 一般 > 85(K = 0.9) / 待改进(K = 0.8)(按百分制总分)');
    expect(text).toContain('工资(--pay):绩效奖金 = 绩效基数 × K(按等级),不再另扣');
  });
  it('kpi forms cs-dept-monthly names the raters, their weights and what their absence means; the bonus part', async () => {
    const c = capture();
    await formsCommand(c.o, 'cs-dept-monthly', false);
    const text = c.out.join('\n');
    expect(text).toContain('评分人:直接主管 70%,必填,缺席为错误;间接主管 30%,缺席时警告,其权重按比例分给其他评分人');
    expect(text).toContain('超预期表现(各项之和,加分部分,不计入满分)');
    expect(text).toContain('部门定级:优秀 ≥ 90 / 良好 ≥ 80 / 一般 ≥ 60 / 待改进(按百分制总分);可手填于「部门定级」');
  });
  it('kpi forms cs-dept-rating describes a grade from counts', async () => {
    const c = capture();
    await formsCommand(c.o, 'cs-dept-rating', false);
    expect(c.out.join('\n')).toContain('等级:所有部分 ≥ 3.5 为优秀;至少 3 个部分 ≥ 2.5 为良好;至少 2 个部分 < 1.5 为不符合要求;其余为一般');
  });
});

describe('kpi forms of a definition with a roll-up rule and 强制分布', () => {
  it('says both: the streak (§23: three months 优秀 → +3) and the limits, checked only', async () => {
    const loaded = await loadForm('mattress-cs-monthly');
    if (!loaded.ok) throw new Error('mattress-cs-monthly');
    const form = { ...loaded.form, rollup: { rules: [{ kind: 'streak' as const, band: '优秀', months: 3, points: 3, label: '连续三个月优秀' }] }, distribution: { limits: [{ band: '优秀', max: 0.2 }, { band: '待改进', min: 0.1 }] } };
    const lines = describeForm(form);
    expect(lines).toContain('汇总规则(kpi rollup):连续三个月优秀:连续 3 个月优秀,期间得分加 3 分(每满 3 个月一次)');
    expect(lines).toContain('强制分布:优秀最多 20%;待改进至少 10%(全表和各部门分别检查),只报告,不改任何人的等级');
  });
});
