import { appendTo } from '../model/groups.js';
import type { ChoiceDef, FormDef, ItemDef, PartDef } from '../model/definition.js';
import { RULE_KINDS, ruleInputs } from '../engine/rules/index.js';
import { DEFAULT_FAIL, DEFAULT_NA, DEFAULT_NO, DEFAULT_YES } from '../engine/rules/checklist.js';
import { matchKey } from '../engine/text.js';
import { LANGUAGE_VERSION } from './expand.js';
import { raterGroups, roleOf } from '../engine/definition.js';
import { BUILTIN_SCALES, mainGrading, namedScale } from '../engine/scales.js';
import { checkDataSource } from './dataSource.js';
import { formFullMarks } from '../engine/combine.js';

export interface SemanticProblem {
  path: string;
  message: string;
}

// What the schema cannot say: ids that must be unique, rules that must name inputs of the right type,
// weights that must add up, names that must refer to something.
export function checkFormSemantics(form: FormDef): SemanticProblem[] {
  const out: SemanticProblem[] = [];
  // Once per place: a shared choice set used by nine items is one mistake, said once.
  const said = new Set<string>();
  const add = (path: string, message: string) => {
    if (said.has(`${path}\u0000${message}`)) return;
    said.add(`${path}\u0000${message}`);
    out.push({ path, message });
  };
  const fields = form.header.concat(form.footer ?? []);

  if (form.language !== undefined && form.language > LANGUAGE_VERSION) {
    add('$.language', `定义使用第 ${form.language} 版定义语言,本 kpi 只认到第 ${LANGUAGE_VERSION} 版:请升级 kpi`);
  }
  duplicates(fields.map((h) => h.id), (id) => add('$.header', `表头字段 id「${id}」重复`));
  if (!fields.some((h) => h.role === 'name')) {
    const what = form.subject?.label ?? '姓名/被考核人';
    add('$.header', `表头至少要有一个 role 为 "name" 的字段(${what}):它确定每一行/每张表评的是谁`);
  }
  duplicates(form.parts.map((p) => p.id), (id) => add('$.parts', `部分 id「${id}」重复`));
  // Said at the second one, where it is fixed (it was 「$.parts」 for a list of 40 items).
  const itemPlaces = form.parts.flatMap((p, pi) => p.items.map((i, ii) => ({ id: i.id, at: `$.parts[${pi}].items[${ii}].id` })));
  const firstOf = new Map<string, string>();
  for (const x of itemPlaces) {
    const first = firstOf.get(x.id);
    if (first !== undefined) add(x.at, `项目 id「${x.id}」重复(${first} 已用过)`);
    else firstOf.set(x.id, x.at);
  }
  // Item names need only be unique within a part: readers tell 日常行为 of 个人绩效 from 日常行为 of 超预期表现 by the part.
  form.parts.forEach((p, pi) => duplicates(p.items.map((i) => i.label), (label) => add(`$.parts[${pi}]`, `同一部分内项目名称「${label}」重复,无法按名称找到单元格`)));
  let shared = false;
  duplicates(form.parts.flatMap((p) => p.items.map((i) => i.label)), () => (shared = true));
  // Names of spaces: a column headed 「  」 is read as no heading (部门 was not read), a part or title printed blank.
  if (!form.title.trim()) add('$.title', '表名不能只有空格');
  form.header.concat(form.footer ?? []).forEach((f, k) => {
    if (!f.label.trim()) add(`$.${k < form.header.length ? 'header' : 'footer'}[${k < form.header.length ? k : k - form.header.length}].label`, '表头字段的名称不能只有空格');
  });
  form.parts.forEach((p, pi) => {
    if (!p.label.trim()) add(`$.parts[${pi}].label`, '部分的名称不能只有空格');
  });
  if (shared) duplicates(form.parts.map((p) => p.label), (l) => add('$.parts', `部分名称「${l}」重复,而有项目名称在不同部分重复,无法区分`));
  checkColumnNames(form, add);

  const raterIds = new Set((form.raters ?? []).map((r) => r.id));
  if (form.raters) {
    duplicates(form.raters.map((r) => r.id), (id) => add('$.raters', `评分人 id「${id}」重复`));
    if (!form.raters.some((r) => r.weight > 0)) add('$.raters', '至少要有一个权重大于0的评分人');
    const sum = form.raters.reduce((s, r) => s + r.weight, 0);
    if (!near(sum, 1) && !near(sum, 100)) add('$.raters', `评分人权重之和应为 1(或 100%),实际为 ${weightSum(sum, sum > 10 ? 100 : 1)}`);
    form.raters.forEach((r, k) => {
      if (r.required && r.absent && r.absent !== 'error') add(`$.raters[${k}]`, `required 为 true 时缺少该评分人就是错误,absent 不能为「${r.absent}」`);
    });
  }
  const checkRaterRefs = (list: 'none' | string[] | undefined, at: string) => {
    if (!Array.isArray(list)) return;
    if (!form.raters) add(at, '定义没有 raters,不能为项目指定评分人');
    for (const id of list) if (form.raters && !raterIds.has(id)) add(at, `评分人「${id}」不存在(可用:${[...raterIds].join('、')})`);
    if (form.raters && list.length && !list.some((id) => (form.raters!.find((r) => r.id === id)?.weight ?? 0) > 0)) add(at, '指定的评分人中至少要有一个权重大于0');
  };

  if (form.combine.kind === 'weighted-parts') {
    // A bonus part has no share to weigh: with weight 0 (the only way past the sum of 1) its points were dropped, 89.2
    // for 93.2 at exit 0. Bonus points under weighted-parts are a bonus item inside a weighted part.
    form.parts.forEach((p, k) => {
      if (p.role === 'bonus') add(`$.parts[${k}].role`, 'combine 为 weighted-parts 时不能有加分部分(role: bonus):它没有权重可分,加分会被丢掉;请把加分项目放进一个计分部分(项目写 role: "bonus",按该部分的权重计入),或把 combine 改为 sum');
    });
    const sum = form.parts.reduce((s, p) => s + (p.weight ?? NaN), 0);
    if (!Number.isFinite(sum)) add('$.parts', 'combine 为 weighted-parts 时每个部分都要有 weight');
    else if (Math.abs(sum - 1) > 1e-9) add('$.parts', `各部分权重之和应为 1,实际为 ${weightSum(sum, 1)}`);
  }
  // A mean of parts on different scales (21/30 and 35/70): their points averaged read as (21 + 35)/2 of 50 = 56, where a
  // team means the mean of 70 % and 50 % = 60. Parts of one scale only.
  if (form.combine.kind === 'mean-of-parts') {
    // A part's full marks: its outOf, else its items' maxima added — or averaged, for a part that takes their mean.
    const scales = form.parts.filter((p) => p.role !== 'bonus').map((p) => {
      const maxima = p.items.filter((i) => (roleOf(p, i) ?? 'score') === 'score').map((i) => i.max);
      const total = maxima.reduce((a, m) => a + m, 0);
      return p.outOf ?? (p.combine === 'mean' && maxima.length ? total / maxima.length : total);
    });
    if (new Set(scales.map((x) => +x.toFixed(6))).size > 1) add('$.combine', `combine 为 mean-of-parts 时各部分的满分要相同(现为 ${scales.join('、')}):分制不同的部分取平均分没有意义;请给各部分写同一个 outOf(如 100),或改用 weighted-parts`);
  }
  // A mean of items of different full marks (30 and 70): 21 and 35 averaged as points gave 56, not (70 % + 50 %)/2 = 60.
  if (form.combine.kind === 'mean') {
    const maxima = form.parts.filter((p) => p.role !== 'bonus').flatMap((p) => p.items.filter((i) => (roleOf(p, i) ?? 'score') === 'score').map((i) => i.max));
    if (new Set(maxima.map((x) => +x.toFixed(6))).size > 1) add('$.combine', `combine 为 mean 时各项目的满分要相同(现为 ${[...new Set(maxima)].join('、')}):满分不同的项目取平均分没有意义;请改用 sum 或 weighted-parts`);
  }
  // A part's weight only weighs under weighted-parts: under sum or mean it was printed (「权重 60%」) and ignored.
  if (form.combine.kind !== 'weighted-parts') {
    form.parts.forEach((p, k) => {
      if (p.weight !== undefined) add(`$.parts[${k}].weight`, `部分的 weight 只在 combine 为 weighted-parts 时起作用(现为 ${form.combine.kind}):要按权重合并请把 combine 改为 {"kind": "weighted-parts"},否则请去掉 weight`);
    });
  }
  if (form.clamp && form.clamp.min > form.clamp.max) add('$.clamp', 'min 不能大于 max');
  // Nothing scored: bonus, veto and adjustment items alone make a total out of nothing (everyone 0–2 points, 不合格).
  const scoring = form.parts.flatMap((p) => p.items.filter((i) => roleOf(p, i) === 'score' && i.rule.kind !== 'adjustment'));
  if (form.parts.some((p) => p.items.length) && scoring.length === 0) add('$.parts', '没有计分的项目:只有奖惩(adjustment)、加分或否决项目时总分无从算起;请至少写一个有满分的计分项目');
  // Items whose full marks add up past the limit (an item raised from 25 to 30): full marks everywhere is clamped to
  // the limit and reported on the items' own total, 100/105 × 100 = 95.24 — no one can reach 100.
  if (form.clamp && form.combine.kind === 'sum' && form.parts.every((p) => p.outOf === undefined)) {
    // Bonus, veto and adjustment items take no share of the full marks (README: 不计入满分).
    const full = form.parts.flatMap((p) => p.items.filter((i) => roleOf(p, i) === 'score')).reduce((sum, i) => sum + i.max, 0);
    if (full > form.clamp.max + 1e-9) add('$.clamp', `各项满分之和 ${full} 超过总分上限 ${form.clamp.max}:全部满分的人也只得 ${Math.round((form.clamp.max / full) * 10000) / 100} 分(百分制);请让各项满分之和等于上限,或改 clamp.max`);
  }
  checkDeclaredOutOf(form, add);

  // Named things: scales, choice sets, the variant field, typed grades, the pay coefficient.
  const scaleName = (name: string, at: string) => {
    if (!namedScale(form, name)) add(at, `等级表「${name}」不存在(内置:${Object.keys(BUILTIN_SCALES).join('、')}${form.scales ? `;定义中:${Object.keys(form.scales).join('、')}` : ''})`);
  };
  if ('scale' in form.grades) scaleName(form.grades.scale, '$.grades.scale');
  (form.gradings ?? []).forEach((g, k) => {
    if (typeof g.scale === 'string') scaleName(g.scale, `$.gradings[${k}].scale`);
    if (g.typed && !fields.some((f) => f.id === g.typed)) add(`$.gradings[${k}].typed`, `表头字段「${g.typed}」不存在`);
  });
  duplicates((form.gradings ?? []).map((g) => g.id), (id) => add('$.gradings', `等级 id「${id}」重复`));
  // A scale of another range on the 100-point total (§22's A–E of 1000 copied onto a form of 100): everyone in the last band.
  const gradedOn100 = [
    { at: '$.grades', scale: 'scale' in form.grades ? namedScale(form, form.grades.scale) : form.grades, of: 'scale' in form.grades ? (form.grades.of ?? 'total100') : 'total100' },
    ...(form.gradings ?? []).map((g, k) => ({ at: `$.gradings[${k}]`, scale: typeof g.scale === 'string' ? namedScale(form, g.scale) : g.scale, of: g.of ?? 'total100' })),
  ];
  for (const g of gradedOn100) {
    // Two bands of one name (两档「良好」): their counts merge and which limit is meant is not said.
    duplicates((g.scale?.bands ?? []).map((b) => b.label), (label) => add(g.at, `等级「${label}」在等级表中出现两次`));
    (g.scale?.bands ?? []).forEach((b, k) => {
      if (!b.label.trim()) add(`${g.at}.bands[${k}].label`, '等级名称不能只有空格');
    });
    const mins = (g.scale?.bands ?? []).map((b) => b.min).filter((m): m is number => typeof m === 'number');
    // No band below the last threshold: a total under it had no grade (「—」), was in no count, and nothing was said.
    const upper = g.scale?.inclusive === 'upper';
    if (g.scale && !g.scale.byCounts && g.scale.bands.length && !g.scale.bands.some((b) => b.min === undefined || (upper ? b.min < 0 : b.min <= 0))) {
      add(g.at, `等级表没有最低的一档:低于 ${Math.min(...mins)} 分的没有等级;请把最后一档的 min 去掉(其余都归这一档)`);
    }
    // Grades by counts of parts (§29): a rule for every case, words of the scale, counts the parts can reach. Without
    // the last 「otherwise」 rule a person was scored with no grade (「—」, in no count) at exit 0; a word outside the
    // bands (「良」 for 良好) made a band of its own; 「count: 5」 of four parts was never met.
    if (g.scale?.byCounts) {
      const rules = g.scale.byCounts;
      const labels = new Set(g.scale.bands.map((b) => b.label));
      if (rules.length && rules[rules.length - 1]!.when) add(`${g.at}.byCounts`, `按部分计数定级的规则最后要有一条不写 when 的(其余都归这一档,如 {"label": "一般"}):没有它时,哪条都不符合的人没有等级`);
      const parts = form.parts.filter((p) => p.role !== 'bonus').length;
      rules.forEach((r, k) => {
        if (!labels.has(r.label)) add(`${g.at}.byCounts[${k}].label`, `「${r.label}」不是等级表里的等级(${[...labels].join('、')})`);
        if (r.when && typeof r.when.count === 'number' && r.when.count > parts) add(`${g.at}.byCounts[${k}].when.count`, `要 ${r.when.count} 个部分符合,而本表只有 ${parts} 个部分:这一档永远评不到`);
        // Limits on another scale than the parts' (87.5 on the 100-point figure, the parts means of 1–4): 优秀 never
        // reached, 「below 37.5」 met by everyone — every person 不符合要求 at exit 0.
        // (Weighted parts are each on 100 when counted: 87.5 of a part of means of 1–4 is its 3.5 — review.)
        const tops = form.parts.filter((p) => p.role !== 'bonus').map((p) => (form.combine.kind === 'weighted-parts' ? 100 : partTop(p)));
        const needed = r.when?.count === 'all' ? tops.length : (r.when?.count ?? 0);
        if (r.when?.atLeast !== undefined && needed <= tops.length && tops.filter((t) => t >= r.when!.atLeast!).length < needed) add(`${g.at}.byCounts[${k}].when.atLeast`, `门槛 ${r.when.atLeast} 高于部分的最高分(${[...new Set(tops)].join('、')}):这一档永远评不到;门槛要按各部分自己的分数写`);
        if (r.when?.below !== undefined && tops.length && tops.every((t) => t < r.when!.below!)) add(`${g.at}.byCounts[${k}].when.below`, `门槛 ${r.when.below} 高于各部分的最高分(${[...new Set(tops)].join('、')}):人人都符合这一档;门槛要按各部分自己的分数写`);
      });
    }
    // A band no total can get: its limit shared with another (甲 ≥ 90, 乙 ≥ 90: 乙 never), two bands with no limit, or
    // the catch-all under a limit of 0 or less (乙 ≥ −10: 丁 only below −10). Accepted, its count stayed 0 with no word.
    if (g.scale && !g.scale.byCounts) {
      // Limits out of order (优秀 ≥ 90 listed before 良好 ≥ 95): the first band a total reaches is given, so 100 was
      // 优秀 … and 92 too, 良好 never. Highest first, as every built-in scale is written.
      if (mins.some((m, k) => k > 0 && m > mins[k - 1]!)) add(g.at, `等级表的门槛要从高到低排列(${mins.join('、')}):较低的门槛在前时,较高的一档永远评不到`);
      const bands = g.scale.bands;
      const seenMin = new Map<number, string>();
      for (const b of bands) {
        if (b.min === undefined) continue;
        const other = seenMin.get(b.min);
        if (other !== undefined) add(g.at, `等级「${b.label}」与「${other}」的门槛都是 ${b.min}:「${b.label}」永远评不到;请改正其中一个的 min`);
        else seenMin.set(b.min, b.label);
      }
      const open = bands.filter((b) => b.min === undefined);
      if (open.length > 1) add(g.at, `等级「${open[1]!.label}」和「${open[0]!.label}」都没有 min:只有一档可以没有门槛(最低的一档)`);
      const floor = bands.filter((b) => b.min !== undefined && (upper ? b.min < 0 : b.min <= 0));
      if (open.length === 1 && floor.length) add(g.at, `等级「${floor[0]!.label}」的门槛是 ${floor[0]!.min},最低的一档「${open[0]!.label}」只有总分低于 ${floor[0]!.min} 时才评得到;请检查 min(最低一档以上的门槛应大于 0)`);
    }
    // A limit above 100 beside others within it: the band is never given (bands are applied to at most 100).
    if (g.of === 'total100' && !g.scale?.byCounts && mins.length && Math.min(...mins) <= 100) {
      for (const b of g.scale!.bands) if (b.min !== undefined && b.min > 100) add(g.at, `等级「${b.label}」的门槛 ${b.min} 超过 100:定级时总分按最高 100 计(有加分、总分超过 100 时也一样),永远评不到;请改正它的 min`);
      // Limits exclusive (inclusive: upper, 「A > 100」): a limit of 100 is never passed by a total of at most 100.
      if (upper) for (const b of g.scale!.bands) if (b.min === 100) add(g.at, `等级「${b.label}」要高于 100 分(inclusive 为 upper 时门槛不含本身),而定级时总分按最高 100 计(有加分时也一样):永远评不到;请改正它的 min`);
    }
    // Limits written as fractions (0.9 / 0.8 / 0.6, as weights are): every 100-point total is above them (59 → 优秀).
    if (g.of === 'total100' && !g.scale?.byCounts && mins.length && Math.max(...mins) <= 1) {
      add(g.at, `等级表的门槛 ${mins.join('、')} 是百分制总分的分数,不是比例:写成小数时人人都是最高一档;请写成如 90、80、60`);
    }
    // Limits on the 100-point scale for a figure of the form's own points (§15 建议 on the 1–4 mean: 87.5 强烈推荐 never
    // reached, a 4.00 candidate 不予以考虑 at exit 0).
    if (g.of === 'points' && !g.scale?.byCounts) {
      const top = pointsTop(form);
      for (const b of g.scale?.bands ?? []) if (b.min !== undefined && top > 0 && b.min > top) add(g.at, `等级「${b.label}」的门槛 ${b.min} 高于本表分数的最高值 ${top}(of 为 points,按本表自己的分数定级):永远评不到;门槛要按本表的分数写`);
    }
    if (g.of === 'total100' && !g.scale?.byCounts && mins.length && Math.min(...mins) > 100) {
      add(g.at, `等级表最低的门槛是 ${Math.min(...mins)},而评的是百分制总分(最高 100):人人都落在最后一档;请换用百分制的等级表,或写明 of(如 "points")`);
    }
  }
  if (form.variants && !fields.some((f) => f.id === form.variants!.field)) add('$.variants.field', `表头字段「${form.variants.field}」不存在`);
  for (const v of Object.keys(form.variants?.aliases ?? {})) {
    if (!form.variants!.values.includes(v)) add('$.variants.aliases', `「${v}」不是 variants.values 中的值(${form.variants!.values.join('、')})`);
  }
  const coefficient = form.pay?.bonus && typeof form.pay.bonus === 'object' ? form.pay.bonus.coefficient : undefined;
  if (coefficient) {
    const main = 'scale' in form.grades ? namedScale(form, form.grades.scale) : form.grades;
    if (main && !main.bands.every((b) => b.data && typeof b.data[coefficient] === 'number')) {
      add('$.pay.bonus', `按系数「${coefficient}」计绩效奖金时,等级表的每一档都要有 data.${coefficient}`);
    }
    // A K below 0 paid a negative bonus, taken out of 基本工资 (§14 keeps it whole); one of 110 (for 110 %) 110 times the base.
    if (main) main.bands.forEach((b) => {
      const k = b.data?.[coefficient];
      if (typeof k === 'number' && k < 0) add('$.pay.bonus', `等级「${b.label}」的系数 ${coefficient} 为 ${k}:绩效奖金会是负数,工资总额少于基本工资(基本工资不扣);最低请写 0`);
      if (typeof k === 'number' && k > 10) add('$.pay.bonus', `等级「${b.label}」的系数 ${coefficient} 为 ${k}:绩效奖金 = 绩效基数 × ${k},是基数的 ${k} 倍;系数是比例(1.1 即 110%),请改写成比例`);
    });
    // Bonus = 基数 × K: the grade's K is the whole rule, 不满 N 分 is not applied (a team's 「cutBelow 90」 was dropped unsaid).
    for (const key of ['cutBelow', 'cutRate'] as const) {
      if (form.pay?.[key] !== undefined) add(`$.pay.${key}`, `绩效奖金按等级系数「${coefficient}」计算(绩效基数 × ${coefficient})时不再另扣,${key} 不起作用;要少发,请把低档的 ${coefficient} 调小,或删去 ${key}`);
    }
  }

  // 不满 cutBelow 分 on a 100-point total: above 100 every one is cut, at or below 0 no one.
  const cutBelow = form.pay?.cutBelow;
  if (cutBelow !== undefined && (cutBelow <= 0 || cutBelow > 100)) add('$.pay.cutBelow', `不满 ${cutBelow} 分扣绩效奖金:总分在 0–100 之间,${cutBelow > 100 ? '所有人都会被扣' : '没有人会被扣'};请写 0 到 100 之间的分数`);
  // 0.6 for 60 (a fraction, as cutRate is): no total is under it, no one was cut (51 paid in full).
  else if (cutBelow !== undefined && cutBelow <= 1) add('$.pay.cutBelow', `不满 ${cutBelow} 分扣绩效奖金:cutBelow 是百分制总分的分数,不是比例(0.6 时几乎没有人会被扣);请写成如 60`);
  checkPeriodRules(form, add);
  for (const p of checkDataSource(form)) add(p.path, p.message);

  form.parts.forEach((part, pi) => {
    checkRaterRefs(part.raters, `$.parts[${pi}].raters`);
    if (part.role && !['score', 'bonus'].includes(part.role)) add(`$.parts[${pi}].role`, '部分的 role 只能是 score 或 bonus');
    part.items.forEach((item, ii) => checkItem(form, part, item, `$.parts[${pi}].items[${ii}]`, add, checkRaterRefs));
  });
  return out;
}

