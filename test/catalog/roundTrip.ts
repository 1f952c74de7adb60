// Template → fill (as a person would) → score, through a real workbook on disk.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { gradeFile } from '../../src/io/grade.js';
import { fillFormSheet, fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import type { GradeReport } from '../../src/io/outcome.js';
import type { PersonResult } from '../../src/model/result.js';
import { form, tempDir } from '../helpers.js';

export async function roundTrip(
  id: string,
  people: FillPerson[],
  options: { layout?: 'roster' | 'form'; pay?: string; guess?: boolean; edit?: (wb: import('exceljs').Workbook) => void } = {},
): Promise<GradeReport> {
  const f = await form(id);
  const layout = options.layout ?? 'roster';
  const nameField = f.header.find((h) => h.role === 'name')!.id;
  const wb =
    layout === 'roster'
      ? await buildTemplate(f, { layout, generator: 'test' })
      : await buildTemplate(f, { layout, generator: 'test', people: people.map((p) => new Map([['name', p.header[nameField]!]])) });
  if (layout === 'roster') fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, people);
  else {
    // The template names a second sheet of one name 「马琳(2)」: each person fills the next sheet of their name.
    const taken = new Map<string, number>();
    for (const p of people) {
      const name = p.header[nameField]!;
      const n = (taken.get(name) ?? 0) + 1;
      taken.set(name, n);
      fillFormSheet(wb.getWorksheet(n === 1 ? name : `${name}(${n})`)!, f, p);
    }
  }
  options.edit?.(wb);
  if (options.guess) wb.removeWorksheet(wb.worksheets.find((w) => w.state !== 'visible')!.id);
  const dir = tempDir();
  const input = path.join(dir, `${id}.xlsx`);
  await wb.xlsx.writeFile(input);
  const outcome = await gradeFile(input, options.pay ? { pay: options.pay } : {});
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

export function payFile(lines: string[]): string {
  const file = path.join(tempDir(), 'pay.csv');
  writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
  return file;
}

export function byName(r: GradeReport, name: string): PersonResult {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name} in ${r.people.map((x) => x.name).join(',')}`);
  return p;
}
