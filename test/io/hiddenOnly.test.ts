// The only sheet with the data hidden: the refusal says so at once (it said only 「认不出」 until --form was given).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, repoRoot, tempDir } from '../helpers.js';

describe('a workbook whose data sheet is hidden', () => {
  it('is refused naming the hidden sheet and --include-hidden; with it, the people are scored', async () => {
    const wb = await readWorkbook(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.roster.xlsx'));
    const data = wb.worksheets.find((w) => w.state === 'visible')!;
    data.state = 'hidden';
    wb.getWorksheet('_kpi') && wb.removeWorksheet(wb.getWorksheet('_kpi')!.id);
    wb.keywords = '';
    wb.addWorksheet('说明').getCell('A1').value = '三月考核';
    const file = path.join(tempDir(), 'hidden.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    const message = r.ok ? '' : r.failure.message;
    expect(message).toContain('认不出是哪种考核表');
    expect(message.endsWith(`隐藏的工作表「${data.name}」没有读取;要评分隐藏的工作表请加 --include-hidden)`)).toBe(true);
    const shown = await gradeFile(file, { output: null, includeHidden: true });
    expect(shown.ok && shown.report.people).toHaveLength(7);
  });
});
