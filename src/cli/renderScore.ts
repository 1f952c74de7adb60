import type { PersonResult } from '../model/result.js';
import { decimalsOf, round2 } from '../model/round.js';
import { rankingEnds, summarizeTotals, type TotalsSummary } from '../engine/stats.js';
import { bandDataHeading } from '../engine/scales.js';
import { displayWidth } from '../engine/text.js';
import type { GradeReport } from '../io/outcome.js';
import { tableStyle, type Output } from './output.js';
import { renderProblems } from './renderProblems.js';
import { renderTable, wrapText } from './table.js';
import { renderGroups as renderGroupsOf } from './renderGroups.js';

/** Past this many people the console shows statistics and the ends of the ranking, not everyone. */
export const CONSOLE_PEOPLE_LIMIT = 50;
/** How many of the best and of the lowest totals the short view shows. */
export const CONSOLE_ENDS = 10;

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '—' : round2(x).toFixed(2));

export interface RenderOptions {
  verbose?: boolean;
  /** Print every person even past CONSOLE_PEOPLE_LIMIT. */
  all?: boolean;
}

/** The console view of a graded file: people (all, or the ends of the ranking), band counts, statistics, problems. */
export function renderScore(o: Output, r: GradeReport, options: RenderOptions | boolean = {}): void {
  const { verbose = false, all = false } = typeof options === 'boolean' ? { verbose: options } : options;
  if (r.groups) return renderGroupsOf(o, r, { verbose, all });
  o.out(o.color.bold(`${r.formTitle}`) + o.color.gray(`(${r.form} ${r.formVersion})`));
  o.out(`输入:${r.inputs ? r.inputs.join('、') : r.input}`);
  if (r.output) o.out(`输出:${r.output}`);
  if (r.regraded) o.out(o.color.gray('输入是 kpi 评过分的文件:已去掉上次评分添加的内容,按现在的数据重新评分'));
  if (r.data) o.out(`导出数据:${r.data.file === r.input ? '' : `${r.data.file} `}「${r.data.sheet}」${r.data.rows} 行,按${r.data.keys.join('、')}对应`);
  if (r.encoding) o.out(o.color.gray(`编码:${r.encoding}${r.delimiter ? `,分隔符:${JSON.stringify(r.delimiter)}` : ''}`));
  // A digest (a large roster graded in a worker) holds the ends of the ranking and the statistics of all.
  const t = r.digest?.totals ?? summarizeTotals(r.people);
  const count = r.digest?.people ?? r.people.length;
  const short = r.digest !== undefined || (!all && count > CONSOLE_PEOPLE_LIMIT);
  let shown = r.people;
  if (short) {
    const ends = rankingEnds(r.people, CONSOLE_ENDS);
    const { top, bottom } = ends;
    const where = r.output ? `完整名单见 ${r.output} 的「汇总」表` : '完整名单请去掉 --dry-run 写出工作簿(「汇总」表)或用 --json';
    // Nobody scored (every row has an error): no lists to promise; the problems below say why.
    const lists = top.length ? `只显示最高和最低各 ${CONSOLE_ENDS} 名` : '没有人评了分(见下面的问题)';
    o.out(`共 ${count} 人,超过 ${CONSOLE_PEOPLE_LIMIT} 人,${lists};${where};加 --all 在终端显示全部`);
    // The two ends in one set of widths, with their ranks: stacked, their columns line up.
    const [topTable, bottomTable] = peopleTables(o, r, [top, bottom], true);
    // Ties the cut leaves out (a digest counted them where all the people were): said, or the 10th looks 10th alone.
    const tied = (n: number | undefined, p: PersonResult | undefined) =>
      n && p ? o.out(o.color.gray(`(另有 ${n} 人同为 ${fmt(p.total)} 分,名次 ${p.rank ?? '—'},未列出)`)) : undefined;
    if (top.length) {
      o.out(o.color.bold(`最高 ${top.length} 名:`));
      o.out(topTable!);
      tied(r.digest ? r.digest.topTied : ends.topTied, top.at(-1));
    }
    if (bottom.length) {
      o.out(o.color.bold(`最低 ${bottom.length} 名:`));
      o.out(bottomTable!);
      tied(r.digest ? r.digest.bottomTied : ends.bottomTied, bottom[0]);
    }
    shown = [...top, ...bottom];
  } else {
    o.out(peopleTables(o, r, [r.people], false)[0]!);
  }
  const bands = Object.entries(r.bands).map(([b, n]) => `${b} ${n}`);
  if (t.notScored) bands.push(o.color.red(`未评分 ${t.notScored}`));
  o.out(`等级分布:${bands.join(' · ')}`);
  o.out(statisticsLine(t, r.subject ? '个' : '人'));
  if (verbose) {
    if (short) o.out(o.color.gray(`(计算说明只列出上面显示的 ${shown.length} 人;加 --all 列出全部)`));
    renderExplanations(o, shown);
  }
  renderProblems(o, r.problems, r.output !== null, (r.inputs?.length ?? 0) > 1, r.problemsCut);
}

/** 「平均 … · 最低 …(已评分 6/7 人)」: the statistics cover only the people who were scored, and say so. */
export function statisticsLine(t: TotalsSummary, unit = '人'): string {
  return `${t.of100 ? '百分制 ' : ''}平均 ${fmt(t.mean)} · 中位数 ${fmt(t.median)} · 最高 ${fmt(t.max)} · 最低 ${fmt(t.min)}(已评分 ${t.scored}/${t.scored + t.notScored} ${unit})`;
}

