import { promises as fs } from 'node:fs';
import path from 'node:path';
import { scoreForm } from '../engine/scoreForm.js';
import { payLine } from '../engine/pay.js';
import type { PersonResult } from '../model/result.js';
import { personKeyOf, readPayFile, type PayTable } from './readPay.js';
import { listForms, loadForm } from '../forms/load.js';
import { problem, type Problem } from '../model/problem.js';
import type { FormDef } from '../model/definition.js';
import { writeFileAtomic } from './atomic.js';
import { longCellProblems } from './cellLimit.js';
import { shownName, shownPath } from './shownName.js';
import { checkDistribution, effectiveLimits, unknownLimitBands } from '../engine/distribution.js';
import { mainGrading } from '../engine/scales.js';
import { droppedContent } from './graded/dropped.js';
import { NoRoomError } from './graded/results.js';
import { periodOf, prepareGradedWorkbook, workbookFromRows, writeGradedWorkbook, type PreparedWorkbook } from './graded/workbook.js';
import { guessFormDetailed, unguessedMessage } from './guessForm.js';
import { loadInput, type LoadedInput } from './loadInput.js';
import type { GradeOptions, GradeOutcome, GradeReport } from './outcome.js';
import { readPeople } from './readPeople.js';

/** §14: 绩效奖金 and 工资总额 for every scored person the pay table names (by 工号, else 姓名). */
function applyPay(form: FormDef, people: PersonResult[], table: PayTable): Problem[] {
  const problems: Problem[] = [];
  people.forEach((p, i) => {
    if (p.status !== 'scored' || p.total100 === null) return;
    const line = (p.id ? table.byId.get(personKeyOf(p.id)) : undefined) ?? (p.name ? table.byName.get(personKeyOf(p.name)) : undefined);
    if (!line) {
      const who = p.name || p.id;
      const missing = problem('warning', 'pay-missing', `工资文件 ${path.basename(table.file)} 中没有「${who}」(按工号或姓名查找),未计算绩效奖金`, { file: table.file }, { actual: who });
      if (p.name) missing.person = p.name;
      problems.push(missing);
      return;
    }
    people[i] = { ...p, pay: payLine(form.pay, p.total100, p.bandData, p.band, line) };
  });
  return problems;
}

/** A distribution limit (--limit 优秀=20%) on a band the form does not have. */
export function unknownBandProblem(form: FormDef, bands: string[]): Problem {
  const labels = mainGrading(form).scale.bands.map((b) => b.label);
  return problem('error', 'definition-invalid', `强制分布的等级「${bands.join('、')}」不在「${form.title}」的等级表中(可用:${labels.join('、')})`, {}, { expected: labels.join('、'), actual: bands.join('、') });
}

/** `march.xlsx` → `march.graded.xlsx` beside it. */
export function defaultOutputPath(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.(xlsx|xlsm|xls|csv|txt|html?)$/i, '');
  return path.join(dir, `${base}.graded.xlsx`);
}