function checkItem(
  form: FormDef,
  part: PartDef,
  item: ItemDef,
  at: string,
  add: (path: string, message: string) => void,
  checkRaterRefs: (list: 'none' | string[] | undefined, at: string) => void,
): void {
  duplicates(item.inputs.map((i) => i.id), (id) => add(`${at}.inputs`, `输入 id「${id}」重复`));
  duplicates(item.inputs.map((i) => i.label), (l) => add(`${at}.inputs`, `输入名称「${l}」重复`));
  checkRaterRefs(item.raters, `${at}.raters`);
  if (item.periodField && !form.header.concat(form.footer ?? []).some((f) => f.id === item.periodField)) add(`${at}.periodField`, `表头字段「${item.periodField}」不存在`);
  if (item.notApplicable) checkNotApplicable(form, part, item, `${at}.notApplicable`, add);
  item.inputs.forEach((input, k) => {
    const ip = `${at}.inputs[${k}]`;
    if (input.min !== undefined && input.max !== undefined && input.min > input.max) add(ip, 'min 不能大于 max');
    if (input.choiceSet && input.choices) add(ip, 'choices 与 choiceSet 只能写一个');
    if (input.choiceSet && !form.choiceSets?.[input.choiceSet]) add(ip, `选项集「${input.choiceSet}」不存在(在 choiceSets 中定义)`);
    const choices = input.choices ?? (input.choiceSet ? form.choiceSets?.[input.choiceSet] : undefined);
    if (input.type === 'choice' && !choices?.length && !input.choiceSet) add(ip, 'type 为 choice 时要列出 choices(或引用 choiceSet)');
    if (input.type !== 'choice' && (input.choices || input.choiceSet)) add(ip, `只有 type 为 choice 的输入才能有 choices`);
    if (input.type === 'choice' && choices) duplicates(choices.map((c) => c.label), (l) => add(`${ip}.choices`, `选项「${l}」重复`));
    // A choice rule `of: max` scores a choice's points × the item's max (0.8 of 15 is 12): its 「12分」 is that.
    const scale = item.rule.kind === 'choice' && item.rule.of === 'max' && item.rule.input === input.id ? item.max : 1;
    // (At the set where the input takes one: the words to change are there, not at this input.)
    // (numbersArePoints false: a typed number is never points, so 「4」 for 4级 beside 2级's 4 points is no clash — only
    // that check is off; a written form two options share, or 「8分」 on a 6-point option, stays refused.)
    if (input.type === 'choice' && choices) checkChoiceWords(choices, input.choices ? `${ip}.choices` : `$.choiceSets.${input.choiceSet}`, add, scale, input.choices ? ` ${ip} ` : '用这个选项集的各个输入上', input.numbersArePoints === false);
    if (input.plainNumber && input.type !== 'percent') add(ip, 'plainNumber 只用于 type 为 percent 的输入');
    if (input.numbersArePoints !== undefined && input.type !== 'choice') add(`${ip}.numbersArePoints`, 'numbersArePoints 只用于 type 为 choice 的输入');
    if (input.otherScales && ((input.type !== 'number' && input.type !== 'percent') || input.max === undefined)) add(`${ip}.otherScales`, 'otherScales 只用于有 max 的 number 或 percent 输入');
    (input.otherScales ?? []).forEach((s, k) => {
      if (!(s > 1) || (input.max !== undefined && s >= input.max)) add(`${ip}.otherScales[${k}]`, `分制 ${s} 应大于 1、小于这一项的 max(${input.max ?? '未写'})`);
    });
  });
  const byId = new Map(item.inputs.map((i) => [i.id, i] as const));
  item.inputs.forEach((input, k) => {
    if (input.reference && !input.optional) add(`${at}.inputs[${k}]`, `参考数据(reference)的输入不计分,应同时写 "optional": true(留空不是错误)`);
  });
  const read = new Set(ruleInputs(item.rule).map(([ref]) => ref));
  // A reference misspelt (「visits」 for N) is said below; the input it meant is not also said unread.
  const misspelt = [...read].some((ref) => !byId.has(ref));
  // Another item's notApplicable may read this item's input (§ 投诉处理 when there were no complaints).
  for (const other of form.parts.flatMap((p) => p.items)) if (other.notApplicable?.when.item === item.id) read.add(other.notApplicable.when.input);
  item.inputs.forEach((input, k) => {
    // A number, a percent or a choice nobody reads: what is typed there never reaches the score, without a word (an
    // edited rule that dropped 短信漏发 left its column on the template). Text is a note or evidence — but not among a
    // checklist's boxes, which are text (√ / ×); reference data says so.
    if (!misspelt && !read.has(input.id) && !input.reference && (input.type !== 'text' || item.rule.kind === 'checklist')) {
      add(`${at}.inputs[${k}]`, `输入「${input.label}」(${input.id})没有被本项的规则(${item.rule.kind})用到:填的值不会计分。请在规则里用它,或删去它;只作参考、不计分的数据请写 "reference": true`);
    }
    // Percent inputs hold 0–100 (95 % is 95): a max of 1 refused every rate above 1 %.
    if (input.type === 'percent' && input.max !== undefined && input.max > 0 && input.max <= 1) {
      add(`${at}.inputs[${k}].max`, `百分比输入「${input.label}」的 max ${input.max} 写成了比例:百分比按 0–100 写(100% 是 100),这样填 90% 或 0.9 都超出范围;请写成 ${+(input.max * 100).toPrecision(6)}`);
    }
  });
  for (const [ref, types] of ruleInputs(item.rule)) {
    const input = byId.get(ref);
    if (input?.reference) add(`${at}.rule`, `规则引用的输入「${ref}」是参考数据(reference: true),不计分;计分的输入请去掉 reference`);
    if (!input) add(`${at}.rule`, `规则引用的输入「${ref}」不存在(可用:${[...byId.keys()].join('、')})`);
    else if (!types.includes(input.type)) add(`${at}.rule`, `输入「${ref}」的类型 ${input.type} 不适用于规则 ${item.rule.kind}(应为 ${types.join(' / ')})`);
  }
  checkPointsWithinMax(form, item, at, add);
  // A veto rated by several groups: their weighted mean (主管 0, 同事 1 → 0.4) is never 0, and the veto never fired.
  const vetoGroups = (raterGroups(form, item, part) ?? []).filter((r) => r.weight > 0);
  // Or by a group of several (同事评 ×3): their mean is never 0 either.
  if (roleOf(part, item) === 'veto' && (vetoGroups.length > 1 || vetoGroups.some((r) => r.multiple))) {
    add(`${at}.raters`, '单项否决(role: veto)的项目只能由一组评分人评(写 "raters": ["主管"] 这样的一组):几组评分人的加权平均不会是 0,否决永远不起作用');
  }
  // The same count deducted twice (an input listed twice among the penalties: 15 − 3×2 − 2×2 for two 用语不规范).
  if (item.rule.kind === 'deduction') {
    duplicates(item.rule.penalties.map((p) => p.input), (id) => add(`${at}.rule.penalties`, `输入「${id}」在 penalties 里出现了不止一次:每次都会扣分;同一输入只写一次(扣几分写在 per 里)`));
  }
  // Limits of a tier on a percent written as fractions (0.95 for 95 %): every rate is above them, everyone got full marks.
  if (item.rule.kind === 'tiers') {
    const rule = item.rule;
    const input = item.inputs.find((i) => i.id === rule.input);
    // A tier above what the input may hold (120 on a percent of at most 100): nobody ever reaches it.
    if (input?.max !== undefined) {
      for (const t of rule.tiers) if (t.min > input.max) add(`${at}.rule.tiers`, `档位下限 ${t.min} 高于输入「${input.label}」的上限 ${input.max}:这一档永远达不到`);
    }
    const fraction = (t: { min: number }) => t.min > 0 && t.min < 1;
    // All of them (0.95, 0.9), or one among percents (0.9 beside 80 and 75: 50 % scored the top tier).
    const percentLike = input?.type === 'percent' || (input?.type === 'number' && input.unit === '%');
    if (percentLike && rule.tiers.some(fraction) && (rule.tiers.every((t) => t.min > 0 && t.min <= 1) || rule.tiers.some((t) => t.min > 1))) {
      add(`${at}.rule.tiers`, `百分比输入「${input.label}」的档位下限 ${rule.tiers.map((t) => t.min).join('、')} 写成了比例:百分比按 0–100 比较(95% 是 95),比例的那一档人人都够得上;请写成如 ${rule.tiers.map((t) => (t.min <= 1 ? +(t.min * 100).toPrecision(6) : t.min)).join('、')}`);
    }
  }
  // A constant target of a percentage written as a fraction (0.9 for 90 %): read in percent units, 85 % ÷ 0.9 % scored
  // 9444 % of the item (1492.67 优秀 at exit 0); an allowed rate of 0.03 % took every point.
  // (An allowed or a lower-is-better rate is often under 1 %: only one under 0.1 % is taken for a fraction there.)
  const smallest = item.rule.kind === 'achievement' && (item.rule.direction === 'allowed' || item.rule.direction === 'lower') ? 0.1 : 1;
  if (item.rule.kind === 'achievement' && typeof item.rule.target === 'number' && item.rule.target > 0 && item.rule.target <= smallest && !(smallest < 1 && item.rule.target === smallest)) {
    const actual = item.rule.actual;
    const measured = typeof actual === 'string' ? item.inputs.find((i) => i.id === actual) : undefined;
    const percentActual = typeof actual !== 'string' || measured?.type === 'percent' || (measured?.type === 'number' && measured.unit === '%');
    if (percentActual) add(`${at}.rule.target`, `目标 ${item.rule.target} 写成了比例:百分比的目标按 0–100 写(90% 是 90),${item.rule.target} 会当作 ${item.rule.target}% 比较;请写成 ${+(item.rule.target * 100).toPrecision(6)}`);
  }
  // 不适用 is a word: a checklist box that allows it must take words (a number box refused 「不适用」 as no number).
  if (item.rule.kind === 'checklist') {
    const rule = item.rule;
    for (const b of rule.inputs) {
      const box = typeof b === 'string' ? { input: b } : b;
      const input = item.inputs.find((i) => i.id === box.input);
      const na = (typeof b === 'object' ? b.notApplicable : undefined) ?? rule.notApplicable ?? false;
      // A rate's limit written as a fraction (min 0.3 for 30 %): 0.5 % passed it, as any rate does.
      const limits = [box.min, box.max].filter((x): x is number => typeof x === 'number');
      const rate = input !== undefined && (input.type === 'percent' || input.unit === '%');
      if (rate && limits.some((x) => x > 0 && x < 1)) {
        add(`${at}.rule.inputs`, `「${input.label}」是百分比,判定界限 ${limits.join('、')} 写成了比例:百分比按 0–100 比较(30% 是 30);请写成如 ${limits.map((x) => (x < 1 ? +(x * 100).toPrecision(6) : x)).join('、')}`);
      }
      if (na && input && (input.type === 'number' || input.type === 'integer' || input.type === 'percent')) {
        add(`${at}.rule.inputs`, `「${input.label}」是数字输入(${input.type}),填不了「不适用」:允许不适用的格子请用 type "text"(数字照样按 min/max 判断)`);
      }
      // A box of answers is passed only by a yes word (符合/不符合): an answer neither yes nor no (「基本符合」 of 0.5) or
      // no yes answer at all scored every box 0 at exit 0 — a checklist counts boxes passed, it gives no part of one.
      if (input?.type === 'choice' && !box.failAt && box.min === undefined && box.max === undefined) {
        const yes = new Set((rule.yes ?? DEFAULT_YES).map(matchKey));
        const no = new Set([...(rule.no ?? DEFAULT_NO), ...(rule.fail ?? DEFAULT_FAIL), ...DEFAULT_NA].map(matchKey));
        const names = (c: ChoiceDef) => [c.label, ...(c.aliases ?? [])].map(matchKey);
        const choices = input.choices ?? (input.choiceSet ? form.choiceSets?.[input.choiceSet] : undefined) ?? [];
        const neither = choices.filter((c) => !names(c).some((n) => yes.has(n) || no.has(n)));
        if (neither.length) add(`${at}.rule.inputs`, `「${input.label}」的选项 ${neither.map((c) => `「${c.label}」`).join('、')} 既不是 yes 也不是 no 的写法:清单按达标的格子计数,不能给半分;请把它写进 rule.yes 或 rule.no`);
        else if (!choices.some((c) => names(c).some((n) => yes.has(n)))) add(`${at}.rule.inputs`, `「${input.label}」没有一个选项是 yes 的写法(${[...(rule.yes ?? DEFAULT_YES)].slice(0, 3).join('、')}…):这一格永远不达标`);
      }
    }
  }
  const kind = RULE_KINDS[item.rule.kind] as { check?: (r: unknown, i: ItemDef) => string[] };
  for (const m of kind.check?.(item.rule, item) ?? []) add(`${at}.rule`, m);
  const role = roleOf(part, item);
  if (item.rule.kind === 'adjustment' && role === 'adjustment' && item.max !== 0) add(`${at}.max`, '奖惩(adjustment)项目的 max 应为 0:它不占分值,只加减总分');
  if (role === 'adjustment' && item.rule.kind !== 'adjustment') add(`${at}.role`, 'role 为 adjustment 的项目要用 adjustment 规则(须注明原因)');
  // A part of bonus points whose item says it is scored: the item's max went into the full marks (75.33 read as 68.48).
  if (part.role === 'bonus' && item.role === 'score') add(`${at}.role`, '加分部分(role: bonus)里的项目不能写 role: "score":它的满分会计入总满分;请去掉这一项的 role,或把它移到计分的部分');
  // A scored item of max 0 always gives 0, its cells still asked for: a slip for its max (only an adjustment has 0).
  if (item.rule.kind !== 'adjustment' && item.max === 0) add(`${at}.max`, '满分为 0:这一项永远得 0 分,却仍要求填写;请写上它的满分(只有奖惩 adjustment 项目的 max 为 0)');
  // A label of spaces heads its column 「  ·本月安装(售服)客户数」 on the template.
  if (!item.label.trim()) add(`${at}.label`, '项目名称不能只有空格');
  item.inputs.forEach((input, k) => {
    if (!input.label.trim()) add(`${at}.inputs[${k}].label`, '输入名称不能只有空格');
    // A blank cell reads as the default: one outside what may be typed (−3 times late) scored 19/10.
    const d = input.default;
    if (d !== undefined && ((input.min !== undefined && d < input.min) || (input.max !== undefined && d > input.max))) {
      add(`${at}.inputs[${k}].default`, `留空时的默认值 ${d} 不在这一格可填的范围内(${input.min ?? '不限'}–${input.max ?? '不限'})`);
    }
    // Only a number's blank reads as its default: on a choice or text it was ignored (未选择 → 0), on a count a fraction.
    if (d !== undefined && !['number', 'integer', 'percent'].includes(input.type)) add(`${at}.inputs[${k}].default`, `default 只用于数字输入(number、integer、percent);「${input.label}」是 ${input.type},留空时不会按 ${d} 计`);
    if (d !== undefined && input.type === 'integer' && !Number.isInteger(d)) add(`${at}.inputs[${k}].default`, `整数输入「${input.label}」的默认值应为整数,实际为 ${d}`);
  });
  if (item.variants && form.variants) {
    for (const v of Object.keys(item.variants)) if (!form.variants.values.includes(v)) add(`${at}.variants`, `「${v}」不是 variants.values 中的值(${form.variants.values.join('、')})`);
  } else if (item.variants) add(`${at}.variants`, '定义没有 variants(表头字段和取值),项目不能有 variants');
}

