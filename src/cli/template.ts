import { statSync } from 'node:fs';
import path from 'node:path';
import { amend, problem } from '../model/problems/index.js';
import { shownPath } from '../io/shownName.js';
import { loadAnyForm, loadForm } from '../forms/load.js';
import type { RecordFormDef } from '../model/records.js';
import { findRater, raterCopy, raterField, raterNames } from '../engine/raterCopy.js';
import type { RaterDef } from '../model/definition.js';
import { writeFileAtomic } from '../io/atomic.js';
import { fileOnPath, sameFileAs, writeFailureReason } from '../io/gradeSteps.js';
import { loadInput } from '../io/loadInput.js';
import { buildTemplate, peopleFromGrid, type PersonRow } from '../io/template/index.js';
import { MESSAGES, type Messages } from './messages.js';
import { EXIT, type Output } from './output.js';
import { checkXlsxOutput } from './outputPath.js';
import { VERSION } from '../version.js';
import { writeWorkbookFile } from '../io/packageParts.js';

export interface TemplateFlags {
  layout?: string;
  people?: string;
  period?: string;
  rater?: string;
  output?: string;
  force?: boolean;
  /** --max-size for the name list (bytes): the loader's advice names it. */
  maxSize?: number;
  /** --layout was typed (not commander's default): said when the form has one layout only. */
  layoutGiven?: boolean;
}

export async function templateCommand(o: Output, formId: string, flags: TemplateFlags, t: Messages = MESSAGES.zh): Promise<number> {
  let layout: 'form' | 'roster' = flags.layout === 'roster' ? 'roster' : 'form';
  checkXlsxOutput(flags.output, t);
  const any = await loadAnyForm(formId);
  if (any.ok && any.kind === 'records') return recordTemplate(o, any.form, flags, t, any.digest);
  const loaded = await loadForm(formId);
  if (!loaded.ok) {
    // The definition file is this command's argument: --form is kpi score's.
    for (const p of loaded.problems) o.err(`kpi: ${(p.code === 'form-not-found' ? amend(p, { command: 'template' }) : p).message}`);
    return EXIT.cannotRun;
  }
  let form = loaded.form;
  // A form fed by an export (§11) is a roster beside the export's sheet: one row per agent on both.
  if (form.data) {
    if (flags.layoutGiven && layout !== 'roster') o.err(`kpi: 「${form.title}」的数字来自导出表,模板只有名单式(每人一行)一种;--layout ${flags.layout} 不适用,已按名单式生成`);
    layout = 'roster';
  }
  let rater: RaterDef | undefined;
  if (flags.rater !== undefined) {
    rater = findRater(form, flags.rater);
    if (!form.raters) {
      o.err(`kpi: 「${form.title}」只有一个评分人,不需要 --rater`);
      return EXIT.cannotRun;
    }
    if (!rater) {
      o.err(`kpi: 「${form.title}」没有评分人「${flags.rater}」,可选:${raterNames(form)}`);
      return EXIT.cannotRun;
    }
    if (!raterField(form)) {
      o.err(`kpi: 「${form.title}」的表头没有「评分人」一栏(role 为 rater 的字段),各评分人分开填写的表无法注明是谁评的`);
      return EXIT.cannotRun;
    }
    form = raterCopy(form, rater);
  }
  let people: PersonRow[] = [];
  if (flags.people) {
    const nameField = form.header.find((f) => f.role === 'name');
    const list = await readNameList(flags.people, nameField ? [nameField.label, ...(nameField.aliases ?? [])] : [], flags.maxSize);
    if (!list.ok) {
      for (const line of list.problems.slice(0, 20)) o.err(`kpi: ${line}`);
      if (list.problems.length > 20) o.err(`kpi: …还有 ${list.problems.length - 20} 行没有姓名`);
      return EXIT.cannotRun;
    }
    people = list.people;
    // Names on other sheets too (a staff list one sheet a department, or a sheet of last month's results): only the first
    // sheet is the list; said, so that people of the others are not missing from the appraisal unseen.
    if (list.others.length) o.err(`kpi: 提示:名单文件里工作表${list.others.map((s) => `「${s}」`).join('、')}也列着人,只读了第一张「${list.sheet}」;要一起生成请把人合并到一张表`);
  }
  const period = flags.period?.trim();
  if (period && !form.header.concat(form.footer ?? []).some((f) => f.role === 'period')) {
    o.err(`kpi: 「${form.title}」的表头没有考核月份一栏,无法填写 --period`);
    return EXIT.cannotRun;
  }
  const output = path.resolve(flags.output ?? `${form.id}${rater ? `.${rater.id}` : ''}${layout === 'roster' ? '.roster' : ''}.xlsx`);
  // The name list itself as the output: --force would replace the team's list with the template (as kpi score
  // refuses its own input).
  if (flags.people && (await sameFileAs(flags.people, output))) {
    o.err(`kpi: ${problem('output-exists', { case: 'is-option-file', option: '--people', output: shownPath(output) }).message}`);
    return EXIT.cannotRun;
  }
  const wb = await buildTemplate(form, { layout, people, period, ...(rater ? { rater: rater.label } : {}), ...(loaded.digest ? { digest: loaded.digest } : {}), generator: `kpi ${VERSION}` });
  try {
    await writeFileAtomic(output, (tmp) => writeWorkbookFile(wb, tmp), { overwrite: flags.force ?? false });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const file = code === 'ENOENT' || code === 'ENOTDIR' ? await fileOnPath(path.dirname(output)) : null;
    o.err(
      code === 'EEXIST' ? existsLine(output, flags.force, `${form.id}.xlsx`)
      : file ? `kpi: 无法写入 ${output}:${file} 是一个文件,不是文件夹。请用 -o 指定另一个位置`
      : code === 'ENOENT' ? `kpi: 无法写入 ${output}:输出文件夹 ${path.dirname(output)} 不存在。请先创建这个文件夹,或用 -o 指定另一个位置`
      : `kpi: 无法写入 ${output}:${writeFailureReason(err)}`,
    );
    return EXIT.cannotRun;
  }
  const exportSheet = form.data ? `和一张空的「${form.data.sheets[0]}」表(粘贴导出数据)` : '';
  // A form of 管理处 or 团队 counts them as such (「4 个管理处」, 「每个管理处一张」), not as people.
  const unit = form.subject && form.subject.kind !== 'person' && form.subject.label !== '员工' ? form.subject.label : null;
  const count = unit ? `${people.length} 个${unit}` : `${people.length} 人`;
  const each = unit ? `每个${unit}` : '每人';
  const sheets = layout === 'roster' ? `一张名单表,${people.length ? count : `${each}一行`}${exportSheet}` : people.length ? `${people.length} 张表,${each}一张` : '一张表';
  o.out(`已生成 ${output}:${form.title}(${form.id} ${form.version}),${sheets}${period ? `,考核月份 ${period}` : ''}${rater ? `,供「${rater.label}」填写(只有该评分人的格子)` : ''}。黄色单元格为填写处。`);
  for (const line of nameListNotes(people, layout)) o.err(`kpi: 提示:${line}`);
  return EXIT.ok;
}

