import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadForm } from '../forms/load.js';
import { writeFileAtomic } from '../io/atomic.js';
import { gridFromRows, gridFromWorksheet } from '../io/grid.js';
import { buildTemplate, peopleFromGrid, type PersonRow } from '../io/template/index.js';
import { decodeText } from '../io/textDecode.js';
import { EXIT, UsageError, type Output } from './output.js';
import { VERSION } from '../version.js';

export interface TemplateFlags {
  layout?: string;
  people?: string;
  output?: string;
  force?: boolean;
}

export async function templateCommand(o: Output, formId: string, flags: TemplateFlags): Promise<number> {
  const layout = flags.layout ?? 'form';
  if (layout !== 'form' && layout !== 'roster') throw new UsageError(`--layout 应为 form 或 roster,实际为「${layout}」`);
  const loaded = await loadForm(formId);
  if (!loaded.ok) {
    for (const p of loaded.problems) o.err(`kpi: ${p.message}`);
    return EXIT.cannotRun;
  }
  const people = flags.people ? await readPeopleFile(flags.people) : [];
  const form = loaded.form;
  const output = path.resolve(flags.output ?? `${form.id}${layout === 'roster' ? '.roster' : ''}.xlsx`);
  const wb = await buildTemplate(form, { layout, people, generator: `kpi ${VERSION}` });
  try {
    await writeFileAtomic(output, (tmp) => wb.xlsx.writeFile(tmp), { overwrite: flags.force ?? false });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    o.err(code === 'EEXIST' ? `kpi: ${output} 已存在;要替换请加 --force,或用 -o 指定另一个文件` : `kpi: 无法写入 ${output}(${code ?? (err as Error).message})`);
    return EXIT.cannotRun;
  }
  const sheets = layout === 'roster' ? '一张名单表,每人一行' : people.length ? `${people.length} 张表,每人一张` : '一张表';
  o.out(`已生成 ${output}:${form.title}(${form.id} ${form.version}),${sheets}。黄色单元格为填写处。`);
  return EXIT.ok;
}

async function readPeopleFile(file: string): Promise<PersonRow[]> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (err) {
    throw new UsageError(`无法读取名单文件 ${file}(${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  let people: PersonRow[];
  if (buffer.subarray(0, 2).toString('latin1') === 'PK') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new UsageError(`名单文件 ${file} 不是有效的 .xlsx`);
    }
    const ws = wb.worksheets.find((w) => w.state === 'visible');
    people = ws ? peopleFromGrid(gridFromWorksheet(ws)) : [];
  } else {
    const decoded = decodeText(buffer);
    if ('problem' in decoded) throw new UsageError(`名单文件 ${file}:${decoded.problem.message}`);
    const rows = Papa.parse<string[]>(decoded.text, { skipEmptyLines: true }).data;
    people = peopleFromGrid(gridFromRows('名单', rows));
  }
  if (!people.length) throw new UsageError(`名单文件 ${file} 里没有找到姓名(第一行写「姓名」「工号」「部门」,或第一列每行一个姓名)`);
  return people;
}