/**
 * Names that would make two of a roster's columns one, or one column unreadable: an item's alias that is another
 * item's name in its part, a header field named as an item (「能力」 twice: both ignored), a 「·」 inside a name (the
 * roster joins 部分·项目·填写项·评分人 with it), two rater groups of one name. kpi's own template of such a definition
 * could not be read back (「缺少列「通话量」」 under that very column).
 */
function checkColumnNames(form: FormDef, add: (path: string, message: string) => void): void {
  const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  /** Takes `name` for `owner`; the earlier owner of that name (spaces aside) when another one had it. */
  const claim = (owners: Map<string, number>, name: string, owner: number): number | undefined => {
    const first = owners.get(key(name));
    if (first === undefined) owners.set(key(name), owner);
    return first !== undefined && first !== owner ? first : undefined;
  };
  form.parts.forEach((p, pi) => {
    // An alias that is another item's name, or another item's alias too: which item the column is cannot be told.
    const labels = new Map(p.items.map((it, ii) => [key(it.label), ii]));
    const aliases = new Map<string, number>();
    p.items.forEach((it, ii) => {
      (it.aliases ?? []).forEach((a, k) => {
        const named = labels.get(key(a));
        if (named !== undefined && named !== ii) add(`$.parts[${pi}].items[${ii}].aliases[${k}]`, `别名「${a}」是同一部分另一个项目「${p.items[named]!.label}」的名称:这一列是哪一项分不清`);
        const shared = claim(aliases, a, ii);
        if (shared !== undefined) add(`$.parts[${pi}].items[${ii}].aliases`, `别名「${a}」也是项目「${p.items[shared]!.label}」的别名:这一列是哪一项分不清`);
      });
    });
  });
  // An item's alias that is an item's name in another part, or an input's alias that is another item's name: the
  // template's column 「服务态度·主管评」 or 「态度」 is then two things, and kpi could not read its own template back.
  const itemNameAt = new Map<string, string>();
  form.parts.forEach((p, pi) => p.items.forEach((it, ii) => {
    if (!itemNameAt.has(key(it.label))) itemNameAt.set(key(it.label), `$.parts[${pi}].items[${ii}]`);
  }));
  // And an item's alias that is another item's input's alias: 处理能力 aliased 「扣分」, 表格管理's input already 「扣分」 — the
  // column went to 表格管理, 处理能力 was 「缺少列」 (exit 1) though the definition said 「定义有效」.
  const inputAliasOf = new Map<string, string[]>();
  form.parts.forEach((p) => p.items.forEach((it) => it.inputs.forEach((inp) => {
    for (const a of inp.aliases ?? []) appendTo(inputAliasOf, key(a), it.label);
  })));
  form.parts.forEach((p, pi) =>
    p.items.forEach((it, ii) => {
      const here = `$.parts[${pi}].items[${ii}]`;
      (it.aliases ?? []).forEach((a, k) => {
        const owner = inputAliasOf.get(key(a))?.find((o) => o !== it.label);
        if (owner !== undefined) add(`${here}.aliases[${k}]`, `别名「${a}」也是项目「${owner}」的填写项的别名:名单上「${a}」这一列是哪一项分不清`);
        const other = itemNameAt.get(key(a));
        if (other && other !== here && !p.items.some((o) => key(o.label) === key(a))) add(`${here}.aliases[${k}]`, `别名「${a}」是另一部分的项目「${a}」的名称:名单上这一列是哪一项分不清`);
      });
      it.inputs.forEach((inp, k) => {
        for (const a of inp.aliases ?? []) {
          const other = itemNameAt.get(key(a));
          if (other && other !== here && key(a) !== key(it.label)) add(`${here}.inputs[${k}]`, `填写项「${inp.label}」的别名「${a}」是另一个项目的名称:名单上「${a}」这一列是哪一个分不清`);
        }
      });
    }),
  );
  // Within an item, an input's alias that is another input's name (or alias): 「项目·用语不规范」 is which input?
  form.parts.forEach((p, pi) =>
    p.items.forEach((it, ii) => {
      const inputs = new Map<string, number>();
      it.inputs.forEach((inp, k) => {
        for (const n of [inp.label, ...(inp.aliases ?? [])]) {
          const other = claim(inputs, n, k);
          if (other !== undefined) add(`$.parts[${pi}].items[${ii}].inputs[${k}]`, `填写项的名称或别名「${n}」也是同一项目的填写项「${it.inputs[other]!.label}」的:名单上分不清这一列是哪一个填写项`);
        }
      });
    }),
  );
  // Two header fields of one name (a field labelled 姓名 beside the name field): two columns 姓名, the template unreadable.
  const fieldNames = new Map<string, number>();
  const all = form.header.concat(form.footer ?? []);
  all.forEach((f, k) => {
    for (const n of [f.label, ...(f.aliases ?? [])]) {
      const other = claim(fieldNames, n, k);
      if (other !== undefined) add(k < form.header.length ? `$.header[${k}]` : `$.footer[${k - form.header.length}]`, `表头字段的名称或别名「${n}」也是表头字段「${all[other]!.label}」的:两列同名,kpi 读不回自己的模板`);
    }
  });
  const itemNames = new Set(form.parts.flatMap((p) => p.items.flatMap((i) => [i.label, ...(i.aliases ?? [])])).map(key));
  const lists: Array<['header' | 'footer', typeof form.header]> = [['header', form.header], ['footer', form.footer ?? []]];
  for (const [where, list] of lists) {
    list.forEach((f, k) => {
      const same = [f.label, ...(f.aliases ?? [])].find((n) => itemNames.has(key(n)));
      if (same) add(`$.${where}[${k}]`, `表头字段的名称「${same}」也是一个项目的名称:名单上两列同名,分不清哪一列是哪一个`);
    });
  }
  const dot = (name: string, path: string, what: string) => {
    if (name.includes('·')) add(path, `${what}名称「${name}」不能含「·」:名单的列名用它连接部分、项目、填写项和评分人,含「·」就分不清`);
  };
  // An item's name noting a scale of points other than its own (「态度(10分制)」 of 15): its roster column is read as
  // marks on that scale and refused — kpi could not read its own template back (every person unscored).
  const scaleNote = (label: string): number | undefined => {
    const note = /[((]\s*(\d{1,3}|[三五七十百])\s*分制\s*[))]\s*$/.exec(label.normalize('NFKC'))?.[1];
    if (note === undefined) return undefined;
    return ({ 三: 3, 五: 5, 七: 7, 十: 10, 百: 100 } as Record<string, number>)[note] ?? Number(note);
  };
  form.parts.forEach((p, pi) =>
    p.items.forEach((it, ii) => {
      const n = scaleNote(it.label);
      if (n !== undefined && n !== it.max && !it.inputs.some((i) => i.max === n)) add(`$.parts[${pi}].items[${ii}].label`, `项目名称「${it.label}」注明了 ${n} 分制,而这一项满分 ${it.max}:名单上这一列会被当作另一种分制读取,kpi 读不回自己的模板;请去掉括号中的分制,或写成「(${it.max}分)」`);
    }),
  );
  form.parts.forEach((p, pi) => {
    dot(p.label, `$.parts[${pi}].label`, '部分');
    p.items.forEach((it, ii) => {
      dot(it.label, `$.parts[${pi}].items[${ii}].label`, '项目');
      it.inputs.forEach((inp, k) => dot(inp.label, `$.parts[${pi}].items[${ii}].inputs[${k}].label`, '填写项'));
    });
  });
  (form.raters ?? []).forEach((r, k) => dot(r.label, `$.raters[${k}].label`, '评分人'));
  // A rater's name or alias that is another rater's (主管 as 经理's alias; 「主管 」 beside 主管).
  const raters = new Map<string, number>();
  (form.raters ?? []).forEach((r, k) => {
    for (const n of [r.label, ...(r.aliases ?? [])]) {
      const other = claim(raters, n, k);
      if (other !== undefined) add(`$.raters[${k}]`, `评分人的名称或别名「${n}」与评分人「${form.raters![other]!.label}」的重复:名单上分不清是哪一组评分人的列`);
    }
  });
}

