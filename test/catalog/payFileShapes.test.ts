// §14 pay files as payrolls keep them: several sheets, a column twice, hidden columns and rows, an amount split at its
// thousands comma. Each case here paid a wrong amount at exit 0. cs-scheme-100 (§13): 绩效奖金 = 基数 × K.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { payFile, roundTrip } from './roundTrip.js';

const person = (id: string, name: string, s: number[]): FillPerson => ({
  header: { name, employeeId: id, department: '客服部', period: '2026-03' },
  values: Object.fromEntries(s.map((v, k) => [`P${k + 1}`, v])),
});
// 20 + 30 + 10 + 10 + 5 + 5 + 10 + 6 = 96 → 优秀, K 1.1; 18 + 25 + 8 + 8 + 4 + 5 + 8 + 10 = 86 → 一般, K 0.9
const top = (id: string, name: string) => person(id, name, [20, 30, 10, 10, 5, 5, 10, 6]);
const mid = (id: string, name: string) => person(id, name, [18, 25, 8, 8, 4, 5, 8, 10]);
type Report = Awaited<ReturnType<typeof roundTrip>>;
const bonusOf = (r: Report, id: string) => r.people.find((p) => p.id === id)!.pay?.bonus ?? null;
const payProblems = (r: Report) => r.problems.filter((p) => p.code.startsWith('pay') || p.code === 'row-shifted').map((p) => [p.severity, p.code, p.message]);