/** Reads, checks, scores and writes one file. Bad input never throws: it comes back as a failure. */
export async function gradeFile(input: string, options: GradeOptions = {}): Promise<GradeOutcome> {
  const output = options.output === null ? null : path.resolve(options.output ?? defaultOutputPath(input));
  const fail = (p: Problem): GradeOutcome => ({ ok: false, failure: { ...p, file: p.file ?? input } });
  // The arguments first (the form asked for, then the input), the output last: a wrong --form or a
  // missing input is what the user must hear about, not that last run's output is in the way.
  const requested = options.form ? await loadForm(options.form) : null;
  if (requested && !requested.ok) return fail(requested.problems[0]!);
  const loaded = await loadInput(input, options);
  if (!loaded.ok) return fail(loaded.failure);
  const resolved = await resolveForm(requested?.ok ? requested.form : undefined, loaded.input, input);
  if (!resolved.ok) return fail(withDisguise(resolved.failure, loaded.input, input));
  const { form, notes } = resolved;
  if (output) {
    const clash = await outputClash(input, output, options.force ?? false);
    if (clash) return fail(clash);
  }

  const read = readPeople(loaded.input.grids, form, input);
  const hidden = loaded.input.hiddenSheets;
  const hiddenNote = hidden.length ? `(隐藏的工作表${hidden.slice(0, 5).map((n) => `「${n}」`).join('、')}${hidden.length > 5 ? `等 ${hidden.length} 张` : ''}没有读取;要评分隐藏的工作表请加 --include-hidden)` : '';
  if (read.tables === 0) {
    return fail(withDisguise(
      problem('error', 'item-not-found', `${shownName(input)}:没有找到「${form.title}」的表头(姓名和考核项目列,或「项目」表格)。请用 kpi template ${form.id} 生成的模板填写,或检查 --form 是否选对${hiddenNote}`, { file: input }),
      loaded.input,
      input,
    ));
  }
  if (read.people.length === 0) {
    // Say why no one was found: a table without recognisable items says so; otherwise the form is blank.
    const why = read.problems.find((p) => p.severity === 'error' && p.code !== 'no-people');
    if (why) return fail({ ...why, message: `${shownName(input)}:${why.message}` });
    return fail(problem('error', 'no-people', `${shownName(input)}:「${form.title}」还没有填写任何人的数据(表格是空的),请填写后再评分`, { file: input }));
  }
  const scored = scoreForm(form, read.people);
  if (hidden.length) {
    notes.push(problem('info', 'hidden-sheet', `工作簿中隐藏的工作表${hidden.slice(0, 10).map((n) => `「${n}」`).join('、')}${hidden.length > 10 ? `等 ${hidden.length} 张` : ''}没有评分;要一并评分请加 --include-hidden`, { file: input }));
  }
  const problems = [...notes, ...read.problems, ...scored.problems];
  if (options.pay) {
    const pay = await readPayFile(options.pay, { maxSize: options.maxSize });
    if (!pay.ok) return fail(pay.failure);
    problems.push(...pay.problems, ...applyPay(form, scored.people, pay.table));
  }
  const limits = effectiveLimits(form, options.limits);
  const unknownBands = unknownLimitBands(form, limits);
  if (unknownBands.length) return fail(unknownBandProblem(form, unknownBands));
  const distribution = checkDistribution(form, limits, scored.people);
  problems.push(...distribution.problems);
  const rosterHeader = read.sources.find((x) => x.kind === 'roster');
  const wb = output ? (loaded.input.workbook ?? workbookFromRows(loaded.input, rosterHeader?.kind === 'roster' ? rosterHeader.headerRow : null)) : null;
  // What exceljs cannot carry into the graded copy is said, not dropped silently.
  if (wb && !(wb instanceof NoRoomError) && loaded.input.package) {
    const userSheets = wb.worksheets.map((w) => w.name).filter((n) => !loaded.input.regraded?.sheets.includes(n));
    problems.push(...(await droppedContent(loaded.input.package, userSheets, input)));
  }
  const period = options.period ?? periodOf(form, scored.people);
  const report: GradeReport = {
    form: form.id,
    formVersion: form.version,
    formTitle: form.title,
    ...(form.subject?.kind && form.subject.kind !== 'person' ? { subject: form.subject.label } : {}),
    input,
    output,
    people: scored.people,
    bands: scored.bands,
    problems,
    layout: loaded.input.kind === 'xlsx' ? read.layout : loaded.input.kind,
    ...(loaded.input.encoding ? { encoding: loaded.input.encoding } : {}),
    ...(loaded.input.delimiter ? { delimiter: loaded.input.delimiter } : {}),
    ...(limits.length ? { distribution: { limits, breaches: distribution.breaches } } : {}),
    ...(period ? { period } : {}),
    ...(loaded.input.regraded ? { regraded: true } : {}),
  };
  if (output && wb) {
    const noRoom = (err: NoRoomError) => fail(problem('error', 'output-failed', `${shownName(input)}:${err.message}`, { file: input, sheet: err.sheet }));
    if (wb instanceof NoRoomError) return noRoom(wb);
    problems.push(...longCellProblems(wb, input));
    let prepared: PreparedWorkbook;
    try {
      prepared = prepareGradedWorkbook(wb, report, read.sources, form, options.gradedAt ?? new Date());
    } catch (err) {
      if (!(err instanceof NoRoomError)) throw err;
      return noRoom(err);
    }
    try {
      await writeFileAtomic(output, (tmp) => writeGradedWorkbook(wb, prepared, tmp), { overwrite: options.force ?? false });
    } catch (err) {
      return fail(outputFailure(output, err));
    }
  }
  return { ok: true, report };
}

export async function outputClash(input: string, output: string, force: boolean): Promise<Problem | null> {
  const same = await Promise.all([fs.realpath(input).catch(() => path.resolve(input)), fs.realpath(output).catch(() => output)]);
  if (same[0] === same[1] || path.resolve(input) === output) {
    return problem('error', 'output-exists', `输出文件 ${shownPath(output)} 就是输入文件本身,不会覆盖原始数据。请用 -o 指定另一个文件`, { file: input });
  }
  const stat = await fs.lstat(output).catch(() => null);
  if (stat?.isDirectory()) {
    return problem('error', 'output-exists', `输出路径 ${shownPath(output)} 是一个文件夹,不是文件。请用 -o 给出文件名,如 ${shownPath(path.join(output, path.basename(defaultOutputPath(input))))}`, { file: input });
  }
  const folder = path.dirname(output);
  const dir = await fs.stat(folder).catch((err: NodeJS.ErrnoException) => err);
  if (dir instanceof Error) {
    return problem('error', 'output-failed', dir.code === 'ENOENT' || dir.code === 'ENOTDIR'
      ? `无法写入 ${shownPath(output)}:输出文件夹 ${shownPath(folder)} 不存在。请先创建这个文件夹,或用 -o 指定另一个位置`
      : outputFailure(output, dir).message, { file: output });
  }
  if (!dir.isDirectory()) {
    return problem('error', 'output-failed', `无法写入 ${shownPath(output)}:${shownPath(folder)} 是一个文件,不是文件夹。请用 -o 指定另一个位置`, { file: output });
  }
  const exists = stat !== null;
  if (exists && !force) {
    return problem('error', 'output-exists', `输出文件 ${shownPath(output)} 已存在。要替换它请加 --force,或用 -o 指定另一个文件`, { file: input });
  }
  return null;
}

