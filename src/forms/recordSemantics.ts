// What the schema cannot say about a record form: unique ids, names that refer to something, no cycles.
import type { ColumnDef, Cond, CondValue, Expr, RecordFormDef } from '../model/records.js';
import { matchKey } from '../engine/text.js';
import { matchChoice } from '../engine/values.js';
import { yesNoAnswers, yesNoWords } from '../engine/groups/fields.js';
import type { SemanticProblem } from './semantics.js';
import { BUILTIN_SCALES, namedScale } from '../engine/scales.js';
import { LANGUAGE_VERSION } from './expand.js';

export function checkRecordSemantics(def: RecordFormDef): SemanticProblem[] {
  const out: SemanticProblem[] = [];
  const add = (path: string, message: string) => out.push({ path, message });
  if (def.language !== undefined && def.language > LANGUAGE_VERSION) {
    add('$.language', `定义使用第 ${def.language} 版定义语言,本 kpi 只认到第 ${LANGUAGE_VERSION} 版:请升级 kpi`);
  }
  const columns = def.records.columns;
  const rowFields = new Set<string>();
  const seen = (ids: string[], path: string, what: string) => {
    const dup = new Set<string>();
    for (const id of ids) {
      if (rowFields.has(id) || dup.has(id)) add(path, `${what} id「${id}」与已有的列或计算项重复`);
      dup.add(id);
    }
    ids.forEach((id) => rowFields.add(id));
  };
  seen(columns.map((c) => c.id), '$.records.columns', '列');
  const labels = new Set<string>();
  columns.forEach((c, i) => {
    const key = `${c.group ?? ''}\u0000${c.label}`;
    if (labels.has(key)) add(`$.records.columns[${i}]`, `列名「${c.label}」重复,无法按表头找到它`);
    labels.add(key);
    if (c.type === 'choice' && !c.choices?.length) add(`$.records.columns[${i}]`, `选择列「${c.label}」没有 choices`);
    if (c.type !== 'choice' && c.choices) add(`$.records.columns[${i}]`, `只有 choice 列可以有 choices`);
    if (c.type !== 'choice' && c.numbersArePoints !== undefined) add(`$.records.columns[${i}].numbersArePoints`, `numbersArePoints 只用于 choice 列`);
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) add(`$.records.columns[${i}]`, `min 大于 max`);
    yesNoWordProblems(c, `$.records.columns[${i}]`).forEach((p) => add(p.path, p.message));
    // (An answer of its own as 「not served」 would drop every row that gave it.)
    const clash = c.notServed?.find((w) => (c.choices ?? []).some((x) => [x.label, ...(x.aliases ?? [])].includes(w)));
    if (clash) add(`$.records.columns[${i}].notServed`, `「${clash}」是这一列的选项,不能同时表示未服务`);
    // Nor an option's points where a number typed is the option worth it: 「4」 (满意's points) dropped every 4 typed as
    // not served — a 满意 left out of the counts at exit 0.
    const byPoints = c.type === 'choice' && c.numbersArePoints !== false && !clash ? c.notServed?.find((w) => matchChoice(c.choices ?? [], w, false) === undefined && matchChoice(c.choices ?? [], w) !== undefined) : undefined;
    if (byPoints !== undefined) {
      const chosen = matchChoice(c.choices ?? [], byPoints)!;
      add(`$.records.columns[${i}].notServed`, `「${byPoints}」是选项「${chosen.label}」的分值 ${chosen.points}:numbersArePoints 时填 ${chosen.points} 就是选「${chosen.label}」,不能同时表示未服务;请从 notServed 删去它,或把 numbersArePoints 写为 false`);
    }
  });
  for (const id of def.records.rowLabel ?? []) {
    const col = columns.find((c) => c.id === id);
    if (!col) add('$.records.rowLabel', `列「${id}」不存在`);
  }
  for (const id of def.records.unique ?? []) {
    if (!columns.some((c) => c.id === id)) add('$.records.unique', `列「${id}」不存在`);
  }
  const keyed = new Set(def.groupings.flatMap((g) => g.by));
  (def.records.identity ?? []).forEach((id, i) => {
    if (!columns.some((c) => c.id === id)) add(`$.records.identity[${i}]`, `列「${id}」不存在`);
    // A grouping's column names a group, not a record: 「王师傅 小计」 there is exactly what identity protects against.
    else if (keyed.has(id)) add(`$.records.identity[${i}]`, `列「${id}」是分组的列(groupings 的 by),不能用来认出一条记录`);
    // Exports number their subtotal lines too: a 序号 would keep 「王师傅 小计」 as an order.
    else if (/^(?:序号|序|编号序号|no\.?|#)$/i.test(columns.find((c) => c.id === id)!.label.trim())) add(`$.records.identity[${i}]`, `列「${id}」是序号,小计、合计行也常编了序号,不能用来认出一条记录`);
  });
  if (def.records.dated !== undefined) {
    const dated = columns.find((c) => c.id === def.records.dated);
    if (!dated) add('$.records.dated', `列「${def.records.dated}」不存在`);
    else if (dated.type !== 'date') add('$.records.dated', `列「${dated.label}」是 ${dated.type} 列,dated 要一个日期(date)列`);
  }
  if (def.records.lateBy !== undefined) {
    const by = columns.find((c) => c.id === def.records.lateBy);
    if (def.records.dated === undefined) add('$.records.lateBy', 'lateBy 要和 dated 一起写(dated 之后月份的记录,按 lateBy 列的月份算)');
    if (!by) add('$.records.lateBy', `列「${def.records.lateBy}」不存在`);
    else if (by.type !== 'date') add('$.records.lateBy', `列「${by.label}」是 ${by.type} 列,lateBy 要一个日期(date)列`);
    else if (by.id === def.records.dated) add('$.records.lateBy', 'lateBy 不能是 dated 本身');
  }
  const tables = def.tables ?? {};
  for (const [name, t] of Object.entries(tables)) {
    // Keys as lookups match them: a second row of one key was never read (the first one won, unsaid).
    const seen = new Map<string, number>();
    t.rows.forEach((r, i) => {
      if (r.length !== t.by.length + 1 || typeof r[t.by.length] !== 'number') add(`$.tables.${name}.rows[${i}]`, `每行应为 ${t.by.length} 个键和 1 个数`);
      const key = r.slice(0, t.by.length).map((k) => matchKey(String(k))).join('\u0000');
      const first = seen.get(key);
      if (first !== undefined) add(`$.tables.${name}.rows[${i}]`, `与第 ${first + 1} 行(rows[${first}])的键 ${r.slice(0, t.by.length).join('·')} 相同,不知道用哪一个数`);
      else seen.set(key, i);
    });
  }
  // A name defined further down (a derived field, a figure after this one) is there, only not yet: said so.
  let later = new Set<string>();
  /** The derived field or figure being checked: naming itself is no 「later」 one. */
  let self = '';
  const unknown = (field: string, at: string) =>
    add(at, field === self ? `「${field}」引用了它自己,无法计算;请改为引用别的列或指标` : later.has(field) ? `「${field}」在后面才定义:要先定义才能引用,请把它移到这一项前面` : `「${field}」不存在`);
  const checkExpr = (e: Expr, path: string, known: Set<string>) => walkExpr(e, path, (field, at) => !known.has(field) && unknown(field, at), (c, at) => checkCond(c, at, known), (t, by, at) => {
    if (!tables[t]) add(at, `查找表「${t}」不存在(在 tables 中定义)`);
    else if (tables[t].by.length !== by.length) add(at, `查找表「${t}」的键有 ${tables[t].by.length} 个,这里给了 ${by.length} 个`);
    by.forEach((f) => !known.has(f) && add(at, `「${f}」不存在`));
  });
  // A value a column can never hold (「是」 for a 是/否 column, which holds true/false; a choice none of its options
  // has): the condition never holds, and every count it makes is 0 at exit 0.
  const byId = new Map(columns.map((c) => [c.id, c]));
  const derivedIds = new Set((def.derived ?? []).map((d) => d.id));
  const valueProblem = (field: string, value: CondValue): string | null => {
    const column = byId.get(field);
    // A derived point (认可满意) and a number column hold numbers: 「是」 or 「多」 is never one of them.
    if (!column && derivedIds.has(field) && typeof value !== 'number') return `「${field}」是计算出的数,条件的值应是数,不是 ${JSON.stringify(value)}`;
    if (!column) return null;
    if ((column.type === 'integer' || column.type === 'number') && typeof value !== 'number') return `「${column.label}」是数字列,条件的值应是数,不是 ${JSON.stringify(value)}`;
    if (column.type === 'yesno' && typeof value !== 'boolean') return `「${column.label}」是 是/否 列,条件的值应写 true 或 false,不是 ${JSON.stringify(value)}`;
    if (column.type === 'choice' && column.choices) {
      const names = column.choices.flatMap((x) => [x.label, ...(x.aliases ?? [])]);
      // A number is an option's points (服务态度 eq 5), as conditions compare them.
      const known = typeof value === 'number' ? column.choices.some((x) => x.points === value) : typeof value === 'string' && names.some((n) => matchKey(n) === matchKey(value));
      if (!known) return `「${column.label}」的选项里没有 ${JSON.stringify(value)}(可选:${column.choices.map((x) => x.label).join('、')})`;
    }
    return null;
  };
  // A bound no value of the column reaches (服务态度 ≥ 6 where its options give 1–5): never holds either.
  const boundProblem = (field: string, leaf: Extract<Cond, { field: string }>): string | null => {
    const column = byId.get(field);
    if (!column) return null;
    const points = column.type === 'choice' && column.choices ? column.choices.map((x) => x.points).filter((n): n is number => typeof n === 'number') : [];
    const lo = points.length ? Math.min(...points) : column.min;
    const hi = points.length ? Math.max(...points) : column.max;
    const never =
      (leaf.atLeast !== undefined && hi !== undefined && leaf.atLeast > hi) || (leaf.above !== undefined && hi !== undefined && leaf.above >= hi) ||
      (leaf.atMost !== undefined && lo !== undefined && leaf.atMost < lo) || (leaf.below !== undefined && lo !== undefined && leaf.below <= lo);
    return never ? `「${column.label}」的值在 ${lo ?? '…'} 到 ${hi ?? '…'} 之间,这个条件永远不成立` : null;
  };
  // What a field holds, for differsFrom: a text (a name, a choice, a date) or a number (a number column, a derived field).
  const kindOf = (field: string): 'text' | 'number' | null => {
    const column = byId.get(field);
    if (column) return column.type === 'integer' || column.type === 'number' ? 'number' : 'text';
    return derivedIds.has(field) ? 'number' : null;
  };
  const differsProblem = (leaf: Extract<Cond, { field: string }>): string | null => {
    const other = leaf.differsFrom;
    if (other === undefined) return null;
    const name = (f: string) => byId.get(f)?.label ?? f;
    if (other === leaf.field) return `「${name(other)}」与它自己比较,永远相同:每一行都不满足;differsFrom 应是另一列`;
    const [a, b] = [kindOf(leaf.field), kindOf(other)];
    if (a && b && a !== b) return `「${name(leaf.field)}」是${a === 'text' ? '文字' : '数'},「${name(other)}」是${b === 'text' ? '文字' : '数'},两者永远不同:这个条件总是成立,检查不起作用`;
    return null;
  };
  const checkCond = (c: Cond, path: string, known: Set<string>) =>
    walkCond(c, path, (field, at) => !known.has(field) && unknown(field, at), (field, values, leaf, at) => {
      for (const v of values) {
        const why = valueProblem(field, v);
        if (why) add(at, why);
      }
      const bound = boundProblem(field, leaf);
      if (bound) add(at, bound);
      const differs = differsProblem(leaf);
      if (differs) add(`${at}.differsFrom`, differs);
    });
  const derivedKnown = new Set(columns.map((c) => c.id));
  later = derivedIds;
  (def.derived ?? []).forEach((d, i) => {
    self = d.id;
    checkExpr(d.value, `$.derived[${i}].value`, derivedKnown);
    if (derivedKnown.has(d.id)) add(`$.derived[${i}]`, `计算项 id「${d.id}」与已有的列或计算项重复`);
    derivedKnown.add(d.id);
  });
  self = '';
  (def.checks ?? []).forEach((c, i) => {
    if (c.when) checkCond(c.when, `$.checks[${i}].when`, derivedKnown);
    checkCond(c.require, `$.checks[${i}].require`, derivedKnown);
    if (!columns.some((x) => x.id === c.at)) add(`$.checks[${i}].at`, `列「${c.at}」不存在`);
  });
  const groupingIds = def.groupings.map((g) => g.id);
  groupingIds.forEach((id, i) => groupingIds.indexOf(id) !== i && add('$.groupings', `分组 id「${id}」重复`));
  def.groupings.forEach((g, gi) => {
    const path = `$.groupings[${gi}]`;
    const allFigures = new Set(g.figures.map((f) => f.id));
    self = '';
    let known = derivedKnown;
    if (g.from) {
      const inner = def.groupings.find((x) => x.id === g.from);
      if (!inner) add(`${path}.from`, `分组「${g.from}」不存在`);
      else if (dependsOn(def, inner.id, g.id)) add(`${path}.from`, `分组「${g.id}」与「${g.from}」互相引用`);
      known = new Set([...(inner?.by ?? []), ...(inner?.figures.map((f) => f.id) ?? [])]);
    }
    g.by.forEach((f) => !known.has(f) && add(`${path}.by`, `「${f}」不存在`));
    const figureIds = new Set<string>();
    g.figures.forEach((f, fi) => {
      const fp = `${path}.figures[${fi}]`;
      if (figureIds.has(f.id)) add(fp, `指标 id「${f.id}」重复`);
      const own = new Set([...g.by, ...figureIds]);
      const scope = f.agg === 'calc' || f.agg === 'choose' ? own : known;
      // Only a calc or choose reads the group's figures: there a later one is 「not yet」.
      later = scope === own ? allFigures : new Set();
      self = f.id;
      if (f.of !== undefined) checkExpr(f.of, `${fp}.of`, scope);
      if (f.where) checkCond(f.where, `${fp}.where`, scope);
      if (f.among) checkCond(f.among, `${fp}.among`, scope);
      (f.cases ?? []).forEach((c, ci) => checkCond(c.when, `${fp}.cases[${ci}].when`, own));
      if (f.field !== undefined && !known.has(f.field)) add(`${fp}.field`, `「${f.field}」不存在`);
      const needs: Record<string, 'of' | 'field' | 'cases' | 'ofOrField' | null> = {
        count: null, rate: null, sum: 'of', mean: 'of', min: 'of', max: 'of', calc: 'of',
        distribution: 'ofOrField', texts: 'field', distinct: 'field', choose: 'cases', streak: 'field',
      };
      const need = needs[f.agg];
      if (need === 'of' && f.of === undefined) add(fp, `「${f.label}」(${f.agg})需要 of`);
      if (need === 'field' && f.field === undefined) add(fp, `「${f.label}」(${f.agg})需要 field`);
      if (need === 'cases' && !f.cases?.length) add(fp, `「${f.label}」(choose)需要 cases`);
      if (need === 'ofOrField' && f.of === undefined && f.field === undefined) add(fp, `「${f.label}」(distribution)需要 field 或 of`);
      // A sum, mean, min, max or same of a text column (an item's name) has no number: its band was 未定级 at exit 0, its
      // figure 「没有可计算的…」 for every group.
      const ofField = f.of !== undefined && typeof f.of === 'object' && 'field' in f.of && typeof f.of.field === 'string' ? f.of.field : undefined;
      const ofType = ofField !== undefined ? byId.get(ofField)?.type : undefined;
      if (['sum', 'mean', 'min', 'max', 'same'].includes(f.agg) && (ofType === 'text' || ofType === 'date')) {
        add(`${fp}.of`, `「${byId.get(ofField!)?.label ?? ofField}」是${ofType === 'date' ? '日期' : '文字'}列,${f.agg} 要对数计算;请改为一个数的列或计算项`);
      }
      // A run of months counts months: over another column every 「month」 is one name, and the run was 0 at exit 0.
      if (f.agg === 'streak' && f.field !== undefined && known.has(f.field) && !byId.get(f.field)?.month) add(`${fp}.field`, `连续(streak)按月份计:「${byId.get(f.field)?.label ?? f.field}」不是月份列(列定义中 month: true 的列)`);
      figureIds.add(f.id);
    });
    if (g.band) {
      const banded = g.figures.find((f) => f.id === g.band!.figure);
      if (!figureIds.has(g.band.figure)) add(`${path}.band.figure`, `指标「${g.band.figure}」不存在`);
      // A word or a list (choose, texts, distinct, distribution) falls in no band: every group was 未定级 without a word.
      else if (banded && ['choose', 'texts', 'distinct', 'distribution'].includes(banded.agg)) add(`${path}.band.figure`, `「${banded.label}」(${banded.agg})不是数,不能按它定级;请指定一个数的指标`);
      if (!namedScale(def, g.band.scale)) add(`${path}.band.scale`, `等级表「${g.band.scale}」不存在(内置:${Object.keys(BUILTIN_SCALES).join('、')})`);
    }
    for (const c of g.compare ?? []) if (!figureIds.has(c)) add(`${path}.compare`, `指标「${c}」不存在`);
    (g.checks ?? []).forEach((c, ci) => {
      if (c.when) checkCond(c.when, `${path}.checks[${ci}].when`, new Set([...g.by, ...figureIds]));
      checkCond(c.require, `${path}.checks[${ci}].require`, new Set([...g.by, ...figureIds]));
    });
  });
  checkLookupKeys(def, add);
  return out;
}

/**
 * A table looked up by a chosen word has a row for every word the choice gives: 较好 renamed 良好 in nominalDeduction
 * while the choice still gave 较好 left 采购部 and 设备部 with no deduction and 未定级 at exit 0.
 */
function checkLookupKeys(def: RecordFormDef, add: (path: string, message: string) => void): void {
  const tables = def.tables ?? {};
  def.groupings.forEach((g, gi) => {
    const chosen = new Map(g.figures.filter((f) => f.agg === 'choose').map((f) => [f.id, f] as const));
    g.figures.forEach((f, fi) => {
      if (f.agg !== 'calc' || f.of === undefined) return;
      walkExpr(f.of, `$.groupings[${gi}].figures[${fi}].of`, () => {}, () => {}, (t, by) => {
        const table = tables[t];
        if (!table || table.by.length !== by.length) return;
        by.forEach((field, k) => {
          const choose = chosen.get(field);
          if (!choose) return;
          const words = [...(choose.cases ?? []).map((c) => c.value), ...(choose.otherwise !== undefined ? [choose.otherwise] : [])];
          const listed = new Set(table.rows.map((r) => matchKey(String(r[k]))));
          for (const w of new Set(words)) {
            if (!listed.has(matchKey(w))) add(`$.tables.${t}`, `查找表「${table.label ?? t}」没有「${w}」这一行:「${choose.label}」(${choose.id})会得出「${w}」,「${f.label}」查表时找不到,没有数;请在 rows 里加上「${w}」,或改「${choose.label}」的值`);
          }
        });
      });
    });
  });
}

function dependsOn(def: RecordFormDef, from: string, target: string, depth = 0): boolean {
  if (from === target) return true;
  if (depth > 20) return true;
  const g = def.groupings.find((x) => x.id === from);
  return g?.from ? dependsOn(def, g.from, target, depth + 1) : false;
}

/** Each leaf is reported with its own JSON path (`$.derived[0].value.if.all[1]`), so an error points inside the condition. */
function walkCond(
  c: Cond,
  path: string,
  field: (f: string, path: string) => void,
  values: (f: string, v: CondValue[], leaf: Extract<Cond, { field: string }>, path: string) => void = () => {},
): void {
  if ('all' in c) c.all.forEach((x, i) => walkCond(x, `${path}.all[${i}]`, field, values));
  else if ('any' in c) c.any.forEach((x, i) => walkCond(x, `${path}.any[${i}]`, field, values));
  else if ('not' in c) walkCond(c.not, `${path}.not`, field, values);
  else {
    field(c.field, path);
    if (c.differsFrom !== undefined) field(c.differsFrom, `${path}.differsFrom`);
    values(c.field, [...(c.eq !== undefined ? [c.eq] : []), ...(c.ne !== undefined ? [c.ne] : []), ...(c.in ?? [])], c, path);
  }
}

function walkExpr(
  e: Expr,
  path: string,
  field: (f: string, path: string) => void,
  cond: (c: Cond, path: string) => void,
  lookup: (t: string, by: string[], path: string) => void,
): void {
  if (typeof e === 'number') return;
  const next = (x: Expr, at: string) => walkExpr(x, at, field, cond, lookup);
  const each = (xs: Expr[], key: string) => xs.forEach((x, i) => next(x, `${path}.${key}[${i}]`));
  if ('field' in e) field(e.field, path);
  else if ('if' in e) {
    cond(e.if, `${path}.if`);
    next(e.then, `${path}.then`);
    next(e.else, `${path}.else`);
  } else if ('sum' in e) each(e.sum, 'sum');
  else if ('mean' in e) each(e.mean, 'mean');
  else if ('product' in e) each(e.product, 'product');
  else if ('ratio' in e) each(e.ratio, 'ratio');
  else if ('max' in e) each(e.max, 'max');
  else if ('min' in e) each(e.min, 'min');
  else if ('lookup' in e) lookup(e.lookup, e.by, path);
  else next(e.round, `${path}.round`);
}

/**
 * A column's own yes/no words (yesWords, noWords) that cannot mean what they say: on a column that is no yes/no, in
 * both lists, or a word the column already reads the other way (「无」 as a yes word: read as yes before the shared 否
 * spelling, a 没有 turned into 有 at exit 0).
 */
function yesNoWordProblems(c: ColumnDef, at: string): SemanticProblem[] {
  const out: SemanticProblem[] = [];
  if (c.yesWords === undefined && c.noWords === undefined) return out;
  if (c.type !== 'yesno') return [{ path: `${at}.${c.yesWords ? 'yesWords' : 'noWords'}`, message: `yesWords、noWords 只用于 yesno 列,「${c.label}」是 ${c.type} 列` }];
  const [yes, no] = yesNoWords(c);
  const shared = yesNoAnswers({ ...c, yesWords: [], noWords: [] });
  const keys = (words: string[]) => new Set(words.map(matchKey));
  const sides = [
    { list: 'yesWords', words: c.yesWords ?? [], own: yes, other: no, otherList: 'noWords', otherOwn: keys(c.noWords ?? []), otherShared: keys([no, ...shared.no]) },
    { list: 'noWords', words: c.noWords ?? [], own: no, other: yes, otherList: 'yesWords', otherOwn: keys(c.yesWords ?? []), otherShared: keys([yes, ...shared.yes]) },
  ];
  for (const side of sides) {
    side.words.forEach((w, j) => {
      const path = `${at}.${side.list}[${j}]`;
      if (side.otherShared.has(matchKey(w))) out.push({ path, message: `「${w}」本来就读作「${side.other}」,不能在 ${side.list} 里读作「${side.own}」;请删去它` });
      // (Said once, at the noWords entry: the yes list is read first.)
      else if (side.list === 'noWords' && side.otherOwn.has(matchKey(w))) out.push({ path, message: `「${w}」同时在 yesWords 和 noWords 中,不知道读作「${side.other}」还是「${side.own}」;请从其中一个删去它` });
    });
  }
  return out;
}
