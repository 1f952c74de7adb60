// The small condition and formula language of record forms, evaluated over a scope (a row, or a group's figures).
import type { Cond, CondValue, Expr, LookupTable } from '../../model/records.js';
import { formatScore, roundTo } from '../../model/round.js';
import { matchKey } from '../text.js';
import { fieldText, isChoice, numeric, type FieldValue } from './fields.js';
import { looseNameKey } from './alikeNames.js';

export interface Scope {
  get(field: string): FieldValue;
  /** The label a field is shown under in explanations. */
  label(field: string): string;
}

export interface Tables {
  [name: string]: LookupTable;
}

/** A lookup that found nothing: the caller turns it into a located problem. */
export class LookupMissing extends Error {
  constructor(
    readonly table: string,
    readonly key: string[],
    readonly detail: string = `查找表「${table}」中没有「${key.join('·')}」`,
    /** The field whose value breaks the combination: one the table lists nowhere (「采购」), else the one it names. */
    readonly field?: string,
    /** That field's value is listed nowhere in the table: what the row was meant to be is not known. */
    readonly unlisted = false,
  ) {
    super(detail);
  }
}

/**
 * Why a lookup found nothing, in the user's words: which combination is missing and, for the field that
 * breaks it, what the definition does list with the other fields as typed (财务部的指标:及时性、准确性…).
 */
export function lookupMissText(table: LookupTable, by: string[], key: string[], label: (f: string) => string): string {
  const typed = by.map((f, i) => `${label(f)}「${key[i] ?? ''}」`).join('、');
  const same = sameAt(key);
  for (let i = 0; i < by.length; i++) {
    const others = table.rows.filter((r) => by.every((_, j) => j === i || same(r, j)));
    if (others.length === 0) continue;
    const given = by.filter((_, j) => j !== i).map((f) => `${label(f)}「${key[by.indexOf(f)] ?? ''}」`).join('、');
    const listed = [...new Set(others.map((r) => String(r[i])))];
    const shown = listed.slice(0, 12).join('、') + (listed.length > 12 ? ` 等 ${listed.length} 个` : '');
    return `考核表定义中没有 ${typed} 这一组合(${given ? `${given} 可填的` : '可填的'}${label(by[i] ?? '')}:${shown})`;
  }
  return `考核表定义中没有 ${typed} 这一组合`;
}

/** Whether a table row's i-th cell is the key's i-th value, as names are matched. */
const sameAt = (key: string[]) => (r: Array<string | number>, i: number) => matchKey(String(r[i])) === matchKey(key[i] ?? '');

/** Which of a lookup's fields breaks it (see LookupMissing.field). */
function breakingField(table: LookupTable, by: string[], key: string[]): { field: string; unlisted: boolean } | undefined {
  const same = sameAt(key);
  const unlisted = by.findIndex((_, i) => !table.rows.some((r) => same(r, i)));
  if (unlisted >= 0) return { field: by[unlisted]!, unlisted: true };
  const named = by.findIndex((_, i) => table.rows.some((r) => by.every((__, j) => j === i || same(r, j))));
  return named >= 0 ? { field: by[named]!, unlisted: false } : undefined;
}

function equals(v: FieldValue, want: CondValue): boolean {
  if (v === null) return false;
  if (typeof want === 'boolean') return typeof v === 'boolean' ? v === want : false;
  if (typeof want === 'number') {
    const n = numeric(v);
    if (n !== null && !(typeof v === 'boolean')) return n === want;
    return typeof v === 'string' && v.trim() === String(want);
  }
  if (typeof v === 'boolean') return false;
  if (isChoice(v)) return matchKey(v.label) === matchKey(want) || (v.aliases ?? []).some((a) => matchKey(a) === matchKey(want));
  return matchKey(fieldText(v)) === matchKey(want);
}

