// The one schema machinery of kpi: ajv, loaded on first use (0.1 s to load, more to compile), for form
// definitions (forms/load.ts) and for the batch manifest (batch/manifestSchema.ts).
import type { ErrorObject } from 'ajv';

export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** `verbose`: each error carries the schema it broke (parentSchema), to name what that place takes. */
export async function compileSchema(schema: object, options: { verbose?: boolean } = {}): Promise<Validator> {
  const Ajv = (await import('ajv')).default.default;
  return new Ajv({ allErrors: true, strict: false, verbose: !!options.verbose }).compile(schema);
}
