#!/usr/bin/env node
// npm run bench: speed and memory of the built CLI on large honest input and on a zip bomb.
// Targets are checked here, never in timed unit tests. Usage: node scripts/bench.mjs [people=5000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadForm } from '../dist/forms/load.js';
import { buildTemplate } from '../dist/io/template/index.js';
import { fillRoster } from '../dist/io/fillTemplate.js';
import { sheetCsvLines } from './sheet-csv.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const people = Number(process.argv[2] ?? 5000);
const dir = mkdtempSync(path.join(tmpdir(), 'kpi-bench-'));
const TARGETS = { rosterSeconds: 60, rosterMB: 1500, bombSeconds: 5, bombMB: 300, csvSeconds: 30, csvMB: 800 };

const f = await loadForm('mattress-cs-monthly');
const wb = await buildTemplate(f.form, { layout: 'roster', generator: 'bench' });
const ws = wb.worksheets.find((w) => w.state === 'visible');
const rows = Array.from({ length: people }, (_, i) => ({
  header: { employeeId: String(100000 + i), name: `员工${i}`, department: `客服${i % 7}部` },
  values: { 'M1.N': 50, 'M1.V': 30 + (i % 21), M2: i % 5 === 0 ? '3,2' : '', 'M3.language': i % 3, 'M4.base': 6 + (i % 5), M5: i % 11, M6: i % 16, 'M7.late': i % 4, ...(i % 97 === 0 ? { 'M7.absent': '两次' } : {}) },
}));
fillRoster(ws, f.form, rows);
const big = path.join(dir, `roster-${people}.xlsx`);
await wb.xlsx.writeFile(big);

const csv = path.join(dir, `roster-${people}.csv`);
writeFileSync(csv, sheetCsvLines(ws, people + 1).join('\n'));

const bomb = path.join(root, 'test/fixtures/hostile/zip-bomb.xlsx');
if (!existsSync(bomb)) spawnSync(process.execPath, [path.join(root, 'scripts/make-hostile.mjs')], { stdio: 'inherit' });

function measure(label, args) {
  const hasTime = existsSync('/usr/bin/time');
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const full = hasTime ? ['-f', '%e %M', process.execPath, path.join(root, 'bin/kpi.js'), ...args] : [path.join(root, 'bin/kpi.js'), ...args];
  const t0 = Date.now();
  const r = spawnSync(cmd, full, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (Date.now() - t0) / 1000;
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) (\d+)$/.exec(last);
  const seconds = m ? Number(m[1]) : wall;
  const mb = m ? Number(m[2]) / 1024 : NaN;
  console.log(`${label.padEnd(34)} exit ${r.status}  ${seconds.toFixed(2)} s  peak ${Number.isNaN(mb) ? '?' : mb.toFixed(0)} MB`);
  return { seconds, mb, status: r.status };
}

console.log(`kpi bench — ${people} people, node ${process.version}`);
const roster = measure(`score roster .xlsx (${people})`, ['score', big, '-o', path.join(dir, 'out.xlsx'), '--force', '--json']);
const text = measure(`score roster .csv (${people})`, ['score', csv, '--form', 'mattress-cs-monthly', '-o', path.join(dir, 'out-csv.xlsx'), '--force', '--json']);
const bombed = existsSync(bomb) ? measure('refuse zip bomb', ['score', bomb, '--dry-run']) : null;

const checks = [
  ['roster time', roster.seconds <= TARGETS.rosterSeconds, `${roster.seconds.toFixed(1)} s ≤ ${TARGETS.rosterSeconds} s`],
  ['roster memory', !(roster.mb > TARGETS.rosterMB), `${roster.mb.toFixed(0)} MB ≤ ${TARGETS.rosterMB} MB`],
  ['csv time', text.seconds <= TARGETS.csvSeconds, `${text.seconds.toFixed(1)} s ≤ ${TARGETS.csvSeconds} s`],
  ['csv memory', !(text.mb > TARGETS.csvMB), `${text.mb.toFixed(0)} MB ≤ ${TARGETS.csvMB} MB`],
  ...(bombed
    ? [
        ['zip bomb refused', bombed.status === 2, `exit ${bombed.status}`],
        ['zip bomb memory', !(bombed.mb > TARGETS.bombMB), `${bombed.mb.toFixed(0)} MB ≤ ${TARGETS.bombMB} MB`],
        ['zip bomb time', bombed.seconds <= TARGETS.bombSeconds, `${bombed.seconds.toFixed(1)} s ≤ ${TARGETS.bombSeconds} s`],
      ]
    : []),
];
let failed = 0;
for (const [name, ok, detail] of checks) {
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
}
process.exitCode = failed ? 1 : 0;
