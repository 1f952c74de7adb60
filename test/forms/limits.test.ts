import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFormLimits, FORM_LIMITS, rosterColumnCount } from '../../src/forms/limits.js';
import { listForms, loadForm, parseDefinition } from '../../src/forms/load.js';
import { withCommonFields } from '../../src/forms/fields.js';
import type { FormDef } from '../../src/model/definition.js';
import { columnDictionary } from '../../src/io/columns.js';
import { gradeFile } from '../../src/io/grade.js';
import { MAX_SCAN_COLUMNS } from '../../src/io/grid.js';
import { labelKey } from '../../src/io/normalize.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { repoRoot, tempDir } from '../helpers.js';

// Small definitions that once took minutes and gigabytes: limits `kpi forms` checks, and heading lookup
// that grows with the names, not with their product.
const mattress = (): FormDef => JSON.parse(readFileSync(path.join(repoRoot, 'templates/mattress-cs-monthly.json'), 'utf8'));

async function problemsOf(def: unknown): Promise<string[]> {
  const r = await parseDefinition(JSON.stringify(def), 'my-form.json');
  return r.ok ? [] : r.problems.map((p) => p.message);
}

/**
 * `n` items of one integer input each, in parts of at most 200 (the schema's own limit per part):
 * `per` points taken off per time from `per` (200 items of 0.5 make 100 points).
 */
function manyItems(n: number, per = 100 / n): FormDef {
  const f = mattress();
  f.id = 'many-items';
  const items = Array.from({ length: n }, (_, i) => ({
    id: `I${i + 1}`, label: `项目${String(i + 1).padStart(4, '0')}`, max: per,
    inputs: [{ id: 'times', label: '次数', type: 'integer' as const, min: 0, optional: true, default: 0 }],
    rule: { kind: 'deduction' as const, base: per, floor: 0, penalties: [{ input: 'times', per }] },
  }));
  f.parts = Array.from({ length: Math.ceil(n / 200) }, (_, k) => ({ id: `p${k + 1}`, label: `第${k + 1}部分`, items: items.slice(k * 200, k * 200 + 200) }));
  return f;
}

describe('definition limits', () => {
  it('the shipped forms are well within them, and a roster template at the limit fits the columns a sheet is read for', async () => {
    // As written (the limits are checked on a definition as loaded, before kpi adds its reading words — the ways a
    // name or a rater column is headed — which a team's definition does not count against them).
    for (const id of await listForms()) {
      const f = await loadForm(id);
      expect(f.ok, id).toBe(true);
      const raw = withCommonFields(JSON.parse(readFileSync(path.join(repoRoot, 'templates', `${id}.json`), 'utf8')) as FormDef);
      expect(checkFormLimits(raw), id).toEqual([]);
    }
    // Roster columns + result columns (items + parts + 总分 等级 排名 评分说明) within the scanned columns.
    expect(FORM_LIMITS.rosterColumns + FORM_LIMITS.items + 20 + 4).toBeLessThanOrEqual(MAX_SCAN_COLUMNS);
  });

  it('50 aliases of an input (the schema allows 50): refused, naming the input and the limit', async () => {
    const f = mattress();
    f.parts[0]!.items[2]!.inputs[0]!.aliases = Array.from({ length: 50 }, (_, i) => `用语别名${i}`);
    const messages = await problemsOf(f);
    expect(messages).toEqual([`my-form.json:$.parts[0].items[2].inputs[0].aliases:「用语不规范」有 50 个别名,超过上限 ${FORM_LIMITS.aliasesPerName} 个`]);
  });

  it('a 7,600-item form (38 parts of 200): refused in a few lines, not one per item', async () => {
    const messages = await problemsOf(manyItems(7_600));
    expect(messages).toEqual([
      `my-form.json:$.parts:共 7600 个项目,超过上限 ${FORM_LIMITS.items} 个(请拆成几张考核表)`,
      // label and id of each item and of its input (30,400), and of the header fields (5 labels, 5 ids, 13 aliases)
      `my-form.json:$:名称和别名共 30423 个,超过上限 ${FORM_LIMITS.names} 个`,
      // 5 header fields + 7,600 item columns
      `my-form.json:$.parts:名单模板将有 7605 列(表头字段 + 每个项目的每个填写项 × 每个评分人),超过上限 ${FORM_LIMITS.rosterColumns} 列`,
    ]);
  });

  it('3 inputs × 2 multi-slot raters with 20 aliases everywhere: accepted, and headings found in any spelling', async () => {
    const f = mattress();
    const aliases = (base: string) => Array.from({ length: 20 }, (_, i) => `${base}${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[i]}`);
    f.raters = [
      { id: 'sup', label: '上级', weight: 0.6, required: true, aliases: aliases('主管') },
      { id: 'peer', label: '同事评', weight: 0.4, required: true, multiple: true, slots: 20, aliases: aliases('同事') },
    ];
    const item = f.parts[0]!.items[2]!; // 日常服务规范: three inputs
    item.aliases = aliases('服务规范');
    for (const input of item.inputs) input.aliases = aliases(input.label);
    expect(await problemsOf(f)).toEqual([]);
    expect(rosterColumnCount(f)).toBe(5 + 16 * 21); // 16 inputs of 8 items × (上级 + 20 同事评 slots)

    const lookup = columnDictionary(f);
    const hit = lookup.get(labelKey(`服务规范丁·短信漏发乙·同事丙12`));
    expect(hit).toMatchObject({ kind: 'entry', item: { id: 'M3' }, input: { id: 'sms' }, rater: { id: 'peer' }, slot: 12 });
    expect(lookup.get(labelKey('主管庚·日常服务规范·跟踪不到位'))).toMatchObject({ item: { id: 'M3' }, input: { id: 'followUp' }, rater: { id: 'sup' }, slot: 1 });
    expect(lookup.get(labelKey('短信漏发·同事评3'))).toMatchObject({ input: { id: 'sms' }, rater: { id: 'peer' }, slot: 3 });
    expect(lookup.get(labelKey('日常服务规范·同事评3'))).toBeUndefined(); // three inputs: which one?
  });

  it('kpi reads back its own roster template (40 items; at the limits the columns still fit, see above)', async () => {
    const f = manyItems(40);
    expect(await problemsOf(f)).toEqual([]);
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const col = new Map<string, number>();
    ws.getRow(1).eachCell((c, n) => col.set(String(c.value), n));
    ws.getCell(2, col.get('被考核人')!).value = '王芳';
    ws.getCell(2, col.get('工号')!).value = '1001';
    // 40 items of 2.5 points; 10 of them with 1 time each: 100 − 10 × 2.5 = 75, 一般 (60–80).
    for (let i = 1; i <= 10; i++) ws.getCell(2, col.get(`项目${String(i).padStart(4, '0')}`)!).value = 1;
    const dir = tempDir();
    const file = path.join(dir, 'many.xlsx');
    await wb.xlsx.writeFile(file);
    const definition = path.join(dir, 'many-items.json');
    writeFileSync(definition, JSON.stringify(f));
    const outcome = await gradeFile(file, { form: definition, output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['王芳', 75, '一般']]);
  });
});