/**
 * Points a rule gives outright (a choice's, a tier's, the base of a deduction, a ratio's value at 0) cannot pass the
 * item's max: a team that raised 良好 to 5 on an item of 4 got parts of 125 and a total of 125 优秀 at exit 0.
 */
function checkPointsWithinMax(form: FormDef, item: ItemDef, at: string, add: (path: string, message: string) => void): void {
  // An adjustment takes no share of the total (max 0); any other item of max 0 with points (a deduction's base 30)
  // scored 30 of 0: totals of 128 at exit 0.
  if (item.rule.kind === 'adjustment') return;
  const over = (points: number, where: string, what: string) => {
    if (points > item.max + 1e-9) add(where, `${what}的分值 ${points} 超过本项满分 ${item.max}`);
    // Below 0 the item takes points from the others (工单解决率 −5/20): a deduction is written as one, with a floor.
    if (points < 0) add(where, `${what}的分值 ${points} 为负数:这一项会低于 0 分,扣掉其他项目的分;扣分请用 deduction 规则,或写成奖惩(adjustment)项目`);
  };
  const rule = item.rule;
  if (rule.kind === 'choice') {
    const input = item.inputs.find((i) => i.id === rule.input);
    const choices = input?.choices ?? (input?.choiceSet ? form.choiceSets?.[input.choiceSet] : undefined) ?? [];
    const k = input ? item.inputs.indexOf(input) : -1;
    choices.forEach((c, j) => {
      const where = input?.choices ? `${at}.inputs[${k}].choices[${j}].points` : `$.choiceSets.${input!.choiceSet}[${j}].points`;
      // With 「of: max」 points are the share of the item's max (1.5 of an item of 10 scored 15/10).
      if (rule.of !== 'max') over(c.points, where, `选项「${c.label}」`);
      else if (c.points > 1 + 1e-9) add(where, `选项「${c.label}」的系数 ${c.points} 超过 1(of 为 max 时分值是满分的系数,1 即满分 ${item.max})`);
      else if (c.points < 0) add(where, `选项「${c.label}」的系数 ${c.points} 为负数:这一项会低于 0 分,扣掉其他项目的分(of 为 max 时系数在 0 到 1 之间)`);
    });
  }
  if (rule.kind === 'tiers') {
    rule.tiers.forEach((t, j) => over(t.points, `${at}.rule.tiers[${j}].points`, `第 ${j + 1} 档`));
    over(rule.otherwise.points, `${at}.rule.otherwise.points`, '其余档');
  }
  if (rule.kind === 'deduction' && typeof rule.base === 'number') over(rule.base, `${at}.rule.base`, '基础分');
  if (rule.kind === 'incidents') over(rule.base, `${at}.rule.base`, '基础分');
  // What takes points off must take them off: a negative 「per」 or 「minEach」 added them, past the item's max (16/10).
  if (rule.kind === 'deduction') {
    rule.penalties.forEach((pen, j) => {
      if (pen.per < 0) add(`${at}.rule.penalties[${j}].per`, `每次扣分 per 不能为负数(${pen.per} 会加分,超过本项满分);加分请用奖惩(adjustment)或加分(role: bonus)项目`);
      // A count that takes nothing off is an input no rule uses: its column still asks for it, and what is typed there
      // is dropped without a word (as an input no rule names is refused).
      if (pen.per === 0) add(`${at}.rule.penalties[${j}].per`, `每次扣 0 分:填在「${item.inputs.find((i) => i.id === pen.input)?.label ?? pen.input}」的次数不会计分;不扣分的输入请从定义里删去(连同 penalties 里这一条)`);
    });
  }
  if (rule.kind === 'incidents' && rule.minEach < 0) add(`${at}.rule.minEach`, `每次扣分的下限 minEach 不能为负数(${rule.minEach} 会加分,超过本项满分)`);
  if ((rule.kind === 'deduction' || rule.kind === 'incidents') && rule.floor !== undefined) over(rule.floor, `${at}.rule.floor`, '最低分');
  // And reach it: an item whose best answer, top tier or base is below its max (max raised to 30, the choices kept at
  // 20) had no one at full marks — 30+30+40 of 110, 90.91 for 100 at exit 0 — as a cap under 1 is refused.
  const under = (best: number, where: string, what: string) => {
    if (item.max > 0 && best < item.max - 1e-9) add(where, `${what}只有 ${+best.toPrecision(6)} 分,达不到本项满分 ${item.max}:满分的人也拿不到满分;请改 max 或这一处的分值`);
  };
  if (rule.kind === 'choice' && item.role !== 'veto') {
    const input = item.inputs.find((i) => i.id === rule.input);
    const choices = input?.choices ?? (input?.choiceSet ? form.choiceSets?.[input.choiceSet] : undefined) ?? [];
    const best = Math.max(...choices.map((c) => (rule.of === 'max' ? c.points * item.max : c.points)));
    if (choices.length && Number.isFinite(best)) under(best, `${at}.max`, '最好的选项');
  }
  if (rule.kind === 'tiers') under(Math.max(rule.otherwise.points, ...rule.tiers.map((t) => t.points)), `${at}.max`, '最高一档');
  // A score typed in (band) whose input stops below the item's max (max raised to 30, the input left at 20).
  if (rule.kind === 'band') {
    const input = item.inputs.find((i) => i.id === rule.input);
    if (input?.max !== undefined) under(input.max, `${at}.inputs[${item.inputs.indexOf(input)}].max`, `直接填写的「${input.label}」最多`);
  }
  if ((rule.kind === 'deduction' || rule.kind === 'incidents') && typeof rule.base === 'number') under(rule.base, `${at}.rule.base`, '基础分');
  if (rule.kind === 'checklist' && rule.scaleTo !== undefined) under(rule.scaleTo, `${at}.rule.scaleTo`, '全部达标时(scaleTo)');
  if (rule.kind === 'checklist' && rule.scaleTo !== undefined) over(rule.scaleTo, `${at}.rule.scaleTo`, '全部达标时(scaleTo)');
  if (rule.kind === 'checklist' && rule.scaleTo !== undefined && rule.scaleTo <= 0) add(`${at}.rule.scaleTo`, `全部达标时的分值 scaleTo 应大于 0(${rule.scaleTo} 时打勾越多分越低或永远 0 分)`);
  if (rule.kind === 'ratio' && rule.whenZero) over(rule.whenZero.points, `${at}.rule.whenZero.points`, '分母为 0 时');
  if (rule.kind === 'achievement') checkTargetWithinActual(item, rule, `${at}.rule.target`, add);
  // A cap is a share (1.2 = 120 %): 120 written for 120 % allowed 12000 %.
  const cap = rule.kind === 'ratio' || rule.kind === 'achievement' ? rule.cap : undefined;
  const capShown = cap === undefined ? '' : `${+(cap * 100).toPrecision(6)}%`;
  if (cap !== undefined && (cap <= 0 || cap > 10)) add(`${at}.rule.cap`, `上限 cap 是比例(1 即 100%,1.2 即 120%),${cap} 是 ${capShown};请改写成比例`);
  // Over 100 % only where an actual may beat its target (achievement higher, §10's 120 %): a ratio over its cap of 1.5
  // scored 24 of 20, a time under target (lower) 22.5 of 15.
  else if (cap !== undefined && cap > 1 && (rule.kind === 'ratio' || (rule.kind === 'achievement' && rule.direction === 'lower'))) {
    const what = rule.kind === 'ratio' ? '比率(ratio)' : '越低越好(direction lower)';
    add(`${at}.rule.cap`, `${what}的上限 cap ${cap}(${capShown})会让这一项超过满分 ${item.max};最高为 1(100%)。超额完成要多得分,请用 achievement(direction higher)`);
  }
  // Under 100 % no one reaches the item's full points (回访率 100 % earned 10 of 20).
  else if (cap !== undefined && cap < 1) add(`${at}.rule.cap`, `上限 cap ${cap} 低于 1(100%):这一项最多得满分的 ${capShown},永远得不到满分;请写 1 或以上`);
  // No cap and no partOf: 44 回访 of 40 装 scored 22 of 20 (an own §8 written as README's 「比率×满分」, 90.00 优秀 for 88.00).
  if (rule.kind === 'ratio' && cap === undefined && !rule.partOf) {
    add(`${at}.rule`, `比率(ratio)没有写上限 cap:分子大于分母时这一项会超过满分 ${item.max}(如 44/40 = 110% 得 ${+(1.1 * item.max).toPrecision(6)} 分);请写 "cap": 1(最高按 100% 计),分子本是分母的一部分时写 "partOf": true`);
  }
  // A score typed in — a band's score, a deduction's base (§8 基础分 0–10) — is the item's, its range within the item's:
  // a 态度 of 280 on an item of 30 scored 280, a base up to 10 on an item of 8 scored 10.
  const typedIn = rule.kind === 'band' ? { id: rule.input, what: '直接打分' } : rule.kind === 'deduction' && typeof rule.base === 'object' ? { id: rule.base.input, what: '基础分' } : null;
  const k = typedIn ? item.inputs.findIndex((i) => i.id === typedIn.id) : -1;
  const input = item.inputs[k];
  if (typedIn && input) {
    const ip = `${at}.inputs[${k}]`;
    if (input.max === undefined) add(ip, `${typedIn.what}的输入「${input.label}」要写 max(不超过本项满分 ${item.max})`);
    else if (input.max > item.max + 1e-9) add(`${ip}.max`, `${typedIn.what}的输入「${input.label}」的最大值 ${input.max} 超过本项满分 ${item.max}`);
    if (input.min !== undefined && input.min < 0) add(`${ip}.min`, `${typedIn.what}的输入「${input.label}」的 min 不能小于 0`);
    // Without a min, −5 was a score: 业绩 −5/30 took points from the rest.
    else if (input.min === undefined) add(ip, `${typedIn.what}的输入「${input.label}」要写 min(0 或以上):不写时负数也会被当作分数`);
  }
  // Counts: a deduction's 次数, a ratio's or an achievement's 分子/分母. A negative min let −3 次迟到 add 6 points (26 of
  // 20) and −5 解决 of 10 score −15 of 30.
  const counts: Array<[string, string]> =
    rule.kind === 'deduction' ? [...rule.penalties.map((p) => [p.input, '扣分的次数'] as [string, string]), ...(rule.zeroAt ? [[rule.zeroAt.input, '扣分的次数'] as [string, string]] : [])]
    : rule.kind === 'ratio' ? [[rule.numerator, '比率的分子'], [rule.denominator, '比率的分母']]
    : rule.kind === 'achievement' && typeof rule.actual === 'object' ? [[rule.actual.numerator, '达成率的分子'], [rule.actual.denominator, '达成率的分母']]
    : [];
  for (const [id, what] of counts) {
    const j = item.inputs.findIndex((i) => i.id === id);
    const count = item.inputs[j];
    if (!count || (count.type !== 'number' && count.type !== 'integer')) continue;
    // Without a min it is 0 (expandDefinition); a negative one is refused.
    if (count.min !== undefined && count.min < 0) add(`${at}.inputs[${j}].min`, `${what}「${count.label}」的 min 不能小于 0:负数会被计入,一项会超过满分或成为负分`);
  }
}

