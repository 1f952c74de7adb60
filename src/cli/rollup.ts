import path from 'node:path';
import type { PeriodKind } from '../engine/period.js';
import { periodLabel } from '../engine/period.js';
import { round2, tidy } from '../model/round.js';
import type { RollupPerson, RollupResult } from '../engine/rollup.js';
import { rollupFiles, type RollupReport } from '../io/rollup/index.js';
import { fileLabels } from '../io/formats/names.js';
import { problemJson } from './json.js';
import { MESSAGES, type Messages } from './messages.js';
import { EXIT, tableStyle, UsageError, type Output } from './output.js';
import { checkXlsxOutput } from './outputPath.js';
import { renderProblems } from './renderProblems.js';
import { parseLimits } from './limits.js';
import { CONSOLE_ENDS, CONSOLE_PEOPLE_LIMIT } from './renderScore.js';
import { renderTable } from './table.js';

export interface RollupFlags {
  period?: PeriodKind;
  form?: string;
  month?: string[];
  output?: string;
  force?: boolean;
  json?: boolean;
  dryRun?: boolean;
  includeHidden?: boolean;
  /** Bytes (parsed by options.ts). */
  maxSize?: number;
  all?: boolean;
  limit?: string[];
}

export async function rollupCommand(o: Output, inputs: string[], flags: RollupFlags, t: Messages = MESSAGES.zh): Promise<number> {
  checkXlsxOutput(flags.output, t);
  const months = monthFlags(flags.month ?? [], inputs, t);
  const limits = parseLimits(flags.limit, t);
  const outcome = await rollupFiles(inputs, {
    period: flags.period,
    form: flags.form,
    months,
    output: flags.dryRun ? null : flags.output,
    force: flags.force,
    maxSize: flags.maxSize,
    limits,
    includeHidden: flags.includeHidden,
  });
  if (!outcome.ok) {
    if (flags.json) o.out(JSON.stringify({ error: problemJson(outcome.failures[0]!), errors: outcome.failures.map(problemJson) }, null, 2));
    for (const f of outcome.failures) o.err(`kpi: ${f.message}`);
    return EXIT.cannotRun;
  }
  const report = outcome.report;
  if (flags.json) o.out(rollupJsonText(report));
  else renderRollup(o, report, flags.all ?? false);
  return report.problems.some((p) => p.severity === 'error') ? EXIT.problems : EXIT.ok;
}

/** `--month march.xlsx=2026-03` (repeatable); a bare `--month 2026-03` when one file is given. */
function monthFlags(values: string[], inputs: string[], t: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const shown = new Map<string, string>();
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    if (eq < 0 && inputs.length !== 1) throw new UsageError(t.monthNeedsFile(v));
    const file = eq < 0 ? inputs[0]! : v.slice(0, eq);
    const key = eq < 0 || file.includes('/') || file.includes('\\') ? path.resolve(file) : file;
    const month = eq < 0 ? v : v.slice(eq + 1);
    // Two months for one file: the last one won without a word.
    if (out.has(key) && out.get(key) !== month) throw new UsageError(t.monthTwice(shown.get(key)!, v));
    out.set(key, month);
    shown.set(key, v);
  }
  return out;
}

/** The --json text: means of months and of item losses without binary noise (1.1500000000000001 is 1.15), as score's. */
export function rollupJsonText(r: RollupReport): string {
  return JSON.stringify(rollupJson(r), (_, v: unknown) => (typeof v === 'number' ? tidy(v) : v), 2);
}

/** The --json document: full precision; `total` is the period figure (mean of the months present + adjustments). */
export function rollupJson(r: RollupReport) {
  const x = r.result;
  return {
    form: r.form.id,
    formVersion: r.form.version,
    period: x.period,
    months: x.months,
    absentMonths: x.absentMonths,
    files: r.files,
    output: r.output,
    people: x.people.map((p) => ({
      id: p.id,
      name: p.name,
      department: p.department,
      months: Object.fromEntries(x.months.map((m) => {
        const v = p.months[m];
        return [m, v ? { total: v.total, total100: v.total100, band: v.band, change: v.change } : null];
      })),
      mean: p.mean,
      total: p.total,
      total100: p.total100,
      band: p.band,
      change: p.change,
      bandMonths: p.bandMonths,
      missing: p.missing,
      unscored: p.unscored,
      adjustments: p.adjustments,
    })),
    departments: x.departments.map((d) => ({
      name: d.name,
      people: d.people,
      mean: d.mean,
      median: d.median,
      bands: d.bands,
      months: d.months,
      change: d.change,
      moversUp: d.moversUp,
      moversDown: d.moversDown,
      itemsLost: d.itemsLost,
    })),
    bands: x.bands,
    ...(r.distribution ? { distribution: r.distribution } : {}),
    problems: r.problems.map(problemJson),
  };
}

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '—' : round2(x).toFixed(2));
const signed = (x: number | null) => (x === null ? '—' : `${round2(x) > 0 ? '+' : ''}${round2(x).toFixed(2)}`);
const BARS = '▁▂▃▄▅▆▇█';

/** ▁▃▅▇ over the months (· where the person has no score), on one scale for everyone so trends compare. */
export function sparkline(values: readonly (number | null)[], lo: number, hi: number): string {
  return values
    .map((v) => {
      if (v === null) return '·';
      const k = hi > lo ? Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1)) : BARS.length - 1;
      return BARS[Math.min(BARS.length - 1, Math.max(0, k))]!;
    })
    .join('');
}

