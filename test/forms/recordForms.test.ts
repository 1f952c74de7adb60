import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listForms, listRecordForms, loadAnyDefinitionFile, loadForm, parseAnyDefinition } from '../../src/forms/load.js';
import { repoRoot } from '../helpers.js';

const minimal = {
  id: 'r', title: '记录', version: '1',
  records: { label: '订单', sheet: '记录', columns: [{ id: 'm', label: '师傅', type: 'text' }, { id: 'ok', label: '满意', type: 'yesno' }] },
  groupings: [{ id: 'g', label: '师傅', by: ['m'], figures: [{ id: 'rate', label: '满意率', agg: 'rate', where: { field: 'ok', eq: true }, times: 100 }], band: { figure: 'rate', scale: 'default' } }],
};

describe('record forms in the definition language', () => {
  it('a record form passes the same schema file; a typo is named with its JSON path', async () => {
    const ok = await parseAnyDefinition(JSON.stringify(minimal), 'r.json');
    expect(ok.ok && ok.kind).toBe('records');
    const typo = { ...minimal, groupings: [{ ...minimal.groupings[0], figures: [{ id: 'rate', label: '满意率', agg: 'ratio' }] }] };
    const bad = await parseAnyDefinition(JSON.stringify(typo), 'r.json');
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toContain(
      'r.json:$.groupings[0].figures[0].agg:取值应为 "count" / "sum" / "mean" / "min" / "max" / "rate" / "distribution" / "texts" / "distinct" / "calc" / "choose" 之一',
    );
    const parts = await parseAnyDefinition(JSON.stringify({ ...minimal, parts: [] }), 'r.json');
    expect(parts.ok ? [] : parts.problems.map((p) => p.message)).toEqual(['r.json:$:不认识的字段「parts」(拼写错误?)']);
  });

  it('shipped record forms are listed apart, hold to the schema, and person-form commands refuse them', async () => {
    const records = await listRecordForms();
    for (const id of records) {
      expect(await listForms()).not.toContain(id);
      const r = await loadAnyDefinitionFile(path.join(repoRoot, 'templates', `${id}.json`));
      expect(r.ok ? [] : r.problems.map((p) => p.message), id).toEqual([]);
      const asPerson = await loadForm(id);
      expect(asPerson.ok).toBe(false);
    }
  });
});
