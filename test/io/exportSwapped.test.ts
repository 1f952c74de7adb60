// An export whose 工号 of two people are swapped (1001 李强, 1002 王芳 against the roster's 1001 王芳, 1002 李强): each
// was scored on the other's figures with a warning, exit 0. The name there is another person's on the roster: an error,
// the figures not used; a name nobody on the roster has (a nickname) stays a warning.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

const ROSTER = [
  '\uFEFF工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力,加分项·加分,加分项·加分原因,减分项·减分,减分项·减分原因',
  '1001,王芳,客服部,2026-03,20%,50000,1,12,4,8,,,,',
  '1002,李强,客服部,2026-03,10%,100000,,15,5,10,,,,',
].join('\r\n');

async function withExport(rows: string[]) {
  const dir = tempDir();
  const roster = path.join(dir, 'roster.csv');
  writeFileSync(roster, ROSTER + '\r\n');
  const data = path.join(dir, 'export.csv');
  writeFileSync(data, ['工号,姓名,询单人数,询单->最终付款人数,销售额,中差评,评价总数', ...rows].join('\r\n') + '\r\n');
  const outcome = await gradeFile(roster, { form: 'shop-cs-monthly', data, output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('an export row whose 工号 is one person\'s and name another\'s', () => {
  it('swapped both ways: both unscored, an error each; joined right, 王芳 69.6', async () => {
    const swapped = await withExport(['1002,王芳,200,50,6500,1,100', '1001,李强,1000,80,98765.4,0,1234']);
    expect(swapped.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'error'], ['李强', 'error']]);
    expect(swapped.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.person])).toEqual([['data-unmatched', '王芳'], ['data-unmatched', '李强']]);
    // 王芳 on her own row: 转换 50/200 = 25 % of 20 %, capped → 30; 销售 6500/50000 = 13 % × 20 = 2.6; 咨询答复 10 − 2 = 8;
    // 中差评 1 % of 2 % → 5; 12 + 4 + 8 → 69.6.
    const right = await withExport(['1001,王芳,200,50,6500,1,100', '1002,李强,1000,80,98765.4,0,1234']);
    expect(right.people.find((p) => p.name === '王芳')!.total).toBeCloseTo(69.6, 10);
    expect(right.problems.filter((p) => p.code === 'data-unmatched')).toEqual([]);
  });

  it('a name nobody on the roster has (旗舰店 nickname 小芳): a warning, the row used', async () => {
    const report = await withExport(['1001,小芳,200,50,6500,1,100', '1002,李强,1000,80,98765.4,0,1234']);
    expect(report.people.find((p) => p.name === '王芳')!.total).toBeCloseTo(69.6, 10);
    expect(report.problems.filter((p) => p.code === 'data-unmatched').map((p) => p.severity)).toEqual(['warning']);
  });

  it('namesakes the roster tells apart (张伟, 张伟B) and the export does not (张伟 twice): by 工号 with a warning, not a swap', async () => {
    const dir = (await import('../helpers.js')).tempDir();
    const roster = path.join(dir, 'roster.csv');
    writeFileSync(roster, ROSTER.replace('1001,王芳', '1001,张伟').replace('1002,李强', '1002,张伟B') + '\r\n');
    const data = path.join(dir, 'export.csv');
    writeFileSync(data, ['工号,姓名,询单人数,询单->最终付款人数,销售额,中差评,评价总数', '1001,张伟,200,50,6500,1,100', '1002,张伟,1000,80,98765.4,0,1234'].join('\r\n') + '\r\n');
    const outcome = await gradeFile(roster, { form: 'shop-cs-monthly', data, output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.status])).toEqual([['张伟', 'scored'], ['张伟B', 'scored']]);
    expect(outcome.report.problems.filter((p) => p.code === 'data-unmatched').map((p) => [p.severity, p.person])).toEqual([['warning', '张伟B']]);
  });
});