export function evalCond(c: Cond, scope: Scope): boolean {
  if ('all' in c) return c.all.every((x) => evalCond(x, scope));
  if ('any' in c) return c.any.some((x) => evalCond(x, scope));
  if ('not' in c) return !evalCond(c.not, scope);
  const v = scope.get(c.field);
  const empty = v === null || v === '';
  if (c.filled !== undefined && c.filled === empty) return false;
  if (c.eq !== undefined && !equals(v, c.eq)) return false;
  if (c.ne !== undefined && (empty || equals(v, c.ne))) return false;
  if (c.in !== undefined && !c.in.some((w) => equals(v, w))) return false;
  if (c.differsFrom !== undefined) {
    const other = scope.get(c.differsFrom);
    // As names written two ways are told apart (采购 and 采购部, 一车间 and 1车间): one department rating itself, 1000 at exit 0.
    if (!empty && other !== null && other !== '' && (matchKey(fieldText(v)) === matchKey(fieldText(other)) || looseNameKey(fieldText(v)) === looseNameKey(fieldText(other)))) return false;
  }
  const compares = c.atLeast !== undefined || c.atMost !== undefined || c.above !== undefined || c.below !== undefined;
  if (compares) {
    const n = typeof v === 'boolean' ? null : numeric(v);
    if (n === null) return false;
    if (c.atLeast !== undefined && !(n >= c.atLeast)) return false;
    if (c.atMost !== undefined && !(n <= c.atMost)) return false;
    if (c.above !== undefined && !(n > c.above)) return false;
    if (c.below !== undefined && !(n < c.below)) return false;
  }
  return true;
}

/** A number, or null when a field it needs is empty (sum and mean skip empty terms; the rest give null). */
export function evalExpr(e: Expr, scope: Scope, tables: Tables = {}): number | null {
  if (typeof e === 'number') return e;
  if ('field' in e) return numeric(scope.get(e.field));
  if ('if' in e) return evalExpr(evalCond(e.if, scope) ? e.then : e.else, scope, tables);
  if ('sum' in e) {
    const xs = e.sum.map((x) => evalExpr(x, scope, tables)).filter((x): x is number => x !== null);
    return xs.length ? xs.reduce((a, b) => a + b, 0) : null;
  }
  if ('mean' in e) {
    const xs = e.mean.map((x) => evalExpr(x, scope, tables)).filter((x): x is number => x !== null);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  }
  if ('product' in e) {
    let p = 1;
    for (const x of e.product) {
      const v = evalExpr(x, scope, tables);
      if (v === null) return null;
      p *= v;
    }
    return p;
  }
  if ('max' in e || 'min' in e) {
    const terms = 'max' in e ? e.max : e.min;
    const xs = terms.map((x) => evalExpr(x, scope, tables));
    if (xs.some((x) => x === null)) return null;
    return 'max' in e ? Math.max(...(xs as number[])) : Math.min(...(xs as number[]));
  }
  if ('ratio' in e) {
    const [a, b] = e.ratio.map((x) => evalExpr(x, scope, tables));
    if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
    return a / b;
  }
  if ('lookup' in e) {
    const key = e.by.map((f) => fieldText(scope.get(f)));
    const table = tables[e.lookup];
    const hit = table?.rows.find((r) => e.by.every((_, i) => matchKey(String(r[i])) === matchKey(key[i]!)));
    if (!hit) {
      const breaks = table ? breakingField(table, e.by, key) : undefined;
      throw new LookupMissing(e.lookup, key, table ? lookupMissText(table, e.by, key, scope.label) : undefined, breaks?.field, breaks?.unlisted ?? false);
    }
    return Number(hit[e.by.length]);
  }
  const v = evalExpr(e.round, scope, tables);
  return v === null ? null : roundTo(v, e.digits);
}

const CMP: Array<[keyof Extract<Cond, { field: string }>, string]> = [
  ['atLeast', '≥'],
  ['atMost', '≤'],
  ['above', '>'],
  ['below', '<'],
];

