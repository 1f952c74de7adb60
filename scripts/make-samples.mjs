#!/usr/bin/env node
// Writes samples/: for each bundled form, a filled March workbook in each layout and a roster CSV,
// made the way a user would: `kpi template`, then typing into the yellow cells.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadForm } from '../dist/forms/load.js';
import { buildTemplate } from '../dist/io/template/index.js';
import { fillFormSheet, fillRoster } from '../dist/io/fillTemplate.js';
import { samples } from './sample-data.mjs';
import { sheetCsvLines } from './sheet-csv.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? path.join(root, 'samples');
mkdirSync(out, { recursive: true });

for (const [id, people] of Object.entries(samples)) {
  const loaded = await loadForm(id);
  if (!loaded.ok) throw new Error(loaded.problems[0].message);
  const form = loaded.form;
  const personRows = people.map((p) => new Map([['name', p.header.name], ['id', p.header.employeeId], ['department', p.header.department]]));

  const formWb = await buildTemplate(form, { layout: 'form', people: personRows, generator: 'kpi samples' });
  people.forEach((p) => fillFormSheet(formWb.getWorksheet(p.header.name), form, p));
  await formWb.xlsx.writeFile(path.join(out, `${id}.march.form.xlsx`));

  const rosterWb = await buildTemplate(form, { layout: 'roster', generator: 'kpi samples' });
  fillRoster(rosterWb.worksheets.find((w) => w.state === 'visible'), form, people);
  await rosterWb.xlsx.writeFile(path.join(out, `${id}.march.roster.xlsx`));

  // The roster as a CSV export (UTF-8 with BOM, as Excel writes 「CSV UTF-8」).
  const ws = rosterWb.worksheets.find((w) => w.state === 'visible');
  const lines = sheetCsvLines(ws, people.length + 1);
  writeFileSync(path.join(out, `${id}.march.csv`), '\uFEFF' + lines.join('\r\n') + '\r\n');
}
console.log(`samples written to ${out}`);