/**
 * combine.outOf is what 100 on the 100-point scale corresponds to (total × 100 ÷ outOf), not a rescaling: unless it is
 * the form's full marks, full marks everywhere is not 100. An item removed (态度 15) under outOf 100 gave 85.00 良好 for
 * full marks; outOf 50 over items of 100 gave totals of 200, outOf 200 full marks of 50 待改进.
 */
function checkDeclaredOutOf(form: FormDef, add: (path: string, message: string) => void): void {
  const outOf = form.combine.outOf;
  if (outOf === undefined) return;
  const full = formFullMarks(form);
  // A limit under the full marks caps the total there (items of 110 under clamp.max 100): that is what full marks reach.
  const top = form.clamp ? Math.min(full, form.clamp.max) : full;
  if (!(top > 0) || Math.abs(outOf - top) <= 1e-6 * Math.max(1, top)) return;
  const what = { sum: '各项满分之和', 'weighted-parts': '各部分权重 × 100 之和', mean: '各项满分的平均', 'mean-of-parts': '各部分满分的平均' }[form.combine.kind];
  const shown = +top.toPrecision(6);
  const hundred = +((top * 100) / outOf).toPrecision(6);
  add(
    '$.combine.outOf',
    `combine.outOf 为 ${outOf},而本表的满分(${what}${form.clamp && top < full ? `,按上限 clamp.max` : ''})是 ${shown}:全部满分的人百分制得 ${hundred} 分(总分 × 100 ÷ ${outOf}),${outOf > top ? '永远到不了 100' : '超过 100'};outOf 要写本表的满分 ${shown}(或删去,按满分折算百分制)${outOf > top ? `,要满分 ${outOf} 请让${what}等于 ${outOf}` : ''}`,
  );
}

