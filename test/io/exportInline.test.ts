// §11 with the export's figures typed as columns of the roster itself (a CSV holds one sheet): it was 「没有找到表头」
// for a roster with every column there. The sheet is both roster and export, each row joined to itself.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

describe('the export\'s columns on the roster itself', () => {
  it('王芳 85 (待改进, §13\'s left-open bands), 李强 93.75; the figures\' columns are not listed as ignored', async () => {
    const file = path.join(tempDir(), 'inline.csv');
    writeFileSync(file, [
      '\uFEFF工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力,询单人数,最终付款人数,销售额,中差评数,评价数',
      '1001,王芳,客服部,2026-03,20%,50000,1,12,4,8,200,50,45000,1,100',
      '1002,李强,客服部,2026-03,10%,100000,,15,5,10,1000,80,98765.4,0,1234',
    ].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'shop-cs-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 王芳: 转换 50/200 = 25 % of a 20 % target, capped → 30; 销售 45000/50000 = 90 % × 20 = 18; 咨询答复 1 time → 8; 中差评
    // 1/100 = 1 % of 2 % → (1 − 0.5) × 10 = 5; 12 + 4 + 8 → 85.
    // 李强: 转换 80/1000 = 8 % of 10 % → 0.8 × 30 = 24; 销售 98765.4/100000 × 20 = 19.75308; 咨询答复 blank → 10; 中差评 0 → 10;
    // 15 + 5 + 10 → 93.75308.
    expect(outcome.report.people.map((p) => [p.name, Number(p.total!.toFixed(5)), p.band])).toEqual([['王芳', 85, '待改进'], ['李强', 93.75308, '良好']]);
    expect(outcome.report.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
