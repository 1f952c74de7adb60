import { describe, expect, it } from 'vitest';
import { columnDictionary, itemNames, type ColumnTarget } from '../../src/io/columns.js';
import { raterGroups } from '../../src/engine/definition.js';
import { labelKey } from '../../src/io/normalize.js';
import type { FormDef, RaterDef } from '../../src/model/definition.js';
import { listForms } from '../../src/forms/load.js';
import { form } from '../helpers.js';

// The roster heading lookup cuts a heading into item / input / rater names instead of listing every
// combination. It must answer exactly what the old product of all combinations answered (kept below as
// the reference) for every heading that product held, including the ones dropped as ambiguous.

const MAX_SLOTS = 20;
const allItems = (f: FormDef) => f.parts.flatMap((p) => p.items);
const names = (x: { id: string; label: string; aliases?: string[] }) => [x.label, ...(x.aliases ?? []), x.id];
function raterVariants(rater: RaterDef | null): Array<{ texts: string[]; slot: number }> {
  if (!rater) return [{ texts: [''], slot: 1 }];
  const base = names(rater).map(labelKey);
  if (!rater.multiple) return [{ texts: base, slot: 1 }];
  const out: Array<{ texts: string[]; slot: number }> = [];
  for (let slot = 1; slot <= MAX_SLOTS; slot++) {
    const texts = base.map((b) => `${b}${slot}`);
    if (slot === 1) texts.push(...base);
    out.push({ texts, slot });
  }
  return out;
}
function sameTarget(a: ColumnTarget, b: ColumnTarget): boolean {
  if (a.kind === 'header' || b.kind === 'header') return a.kind === 'header' && b.kind === 'header' && a.field === b.field;
  return a.item === b.item && a.input === b.input && a.rater === b.rater && a.slot === b.slot;
}

/** The former dictionary: every combination of names as a key; keys two targets claim are dropped. */
function productDictionary(form: FormDef): { dict: Map<string, ColumnTarget>; ambiguous: Set<string> } {
  const dict = new Map<string, ColumnTarget>();
  const ambiguous = new Set<string>();
  const put = (key: string, target: ColumnTarget) => {
    if (!key || ambiguous.has(key)) return;
    const existing = dict.get(key);
    if (existing && !sameTarget(existing, target)) {
      dict.delete(key);
      ambiguous.add(key);
      return;
    }
    dict.set(key, target);
  };
  const headerKeys = new Set<string>();
  for (const field of form.header.concat(form.footer ?? [])) {
    for (const name of [field.label, ...(field.aliases ?? [])]) {
      put(labelKey(name), { kind: 'header', field });
      headerKeys.add(labelKey(name));
    }
  }
  // An input named alone (「旷工」) is accepted when no other input or header shares the name.
  const inputNameCount = new Map<string, number>();
  for (const item of allItems(form)) {
    for (const input of item.inputs) {
      for (const n of new Set(names(input).map(labelKey))) inputNameCount.set(n, (inputNameCount.get(n) ?? 0) + 1);
    }
  }
  const primary = [...(form.raters ?? [])].filter((r) => r.required && r.weight > 0 && !r.multiple).sort((a, b) => b.weight - a.weight)[0];
  for (const item of allItems(form)) {
    const raters: Array<RaterDef | null> = raterGroups(form, item) ?? [null];
    const single = item.inputs.length === 1;
    for (const input of item.inputs) {
      for (const rater of raters) {
        for (const { texts, slot } of raterVariants(rater)) {
          const target: ColumnTarget = { kind: 'entry', item, input, rater, slot };
          for (const it of itemNames(form, item).map(labelKey)) {
            const inputNames = names(input).map(labelKey);
            for (const r of texts) {
              for (const inp of inputNames) {
                put(it + inp + r, target);
                put(it + r + inp, target);
                put(r + it + inp, target);
              }
              // 「客户信息管理·达成率」 with no rater named: the rater whose entry counts, as the item alone.
              if (single && slot === 1 && rater && rater === (form.raters?.length === 1 ? form.raters[0] : primary) && r === texts[0]) for (const inp of inputNames) put(it + inp, target);
              if (single) {
                put(it + r, target);
                put(r + it, target);
                // 「客户信息管理」 with no rater named: the rater whose entry counts (上级, 主管评).
                if (rater && rater === primary) put(it, target);
              }
            }
          }
          for (const inp of names(input).map(labelKey)) {
            if (inputNameCount.get(inp) === 1 && !headerKeys.has(inp)) {
              for (const r of texts) {
                put(inp + r, target);
                if (r) put(r + inp, target);
              }
            }
          }
        }
      }
    }
  }
  return { dict, ambiguous };
}


