import type { FormDef, ItemDef } from '../model/definition.js';
import type { SemanticProblem } from './semantics.js';

// A definition is small data a person writes, but what kpi builds from it grows with it: one template
// column per item × input × rater slot, one heading name per alias. Real forms have tens of items and a
// few aliases each (the shipped ones: at most 8 items, 4 aliases). These limits are far above that and
// keep every run of a definition that `kpi forms` accepts small: a template kpi itself can read back
// (its roster columns stay within the 2,000 columns a sheet is scanned for, with room for the result
// columns), and heading matching that stays proportional to the names.

export const FORM_LIMITS = {
  /** Items over all parts. */
  items: 200,
  /** Inputs of one item. */
  inputsPerItem: 20,
  raters: 10,
  /** Aliases of one item, input, rater, header field or choice. */
  aliasesPerName: 20,
  /** Every label, alias and id of items, inputs, raters and header fields together. */
  names: 3_000,
  /** Characters of one label or alias. */
  nameLength: 100,
  headerFields: 30,
  /** Columns of the roster template: header fields plus one per item × input × rater slot. */
  rosterColumns: 500,
} as const;

const TEMPLATE_SLOTS = 3;

/** Columns `kpi template --layout roster` prints for this form. */
export function rosterColumnCount(form: FormDef): number {
  const slots = (form.raters ?? []).reduce((n, r) => n + (r.multiple ? r.slots ?? TEMPLATE_SLOTS : 1), 0);
  const fields = form.header.length + (form.footer ?? []).length;
  return fields + allItems(form).reduce((n, item) => n + item.inputs.length * (form.raters && item.raters !== 'none' ? slots : 1), 0);
}

function allItems(form: FormDef): ItemDef[] {
  return form.parts.flatMap((p) => p.items);
}

/** What is over the limits, with a JSON path and a Chinese line each; empty when within them. */
export function checkFormLimits(form: FormDef): SemanticProblem[] {
  const out: SemanticProblem[] = [];
  const L = FORM_LIMITS;
  const items = allItems(form);
  if (items.length > L.items) out.push({ path: '$.parts', message: `共 ${items.length} 个项目,超过上限 ${L.items} 个(请拆成几张考核表)` });
  const fields = form.header.concat(form.footer ?? []);
  if (fields.length > L.headerFields) out.push({ path: '$.header', message: `表头字段共 ${fields.length} 个,超过上限 ${L.headerFields} 个` });
  if ((form.raters ?? []).length > L.raters) out.push({ path: '$.raters', message: `评分人共 ${form.raters!.length} 组,超过上限 ${L.raters} 组` });

  let names = 0;
  const named = (x: { label: string; aliases?: string[] }, at: string) => {
    const aliases = x.aliases ?? [];
    names += 2 + aliases.length;
    if (aliases.length > L.aliasesPerName) out.push({ path: `${at}.aliases`, message: `「${x.label.slice(0, 30)}」有 ${aliases.length} 个别名,超过上限 ${L.aliasesPerName} 个` });
    for (const [i, text] of [x.label, ...aliases].entries()) {
      if ([...text].length > L.nameLength) {
        out.push({ path: i === 0 ? `${at}.label` : `${at}.aliases[${i - 1}]`, message: `名称「${text.slice(0, 20)}…」有 ${[...text].length} 个字符,超过上限 ${L.nameLength} 个` });
      }
    }
  };
  form.header.forEach((f, i) => named(f, `$.header[${i}]`));
  (form.footer ?? []).forEach((f, i) => named(f, `$.footer[${i}]`));
  (form.raters ?? []).forEach((r, i) => named(r, `$.raters[${i}]`));
  form.parts.forEach((part, pi) =>
    part.items.forEach((item, ii) => {
      const at = `$.parts[${pi}].items[${ii}]`;
      named(item, at);
      if (item.inputs.length > L.inputsPerItem) out.push({ path: `${at}.inputs`, message: `「${item.label.slice(0, 30)}」有 ${item.inputs.length} 个填写项,超过上限 ${L.inputsPerItem} 个` });
      item.inputs.forEach((input, k) => {
        named(input, `${at}.inputs[${k}]`);
        (input.choices ?? []).forEach((c, m) => {
          if ((c.aliases ?? []).length > L.aliasesPerName) {
            out.push({ path: `${at}.inputs[${k}].choices[${m}].aliases`, message: `选项「${c.label.slice(0, 30)}」有 ${c.aliases!.length} 个别名,超过上限 ${L.aliasesPerName} 个` });
          }
        });
      });
    }),
  );
  if (names > L.names) out.push({ path: '$', message: `名称和别名共 ${names} 个,超过上限 ${L.names} 个` });
  const columns = rosterColumnCount(form);
  if (columns > L.rosterColumns) {
    out.push({ path: '$.parts', message: `名单模板将有 ${columns} 列(表头字段 + 每个项目的每个填写项 × 每个评分人),超过上限 ${L.rosterColumns} 列` });
  }
  // One line per kind is enough: 7,600 items need not give 7,600 lines.
  const seen = new Set<string>();
  return out.filter((p) => {
    const kind = p.message.replace(/「[^」]*」|\d+/g, '');
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
