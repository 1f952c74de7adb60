// A definition in plain Chinese: what an HR officer reads to see how a score is made (`kpi forms <id>`).
import { forUsers } from './forUsers.js';
import type { DistributionLimitDef, FormDef, GradeScale, ItemDef, PartDef, RaterDef, RuleDef } from '../model/definition.js';
import { RULE_KINDS } from '../engine/rules/index.js';
import { raterGroups, roleOf } from '../engine/definition.js';
import { extraGradings, mainGrading, SCALE_TITLES } from '../engine/scales.js';
import { describeDataSource } from './dataSource.js';
import { LAYOUTS, subjectOf } from './listing.js';

const num = (x: number) => String(Number(x.toFixed(4)));
const pct = (w: number) => `${num(w <= 1 ? w * 100 : w)}%`;

export { LAYOUTS, subjectOf };

export function describeForm(form: FormDef): string[] {
  const out: string[] = [];
  out.push(`${form.title}(${form.id} ${form.version}${form.source && !/^CATALOG/.test(form.source) ? `,${form.source}` : ''})`);
  out.push(`考核对象:${subjectOf(form)};格式:${form.data ? '名单一人一行(roster),另有导出数据表' : '每人一张表(form)或名单一人一行(roster)'}`);
  const field = (f: FormDef['header'][number]) => `${f.label}${f.required ? '(必填)' : ''}`;
  out.push(`表头:${form.header.map(field).join('、')}`);
  if (form.footer?.length) out.push(`表尾:${form.footer.map(field).join('、')}`);
  if (form.variants) {
    const f = form.header.concat(form.footer ?? []).find((h) => h.id === form.variants!.field);
    out.push(`项目名称随「${f?.label ?? form.variants.field}」变化:${form.variants.values.join(' / ')}`);
  }
  if (form.raters?.length) out.push(`评分人:${form.raters.map((r) => raterText(r, form.raters!)).join(';')}`);
  out.push(...describeDataSource(form));
  out.push('部分与项目:');
  for (const part of form.parts) {
    out.push(`  ${partText(form, part)}`);
    part.items.forEach((item, k) => out.push(`    ${k + 1}. ${itemText(form, part, item)}`));
  }
  out.push(`总分:${combineText(form)}`);
  const main = mainGrading(form);
  out.push(`等级:${gradingText(main)}`);
  for (const g of extraGradings(form)) {
    const typed = g.typed ? `;可手填于「${form.header.concat(form.footer ?? []).find((f) => f.id === g.typed)?.label ?? g.typed}」,与计算不同时保留手填并提示` : '';
    out.push(`${g.label}:${gradingText(g)}${typed}`);
  }
  out.push(`工资(--pay):${payText(form)}`);
  for (const r of form.rollup?.rules ?? []) {
    out.push(`汇总规则(kpi rollup):${r.label ? `${r.label}:` : ''}连续 ${r.months} 个月${r.band},期间得分加 ${num(r.points)} 分(每满 ${r.months} 个月一次)`);
  }
  if (form.distribution?.limits.length) {
    const limit = (l: DistributionLimitDef) => [l.max !== undefined ? `最多 ${pct(l.max)}` : '', l.min !== undefined ? `至少 ${pct(l.min)}` : ''].filter(Boolean).map((x) => `${l.band}${x}`).join('、');
    out.push(`强制分布:${form.distribution.limits.map(limit).join(';')}${form.distribution.perDepartment === false ? '' : '(全表和各部门分别检查)'},只报告,不改任何人的等级`);
  }
  if (form.notes?.length) {
    out.push('说明:');
    for (const n of form.notes) out.push(`  - ${forUsers(n)}`);
  }
  return out;
}

function raterText(r: RaterDef, all: readonly RaterDef[]): string {
  // Weights written in percent (80 / 19 / 1, summing to 100) are percent each: 1 is 1 %, not 100 %.
  const inPercent = all.reduce((s, x) => s + x.weight, 0) > 1 + 1e-9;
  const weight = r.weight > 0 ? `${num(inPercent ? r.weight : r.weight * 100)}%` : '仅供参考,不计分';
  const absent =
    r.required || r.absent === 'error' ? '必填,缺席为错误' : r.absent === 'warn' ? '缺席时警告,其权重按比例分给其他评分人' : r.weight > 0 ? '缺席时其权重按比例分给其他评分人' : '';
  const many = r.multiple ? '可多人,取平均' : '';
  const anon = r.anonymous ? '匿名' : '';
  return `${r.label} ${weight}${[absent, many, anon].filter(Boolean).map((x) => `,${x}`).join('')}`;
}

