// The forms shipped in templates/: their ids (synchronously, for help texts) and their definitions as read,
// unchecked. Nothing here parses a definition beyond JSON: `kpi --help` and `kpi forms` load only this.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRecordForm } from '../model/records.js';

/** templates/ beside dist/ (and beside src/ under vitest). */
export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

const isDefinitionName = (n: string) => n.endsWith('.json') && n !== 'form.schema.json';

export function shippedFormIds(): string[] {
  try {
    return readdirSync(templatesDir)
      .filter(isDefinitionName)
      .map((n) => n.slice(0, -'.json'.length))
      .sort();
  } catch {
    return [];
  }
}

export type FormKind = 'people' | 'records';

/** A shipped definition as JSON.parse gave it (null when it cannot be read): checked only when it is loaded. */
export interface ShippedDefinition {
  kind: FormKind;
  data: unknown;
}

let shipped: Promise<Map<string, ShippedDefinition>> | undefined;

/** Every shipped form by id, in id order, read once per process. */
export function shippedDefinitions(): Promise<Map<string, ShippedDefinition>> {
  // Read synchronously: thirty small files in one go cost half of what thirty round trips to the thread pool do.
  shipped ??= (async () => {
    const names = readdirSync(templatesDir).filter(isDefinitionName).sort();
    const out = new Map<string, ShippedDefinition>();
    for (const n of names) {
      let data: unknown = null;
      try {
        data = JSON.parse(readFileSync(path.join(templatesDir, n), 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        // a broken shipped file is reported when it is loaded
      }
      out.set(n.slice(0, -'.json'.length), { kind: isRecordForm(data) ? 'records' : 'people', data });
    }
    return out;
  })();
  return shipped;
}

/** Every shipped form id with its kind (a record form has `records`). */
export async function shippedForms(): Promise<Map<string, FormKind>> {
  return new Map([...(await shippedDefinitions())].map(([id, d]) => [id, d.kind]));
}

/** Ids of the shipped forms scored per person (every consumer of FormDef lists these). */
export async function listForms(): Promise<string[]> {
  return [...(await shippedDefinitions())].filter(([, d]) => d.kind === 'people').map(([id]) => id);
}

/** Ids of the shipped record forms (order logs, surveys). */
export async function listRecordForms(): Promise<string[]> {
  return [...(await shippedDefinitions())].filter(([, d]) => d.kind === 'records').map(([id]) => id);
}
