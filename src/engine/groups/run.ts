// Records in, group results out. Rows are fed one at a time (`add`) and not kept: a log of 50,000 orders is held
// once, by whoever read it. Groupings over other groupings (§22) are computed when the run finishes.
import type { ColumnDef, Cond, Expr, FigureDef, GroupingDef, RecordFormDef } from '../../model/records.js';
import type { Location } from '../../model/entries.js';
import { type Problem } from '../../model/problem.js';
import { amend, problem, reframe } from '../../model/problems/index.js';
import { namedScale } from '../scales.js';
import { serialDate } from '../period.js';
import { applyScale, bandOf, emptyBandCounts } from '../grades.js';
import { acceptsOf, clip, type ClockReading, type PointsClash, type TimeValue, type ValueCode } from '../values.js';
import { ANONYMOUS, matchKey, nameKey, parseNumberText, pointsAbove, saysNoReason } from '../text.js';
import type { RawValue } from '../../model/entries.js';
import { formatScore, roundTo, tidy } from '../../model/round.js';
import { accumulator, type Accumulator, type RaterNamed } from './accumulate.js';
import { describeCond, describeExpr, evalCond, evalExpr, LookupMissing, type Scope, type Tables } from './expr.js';
import { columnInput, fieldText, groupKey, parseField, type FieldValue } from './fields.js';
import { maskPersonal } from './mask.js';
import { alikeNames, numberedKey, raterNote } from './alikeNames.js';
import type { FigureValue, GroupingResult, GroupResult, RecordFormResult, RecordRow, RowResult } from './result.js';

interface GroupState {
  key: Record<string, string>;
  keyText: string;
  rows: number;
  errorRows: number;
  accs: Map<string, Accumulator>;
  at?: Location;
}

export interface RecordRun {
  /** Reads, checks and scores one row, and adds it to its groups. The row is not kept. */
  add(row: RecordRow): RowResult;
  /** A row set aside (a remark 「作废」): not counted, but the figures its groups read once (部门月度得分) still given. */
  carry(row: RecordRow): void;
  finish(): RecordFormResult;
}

const NO_KEY = '(未填)';

/** Labels of columns, derived points and figures, for explanations and messages. */
function labeller(def: RecordFormDef, grouping?: GroupingDef, inner?: GroupingDef): (field: string) => string {
  const names = new Map<string, string>();
  for (const c of def.records.columns) names.set(c.id, c.label);
  for (const d of def.derived ?? []) names.set(d.id, d.label);
  for (const f of inner?.figures ?? []) names.set(f.id, f.label);
  for (const f of grouping?.figures ?? []) names.set(f.id, f.label);
  return (field) => names.get(field) ?? field;
}


/**
 * The columns the definition reads anywhere (figures, derived points, checks, groupings, row labels, unique keys):
 * every string outside the columns' own list that is a column's id. Taken wide on purpose — a column counted as read
 * that is not only keeps its mistakes as errors; one missed would let a wrong value pass.
 */
export function referencedFields(def: RecordFormDef): Set<string> {
  const ids = new Set(def.records.columns.map((c) => c.id));
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (ids.has(v)) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  for (const [key, value] of Object.entries(def)) {
    if (key !== 'records') walk(value);
  }
  for (const [key, value] of Object.entries(def.records)) {
    if (key !== 'columns') walk(value);
  }
  // A column's own definition may name another (a month column compared with, a choice set): read as well.
  for (const c of def.records.columns) for (const [key, value] of Object.entries(c)) if (key !== 'id') walk(value);
  // The team's own figure beside kpi's (§5 得分) is only compared with it: named by its heading (derived.column), it is
  // not read here — 「满意」 typed in it left the order out of every figure (满意率 9/10 优秀 became 7/8 良好).
  return out;
}

/**
 * Columns where a ditto mark (「同上」, 「〃」) would be taken for a value of its own: the groupings' keys, the log's unique
 * columns (§5 合同编号 「同上」 was an order of its own: 王师傅 3 orders, 66.67 % for 50 %), a field counted distinct (§23
 * 车间 「同上」 a sixth workshop: coefficient 1.1 for 0.9), lookups' keys, and the fields a check compares (a department
 * rating itself). Not names a row is only shown by, nor remarks listed as written — nor a reason a check asks for only
 * on some rows (§22's 理由 on a D or E: 「同上」 there is no reason, said by the check; on an A it is a remark).
 */
export function dittoRefused(def: RecordFormDef): Set<string> {
  const out = new Set<string>([...def.groupings.flatMap((g) => g.by), ...(def.records.unique ?? [])]);
  const ids = new Set(def.records.columns.map((c) => c.id));
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.agg === 'distinct' && typeof o.field === 'string') out.add(o.field);
    if (typeof o.lookup === 'string' && Array.isArray(o.by)) for (const f of o.by) if (typeof f === 'string') out.add(f);
    Object.values(o).forEach(visit);
  };
  visit([def.groupings, def.derived ?? []]);
  const required = (c: Cond): void => {
    if ('all' in c) return c.all.forEach(required);
    if ('any' in c) return c.any.forEach(required);
    if ('not' in c) return required(c.not);
    if (!c.differsFrom) return;
    out.add(c.field);
    out.add(c.differsFrom);
  };
  for (const c of def.checks ?? []) required(c.require);
  return new Set([...out].filter((f) => ids.has(f)));
}

