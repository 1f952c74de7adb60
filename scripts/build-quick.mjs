// Writes dist/cli/quick.json: the answers bin/kpi.js gives before loading the program (src/cli/quick.cts).
// Part of npm run build, after tsc.
import { renameSync, writeFileSync } from 'node:fs';
import { renderQuickAnswers } from '../dist/cli/quickAnswers.js';

const file = new URL('../dist/cli/quick.json', import.meta.url);
const temporary = new URL('../dist/cli/quick.json.tmp', import.meta.url);
writeFileSync(temporary, JSON.stringify(await renderQuickAnswers()));
renameSync(temporary, file);