/** Tables of `lists` of people in one layout and one set of widths (the ranking's two ends line up), `ranks` first. */
function peopleTables(o: Output, r: GradeReport, lists: PersonResult[][], ranks: boolean): string[] {
  const partLabels = r.people[0] && r.people[0].parts.length > 1 ? r.people[0].parts.map((p) => p.label) : [];
  const hasDepartment = !r.subject || r.people.some((p) => p.department);
  // A narrow terminal (60 columns) cannot hold five parts beside 总分 and 等级 even wrapped: the parts give way, then
  // 部门 (40 columns: probation's 转正建议 made every row wrap), said, as they are in the graded workbook's 汇总.
  const tries: Array<{ parts: boolean; department: boolean; left: string }> = [
    { parts: partLabels.length > 0, department: hasDepartment, left: '' },
    ...(partLabels.length ? [{ parts: false, department: hasDepartment, left: '各部分得分' }] : []),
    ...(hasDepartment ? [{ parts: false, department: false, left: partLabels.length ? '各部分得分和部门' : '部门' }] : []),
  ];
  // The first that fits, else the narrowest.
  let tables: string[] = [];
  let left = '';
  for (const t of tries) {
    const layout = peopleLayout(o, r, lists, t.parts, t.department, ranks);
    tables = layout.rows.map((rows, k) => renderTable(layout.heads, rows, { ...tableStyle(o), measure: layout.rows.filter((_, j) => j !== k).flat() }));
    left = t.left;
    if (!o.columns || Math.max(...tables.flatMap((table) => table.split('\n').map((l) => displayWidth(l)))) <= o.columns) break;
  }
  const note = left ? `\n${o.color.gray(`(终端较窄,未列出${left};加宽终端可见,评分结果的「汇总」表里也有)`)}` : '';
  return tables.map((table, k) => (k === tables.length - 1 ? table + note : table));
}

function peopleLayout(o: Output, r: GradeReport, lists: PersonResult[][], withParts: boolean, department: boolean, ranks: boolean): { heads: string[]; rows: string[][][] } {
  const partLabels = withParts ? r.people[0]!.parts.map((p) => p.label) : [];
  const extra = extraColumns(r.people);
  // A form that scores a 管理处 or a 团队 names its rows so, and shows 部门 only when some row has one.
  const withDepartment = department && (!r.subject || r.people.some((p) => p.department));
  // Two 张伟 (one 94 优秀, one 87 良好) told apart by their 工号, as 汇总 does: 罗欧 61.91 was one of seven.
  const seen = new Map<string, number>();
  for (const p of r.people) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
  const rows = lists.map((people) =>
    people.map((p) => {
      const [name, dept, ...rest] = row(o, p, partLabels.length > 0, (seen.get(p.name) ?? 0) > 1);
      return [...(ranks ? [p.rank === undefined ? '—' : String(p.rank)] : []), name!, ...(withDepartment ? [dept!] : []), ...rest, ...extra.map((c) => c.cell(p))];
    }),
  );
  const heads = [...(ranks ? ['名次'] : []), r.subject ?? '姓名', ...(withDepartment ? ['部门'] : []), ...partLabels, '总分', '等级', ...extra.map((c) => c.head)];
  return { heads, rows };
}

/** --verbose: every item's score with its arithmetic, person by person. */
function renderExplanations(o: Output, people: PersonResult[]): void {
  for (const p of people) {
    o.out('');
    o.out(o.color.bold(`${p.name}${p.id ? `(${p.id})` : ''}`) + (p.status === 'scored' ? `:${p.explanation}` : o.color.red(':有错误,未评分')));
    for (const i of p.items) o.out(`  ${i.label} ${fmt(i.score)}/${i.max}  ${o.color.gray(i.explanation)}`);
  }
}

/** Columns only some forms have: band data (K), further grades (建议), pay (绩效奖金, 工资总额). */
export function extraColumns(people: readonly PersonResult[]): Array<{ head: string; cell: (p: PersonResult) => string }> {
  const cols: Array<{ head: string; cell: (p: PersonResult) => string }> = [];
  const dataKeys = [...new Set(people.flatMap((p) => Object.keys(p.bandData ?? {})))];
  for (const k of dataKeys) {
    // One number of decimals down the column (1.0, 1.1, 0.9 — not 1 beside 1.1), as many as its values need.
    const places = Math.max(0, ...people.map((p) => decimalsOf(p.bandData?.[k])));
    cols.push({ head: bandDataHeading(k), cell: (p) => (p.bandData?.[k] === undefined ? '—' : p.bandData[k]!.toFixed(places)) });
  }
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

function row(o: Output, p: PersonResult, withParts: boolean, withId = false): string[] {
  // A row whose name was left blank: its 工号, the one thing that tells it (「(无姓名)」 alone named nobody).
  const name = cell(p.name ? `${p.name}${withId && p.id ? `(${p.id})` : ''}` : `(无姓名${p.id ? `,工号 ${p.id}` : ''})`);
  const parts = withParts ? p.parts.map((x) => fmt(x.score)) : [];
  if (p.status !== 'scored') return [name, cell(p.department), ...parts, '—', o.color.red('未评分')];
  return [name, cell(p.department), ...parts, fmt(p.total), p.band ?? '—'];
}

// Long names and departments wrap inside their column (24 columns = 12 Chinese characters).
function cell(text: string): string {
  return wrapText(text, 24).join('\n');
}
