#!/usr/bin/env node
// Writes samples/ for the record forms (order logs, surveys): `kpi template <id>`, then rows typed into it.
// The rows of each sample live in scripts/record-samples/<file>.mjs (`formId`, `file`, `rows` keyed by column id).
// Run after `npm run build`: node scripts/make-record-samples.mjs [out-dir]
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadAnyForm } from '../dist/forms/load.js';
import { buildRecordTemplate } from '../dist/io/records/template.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? path.join(here, '..', 'samples');
mkdirSync(out, { recursive: true });
const dir = path.join(here, 'record-samples');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  const sample = await import(pathToFileURL(path.join(dir, name)).href);
  const loaded = await loadAnyForm(sample.formId);
  if (!loaded.ok || loaded.kind !== 'records') throw new Error(`${name}: ${sample.formId} is not a record form`);
  const def = loaded.form;
  const wb = buildRecordTemplate(def, 'kpi sample', Math.max(sample.rows.length, 20));
  const ws = wb.getWorksheet(def.records.sheet);
  const head = def.records.columns.some((c) => c.group) ? 3 : 2;
  sample.rows.forEach((row, k) => {
    def.records.columns.forEach((c, i) => {
      if (row[c.id] !== undefined && row[c.id] !== null) ws.getCell(head + 1 + k, i + 1).value = row[c.id];
    });
  });
  const file = path.join(out, sample.file);
  await wb.xlsx.writeFile(file);
  console.log(`wrote ${file} (${sample.rows.length} rows)`);
}