describe('roster heading lookup', () => {
  it('every shipped form: the same answer as every combination listed, for every heading', async () => {
    for (const id of await listForms()) {
      const f = await form(id);
      const { dict: reference, ambiguous } = productDictionary(f);
      const lookup = columnDictionary(f);
      expect(reference.size).toBeGreaterThan(20);
      // Checked in bulk: a failure lists the headings that differ.
      const wrong: string[] = [];
      for (const key of ambiguous) if (lookup.get(key) !== undefined) wrong.push(`${key} (ambiguous)`);
      for (const [key, target] of reference) {
        const got = lookup.get(key);
        if (!got || !sameTarget(got, target)) wrong.push(key);
      }
      // Keys the reference never had find nothing.
      const all = new Set<string>();
      for (const it of allItems(f)) for (const n of names(it)) for (const inp of it.inputs) for (const m of names(inp)) all.add(labelKey(n) + labelKey(m));
      for (const h of f.header) all.add(labelKey(h.label));
      for (const key of all) if (!reference.has(key) && !ambiguous.has(key) && lookup.get(key) !== undefined) wrong.push(`${key} (not a heading)`);
      expect(wrong, id).toEqual([]);
      expect(lookup.get('')).toBeUndefined();
      expect(lookup.get('不存在的列')).toBeUndefined();
    }
  });
});

describe('headings typed on a keyboard', () => {
  it('「>=」 and 「<=」 are ≥ and ≤: §6 「入户维修回访率>=30%」 names its column (it was 「不是本考核表的项目」, everyone unscored)', async () => {
    const { loadForm } = await import('../../src/forms/load.js');
    const loaded = await loadForm('property-service-quality');
    if (!loaded.ok) throw new Error('no form');
    expect(labelKey('入户维修回访率>=30%')).toBe(labelKey('入户维修回访率≥30%'));
    expect(labelKey('到场<=20分钟')).toBe(labelKey('到场≤20分钟'));
    for (const typed of ['入户维修回访率> =30%', '入户维修回访率≧30%', '入户维修回访率＞＝30%']) expect(labelKey(typed)).toBe(labelKey('入户维修回访率≥30%'));
    expect(labelKey('到场≦20分钟')).toBe(labelKey('到场≤20分钟'));
    const target = columnDictionary(loaded.form).get(labelKey('入户维修回访率>=30%'));
    expect(target?.kind === 'entry' && target.input.label).toBe('入户维修回访率≥30%');
  });

  it('a question\'s mark and a full stop are no part of a heading: 「是否处理完毕？」 is §5\'s 是否处理完毕 (the log was 「认不出是哪种考核表」)', async () => {
    expect(labelKey('是否处理完毕？')).toBe(labelKey('是否处理完毕'));
    expect(labelKey('是否处理完毕?')).toBe(labelKey('是否处理完毕'));
    expect(labelKey('服务态度。')).toBe(labelKey('服务态度'));
    const ExcelJS = (await import('exceljs')).default;
    const path = await import('node:path');
    const { gradeFile } = await import('../../src/io/grade.js');
    const { repoRoot, tempDir } = await import('../helpers.js');
    const sample = path.join(repoRoot, 'samples', 'install-followup.march.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    // No template mark (a log typed by hand), the question retyped with its mark.
    wb.removeWorksheet(wb.getWorksheet('_kpi')!.id);
    let retyped = 0;
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => {
      if (c.value === '是否处理完毕') {
        c.value = '是否处理完毕？';
        retyped++;
      }
    }));
    expect(retyped).toBe(1);
    const file = path.join(tempDir(), 'log.xlsx');
    await wb.xlsx.writeFile(file);
    const [plain, asked] = await Promise.all([gradeFile(sample, { output: null }), gradeFile(file, { output: null })]);
    if (!plain.ok || !asked.ok) throw new Error(`${plain.ok ? '' : plain.failure.message} ${asked.ok ? '' : asked.failure.message}`);
    expect(asked.report.form).toBe('install-followup');
    expect(asked.report.groups!.map((g) => [g.keyText, g.figures, g.band])).toEqual(plain.report.groups!.map((g) => [g.keyText, g.figures, g.band]));
  });
});