async function payWorkbook(sheets: Array<{ name: string; rows: Array<Array<string | number>>; hiddenColumns?: number[]; hiddenRows?: number[]; state?: 'hidden' }>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    s.rows.forEach((r) => ws.addRow(r));
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  const file = path.join(tempDir(), '工资.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const HEAD = ['工号', '姓名', '绩效基数', '基本工资'];

describe('§14 pay files as payrolls keep them', () => {
  it('a 基数 typed 「30%」 in Excel (0.3 shown as a percentage, or 30 with a literal %): an error, no pay (it paid 0.3 × 1.1 = 0.33)', async () => {
    for (const [value, numFmt, shown] of [[0.3, '0%', '30%'], [30, '0"%"', '30%']] as const) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('工资');
      [HEAD, ['123', '甲一', value, 3000], ['456', '乙二', 5000, 3000]].forEach((r) => ws.addRow(r));
      ws.getCell('C2').numFmt = numFmt;
      const pay = path.join(tempDir(), '工资.xlsx');
      await wb.xlsx.writeFile(pay);
      const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay });
      expect(bonusOf(r, '123'), numFmt).toBeNull();
      // 乙二 as written: 5000 × 0.9 = 4500.
      expect(bonusOf(r, '456'), numFmt).toBe(4500);
      expect(payProblems(r), numFmt).toEqual([['error', 'pay-invalid', `[工资.xlsx]工资!C2:「绩效基数」应为不小于0的金额,实际为「${shown}」`]]);
    }
  });

  it('「8,500」 typed without quotes in a CSV whose last column (备注) took the shift: an error, no pay (it paid 8 × 1.1 = 8.80)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资,备注', '123,甲一,8,500,3000', '456,乙二,5000,3000,调岗']);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay });
    expect(bonusOf(r, '123')).toBeNull();
    // 乙二 as written: 5000 × 0.9 = 4500 (its 备注 is words, the file's way).
    expect(bonusOf(r, '456')).toBe(4500);
    expect(payProblems(r).map((p) => p[1])).toEqual(['row-shifted']);
    expect(payProblems(r)[0]![2]).toContain('「500」和左边一格像是数字「8,500」被逗号拆成了两格');
    // A 备注 holding numbers on most rows is a column of numbers: 3 digits there are no split (8 元 is paid as written).
    const notes = payFile(['工号,姓名,绩效基数,基本工资,备注', '123,甲一,800,500,3000', '456,乙二,5000,3000,12']);
    const s = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay: notes });
    // 800 × 1.1 = 880; 5000 × 0.9 = 4500.
    expect([bonusOf(s, '123'), bonusOf(s, '456')]).toEqual([880, 4500]);
  });

  it('「1,500」 typed without quotes, 基本工资 left blank without its comma: an error, no pay (基数 1 and 基本工资 500 paid 1.10)', async () => {
    for (const [head, row] of [['工号,姓名,绩效基数,基本工资', '123,甲一,1,500'], ['工号,姓名,基本工资,绩效基数', '123,甲一,3,500']]) {
      const pay = payFile([head!, row!, '456,乙二,1500,3000', '789,丙三,1500,3000']);
      const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二'), mid('789', '丙三')], { pay });
      expect(bonusOf(r, '123'), head).toBeNull();
      // The others as written: 1500 × 0.9 = 1350 (and 3000 × 0.9 = 2700 where the columns are the other way round).
      expect(bonusOf(r, '456'), head).toBe(head!.endsWith('基本工资') ? 1350 : 2700);
      expect(payProblems(r).map((p) => p[1]), head).toEqual(['row-shifted']);
      expect(payProblems(r)[0]![2]).toContain(`「500」和左边一格像是数字「${row!.split(',')[2]},500」被逗号拆成了两格`);
    }
    // A base as small as the others' (600 | 500 among 900s) is what it says: 600 × 1.1 = 660.
    const small = payFile(['工号,姓名,绩效基数,基本工资', '123,甲一,600,500', '456,乙二,900,3000']);
    const s = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay: small });
    expect([bonusOf(s, '123'), bonusOf(s, '456')]).toEqual([660, 810]);
    // A part-timer's 100 | 800 among bases of 3,000: no 100,800 (30 times the others'): 100 × 1.1 = 110.
    const partTime = payFile(['工号,姓名,绩效基数,基本工资', '123,甲一,100,800', '456,乙二,3000,4000', '789,丙三,3500,4200']);
    const t = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二'), mid('789', '丙三')], { pay: partTime });
    expect([bonusOf(t, '123'), bonusOf(t, '456')]).toEqual([110, 2700]);
  });

  it('sheets of two months (「2026年2月」 then 「2026年3月」): the form\'s month\'s read, February\'s set aside (its 7000 × 1.1 was paid) — 8000 × 1.1 = 8800', async () => {
    const pay = await payWorkbook([
      { name: '2026年2月', rows: [HEAD, ['123', '甲一', 7000, 3000]] },
      { name: '2026年3月', rows: [HEAD, ['123', '甲一', 8000, 3000]] },
    ]);
    const both = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay });
    expect(bonusOf(both, '123')).toBe(8800);
    expect(both.problems.filter((p) => p.code === 'pay-sheets-month').map((p) => p.severity)).toEqual(['info']);
    // Neither of the form's month (2026-03): refused, naming them.
    const janFeb = await payWorkbook([
      { name: '2026年1月', rows: [HEAD, ['123', '甲一', 7000, 3000]] },
      { name: '2026年2月', rows: [HEAD, ['123', '甲一', 8000, 3000]] },
    ]);
    await expect(roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: janFeb })).rejects.toThrow('工资文件 工资.xlsx 有 2 张按月份命名的工资表(「2026年1月」、「2026年2月」),不知道用哪个月的金额');
    // February hidden: March's is the one visible sheet: 8000 × 1.1 = 8800.
    const one = await payWorkbook([
      { name: '2026年2月', rows: [HEAD, ['123', '甲一', 7000, 3000]], state: 'hidden' },
      { name: '2026年3月', rows: [HEAD, ['123', '甲一', 8000, 3000]] },
    ]);
    expect(bonusOf(await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: one }), '123')).toBe(8800);
  });

  it('one sheet a department: every sheet is read (客服二部\'s people were 「not in the pay file」); one person on two sheets is said', async () => {
    const pay = await payWorkbook([
      { name: '客服一部', rows: [HEAD, ['123', '甲一', 8000, 3000]] },
      { name: '客服二部', rows: [HEAD, ['456', '乙二', 5000, 3000]] },
    ]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay });
    // 8000 × 1.1 = 8800; 5000 × 0.9 = 4500.
    expect([bonusOf(r, '123'), bonusOf(r, '456')]).toEqual([8800, 4500]);
    expect(payProblems(r)).toEqual([]);
    const twice = await payWorkbook([
      { name: '客服一部', rows: [HEAD, ['123', '甲一', 8000, 3000]] },
      { name: '客服二部', rows: [HEAD, ['123', '甲一', 9000, 3000]] },
    ]);
    const s = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: twice });
    expect(bonusOf(s, '123')).toBeNull();
    expect(payProblems(s)).toEqual([['error', 'pay-duplicate', '[工资.xlsx]客服二部!A2:工资文件中工号「123」出现两次(工作表「客服一部」第 2 行已有),不知道用哪一行,此人不计算绩效奖金']]);
  });

  it('two visible 绩效基数 columns filled differently: an error at the row, no pay (the left one was paid: 7000 × 1.1); the same amount twice is paid', async () => {
    const pay = await payWorkbook([{ name: '工资', rows: [['工号', '姓名', '绩效基数', '绩效基数', '基本工资'], ['123', '甲一', 7000, 8000, 3000], ['456', '乙二', 5000, 5000, 3000]] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay });
    // 乙二: 5000 in both → 5000 × 0.9 = 4500.
    expect([bonusOf(r, '123'), bonusOf(r, '456')]).toEqual([null, 4500]);
    expect(payProblems(r)).toEqual([['error', 'pay-duplicate', '[工资.xlsx]工资!D2:工资文件有两列绩效基数(「绩效基数」「绩效基数」),这一行填的不同(7000、8000),不知道用哪一列,此人不计算绩效奖金;请删去或改名不用的一列后重新评分']]);
    // 「基数」 and 「绩效基数」 are both the 绩效基数: 1 and 8000 differ.
    const csv = payFile(['工号,姓名,基数,绩效基数,基本工资', '123,甲一,1,8000,3000']);
    expect(payProblems(await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: csv })).map((p) => p[1])).toEqual(['pay-duplicate']);
  });

  it('a hidden 绩效基数 column (last month\'s, kept out of sight) is not read when a visible one is: 8000 × 1.1 = 8800, not 7000 × 1.1', async () => {
    const pay = await payWorkbook([{ name: '工资', rows: [['工号', '姓名', '绩效基数', '绩效基数', '基本工资'], ['123', '甲一', 7000, 8000, 3000]], hiddenColumns: [3] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay });
    expect(bonusOf(r, '123')).toBe(8800);
    expect(payProblems(r)).toEqual([]);
  });

  it('a person without 工号, the file naming them on a row with a 工号 and one without: no pay and an error (whichever row came first was paid)', async () => {
    for (const rows of [['123,甲一,8000,3000', ',甲一,9000,3000'], [',甲一,9000,3000', '123,甲一,8000,3000']]) {
      const r = await roundTrip('cs-scheme-100', [top('', '甲一')], { pay: payFile(['工号,姓名,绩效基数,基本工资', ...rows]) });
      expect(r.people[0]!.pay ?? null).toBeNull();
      expect(payProblems(r)).toEqual([['error', 'pay-duplicate', '工资文件 pay.csv 中「甲一」有两行(两个工号,或一行有工号、一行没有),名单中此人没有工号,无法对应,不计算绩效奖金']]);
    }
  });

  it('the same 工号 on a hidden row (an old row filtered out): the error says one of them is hidden', async () => {
    const pay = await payWorkbook([{ name: '工资', rows: [HEAD, ['123', '甲一', 7000, 3000], ['123', '甲一', 8000, 3000]], hiddenRows: [2] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay });
    expect(payProblems(r)).toEqual([['error', 'pay-duplicate', '[工资.xlsx]工资!A3:工资文件中工号「123」出现两次(第 2 行已有,其中一行是隐藏的),不知道用哪一行,此人不计算绩效奖金;如果隐藏的是旧数据,请删去那一行后重新评分']]);
  });

  it('a person\'s only row hidden (「已离职,3月起不发」): not paid from, an error at it (乙二 was paid 5000 × 0.9 = 4500 without a word)', async () => {
    const pay = await payWorkbook([{ name: '工资', rows: [HEAD, ['123', '甲一', 8000, 3000], ['456', '乙二', 5000, 3000]], hiddenRows: [3] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay });
    // 甲一 8000 × 1.1 = 8800 as before.
    expect([bonusOf(r, '123'), bonusOf(r, '456')]).toEqual([8800, null]);
    expect(payProblems(r)).toEqual([['error', 'pay-invalid', '[工资.xlsx]工资!B3:「乙二(456)」在工资文件里的一行(第 3 行)是隐藏的(筛选掉或隐藏的行不读),没有计算绩效奖金;要发请取消隐藏后重新评分']]);
  });
});

describe('§14 sound pay files near those shapes are paid as written', () => {
  it('a base of 600 beside a 备注 of 200 on one row; sheets of one month\'s departments; 底薪 beside 基本工资', async () => {
    // 600 × 0.9 = 540 (乙二 一般); 甲一 8000 × 1.1 = 8800.
    const notes = payFile(['工号,姓名,基本工资,绩效基数,备注', '123,甲一,3000,8000,', '456,乙二,3000,600,200', '789,丙三,3000,7000,']);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay: notes });
    expect([bonusOf(r, '123'), bonusOf(r, '456')]).toEqual([8800, 540]);
    expect(payProblems(r).filter((p) => p[0] === 'error')).toEqual([]);
    const depts = await payWorkbook([
      { name: '2026年3月客服一组', rows: [HEAD, ['123', '甲一', 8000, 3000]] },
      { name: '2026年3月客服二组', rows: [HEAD, ['456', '乙二', 5000, 3000]] },
    ]);
    const s = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay: depts });
    expect([bonusOf(s, '123'), bonusOf(s, '456')]).toEqual([8800, 4500]);
    const dixin = payFile(['工号,姓名,绩效基数,底薪,岗位工资,基本工资', '123,甲一,8000,2000,1000,3000']);
    const t = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: dixin });
    expect(bonusOf(t, '123')).toBe(8800);
  });
});

