// Writes dist/cli/quick.json and quick.txt: the answers bin/kpi.js gives before loading the program
// (src/cli/quick.cts). Part of npm run build, after tsc. The text first: quick.json names what is in it.
import { renameSync, writeFileSync } from 'node:fs';
import { renderQuickAnswers } from '../dist/cli/quickAnswers.js';

const { index, text } = await renderQuickAnswers();
for (const [name, content] of [['quick.txt', text], ['quick.json', JSON.stringify(index)]]) {
  const file = new URL(`../dist/cli/${name}`, import.meta.url);
  const temporary = new URL(`../dist/cli/${name}.tmp`, import.meta.url);
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
