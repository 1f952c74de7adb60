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

describe('the same customer twice with other answers', () => {
  it('§3 李女士 again (a correction typed as a second row): both counted as before, said at the second row; 匿名 twice is not', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'log.csv');
    writeFileSync(file, ['客户,产品质量,服务,交付准确性,售后支持,建议和意见', '李女士,6,6,6,6,', '王先生,9,9,9,9,', '匿名,8,8,8,8,', '匿名,7,7,7,7,', '李女士,9,9,9,9,更正:客户重新打分'].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // All five counted: (6 + 9 + 8 + 7 + 9) / 5 = 7.8 → index 78.
    const group = outcome.report.groups!.find((g) => g.grouping === 'month')!;
    expect([group.figures.responses, group.figures.index]).toEqual([5, 78]);
    const said = outcome.report.problems.filter((p) => p.code === 'duplicate-record');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', 'A6']]);
    expect(said[0]!.message).toContain('这一条的客户与第 2 行的相同,答案不同,两条都计入了');
  });
});