/**
 * A constant target above the most the actual can be (客户满意度 typed on 5 points, the target left at 100): higher is
 * better, 5 ÷ 100 = 5 % at best — 1 of 20 for a full 5, 80.92 良好 at exit 0; lower is better, everyone over 100 %.
 */
function checkTargetWithinActual(item: ItemDef, rule: Extract<ItemDef['rule'], { kind: 'achievement' }>, at: string, add: (path: string, message: string) => void): void {
  const direction = rule.direction ?? 'higher';
  if (typeof rule.target !== 'number' || direction === 'allowed') return;
  const top = actualTop(item, rule.actual);
  if (!top || rule.target <= top.most + 1e-9) return;
  // The best rate higher is better (5 ÷ 100), the worst lower is better (100 ÷ 5).
  const share = direction === 'higher' ? top.most / rule.target : rule.target / top.most;
  const reached = Math.min(share, rule.cap ?? Infinity);
  const pct = `${+(share * 100).toPrecision(4)}%`;
  const fix = `目标要按${top.name}的分制写(不超过 ${top.most})${top.input ? `,或改${top.name}的 max` : ''}`;
  if (direction === 'higher') add(at, `目标 ${rule.target} 高于${top.name}最多能到的 ${top.most}:达成率最多 ${pct}(${top.most} ÷ ${rule.target}),这一项最多 ${+(reached * item.max).toPrecision(6)} 分,达不到本项满分 ${item.max};${fix}`);
  else add(at, `越低越好的目标 ${rule.target} 高于${top.name}最多能到的 ${top.most}:目标 ÷ 实际总在 ${pct} 以上,人人都得满分 ${item.max};${fix}`);
}