/** A value in words; yes and no as the column asks them (「有没有清理卫生」 is answered 有 / 没有, 「是否…」 是 / 否). */
const valueText = (v: CondValue, name = '') =>
  typeof v === 'boolean' ? (/^有没有|^有无/.test(name) ? (v ? '有' : '没有') : v ? '是' : '否') : typeof v === 'number' ? formatScore(v) : v;

/** A condition in words: 「是否处理完毕 为 是 且 服务态度 ≥ 4」. */
export function describeCond(c: Cond, label: (field: string) => string): string {
  if ('all' in c) return c.all.map((x) => wrap(x, label)).join(' 且 ');
  if ('any' in c) return c.any.map((x) => wrap(x, label)).join(' 或 ');
  if ('not' in c) return `并非(${describeCond(c.not, label)})`;
  const name = label(c.field);
  const parts: string[] = [];
  if (c.filled === true) parts.push(`${name} 已填`);
  if (c.filled === false) parts.push(`${name} 未填`);
  if (c.eq !== undefined) parts.push(`${name} 为 ${valueText(c.eq, name)}`);
  if (c.ne !== undefined) parts.push(`${name} 不为 ${valueText(c.ne, name)}`);
  if (c.in !== undefined) parts.push(`${name} 为 ${c.in.map((v) => valueText(v, name)).join('/')}`);
  for (const [k, sym] of CMP) if (c[k] !== undefined) parts.push(`${name} ${sym} ${formatScore(c[k] as number)}`);
  if (c.differsFrom !== undefined) parts.push(`${name} 与 ${label(c.differsFrom)} 不同`);
  return parts.join(' 且 ') || `${name}`;
}

function wrap(c: Cond, label: (field: string) => string): string {
  const s = describeCond(c, label);
  return 'all' in c || 'any' in c ? `(${s})` : s;
}

/** A formula in words: 「(产品质量 + 服务 + …) ÷ 4」, 「初始得分 × 权重[被评价部门]」. */
export function describeExpr(e: Expr, label: (field: string) => string, tables?: Tables, scope?: Scope): string {
  if (typeof e === 'number') return formatScore(e);
  if ('field' in e) return label(e.field);
  if ('if' in e) return `若 ${describeCond(e.if, label)} 则 ${describeExpr(e.then, label, tables, scope)},否则 ${describeExpr(e.else, label, tables, scope)}`;
  if ('sum' in e) return e.sum.map((x) => describeExpr(x, label, tables, scope)).join(' + ');
  if ('mean' in e) return `(${e.mean.map((x) => describeExpr(x, label, tables, scope)).join(' + ')}) ÷ ${e.mean.length}`;
  if ('product' in e) return e.product.map((x) => describeExpr(x, label, tables, scope)).join(' × ');
  if ('ratio' in e) return `${describeExpr(e.ratio[0], label, tables, scope)} ÷ ${describeExpr(e.ratio[1], label, tables, scope)}`;
  if ('max' in e || 'min' in e) {
    const terms = ('max' in e ? e.max : e.min).map((x) => (typeof x === 'object' && 'sum' in x ? `(${describeExpr(x, label, tables, scope)})` : describeExpr(x, label, tables, scope)));
    return `取 ${terms.join('、')} 中较${'max' in e ? '大' : '小'}者`;
  }
  if ('lookup' in e) {
    // With the values (a group's 计算说明): the number the table gave, as every other operand shows its own (0.1).
    let found = '';
    if (scope) {
      try {
        const v = evalExpr(e, scope, tables);
        if (v !== null) found = `(${formatScore(v)})`;
      } catch {
        // A lookup that finds nothing is said as a problem of its own.
      }
    }
    return `查表「${tables?.[e.lookup]?.label ?? e.lookup}」[${e.by.map(label).join('·')}]${found}`;
  }
  return `${describeExpr(e.round, label, tables, scope)}(保留 ${e.digits} 位小数)`;
}
