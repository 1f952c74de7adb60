// The rows of an adjustment (§8 其它 奖惩分 | 原因) typed more than once on a person's sheet: what two 奖惩分 rows say
// together, when kpi need not guess whether one is a copy of the other.
import type { InputDef, ItemDef } from '../model/definition.js';
import type { Location, RawValue } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { parseRaw } from '../engine/values.js';
import { applyRule, inputValues, type Report } from '../engine/rules/index.js';
import { saysNoReason } from '../engine/text.js';

/**
 * A row of the adjustment's points that says there is nothing to add — 0, 「0」, 「无」, 「-」, 「/」 (read as the empty
 * default, 0). Two such rows are no conflict: each says the same nothing (0 | 0, 无 | 无 were refused duplicate-entry, 张三
 * unscored for 77.00 一般, review 63).
 */
export function saysNoPoints(input: InputDef, raw: RawValue): boolean {
  const p = parseRaw(input, raw);
  return p.ok && (p.empty || p.value === 0);
}

/** A figure of the adjustment's points as the reader takes it (「-1分」, 「－１」, 「1分」, −1 from 「1分」 under 扣分), or null. */
export function pointsRead(input: InputDef, raw: RawValue): number | null {
  const p = parseRaw(input, raw);
  return p.ok && !p.empty && typeof p.value === 'number' ? p.value : null;
}

/** One filled row of an adjustment's points or reason, in one value column. */
export interface AdjustmentRow {
  side: 'points' | 'reason';
  row: number;
  key: string;
  raw: RawValue;
  at: Location;
}

export interface ReasonedPairs {
  points: { key: string; raw: RawValue; at: Location };
  reason: { key: string; raw: RawValue; at: Location };
  /** Each pair, as typed and read: 「-1」 (迟到两次). */
  lines: Array<{ value: string; points: number; reason: string }>;
  sum: number;
  /** The points input's label (奖惩分). */
  input: string;
}

/** A Report that makes nothing: the rule is only asked whether a line scores cleanly. */
const quiet: Report = () => ({}) as Problem;

/** The adjustment scored for these points and reason: clean when it is the points, without a word. */
function clean(item: ItemDef, points: number, reason: string, deducted: boolean): boolean {
  if (item.rule.kind !== 'adjustment') return false;
  const values = new Map<string, number | string>([[item.rule.input, points], [item.rule.reason, reason]]);
  const out = applyRule({ rule: item.rule, item, values: inputValues(item, values, undefined, undefined, undefined, deducted ? new Set([item.rule.input]) : undefined), report: quiet });
  return out.problems.length === 0 && out.score === points;
}

/**
 * Two or more (奖惩分, 原因) pairs, one under the other in one column — 「-1」 迟到两次, 「-1」 工作时间玩手机: each row of points
 * has its own reason, so each is an adjustment of its own and they add up (77 − 1 − 1 = 75; refused duplicate-entry, 张三
 * was unscored). Only where every points row is a non-zero figure directly followed (before the next points row) by one
 * reason row, the reasons all real and all different, and each line — and their sum beside the reasons joined — scores
 * cleanly by the rule (no sign the reason contradicts). Two rows sharing one reason, reasons alike, or none (a copy of one
 * line, maybe) are left refused. `rows`: the column's filled rows of the item, in sheet order.
 */
export function reasonedPairs(item: ItemDef, rows: readonly AdjustmentRow[], rowText: (raw: RawValue) => string): ReasonedPairs | undefined {
  const rule = item.rule;
  if (rule.kind !== 'adjustment') return undefined;
  const pointsInput = item.inputs.find((i) => i.id === rule.input);
  const reasonInput = item.inputs.find((i) => i.id === rule.reason);
  if (!pointsInput || !reasonInput) return undefined;
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  if (sorted.length < 4 || sorted.length % 2 !== 0) return undefined;
  const lines: ReasonedPairs['lines'] = [];
  let deducted = true;
  for (let i = 0; i < sorted.length; i += 2) {
    const [p, r] = [sorted[i]!, sorted[i + 1]!];
    if (p.side !== 'points' || r.side !== 'reason') return undefined;
    const points = pointsRead(pointsInput, p.raw);
    const said = parseRaw(reasonInput, r.raw);
    const reason = said.ok && !said.empty && typeof said.value === 'string' ? said.value.trim() : '';
    if (points === null || points === 0 || !reason || saysNoReason(reason)) return undefined;
    const isDeducted = p.raw.kind === 'number' && p.raw.deducted === true;
    if (!clean(item, points, reason, isDeducted)) return undefined;
    deducted &&= isDeducted;
    lines.push({ value: rowText(p.raw).trim(), points, reason });
  }
  // (Alike as a copy retyped is alike too: 「迟到两次」 and 「迟到2次。」 — summed 75 where a copy is 76, review 63 of 69df5fee.)
  const keys = lines.map((l) => reasonKey(l.reason));
  if (new Set(keys).size !== lines.length || keys.some((k, i) => keys.some((o, j) => i !== j && (k.includes(o) || o.includes(k))))) return undefined;
  const sum = Math.round(lines.reduce((s, l) => s + l.points, 0) * 1e9) / 1e9;
  const joined = lines.map((l) => l.reason).join(';');
  if (sum === 0 || !clean(item, sum, joined, deducted)) return undefined;
  const [p0, r0] = [sorted[0]!, sorted[1]!];
  return {
    points: { key: p0.key, raw: { kind: 'number', value: sum, ...(deducted ? { deducted: true } : {}) }, at: p0.at },
    reason: { key: r0.key, raw: { kind: 'text', value: joined }, at: r0.at },
    lines,
    sum,
    input: pointsInput.label,
  };
}

/** A reason as a copy retyped would still read: no spaces or punctuation, 两 / 二 … as digits, no 分 after a figure. */
function reasonKey(reason: string): string {
  const digits: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
  return reason.normalize('NFKC').replace(/[\s\p{P}]+/gu, '').replace(/[一二两三四五六七八九十](?=[次天个单件回])/g, (c) => digits[c]!).replace(/(?<=\d)分/g, '');
}
