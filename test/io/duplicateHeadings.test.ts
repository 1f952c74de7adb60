// Two columns naming one figure — last month's kept beside this month's, an export's several names for one count:
// the one named best is read (the definition's label, then its aliases in order; a heading with a note after; a
// hidden one last), not the first in the sheet, and the other is said.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

function csv(name: string, lines: string[]): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

describe('a record log with 「服务(上月)」 before 「服务」', () => {
  it('reads 服务: every mean 9, index 90 (服务(上月)\'s 3s made it 75); the other column is said', async () => {
    const file = csv('log.csv', ['客户,服务(上月),产品质量,服务,交付准确性,售后支持', '甲公司,3,9,9,9,9', '乙公司,3,9,9,9,9']);
    const outcome = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // (9 + 9 + 9 + 9) / 4 = 9 → index 9 × 10 = 90.
    expect(JSON.stringify(outcome.report.groups)).toContain('90');
    expect(JSON.stringify(outcome.report.groups)).not.toContain('75');
    expect(outcome.report.problems.filter((p) => p.code === 'duplicate-column').map((p) => p.cell)).toEqual(['B1']);
  });
});

describe('a record log with two visible columns both headed 「服务」', () => {
  const grade = async (lines: string[]) => {
    const outcome = await gradeFile(csv('log.csv', lines), { form: 'satisfaction-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  };
  it('filled differently on a line: an error naming the column and the line, not a warning (which one is meant cannot be told)', async () => {
    const report = await grade(['客户,服务,产品质量,服务,交付准确性,售后支持', '甲公司,3,9,9,9,9', '乙公司,9,9,9,9,9']);
    // Read as the first column: 服务 (3 + 9) / 2 = 6; (9 + 6 + 9 + 9) / 4 = 8.25 → index 82.5 — but said as an error.
    expect(JSON.stringify(report.groups)).toContain('82.5');
    expect(report.problems.filter((p) => p.code === 'duplicate-column').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['error', 'D1', 'log!D1:列「服务」与前面的同名列重复,第 2 行两列填得不同,无法判断该用哪一列;结果按前面一列计算,请删去或改名其中一列后重新评分'],
    ]);
  });
  it('filled alike (a column copied twice): only a warning', async () => {
    const report = await grade(['客户,服务,产品质量,服务,交付准确性,售后支持', '甲公司,9,9,9,9,9', '乙公司,9,9,,9,9']);
    expect(report.problems.filter((p) => p.code === 'duplicate-column').map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('--data: an export naming a count twice', () => {
  // shop-cs-monthly 张一: 目标转换率 25 %, 目标销售额 100000, 咨询答复 1 次, 售后 12, 主动性 4, 其他 8.
  const roster = () => csv('roster.csv', ['工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力', '1001,张一,客服部,2026-03,25%,100000,1,12,4,8']);
  it('询盘数 and 成交数 (the labels) over 询单人数 and 最终付款人数 (aliases) found first: 40/200 = 20 % ÷ 25 % × 30 = 24 → 79', async () => {
    const data = csv('export.csv', ['工号,姓名,询单人数,询盘数,最终付款人数,成交数,客服销售额,中差评数,评价数', '1001,张一,300,200,30,40,90000,1,100']);
    const outcome = await gradeFile(roster(), { form: 'shop-cs-monthly', data, output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 24 + 销售 90000/100000 × 20 = 18 + 答复 10 − 2 = 8 + 中差评 1 % → 5 + 12 + 4 + 8 = 79 (30/300 = 10 % gave 12 → 67).
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张一', 79]]);
  });
  it('a 合计 line of the export (in its 月份 column, or its 工号) is listed as skipped (it was dropped without a word)', async () => {
    const head = '月份,工号,姓名,询盘数,成交数,客服销售额,中差评数,评价数';
    for (const total of ['合计,,,200,40,"90,000",1,100', '2026-03,合计,,200,40,90000,1,100']) {
      const data = csv('export.csv', [head, '2026-03,1001,张一,200,40,90000,1,100', total]);
      const outcome = await gradeFile(roster(), { form: 'shop-cs-monthly', data, output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // 张一 as before: 79.
      expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张一', 79]]);
      expect(outcome.report.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message)).toEqual(['工作表「[export.csv]export」第3行「合计」是合计、表头、签字或说明行,不是人员,未评分']);
    }
  });
  it('a 赤兔 export keyed by 客服昵称 or 子账号, 「旗舰店:张一」 (主账号:子账号): the agent is the part after the colon (it stopped, exit 2)', async () => {
    for (const heading of ['客服昵称', '子账号', '旺旺']) {
      const data = csv('export.csv', [`${heading},询盘数,成交数,客服销售额,中差评数,评价数`, '旗舰店:张一,200,40,90000,1,100', '旗舰店:外人,10,1,100,0,1']);
      const r = csv('roster.csv', ['姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力', '张一,客服部,2026-03,25%,100000,1,12,4,8']);
      const outcome = await gradeFile(r, { form: 'shop-cs-monthly', data, output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // 张一 79 as above; 外人 is no one of the roster: said.
      expect(outcome.report.people.map((p) => [p.name, p.total]), heading).toEqual([['张一', 79]]);
      expect(outcome.report.problems.filter((p) => p.code === 'data-unmatched').map((p) => p.message)[0], heading).toContain('旗舰店:外人');
    }
  });
  it('joined on 工号, an export\'s 客服昵称 「旗舰店：张一」 (or 旗舰店:张一) is 张一: no 「请核对」 warning; 「旗舰店：李四」 under 1001 still is one', async () => {
    const head = '工号,客服昵称,询盘数,成交数,客服销售额,中差评数,评价数';
    for (const [nick, warned] of [['旗舰店：张一', 0], ['旗舰店:张一', 0], ['旗舰店：李四', 1]] as const) {
      const outcome = await gradeFile(roster(), { form: 'shop-cs-monthly', data: csv('export.csv', [head, `1001,${nick},200,40,90000,1,100`]), output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // 张一 79 as above either way: the figures are joined on 工号.
      expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张一', 79]]);
      expect(outcome.report.problems.filter((p) => p.code === 'data-unmatched').length, nick).toBe(warned);
    }
  });
  it('the roster\'s 「咨询答复问题次数」 (the item\'s name without 质量, and its input) is 咨询答复质量\'s 问题次数: 79 as above', async () => {
    const data = csv('export.csv', ['工号,姓名,询盘数,成交数,客服销售额,中差评数,评价数', '1001,张一,200,40,90000,1,100']);
    const r = csv('roster.csv', ['工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复问题次数,售后投诉关联,工作主动性,其他综合能力', '1001,张一,客服部,2026-03,25%,100000,1,12,4,8']);
    const outcome = await gradeFile(r, { form: 'shop-cs-monthly', data, output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张一', 79]]);
  });
  it('the roster\'s 姓名 over an export\'s 客服 (the shop account) found first', async () => {
    const data = csv('export.csv', ['客服,姓名,询盘数,成交数,客服销售额,中差评数,评价数', 'a1,张一,200,40,90000,1,100']);
    const r = csv('roster.csv', ['姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力', '张一,客服部,2026-03,25%,100000,1,12,4,8']);
    const outcome = await gradeFile(r, { form: 'shop-cs-monthly', data, output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张一', 79]]);
  });
});

describe('--data: a 赤兔 export giving 最终付款人数 (every buyer) beside 询单->最终付款人数 (buyers who asked first)', () => {
  // shop-cs-monthly 孙丽: 目标转换率 20 %, 目标销售额 100000, 咨询答复 0 次, 售后 12, 主动性 4, 其他 8.
  const roster = () => csv('roster.csv', ['工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力', '2002,孙丽,客服部,2026-03,20%,100000,0,12,4,8']);
  it('reads the converted inquiries, as the export\'s own 询单->最终付款成功率 does, and says which columns were left', async () => {
    const data = csv('export.csv', ['工号,客服姓名,咨询人数,询单人数,询单->最终付款人数,询单->最终付款成功率,最终付款人数,销售额(元),中差评数,评价数', '2002,孙丽,300,250,40,16.00%,45,90000,0,120']);
    const outcome = await gradeFile(roster(), { form: 'shop-cs-monthly', data, output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 转换率 40/250 = 16 % ÷ 20 % × 30 = 24 (最终付款人数 gave 45/250 = 18 % → 27); 销售 90000/100000 × 20 = 18; 答复 10;
    // 中差评 0 → 10; 12 + 4 + 8: 24 + 18 + 10 + 10 + 12 + 4 + 8 = 86.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['孙丽', 86]]);
    expect(outcome.report.problems.filter((p) => p.code === 'duplicate-column').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'C1', '[export.csv]export!C1:列「咨询人数」和列「询单人数」(D1)都可作「询盘数」,按「询单人数」读,这一列已忽略;如果应按这一列计算,请删去或改名另一列后重新评分'],
      ['warning', 'G1', '[export.csv]export!G1:列「最终付款人数」和列「询单->最终付款人数」(E1)都可作「成交数」,按「询单->最终付款人数」读,这一列已忽略;如果应按这一列计算,请删去或改名另一列后重新评分'],
    ]);
  });
});

describe('--data: the count\'s own heading written with a unit or an arrow', () => {
  const roster = () => csv('roster.csv', ['工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力', '2001,陈静,客服部,2026-03,20%,100000,0,15,5,10']);
  const total = async (head: string, row: string) => {
    const outcome = await gradeFile(roster(), { form: 'shop-cs-monthly', data: csv('export.csv', [head, row]), output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report.people[0]!.total;
  };
  it('「询单人数(人)」 is 询单人数, read before 咨询人数; 「询单→最终付款人数」 is 询单->最终付款人数, read before 最终付款人数', async () => {
    // 45/300 = 15 % ÷ 20 % = 75 % × 30 = 22.5; + 20 + 10 + 10 + 30 ⇒ 92.5 (咨询人数 600 gave 45/600 → 11.25 → 81.25).
    expect(await total('工号,客服姓名,咨询人数,询单人数(人),最终付款人数,销售额(元),中差评,评价总数', '2001,陈静,600,300,45,100000,0,100')).toBe(92.5);
    // 45/300 again (最终付款人数 54 gave 54/300 = 18 % → 27 → 97).
    expect(await total('工号,客服姓名,询单人数,最终付款人数,询单→最终付款人数,销售额(元),中差评,评价总数', '2001,陈静,300,54,45,100000,0,100')).toBe(92.5);
    expect(await total('工号,客服姓名,询单人数,最终付款人数,询单->最终付款人数(人),销售额(元),中差评,评价总数', '2001,陈静,300,54,45,100000,0,100')).toBe(92.5);
  });
});
