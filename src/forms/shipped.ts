// The ids of the forms shipped in templates/, read synchronously for help texts (no definition is parsed).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function shippedFormIds(): string[] {
  try {
    return readdirSync(fileURLToPath(new URL('../../templates/', import.meta.url)))
      .filter((n) => n.endsWith('.json') && n !== 'form.schema.json')
      .map((n) => n.slice(0, -'.json'.length))
      .sort();
  } catch {
    return [];
  }
}
