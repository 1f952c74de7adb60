// A unit note typed by a Chinese input method: 「回访客户数（户）」 with full-width brackets is the same field as
// 「回访客户数(户)」. It was not recognised: 王芳's counts were read as missing and her 客户回访率 came out wrong.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { labelVariants, withoutTrailingNote } from '../../src/io/normalize.js';
import { sampleCopy, tempDir } from '../helpers.js';

describe('a bracketed note at the end of a label, in full-width brackets', () => {
  it('is dropped like a half-width one; a bracket in the middle or a nested one is kept', () => {
    expect(withoutTrailingNote('回访客户数（户）')).toBe('回访客户数');
    expect(withoutTrailingNote('同事评（张三）')).toBe('同事评');
    expect(withoutTrailingNote('回访客户数(户)')).toBe('回访客户数');
    expect(withoutTrailingNote('本月安装（售服）客户数')).toBe('本月安装（售服）客户数');
    expect(withoutTrailingNote('甲（乙）丙）')).toBe('甲（乙）丙）');
    expect(labelVariants('回访客户数（户）')).toContain('回访客户数');
  });

  it('§8 form sheet with 「本月安装（售服）客户数（户）」 and 「回访客户数（户）」: the worked example is still 79', async () => {
    const input = sampleCopy('mattress-cs-monthly.march.form.xlsx', 'm.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const ws = wb.getWorksheet('王芳')!;
    ws.getCell('E7').value = '本月安装（售服）客户数（户）';
    ws.getCell('E8').value = '回访客户数（户）';
    await wb.xlsx.writeFile(input);
    const outcome = await gradeFile(input, { form: 'mattress-cs-monthly', output: path.join(tempDir(), 'g.xlsx') });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 45/50 × 20 = 18, + 15 + 11 + 3 + 9 + 13 + 8 = 77, + 奖惩 2 = 79 → 一般.
    const wang = outcome.report.people.find((p) => p.name === '王芳')!;
    expect([wang.total, wang.band]).toEqual([79, '一般']);
    expect(wang.items.find((i) => i.label === '客户回访率')!.score).toBe(18);
    expect(outcome.report.problems.filter((p) => p.sheet === '王芳' && p.severity !== 'info')).toEqual([]);
  });
});
