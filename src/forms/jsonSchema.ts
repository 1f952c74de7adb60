// The one schema machinery of kpi: ajv, loaded on first use (0.1 s to load, more to compile), for form
// definitions (forms/load.ts) and for the batch manifest (batch/manifestSchema.ts).
import type { ErrorObject } from 'ajv';

export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

type AjvInstance = { compile(schema: object): Validator };
/**
 * One instance per set of options, shared by every schema: each new instance sets up its meta-schemas again, and
 * the manifest's twenty small schemas, each with an instance of its own, took `kpi batch` 0.2–0.45 s to start.
 */
const instances = new Map<boolean, Promise<AjvInstance>>();
/**
 * A schema with an $id is kept by its instance under that id: compiled a second time it would be refused as a
 * duplicate, so each id is compiled once (also when two compiles of it start at once) and its validator shared.
 */
const byId = new Map<string, Promise<Validator>>();

/** `verbose`: each error carries the schema it broke (parentSchema), to name what that place takes. */
export async function compileSchema(schema: object, options: { verbose?: boolean } = {}): Promise<Validator> {
  const verbose = !!options.verbose;
  let ajv = instances.get(verbose);
  if (!ajv) {
    ajv = import('ajv').then(({ default: { default: Ajv } }) => new Ajv({ allErrors: true, strict: false, verbose }) as AjvInstance);
    instances.set(verbose, ajv);
  }
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') return (await ajv).compile(schema);
  const key = `${verbose}\u0000${id}`;
  let compiled = byId.get(key);
  if (!compiled) {
    compiled = ajv.then((instance) => instance.compile(schema));
    byId.set(key, compiled);
    compiled.catch(() => byId.delete(key));
  }
  return compiled;
}
