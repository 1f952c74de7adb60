import { listForms, loadForm } from '../forms/load.js';
import { describeForm, LAYOUTS, subjectOf } from '../forms/describe.js';
import { EXIT, type Output } from './output.js';

/**
 * `kpi forms` lists the shipped forms (id, title, subject, layouts); `kpi forms <id>` prints how one form scores,
 * in plain Chinese; `kpi forms my-form.json` checks a definition file and prints the same.
 */
export async function formsCommand(o: Output, file: string | undefined, json: boolean): Promise<number> {
  if (file) {
    const loaded = await loadForm(file);
    if (!loaded.ok) {
      for (const p of loaded.problems) o.err(p.message);
      return EXIT.cannotRun;
    }
    const shipped = !/[\\/]/.test(file) && !file.endsWith('.json');
    if (json) {
      o.out(JSON.stringify({ id: loaded.form.id, title: loaded.form.title, version: loaded.form.version, description: describeForm(loaded.form) }, null, 2));
      return EXIT.ok;
    }
    if (!shipped) o.out(`${loaded.path}:定义有效(${loaded.form.id} ${loaded.form.version},${loaded.form.parts.flatMap((p) => p.items).length} 个项目)`);
    for (const line of describeForm(loaded.form)) o.out(line);
    return EXIT.ok;
  }
  const forms = [];
  for (const id of await listForms()) {
    const f = await loadForm(id);
    if (f.ok) {
      forms.push({
        id,
        title: f.form.title,
        version: f.form.version,
        items: f.form.parts.flatMap((p) => p.items).length,
        subject: subjectOf(f.form),
        // A form fed by an export (§11) is a roster beside its export sheet.
        layouts: f.form.data ? ['roster'] : [...LAYOUTS],
      });
    }
  }
  if (json) o.out(JSON.stringify(forms, null, 2));
  else {
    for (const f of forms) o.out(`${f.id.padEnd(26)} ${f.title}(考核对象:${f.subject};${f.items} 项;格式 ${f.layouts.join(' / ')};${f.version})`);
    o.out(`共 ${forms.length} 种。kpi forms <id> 查看某一种的评分方法`);
  }
  return EXIT.ok;
}
