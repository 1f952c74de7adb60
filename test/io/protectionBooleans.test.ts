// LibreOffice writes the protection of sheets and cells with XML's other booleans (sheet="true", locked="false"); exceljs
// read only "1" and "0": the graded copy of a protected roster came back unprotected with every input cell locked.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

/** The sample roster as LibreOffice saves it: its booleans spelled true/false, its protection with a legacy password. */
async function asLibreOffice(): Promise<string> {
  const zip = await JSZip.loadAsync(await import('node:fs').then((fs) => fs.readFileSync(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'))));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const protection = /<sheetProtection\b[^>]*\/>/.exec(sheet)![0];
  expect(protection).toContain('sheet="1"');
  const spelled = protection.replace(/="1"/g, '="true"').replace(/="0"/g, '="false"').replace('<sheetProtection ', '<sheetProtection password="CC1A" ');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace(protection, spelled));
  const styles = await zip.file('xl/styles.xml')!.async('string');
  expect(styles).toContain('locked="0"');
  zip.file('xl/styles.xml', styles.replace(/locked="0"/g, 'locked="false"'));
  const file = path.join(tempDir(), 'lo.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** The roster sheet's <sheetProtection> and the locked flag of each style its input cells use (styles.xml). */
async function protectionOf(file: string): Promise<{ protection: string | null; unlockedXfs: number }> {
  const zip = await JSZip.loadAsync(await import('node:fs').then((fs) => fs.readFileSync(file)));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = /<sheet\b[^>]*name="考核表"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1] ?? /<sheet\b[^>]*r:id="([^"]+)"/.exec(workbook)![1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  const sheet = await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
  const unlockedXfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].filter((m) => /<protection\b[^>]*locked="(0|false)"/.test(m[0])).length;
  return { protection: /<sheetProtection\b[^>]*\/>/.exec(sheet)?.[0] ?? null, unlockedXfs };
}

describe('protection written with true/false (LibreOffice)', () => {
  it('the graded copy keeps the sheet protected, with its password, and the input cells unlocked', async () => {
    const input = await asLibreOffice();
    const before = await protectionOf(input);
    expect(before.unlockedXfs).toBeGreaterThan(0);
    const out = await gradeFile(input, { output: path.join(tempDir(), 'lo.graded.xlsx') });
    if (!out.ok) throw new Error(out.failure.message);
    const after = await protectionOf(out.report.output!);
    // It was null (the sheet open) and 0 unlocked styles (every input cell locked once protected again).
    expect(after.protection).toMatch(/sheet="1"/);
    expect(after.protection).toMatch(/password="CC1A"/);
    // formatCells="false" allowed formatting cells: still allowed (formatCells="0").
    expect(after.protection).toMatch(/formatCells="0"/);
    expect(after.unlockedXfs).toBeGreaterThan(0);
  });
});
