// Writes templates/form.schema.json from the definition language's code (dist/forms/schema.js). Run: npm run schema
import { writeFileSync } from 'node:fs';
import { buildFormSchema } from '../dist/forms/schema.js';

const file = new URL('../templates/form.schema.json', import.meta.url);
writeFileSync(file, JSON.stringify(buildFormSchema(), null, 2) + '\n');
console.log(`wrote ${file.pathname}`);
