#!/usr/bin/env node
// Writes samples/: for each bundled form, a filled March workbook in each layout and a roster CSV,
// made the way a user would: `kpi template`, then typing into the yellow cells.
// The people of each form live in scripts/samples/<form id>.mjs (`formId`, `people`); the first three forms'
// people are still in scripts/sample-data.mjs.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadForm } from '../dist/forms/load.js';
import { buildTemplate } from '../dist/io/template/index.js';
import { fillFormSheet, fillRoster } from '../dist/io/fillTemplate.js';
import { samples as legacySamples } from './sample-data.mjs';
import { sheetCsvLines } from './sheet-csv.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const out = process.argv[2] ?? path.join(root, 'samples');
mkdirSync(out, { recursive: true });

/** Form id → people: sample-data.mjs, then one module per form under scripts/samples/. */
async function allSamples() {
  const samples = { ...legacySamples };
  const dir = path.join(here, 'samples');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
    const mod = await import(pathToFileURL(path.join(dir, file)).href);
    if (!mod.formId || !Array.isArray(mod.people)) throw new Error(`${file}: export formId and people`);
    samples[mod.formId] = mod.people;
  }
  return samples;
}

// KPI_SAMPLES=id,id writes only those forms' samples (the others stay byte for byte as they are).
const only = process.env.KPI_SAMPLES ? new Set(process.env.KPI_SAMPLES.split(',')) : null;
for (const [id, people] of Object.entries(await allSamples())) {
  if (only && !only.has(id)) continue;
  const loaded = await loadForm(id);
  if (!loaded.ok) throw new Error(loaded.problems[0].message);
  const form = loaded.form;
  // Header values are keyed by field id; the template pre-fills by role (name, id, department).
  const fields = form.header.concat(form.footer ?? []);
  const byRole = (p, role) => p.header[fields.find((f) => f.role === role)?.id ?? ''];
  const personRows = people.map((p) => new Map(['name', 'id', 'department'].map((role) => [role, byRole(p, role)]).filter(([, v]) => v)));

  const formWb = await buildTemplate(form, { layout: 'form', people: personRows, generator: 'kpi samples' });
  people.forEach((p) => fillFormSheet(formWb.getWorksheet(byRole(p, 'name')), form, p));
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
