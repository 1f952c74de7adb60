import { listForms, loadForm } from '../forms/load.js';
import { EXIT, type Output } from './output.js';

/** `kpi forms` lists the shipped forms; `kpi forms my-form.json` checks a definition file. */
export async function formsCommand(o: Output, file: string | undefined, json: boolean): Promise<number> {
  if (file) {
    const loaded = await loadForm(file);
    if (!loaded.ok) {
      for (const p of loaded.problems) o.err(p.message);
      return EXIT.cannotRun;
    }
    o.out(`${loaded.path}:定义有效(${loaded.form.id} ${loaded.form.version},${loaded.form.parts.flatMap((p) => p.items).length} 个项目)`);
    return EXIT.ok;
  }
  const forms = [];
  for (const id of await listForms()) {
    const f = await loadForm(id);
    if (f.ok) forms.push({ id, title: f.form.title, version: f.form.version, items: f.form.parts.flatMap((p) => p.items).length });
  }
  if (json) o.out(JSON.stringify(forms, null, 2));
  else for (const f of forms) o.out(`${f.id.padEnd(24)} ${f.title}(${f.items} 项,${f.version})`);
  return EXIT.ok;
}
