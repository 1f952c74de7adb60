// §11: a form whose figures come from an exported data sheet (赤兔-style, one row per agent). The definition says
// where the export may be (sheet names in the same workbook; a second file is given on the command line), which
// columns join it to the roster (工号, else 姓名) and which export column fills which input, under the export's own
// names and their aliases. Plain data and pure helpers: the reading is src/io/readExport.ts.
import { entryKey } from '../model/entries.js';
import type { FormDef, ItemDef } from '../model/definition.js';
import { ALIASES, IDENT, LABEL, obj, type JsonSchema } from '../engine/rules/schemaBits.js';


/** The `data` property of form.schema.json. */
export const DATA_SOURCE_SCHEMA: JsonSchema = obj(
  {
    label: LABEL,
    sheets: { type: 'array', minItems: 1, maxItems: 20, items: LABEL },
    keys: { type: 'array', minItems: 1, maxItems: 4, items: obj({ field: IDENT, label: LABEL, aliases: ALIASES }, ['field']) },
    columns: { type: 'array', minItems: 1, maxItems: 200, items: obj({ item: IDENT, input: IDENT, label: LABEL, aliases: ALIASES }, ['item', 'input', 'label']) },
    unmatched: { enum: ['warning', 'ignore'] },
  },
  ['label', 'sheets', 'keys', 'columns'],
);

/** What the schema cannot say: keys name header fields, columns name inputs, each input filled once. */
export function checkDataSource(form: FormDef): Array<{ path: string; message: string }> {
  const data = form.data;
  if (!data) return [];
  const out: Array<{ path: string; message: string }> = [];
  const fields = form.header.concat(form.footer ?? []);
  if (form.raters?.length) out.push({ path: '$.data', message: '从导出数据取数的考核表不分评分人(导出的一行就是这个人的数据):请去掉 raters' });
  data.keys.forEach((k, i) => {
    const f = fields.find((x) => x.id === k.field);
    if (!f) out.push({ path: `$.data.keys[${i}].field`, message: `表头字段「${k.field}」不存在(可用:${fields.map((x) => x.id).join('、')})` });
    else if (f.role !== 'id' && f.role !== 'name') out.push({ path: `$.data.keys[${i}].field`, message: `对应导出数据的表头字段应为工号(role id)或姓名(role name),「${f.label}」是 ${f.role}` });
  });
  const seen = new Set<string>();
  const headings = new Map<string, number>();
  data.columns.forEach((c, i) => {
    const item = form.parts.flatMap((p) => p.items).find((x) => x.id === c.item);
    if (!item) out.push({ path: `$.data.columns[${i}].item`, message: `项目「${c.item}」不存在` });
    else if (!item.inputs.some((x) => x.id === c.input)) out.push({ path: `$.data.columns[${i}].input`, message: `项目「${item.label}」没有输入「${c.input}」(可用:${item.inputs.map((x) => x.id).join('、')})` });
    const key = `${c.item}.${c.input}`;
    if (seen.has(key)) out.push({ path: `$.data.columns[${i}]`, message: `输入 ${key} 已由前面的列取数` });
    seen.add(key);
    for (const name of [c.label, ...(c.aliases ?? [])]) {
      const before = headings.get(name);
      if (before !== undefined && before !== i) out.push({ path: `$.data.columns[${i}]`, message: `列名「${name}」也用于 columns[${before}],无法区分` });
      headings.set(name, i);
    }
  });
  return out;
}

/** Entry keys (item, input; no rater) that the export fills. */
export function exportedKeys(form: FormDef): Set<string> {
  return new Set((form.data?.columns ?? []).map((c) => entryKey(c.item, c.input)));
}

/**
 * The form as the roster is read: without the inputs the export fills, and without items and parts left with no
 * input. Only for reading: scoring uses the whole form.
 */
export function rosterView(form: FormDef): FormDef {
  if (!form.data) return form;
  const taken = exportedKeys(form);
  const keep = (item: ItemDef): ItemDef => ({ ...item, inputs: item.inputs.filter((i) => !taken.has(entryKey(item.id, i.id))) });
  const parts = form.parts
    .map((p) => ({ ...p, items: p.items.map(keep).filter((i) => i.inputs.length > 0) }))
    .filter((p) => p.items.length > 0);
  return { ...form, parts };
}

/** `kpi forms <id>`: where the figures come from and how they are joined. */
export function describeDataSource(form: FormDef): string[] {
  const data = form.data;
  if (!data) return [];
  const fields = form.header.concat(form.footer ?? []);
  const keys = data.keys.map((k) => fields.find((f) => f.id === k.field)?.label ?? k.field);
  const items = form.parts.flatMap((p) => p.items);
  const columns = data.columns.map((c) => {
    const item = items.find((i) => i.id === c.item);
    const input = item?.inputs.find((i) => i.id === c.input);
    const also = c.aliases?.length ? `(也认 ${c.aliases.join('、')})` : '';
    return `「${c.label}」${also} → ${item?.label ?? c.item}·${input?.label ?? c.input}`;
  });
  return [
    `导出数据「${data.label}」:同一工作簿中名为 ${data.sheets.map((s) => `「${s}」`).join('、')} 的工作表,或用 kpi score 表.xlsx --data 导出.xlsx(.csv)给出的另一个文件;每行一人`,
    `  按${keys.join(',没有时按')}对应名单中的人(两边都有${keys[0]}时按${keys[0]});名单中的人在导出中找不到、${keys[0]}在导出中重复、数值不是数字,都是错误,指出导出文件、工作表和单元格`,
    `  取数的列:${columns.join(';')}`,
  ];
}
