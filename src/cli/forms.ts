import { problemJson } from './json.js';
import { listShippedForms } from '../forms/listing.js';
import { EXIT, type Output } from './output.js';

/**
 * `kpi forms` lists the shipped forms (id, title, subject, layouts); `kpi forms <id>` prints how one form scores,
 * in plain Chinese; `kpi forms my-form.json` checks a definition file and prints the same. The list is read
 * from the definitions as they are (forms/listing.ts); the checks are loaded only for one form.
 */
export async function formsCommand(o: Output, file: string | undefined, json: boolean): Promise<number> {
  if (file) return describeOne(o, file, json);
  const { forms, records } = await listShippedForms();
  // Record forms (order logs, surveys) after the per-person ones, each entry saying which kind it is: the list is
  // all the forms, as the console's (it left the five record forms out).
  if (json) o.out(JSON.stringify([...forms.map((f) => ({ ...f, kind: 'form' })), ...records.map((f) => ({ ...f, kind: 'records' }))], null, 2));
  else {
    for (const f of forms) o.out(`${f.id.padEnd(26)} ${f.title}(考核对象:${f.subject};${f.items} 项;格式 ${f.layouts.join(' / ')};${f.version})`);
    for (const f of records) o.out(`${f.id.padEnd(26)} ${f.title}(记录表:每行一条${f.records},${f.columns} 列;按 ${f.groupings.join('、')} 统计;${f.version})`);
    o.out(`共 ${forms.length + records.length} 种。kpi forms <id> 查看某一种的评分方法`);
  }
  return EXIT.ok;
}

async function describeOne(o: Output, file: string, json: boolean): Promise<number> {
  const [{ isDefinitionFile, isShippedPath, loadAnyForm, loadForm }, { describeRecordForm }, { describeForm }] = await Promise.all([
    import('../forms/load.js'),
    import('../forms/describeRecords.js'),
    import('../forms/describe.js'),
  ]);
  const any = await loadAnyForm(file);
  if (any.ok && any.kind === 'records') {
    const def = any.form;
    if (json) {
      o.out(JSON.stringify({ id: def.id, title: def.title, version: def.version, kind: 'records', description: describeRecordForm(def) }, null, 2));
      return EXIT.ok;
    }
    if (isDefinitionFile(file) || !isShippedPath(any.path)) o.out(`${any.path}:定义有效(${def.id} ${def.version},记录表,${def.records.columns.length} 列,${def.groupings.length} 个分组)`);
    for (const line of describeRecordForm(def)) o.out(line);
    return EXIT.ok;
  }
  const loaded = await loadForm(file);
  if (!loaded.ok) {
    // Loaded only on this error path: kpi forms starts without the problem catalogue (startup test).
    const { amend } = await import('../model/problems/index.js');
    // The hint is this command's (kpi forms 我的定义.json), in --json too (it said --form, which kpi forms does not take).
    const problems = loaded.problems.map((p) => (p.code === 'form-not-found' ? amend(p, { command: 'forms' }) : p));
    if (json) o.out(JSON.stringify({ error: problemJson(problems[0]!), errors: problems.map(problemJson) }, null, 2));
    for (const p of problems) o.err(`kpi: ${p.message}`);
    return EXIT.cannotRun;
  }
  const shipped = !isDefinitionFile(file) && isShippedPath(loaded.path);
  if (json) {
    o.out(JSON.stringify({ id: loaded.form.id, title: loaded.form.title, version: loaded.form.version, description: describeForm(loaded.form) }, null, 2));
    return EXIT.ok;
  }
  if (!shipped) o.out(`${loaded.path}:定义有效(${loaded.form.id} ${loaded.form.version},${loaded.form.parts.flatMap((p) => p.items).length} 个项目)`);
  for (const line of describeForm(loaded.form)) o.out(line);
  return EXIT.ok;
}
