import Table from 'cli-table3';
import type { PersonResult } from '../engine/result.js';
import { round2 } from '../engine/round.js';
import { summarizeTotals } from '../engine/stats.js';
import type { GradeReport } from '../io/outcome.js';
import type { Output } from './output.js';
import { renderProblems } from './renderProblems.js';

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '—' : round2(x).toFixed(2));

/** The console view of a graded file: a table of people, band counts, statistics, then the problems. */
export function renderScore(o: Output, r: GradeReport, verbose = false): void {
  o.out(o.color.bold(`${r.formTitle}`) + o.color.gray(`(${r.form} ${r.formVersion})`));
  o.out(`输入:${r.input}`);
  if (r.output) o.out(`输出:${r.output}`);
  if (r.encoding) o.out(o.color.gray(`编码:${r.encoding}${r.delimiter ? `,分隔符:${JSON.stringify(r.delimiter)}` : ''}`));
  const partLabels = r.people[0] && r.people[0].parts.length > 1 ? r.people[0].parts.map((p) => p.label) : [];
  const extra = extraColumns(r.people);
  const table = new Table({
    head: ['姓名', '部门', ...partLabels, '总分', '等级', ...extra.map((c) => c.head)],
    style: { head: o.color.level > 0 ? ['cyan'] : [], border: o.color.level > 0 ? ['gray'] : [], compact: true },
  });
  for (const p of r.people) table.push([...row(o, p, partLabels.length > 0), ...extra.map((c) => c.cell(p))]);
  o.out(table.toString());
  const t = summarizeTotals(r.people);
  const bands = Object.entries(r.bands).map(([b, n]) => `${b} ${n}`);
  if (t.notScored) bands.push(o.color.red(`未评分 ${t.notScored}`));
  o.out(`等级分布:${bands.join(' · ')}`);
  o.out(`平均 ${fmt(t.mean)} · 中位数 ${fmt(t.median)} · 最高 ${fmt(t.max)} · 最低 ${fmt(t.min)}(共 ${r.people.length} 人)`);
  if (verbose) renderExplanations(o, r);
  renderProblems(o, r.problems, r.output !== null);
}

/** --verbose: every item's score with its arithmetic, person by person. */
function renderExplanations(o: Output, r: GradeReport): void {
  for (const p of r.people) {
    o.out('');
    o.out(o.color.bold(`${p.name}${p.id ? `(${p.id})` : ''}`) + (p.status === 'scored' ? `:${p.explanation}` : o.color.red(':有错误,未评分')));
    for (const i of p.items) o.out(`  ${i.label} ${fmt(i.score)}/${i.max}  ${o.color.gray(i.explanation)}`);
  }
}

/** Columns only some forms have: band data (K), further grades (建议), pay (绩效奖金, 工资总额). */
export function extraColumns(people: readonly PersonResult[]): Array<{ head: string; cell: (p: PersonResult) => string }> {
  const cols: Array<{ head: string; cell: (p: PersonResult) => string }> = [];
  const dataKeys = [...new Set(people.flatMap((p) => Object.keys(p.bandData ?? {})))];
  for (const k of dataKeys) cols.push({ head: k, cell: (p) => (p.bandData?.[k] === undefined ? '—' : String(p.bandData[k])) });
  const gradeLabels = [...new Set(people.flatMap((p) => (p.grades ?? []).map((g) => g.label)))];
  for (const label of gradeLabels) {
    cols.push({
      head: label,
      cell: (p) => {
        const g = p.grades?.find((x) => x.label === label);
        if (!g) return '—';
        return g.typed !== undefined && g.computed !== g.value ? `${g.value}(应为${g.computed ?? '—'})` : (g.value ?? '—');
      },
    });
  }
  if (people.some((p) => p.pay)) {
    cols.push({ head: '绩效奖金', cell: (p) => (p.pay ? p.pay.bonus.toFixed(2) : '—') });
    cols.push({ head: '工资总额', cell: (p) => (p.pay?.gross != null ? p.pay.gross.toFixed(2) : '—') });
  }
  return cols;
}

function row(o: Output, p: PersonResult, withParts: boolean): string[] {
  const name = wrap(p.name || '(无姓名)', 12);
  const parts = withParts ? p.parts.map((x) => fmt(x.score)) : [];
  if (p.status !== 'scored') return [name, wrap(p.department, 12), ...parts, '—', o.color.red('未评分')];
  return [name, wrap(p.department, 12), ...parts, fmt(p.total), p.band ?? '—'];
}

// cli-table3 wraps only at spaces and miscounts CJK when it does: cut long text ourselves.
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const ch of text) {
    const cw = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
    if (w + cw > width * 2) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += ch;
    w += cw;
  }
  lines.push(line);
  return lines.join('\n');
}
