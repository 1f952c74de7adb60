import type { GroupResult } from '../engine/groups/result.js';
import type { GradeReport, GroupingSummary } from '../io/outcome.js';
import { figureText } from '../io/records/figureText.js';
import { tableStyle, type Output } from './output.js';
import { renderProblems } from './renderProblems.js';
import { renderTable, wrapText } from './table.js';

type Figure = GroupingSummary['figures'][number];
/** Past this many groups a table shows the first ones and points to the workbook (as people do in renderScore). */
const CONSOLE_PEOPLE_LIMIT = 50;
const inTable = (f: Figure) => f.agg !== 'distribution' && f.agg !== 'texts';

/** The console view of a record form: rows read, one table per grouping (key, figures, band), problems. */
export function renderGroups(o: Output, r: GradeReport, options: { verbose?: boolean; all?: boolean } = {}): void {
  o.out(o.color.bold(`${r.formTitle}`) + o.color.gray(`(${r.form} ${r.formVersion})`));
  o.out(`输入:${r.input}`);
  if (r.output) o.out(`输出:${r.output}`);
  if (r.regraded) o.out(o.color.gray('输入是 kpi 评过分的文件:已去掉上次评分添加的内容,按现在的数据重新评分'));
  if (r.encoding) o.out(o.color.gray(`编码:${r.encoding}${r.delimiter ? `,分隔符:${JSON.stringify(r.delimiter)}` : ''}`));
  const rec = r.records!;
  o.out(`共 ${rec.total} 条${rec.label},计入统计 ${rec.ok} 条${rec.error ? o.color.red(`,有错误 ${rec.error} 条(不计入)`) : ''}`);
  if (r.previous) o.out(o.color.gray(`上月对比:${r.previous}`));
  // A column a figure (9 of §5): words wrap to two characters a line before the table passes the terminal.
  const style = { ...tableStyle(o), minWidth: 4 };
  for (const g of r.groupings ?? []) {
    if (g.hidden) continue;
    const groups = (r.groups ?? []).filter((x) => x.grouping === g.id);
    o.out('');
    if (g.by.length === 0) {
      renderSingle(o, g, groups[0], style);
      continue;
    }
    const figures = g.figures.filter(inTable);
    const shown = !options.all && groups.length > CONSOLE_PEOPLE_LIMIT ? groups.slice(0, CONSOLE_PEOPLE_LIMIT) : groups;
    o.out(o.color.bold(`按${g.label}(${groups.length} 个)`));
    const heads = [g.label, ...figures.map((f) => f.label), ...(g.band ? ['等级'] : [])];
    const rows = shown.map((x) => [
      wrapText(x.keyText, 32).join('\n'),
      ...figures.map((f) => figureText(f, x.figures[f.id] ?? null)),
      ...(g.band ? [x.band ?? o.color.red('未定级')] : []),
    ]);
    o.out(renderTable(heads, rows, style));
    if (shown.length < groups.length) o.out(`只显示前 ${shown.length} 个;完整的见输出文件的「按${g.label}」表,或加 --all`);
    if (g.bands) o.out(`等级分布:${Object.entries(g.bands).map(([b, n]) => `${b} ${n}`).join(' · ')}${groups.some((x) => x.band === null) ? o.color.red(` · 未定级 ${groups.filter((x) => x.band === null).length}`) : ''}`);
    if (options.verbose) for (const x of shown) o.out(o.color.gray(`  ${x.keyText}:${Object.values(x.explanation).join(';')}`));
  }
  renderProblems(o, r.problems, r.output !== null, false, r.problemsCut);
}

function renderSingle(o: Output, g: GroupingSummary, x: GroupResult | undefined, style: object): void {
  if (!x) return;
  o.out(o.color.bold(`${g.label}`));
  const withChange = x.change !== undefined;
  const rows = g.figures.filter(inTable).map((f) => {
    const d = x.change?.[f.id];
    const change = !withChange || !(f.id in (x.change ?? {})) ? '' : d === null || d === undefined ? '—' : `${d > 0 ? '+' : d < 0 ? '−' : '±'}${figureText(f, Math.abs(d))}`;
    return [f.label, figureText(f, x.figures[f.id] ?? null), ...(withChange ? [change] : [])];
  });
  if (g.band) rows.push(['等级', x.band ?? '未定级', ...(withChange ? [''] : [])]);
  o.out(renderTable(['指标', '数值', ...(withChange ? ['比上月'] : [])], rows, style));
  for (const f of g.figures.filter((y) => y.agg === 'distribution')) o.out(`${f.label}:${figureText(f, x.figures[f.id] ?? null)}`);
  for (const f of g.figures.filter((y) => y.agg === 'texts')) {
    const texts = (x.figures[f.id] as Array<{ text: string }>) ?? [];
    o.out(`${f.label} ${texts.length} 条${texts.length ? ',列在「汇总」表' : ''}`);
  }
}
