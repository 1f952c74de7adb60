// --previous given a log of another month than the one before (April's as March's previous, or January's): the changes
// were printed as 比上月 without a word (−10 against the month after). Now a warning naming both months; compared as asked.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

/** A §3 log of one month: two customers, each rating every dimension `score`. */
function log(dir: string, month: string, score: number): string {
  const file = path.join(dir, `${month}.csv`);
  writeFileSync(file, ['客户,产品质量,服务,交付准确性,售后支持,月份', `客户A,${score},${score},${score},${score},${month}`, `客户B,${score},${score},${score},${score},${month}`].join('\r\n') + '\r\n');
  return file;
}

describe('--previous of another month', () => {
  it('§3 March against April: a warning, the change still 80 − 90 = −10; against February: nothing said, 80 − 70 = +10', async () => {
    const dir = tempDir();
    const march = log(dir, '2026-03', 8);
    for (const [month, score, change, said] of [['2026-04', 9, -10, true], ['2026-02', 7, 10, false], ['2026-01', 7, 10, true]] as const) {
      const outcome = await gradeFile(march, { form: 'satisfaction-monthly', previous: log(dir, month, score), output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const group = outcome.report.groups!.find((g) => g.grouping === 'month')!;
      // Index = mean × 10: March 8 → 80.
      expect([group.figures.index, group.change?.index], month).toEqual([80, change]);
      const warned = outcome.report.problems.filter((p) => p.code === 'previous-month');
      expect(warned.map((p) => p.message.slice(p.message.indexOf('上月文件'))), month).toEqual(said ? [`上月文件 ${month}.csv 的记录是 ${month} 的,本月是 2026-03:「比上月」列出的是与 ${month} 相比的变化,不是与上个月(2026-02)相比;如果要比上月,请用 --previous 给出 2026-02 的文件`] : []);
    }
  });
});
