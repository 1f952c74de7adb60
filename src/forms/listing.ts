// What `kpi forms` lists of each shipped form, taken from the definitions as read (shipped.ts): listing needs
// none of the checks (test/forms checks every shipped form; `kpi forms <id>` and every command that uses a form
// load it through load.ts, which reports a broken one precisely). A file whose listed fields are missing or of
// the wrong type is left out of the list, as a form that does not load always was.
import type { FormDef } from '../model/definition.js';
import { shippedDefinitions } from './shipped.js';

/** What one row or sheet scores (员工 unless the definition says). */
export function subjectOf(form: Pick<FormDef, 'subject'>): string {
  return form.subject?.label ?? '员工';
}

/** Layouts every form can be generated and read in. */
export const LAYOUTS = ['form', 'roster'] as const;

export interface ListedForm {
  id: string;
  title: string;
  version: string;
  items: number;
  subject: string;
  layouts: string[];
}

export interface ListedRecordForm {
  id: string;
  title: string;
  version: string;
  kind: 'records';
  records: string;
  columns: number;
  groupings: string[];
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string';
const objects = (x: unknown): Json[] | null => (Array.isArray(x) && x.every(isObject) ? x : null);

function subjectText(d: Json): string | null {
  if (d.subject === undefined) return subjectOf({});
  return isObject(d.subject) && isText(d.subject.label) ? d.subject.label : null;
}

function listedForm(id: string, d: Json): ListedForm | null {
  const parts = objects(d.parts);
  const items = parts?.map((p) => objects(p.items));
  const subject = subjectText(d);
  if (!isText(d.title) || !isText(d.version) || !items || items.some((i) => !i) || subject === null) return null;
  return {
    id,
    title: d.title,
    version: d.version,
    items: items.reduce((n, i) => n + i!.length, 0),
    subject,
    // A form fed by an export (§11) is a roster beside its export sheet.
    layouts: d.data !== undefined ? ['roster'] : [...LAYOUTS],
  };
}

function listedRecordForm(id: string, d: Json): ListedRecordForm | null {
  const records = isObject(d.records) ? d.records : null;
  const columns = objects(records?.columns);
  const groupings = objects(d.groupings);
  if (!isText(d.title) || !isText(d.version) || !records || !isText(records.label) || !columns || !groupings) return null;
  if (groupings.some((g) => !isText(g.label))) return null;
  return {
    id, title: d.title, version: d.version, kind: 'records', records: records.label, columns: columns.length,
    groupings: groupings.filter((g) => !g.hidden).map((g) => g.label as string),
  };
}

/** The shipped forms scored per person, then the record forms, each in id order. */
export async function listShippedForms(): Promise<{ forms: ListedForm[]; records: ListedRecordForm[] }> {
  const forms: ListedForm[] = [];
  const records: ListedRecordForm[] = [];
  for (const [id, { kind, data }] of await shippedDefinitions()) {
    if (!isObject(data)) continue;
    if (kind === 'people') {
      const f = listedForm(id, data);
      if (f) forms.push(f);
    } else {
      const f = listedRecordForm(id, data);
      if (f) records.push(f);
    }
  }
  return { forms, records };
}