function partText(form: FormDef, part: PartDef): string {
  const bits: string[] = [];
  if (part.weight !== undefined) bits.push(`权重 ${pct(part.weight)}`);
  // As combine.ts scores it: a part says how, else it follows a form that takes means.
  bits.push(part.combine === 'mean' || (part.combine === undefined && form.combine.kind === 'mean') ? '取各项平均' : '各项之和');
  if (part.outOf !== undefined) bits.push(`折合满分 ${num(part.outOf)}`);
  if (form.combine.kind === 'weighted-parts') bits.push('先折合百分制');
  if (part.role === 'bonus') bits.push('加分部分,不计入满分');
  if (part.raters) bits.push(`评分人:${part.raters.map((id) => form.raters?.find((r) => r.id === id)?.label ?? id).join('、')}`);
  return `${part.label}(${bits.join(',')})`;
}

function itemText(form: FormDef, part: PartDef, item: ItemDef): string {
  const role = roleOf(part, item);
  const roleNote = role === 'bonus' && part.role !== 'bonus' ? ',加分' : role === 'adjustment' ? ',奖惩(加减总分)' : role === 'veto' ? ',单项否决:不计入总分和满分,得 0 分则总分为 0' : '';
  const head = role === 'adjustment' ? `${item.label}(不占分值${roleNote})` : `${item.label}(满分 ${num(item.max)}${roleNote})`;
  const kind = RULE_KINDS[item.rule.kind] as unknown as { title: string; describe: (r: RuleDef, i: ItemDef) => string };
  const inputs = item.inputs.map((i) => `${i.label}${i.type === 'percent' ? '(百分比)' : i.unit ? `(${i.unit})` : ''}${i.reference ? '(参考,不计分)' : i.optional ? '(可空)' : ''}`).join('、');
  const groups = raterGroups(form, item, part);
  const who = groups && (item.raters !== undefined || part.raters !== undefined) ? `;评分人:${groups.map((r) => r.label).join('、')}` : item.raters === 'none' ? ';不分评分人' : '';
  const variants = item.variants && Object.keys(item.variants).length ? `;名称:${Object.entries(item.variants).map(([k, v]) => `${k}「${v.label ?? item.label}」`).join('、')}` : '';
  const moot = item.notApplicable ? `;${mootText(form, item)}` : '';
  return `${head}:${kind.title} — ${kind.describe(item.rule, item)};填写:${inputs}${who}${variants}${moot}`;
}

/** 「客诉率·客诉数」为 0 且本项留空(或只填 0)时按 25 分计(本月无客诉…). */
function mootText(form: FormDef, item: ItemDef): string {
  const { when, points, note } = item.notApplicable!;
  const other = form.parts.flatMap((p) => p.items).find((i) => i.id === when.item);
  const input = other?.inputs.find((i) => i.id === when.input);
  return `「${other?.label ?? when.item}·${input?.label ?? when.input}」为 ${num(when.equals)} 且本项留空(或只填 0)时按 ${num(points)} 分计(${note})`;
}

function combineText(form: FormDef): string {
  const c = form.combine;
  const how =
    c.kind === 'sum' ? '各部分(项目)之和' : c.kind === 'weighted-parts' ? '各部分折合百分制后按权重相加' : c.kind === 'mean' ? '各项平均' : '各部分平均';
  // Above 100 by bonus points (§4) or by rates capped above 100 % (§10 销售额 up to 120 %): reported as computed.
  // A ratio under a team's cap above 100 % (工单解决率 up to 150 %) passes its item's max as an achievement does.
  const overMax = form.parts.some((p) => p.items.some((i) => (i.rule.kind === 'achievement' || i.rule.kind === 'ratio') && (i.rule.cap ?? 1) > 1));
  // A clamp at or under 100 keeps the total there: 「可超过 100」 beside 「限定在 0–100」 said both.
  const clamped = form.clamp !== undefined && form.clamp.max <= 100;
  const hasBonus = form.parts.some((p) => p.items.some((i) => roleOf(p, i) === 'bonus'));
  const above = clamped ? '' : ',总分可超过 100,照实报告,定级按 min(总分, 100)';
  const bonus = hasBonus ? `;加分不计入满分${above}` : overMax ? `;比率或达成率超过 100% 的项目得分可超过本项满分${above}` : '';
  // Items whose full marks add up to other than 100 (95 when one item was lowered): the total is rescaled, 奖惩 included.
  // A part that averages its items is out of their mean (two items of 100: 100, not 200), as the engine reads it.
  const full = form.parts.reduce((sum, p) => {
    const maxes = p.items.filter((i) => roleOf(p, i) === 'score').map((i) => i.max);
    const total = maxes.reduce((a, b) => a + b, 0);
    return sum + (p.combine === 'mean' && maxes.length ? total / maxes.length : total);
  }, 0);
  const hasAdjustment = form.parts.some((p) => p.items.some((i) => i.rule.kind === 'adjustment'));
  const rescaled = c.kind === 'sum' && c.outOf === undefined && full > 0 && Math.abs(full - 100) > 1e-9 && c.report !== 'points' && form.parts.every((p) => p.outOf === undefined);
  const outOf = c.outOf !== undefined ? `;${num(c.outOf)} 分折合百分制 100` : rescaled ? `;各项满分之和为 ${num(full)},总分${hasAdjustment ? '(含奖惩)' : ''} × 100 ÷ ${num(full)} 折合百分制` : '';
  const report = c.report === 'points' ? ';报告本表自身的分数(另给百分制)' : ';报告百分制总分';
  const clamp = form.clamp ? `;限定在 ${num(form.clamp.min)}–${num(form.clamp.max)}` : '';
  return `${how}${outOf}${bonus}${clamp}${report}`;
}