describe('§14 payroll headings that name something else too', () => {
  it('「编号」 (the row number) before 「工号」: matched by 工号 — 3000 × 1.1 and 5000 × 0.9 (each was paid the other\'s)', async () => {
    const pay = await payWorkbook([{ name: '工资', rows: [['编号', ...HEAD], [1, '456', '乙二', 5000, 3000], [2, '123', '甲一', 3000, 3000]] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay });
    expect([bonusOf(r, '123'), bonusOf(r, '456')]).toEqual([3300, 4500]);
    expect(payProblems(r)).toEqual([]);
  });

  it('the amounts\' unit written 「(单位:千元)」, 「(千元/月)」, 「（单位：万元）」, as a line 「单位:千元」 or a row under the headings: refused (3 was paid as 3 元)', async () => {
    const shapes: Array<Array<Array<string | number>>> = [
      [['工号', '姓名', '绩效基数(单位:千元)'], ['123', '甲一', 3]],
      [['工号', '姓名', '绩效基数(千元/月)'], ['123', '甲一', 3]],
      [['工号', '姓名', '绩效基数（单位：万元）'], ['123', '甲一', 0.3]],
      [['2026年3月工资', '', '单位:千元'], HEAD.slice(0, 3), ['123', '甲一', 3]],
      [HEAD.slice(0, 3), ['', '', '(千元)'], ['123', '甲一', 3]],
    ];
    for (const rows of shapes) {
      const pay = await payWorkbook([{ name: '工资', rows }]);
      await expect(roundTrip('cs-scheme-100', [top('123', '甲一')], { pay }), JSON.stringify(rows[0])).rejects.toThrow(/的金额单位是「(千元|万元)」,kpi 的工资按元计算/);
    }
  });

  it('two 绩效基数 columns noted with months (「(2月)」, 「(3月)」): refused (February\'s was paid for March); one hidden: the other is read', async () => {
    const rows = [['工号', '姓名', '绩效基数(2月)', '绩效基数(3月)'], ['123', '甲一', 2800, 3000]];
    await expect(roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: await payWorkbook([{ name: '工资', rows }]) })).rejects.toThrow('有 2 列按月份注明的绩效基数(「绩效基数(2月)」、「绩效基数(3月)」),不知道用哪个月的金额');
    // February's hidden: 3000 × 1.1 = 3300.
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: await payWorkbook([{ name: '工资', rows, hiddenColumns: [3] }]) });
    expect(bonusOf(r, '123')).toBe(3300);
  });

  it('a 「单位:万元」 of another figure, a title or group naming 税 over a bare 「基数」: the pay is read (a review found both refused)', async () => {
    const shapes: Array<Array<Array<string | number>>> = [
      [['说明:销售额单位:万元'], ['工号', '姓名', '基本工资', '绩效基数', '销售额'], ['123', '甲一', 3000, 3000, 12]],
      [['', '', '应发工资(税前)', '应发工资(税前)'], ['工号', '姓名', '基本工资', '基数'], ['123', '甲一', 3000, 3000]],
      [['客服部2026年3月工资表(税前,含社保)', '客服部2026年3月工资表(税前,含社保)', '客服部2026年3月工资表(税前,含社保)'], ['工号', '姓名', '基数'], ['123', '甲一', 3000]],
    ];
    for (const rows of shapes) {
      const r = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: await payWorkbook([{ name: '工资', rows }]) });
      // 3000 × 1.1 = 3300.
      expect(bonusOf(r, '123'), JSON.stringify(rows[0])).toBe(3300);
    }
  });

  it('社会保险 › 基数 (a two-row heading) is the insurance base, not 绩效基数: without 绩效基数 refused, with it read (4500 × 1.1 was paid)', async () => {
    const head = [['', '', '社会保险', '社会保险', ''], ['工号', '姓名', '基数', '个人缴纳', '绩效工资']];
    await expect(roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: await payWorkbook([{ name: '工资', rows: [...head, ['123', '甲一', 4500, 450, 3000]] }]) })).rejects.toThrow('没有找到「绩效基数」列');
    const both = [['', '', '社会保险', '社会保险', ''], ['工号', '姓名', '基数', '个人缴纳', '绩效基数'], ['123', '甲一', 4500, 450, 3000]];
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: await payWorkbook([{ name: '工资', rows: both }]) });
    // 3000 × 1.1 = 3300 (both 基数 columns had refused the row: 「两列绩效基数」).
    expect(bonusOf(r, '123')).toBe(3300);
  });
});

