// JSON-schema fragments the rule kinds describe their parameters with (templates/form.schema.json is built from them).
export type JsonSchema = Record<string, unknown>;

export const IDENT = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' } as const;
export const LABEL = { type: 'string', minLength: 1, maxLength: 200 } as const;
export const NUM = { type: 'number', minimum: -1000000, maximum: 1000000 } as const;
export const TEXT = (max: number) => ({ type: 'string', maxLength: max });
export const ALIASES = { type: 'array', maxItems: 50, items: LABEL };

/** An object with exactly these properties (no others). */
export const obj = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...(required.length ? { required } : {}),
});

/** A reference to one of the schema's named definitions. */
export const ref = (name: string) => ({ $ref: `#/definitions/${name}` });

/** The schema of one rule object: `kind` fixed, no other properties than those given. */
export function ruleSchema(kind: string, properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', additionalProperties: false, properties: { kind: { const: kind }, ...properties }, required: ['kind', ...required] };
}

export const TARGET: JsonSchema = {
  oneOf: [NUM, { type: 'object', additionalProperties: false, properties: { input: IDENT }, required: ['input'] }],
};
