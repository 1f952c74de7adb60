// A record form in plain Chinese (`kpi forms <id>`, the template's 填写说明): columns, per-row points, checks,
// groupings with each figure's formula, bands.
import { forUsers } from './forUsers.js';
import { describeCond, describeExpr } from '../engine/groups/expr.js';
import { formatScore } from '../model/round.js';
import type { ColumnDef, FigureDef, GroupingDef, RecordFormDef } from '../model/records.js';
import { namedScale, SCALE_TITLES } from '../engine/scales.js';
import { scaleText } from './describe.js';

const TYPE: Record<ColumnDef['type'], string> = { text: '文字', yesno: '是/否', choice: '选项', integer: '整数', number: '数', date: '日期' };

export function columnText(c: ColumnDef): string {
  let kind = TYPE[c.type];
  if (c.type === 'yesno') kind = (c.words ?? ['是', '否']).join('/');
  // (Options alone where their points only order them: a number typed there is refused.)
  if (c.type === 'choice') kind = (c.choices ?? []).map((x) => (c.numbersArePoints === false ? x.label : `${x.label}=${formatScore(x.points)}`)).join('/');
  if ((c.type === 'integer' || c.type === 'number') && (c.min !== undefined || c.max !== undefined)) kind += ` ${c.min ?? ''}–${c.max ?? ''}`;
  const flags = [c.optional ? '可空' : '必填', c.personal ? '个人信息,终端打码' : ''].filter(Boolean).join(',');
  return `${c.group ? `${c.group}·` : ''}${c.label}(${kind};${flags})`;
}

function labeller(def: RecordFormDef, g?: GroupingDef): (f: string) => string {
  const names = new Map<string, string>();
  for (const c of def.records.columns) names.set(c.id, c.label);
  for (const d of def.derived ?? []) names.set(d.id, d.label);
  const inner = g?.from ? def.groupings.find((x) => x.id === g.from) : undefined;
  for (const f of inner?.figures ?? []) names.set(f.id, f.label);
  for (const f of g?.figures ?? []) names.set(f.id, f.label);
  return (f) => names.get(f) ?? f;
}

export function figureRule(def: RecordFormDef, g: GroupingDef, f: FigureDef): string {
  const rowLabel = labeller(def, g.from ? g : undefined);
  const own = labeller(def, g);
  // Aggregates read the rows (or the inner groups); calc and choose read this group's own figures.
  const label = f.agg === 'calc' || f.agg === 'choose' ? own : rowLabel;
  const unit = g.from ? `「${def.groupings.find((x) => x.id === g.from)?.label ?? g.from}」` : def.records.label;
  const where = f.where ? `(${describeCond(f.where, label)})` : '';
  const times = f.times !== undefined && f.times !== 1 ? ` × ${formatScore(f.times)}` : '';
  const digits = f.digits !== undefined ? `,保留 ${f.digits} 位小数` : '';
  const of = f.of !== undefined ? describeExpr(f.of, label, def.tables) : f.field ? label(f.field) : '';
  switch (f.agg) {
    case 'count':
      return `${unit}数${where}`;
    case 'rate':
      return `${unit}数${where} ÷ ${f.among ? `${unit}数(${describeCond(f.among, label)})` : `全部${unit}数`}${times}${digits};分母为 0 时为错误`;
    case 'sum':
      return `合计 ${of}${where}${times}${digits}`;
    case 'mean':
      return `平均 ${of}${where}${times}${digits}(空的不计);没有可计算的${unit}时为错误`;
    case 'min':
    case 'max':
      return `${f.agg === 'min' ? '最低' : '最高'} ${of}${where}`;
    case 'same':
      return `${of}${where}(各${unit}填的应相同,不同时为错误)`;
    case 'distribution':
      return `${of} 各取值的${unit}数${f.values ? `(${f.values.map(String).join('、')})` : ''}`;
    case 'texts':
      return `列出填了「${of}」的内容及位置`;
    case 'distinct':
      return `不同的「${of}」个数${where}`;
    case 'calc':
      return `${of}${times}${digits}`;
    case 'streak':
      return `「${of}」连续 ${f.run?.months ?? 3} 个月${where}的次数 × ${f.run?.points ?? 3}(一次连续满 ${f.run?.months ?? 3} 个月后重新计数)`;
    case 'choose':
      return `${(f.cases ?? []).map((c) => `${describeCond(c.when, label)} → ${c.value}`).join(';')};其他 → ${f.otherwise ?? '—'}(依次判断,先符合的为准)`;
  }
}

