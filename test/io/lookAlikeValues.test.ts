// A column kpi does not recognise that only looks like a missing optional column: whoever has a value under it that
// would have counted is not scored (their value would be lost, and their score higher than the sheet says).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

const HEAD = '工号,姓名,部门,客户回访率·本月安装(售服)客户数,客户回访率·回访客户数,日常服务规范·用语不规范,日常服务规范·短信漏发,日常服务规范·跟踪不到位,回访问题处理效率·基础分,回访问题处理效率·拖延遗漏错误次数,处理能力,态度,工作纪律·迟到或早退,工作纪律·旷工,工作纪律·做与工作无关的事,工作纪律·工作时间睡觉';
// Full marks but for the look-alike column: 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 when it is left out.
const FULL = '50,50,,,,10,,10,15,,,,';

async function grade(extraHead: string, rows: Array<[string, string, string]>) {
  const file = path.join(tempDir(), 'roster.csv');
  const lines = [`${HEAD},${extraHead}`, ...rows.map(([id, name, extra]) => `${id},${name},客服部,${FULL},${extra}`)];
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  const outcome = await gradeFile(file, { form: 'mattress-cs-monthly' });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('values under a look-alike of a missing optional column', () => {
  it('「表格差错」 for 表格管理 (an item of one input, named by the item): 「5,5,5」 and 「3」 leave their people unscored', async () => {
    // Read, 王芳 would be 20 − 15 = 5 → 85 and 李强 20 − 3 = 17 → 97; dropped, both were 100 优秀 at exit 0.
    const r = await grade('表格差错', [['1001', '王芳', '"5,5,5"'], ['1002', '李强', '3'], ['1003', '张敏', '']]);
    expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['王芳', 'error', null], ['李强', 'error', null], ['张敏', 'scored', 100]]);
    // Each said at its cell, as an error naming the column it looks like.
    const unread = r.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error');
    expect(unread.map((p) => [p.cell, p.person])).toEqual([['Q2', '王芳'], ['Q3', '李强']]);
    expect(unread[0]!.message).toContain('「5,5,5」在没有认出的列「表格差错」里(像是「表格管理」)');
  });

  it('「奖罚分」 for 其它·奖惩分 (points −100 to 100): −15 leaves its person unscored, a blank does not', async () => {
    // Read, −15 would make 100 − 15 = 85 良好; dropped, it was 100 优秀.
    const r = await grade('奖罚分', [['1001', '王芳', '-15'], ['1002', '李强', '']]);
    expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['王芳', 'error', null], ['李强', 'scored', 100]]);
  });

  it('the team\'s own figures stay theirs: 「工作时长」 176 and 「出勤天数」 22 unscore no one', async () => {
    const r = await grade('工作时长,出勤天数', [['1001', '王芳', '176,22'], ['1002', '李强', '168,21']]);
    expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['王芳', 'scored', 100], ['李强', 'scored', 100]]);
  });
});

describe('a heading cleared over its values', () => {
  it('where 工作纪律·旷工 stood, 王芳\'s 1 under no heading: she is not scored (read as blank she had 5 points more), 李强 is', async () => {
    const file = path.join(tempDir(), 'roster.csv');
    const head = HEAD.replace('工作纪律·旷工,', ',');
    writeFileSync(file, `\uFEFF${head}\r\n1001,王芳,客服部,50,50,,,,10,,10,15,,1,,\r\n1002,李强,客服部,50,50,,,,10,,10,15,,,,\r\n`);
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly' });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.status, p.total])).toEqual([['王芳', 'error', null], ['李强', 'scored', 100]]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['N2']);
  });
});

describe('a heading whose note is a unit the input does not count in', () => {
  it('「工作纪律·旷工(天)」, 「迟到或早退(分钟)」: not read as counts of 次 — errors naming the column; (次), (户) and (%) read', async () => {
    const { foreignUnit } = await import('../../src/io/headingUnits.js');
    const count = { type: 'integer', unit: '次' };
    const amount = { type: 'number', unit: '元' };
    const points = { type: 'number' };
    expect([foreignUnit('工作纪律·旷工(天)', count), foreignUnit('迟到或早退(分钟)', count), foreignUnit('实际销售额(万元)', amount), foreignUnit('销售额(万元)', points)]).toEqual([true, true, true, true]);
    expect([foreignUnit('工作纪律·旷工(次)', count), foreignUnit('实际销售额(元)', amount), foreignUnit('客户满意度(%)', points), foreignUnit('处理能力(分)', points), foreignUnit('旷工(上月)', count)]).toEqual([false, false, false, false, false]);
  });

  it('a roster with 「工作纪律·旷工(天)」 holding 1: 王芳 not scored (1 天 read as 1 次 cost her 5 points without a word)', async () => {
    const file = path.join(tempDir(), 'roster.csv');
    const head = HEAD.replace('工作纪律·旷工,', '工作纪律·旷工(天),');
    writeFileSync(file, `\uFEFF${head}\r\n1001,王芳,客服部,50,50,,,,10,,10,15,,1,,\r\n`);
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly' });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'error']]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['N1', 'N2']);
  });
});
