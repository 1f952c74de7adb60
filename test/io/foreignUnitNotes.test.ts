// A heading's note naming a currency, scale or time other than the input's own, as exports write them: 「销售额(美元)」,
// 「(USD)」, 「(k)」, 「平均响应秒数(ms)」. Read as 元 or seconds they scored without a word (6,500 USD as 6,500 元: 69.6).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { foreignUnit } from '../../src/io/headingUnits.js';
import { parseNumberText } from '../../src/engine/text.js';
import { tempDir } from '../helpers.js';

const ROSTER = [
  '\uFEFF工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力,加分项·加分,加分项·加分原因,减分项·减分,减分项·减分原因',
  '1001,王芳,客服部,2026-03,20%,50000,1,12,4,8,,,,',
].join('\r\n');

describe('a unit note other than the input\'s own, in any case an export writes it', () => {
  it('money in another currency or scale, a time in another unit: foreign; the input\'s own unit in other words: not', () => {
    const amount = { type: 'number', unit: '元' };
    const seconds = { type: 'number', unit: '秒' };
    const count = { type: 'integer', unit: '次' };
    for (const note of ['美元', 'USD', 'usd', '$', '港币', 'HKD', '欧元', '日元', 'k', 'K', 'w', 'W', '亿元', '十万', '千万元']) {
      expect(foreignUnit(`实际销售额(${note})`, amount), note).toBe(true);
    }
    for (const note of ['ms', '毫秒', 'min', 'Min', 'h', '分钟', '小时']) expect(foreignUnit(`平均响应秒数(${note})`, seconds), note).toBe(true);
    for (const note of ['秒', '秒钟', 's', 'sec', 'S']) expect(foreignUnit(`平均响应秒数(${note})`, seconds), note).toBe(false);
    expect([foreignUnit('实际销售额(元)', amount), foreignUnit('迟到(次)', count)]).toEqual([false, false]);
    // One letter over a count, points or a level is a code of the team's (投诉处理(S), 新客户数(D), (K), (M1)), read.
    const points = { type: 'number', unit: '分' };
    expect([foreignUnit('迟到(k)', count), foreignUnit('新客户数(D)', count), foreignUnit('投诉处理(S)', points), foreignUnit('投诉处理(K)', points), foreignUnit('投诉处理(M1)', points)]).toEqual([false, false, false, false, false]);
    expect([foreignUnit('平均响应时间(m)', { type: 'number', unit: '分钟' }), foreignUnit('平均响应时间(s)', { type: 'number', unit: '分钟' }), foreignUnit('旷工(d)', { type: 'number', unit: '天' })]).toEqual([false, true, false]);
    // The input's own unit after a figure typed as text: 65s is 65 seconds; 65ms is no number of seconds.
    expect([parseNumberText('65s', '秒')?.value, parseNumberText('65ms', '秒'), parseNumberText('3 days', '天')?.value]).toEqual([65, null, 3]);
  });

  it('§11 export 「销售额(美元)」 (and USD, k, W, 亿元): 王芳 not scored, said; 「销售额(元)」 scores 69.6', async () => {
    const dir = tempDir();
    const roster = path.join(dir, 'roster.csv');
    writeFileSync(roster, ROSTER + '\r\n');
    const exportFile = path.join(dir, 'export.csv');
    const run = async (heading: string) => {
      writeFileSync(exportFile, `客服昵称,询单人数,询单->最终付款人数,${heading},中差评,评价总数\r\n旗舰店:王芳,200,50,6500,1,100\r\n`);
      const outcome = await gradeFile(roster, { form: 'shop-cs-monthly', data: exportFile, output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      return outcome.report;
    };
    for (const heading of ['销售额(美元)', '销售额(USD)', '销售额(k)', '销售额(W)', '销售额(亿元)', '销售额($)']) {
      const report = await run(heading);
      expect(report.people.map((p) => [p.name, p.status]), heading).toEqual([['王芳', 'error']]);
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.code), heading).toContain('data-missing');
    }
    // In 元: 转换 50/200 = 25 % of a 20 % target, capped → 30; 销售 6500/50000 = 13 % × 20 = 2.6; 咨询答复 1 time → 10 − 2
    // = 8; 中差评 1/100 = 1 % of 2 % allowed → (1 − 0.5) × 10 = 5; 售后投诉关联 12; 主动性 4; 其他 8 → 69.6.
    const report = await run('销售额(元)');
    expect(report.people.map((p) => [p.name, p.status, Number(p.total!.toFixed(2))])).toEqual([['王芳', 'scored', 69.6]]);
  });

  it('§10 roster 「销售额·实际销售额(k)」 and 「平均响应秒数(ms)」: not read, each said with its unit and the form\'s', async () => {
    const file = path.join(tempDir(), 'k.csv');
    writeFileSync(file, [
      '工号,姓名,销售额·实际销售额(k),销售额·目标销售额,客户满意度,转化率·新客户数,转化率·潜在客户(访问)数,转化率·目标转化率,响应时间·平均响应秒数(ms),响应时间·目标秒数,投诉处理,产品知识,团队协作,个人素质',
      '7001,甲,95,100000,90,10,100,10%,2000,30,100,100,100,100',
    ].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'sales-cs-kpi', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.status])).toEqual([['甲', 'error']]);
    expect(outcome.report.problems.filter((p) => p.code === 'item-not-found' && p.cell?.endsWith('1')).map((p) => p.message.replace(/^[^:]*:/, ''))).toEqual([
      '工作表「k」的列「销售额·实际销售额(k)」写的单位是「k」,本表「销售额·实际销售额」按「元」填写,这一列没有读取,无法为「销售额」评分;请换算成「元」后填写,并把列名改回「销售额·实际销售额」',
      '工作表「k」的列「响应时间·平均响应秒数(ms)」写的单位是「ms」,本表「响应时间·平均响应秒数」按「秒」填写,这一列没有读取,无法为「响应时间」评分;请换算成「秒」后填写,并把列名改回「响应时间·平均响应秒数」',
    ]);
  });
});