/** A grading's bands and what they are read from: a scale by counts of parts (§29) reads the parts, not the total. */
function gradingText(g: { scale: GradeScale; of: 'total100' | 'figure' | 'points' }): string {
  return `${scaleText(g.scale)}(按${g.scale.byCounts ? '各部分得分' : figureText(g.of)})`;
}

/**
 * What a template prints under 评分标准 for an item: its criteria as the definition words them, else how its rule
 * scores (「选项得分:优秀 4 / 良好 3 / 一般 2 / 需改进 1」) — a blank column left the scale to the cell notes only.
 */
export function criteriaOf(item: ItemDef): string {
  if (item.criteria) return item.criteria;
  const kind = RULE_KINDS[item.rule.kind] as unknown as { describe: (r: RuleDef, i: ItemDef) => string };
  const text = kind.describe(item.rule, item);
  const only = item.inputs.length === 1 ? item.inputs[0]!.label : null;
  return only && text.startsWith(`「${only}」`) ? text.slice(only.length + 2) : text;
}

function figureText(of: 'total100' | 'figure' | 'points'): string {
  return of === 'total100' ? '百分制总分' : of === 'figure' ? '报告的总分' : '本表自身的分数';
}

export function scaleText(scale: GradeScale): string {
  if (scale.byCounts) {
    return scale.byCounts
      .map((r) => {
        if (!r.when) return `其余为${r.label}`;
        const { count, atLeast, below } = r.when;
        const cond = atLeast !== undefined ? `≥ ${num(atLeast)}` : below !== undefined ? `< ${num(below)}` : '';
        return `${count === 'all' ? '所有部分' : `至少 ${count} 个部分`} ${cond} 为${r.label}`;
      })
      .join(';');
  }
  const upper = scale.inclusive === 'upper';
  const sorted = [...scale.bands].sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity));
  return sorted
    .map((b) => {
      const data = b.data ? `(${Object.entries(b.data).map(([k, v]) => `${k} = ${num(v)}`).join(',')})` : '';
      return b.min === undefined ? `${b.label}${data}` : `${b.label} ${upper ? '>' : '≥'} ${num(b.min)}${data}`;
    })
    .join(' / ');
}

function payText(form: FormDef): string {
  const p = form.pay;
  if (p?.bonus && typeof p.bonus === 'object') return `绩效奖金 = 绩效基数 × ${p.bonus.coefficient}(按等级),不再另扣;工资总额 = 基本工资 + 绩效奖金`;
  return `绩效奖金 = 绩效基数 × 总分/100,不满 ${num(p?.cutBelow ?? 60)} 分扣除 ${pct(p?.cutRate ?? 0.3)} 绩效奖金;工资总额 = 基本工资 + 绩效奖金`;
}

/** The named scales a definition may pick, for `kpi forms`. */
export function scaleNames(): Array<[string, string]> {
  return Object.entries(SCALE_TITLES);
}

/** The lines a template prints under its table: 等级标准, 评分人, 合并方式 (and 其他等级 when there are). */
export function rulesOfTheForm(form: FormDef): Array<[string, string]> {
  const main = mainGrading(form);
  const out: Array<[string, string]> = [['等级标准', gradingText(main)]];
  // Not the grading's own label: a form-layout reader takes a row labelled 「部门定级」 for the field where the grade is typed.
  for (const g of extraGradings(form)) out.push([`${g.label}标准`, gradingText(g)]);
  if (form.raters?.length) out.push(['评分人', form.raters.map((r) => raterText(r, form.raters!)).join(';')]);
  const parts = form.parts.length > 1 ? `${form.parts.map((p) => partText(form, p)).join(';')}。` : '';
  out.push(['计分方法', `${parts}总分:${combineText(form)}`]);
  return out;
}
