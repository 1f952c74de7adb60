// Form guessing with many forms sharing labels: each catalog form's roster, without the template mark, is recognised.
import { describe, expect, it } from 'vitest';
import { guessForm, guessFormDetailed } from '../../src/io/guessForm.js';
import { gridFromRows } from '../../src/io/grid.js';
import { listForms, loadForm } from '../../src/forms/load.js';
import type { FormDef } from '../../src/model/definition.js';
import { columnHeading } from '../../src/io/columns.js';
import { raterGroups } from '../../src/engine/definition.js';

async function allForms(): Promise<FormDef[]> {
  const out: FormDef[] = [];
  for (const id of await listForms()) {
    const f = await loadForm(id);
    if (f.ok) out.push(f.form);
  }
  return out;
}

/** The heading row a roster template of `form` has, as a CSV export would carry it. */
function rosterHeadings(form: FormDef): string[] {
  const heads = form.header.map((h) => h.label);
  for (const part of form.parts) {
    for (const item of part.items) {
      const groups = raterGroups(form, item, part) ?? [null];
      for (const input of item.inputs) for (const r of groups) heads.push(columnHeading(item, input, r, 1, form));
    }
  }
  return heads;
}

describe('guessing among all shipped forms', () => {
  it('every shipped form is recognised from its own roster headings', async () => {
    const forms = await allForms();
    for (const form of forms) {
      const guess = guessForm([gridFromRows('名单', [rosterHeadings(form)])], forms);
      expect(guess?.id, form.id).toBe(form.id);
    }
  });
  it('a sheet naming only labels two forms share is not guessed: both candidates are named', async () => {
    const forms = await allForms();
    const a = forms.find((f) => f.id === 'cs-work-review')!;
    const b: FormDef = { ...a, id: 'copy-of-review', title: '复制的表', parts: a.parts.map((p) => ({ ...p })) };
    const guess = guessFormDetailed([gridFromRows('表', [['姓名', ...a.parts.flatMap((p) => p.items.map((i) => i.label))]])], [a, b]);
    expect(guess.form === null ? guess.candidates.map((m) => m.form.id) : guess.form.id).toEqual(['cs-work-review', 'copy-of-review']);
    // a clearly larger match wins: 3 of the first form's items against none of another form
    const mattress = forms.find((f) => f.id === 'mattress-cs-monthly')!;
    const only = guessForm([gridFromRows('表', [['姓名', '客户回访率', '表格管理', '日常服务规范']])], forms);
    expect(only?.id).toBe(mattress.id);
  });
});