describe('§14 one person on two rows of a payroll, or a 工号 that says there is none', () => {
  it('a name-only sheet before the 工号 sheet: its people are paid (they were 「not in the pay file」): 8000 × 0.9', async () => {
    const pay = await payWorkbook([{ name: '客服二部', rows: [['姓名', '绩效基数'], ['乙二', 8000]] }, { name: '客服一部', rows: [HEAD, ['123', '甲一', 3000, 3000]] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay });
    expect([bonusOf(r, '123'), bonusOf(r, '456')]).toEqual([3300, 7200]);
  });

  it('「无」, 「-」, 「待定」 as 工号 is none: the new hire found by name (8000 × 0.9 = 7200), not a 工号 「无」 twice', async () => {
    const pay = await payWorkbook([{ name: '工资', rows: [HEAD, ['123', '甲一', 3000, 3000], ['无', '乙二', 8000, 3000], ['-', '丙三', 5000, 3000]] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('', '乙二'), mid('', '丙三')], { pay });
    expect(r.people.map((p) => [p.name, p.pay?.bonus ?? null])).toEqual([['甲一', 3300], ['乙二', 7200], ['丙三', 4500]]);
  });

  it('a name on two rows whose 工号 is 「-」, for a person of the form with a 工号: not paid from the first row (it was, beside the error)', async () => {
    const pay = await payWorkbook([{ name: '工资', rows: [HEAD, ['-', '甲一', 2000, 3000], ['-', '甲一', 2500, 3000]] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay });
    expect(bonusOf(r, '123')).toBeNull();
  });

  it('a name twice in a payroll without 工号: the one error at the second row, not also 「two 工号」', async () => {
    const pay = await payWorkbook([{ name: '工资', rows: [['姓名', '绩效基数'], ['甲一', 3000], ['甲一', 3000]] }]);
    const r = await roundTrip('cs-scheme-100', [top('', '甲一')], { pay });
    expect(payProblems(r).map((p) => p[1])).toEqual(['pay-duplicate']);
  });
});

describe('§14 a pay workbook of another month', () => {
  it('is said (its sheet 「2026年2月」 paid March without a word); one of the form\'s month, or naming none, is not', async () => {
    const feb = await payWorkbook([{ name: '2026年2月', rows: [['客服部2026年2月绩效工资表'], HEAD, ['123', '甲一', 3000, 3000]] }]);
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: feb });
    // Paid as the file says (3000 × 1.1), and said.
    expect(bonusOf(r, '123')).toBe(3300);
    expect(r.problems.filter((p) => p.code === 'pay-month').map((p) => p.severity)).toEqual(['warning']);
    const mar = await payWorkbook([{ name: '2026年3月', rows: [HEAD, ['123', '甲一', 3000, 3000]] }]);
    expect((await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: mar })).problems.filter((p) => p.code === 'pay-month')).toEqual([]);
    const plain = await payWorkbook([{ name: '工资', rows: [HEAD, ['123', '甲一', 3000, 3000]] }]);
    expect((await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: plain })).problems.filter((p) => p.code === 'pay-month')).toEqual([]);
  });

  it('a month without its year is compared by its number: a tab 「2月」 or a title 「客服部2月份绩效工资表」 paying 2026-03 is said', async () => {
    const said = async (sheets: Array<{ name: string; rows: Array<Array<string | number>> }>) =>
      (await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: await payWorkbook(sheets) })).problems.filter((p) => p.code === 'pay-month').map((p) => p.message);
    expect(await said([{ name: '2月', rows: [HEAD, ['123', '甲一', 3000, 3000]] }])).toEqual(['工资文件 工资.xlsx 的表名、标题或列名写的是 2月,考核表是 2026-03:绩效基数按这份文件算了;如果不是本月的工资表,请换成 2026-03 的']);
    expect(await said([{ name: '工资', rows: [['客服部2月份绩效工资表'], HEAD, ['123', '甲一', 3000, 3000]] }])).toHaveLength(1);
    // The form's own month, and a date with its day (when it is paid) beside it, are no other month.
    expect(await said([{ name: '3月', rows: [HEAD, ['123', '甲一', 3000, 3000]] }])).toEqual([]);
    expect(await said([{ name: '工资', rows: [['客服部3月绩效工资(发放日期:4月10日)'], HEAD, ['123', '甲一', 3000, 3000]] }])).toEqual([]);
    // A line without a word of pay (「制表:2月」?) names no month of the file.
    expect(await said([{ name: '工资', rows: [['客服部 2月调整后'], HEAD, ['123', '甲一', 3000, 3000]] }])).toEqual([]);
  });

  it('绩效基数 in column BI of a 64-column 工资明细: read — 3000 × 1.1 = 3300 (「没有找到「绩效基数」列」)', async () => {
    const head = ['工号', '姓名', ...Array.from({ length: 58 }, (_, k) => `项目${k + 1}`), '绩效基数', '基本工资'];
    const row = ['123', '甲一', ...Array.from({ length: 58 }, () => 0), 3000, 2500];
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一')], { pay: await payWorkbook([{ name: '工资', rows: [head, row] }]) });
    expect(bonusOf(r, '123')).toBe(3300);
  });

  it('a 工资条 (the headings again above each person): no heading row taken for a person — 3300 and 2700, no problem', async () => {
    const head = ['工号', '姓名', '绩效基数', '基本工资'];
    const rows = [head, ['123', '甲一', 3000, 2500], [], head, ['456', '乙二', 3000, 2500]];
    const r = await roundTrip('cs-scheme-100', [top('123', '甲一'), mid('456', '乙二')], { pay: await payWorkbook([{ name: '工资条', rows }]) });
    expect([bonusOf(r, '123'), bonusOf(r, '456')]).toEqual([3300, 2700]);
    expect(r.problems.filter((p) => p.code.startsWith('pay'))).toEqual([]);
  });
});
