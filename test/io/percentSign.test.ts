// A % typed into a number format as text (0"%", 0\%) shows the value as it is: a cell showing 「1%」 holds 1 and
// means 1 %. Only a % that is format code (0%) shows the value × 100.
import path from 'node:path';
import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { percentSignOf } from '../../src/io/grid.js';
import { quotedFormatEscapes } from '../../src/io/workbookFixups.js';
import { repoRoot, tempDir } from '../helpers.js';

describe('percentSignOf', () => {
  it('a % of the format\'s code scales; a quoted or escaped one is text; brackets, _ and * are not a sign', () => {
    expect(['0%', '0.00%', '#,##0.0%;[Red]-0.0%', '0"分"%'].map(percentSignOf)).toEqual(['scaled', 'scaled', 'scaled', 'scaled']);
    expect(['0"%"', '0\\%', '0.0"%"', '#,##0" %"', '0"％"', '0.00"％"'].map(percentSignOf)).toEqual(['literal', 'literal', 'literal', 'literal', 'literal', 'literal']);
    expect(['0', 'General', '0_%', '[<=100%]0', ''].map(percentSignOf)).toEqual([null, null, null, null, null]);
  });

  it('exceljs drops a format\'s backslashes (0\\% read as 0%): they are written as quotes before it reads them', () => {
    const styles = '<numFmts><numFmt numFmtId="165" formatCode="0\\%"/><numFmt numFmtId="166" formatCode="0&quot;\\x&quot;\\ \\元"/></numFmts>';
    expect(quotedFormatEscapes(styles)).toBe('<numFmts><numFmt numFmtId="165" formatCode="0&quot;%&quot;"/><numFmt numFmtId="166" formatCode="0&quot;\\x&quot;&quot; &quot;&quot;元&quot;"/></numFmts>');
  });
});

describe('an openpyxl roster whose 达成率 cells show 「1%」 through 0"%" and 0\\%', () => {
  // after-sales-monthly: 客户信息管理 1 % < 80 % → 0 of 20; 档案 20, 回访 20, 投诉 0 unmet → 20: A = 60/80 = 75;
  // B 5级 and 5级 → 100. 75 × 0.85 + 100 × 0.15 = 63.75 + 15 = 78.75 → 一般. Read as 100 % it was 100 优秀.
  it.each(['exceljs', 'package'] as const)('both people 78.75 一般 (writer %s)', async (writer) => {
    const dir = tempDir();
    const input = path.join(dir, 'roster.xlsx');
    copyFileSync(path.join(repoRoot, 'test/fixtures/external/openpyxl-literal-percent.xlsx'), input);
    const outcome = await gradeFile(input, { writer });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['周一', 78.75, '一般'], ['吴二', 78.75, '一般']]);
    expect(outcome.report.people[0]!.items[0]!.explanation).toMatch(/^达成率 1% 低于75% → 0/);
    expect(outcome.report.problems.map((p) => p.code)).not.toContain('ambiguous-percent');
  });
});

describe('formatSuffixOf and isElapsedFormat', () => {
  it('the word after the number, of the first section; none for a % or a currency sign before it', async () => {
    const { formatSuffixOf, isElapsedFormat } = await import('../../src/io/grid.js');
    expect(['0.0"万"', '0"千元"', '#,##0" 元"', '0\\次', '#,##0"元";[Red]-#,##0"元"'].map(formatSuffixOf)).toEqual(['万', '千元', '元', '次', '元']);
    expect(['"¥"#,##0.00', '0"%"', '0_);(0)', 'General', '0.00', '0" "'].map(formatSuffixOf)).toEqual(['', '', '', '', '', '']);
    expect(['[ss]', '[mm]:ss', '[h]:mm'].map(isElapsedFormat)).toEqual([true, true, true]);
    expect(['0', '0"[s]"', 'yyyy-mm-dd'].map(isElapsedFormat)).toEqual([false, false, false]);
  });
});

describe('a number shown with fixed decimals (0.00): text read from it is what the cell shows', () => {
  it('fixedDecimalsText: 2026.1 through 0.00 is 「2026.10」; nothing when the plain number is what shows', async () => {
    const { fixedDecimalsText } = await import('../../src/io/grid.js');
    expect([fixedDecimalsText('0.00', 2026.1), fixedDecimalsText('#,##0.0', 5), fixedDecimalsText('0.00', 2026.12), fixedDecimalsText('0', 3)]).toEqual(['2026.10', '5.0', undefined, undefined]);
  });

  it('§23 log with 考核月份 2026.10 / 2026.11 / 2026.12 kept as numbers: October to December, three 优秀 months in a row → 3', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'log.xlsx');
    copyFileSync(path.join(repoRoot, 'test/fixtures/external/openpyxl-months-as-numbers.xlsx'), input);
    const outcome = await gradeFile(input, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const groups = (outcome.report.groups ?? []) as Array<{ keyText: string; figures: Record<string, unknown> }>;
    // Read as 2026.1, October was January and the streak of three months was broken: 0.
    expect(groups.filter((g) => g.figures.streakBonus === undefined).map((g) => g.keyText)).toEqual(['2026-10·采购部', '2026-11·采购部', '2026-12·采购部']);
    expect(groups.find((g) => g.figures.streakBonus !== undefined)?.figures.streakBonus).toBe(3);
  });
});