export function renderRollup(o: Output, r: RollupReport, all: boolean): void {
  const x = r.result;
  o.out(o.color.bold(`${r.form.title}`) + o.color.gray(`(${r.form.id} ${r.form.version})`) + ` ${periodLabel(x.period)}汇总`);
  // (客服部/王芳-2026-01.xlsx + 售后组/王芳-2026-01.xlsx where the bare names are alike.)
  const label = fileLabels(r.files.flatMap((f) => f.copies ?? f.parts ?? [f.file]));
  const shownFile = (f: RollupReport['files'][number]) =>
    f.copies ? `${f.copies.map((c) => label(c)).join(' + ')}(${f.copies.length} 份评分人表合并)`
    // (One file a person: fifty reps' files are not listed on the line; the workbook's 「来源」 and --json list them.)
    : f.parts ? `${f.parts.length > 3 ? `${label(f.parts[0]!)} 等` : f.parts.map((c) => label(c)).join(' + ')}(${f.parts.length} 个文件人员各不相同,合为这个月)`
    : label(f.file);
  o.out(`月份:${x.months.map((m) => `${m} ${shownFile(r.files.find((f) => f.month === m)!)}`).join(';')}`);
  if (r.output) o.out(`输出:${r.output}`);
  const all100 = x.people.flatMap((p) => x.months.map((m) => p.months[m]?.total).filter((v): v is number => v !== undefined));
  const lo = Math.min(...all100);
  const hi = Math.max(...all100);
  const ranked = [...x.people].sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity) || a.name.localeCompare(b.name, 'zh'));
  // A form that scores 管理处 or 团队 names its column so; a 部门 column only where some department is filled in.
  const subject = r.form.subject?.kind && r.form.subject.kind !== 'person' ? r.form.subject.label : null;
  const withDepartment = x.people.some((p) => p.department);
  const table = (people: RollupPerson[]) => peopleTable(o, x, people, lo, hi, subject ?? '姓名', withDepartment);
  if (!all && x.people.length > CONSOLE_PEOPLE_LIMIT) {
    const scored = ranked.filter((p) => p.total !== null);
    const top = scored.slice(0, CONSOLE_ENDS);
    const bottom = scored.length > CONSOLE_ENDS ? scored.slice(Math.max(CONSOLE_ENDS, scored.length - CONSOLE_ENDS)) : [];
    const where = r.output ? `完整名单见 ${r.output} 的「汇总」表` : '完整名单请去掉 --dry-run 写出工作簿或用 --json';
    o.out(`共 ${x.people.length} 人,超过 ${CONSOLE_PEOPLE_LIMIT} 人,只显示期间得分最高和最低各 ${CONSOLE_ENDS} 名;${where};加 --all 显示全部`);
    o.out(o.color.bold(`最高 ${top.length} 名:`));
    o.out(table(top));
    if (bottom.length) {
      o.out(o.color.bold(`最低 ${bottom.length} 名:`));
      o.out(table(bottom));
    }
    const flagged = x.people.filter((p) => p.missing.length || p.unscored.length).length;
    if (flagged) o.out(o.color.yellow(`缺月份的人:${flagged} 人(见「汇总」表的「缺少的月份」列)`));
  } else {
    o.out(table(ranked));
  }
  const notScored = x.people.filter((p) => p.total === null).length;
  o.out(`等级分布:${Object.entries(x.bands).map(([b, n]) => `${b} ${n}`).join(' · ')}${notScored ? ` · 未评分 ${notScored}` : ''}`);
  if (withDepartment) {
    o.out('');
    o.out(renderTable(
      ['部门', subject ? '个数' : '人数', '平均', '中位数', ...x.months.map((m) => `${Number(m.slice(5))}月平均`), '环比'],
      x.departments.map((d) => [d.name || '(未填部门)', String(d.people), fmt(d.mean), fmt(d.median), ...x.months.map((m) => fmt(d.months[m])), signed(d.change)]),
      tableStyle(o),
    ));
  }
  renderProblems(o, r.problems, r.output !== null);
}

function peopleTable(o: Output, x: RollupResult, people: RollupPerson[], lo: number, hi: number, heading: string, withDepartment: boolean): string {
  const monthsOf = (ms: string[]) => ms.map((m) => Number(m.slice(5))).join('、');
  // Two people of one name (王芳 of 客服一部 and of 客服二部) are told apart by their 工号, as kpi score shows them.
  const named = new Map<string, number>();
  for (const p of x.people) named.set(p.name, (named.get(p.name) ?? 0) + 1);
  const shown = (p: RollupPerson) => (p.name && p.id && (named.get(p.name) ?? 0) > 1 ? `${p.name}(${p.id})` : p.name || p.id);
  const rows = people.map((p) => {
    const trend = sparkline(x.months.map((m) => p.months[m]?.total ?? null), lo, hi);
    // A month with no record, and a month whose record has errors: the second is there, to be corrected.
    const flag = [p.missing.length ? `缺 ${monthsOf(p.missing)}月` : '', p.unscored.length ? `${monthsOf(p.unscored)}月有错误` : ''].filter(Boolean).join(';');
    const plus = p.adjustments.reduce((a, j) => a + j.points, 0);
    return [
      shown(p), ...(withDepartment ? [p.department] : []),
      ...x.months.map((m) => fmt(p.months[m]?.total)),
      trend,
      fmt(p.total) + (plus ? `(含${plus > 0 ? '+' : ''}${plus})` : ''),
      p.band ?? o.color.red('未评分'),
      signed(p.change),
      flag ? o.color.yellow(flag) : '',
    ];
  });
  return renderTable(
    [heading, ...(withDepartment ? ['部门'] : []), ...x.months.map((m) => `${Number(m.slice(5))}月`), '趋势', '期间得分', '等级', '环比', '缺月/错误'],
    rows,
    // A column a month: six months and a year's quarters wrap their words to two characters a line to fit 80 columns.
    { ...tableStyle(o), minWidth: 4 },
  );
}