export function describeRecordForm(def: RecordFormDef): string[] {
  const out: string[] = [];
  out.push(`${def.title}(${def.id} ${def.version}${def.source && !/^CATALOG/.test(def.source) ? `,${def.source}` : ''})`);
  out.push(`记录表:每行一条${def.records.label},按分组统计;模板工作表「${def.records.sheet}」`);
  out.push('列(按原表顺序):');
  def.records.columns.forEach((c, i) => out.push(`  ${i + 1}. ${columnText(c)}`));
  const label = labeller(def);
  if (def.derived?.length) {
    out.push('每行计算:');
    for (const d of def.derived) out.push(`  ${d.label} = ${describeExpr(d.value, label, def.tables)}${d.column ? `(写在「${d.column}」旁;手填的「${d.column}」与计算不同时提示)` : ''}${d.description ? `;${d.description}` : ''}`);
  }
  if (def.checks?.length) {
    out.push('检查(不符合的行为错误,不计入统计):');
    for (const c of def.checks) out.push(`  ${c.when ? `${describeCond(c.when, label)} 时,` : ''}须 ${describeCond(c.require, label)}:${c.message}`);
  }
  for (const [name, t] of Object.entries(def.tables ?? {})) {
    out.push(`查找表「${t.label ?? name}」(按 ${t.by.map(label).join('·')}):${t.rows.slice(0, 20).map((r) => `${r.slice(0, -1).join('·')} = ${r[r.length - 1]}`).join(';')}${t.rows.length > 20 ? ` …共 ${t.rows.length} 行` : ''}`);
  }
  out.push('分组统计:');
  for (const g of def.groupings) {
    const by = g.by.length ? `按 ${g.by.map(labeller(def, g.from ? g : undefined)).join(' + ')}` : `全表一组(${g.allLabel ?? '全部'})`;
    const from = g.from ? `,由「${def.groupings.find((x) => x.id === g.from)?.label ?? g.from}」的结果再统计` : '';
    const whole = g.whole ? `;组内有任何一条${g.from ? `「${def.groupings.find((x) => x.id === g.from)?.label ?? g.from}」` : def.records.label}有错误时,本组不计算、不定等级(改正后重新评分)` : '';
    out.push(`  ${g.label}:${by}${from}${g.hidden ? '(中间步骤,不单列一表)' : ''}${whole}`);
    for (const f of g.figures) out.push(`    ${f.label} = ${figureRule(def, g, f)}`);
    if (g.band) {
      const scale = namedScale(def, g.band.scale);
      out.push(`    等级:按「${g.figures.find((f) => f.id === g.band!.figure)?.label ?? g.band.figure}」(保留 2 位小数)定 ${SCALE_TITLES[g.band.scale] ?? g.band.scale}:${scale ? scaleText(scale) : ''}`);
    }
    const figureLabel = (x: string) => g.figures.find((f) => f.id === x)?.label ?? labeller(def, g.from ? g : undefined)(x);
    for (const c of g.checks ?? []) {
      const when = c.when ? `${describeCond(c.when, figureLabel)} 时,` : '';
      out.push(`    检查:${when}须 ${describeCond(c.require, figureLabel)},否则${(c.severity ?? 'error') === 'error' ? '为错误(本组不计算)' : '给出警告'}:${c.message}`);
    }
    if (g.compare?.length) out.push(`    --previous 给出上月文件时,列出 ${g.compare.map((x) => g.figures.find((f) => f.id === x)?.label ?? x).join('、')} 比上月的变化`);
  }
  for (const n of def.notes ?? []) out.push(`说明:${forUsers(n)}`);
  return out;
}
