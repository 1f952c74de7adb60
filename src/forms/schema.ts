// templates/form.schema.json, assembled: the form's shape here, each rule kind's parameters from its own module.
// `npm run schema` writes the file; a test proves the file and this builder agree.
import { RULE_KINDS } from '../engine/rules/index.js';
import { ALIASES, IDENT, LABEL, NUM, TEXT, obj, type JsonSchema } from '../engine/rules/schemaBits.js';
import { COMMON_FIELDS } from './fields.js';
import { DATA_SOURCE_SCHEMA } from './dataSource.js';
import { recordDefinitions, recordFormSchema } from './recordSchema.js';

const ROLE = { enum: ['score', 'bonus', 'adjustment', 'veto'] };
const FIGURE = { enum: ['total100', 'figure', 'points'] };
/** A common header field by name (src/forms/fields.ts). */
const COMMON = { enum: Object.keys(COMMON_FIELDS) };

export function buildFormSchema(): JsonSchema {
  const kinds = Object.values(RULE_KINDS);
  const definitions: Record<string, JsonSchema> = {
    ident: IDENT,
    label: LABEL,
    choice: obj({ label: LABEL, points: NUM, aliases: ALIASES }, ['label', 'points']),
    choices: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/definitions/choice' } },
    input: obj(
      {
        id: IDENT,
        label: LABEL,
        type: { enum: ['number', 'integer', 'percent', 'choice', 'list', 'text'] },
        min: NUM,
        max: NUM,
        unit: TEXT(20),
        choices: { $ref: '#/definitions/choices' },
        choiceSet: IDENT,
        optional: { type: 'boolean' },
        default: NUM,
        reference: { type: 'boolean' },
        none: { type: 'array', maxItems: 50, items: LABEL },
        aliases: ALIASES,
        hint: TEXT(2000),
        plainNumber: { enum: ['fraction', 'percent', 'auto'] },
        otherScales: { type: 'array', minItems: 1, maxItems: 5, items: NUM },
        numbersArePoints: { type: 'boolean' },
      },
      ['id', 'label', 'type'],
    ),
    rule: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: kinds.map((k) => k.kind) } },
      allOf: kinds.map((k) => ({ if: { properties: { kind: { const: k.kind } } }, then: k.schema })),
    },
    bands: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: obj({ min: NUM, label: LABEL, data: { type: 'object', maxProperties: 10, additionalProperties: NUM } }, ['label']),
    },
    scale: obj(
      {
        bands: { $ref: '#/definitions/bands' },
        inclusive: { enum: ['lower', 'upper'] },
        byCounts: {
          type: 'array',
          minItems: 1,
          maxItems: 20,
          items: obj(
            {
              label: LABEL,
              when: obj({ count: { oneOf: [{ type: 'integer', minimum: 1, maximum: 1000 }, { const: 'all' }] }, atLeast: NUM, below: NUM }, ['count']),
            },
            ['label'],
          ),
        },
      },
      ['bands'],
    ),
    variant: obj({ label: LABEL, description: TEXT(2000), criteria: TEXT(2000) }),
    item: obj(
      {
        id: IDENT,
        label: LABEL,
        description: TEXT(2000),
        criteria: TEXT(2000),
        max: { type: 'number', minimum: 0, maximum: 100000 },
        inputs: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/definitions/input' } },
        rule: { $ref: '#/definitions/rule' },
        role: ROLE,
        raters: { oneOf: [{ const: 'none' }, { type: 'array', minItems: 1, maxItems: 10, items: IDENT }] },
        aliases: ALIASES,
        variants: { type: 'object', maxProperties: 20, additionalProperties: { $ref: '#/definitions/variant' } },
        periodField: IDENT,
        notApplicable: obj(
          { when: obj({ item: IDENT, input: IDENT, equals: NUM }, ['item', 'input', 'equals']), points: NUM, note: LABEL },
          ['when', 'points', 'note'],
        ),
      },
      ['id', 'label', 'max', 'inputs', 'rule'],
    ),
    part: obj(
      {
        id: IDENT,
        label: LABEL,
        weight: { type: 'number', minimum: 0, maximum: 1 },
        combine: { enum: ['sum', 'mean'] },
        outOf: { type: 'number', exclusiveMinimum: 0, maximum: 100000 },
        role: { enum: ['score', 'bonus'] },
        raters: { type: 'array', minItems: 1, maxItems: 10, items: IDENT },
        items: { type: 'array', minItems: 1, maxItems: 200, items: { $ref: '#/definitions/item' } },
      },
      ['id', 'label', 'items'],
    ),
    headerField: obj(
      {
        id: IDENT,
        label: LABEL,
        role: { enum: ['name', 'id', 'department', 'period', 'rater', 'position', 'date', 'other'] },
        required: { type: 'boolean' },
        aliases: ALIASES,
        perRater: { type: 'boolean' },
        perPerson: { type: 'boolean' },
      },
      ['id', 'label', 'role'],
    ),
    rater: obj(
      {
        id: IDENT,
        label: LABEL,
        weight: { type: 'number', minimum: 0, maximum: 100 },
        required: { type: 'boolean' },
        multiple: { type: 'boolean' },
        slots: { type: 'integer', minimum: 1, maximum: 20 },
        anonymous: { type: 'boolean' },
        absent: { enum: ['error', 'spread', 'warn'] },
        aliases: ALIASES,
        writtenAs: ALIASES,
      },
      ['id', 'label', 'weight'],
    ),
    grading: obj(
      { id: IDENT, label: LABEL, scale: { oneOf: [{ type: 'string', minLength: 1, maxLength: 64 }, { $ref: '#/definitions/scale' }] }, of: FIGURE, typed: IDENT },
      ['id', 'label', 'scale'],
    ),
  };
  // Shared by both kinds of form: what a form is called, its notes, its subject and its named scales.
  const common: Record<string, JsonSchema> = {
    $schema: { type: 'string' },
    language: { type: 'integer', minimum: 1, maximum: 1000 },
    id: IDENT,
    title: LABEL,
    version: { type: 'string', pattern: '^[0-9A-Za-z.+-]{1,40}$' },
    source: TEXT(2000),
    notes: { type: 'array', maxItems: 50, items: TEXT(2000) },
    subject: obj({ label: LABEL, kind: { enum: ['person', 'team', 'site', 'department'] } }, ['label']),
    scales: { type: 'object', maxProperties: 20, additionalProperties: { $ref: '#/definitions/scale' } },
  };
  Object.assign(definitions, recordDefinitions());
  definitions.recordForm = recordFormSchema(common);
  definitions.personForm = {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...common,
      choiceSets: { type: 'object', maxProperties: 50, additionalProperties: { $ref: '#/definitions/choices' } },
      variants: obj(
        {
          field: IDENT,
          values: { type: 'array', minItems: 2, maxItems: 20, items: LABEL },
          // Other ways a value is written (售后部: 售后服务部).
          aliases: { type: 'object', maxProperties: 20, additionalProperties: { type: 'array', maxItems: 20, items: LABEL } },
        },
        ['field', 'values'],
      ),
      header: { type: 'array', minItems: 1, maxItems: 30, items: { oneOf: [{ $ref: '#/definitions/headerField' }, COMMON] } },
      footer: { type: 'array', maxItems: 30, items: { oneOf: [{ $ref: '#/definitions/headerField' }, COMMON] } },
      raters: { type: 'array', minItems: 1, maxItems: 10, items: { $ref: '#/definitions/rater' } },
      parts: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/definitions/part' } },
      combine: obj(
        {
          kind: { enum: ['sum', 'weighted-parts', 'mean', 'mean-of-parts'] },
          outOf: { type: 'number', exclusiveMinimum: 0, maximum: 100000 },
          report: { enum: ['total100', 'points'] },
        },
        ['kind'],
      ),
      clamp: obj({ min: NUM, max: NUM }, ['min', 'max']),
      grades: { oneOf: [{ $ref: '#/definitions/scale' }, obj({ scale: { type: 'string', minLength: 1, maxLength: 64 }, of: FIGURE }, ['scale'])] },
      gradings: { type: 'array', maxItems: 10, items: { $ref: '#/definitions/grading' } },
      pay: obj({
        bonus: { oneOf: [{ const: 'score' }, obj({ coefficient: { type: 'string', minLength: 1, maxLength: 20 } }, ['coefficient'])] },
        cutBelow: NUM,
        cutRate: { type: 'number', minimum: 0, maximum: 1 },
      }),
      rollup: obj({
        rules: {
          type: 'array',
          maxItems: 20,
          items: obj(
            { kind: { const: 'streak' }, band: LABEL, months: { type: 'integer', minimum: 1, maximum: 12 }, points: NUM, label: LABEL },
            ['kind', 'band', 'months', 'points'],
          ),
        },
      }),
      distribution: obj(
        {
          limits: {
            type: 'array',
            minItems: 1,
            maxItems: 20,
            items: obj({ band: LABEL, max: { type: 'number', minimum: 0, maximum: 1 }, min: { type: 'number', minimum: 0, maximum: 1 } }, ['band']),
          },
          perDepartment: { type: 'boolean' },
        },
        ['limits'],
      ),
      data: DATA_SOURCE_SCHEMA,
    },
    required: ['id', 'title', 'version', 'header', 'parts', 'combine', 'grades'],
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://kpi.local/form.schema.json',
    title: 'kpi 考核表定义 (form definition)',
    description:
      'One appraisal form: header fields, parts, items, inputs, rules, raters and grade bands; or a record form (`records`): ' +
      'rows are records (orders, answers), results are per group. See README.',
    definitions,
    type: 'object',
    if: { type: 'object', required: ['records'] },
    then: { $ref: '#/definitions/recordForm' },
    else: { $ref: '#/definitions/personForm' },
  };
}