/** Forms per person past this many: a roster is easier to fill and to grade than so many sheets. */
const MANY_SHEETS = 200;

/**
 * What the team should know of the name list before filling: the same person twice (scoring would refuse the second
 * as a duplicate), and a form per person for hundreds of people.
 */
export function nameListNotes(people: readonly PersonRow[], layout: string): string[] {
  const notes: string[] = [];
  const seen = new Map<string, number>();
  for (const p of people) {
    const key = `${p.get('name') ?? ''}\u0000${p.get('id') ?? ''}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const twice = [...seen].filter(([, n]) => n > 1).map(([k, n]) => {
    const [name, id] = k.split('\u0000');
    return `「${name}」${id ? `(工号 ${id})` : ''}${n} 次`;
  });
  if (twice.length) notes.push(`名单里有重复的人:${twice.slice(0, 10).join('、')}${twice.length > 10 ? ' 等' : ''};评分时同名同工号的两份都作为重复报错(填得不同时两份都不计分),请核对名单(同名的两个人请填上各自的工号)`);
  // One name with a 工号 on one row and none on another (王五 1003, 王五): scoring takes the two as one person — both
  // refused when filled differently — with no word here (the same name and 工号 twice was said).
  const ids = new Map<string, { ids: Set<string>; none: boolean }>();
  for (const p of people) {
    const name = (p.get('name') ?? '').trim();
    if (!name) continue;
    const id = (p.get('id') ?? '').trim();
    const e = ids.get(name) ?? { ids: new Set<string>(), none: false };
    if (id) e.ids.add(id);
    else e.none = true;
    ids.set(name, e);
  }
  const halfIds = [...ids].filter(([, e]) => e.ids.size === 1 && e.none).map(([name, e]) => `「${name}」(一处工号 ${[...e.ids][0]},一处没有)`);
  if (halfIds.length) notes.push(`名单里同名的人有的没有工号:${halfIds.slice(0, 10).join('、')}${halfIds.length > 10 ? ' 等' : ''};评分时没有工号的一份会和有工号的一份当作同一人(填得不同时两份都不计分),如是两个人,请给没有工号的一处也填上工号`);
  if (layout !== 'roster' && people.length > MANY_SHEETS) notes.push(`每人一张表,共 ${people.length} 张;人多时用 --layout roster(名单一人一行)更便于填写和评分`);
  return notes;
}

/**
 * A name list goes through the same guarded loader as `kpi score` (file sniffing, zip-bomb and XML
 * entity guards, encoding and delimiter detection). The first sheet with a 姓名 heading is used.
 */
async function readNameList(file: string, nameHeadings: string[], maxSize?: number): Promise<{ ok: true; people: PersonRow[]; sheet: string; others: string[] } | { ok: false; problems: string[] }> {
  const loaded = await loadInput(file, maxSize ? { maxSize } : {});
  if (!loaded.ok) return { ok: false, problems: [`读不了名单文件(--people):${loaded.failure.message}`] };
  // The list on a hidden sheet (a note sheet shown, the roster hidden): said as such, not as a list without 姓名.
  const hidden = loaded.input.hiddenSheets ?? [];
  const hiddenNote = hidden.length ? `;工作表 ${hidden.map((n) => `「${n}」`).join('、')} 是隐藏的,没有读取,名单在那里时请先取消隐藏` : '';
  const grids = loaded.input.grids.filter((g) => g.rowCount > 0);
  if (grids.length === 0) return { ok: false, problems: [`名单 ${file} 是空的,没有任何姓名${hiddenNote}`] };
  let first: { ok: false; problems: string[] } | null = null;
  let found: { people: PersonRow[]; sheet: string; others: string[] } | null = null;
  for (const grid of grids) {
    const list = peopleFromGrid(grid, nameHeadings);
    if (list.ok) {
      // Beyond the first, sheets headed as a list is (姓名 …) are named: a note sheet's lines are no people.
      if (!found) found = { people: list.people, sheet: grid.name, others: [] };
      else if (list.headerRow > 0 && list.people.length) found.others.push(grid.name);
      continue;
    }
    // A sheet with the heading but a row without a name is the one meant: report it.
    if (!found && !list.problems[0]!.startsWith('名单中没有')) return list;
    first ??= list;
  }
  if (found) return { ok: true, ...found };
  return { ok: false, problems: first!.problems.map((m) => `${file}:${m}${hiddenNote}`) };
}

/** A record form's blank log (an order log, a survey): one sheet with the source's columns, dropdowns, the rules. */
async function recordTemplate(o: Output, def: RecordFormDef, flags: TemplateFlags, t: Messages, digest?: string): Promise<number> {
  void t;
  if (flags.people || flags.rater) {
    o.err(`kpi: 「${def.title}」是记录表(每行一条${def.records.label}),模板只有一种格式;--people、--rater 不适用`);
    return EXIT.cannotRun;
  }
  if (flags.layoutGiven) o.err(`kpi: 「${def.title}」是记录表(每行一条${def.records.label}),模板只有一种格式;--layout ${flags.layout} 不适用,已按记录表生成`);
  const { buildRecordTemplate } = await import('../io/records/template.js');
  const output = path.resolve(flags.output ?? `${def.id}.xlsx`);
  const wb = buildRecordTemplate(def, `kpi ${VERSION}`, undefined, digest);
  try {
    await writeFileAtomic(output, (tmp) => writeWorkbookFile(wb, tmp), { overwrite: flags.force ?? false });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    o.err(code === 'EEXIST' ? existsLine(output, flags.force, `${def.id}.xlsx`) : `kpi: 无法写入 ${output}:${writeFailureReason(err)}`);
    return EXIT.cannotRun;
  }
  o.out(`已生成 ${output}:${def.title}(${def.id} ${def.version}),记录表,每行一条${def.records.label},列按原表顺序。黄色单元格为填写处,灰色列由 kpi 计算;规则见「填写说明」表。`);
  return EXIT.ok;
}

/** An output in the way: a folder is said to be one (--force would not help), a file can be replaced with --force. */
function existsLine(output: string, force: boolean | undefined, name: string): string {
  let folder = false;
  try {
    folder = statSync(output).isDirectory();
  } catch {
    // gone meanwhile: said as it was
  }
  if (folder) return `kpi: ${problem('output-exists', { case: 'is-folder', output: shownPath(output), example: shownPath(path.join(output, name)) }).message}`;
  return force ? `kpi: 无法写入 ${output}` : `kpi: ${output} 已存在;要替换请加 --force,或用 -o 指定另一个文件`;
}