/** A log's own row numbering (§5 序号): not what the row says. */
const ROW_NUMBER = /^(序号|行号|编号|No\.?|#)$/i;

export function startRecordRun(def: RecordFormDef): RecordRun {
  const columns = def.records.columns;
  const inputs = new Map(columns.map((c) => [c.id, columnInput(c)]));
  const byId = new Map<string, ColumnDef>(columns.map((c) => [c.id, c]));
  const tables: Tables = def.tables ?? {};
  const rowLabel = labeller(def);
  const rowGroupings = def.groupings.filter((g) => !g.from);
  /** The groupings built from each grouping's groups, nearest first (questionnaire → pair → dept → period). */
  const outward = (g: GroupingDef): GroupingDef[] => {
    const next = def.groupings.filter((h) => h.from === g.id);
    return [...next, ...next.flatMap(outward)];
  };
  const outwardOf = new Map(rowGroupings.map((g) => [g.id, outward(g)]));
  /** Rows in error that belong to no group of their own grouping: the outer grouping and what of its key they have. */
  const orphanErrors: Array<{ chain: string[]; key: Record<string, string> }> = [];
  const states = new Map<string, Map<string, GroupState>>(def.groupings.map((g) => [g.id, new Map()]));
  const problems: Problem[] = [];
  const counts = { total: 0, ok: 0, error: 0 };
  /** The unique columns' values of the rows so far (records.unique), and where each was first. */
  const seenKeys = new Map<string, string>();
  // Names in the columns that make groups (车间, 被评价部门) or are counted by distinct names (§23's 服务车间数), each
  // where first written: names written two ways are said (alikeNames).
  const namesSeen = new Map<string, Map<string, Location>>(
    [...new Set([...def.groupings.filter((g) => !g.from).flatMap((g) => g.by), ...def.groupings.flatMap((g) => g.figures.filter((x) => x.agg === 'distinct').map((x) => (x as { field: string }).field))])]
      .filter((f) => byId.get(f)?.type === 'text' && !byId.get(f)?.month)
      .map((f) => [f, new Map<string, Location>()]),
  );
  /** Each row's values in every column, as read: an identical row is said (identical). */
  const seenRows = new Map<string, { first: string; rows: number[]; said?: Problem }>();
  /** Rows set aside that give their group's once-typed figures (carry): the grouping, the group's id, the row's values. */
  const carried: Array<{ grouping: string; id: string; scope: Scope; at: (field: string) => Location }> = [];
  /** Who each record is (records.identity) → the row that first named them. */
  const seenNames = new Map<string, string>();
  const rowWord = def.records.label;
  const referenced = referencedFields(def);
  // Columns rows are grouped by (门店, 安装师傅, 被服务部门): a ditto mark there is a group of its own. Elsewhere (a customer's
  // second order, 客户名称 「同上」; a remark) it is what the row says, read as before.
  const keyColumns = dittoRefused(def);
  // The row just added, for a reason 「同上」 (pointsAbove): where it is, what pair it belongs to, and whether its own reason
  // was one asked for and given.
  let above: { sheet: string | undefined; row: number; pair: string; reasoned: boolean } | undefined;
  /** The fields naming a row's department pair (§22 month, 评价部门, 被评价部门): the first grouping built from the rows' own, or theirs. */
  const pairFields = (() => {
    const inner = rowGroupings[0];
    return inner ? (def.groupings.find((g) => g.from === inner.id) ?? inner).by : [];
  })();

  const pairOf = (values: Map<string, FieldValue>): string => pairFields.map((f) => groupKey(values.get(f) ?? null, byId.get(f)).toLowerCase()).join('\u0000');

  const nameRow = (row: RecordRow, values: Map<string, FieldValue>): string => {
    const parts = (def.records.rowLabel ?? [])
      .map((id) => {
        const v = values.get(id);
        const col = byId.get(id);
        return v === null || v === undefined || !col ? '' : `${col.label} ${maskPersonal(col.personal, fieldText(v, col))}`;
      })
      .filter(Boolean);
    return `第 ${row.row} 行${parts.length ? `(${parts.join(',')})` : ''}`;
  };

  function groupKeyOf(g: GroupingDef, keyOf: (field: string) => string): { key: Record<string, string>; keyText: string; id: string } {
    const key: Record<string, string> = {};
    for (const f of g.by) key[f] = keyOf(f) || NO_KEY;
    const keyText = g.by.length ? g.by.map((f) => key[f]).join('·') : (g.allLabel ?? '全部');
    // One group however its name is written (採購部 and 采购部, 王師傅 and 王师傅, 「ＩＤ部」): as lookups and checks match names.
    // It is shown as first written.
    const id = g.by.length ? g.by.map((f) => nameKey(key[f]!)).join('\u0000') : keyText;
    return { key, keyText, id };
  }

  function groupOf(g: GroupingDef, keyOf: (field: string) => string, at: Location | undefined): GroupState {
    const { key, keyText, id } = groupKeyOf(g, keyOf);
    const map = states.get(g.id)!;
    let s = map.get(id);
    if (!s) {
      // The figures' own fields are the rows' (or, for `from`, the inner groups'): not this grouping's figures.
      const inner = g.from ? def.groupings.find((x) => x.id === g.from) : undefined;
      const label = labeller(def, undefined, inner);
      // What the grouping's counts look at (§23's 评价): a name written with two raters' names answering two ways is said.
      const answers = [...new Set(g.figures.flatMap((f) => (f.where ? condFields(f.where) : [])))];
      s = { key, keyText, rows: 0, errorRows: 0, accs: new Map(g.figures.map((f) => [f.id, accumulator(f, tables, label, rowWord, answers)])) };
      if (at) s.at = at;
      map.set(id, s);
    }
    return s;
  }

  function add(row: RecordRow): RowResult {
    counts.total++;
    const values = new Map<string, FieldValue>();
    const bad: Array<{ at: Location; col: ColumnDef; code: ValueCode; actual: string } & Detail> = [];
    const label = () => nameRow(row, values);
    /** Bad values in columns nothing reads: said, and the row still counts. */
    let unread: Array<{ at: Location; col: ColumnDef; code: ValueCode; actual: string } & Detail> | undefined;
    /** Lone ticks or crosses read as words (parseField's mark): said, the row counted as written. */
    let marks: Array<{ at: Location; col: ColumnDef; value: string }> | undefined;
    /** Words above the best option read as it (parseField's above): said, the row counted. */
    let aboveBest: Array<{ at: Location; col: ColumnDef; value: string; read: string }> | undefined;
    for (const col of columns) {
      const cell = row.cells.get(col.id);
      if (row.ticks?.some((t) => t.id === col.id)) continue;
      const parsed = parseField(col, inputs.get(col.id)!, cell?.raw, keyColumns.has(col.id));
      if (parsed.ok) {
        values.set(col.id, parsed.value);
        if (parsed.mark) (marks ??= []).push({ at: cell?.at ?? row.at, col, value: parsed.mark });
        if (parsed.above) (aboveBest ??= []).push({ at: cell?.at ?? row.at, col, value: parsed.above, read: fieldText(parsed.value, col) });
      }
      else if (!referenced.has(col.id)) {
        (unread ??= []).push({ at: cell?.at ?? row.at, col, code: parsed.parsed.code, actual: col.personal ? maskPersonal(col.personal, parsed.parsed.actual) : parsed.parsed.actual, ...detailOf(parsed.parsed) });
      } else {
        const at = cell?.at ?? row.at;
        bad.push({ at, col, code: parsed.parsed.code, actual: col.personal ? maskPersonal(col.personal, parsed.parsed.actual) : parsed.parsed.actual, ...detailOf(parsed.parsed) });
      }
    }
    // Problems are worded once the row's name is known (it may come from columns read after the bad cell); a row
    // without problems is never named (most rows: naming each of 50,000 orders was a tenth of the run).
    let name: string | undefined;
    const rowName = () => (name ??= label());
    const located: Problem[] = bad.map((x) => {
      const named = rowName();
      const accepts = x.col.month ? ({ type: 'month' } as const) : acceptsOf(inputs.get(x.col.id)!);
      const raw = row.cells.get(x.col.id)?.raw;
      // A required cell struck through whole (§22 张主任's 准确性 「~~D~~」, nothing typed after it) was 「为必填项…实际为空」:
      // crossed out is said as such, asking for the changed grade, as on a person's sheet (values.ts struckWhole).
      if (x.code === 'required' && raw?.kind === 'empty' && raw.struck) {
        return problem('struck-text', { row: named, item: x.col.label, struck: clip(raw.struck), required: accepts, records: rowWord }, x.at, { item: x.col.label, person: named, severity: 'error' });
      }
      const serial = x.code === 'not-a-month' && raw?.kind === 'number' ? serialDate(raw.value) : null;
      return problem(x.code, { row: named, item: x.col.label, accepts, value: x.actual, ...paramsOf(x), ...(serial ? { serial } : {}) }, x.at, { item: x.col.label, person: named });
    });
    for (const t of row.ticks ?? []) located.push(problem('level-ticks', { heading: t.heading, levels: t.levels, ticked: t.ticked, records: def.records.label }, t.at, { item: t.heading, person: rowName() }));
    if (row.shifted) located.push(problem('row-shifted', row.shifted.fields, row.shifted.at, { person: rowName() }));
    if (row.voidUnclear) located.push(problem('record-void-unclear', row.voidUnclear.fields, row.voidUnclear.at, { person: rowName() }));
    for (const u of row.unread ?? []) {
      located.push(problem('unknown-column', { case: 'value-unread', heading: u.heading, like: u.like, value: u.value }, u.at, { severity: 'error', person: rowName() }));
    }
    const derived: Record<string, number | null> = {};
    let unsure: Set<string> | undefined;
    /** A reason was asked of this row and given (a 「同上」 below it gives the same). */
    let reasonGiven = false;
    const scope: Scope = {
      get: (f) => (f in derived ? derived[f]! : (values.get(f) ?? null)),
      label: rowLabel,
    };
    if (located.length === 0) {
      for (const d of def.derived ?? []) {
        try {
          derived[d.id] = evalExpr(d.value, scope, tables);
        } catch (err) {
          if (!(err instanceof LookupMissing)) throw err;
          const named = rowName();
          // At the cell that breaks it: 「采购」 typed for 采购部 is the 被评价部门's, not the 指标's.
          const at = row.cells.get(err.field ?? firstLookupField(d.value) ?? '')?.at ?? row.at;
          // A key the table lists nowhere: which group the row was meant for is not known (see unreadKey below).
          if (err.unlisted && err.field) (unsure ??= new Set()).add(err.field);
          located.push(problem('item-not-found', { case: 'lookup', row: named, detail: err.message, figure: d.label }, at, { item: d.label, person: named }));
          derived[d.id] = null;
        }
      }
      for (const c of def.checks ?? []) {
        if (c.when && !evalCond(c.when, scope)) continue;
        // A reason asked for (§22's D or E) is reason-required; any other rule (a department rating itself) its own code.
        const reason = 'field' in c.require && c.require.filled === true && Object.keys(c.require).length === 2;
        // Words that give no reason (「无理由」, 「略」) are none: 580 + 880 → 730 B was graded on a D 「无理由」.
        const said = reason && 'field' in c.require ? values.get(c.require.field) : undefined;
        let none = typeof said === 'string' && saysNoReason(said) ? said : undefined;
        if (none !== undefined && pointsAbove(none) && above?.reasoned && above.sheet === row.at.sheet && above.row === row.row - 1 && above.pair === pairOf(values)) none = undefined;
        if (reason) reasonGiven = none === undefined && evalCond(c.require, scope);
        if (none === undefined && evalCond(c.require, scope)) continue;
        const named = rowName();
        const at = row.cells.get(c.at)?.at ?? row.at;
        const requires = describeCond(c.require, rowLabel);
        const where = { item: byId.get(c.at)?.label ?? c.at, person: named };
        located.push(reason ? problem('reason-required', { case: 'check', row: named, check: c.message, requires, ...(none !== undefined ? { written: none } : {}) }, at, where) : problem('record-check', { row: named, check: c.message, requires }, at, where));
      }
    }
    if (located.length === 0) {
      const twice = repeated(row, values);
      if (twice) located.push(twice);
    }
    const status = located.length ? 'error' : 'ok';
    for (const x of unread ?? []) {
      const named = rowName();
      const accepts = x.col.month ? ({ type: 'month' } as const) : acceptsOf(inputs.get(x.col.id)!);
      const p = problem(x.code, { row: named, item: x.col.label, accepts, value: x.actual, ...paramsOf(x) }, x.at, { item: x.col.label, person: named });
      // The row left out for an error of its own is not said to count. The team's own 得分 (derived.column) is compared
      // with kpi's, so it is not said to take part in nothing.
      const compared = (def.derived ?? []).find((d) => d.column === x.col.label);
      const role = compared ? `「${x.col.label}」只用来与按规则算出的${compared.label}对照,不参与统计` : `「${x.col.label}」不参与任何统计`;
      located.push(reframe(p, { aside: status === 'ok' ? `${role},这一${rowWord}照常计入` : role }, 'warning'));
    }
    for (const m of marks ?? []) {
      const named = rowName();
      located.push(problem('lone-mark', { row: named, item: m.col.label, value: m.value, ...(m.col.hint ? { hint: m.col.hint } : {}) }, m.at, { item: m.col.label, person: named }));
    }
    for (const m of aboveBest ?? []) {
      const named = rowName();
      located.push(problem('choice-above-best', { row: named, item: m.col.label, value: m.value, read: m.read }, m.at, { item: m.col.label, person: named }));
    }
    if (status === 'ok') located.push(...typedDifferences(row, values, derived, rowName));
    // A log with unique columns left blank on this row (§5's 合同编号 is optional) checks it as a log without them.
    if (status === 'ok' && (!def.records.unique?.length || def.records.unique.some((id) => !groupKey(values.get(id) ?? null, byId.get(id))))) {
      const same = identical(row, values) ?? namedAgain(row, values);
      if (same) located.push(same);
    }
    for (const [f, where] of namesSeen) {
      const v = values.get(f);
      const text = v === null || v === undefined ? '' : fieldText(v, byId.get(f)).trim();
      if (text && !where.has(text)) where.set(text, row.cells.get(f)?.at ?? row.at);
    }
    above = { sheet: row.at.sheet, row: row.row, pair: pairOf(values), reasoned: reasonGiven && status === 'ok' };
    if (status === 'ok') counts.ok++;
    else {
      counts.error++;
      for (const d of def.derived ?? []) derived[d.id] = null;
    }
    problems.push(...located);
    // A key cell that could not be read, or that names nothing the definition lists (「采购」 for 采购部: the row was
    // 王五's answer to 采购部, whose questionnaire was scored from the rest of his answers, reweighted).
    const known = (f: string) => values.has(f) && !unsure?.has(f);
    const unreadKey = (g: GroupingDef) => g.by.some((f) => byId.has(f) && !known(f));
    for (const g of rowGroupings) {
      // A row whose key cell could not be read belongs to no group (its problem says why). In error, it still stops the
      // groups it may belong to — those matching what of their key it has (a blank month: any month of its department;
      // §22 2026-03·采购部 was scored from the rest of a questionnaire) — in its own grouping or, matching none there, the
      // nearest one built from it (finish()). Only groupings scored from all their rows (`whole`): elsewhere a row in
      // error is one not counted.
      if (unreadKey(g)) {
        const chain = status === 'error' ? [g, ...outwardOf.get(g.id)!].filter((x) => x.whole) : [];
        if (chain.length) {
          const fields = [...new Set(chain.flatMap((x) => x.by))].filter((f) => !byId.has(f) || known(f));
          const key = Object.fromEntries(fields.map((f) => [f, groupKey(scope.get(f), byId.get(f))]));
          orphanErrors.push({ chain: chain.map((x) => x.id), key });
        }
        continue;
      }
      const keyAt = g.by.length ? row.cells.get(g.by[0]!)?.at : row.at;
      const s = groupOf(g, (f) => groupKey(scope.get(f), byId.get(f)), keyAt ?? row.at);
      if (status === 'error') {
        s.errorRows++;
        continue;
      }
      s.rows++;
      for (const acc of s.accs.values()) acc.add(scope, (f) => row.cells.get(f)?.at ?? row.at);
    }
    return {
      row: row.row,
      at: row.at,
      status,
      values,
      derived,
      get label() {
        return rowName();
      },
      problems: located,
    };
  }

  /**
   * A row set aside by its remark (§23 原因 「作废」 beside the answer its correction below replaces) took its group's
   * 部门月度得分 92 with it: 仓储部 较好 with no 部门月度得分 nor 扣分后得分, for 92 − 0.56 = 91.44. Its answer is not
   * counted; the figures typed once per group (agg 'same') are given to the group its key names, if the group's other rows
   * make one (finish), as though typed on them.
   */
  function carry(row: RecordRow): void {
    const values = new Map<string, FieldValue>();
    for (const col of columns) {
      const parsed = parseField(col, inputs.get(col.id)!, row.cells.get(col.id)?.raw, keyColumns.has(col.id));
      if (parsed.ok) values.set(col.id, parsed.value);
    }
    const scope: Scope = { get: (f) => values.get(f) ?? null, label: rowLabel };
    for (const g of rowGroupings) {
      if (!g.figures.some((f) => f.agg === 'same') || g.by.some((f) => byId.has(f) && !values.has(f))) continue;
      const { id } = groupKeyOf(g, (f) => groupKey(scope.get(f), byId.get(f)));
      carried.push({ grouping: g.id, id, scope, at: (f) => row.cells.get(f)?.at ?? row.at });
    }
  }

  /**
   * A record whose unique columns repeat an earlier row's, as read (2026年3月 is 2026-03): §5's order entered twice
   * would be counted twice; §22's indicator answered twice in one questionnaire, which answer is meant is not for kpi
   * to guess. An error at its last key cell: the row is left out, and a grouping that needs all its rows is not scored.
   */
  function repeated(row: RecordRow, values: Map<string, FieldValue>): Problem | null {
    const ids = def.records.unique ?? [];
    const texts = ids.map((id) => groupKey(values.get(id) ?? null, byId.get(id)).toLowerCase());
    if (!ids.length || texts.some((t) => !t)) return null;
    const key = texts.join('\u0000');
    const at = row.cells.get(ids[ids.length - 1]!)?.at ?? row.at;
    const first = seenKeys.get(key);
    if (first === undefined) {
      seenKeys.set(key, at.cell ? `${at.sheet}!${at.cell}` : `第 ${row.row} 行`);
      return null;
    }
    const labels = ids.map((id) => byId.get(id)?.label ?? id);
    const shownValues = ids.map((id) => groupKey(values.get(id) ?? null, byId.get(id)));
    return problem('duplicate-record', { key: labels.join('+'), value: shownValues.join('+'), firstAt: first, records: def.records.label }, at, { person: nameRow(row, values) });
  }

  /**
   * A row the same as an earlier one in every column, where the log has no column that must be unique (§3, §21, §23)
   * or leaves it blank (§5 without 合同编号):
   * an export's pages overlapping, a row pasted twice. Two customers may answer alike, so both are counted — but said
   * (a 不满意 pasted twice made 较好 a 较差, 89.44 a 88.89, without a word).
   */
  function identical(row: RecordRow, values: Map<string, FieldValue>): Problem | null {
    // Not the row's own number (序号): a row pasted twice and renumbered is the same row (counted twice at exit 0).
    const texts = def.records.columns.filter((c) => !ROW_NUMBER.test(c.label)).map((c) => groupKey(values.get(c.id) ?? null, c).toLowerCase());
    if (texts.filter(Boolean).length < 2) return null;
    const key = texts.join('\u0000');
    const seen = seenRows.get(key);
    if (seen === undefined) {
      seenRows.set(key, { first: `第 ${row.row} 行`, rows: [] });
      return null;
    }
    // One warning for all the rows like one (35 「匿名」 answers alike were 34 warnings): the rows listed in it.
    seen.rows.push(row.row);
    if (seen.said) {
      Object.assign(seen.said, amend(seen.said, { rows: seen.rows.slice(0, 10), count: seen.rows.length }));
      return null;
    }
    // At the row's first cell: the row is marked in the graded workbook, and --json gives a cell to go to.
    const at = def.records.columns.map((c) => row.cells.get(c.id)?.at).find((a) => a?.cell) ?? row.at;
    seen.said = problem('duplicate-record', { case: 'identical', firstAt: seen.first, records: def.records.label, rows: [row.row], count: 1 }, at, { severity: 'warning', person: nameRow(row, values) });
    return seen.said;
  }

  /**
   * The same customer again with other answers (§3 李女士 on a second row, its 备注 「更正:客户重新打分」): both counted
   * without a word. Said at the second row (two customers of one name may answer, so both stay counted). Only where the
   * definition names who a record is (records.identity), and not for anonymous answers.
   */
  function namedAgain(row: RecordRow, values: Map<string, FieldValue>): Problem | null {
    const ids = def.records.identity ?? [];
    if (!ids.length) return null;
    const texts = ids.map((id) => groupKey(values.get(id) ?? null, byId.get(id)).toLowerCase());
    if (texts.some((t) => !t || ANONYMOUS.test(t))) return null;
    const key = texts.join('\u0000');
    const first = seenNames.get(key);
    if (first === undefined) {
      seenNames.set(key, `第 ${row.row} 行`);
      return null;
    }
    const at = ids.map((id) => row.cells.get(id)?.at).find((a) => a?.cell) ?? row.at;
    // Not the name itself: a customer's name is masked on the console (the row's label says who, masked).
    const labels = ids.map((id) => byId.get(id)?.label ?? id);
    return problem('duplicate-record', { case: 'named', key: labels.join('+'), firstAt: first, records: def.records.label }, at, { severity: 'warning', person: nameRow(row, values) });
  }

  /** A score the user typed in the form's own column (§5 得分) that differs from kpi's: kept in the input, said as a warning. */
  function typedDifferences(row: RecordRow, values: Map<string, FieldValue>, derived: Record<string, number | null>, rowName: () => string): Problem[] {
    const out: Problem[] = [];
    for (const d of def.derived ?? []) {
      if (!d.column) continue;
      const col = columns.find((c) => c.label === d.column);
      // The log's own column, or one the reader found under that heading (typed in, not a column of the log).
      const beside = col ? undefined : row.typed?.get(d.id);
      const typed = col ? values.get(col.id) : beside ? typedNumber(beside.raw) : undefined;
      const computed = derived[d.id];
      if (typeof typed !== 'number' || computed === null || computed === undefined || roundTo(typed, 4) === roundTo(computed, 4)) continue;
      const named = rowName();
      const at = (col ? row.cells.get(col.id)?.at : beside?.at) ?? row.at;
      out.push(problem('override', { case: 'record', column: d.column, typed, computed, rule: d.label }, at, { item: d.column, person: named }));
    }
    return out;
  }

  function finishGroup(g: GroupingDef, s: GroupState, inner?: GroupingDef): GroupResult {
    const label = labeller(def, g, inner);
    const figures: Record<string, FigureValue> = {};
    const explanation: Record<string, string> = {};
    const groupProblems: Problem[] = [];
    const name = `${g.label}「${s.keyText}」`;
    const fail = (f: FigureDef, why: string) => {
      groupProblems.push(problem('zero-denominator', { case: 'figure', item: f.label, group: name, why }, s.at ?? {}, { item: f.label, person: s.keyText }));
    };
    const scope: Scope = {
      get: (f) => {
        const v = figures[f];
        if (typeof v === 'number' || typeof v === 'string') return v;
        if (f in s.key) return s.key[f]!;
        return null;
      },
      label,
    };
    // Every row of the group in error (师傅F's one order): withheld as a whole group is, not 「没有订单」 six times.
    if ((g.whole && s.errorRows > 0) || (s.rows === 0 && s.errorRows > 0)) return withheldGroup(g, s);
    let raters: Array<{ f: FigureDef; one: number; named: RaterNamed }> | undefined;
    for (const f of g.figures) {
      let value: FigureValue;
      let text: string;
      if (f.agg === 'calc') {
        try {
          value = f.of === undefined ? null : evalExpr(f.of, scope, tables);
        } catch (err) {
          if (!(err instanceof LookupMissing)) throw err;
          fail(f, err.message);
          value = null;
        }
        text = f.of === undefined ? '' : withValues(f.of, scope, label, tables);
        if (value === null && !f.optional && !groupProblems.some((p) => p.item === f.label)) fail(f, '所需的数没有算出(分母为 0 或缺少数据)');
      } else if (f.agg === 'choose') {
        const hit = (f.cases ?? []).find((c) => evalCond(c.when, scope));
        value = hit ? hit.value : (f.otherwise ?? null);
        text = hit ? `${describeCond(hit.when, (x) => `${label(x)} ${shown(scope.get(x))}`)} → ${hit.value}` : `其他情况 → ${f.otherwise ?? '—'}`;
      } else {
        const r = s.accs.get(f.id)!.result();
        value = r.value;
        text = r.explanation;
        if (r.empty && !f.optional) fail(f, r.empty);
        if (r.raters && typeof r.value === 'number') (raters ??= []).push({ f, one: r.value, named: r.raters });
        if (r.conflict) groupProblems.push(problem('figure-conflict', { group: name, item: f.label, values: r.conflict.values, rows: def.records.label }, r.conflict.at ?? s.at ?? {}, { item: f.label, person: s.keyText }));
      }
      if (typeof value === 'number') {
        let v = value;
        if (f.times !== undefined && f.times !== 1) {
          v = value * f.times;
          text += ` = ${formatScore(value)} × ${formatScore(f.times)}`;
        }
        if (f.digits !== undefined) v = roundTo(v, f.digits);
        // Without binary noise, as the engine gives every score (89.995, not 89.99499999999999 in --json and the cell).
        value = tidy(v);
        if (f.agg !== 'count' && f.agg !== 'distinct' && f.agg !== 'choose') text += ` = ${formatScore(v)}${f.format === 'percent' ? '%' : ''}`;
      }
      figures[f.id] = value;
      explanation[f.id] = text;
    }
    for (const x of raters ?? []) groupProblems.push(...raterProblems(g, s, name, figures, x));
    let band: string | null = null;
    let bandData: Record<string, number> | undefined;
    if (g.band) {
      const scale = namedScale(def, g.band.scale)!;
      const v = figures[g.band.figure];
      if (typeof v === 'number') {
        const graded = applyScale(scale, v, [], false);
        band = graded.label;
        if (graded.data) bandData = graded.data;
        // Banded on the figure to 2 places, as the sheet shows it: said where that decides (「89.995(按 90.00 定级)」), as a
        // person's total is, not hidden behind a rounded 「90 → 甲」 beside the cell's 89.995.
        const on = roundTo(v, 2);
        const decided = !scale.byCounts && bandOf(scale.bands, v, scale.inclusive) !== bandOf(scale.bands, on, scale.inclusive);
        explanation.band = `${label(g.band.figure)} ${decided ? `${formatScore(v)}(按 ${on.toFixed(2)} 定级)→` : `${formatScore(on)} →`} ${band ?? '—'}`;
      } else explanation.band = `${label(g.band.figure)} 无法计算,不定等级`;
    }
    if (!groupProblems.length) groupProblems.push(...groupChecks(g, scope, name, s));
    const status = groupProblems.some((p) => p.severity === 'error') ? 'error' : 'scored';
    if (status === 'error') {
      band = null;
      bandData = undefined;
      if (g.band) explanation.band = '有错误,不定等级';
    }
    problems.push(...groupProblems);
    const out = groupResult(g, s, { figures, band, status, explanation, problems: groupProblems });
    if (bandData) out.bandData = bandData;
    return out;
  }

  /**
   * Names one once their raters' names are dropped (「3号车间(张主任)」, 「3号车间(李班长)」): counted as one, said at the
   * second. Answering two ways where one or two of them moves the figures (§23 采购部 差 ÷ 0.9 = 2.22 or ÷ 1.1 = 1.82),
   * which is meant is not for kpi to guess: an error.
   */
  function raterProblems(g: GroupingDef, s: GroupState, name: string, figures: Record<string, FigureValue>, x: { f: FigureDef; one: number; named: RaterNamed }): Problem[] {
    const field = (x.f as { field?: string }).field ?? '';
    const changes = figuresWith(g, s, figures, x.f.id, x.named.apart);
    return x.named.sets.map((set) => {
      const differ = set.some((n) => n.answers.join('/') !== set[0]!.answers.join('/'));
      const wrong = differ && changes.length > 0;
      const params = {
        group: name,
        field: byId.get(field)?.label ?? field,
        names: set.map((n) => ({ name: n.name, at: n.at.cell ? `${n.at.sheet}!${n.at.cell}` : (n.at.sheet ?? '') })),
        figure: x.f.label,
        one: x.one,
        apart: x.named.apart,
        ...(wrong ? { answers: set.map((n) => n.answers.join('、')), changes } : {}),
      };
      return problem('names-raters', params, set[set.length - 1]!.at, { person: s.keyText, item: x.f.label, severity: wrong ? 'error' : 'warning' });
    });
  }

  /** The calculated figures after `id` again with `value` for it: those that differ, as 「系数 0.9 / 1.1」. */
  function figuresWith(g: GroupingDef, s: GroupState, figures: Record<string, FigureValue>, id: string, value: number): string[] {
    const again: Record<string, FigureValue> = { ...figures, [id]: value };
    const scope: Scope = {
      get: (f) => {
        const v = again[f];
        return typeof v === 'number' || typeof v === 'string' ? v : f in s.key ? s.key[f]! : null;
      },
      label: (f) => f,
    };
    const out: string[] = [];
    for (const f of g.figures.slice(g.figures.findIndex((y) => y.id === id) + 1)) {
      if (f.agg !== 'calc' && f.agg !== 'choose') continue;
      let v: FigureValue = null;
      try {
        v = f.agg === 'choose' ? ((f.cases ?? []).find((c) => evalCond(c.when, scope))?.value ?? f.otherwise ?? null) : f.of === undefined ? null : evalExpr(f.of, scope, tables);
      } catch (err) {
        if (!(err instanceof LookupMissing)) throw err;
      }
      if (typeof v === 'number') v = tidy(f.digits !== undefined ? roundTo(v * (f.times ?? 1), f.digits) : v * (f.times ?? 1));
      again[f.id] = v;
      if (v !== figures[f.id]) out.push(`${f.label} ${shown(figures[f.id] as FieldValue)} / ${shown(v as FieldValue)}`);
    }
    return out;
  }

  /** The grouping's own checks of a computed group (GroupingDef.checks), said with the figures they were about. */
  function groupChecks(g: GroupingDef, scope: Scope, name: string, s: GroupState): Problem[] {
    const out: Problem[] = [];
    for (const c of g.checks ?? []) {
      if ((c.when && !evalCond(c.when, scope)) || evalCond(c.require, scope)) continue;
      const detail = [...new Set(condFields(c.require))].map((x) => `${scope.label(x)} ${shown(scope.get(x))}`).join(',');
      out.push(problem('group-check', { group: name, message: c.message, detail }, s.at ?? {}, { person: s.keyText, severity: c.severity ?? 'error' }));
    }
    return out;
  }

  /** A `whole` group with rows in error, or any group all of whose rows are: no figures, no band, until they are corrected. */
  function withheldGroup(g: GroupingDef, s: GroupState): GroupResult {
    const what = g.from ? (def.groupings.find((x) => x.id === g.from)?.label ?? g.from) : def.records.label;
    // Rows are 条 (答案, 订单); the groups a grouping is made from are 个 (职能部门, 部门评分).
    const unit = g.from ? '个' : '条';
    const all = s.rows === 0 ? (s.errorRows === 1 ? `唯一的 1 ${unit}` : `全部 ${s.errorRows} ${unit}`) : `有 ${s.errorRows} ${unit}`;
    const explanation = { band: `${all}${what}有错误,本组不计算、不定等级(改正后重新评分)` };
    return groupResult(g, s, { figures: {}, band: null, status: 'error', explanation, problems: [] });
  }

  function groupResult(g: GroupingDef, s: GroupState, outcome: Pick<GroupResult, 'figures' | 'band' | 'status' | 'explanation' | 'problems'>): GroupResult {
    const out: GroupResult = { grouping: g.id, groupingLabel: g.label, key: s.key, keyText: s.keyText, rows: s.rows, errorRows: s.errorRows, ...outcome };
    if (s.at) out.at = s.at;
    return out;
  }

  function finish(): RecordFormResult {
    problems.push(...alikeNameProblems());
    for (const c of carried) {
      const g = rowGroupings.find((x) => x.id === c.grouping)!;
      const s = states.get(g.id)!.get(c.id);
      if (s) for (const f of g.figures) if (f.agg === 'same') s.accs.get(f.id)!.add(c.scope, c.at);
    }
    const done = new Map<string, GroupingResult>();
    const pending = [...def.groupings];
    // Dependency order: a grouping `from` another waits for it (cycles are refused when the definition loads).
    while (pending.length) {
      const i = pending.findIndex((g) => !g.from || done.has(g.from));
      if (i < 0) break;
      const g = pending.splice(i, 1)[0]!;
      const inner = g.from ? def.groupings.find((x) => x.id === g.from) : undefined;
      if (g.from) feedFromInner(g, done.get(g.from)!, inner!);
      // Rows in error of no group (above): the groups here they may belong to; matching none, the next grouping out. No
      // group is made up for them.
      for (const o of orphanErrors) {
        if (o.chain[0] !== g.id) continue;
        o.chain.shift();
        const matching = [...states.get(g.id)!.values()].filter((s) => g.by.every((f) => !(f in o.key) || nameKey(s.key[f]!) === nameKey(o.key[f] || NO_KEY)));
        if (matching.length) {
          for (const s of matching) s.errorRows++;
          o.chain.length = 0;
        }
      }
      const groups = [...states.get(g.id)!.values()].map((s) => finishGroup(g, s, inner));
      const result: GroupingResult = { id: g.id, label: g.label, hidden: g.hidden ?? false, groups };
      if (g.band) {
        const counts = emptyBandCounts(namedScale(def, g.band.scale)!);
        for (const x of groups) if (x.band !== null) counts[x.band] = (counts[x.band] ?? 0) + 1;
        result.bands = counts;
      }
      done.set(g.id, result);
    }
    return { groupings: def.groupings.map((g) => done.get(g.id)!), rows: { ...counts }, problems };
  }

  /** Each text column that groups the rows or is counted by its distinct names, its names written two ways: one warning a set. */
  function alikeNameProblems(): Problem[] {
    const out: Problem[] = [];
    for (const [f, where] of namesSeen) {
      // A name counted by its distinct names only, written with raters' names: said in its group (raterProblems).
      const counted = !def.groupings.some((g) => g.by.includes(f));
      for (const names of alikeNames(where.keys())) {
        const apart = counted ? countedApart(names, (written) => out.push(problem('names-numbered', { field: byId.get(f)!.label, names: written, records: rowWord }, where.get(written[1]!) ?? {}))) : names;
        if (apart.length > 1) out.push(problem('names-alike', { field: byId.get(f)!.label, names: apart, records: rowWord }, where.get(apart[1]!) ?? {}, { severity: 'warning' }));
      }
    }
    return out;
  }

  /**
   * Names counted by their distinct names as the count keys them (accumulate.ts): one per workshop counted, the first
   * written. Those one only by their number (「1号车间」, 「一号车间」) are told to `numbered`, each set once.
   */
  function countedApart(names: string[], numbered: (written: string[]) => void): string[] {
    const counted = new Map<string, Map<string, string>>();
    for (const n of names) {
      const bare = matchKey(raterNote(n)?.name ?? n);
      const spellings = counted.get(numberedKey(bare)) ?? new Map<string, string>();
      if (!spellings.has(bare)) spellings.set(bare, n);
      counted.set(numberedKey(bare), spellings);
    }
    for (const spellings of counted.values()) if (spellings.size > 1) numbered([...spellings.values()]);
    return [...counted.values()].map((s) => s.values().next().value!);
  }

  /** The inner grouping's groups are the rows of `g`; inner groups that could not be computed are left out. */
  function feedFromInner(g: GroupingDef, inner: GroupingResult, innerDef: GroupingDef): void {
    for (const r of inner.groups) {
      const scope: Scope = {
        get: (f) => {
          if (f in r.key) return r.key[f]!;
          const v = r.figures[f];
          return typeof v === 'number' || typeof v === 'string' ? v : null;
        },
        label: labeller(def, g, innerDef),
      };
      const s = groupOf(g, (f) => String(scope.get(f) ?? ''), r.at);
      if (r.status === 'error') {
        s.errorRows++;
        continue;
      }
      s.rows++;
      for (const acc of s.accs.values()) acc.add(scope, () => r.at ?? {});
    }
  }

  return { add, carry, finish };
}

/** All rows at once (tests, small files): the same as feeding them one by one. */
export function scoreRecords(def: RecordFormDef, rows: Iterable<RecordRow>): { rows: RowResult[]; result: RecordFormResult } {
  const run = startRecordRun(def);
  const out: RowResult[] = [];
  for (const r of rows) out.push(run.add(r));
  return { rows: out, result: run.finish() };
}

/** A number the team typed beside the log (999, 「240分」); null for a text or a formula without its result. */
function typedNumber(raw: RawValue): number | null {
  if (raw.kind === 'number') return raw.value;
  if (raw.kind !== 'text') return null;
  const n = parseNumberText(raw.value, '分');
  return n && !n.percent && Number.isFinite(n.value) ? n.value : null;
}

function firstLookupField(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  if ('lookup' in e) return (e as unknown as { by: string[] }).by[0];
  for (const v of Object.values(e)) {
    const hit = Array.isArray(v) ? v.map(firstLookupField).find(Boolean) : firstLookupField(v);
    if (hit) return hit;
  }
  return undefined;
}

function condFields(c: Cond): string[] {
  if ('all' in c) return c.all.flatMap(condFields);
  if ('any' in c) return c.any.flatMap(condFields);
  if ('not' in c) return condFields(c.not);
  return [c.field];
}

function shown(v: FieldValue): string {
  return typeof v === 'number' ? formatScore(v) : fieldText(v);
}

/** A calc formula with each field's value beside its name: 「初始得分(845) × 查表…」. */
function withValues(e: Expr, scope: Scope, label: (f: string) => string, tables: Tables): string {
  return describeExpr(e, (f) => `${label(f)}(${shown(scope.get(f))})`, tables, scope);
}

/** The symbol font a refused tick was drawn in (unknown-symbol), for its message. */
/** What a value's problem says besides the value: the symbol font, the Excel time a number may be, a 「1:30」's readings. */
type Detail = { font?: string; time?: TimeValue; clock?: ClockReading; pointed?: PointsClash };
function detailOf(x: Detail): Detail {
  return { ...(x.font !== undefined ? { font: x.font } : {}), ...(x.time ? { time: x.time } : {}), ...(x.clock ? { clock: x.clock } : {}), ...(x.pointed ? { pointed: x.pointed } : {}) };
}
/** The detail as the problem's fields. */
function paramsOf(x: Detail): { font?: string } & Partial<TimeValue> & Partial<ClockReading> & Partial<PointsClash> {
  return { ...(x.font !== undefined ? { font: x.font } : {}), ...x.time, ...x.clock, ...x.pointed };
}
