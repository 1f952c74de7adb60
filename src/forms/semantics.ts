import type { FormDef, InputType, ItemDef, RuleDef } from './types.js';

export interface SemanticProblem {
  path: string;
  message: string;
}

// What the schema cannot say: ids that must be unique, rules that must name inputs of the right type,
// weights that must add up.
export function checkFormSemantics(form: FormDef): SemanticProblem[] {
  const out: SemanticProblem[] = [];
  const add = (path: string, message: string) => out.push({ path, message });

  duplicates(form.header.concat(form.footer ?? []).map((h) => h.id), (id) => add('$.header', `表头字段 id「${id}」重复`));
  if (!form.header.concat(form.footer ?? []).some((h) => h.role === 'name')) {
    add('$.header', '表头至少要有一个 role 为 "name" 的字段(姓名/被考核人)');
  }
  duplicates(form.parts.map((p) => p.id), (id) => add('$.parts', `部分 id「${id}」重复`));
  duplicates(form.parts.flatMap((p) => p.items.map((i) => i.id)), (id) => add('$.parts', `项目 id「${id}」重复`));
  duplicates(form.parts.flatMap((p) => p.items.map((i) => i.label)), (label) => add('$.parts', `项目名称「${label}」重复,无法按名称找到单元格`));

  if (form.raters) {
    duplicates(form.raters.map((r) => r.id), (id) => add('$.raters', `评分人 id「${id}」重复`));
    if (!form.raters.some((r) => r.weight > 0)) add('$.raters', '至少要有一个权重大于0的评分人');
  }

  if (form.combine.kind === 'weighted-parts') {
    const sum = form.parts.reduce((s, p) => s + (p.weight ?? NaN), 0);
    if (!Number.isFinite(sum)) add('$.parts', 'combine 为 weighted-parts 时每个部分都要有 weight');
    else if (Math.abs(sum - 1) > 1e-9) add('$.parts', `各部分权重之和应为 1,实际为 ${sum}`);
  }
  if (form.clamp && form.clamp.min > form.clamp.max) add('$.clamp', 'min 不能大于 max');

  form.parts.forEach((part, pi) =>
    part.items.forEach((item, ii) => checkItem(item, `$.parts[${pi}].items[${ii}]`, add)),
  );
  return out;
}

function checkItem(item: ItemDef, at: string, add: (path: string, message: string) => void): void {
  duplicates(item.inputs.map((i) => i.id), (id) => add(`${at}.inputs`, `输入 id「${id}」重复`));
  duplicates(item.inputs.map((i) => i.label), (l) => add(`${at}.inputs`, `输入名称「${l}」重复`));
  item.inputs.forEach((input, k) => {
    const ip = `${at}.inputs[${k}]`;
    if (input.min !== undefined && input.max !== undefined && input.min > input.max) add(ip, 'min 不能大于 max');
    if (input.type === 'choice' && !input.choices?.length) add(ip, 'type 为 choice 时要列出 choices');
    if (input.type !== 'choice' && input.choices) add(ip, `只有 type 为 choice 的输入才能有 choices`);
    if (input.type === 'choice') duplicates(input.choices!.map((c) => c.label), (l) => add(`${ip}.choices`, `选项「${l}」重复`));
  });
  const byId = new Map(item.inputs.map((i) => [i.id, i] as const));
  for (const [ref, types] of ruleInputs(item.rule)) {
    const input = byId.get(ref);
    if (!input) add(`${at}.rule`, `规则引用的输入「${ref}」不存在(可用:${[...byId.keys()].join('、')})`);
    else if (!types.includes(input.type)) add(`${at}.rule`, `输入「${ref}」的类型 ${input.type} 不适用于规则 ${item.rule.kind}(应为 ${types.join(' / ')})`);
  }
  const r = item.rule;
  if (r.kind === 'incidents' && r.minEach > r.maxEach) add(`${at}.rule`, 'minEach 不能大于 maxEach');
  if (r.kind === 'adjustment' && item.max !== 0) add(`${at}.max`, '奖惩(adjustment)项目的 max 应为 0:它不占分值,只加减总分');
  if (r.kind === 'tiers') {
    const mins = r.tiers.map((t) => t.min);
    duplicates(mins.map(String), (m) => add(`${at}.rule.tiers`, `档位下限 ${m} 重复`));
  }
}

const NUMERIC: InputType[] = ['number', 'integer', 'percent'];

function ruleInputs(rule: RuleDef): Array<[string, InputType[]]> {
  switch (rule.kind) {
    case 'choice':
      return [[rule.input, ['choice']]];
    case 'tiers':
    case 'band':
      return [[rule.input, NUMERIC]];
    case 'deduction':
      return [
        ...(typeof rule.base === 'object' ? [[rule.base.input, NUMERIC] as [string, InputType[]]] : []),
        ...rule.penalties.map((p) => [p.input, NUMERIC] as [string, InputType[]]),
      ];
    case 'incidents':
      return [[rule.input, ['list']]];
    case 'ratio':
      return [[rule.numerator, NUMERIC], [rule.denominator, NUMERIC]];
    case 'checklist':
      return rule.inputs.map((i) => [i, ['choice', 'text', 'integer', 'number']] as [string, InputType[]]);
    case 'adjustment':
      return [[rule.input, NUMERIC], [rule.reason, ['text']]];
  }
}

function duplicates(values: string[], report: (value: string) => void): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) report(v);
    seen.add(v);
  }
}

