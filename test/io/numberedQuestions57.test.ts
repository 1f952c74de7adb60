// 问卷星 numbers its questions: 「2、产品质量满意度」 … over §3's 1–10 answers was no column (exit 2, 「没有找到…的表头」),
// where 「2、产品质量」 and 「产品质量满意度」 were each read.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, tempDir } from '../helpers.js';

const ROWS = ['A公司,9,8,10,9,', 'B公司,8,8,7,9,送货慢', 'C公司,10,10,10,10,', 'D公司,7,6,8,7,希望改进售后'];

async function scored(header: string) {
  const file = path.join(tempDir(), 'wjx.csv');
  writeFileSync(file, [header, ...ROWS].join('\n') + '\n');
  return gradedReport(file, { form: 'satisfaction-monthly', period: '2026-03' });
}

describe('§3 numbered questions ending in 满意度', () => {
  // The month's mean of every answer: (9+8+10+9 + 8+8+7+9 + 10+10+10+10 + 7+6+8+7) / 16 = 136 / 16 = 8.50 → index 85 乙.
  for (const header of ['客户名称,2、产品质量满意度,3、服务满意度,4、交付准确性满意度,5、售后支持满意度,6、建议和意见', '客户名称,第2题 产品质量,第3题 服务,第4题 交付准确性,第5题 售后支持,建议和意见']) {
    it(`${header.split(',')[1]} …: read, mean 8.50, index 85.00 乙`, async () => {
      const r = await scored(header);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(r.groups.find((g) => g.grouping === 'month')).toMatchObject({ band: '乙', figures: { responses: 4, overall: 8.5, index: 85 } });
    });
  }
});
