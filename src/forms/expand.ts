// What a definition says once, spelled out where the readers and the engine look for it: a shared choice set
// becomes the input's choices, an item's variant wordings become names the item may be found by.
import type { FormDef } from '../model/definition.js';
import { PERSON_NAME_HEADINGS } from './fields.js';

export function expandDefinition(form: FormDef): FormDef {
  const parts = form.parts.map((part) => ({
    ...part,
    items: part.items.map((item) => ({
      ...item,
      inputs: item.inputs.map((input) =>
        input.choiceSet && !input.choices && form.choiceSets?.[input.choiceSet] ? { ...input, choices: form.choiceSets[input.choiceSet]! } : input,
      ),
      ...(item.variants ? { aliases: unique([...(item.aliases ?? []), ...Object.values(item.variants).flatMap((v) => (v.label ? [v.label] : []))]) } : {}),
    })),
  }));
  // A person's name is headed many ways (名字, 员工姓名 …): every form of people reads them, as name lists do.
  const people = !form.subject?.kind || form.subject.kind === 'person';
  const withNames = (fields: FormDef['header']) =>
    fields.map((f) => (people && f.role === 'name' ? { ...f, aliases: unique([...(f.aliases ?? []), ...PERSON_NAME_HEADINGS.filter((n) => n !== f.label)]) } : f));
  return { ...form, parts, header: withNames(form.header), ...(form.footer ? { footer: withNames(form.footer) } : {}) };
}


function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** The latest language version this kpi reads. */
export const LANGUAGE_VERSION = 2;