/** The most an achievement's actual can be, in the units its constant target is written in: an input's max, or 100 %. */
function actualTop(item: ItemDef, actual: Extract<ItemDef['rule'], { kind: 'achievement' }>['actual']): { most: number; name: string; input: boolean } | undefined {
  const input = (id: string) => item.inputs.find((i) => i.id === id);
  if (typeof actual === 'string') {
    const i = input(actual);
    return i?.max !== undefined ? { most: i.max, name: `「${i.label}」`, input: true } : undefined;
  }
  // Counts of a whole (partOf: 满意数 of 调查数) are at most 100 %; a rate given beside them at most its own max.
  if (!actual.partOf) return undefined;
  const rate = actual.rate !== undefined ? input(actual.rate) : undefined;
  if (actual.rate !== undefined && rate?.max === undefined) return undefined;
  const label = (id: string) => input(id)?.label ?? id;
  return { most: Math.max(100, rate?.max ?? 0), name: `「${label(actual.numerator)}」÷「${label(actual.denominator)}」(%)`, input: false };
}

/** Roll-up rules and distribution limits name bands of the form's own scale. */
function checkPeriodRules(form: FormDef, add: (path: string, message: string) => void): void {
  const labels = mainGrading(form).scale.bands.map((b) => b.label);
  const known = (band: string, at: string) => {
    if (!labels.includes(band)) add(at, `等级「${band}」不在本表的等级表中(${labels.join('、')})`);
  };
  (form.rollup?.rules ?? []).forEach((r, k) => known(r.band, `$.rollup.rules[${k}].band`));
  (form.distribution?.limits ?? []).forEach((l, k) => {
    const at = `$.distribution.limits[${k}]`;
    known(l.band, `${at}.band`);
    if (l.max === undefined && l.min === undefined) add(at, '要给出 max(至多)或 min(至少)');
    if (l.max !== undefined && l.min !== undefined && l.min > l.max) add(at, 'min 不能大于 max');
  });
  duplicates((form.distribution?.limits ?? []).map((l) => l.band), (b) => add('$.distribution.limits', `等级「${b}」的比例限制重复`));
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * A sum of weights as it is, with how far it is off when that is too little to see (0.3333333 × 3 = 0.9999999): 6
 * decimals said 「应为 1,实际为 1」.
 */
function weightSum(sum: number, whole: number): string {
  const shown = String(+sum.toPrecision(12));
  const off = Math.abs(sum - whole);
  return off < 1e-4 ? `${shown}(差 ${+off.toPrecision(3)};三等分请把最后一份写成补足的数,如 0.3333、0.3333、0.3334)` : shown;
}

/** A choice's alias that is another choice's name or alias (「完成」 on 10 and on 20 points): the first one was taken. */
function checkChoiceWords(choices: readonly ChoiceDef[], at: string, add: (path: string, message: string) => void, scale = 1, inputAt = ` ${at} `, digitsAreWords = false): void {
  // A choice named by a number that is another choice's points (labels 1/3/5/10 worth 10/30/50/1): a cell's 10 means
  // either, and the name won — a rater typing 10 points got 1.
  choices.forEach((c) => {
    const n = Number(c.label.trim());
    if (c.label.trim() === '' || !Number.isFinite(n)) return;
    const other = digitsAreWords ? undefined : choices.find((o) => o !== c && o.points === n);
    if (other) add(at, `选项「${c.label}」的名称是数字,又是选项「${other.label}」的分值 ${other.points}:单元格填 ${c.label} 时不知指哪一个;请把选项名写成文字(如「第${c.label}档」),或让名称与分值一致`);
  });
  // A written form of a choice that names points (「15分」, or 15 when another choice is worth 15): a copy that moved the
  // points (服务态度 35/30/25 …) kept the old aliases — 「15分」 typed scored 11 at exit 0.
  choices.forEach((c, k) => {
    if (typeof c.points !== 'number') return;
    const worth = Math.round(c.points * scale * 1e6) / 1e6;
    for (const a of c.aliases ?? []) {
      const t = a.normalize('NFKC').trim();
      const m = /^([+-]?\d+(?:\.\d+)?)\s*(分)?$/.exec(t);
      if (!m) continue;
      const n = Number(m[1]);
      if (n === worth) continue;
      // (As a cell's number is matched too: the share itself, 1 for 达标 of 「of: max」 — alias 「1」 of 不达标 (0.6) read a
      // typed 1 as 0.6 × 15 = 9 for 15 at exit 0.)
      const other = digitsAreWords && !m[2] ? undefined : choices.find((o) => o !== c && typeof o.points === 'number' && (Math.round(o.points * scale * 1e6) / 1e6 === n || (scale !== 1 && o.points === n)));
      // (Deleting 「4」 alone left 4 read as 2级's 4 points beside 3 as 3级's 6: a typed 4 scored below a typed 3. When the
      // digits are the levels' numbers, numbersArePoints false keeps them all words.)
      const levels = other && !m[2] ? `;如果数字是档次的编号而不是分数,请保留这些写法,在${inputAt}写 "numbersArePoints": false(填的数字都按写法读,不按分数读)` : '';
      if (m[2] || other) add(`${at}[${k}].aliases`, `选项「${c.label}」(${worth} 分)的写法「${a}」是${other ? `选项「${other.label}」的分值` : ''} ${n} 分:填「${a}」会按 ${worth} 分计;请删去这个写法,或改为「${worth}分」${levels}`);
    }
  });
  // Compared as a cell's answer is matched to its options (matchKey), not by a normalisation of this check's own.
  const key = matchKey;
  const owner = new Map<string, number>();
  choices.forEach((c, k) => {
    for (const n of [c.label, ...(c.aliases ?? [])]) {
      const first = owner.get(key(n));
      if (first === undefined) owner.set(key(n), k);
      else if (first !== k) add(`${at}[${k}]`, `选项「${c.label}」的写法「${n}」也是选项「${choices[first]!.label}」的:填「${n}」时分不清是哪一个`);
    }
  });
}

function duplicates(values: string[], report: (value: string) => void): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) report(v);
    seen.add(v);
  }
}