/** One Chinese sentence for an output that could not be written (the error's code explained). */
export function outputFailure(output: string, err: unknown): Problem {
  return problem('error', 'output-failed', `无法写入 ${shownPath(output)}:${writeFailureReason(err)}。原始文件未改动,没有留下不完整的输出`, { file: output });
}

/** Why a file could not be written, in a few Chinese words. */
export function writeFailureReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return (
    code === 'ENOSPC' ? '磁盘已满'
    : code === 'EACCES' || code === 'EPERM' ? '没有写入权限(文件夹只读,或文件正在 Excel 中打开)'
    : code === 'EBUSY' ? '文件正被其他程序占用(可能正在 Excel 中打开),请关闭后重试'
    : code === 'ENOENT' ? '输出文件夹不存在'
    : code === 'ENOTDIR' ? '输出路径中的上级「文件夹」其实是一个文件'
    : code === 'EISDIR' ? '输出路径是一个文件夹,请给出文件名'
    : code === 'EROFS' ? '文件夹只读'
    : code === 'EEXIST' ? '输出文件已存在(加 --force 替换)'
    : code === 'ELOOP' ? '输出路径中有指向自己的快捷方式(符号链接循环)'
    : code === 'ENAMETOOLONG' ? '文件名或路径太长,请用 -o 指定较短的文件名'
    : String((err as Error).message ?? err).split('\n')[0]);
}

export async function resolveForm(
  requested: FormDef | undefined,
  input: LoadedInput,
  file: string,
): Promise<{ ok: true; form: FormDef; notes: Problem[] } | { ok: false; failure: Problem }> {
  const notes: Problem[] = [];
  if (requested) return { ok: true, form: requested, notes };
  // A workbook's mark names a built-in form, never a file: a path there would make kpi read any local file.
  const marked = input.metadata?.form;
  const builtIn = marked !== undefined && /^[a-z0-9][a-z0-9-]{0,63}$/.test(marked) && (await listForms()).includes(marked);
  if (marked !== undefined && !builtIn) {
    notes.push(problem('warning', 'form-unknown', `工作簿里的模板标记不是内置考核表的名称,已忽略;按表头识别考核表(如不对请用 --form 指定)`, { file }));
  }
  const id = builtIn ? marked : undefined;
  if (id) {
    const loaded = await loadForm(id);
    if (!loaded.ok) return { ok: false, failure: loaded.problems[0]! };
    const version = input.metadata?.version;
    if (version && version !== loaded.form.version) {
      notes.push(problem('warning', 'form-unknown', `模板由「${loaded.form.id}」${version} 版生成,当前定义为 ${loaded.form.version} 版,按当前定义评分`, { file }));
    }
    return { ok: true, form: loaded.form, notes };
  }
  const forms: FormDef[] = [];
  for (const formId of await listForms()) {
    const f = await loadForm(formId);
    if (f.ok) forms.push(f.form);
  }
  const guess = guessFormDetailed(input.grids, forms);
  if (!guess.form) {
    return { ok: false, failure: problem('error', 'form-unknown', unguessedMessage(shownName(file), guess.candidates, forms), { file }) };
  }
  const guessed = guess.form;
  notes.push(problem('info', 'form-unknown', `文件没有模板标记,按表头识别为「${guessed.title}」(${guessed.id});如不对请用 --form 指定`, { file }));
  return { ok: true, form: guessed, notes };
}

/** A text file named .xlsx/.xls that is not a form either: say what it really is, the likelier fix. */
function withDisguise(p: Problem, input: LoadedInput, file: string): Problem {
  const ext = path.extname(file).toLowerCase();
  if (input.kind === 'xlsx' || !['.xlsx', '.xlsm', '.xls', '.et'].includes(ext)) return p;
  const what = input.kind === 'html' ? '网页(HTML)' : '纯文本';
  return { ...p, message: `${p.message}(注意:此文件扩展名是 ${ext},但内容是${what},不是 Excel 工作簿)` };
}
