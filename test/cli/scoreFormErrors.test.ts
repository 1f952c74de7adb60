import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { repoRoot, tempDir } from '../helpers.js';

// `kpi score --form my.json` with a definition of several mistakes said the first only: for a typo 「lable」 that was
// 「缺少必填字段 label」, and the hint 「不认识的字段 lable(拼写错误?)」 that says what to fix was not shown.
describe('kpi score --form <definition with mistakes>', () => {
  it('says every mistake, as kpi forms does (exit 2; --json lists them under errors)', async () => {
    const def = readFileSync(path.join(repoRoot, 'templates', 'cs-rep.json'), 'utf8').replace('"label": "服务态度"', '"lable": "服务态度"').replace('"label": "解决问题的能力"', '"lable": "解决问题的能力"');
    const file = path.join(tempDir(), 'my.json');
    writeFileSync(file, def);
    const sample = path.join(repoRoot, 'samples', 'cs-rep.march.roster.xlsx');
    const o = captureOutput();
    expect(await main(['score', sample, '--form', file, '--dry-run'], { output: o, gradeOnThisThread: true })).toBe(2);
    // Each slip once, naming the field meant (each had been 「缺少 label」 beside 「不认识 lable」).
    expect(o.stderr.trim().split('\n')).toEqual([`kpi: ${file}:$.parts[0].items[0]:不认识的字段「lable」,是不是「label」?`, `kpi: ${file}:$.parts[0].items[1]:不认识的字段「lable」,是不是「label」?`]);
    const j = captureOutput();
    expect(await main(['score', sample, '--form', file, '--dry-run', '--json'], { output: j, gradeOnThisThread: true })).toBe(2);
    const doc = JSON.parse(j.stdout) as { error: { code: string }; errors: Array<{ message: string }> };
    expect([doc.error.code, doc.errors.length]).toEqual(['definition-invalid', 2]);
  });
});
