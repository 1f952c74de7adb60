// A unit in brackets with other words around it — 「(单位:万元)」, 「(万元,含税)」, 「(K元)」, 「(单位:分钟)」 — is that unit:
// refused as the plain 「(万元)」 is. It was read in 元 or 秒 at exit 0 (张三 87.00 一般 for 79.00 待改进; 孙丽 90.50 优秀
// for 83.00 良好). And an export's column passed over for its unit says so, naming the unit, not 「没有「销售额」列」.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignUnit, unitNoteOf } from '../../src/io/headingUnits.js';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const dir = path.join(repoRoot, 'test/fixtures/unitNotes49');
const data = path.join(dir, '11-data.csv');
const amount = { type: 'number', unit: '元' };
const seconds = { type: 'number', unit: '秒' };

/** §11 roster (as 15-roster-heads.py of the tester): targets 10 / 8 / 5, or as given, under `heading`. */
function roster(heading: string, targets = [10, 8, 5]): string {
  const file = path.join(tempDir(), 'roster.csv');
  writeFileSync(file, [
    `\uFEFF工号,姓名,部门,考核月份,考核人,目标转换率,${heading},咨询答复质量,售后投诉关联,工作主动性,其他综合能力`,
    `S001,张三,客服一部,2026-03,赵组长,15%,${targets[0]},1,12,4,8`,
    `S002,李四,客服一部,2026-03,赵组长,20%,${targets[1]},0,15,5,10`,
    `S003,王五,客服一部,2026-03,赵组长,10%,${targets[2]},3,10,3,7`,
  ].join('\r\n') + '\r\n');
  return file;
}

describe('a unit written in brackets with other words', () => {
  it('is that unit once 单位:, notes of tax or currency are set aside; notes of something else are none', () => {
    const said = ['(单位:万元)', '(单位:万)', '(金额单位:万元)', '(单位 万元)', '(万元,含税)', '(含税,万元)', '(万元人民币)', '(K元)', '(单位:K)', '(计量单位:千元)'];
    expect(said.map((n) => unitNoteOf(`目标销售额${n}`))).toEqual(['万元', '万', '万元', '万元', '万元', '万元', '万元', '千元', 'K', '千元']);
    for (const n of said) expect(foreignUnit(`目标销售额${n}`, amount), n).toBe(true);
    expect(foreignUnit('平均响应时间(单位:分钟)', seconds)).toBe(true);
    // The input's own unit so written still reads.
    expect([foreignUnit('目标销售额(单位:元)', amount), foreignUnit('目标销售额(元,含税)', amount), foreignUnit('平均响应秒数(单位:秒)', seconds)]).toEqual([false, false, false]);
    expect(['(含退款)', '(上月)', '(万元以上订单数)', '(万元,上月)', '(人民币)'].map((n) => unitNoteOf(`销售额${n}`))).toEqual([null, null, null, null, null]);
  });

  it('§11 I1 「销售完成率·目标销售额(单位:万元)」, targets 10 / 8 / 5: not read, said (was 张三 87.00 一般, 600 % capped)', async () => {
    const report = await gradedReport(path.join(dir, '11-target-wanyuan.xlsx'), { data });
    expect(report.people.map((p) => [p.name, p.status])).toEqual([['张三', 'error'], ['李四', 'error'], ['王五', 'error']]);
    expect(report.problems.find((p) => p.code === 'item-not-found' && p.cell === 'I1')?.message).toContain('写的单位是「万元」,本表「销售完成率」按「元」填写');
  });

  it('§11 the heading variants refused as 「(万元)」 is; in 元, 「(单位:元)」 scores 张三 79.00', async () => {
    for (const h of ['目标销售额(万元)', '目标销售额(单位:万)', '目标销售额(金额单位:万元)', '目标销售额(单位 万元)', '目标销售额(万元,含税)', '目标销售额(含税,万元)', '目标销售额(万元人民币)', '目标销售额(K元)']) {
      const report = await gradedReport(roster(h), { form: 'shop-cs-monthly', data });
      expect(report.people.map((p) => p.status), h).toEqual(['error', 'error', 'error']);
    }
    // 销售完成率 20 points: 张三 60000 / 100000 = 60 % × 20 = 12; with 转换 30, 中差评 5 and the rest as at 87 (where it was
    // 20): 87 − 20 + 12 = 79.00. 李四 64000 / 80000 = 80 % → 16: 100 − 20 + 16 = 96. 王五 45000 / 50000 = 90 % → 18:
    // 66.5 − 20 + 18 = 64.5.
    const report = await gradedReport(roster('目标销售额(单位:元)', [100000, 80000, 50000]), { form: 'shop-cs-monthly', data });
    expect(report.people.map((p) => [p.name, p.status, p.total, p.band])).toEqual([
      ['张三', 'scored', 79, '待改进'],
      ['李四', 'scored', 96, '优秀'],
      ['王五', 'scored', 64.5, '待改进'],
    ]);
  });

  it('§10 L1 「响应时间·平均响应时间(单位:分钟)」 2: not read as 2 秒 (孙丽 90.50 优秀 for 83.00 良好)', async () => {
    const report = await gradedReport(path.join(dir, '16-resp-minutes.xlsx'));
    expect(report.people.map((p) => [p.name, p.status])).toEqual([['孙丽', 'error']]);
    expect(report.problems.find((p) => p.code === 'unknown-column')?.message).toContain('「响应时间·平均响应时间(单位:分钟)」(L1)');
  });

  it('an export\'s column in another unit names it: in the heading, or the units row under it', async () => {
    const file = path.join(tempDir(), 'export.csv');
    const run = async (head: string, units?: string) => {
      writeFileSync(file, [`\uFEFF工号,姓名,询单人数,最终付款人数,${head},中差评数,评价数`, ...(units ? [units] : []), 'S001,张三,200,30,12,1,100', 'S002,李四,1234,247,6.4,0,50', 'S003,王五,300,24,4.5,3,200'].join('\r\n') + '\r\n');
      const report = await gradedReport(roster('目标销售额', [100000, 80000, 50000]), { form: 'shop-cs-monthly', data: file });
      return report.problems.filter((p) => p.code === 'data-missing').map((p) => [p.cell, p.message.replace(/^.*?!E1:/, '')]);
    };
    expect(await run('销售额(万元)')).toEqual([['E1', '「销售额(万元)」列的单位是「万元」,「销售额」按「元」取数:这一列没有读取,无法取数;请把这一列换算成「元」后导出']]);
    expect(await run('销售额(单位:万)')).toEqual([['E1', '「销售额(单位:万)」列的单位是「万」,「销售额」按「元」取数:这一列没有读取,无法取数;请把这一列换算成「元」后导出']]);
    expect(await run('销售额(K元)')).toEqual([['E1', '「销售额(K元)」列的单位是「千元」,「销售额」按「元」取数:这一列没有读取,无法取数;请把这一列换算成「元」后导出']]);
    expect(await run('销售额', ',,人,人,万元,个,个')).toEqual([['E1', '「销售额」列下面的单位行写着「万元」,「销售额」按「元」取数:这一列没有读取,无法取数;请把这一列换算成「元」后导出']]);
  });
});
