// Writes dist/cli/quick.json and quick.txt: the answers bin/kpi.js gives before loading the program
// (src/cli/quick.cts). Part of npm run build, after tsc. The text first: quick.json names what is in it.
import { renameSync, writeFileSync } from 'node:fs';
import { renderQuickAnswers } from '../dist/cli/quickAnswers.js';

const { index, text } = await renderQuickAnswers();
// quick.json in ASCII, \u-escaping the rest (a definition named in Chinese): quick.cts reads it without decoding UTF-8.
const json = JSON.stringify(index).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
for (const [name, content] of [['quick.txt', text], ['quick.json', json]]) {
  const file = new URL(`../dist/cli/${name}`, import.meta.url);
  const temporary = new URL(`../dist/cli/${name}.tmp`, import.meta.url);
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
