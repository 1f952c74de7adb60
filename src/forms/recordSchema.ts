// The JSON schema of record forms (src/forms/recordTypes.ts), part of templates/form.schema.json.
import { ALIASES, IDENT, LABEL, NUM, TEXT, obj, ref, type JsonSchema } from '../engine/rules/schemaBits.js';

const VALUE = { oneOf: [{ type: 'string', maxLength: 200 }, NUM, { type: 'boolean' }] };
const list = (items: JsonSchema, max = 50, min = 1) => ({ type: 'array', minItems: min, maxItems: max, items });

export function recordDefinitions(): Record<string, JsonSchema> {
  return {
    column: obj(
      {
        id: IDENT,
        label: LABEL,
        type: { enum: ['text', 'yesno', 'choice', 'integer', 'number', 'date'] },
        group: LABEL,
        aliases: ALIASES,
        optional: { type: 'boolean' },
        none: { type: 'array', maxItems: 50, items: LABEL },
        min: NUM,
        max: NUM,
        unit: { type: 'string', minLength: 1, maxLength: 8 },
        choices: ref('choices'),
        numbersArePoints: { type: 'boolean' },
        words: { type: 'array', minItems: 2, maxItems: 2, items: LABEL },
        yesWords: { type: 'array', maxItems: 50, items: LABEL },
        noWords: { type: 'array', maxItems: 50, items: LABEL },
        personal: { enum: ['phone', 'address', 'name'] },
        month: { type: 'boolean' },
        notServed: { type: 'array', maxItems: 50, items: LABEL },
        hint: TEXT(2000),
      },
      ['id', 'label', 'type'],
    ),
    cond: {
      oneOf: [
        obj(
          {
            field: IDENT,
            eq: VALUE,
            ne: VALUE,
            in: list(VALUE),
            atLeast: NUM,
            atMost: NUM,
            above: NUM,
            below: NUM,
            filled: { type: 'boolean' },
            differsFrom: IDENT,
          },
          ['field'],
        ),
        obj({ all: list(ref('cond'), 20) }, ['all']),
        obj({ any: list(ref('cond'), 20) }, ['any']),
        obj({ not: ref('cond') }, ['not']),
      ],
    },
    expr: {
      oneOf: [
        NUM,
        obj({ field: IDENT }, ['field']),
        obj({ if: ref('cond'), then: ref('expr'), else: ref('expr') }, ['if', 'then', 'else']),
        obj({ sum: list(ref('expr')) }, ['sum']),
        obj({ mean: list(ref('expr')) }, ['mean']),
        obj({ product: list(ref('expr')) }, ['product']),
        obj({ ratio: { type: 'array', minItems: 2, maxItems: 2, items: ref('expr') } }, ['ratio']),
        obj({ max: list(ref('expr')) }, ['max']),
        obj({ min: list(ref('expr')) }, ['min']),
        obj({ lookup: IDENT, by: list(IDENT, 5) }, ['lookup', 'by']),
        obj({ round: ref('expr'), digits: { type: 'integer', minimum: 0, maximum: 6 } }, ['round', 'digits']),
      ],
    },
    derived: obj({ id: IDENT, label: LABEL, value: ref('expr'), column: LABEL, description: TEXT(2000) }, ['id', 'label', 'value']),
    check: obj({ id: IDENT, when: ref('cond'), require: ref('cond'), at: IDENT, message: TEXT(500) }, ['id', 'require', 'at', 'message']),
    table: obj({ label: LABEL, by: list(IDENT, 5), rows: list({ type: 'array', minItems: 2, maxItems: 6, items: { oneOf: [{ type: 'string', maxLength: 200 }, NUM] } }, 5000) }, ['by', 'rows']),
    figure: obj(
      {
        id: IDENT,
        label: LABEL,
        agg: { enum: ['count', 'sum', 'mean', 'min', 'max', 'same', 'rate', 'distribution', 'texts', 'distinct', 'calc', 'choose', 'streak'] },
        of: ref('expr'),
        field: IDENT,
        where: ref('cond'),
        among: ref('cond'),
        values: list(VALUE, 100),
        cases: list(obj({ when: ref('cond'), value: LABEL }, ['when', 'value']), 20),
        otherwise: LABEL,
        times: NUM,
        digits: { type: 'integer', minimum: 0, maximum: 6 },
        format: { enum: ['percent', 'number', 'integer'] },
        optional: { type: 'boolean' },
        run: obj({ months: { type: 'integer', minimum: 1, maximum: 24 }, points: NUM }, ['months', 'points']),
      },
      ['id', 'label', 'agg'],
    ),
    grouping: obj(
      {
        id: IDENT,
        label: LABEL,
        by: list(IDENT, 5, 0),
        allLabel: LABEL,
        from: IDENT,
        hidden: { type: 'boolean' },
        figures: list(ref('figure'), 100),
        band: obj({ figure: IDENT, scale: { type: 'string', minLength: 1, maxLength: 64 } }, ['figure', 'scale']),
        whole: { type: 'boolean' },
        compare: list(IDENT, 100),
        checks: list(obj({ when: ref('cond'), require: ref('cond'), message: TEXT(500), severity: { enum: ['error', 'warning'] } }, ['require', 'message']), 20),
      },
      ['id', 'label', 'by', 'figures'],
    ),
    records: obj(
      {
        label: LABEL,
        // Excel's rule for a sheet's name: no [ ] : * ? / \ (「满意度/评分」 made kpi template fail inside exceljs).
        sheet: { type: 'string', minLength: 1, maxLength: 31, pattern: '^[^\\[\\]:*?/\\\\]+$' },
        title: LABEL,
        rowLabel: list(IDENT, 5),
        unique: list(IDENT, 5),
        identity: list(IDENT, 10, 0),
        dated: IDENT,
        lateBy: IDENT,
        columns: list(ref('column'), 300),
      },
      ['label', 'sheet', 'columns'],
    ),
  };
}

/** The top level of a record form: no parts; records, derived points, checks, lookup tables, groupings. */
export function recordFormSchema(common: Record<string, JsonSchema>): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...common,
      records: ref('records'),
      derived: list(ref('derived'), 50, 0),
      checks: list(ref('check'), 50, 0),
      tables: { type: 'object', maxProperties: 20, additionalProperties: ref('table') },
      groupings: list(ref('grouping'), 20),
    },
    required: ['id', 'title', 'version', 'records', 'groupings'],
  };
}