/** The item and input it names exist and hold a number, the points fit the item, and neither is rated by raters. */
function checkNotApplicable(form: FormDef, part: PartDef, item: ItemDef, at: string, add: (path: string, message: string) => void): void {
  const { when, points } = item.notApplicable!;
  const other = form.parts.flatMap((p) => p.items).find((i) => i.id === when.item);
  const input = other?.inputs.find((i) => i.id === when.input);
  if (!other) add(`${at}.when.item`, `项目「${when.item}」不存在`);
  else if (other === item) add(`${at}.when.item`, '不能引用本项目自己的输入');
  else if (!input) add(`${at}.when.input`, `项目「${other.label}」没有输入「${when.input}」(可用:${other.inputs.map((i) => i.id).join('、')})`);
  else if (!['integer', 'number', 'percent'].includes(input.type)) add(`${at}.when.input`, `输入「${input.label}」不是数字,不能按数值判断`);
  if (points < 0 || points > item.max) add(`${at}.points`, `分值应在 0 到本项满分 ${item.max} 之间`);
  // One figure per person: a rated item has one figure per rater, and which of them would decide is not said.
  if (raterGroups(form, item, part)?.length || (other && raterGroups(form, other)?.length)) add(at, '有评分人的项目不能用 notApplicable');
}

/** The most a part can score: its outOf, the largest of its items' points when it is their mean, or their sum. */
function partTop(p: PartDef): number {
  if (p.outOf !== undefined) return p.outOf;
  const maxes = p.items.filter((i) => i.role !== 'bonus' && i.role !== 'adjustment' && i.role !== 'veto').map((i) => i.max);
  if (!maxes.length) return 0;
  return p.combine === 'mean' ? Math.max(...maxes) : maxes.reduce((a, b) => a + b, 0);
}

/**
 * The most the form's own points can be (combine.report 'points'), as its combine makes them — generous: bonus points on
 * top, parts on their outOf (a team's areas of 25 over criteria of 1–5 sum to 100 — review).
 */
function pointsTop(form: FormDef): number {
  const parts = form.parts.filter((p) => p.role !== 'bonus');
  const scored = (i: ItemDef) => i.role !== 'bonus' && i.role !== 'adjustment' && i.role !== 'veto';
  const items = parts.flatMap((p) => p.items).filter(scored);
  const bonus = form.parts.flatMap((p) => p.items).filter((i) => !scored(i) || form.parts.find((q) => q.items.includes(i))?.role === 'bonus').reduce((a, i) => a + Math.max(0, i.max), 0);
  let top: number;
  switch (form.combine.kind) {
    case 'mean':
      top = items.length ? Math.max(...items.map((i) => i.max)) : 0;
      break;
    case 'mean-of-parts':
      top = parts.length ? Math.max(...parts.map(partTop)) : 0;
      break;
    case 'weighted-parts':
      top = 100;
      break;
    default:
      top = form.combine.outOf ?? parts.reduce((a, p) => a + partTop(p), 0);
  }
  return top + bonus;
}
