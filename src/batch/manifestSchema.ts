// The shape of .kpi-manifest.json, checked with the same machinery as form definitions (ajv). A manifest
// is kpi's own file, but a user may edit, truncate or restore it: an entry that does not check out is
// forgotten (its file is regraded), an optional field that does not check out is dropped, and a file that
// is not a manifest at all means regrading everything (with a warning, see Manifest.load).
import { compileSchema, type Validator } from '../forms/jsonSchema.js';

const STR_OR_NULL = { type: ['string', 'null'] };
const NUMBER = { type: 'number' };

/** What makes a file a manifest at all. */
const MANIFEST = {
  type: 'object',
  required: ['kind', 'files'],
  properties: { kind: { const: 'batch-manifest' }, files: { type: 'object' } },
};

/** What an entry must hold to be used. */
const ENTRY = {
  type: 'object',
  required: ['sha256', 'size', 'form', 'formVersion', 'formOption', 'output', 'status', 'people', 'bands', 'at'],
  properties: {
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    size: NUMBER,
    form: STR_OR_NULL,
    formVersion: STR_OR_NULL,
    formOption: STR_OR_NULL,
    output: STR_OR_NULL,
    status: { enum: ['graded', 'problems', 'failed', 'skipped-unchanged', 'skipped-settling', 'grading'] },
    people: NUMBER,
    bands: { type: 'object' },
    at: { type: 'string' },
  },
};

const SUMMARY_PERSON = {
  type: 'object',
  required: ['id', 'name', 'department', 'total', 'band', 'status'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    department: { type: 'string' },
    total: { type: ['number', 'null'] },
    band: STR_OR_NULL,
    status: { enum: ['scored', 'error'] },
    bandData: { type: 'object', additionalProperties: { type: 'number' } },
  },
};

const PROBLEM = {
  type: 'object',
  required: ['severity', 'code', 'message'],
  properties: { severity: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
};

/** An entry's optional fields, each checked on its own. */
const OPTIONAL = {
  reason: { type: 'string' },
  retry: { type: 'boolean' },
  maxSize: { type: ['number', 'null'] },
  grader: { type: 'string' },
  movedTo: { type: 'string' },
  period: { type: 'string' },
  raterCopy: { type: 'object', required: ['rater', 'period'], properties: { rater: { type: 'string' }, period: { type: 'string' }, several: { type: 'boolean' } } },
  unreported: { type: 'boolean' },
  records: NUMBER,
  groups: {
    type: 'array',
    items: { type: 'object', required: ['grouping', 'key', 'figure', 'value', 'band'], properties: { grouping: { type: 'string' }, key: { type: 'string' }, figure: { type: 'string' }, value: { type: ['number', 'null'] }, band: STR_OR_NULL } },
  },
  written: { type: 'object', required: ['size', 'mtimeMs'], properties: { size: NUMBER, mtimeMs: NUMBER } },
  summary: {
    type: 'object',
    required: ['people', 'problems'],
    properties: { people: { type: 'array', items: SUMMARY_PERSON }, problems: { type: 'array', items: PROBLEM } },
  },
  last: {
    type: 'object',
    required: ['status', 'at', 'summary'],
    properties: {
      status: { enum: ['graded', 'problems'] },
      at: { type: 'string' },
      summary: { type: 'object', required: ['people', 'problems'], properties: { people: { type: 'array', items: SUMMARY_PERSON }, problems: { type: 'array', items: PROBLEM } } },
    },
  },
} as const;

/** A file still settling, as last seen. */
const SIGHTING = {
  type: 'object',
  required: ['size', 'mtimeMs', 'seenAt'],
  properties: { size: NUMBER, mtimeMs: NUMBER, seenAt: NUMBER },
};

export interface ManifestValidators {
  manifest: Validator;
  entry: Validator;
  optional: Record<keyof typeof OPTIONAL, Validator>;
  sighting: Validator;
}

let compiled: Promise<ManifestValidators> | undefined;

/** Compiled once per process, on the first manifest read. */
export function manifestValidators(): Promise<ManifestValidators> {
  compiled ??= (async () => {
    const optional = {} as Record<keyof typeof OPTIONAL, Validator>;
    for (const [name, schema] of Object.entries(OPTIONAL)) optional[name as keyof typeof OPTIONAL] = await compileSchema(schema);
    return { manifest: await compileSchema(MANIFEST), entry: await compileSchema(ENTRY), optional, sighting: await compileSchema(SIGHTING) };
  })();
  return compiled;
}
