// What a definition says once, spelled out where the readers and the engine look for it: a shared choice set
// becomes the input's choices, an item's variant wordings become names the item may be found by.
import type { FormDef } from '../model/definition.js';
import { PERSON_NAME_HEADINGS, RATER_FIELD_HEADINGS } from './fields.js';

export function expandDefinition(form: FormDef): FormDef {
  // Every name the form's items and inputs go by, so that a name derived for one never takes another's.
  const names = new Set(form.parts.flatMap((p) => p.items.flatMap((i) => [i.label, ...(i.aliases ?? []), ...i.inputs.flatMap((x) => [x.label, ...(x.aliases ?? [])])])));
  const parts = form.parts.map((part) => ({
    ...part,
    items: part.items.map((item) => ({
      ...item,
      inputs: item.inputs.map((input) => {
        const chosen = input.choiceSet && !input.choices && form.choiceSets?.[input.choiceSet] ? { ...input, choices: form.choiceSets[input.choiceSet]! } : input;
        // A count (a deduction's 次数, a ratio's or an achievement's 分子/分母) written without a min is a count still:
        // −3 次迟到 added 6 points (26 of 20), −5 解决 of 10 scored −15. Definitions written before this keep loading.
        const counted = chosen.min === undefined && (chosen.type === 'number' || chosen.type === 'integer') && countInputs(item).has(chosen.id) ? { ...chosen, min: 0 } : chosen;
        return withUnitName(counted, names);
      }),
      ...(item.variants ? { aliases: unique([...(item.aliases ?? []), ...Object.values(item.variants).flatMap((v) => (v.label ? [v.label] : []))]) } : {}),
    })),
  }));
  // A person's name is headed many ways (名字, 员工姓名 …): every form of people reads them, as name lists do.
  const people = !form.subject?.kind || form.subject.kind === 'person';
  // So is the field saying who rated (考核人, 评价人 …), with the words no other field or item of the form uses.
  const all = [...form.header, ...(form.footer ?? [])];
  const taken = new Set([...all.filter((f) => f.role !== 'rater').flatMap((f) => [f.label, ...(f.aliases ?? [])]), ...parts.flatMap((p) => p.items.flatMap((i) => [i.label, ...(i.aliases ?? [])]))]);
  const raterWords = (f: FormDef['header'][number]) => RATER_FIELD_HEADINGS.filter((n) => n !== f.label && !taken.has(n));
  // A site, team or project is headed with 名称 after the word as often (管理处名称, 部门/管理处名称, 团队名称): read as it.
  const named = (f: FormDef['header'][number]) => {
    const words = [f.label, ...(f.aliases ?? [])].filter((w) => !/名称$/.test(w));
    return unique([...(f.aliases ?? []), ...words.map((w) => `${w}名称`).filter((w) => !taken.has(w) && w !== f.label)]);
  };
  const withNames = (fields: FormDef['header']) =>
    fields.map((f) =>
      people && f.role === 'name'
        ? { ...f, aliases: unique([...(f.aliases ?? []), ...PERSON_NAME_HEADINGS.filter((n) => n !== f.label)]) }
        : f.role === 'name'
          ? { ...f, aliases: named(f) }
          : f.role === 'rater' && all.filter((x) => x.role === 'rater').length === 1
          ? withCommon(f, raterWords(f))
          : f,
    );
  return { ...form, parts, header: withNames(form.header), ...(form.footer ? { footer: withNames(form.footer) } : {}) };
}


/** Units a count is written with after its name and 数: 迟到次数 for 迟到 (次), 旷工天数 for 旷工 (天). */
const COUNTED_UNITS = new Set(['次', '天', '日', '个', '件', '单', '户', '处', '项', '人', '份', '条', '起']);

/**
 * A count's name with its unit and 数 after it (「迟到次数」, 「旷工天数」, 「旷工日数」), as teams head such columns and rows:
 * read as the count (「旷工天数」 was refused, §18 未评分) unless the form names something else so.
 */
function withUnitName(input: FormDef['parts'][number]['items'][number]['inputs'][number], taken: ReadonlySet<string>): typeof input {
  if ((input.type !== 'integer' && input.type !== 'number') || !input.unit || !COUNTED_UNITS.has(input.unit) || /数$/.test(input.label)) return input;
  const said = [`${input.label}${input.unit}数`, ...(input.unit === '天' ? [`${input.label}日数`] : input.unit === '日' ? [`${input.label}天数`] : [])];
  const added = said.filter((n) => !taken.has(n) && !(input.aliases ?? []).includes(n));
  return added.length ? { ...input, aliases: [...(input.aliases ?? []), ...added] } : input;
}

/** The field with words of its role added to its aliases, and noted as such (commonAliases). */
function withCommon(f: FormDef['header'][number], words: string[]): FormDef['header'][number] {
  const own = new Set([f.label, ...(f.aliases ?? [])]);
  const added = words.filter((w) => !own.has(w));
  return added.length ? { ...f, aliases: [...(f.aliases ?? []), ...added], commonAliases: added } : f;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** The latest language version this kpi reads. */
export const LANGUAGE_VERSION = 2;

/** The inputs an item's rule counts with: a deduction's penalties, a ratio's or an achievement's numerator and denominator. */
function countInputs(item: FormDef['parts'][number]['items'][number]): Set<string> {
  const r = item.rule;
  if (r.kind === 'deduction') return new Set([...r.penalties.map((p) => p.input), ...(r.zeroAt ? [r.zeroAt.input] : [])]);
  if (r.kind === 'ratio') return new Set([r.numerator, r.denominator]);
  if (r.kind === 'achievement' && typeof r.actual === 'object') return new Set([r.actual.numerator, r.actual.denominator]);
  return new Set();
}
