// §14 pay by 工号, else 姓名: who gets which row of the pay file. cs-scheme-100 (§13): 绩效奖金 = 基数 × K.
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
const payOf = (r: Awaited<ReturnType<typeof roundTrip>>, id: string) => r.people.find((p) => p.id === id)!.pay ?? null;
const payProblems = (r: Awaited<ReturnType<typeof roundTrip>>) => r.problems.filter((p) => p.code.startsWith('pay')).map((p) => [p.severity, p.code, p.message]);

describe('§14 pay rows matched to people', () => {
  it('by 工号 only when the file has one: a namesake’s row is never taken (6006 戊 got 6005 戊’s pay)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6005,戊,5000,8000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊'), mid('6006', '戊')], { pay });
    // 6005: 5000 × 1.1 = 5500, 工资总额 8000 + 5500 = 13500. 6006 is not in the file: no pay, an error naming him (a
    // warning let a payroll run of 3,000 people, 2,995 of them unpaid, end with 0). He is still scored.
    expect([payOf(r, '6005')!.bonus, payOf(r, '6005')!.gross]).toEqual([5500, 13500]);
    expect(payOf(r, '6006')).toBeNull();
    expect(r.people.find((p) => p.id === '6006')!.status).toBe('scored');
    expect(payProblems(r)).toEqual([['error', 'pay-missing', '工资文件 pay.csv 中没有「戊(6006)」(按工号或姓名查找),未计算绩效奖金']]);
    // Also among 6006's own problems (--json people[].problems was []), and not 6005's. So is what reading found on a row.
    const bad = await roundTrip('cs-scheme-100', [top('6005', '戊'), mid('6007', '己')], { pay: payFile(['工号,姓名,绩效基数,基本工资', '6005,戊,abc,8000', '6007,己,2000,']) });
    expect(bad.people.map((p) => [p.name, p.problems.map((x) => x.code)])).toEqual([['戊', ['pay-invalid']], ['己', ['pay-invalid']]]);
    expect(r.people.find((p) => p.id === '6006')!.problems.map((p) => p.code)).toEqual(['pay-missing']);
    expect(r.people.find((p) => p.id === '6005')!.problems).toEqual([]);
  });

  it('明细 gives each paid person a 绩效奖金 line with its arithmetic (the amount stood in 汇总 with no explanation anywhere)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6005,戊,5000,8000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊')], { pay });
    const { readWorkbook, sheetRows } = await import('../helpers.js');
    const rows = sheetRows(await readWorkbook(r.output!), '明细');
    // After 戊's 8 items: 5000 × K 1.1 = 5500, 工资总额 8000 + 5500 = 13500.
    expect(rows).toHaveLength(1 + 8 + 1);
    expect(rows[9]).toEqual(['6005', '戊', '绩效奖金', 5500, null, payOf(r, '6005')!.explanation]);
    expect(payOf(r, '6005')!.explanation).toContain('工资总额 = 基本工资 8000 + 绩效奖金 5500 = 13500');
  });

  it('rows for people the form does not have are said (ignored without a word: a person left off the roster went unnoticed)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6005,戊,5000,8000', '0099,外人,5000,3000', 'S099,外人乙,5000,3000', ',无号,1000,2000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊')], { pay });
    // 6005: 5000 × 1.1 = 5500 as before; 外人, 外人乙 and 无号 are named once, as a note, with their 工号 as the file
    // writes them (it said 「外人(99)」 and 「外人乙(s099)」: the keys they are matched by).
    expect(payOf(r, '6005')!.bonus).toBe(5500);
    expect(payProblems(r)).toEqual([['info', 'pay-unused', '工资文件 pay.csv 中有 3 人不在考核表里,没有用到:「外人(0099)」、「外人乙(S099)」、「无号」;如果其中有人漏评,请把他加进考核表']]);
  });

  it('a section title alone on its row (「一、客服部」 in the 工号 column, 「售后组」 under 姓名) is no one: not said as a row unused', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '一、客服部,,,', '6005,戊,5000,8000', ',售后组,,', 'S01,,,', '0099,外人,5000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊')], { pay });
    // 6005: 5000 × 1.1 = 5500. 外人 is a row unused; a 工号 alone (「S01」, its 绩效基数 blank) is someone, as before.
    expect(payOf(r, '6005')!.bonus).toBe(5500);
    expect(payProblems(r)).toEqual([['info', 'pay-unused', '工资文件 pay.csv 中有 2 人不在考核表里,没有用到:「外人(0099)」、「S01」;如果其中有人漏评,请把他加进考核表']]);
  });

  it('a CSV row longer than its headings (2,000 typed without quotes): an error at the extra cell, no pay (the 基数 was read as 2: 2 × 0.9 = 1.80)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '2011,子,2,000,3000', '2012,丑,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [mid('2011', '子'), top('2012', '丑')], { pay });
    expect(payOf(r, '2011')).toBeNull();
    // 2012 read as it is: 2000 × 1.1 = 2200, 3000 + 2200 = 5200.
    expect([payOf(r, '2012')!.bonus, payOf(r, '2012')!.gross]).toEqual([2200, 5200]);
    expect(r.problems.filter((p) => p.code === 'row-shifted' || p.code.startsWith('pay')).map((p) => [p.severity, p.code, p.message])).toEqual([
      ['error', 'row-shifted', '[pay.csv]pay!E2:子:这一行有 5 列,表头只有 4 列(多出的「3000」在这里):前面某一格里多了一个逗号,把这一格拆成了两格,后面各列都错了位(如 3,2 应写作 "3,2" 或 3、2);请改正后重新评分(此人的绩效奖金不计算)'],
    ]);
    expect(r.people.find((p) => p.id === '2011')!.status).toBe('scored');
  });

  it('2,000 split where an optional last column takes the shift (no row longer than its headings): an error at 「000」, no pay (it was 2, gross 1.60)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资,备注', '2011,子,2,000,3000', '2012,丑,2000,3000,调岗']);
    const r = await roundTrip('cs-scheme-100', [mid('2011', '子'), top('2012', '丑')], { pay });
    expect(payOf(r, '2011')).toBeNull();
    // 2012: 2000 × 1.1 = 2200 as before; 调岗 in 备注 is no number.
    expect(payOf(r, '2012')!.bonus).toBe(2200);
    expect(r.problems.filter((p) => p.code === 'row-shifted').map((p) => [p.cell, p.message])).toEqual([
      ['D2', '[pay.csv]pay!D2:子:这一格「000」和左边一格像是数字「2,000」被逗号拆成了两格,后面各列都错了位;请写成 "2,000"(加引号)或 2000 后重新评分(此人的绩效奖金不计算)'],
    ]);
  });

  it('the same 工号 on two rows: an error at the second, and that person gets neither row (the last row used to win)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '2011,子,2000,3000', '2011,子,5000,3000', '2012,丑,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [mid('2011', '子'), top('2012', '丑')], { pay });
    expect(payOf(r, '2011')).toBeNull();
    // 2012: 2000 × 1.1 = 2200, 3000 + 2200 = 5200.
    expect([payOf(r, '2012')!.bonus, payOf(r, '2012')!.gross]).toEqual([2200, 5200]);
    expect(payProblems(r)).toEqual([['error', 'pay-duplicate', '[pay.csv]pay!A3:工资文件中工号「2011」出现两次(第 2 行已有),不知道用哪一行,此人不计算绩效奖金']]);
  });

  // A 工号 holding an invisible character (a control character read from an export stands as a zero-width space) is
  // the same 工号, and the message shows where the character is, as messages about cells do.
  it('the same 工号 twice, once with an invisible character inside: an error quoting it as [U+200B]', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '2011,子,2000,3000', '20\u200b11,子,5000,3000', '2012,丑,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [mid('2011', '子'), top('2012', '丑')], { pay });
    expect(payOf(r, '2011')).toBeNull();
    expect(payProblems(r)).toEqual([['error', 'pay-duplicate', '[pay.csv]pay!A3:工资文件中工号「20[U+200B]11」出现两次(第 2 行已有),不知道用哪一行,此人不计算绩效奖金']]);
  });

  it('a file without 工号, two people of one name on the roster: neither is given the one row', async () => {
    const pay = payFile(['姓名,绩效基数,基本工资', '戊,1000,2000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊'), mid('6006', '戊')], { pay });
    expect([payOf(r, '6005'), payOf(r, '6006')]).toEqual([null, null]);
    expect(payProblems(r)).toEqual([['error', 'pay-duplicate', '名单中有 2 人叫「戊」,工资文件 pay.csv 没有工号列,无法按姓名对应,这些人不计算绩效奖金']]);
  });

  it('a blank 基本工资 in its column: the bonus, no 工资总额, and a warning saying so', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6001,甲,1000,']);
    const r = await roundTrip('cs-scheme-100', [mid('6001', '甲')], { pay });
    // 1000 × K 0.9 = 900; 工资总额 cannot be given.
    expect([payOf(r, '6001')!.bonus, payOf(r, '6001')!.gross]).toEqual([900, null]);
    expect(payProblems(r)).toEqual([['warning', 'pay-invalid', '[pay.csv]pay!D2:「甲」的「基本工资」未填写,只计算绩效奖金,不计算工资总额']]);
    // A row of someone not on the form, its 基本工资 blank too: nothing is computed for them, so only 「not used」 is said
    // (it was also told that only their bonus was computed).
    const extra = await roundTrip('cs-scheme-100', [mid('6001', '甲')], { pay: payFile(['工号,姓名,绩效基数,基本工资', '6001,甲,1000,3000', '6007,庚,1000,']) });
    expect(payProblems(extra)).toEqual([['info', 'pay-unused', '工资文件 pay.csv 中有 1 人不在考核表里,没有用到:「庚(6007)」;如果其中有人漏评,请把他加进考核表']]);
    expect(extra.people[0]!.problems).toEqual([]);
  });

  it('a row whose 工号 is left blank is found by its name; a name on rows of two 工号 is not guessed for a person without one', async () => {
    // 甲 6007: the file's row gives 甲 without 工号 → 2000 × K 0.9 = 1800 (it was "not in the pay file").
    const blankId = payFile(['工号,姓名,绩效基数,基本工资', ',甲,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [mid('6007', '甲')], { pay: blankId });
    expect([payOf(r, '6007')!.bonus, payOf(r, '6007')!.gross]).toEqual([1800, 4800]);
    // 戊 with no 工号 on the roster; the file has 戊 under 6005 and under 6006: neither row (the first used to win).
    const twoIds = payFile(['工号,姓名,绩效基数,基本工资', '6005,戊,1000,2000', '6006,戊,5000,2000']);
    const s = await roundTrip('cs-scheme-100', [top('', '戊')], { pay: twoIds });
    expect(s.people[0]!.pay ?? null).toBeNull();
    expect(payProblems(s)).toEqual([['error', 'pay-duplicate', '工资文件 pay.csv 中「戊」有两行(两个工号,或一行有工号、一行没有),名单中此人没有工号,无法对应,不计算绩效奖金']]);
  });

  it('a row with its 工号 blank and two people of that name on the roster: neither is paid from it (both were)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', ',张伟,4000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('0021', '张伟'), mid('0022', '张伟')], { pay });
    expect([payOf(r, '0021'), payOf(r, '0022')]).toEqual([null, null]);
    // The pay file has a 工号 column: what is missing is this row's 工号 (it used to say the file had no 工号 column).
    expect(payProblems(r)).toEqual([
      ['error', 'pay-duplicate', '名单中有 2 人叫「张伟」,工资文件 pay.csv 中这个名字的一行没有工号,无法按姓名对应,「张伟(0021)」不计算绩效奖金'],
      ['error', 'pay-duplicate', '名单中有 2 人叫「张伟」,工资文件 pay.csv 中这个名字的一行没有工号,无法按姓名对应,「张伟(0022)」不计算绩效奖金'],
    ]);
    expect(r.people.map((p) => p.problems.map((x) => x.code))).toEqual([['pay-duplicate'], ['pay-duplicate']]);
  });

  it('one namesake paid by 工号, the other left with a row without 工号: only the unpaid one is named (it said 「这些人」)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '0021,张伟,2000,3000', ',张伟,4000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('0021', '张伟'), mid('0022', '张伟')], { pay });
    // 0021 by its 工号: 2000 × K 1.1 = 2200. 0022 has no row of its 工号, and the row without one may be either's.
    expect([payOf(r, '0021')!.bonus, payOf(r, '0022')]).toEqual([2200, null]);
    expect(payProblems(r)).toEqual([['error', 'pay-duplicate', '名单中有 2 人叫「张伟」,工资文件 pay.csv 中这个名字的一行没有工号,无法按姓名对应,「张伟(0022)」不计算绩效奖金']]);
  });

  it('a second row without 工号 for a person paid by their own 工号 row is listed as not used (the 9000 went unsaid)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '0021,张伟,2000,3000', ',张伟,9000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('0021', '张伟')], { pay });
    // By 工号: 2000 × K 1.1 = 2200; the row without 工号 is no one's now.
    expect(payOf(r, '0021')!.bonus).toBe(2200);
    expect(payProblems(r)).toEqual([['info', 'pay-unused', '工资文件 pay.csv 中有 1 人不在考核表里,没有用到:「张伟」;如果其中有人漏评,请把他加进考核表']]);
  });

  it('a row of a 工号 no one has, under a name someone with another 工号 has, is listed as not used (a third 王芳 went unsaid)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '0021,王芳,2000,3000', '0103,王芳,3000,3000', '0777,陈静,3000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('0021', '王芳'), mid('0031', '陈静')], { pay });
    // 王芳 0021: 2000 × 1.1 = 2200. 陈静 0031 has no row of her 工号 (0777 is another 陈静's): not paid, an error.
    expect([payOf(r, '0021')!.bonus, payOf(r, '0031')]).toEqual([2200, null]);
    expect(payProblems(r)).toEqual([
      ['error', 'pay-missing', '工资文件 pay.csv 中没有「陈静(0031)」(按工号或姓名查找),未计算绩效奖金'],
      ['info', 'pay-unused', '工资文件 pay.csv 中有 2 人不在考核表里,没有用到:「王芳(0103)」、「陈静(0777)」;如果其中有人漏评,请把他加进考核表'],
    ]);
  });

  it('two namesakes without 工号 on the roster, a pay file with 工号: the message says the roster lacks them', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6005,戊,1000,2000']);
    // Scored alike (two namesakes who scored differently are both unscored, duplicate-person: no pay is reached).
    const r = await roundTrip('cs-scheme-100', [top('', '戊'), top('', '戊')], { pay });
    expect(r.people.map((p) => p.pay ?? null)).toEqual([null, null]);
    expect(payProblems(r)).toEqual([['error', 'pay-duplicate', '名单中有 2 人叫「戊」,名单里没有他们的工号,无法按姓名对应,这些人不计算绩效奖金']]);
  });

  it('a pay workbook with a title row merged above its headings, and units in them (「绩效基数(元)」): 3000 × 1.1 = 3300', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月工资');
    ws.getCell('A1').value = '2026年3月绩效工资表';
    ws.mergeCells('A1:D1');
    ws.addRow(['工号', '姓名', '绩效基数(元)', '基本工资(元)']);
    ws.addRow(['7001', '甲', 3000, 4000]);
    const pay = payFile([]).replace(/\.csv$/, '.xlsx');
    await wb.xlsx.writeFile(pay);
    const r = await roundTrip('cs-scheme-100', [top('7001', '甲')], { pay });
    // It was refused: 「没有找到「绩效基数」列」. 工资总额 4000 + 3300 = 7300.
    expect([payOf(r, '7001')!.bonus, payOf(r, '7001')!.gross]).toEqual([3300, 7300]);
  });

  it('a row with its 绩效基数 left blank is an error at that cell, not 「not in the pay file」; the others are paid', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6001,甲,,3000', '6002,乙,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('6001', '甲'), mid('6002', '乙')], { pay });
    // 乙: 2000 × K 0.9 = 1800, 工资总额 3000 + 1800 = 4800.
    expect([payOf(r, '6001'), payOf(r, '6002')!.bonus, payOf(r, '6002')!.gross]).toEqual([null, 1800, 4800]);
    expect(payProblems(r)).toEqual([['error', 'pay-invalid', '[pay.csv]pay!C2:「甲」的「绩效基数」未填写,不计算绩效奖金']]);
    // The person's, in --json too (it was person: null), also when the pay row gives only the 工号.
    expect(r.problems.find((p) => p.code === 'pay-invalid')!.person).toBe('甲');
    const byId = await roundTrip('cs-scheme-100', [top('6001', '甲'), mid('6002', '乙')], { pay: payFile(['工号,绩效基数,基本工资', '6001,,3000', '6002,2000,3000']) });
    expect(byId.problems.find((p) => p.code === 'pay-invalid')!.person).toBe('甲');
  });

  it('a 绩效基数 that is a formula saved without its result (written by a program): said as such, not 「应为金额,实际为「=1000*2」」', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('工资');
    ws.addRows([['工号', '姓名', '绩效基数'], ['6001', '甲', 2000]]);
    ws.getCell('C2').value = { formula: '1000*2' } as never;
    const pay = path.join(tempDir('kpi-pay-'), 'pay.xlsx');
    await wb.xlsx.writeFile(pay);
    const r = await roundTrip('cs-scheme-100', [top('6001', '甲')], { pay });
    expect(payProblems(r).map((p) => p[2])).toEqual(['[pay.xlsx]工资!C2:「绩效基数」是公式「=1000*2」,文件里没有保存它的计算结果(用程序写出、没有在 Excel/WPS 里打开保存过),读不到金额;请在 Excel 或 WPS 里打开并保存后重新评分']);
  });

  it('names typed aligned (「王 芳」) or in traditional characters (「張敏」) in a pay file without 工号 are the roster\'s 王芳 and 张敏 (they got no pay)', async () => {
    const noId = (name: string, s: number[]) => ({ ...person('', name, s), header: { name, department: '客服部', period: '2026-03' } });
    const pay = payFile(['姓名,绩效基数,基本工资', '王 芳,2000,3000', '張敏,1000,3000']);
    const r = await roundTrip('cs-scheme-100', [noId('王芳', [20, 30, 10, 10, 5, 5, 10, 6]), noId('张敏', [18, 25, 8, 8, 4, 5, 8, 10])], { pay });
    // 王芳 96 优秀: 2000 × 1.1 = 2200; 张敏 86 一般: 1000 × 0.9 = 900.
    expect(r.people.map((p) => [p.name, p.pay?.bonus ?? null])).toEqual([['王芳', 2200], ['张敏', 900]]);
    expect(payProblems(r)).toEqual([]);
    // A warning of the pay file's row names the person as the roster does (it named 「王 芳」, whom no one in people[] is).
    const blank = await roundTrip('cs-scheme-100', [noId('王芳', [20, 30, 10, 10, 5, 5, 10, 6])], { pay: payFile(['姓名,绩效基数,基本工资', '王 芳,2000,']) });
    // The message quotes the file as it is typed.
    expect(blank.problems.filter((p) => p.code === 'pay-invalid').map((p) => [p.person, p.message])).toEqual([['王芳', '[pay.csv]pay!C2:「王 芳」的「基本工资」未填写,只计算绩效奖金,不计算工资总额']]);
  });

  it('a row whose 绩效基数 cannot be read (「三千」): one error at that cell naming the pay file and the person, not also 「not in the pay file」', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6001,甲,三千,3000', '6002,乙,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('6001', '甲'), mid('6002', '乙')], { pay });
    // 乙 is paid as before: 2000 × K 0.9 = 1800, 工资总额 3000 + 1800 = 4800; 甲 is not paid.
    expect([payOf(r, '6001'), payOf(r, '6002')!.bonus, payOf(r, '6002')!.gross]).toEqual([null, 1800, 4800]);
    expect(payProblems(r)).toEqual([['error', 'pay-invalid', '[pay.csv]pay!C2:「绩效基数」应为不小于0的金额,实际为「三千」']]);
    expect(r.problems.find((p) => p.code === 'pay-invalid')!.person).toBe('甲');
  });

  it('a 合计 or 平均 line under the pay rows (in the 工号 or the 姓名 column) is no one: nothing said of it', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6001,甲,2000,3000', '合计,,2000,', ',平均,2000,']);
    const r = await roundTrip('cs-scheme-100', [mid('6001', '甲')], { pay });
    // 甲: 2000 × K 0.9 = 1800, 工资总额 3000 + 1800 = 4800; no 「「合计」的「基本工资」未填写」.
    expect([payOf(r, '6001')!.bonus, payOf(r, '6001')!.gross]).toEqual([1800, 4800]);
    expect(payProblems(r)).toEqual([]);
  });

  it('a payroll listing people not on the form with their 绩效基数 blank is no error; full-width 「绩效基数（元）」 is read', async () => {
    const pay = payFile(['工号,姓名,绩效基数（元）,基本工资/元', '6002,乙,2000,3000', '6099,新员工,,3000']);
    const r = await roundTrip('cs-scheme-100', [mid('6002', '乙')], { pay });
    // 乙: 2000 × K 0.9 = 1800, 3000 + 1800 = 4800; 新员工 is not appraised: no error, listed with the rows not used
    // (as every row of someone not on the form is: one left off the form is found).
    expect([payOf(r, '6002')!.bonus, payOf(r, '6002')!.gross]).toEqual([1800, 4800]);
    expect(payProblems(r)).toEqual([['info', 'pay-unused', '工资文件 pay.csv 中有 1 人不在考核表里,没有用到:「新员工(6099)」;如果其中有人漏评,请把他加进考核表']]);
    // A figure that cannot be read (「—」 for someone who left) is no error either when no one of the form is theirs
    // (it was, exit 1); it is theirs when they are.
    const dash = await roundTrip('cs-scheme-100', [mid('6002', '乙')], { pay: payFile(['工号,姓名,绩效基数,基本工资', '6002,乙,2000,3000', '6666,外人丙,—,']) });
    expect(payProblems(dash)).toEqual([['info', 'pay-unused', '工资文件 pay.csv 中有 1 人不在考核表里,没有用到:「外人丙(6666)」;如果其中有人漏评,请把他加进考核表']]);
    const own = await roundTrip('cs-scheme-100', [mid('6002', '乙')], { pay: payFile(['工号,姓名,绩效基数,基本工资', '6002,乙,—,3000']) });
    expect(payProblems(own).map((p) => [p[0], p[1]])).toEqual([['error', 'pay-invalid']]);
    expect(own.people[0]!.problems.map((p) => p.code)).toEqual(['pay-invalid']);
    // Their row with its 工号 left blank is found by name, as a valid one is: the 「—」 or the blank is theirs (it was
    // 「not in the pay file」 at exit 0, the row listed nowhere).
    for (const base of ['—', '']) {
      const noId = await roundTrip('cs-scheme-100', [mid('6002', '乙')], { pay: payFile(['工号,姓名,绩效基数,基本工资', `,乙,${base},3000`]) });
      expect(payProblems(noId).map((p) => [p[0], p[1]]), base).toEqual([['error', 'pay-invalid']]);
      expect(noId.people[0]!.problems.map((p) => p.code), base).toEqual(['pay-invalid']);
    }
  });

  it('工号 0012 on the roster and 12 in the pay file (Excel dropped the zeros) are one person: 2000 × 1.1 = 2200', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '12,甲,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('0012', '甲')], { pay });
    expect([payOf(r, '0012')!.bonus, payOf(r, '0012')!.gross]).toEqual([2200, 5200]);
  });

  it('工号 1001 on the roster and 「1001.0」 in a pay file written by pandas are one person: 2000 × 1.1 = 2200', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '1001.0,甲,2000.0,3000.0']);
    const r = await roundTrip('cs-scheme-100', [top('1001', '甲')], { pay });
    expect([payOf(r, '1001')!.bonus, payOf(r, '1001')!.gross]).toEqual([2200, 5200]);
    expect(payProblems(r)).toEqual([]);
  });

  it('「绩效基数(上月)」 and 「基本工资(上月)」 before this month\'s columns are not used: 3000 × 1.1 = 3300, not 2000 × 1.1', async () => {
    const pay = payFile(['工号,姓名,绩效基数(上月),绩效基数,基本工资(上月),基本工资(元)', '1001,甲,2000,3000,3500,4000']);
    const r = await roundTrip('cs-scheme-100', [top('1001', '甲')], { pay });
    // 96 → 优秀 K 1.1: 3000 × 1.1 = 3300; 工资总额 4000 + 3300 = 7300.
    expect([payOf(r, '1001')!.bonus, payOf(r, '1001')!.gross]).toEqual([3300, 7300]);
  });

  it('a row found by 工号 under another name (rows shifted by one) is used as the 工号 says, with a warning at its name cell', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '0013,王五,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('0013', '乙二')], { pay });
    // 2000 × 1.1 = 2200, as the 工号 says.
    expect(payOf(r, '0013')!.bonus).toBe(2200);
    expect(payProblems(r)).toEqual([['warning', 'pay-mismatch', '[pay.csv]pay!B2:工资文件 pay.csv 中工号「0013」的姓名是「王五」,名单中是「乙二」;已按工号计算绩效奖金,请核对']]);
  });

  it('two 工号 swapped in the pay file (each row naming the other person of the form): no pay for either, an error each', async () => {
    // 甲 1001 and 乙 1002 on the form; the pay file has 1001 乙 (基数 3000) and 1002 甲 (基数 2000). Paid by 工号, 甲 got
    // 乙's 3000 × 1.1 = 3300 and 乙 甲's, with a warning, exit 0.
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '1001,乙,3000,3000', '1002,甲,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('1001', '甲'), top('1002', '乙')], { pay });
    expect([payOf(r, '1001'), payOf(r, '1002')]).toEqual([null, null]);
    expect(payProblems(r).map(([severity, code]) => [severity, code])).toEqual([['error', 'pay-mismatch'], ['error', 'pay-mismatch']]);
    expect(payProblems(r)[0]![2]).toContain('的姓名是「乙」(考核表里的另一个人),名单中是「甲」:不知道这一行是谁的,没有计算绩效奖金');
  });

  it('another person\'s row typed with this one\'s 工号 (1001 乙, no row of 乙\'s 1002, none of 甲\'s): no pay for 甲, an error', async () => {
    // Paid by 工号, 甲 got 乙's 3000 × 1.1 = 3300 with a warning; 乙 is missing from the pay file (an error of its own).
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '1001,乙,3000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('1001', '甲'), top('1002', '乙')], { pay });
    expect([payOf(r, '1001'), payOf(r, '1002')]).toEqual([null, null]);
    expect(payProblems(r).map(([severity, code]) => [severity, code])).toEqual([['error', 'pay-mismatch'], ['error', 'pay-missing']]);
  });

  it('a 工号 mistyped on the form (甲 1004 for 1001): the pay file names 1004 赵六 and has 甲 at 1001 — no pay for 甲, an error naming both rows', async () => {
    // Paid by 工号, 甲 got 赵六's 5000 × 1.1 = 5500 (for 2000 × 1.1 = 2200) with a warning, exit 0.
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '1001,甲,2000,3000', '1004,赵六,5000,4000']);
    const r = await roundTrip('cs-scheme-100', [top('1004', '甲')], { pay });
    expect(payOf(r, '1004')).toBeNull();
    expect(payProblems(r).filter(([severity]) => severity !== 'info')).toEqual([
      ['error', 'pay-mismatch', '[pay.csv]pay!B3:工资文件 pay.csv 中工号「1004」的姓名是「赵六」,名单中是「甲」;而「甲」在工资文件 [pay.csv]pay!B2 一行的工号是「1001」:不知道哪一行是他的(考核表的工号填错了?),没有计算绩效奖金;请核对工号后重新评分'],
    ]);
  });

  it('李四\'s name copied onto 张三\'s row (1001 乙, 1002 乙: each row naming 乙): no pay for 甲, an error — paid 2000 × 1.1 with a warning', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '1001,乙,2000,3000', '1002,乙,3000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('1001', '甲'), top('1002', '乙')], { pay });
    // 乙 by his own 工号: 3000 × 1.1 = 3300.
    expect([payOf(r, '1001'), payOf(r, '1002')!.bonus]).toEqual([null, 3300]);
    expect(payProblems(r).map(([severity, code]) => [severity, code])).toEqual([['error', 'pay-mismatch']]);
  });

  it('a row named 甲 under 乙\'s 工号, 甲 without a 工号 on the form: neither is paid from it (乙 was refused it, 甲 paid 2000 × 1.1)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '0013,甲,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('', '甲'), top('13', '乙')], { pay });
    expect(r.people.map((p) => p.pay ?? null)).toEqual([null, null]);
    expect(payProblems(r)).toEqual([
      ['error', 'pay-mismatch', '[pay.csv]pay!B2:工资文件 pay.csv 中「甲」一行的工号「0013」是考核表里「乙」的工号,而考核表里「甲」没有工号:不知道这一行是谁的,没有计算绩效奖金;请在考核表里填上「甲」的工号,或核对工资文件后重新评分'],
      ['error', 'pay-mismatch', '[pay.csv]pay!B2:工资文件 pay.csv 中工号「13」的姓名是「甲」(考核表里的另一个人),名单中是「乙」:不知道这一行是谁的,没有计算绩效奖金;请核对工资文件的工号后重新评分'],
    ]);
  });

  it('namesakes told apart by a prefix (张伟, 小张伟) or a company file\'s note (「李娜(客服)」 beside 088 李娜 of 销售部): paid by 工号', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '1001,张伟,3000,3000', '1002,张伟,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('1001', '张伟'), top('1002', '小张伟')], { pay });
    // 96 → 优秀 K 1.1: 3000 × 1.1 = 3300 and 2000 × 1.1 = 2200, each by its 工号, with a warning.
    expect([payOf(r, '1001')!.bonus, payOf(r, '1002')!.bonus]).toEqual([3300, 2200]);
    expect(payProblems(r).map(([severity, code]) => [severity, code])).toEqual([['warning', 'pay-mismatch']]);
    const company = payFile(['工号,姓名,绩效基数,基本工资', '1001,李娜(客服),2000,3000', '1088,李娜,5000,4000']);
    const s = await roundTrip('cs-scheme-100', [top('1001', '李娜')], { pay: company });
    // 2000 × 1.1 = 2200, not 088's 5000.
    expect(payOf(s, '1001')!.bonus).toBe(2200);
    expect(payProblems(s).filter(([severity]) => severity === 'error')).toEqual([]);
  });

  it('namesakes the form tells apart (张伟, 张伟B) and the pay file does not (张伟 twice): paid by 工号, a warning — no swap', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '1001,张伟,3000,3000', '1002,张伟,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [top('1001', '张伟'), top('1002', '张伟B')], { pay });
    // 96 → 优秀 K 1.1: 3000 × 1.1 = 3300 and 2000 × 1.1 = 2200, as each 工号 says.
    expect([payOf(r, '1001')!.bonus, payOf(r, '1002')!.bonus]).toEqual([3300, 2200]);
    expect(payProblems(r).map(([severity, code]) => [severity, code])).toEqual([['warning', 'pay-mismatch']]);
  });
});


// 「绩效基数(千元)」 with 3 under it was paid as 3 元: 3 × 0.7125 = 2.14 for 2,137.50, exit 0.
describe('a pay file whose amounts are in another unit than 元', () => {
  it('is refused at the heading, naming the unit and what to write; 元 in any form is read', async () => {
    const { readPayFile } = await import('../../src/io/readPay.js');
    for (const [heading, unit] of [['绩效基数(千元)', '千元'], ['绩效基数（万元）', '万元'], ['绩效基数/千元', '千元'], ['绩效基数(USD)', 'USD']]) {
      const r = await readPayFile(payFile(['工号,姓名,' + heading + ',基本工资', '6001,甲,3,2500']));
      expect(r.ok ? null : [r.failure.code, r.failure.cell, r.failure.message], heading).toEqual([
        'pay-unit', 'C1',
        `[pay.csv]pay!C1:工资文件 pay.csv:列「${heading}」的金额单位是「${unit}」,kpi 的工资按元计算,不换算单位;请把这一列的金额换成元(3 千元写 3000),并把列名改为「绩效基数」或「绩效基数(元)」`,
      ]);
    }
    const basic = await readPayFile(payFile(['工号,姓名,绩效基数,基本工资(万元)', '6001,甲,3000,0.25']));
    expect(basic.ok ? null : [basic.failure.code, basic.failure.cell]).toEqual(['pay-unit', 'D1']);
    for (const heading of ['绩效基数(元)', '绩效基数/元', '绩效基数(¥)', '绩效基数(人民币)', '绩效基数']) {
      expect((await readPayFile(payFile(['工号,姓名,' + heading, '6001,甲,3000']))).ok, heading).toBe(true);
    }
  });
});

// 「编号」 (the rows' numbering, 1, 2, 3) before 「员工工号」: both are names of the 工号, and the first listed was read —
// everybody was paid another's 基数 at exit 0 (张三 3000 for 2500, with warnings that 工号 001 is 李四).
describe('§14 「编号」 beside 「员工工号」', () => {
  it('in the pay file: matched by 员工工号 — 6005 5000 × 1.1 = 5500, 6006 3000 × 0.9 = 2700', async () => {
    const pay = payFile(['编号,姓名,员工工号,绩效基数,基本工资', '1,己,6006,3000,8000', '2,戊,6005,5000,8000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊'), mid('6006', '己')], { pay });
    expect([payOf(r, '6005')!.bonus, payOf(r, '6006')!.bonus]).toEqual([5500, 2700]);
    expect(payProblems(r)).toEqual([]);
  });

  it('on a roster CSV: its 工号 are 员工工号\'s, 1, 2 the rows\' numbers — the same 5500 and 2700', async () => {
    const { writeFileSync } = await import('node:fs');
    const { gradedReport } = await import('../helpers.js');
    const roster = path.join(tempDir(), 'roster.csv');
    writeFileSync(roster, '\uFEFF编号,员工工号,姓名,部门,考核月份,业绩考核,质量考核,业务考核,通话利用率,报表提交及时性,出勤情况,问题反馈及工作配合度,遵守规章制度及上级综合评分\r\n1,6006,己,客服部,2026-03,18,25,8,8,4,5,8,10\r\n2,6005,戊,客服部,2026-03,20,30,10,10,5,5,10,6\r\n');
    const r = await gradedReport(roster, { form: 'cs-scheme-100', pay: payFile(['工号,姓名,绩效基数,基本工资', '6005,戊,5000,8000', '6006,己,3000,8000']) });
    expect(r.people.map((p) => [p.id, p.pay?.bonus])).toEqual([['6006', 2700], ['6005', 5500]]);
  });
});

// README: a pay row found by 工号 that names another person of the form is an error (whose row it is, kpi cannot know).
describe('§14 a pay row naming another person of the form', () => {
  it('that person has no 工号 on the form: the row is paid to neither — 6005 an error, 己 (by name) an error too', async () => {
    // 6005 戊 96 优秀 (K 1.1), 己 without 工号 86 一般 (K 0.9). The one row (6005, 己, 3000) paid 戊 3300 and 己 2700; then
    // 己 alone 2700 while 戊 was told 「不知道这一行是谁的」: whose row it is, the 工号 and the name disagree.
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6005,己,3000,8000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊'), mid('', '己')], { pay });
    expect(payOf(r, '6005')).toBeNull();
    expect(r.people.find((p) => p.name === '己')!.pay ?? null).toBeNull();
    expect(payProblems(r).map(([severity, code]) => [severity, code])).toEqual([['error', 'pay-mismatch'], ['error', 'pay-mismatch']]);
  });

  it('names shifted one row against the 工号 over three people: an error for each, no one paid another\'s 基数', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', '6005,己,3000,8000', '6006,庚,2000,8000', '6007,戊,2500,8000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊'), mid('6006', '己'), mid('6007', '庚')], { pay });
    expect(['6005', '6006', '6007'].map((id) => payOf(r, id))).toEqual([null, null, null]);
    expect(payProblems(r).map(([severity, code]) => [severity, code])).toEqual([['error', 'pay-mismatch'], ['error', 'pay-mismatch'], ['error', 'pay-mismatch']]);
  });
});

describe('§14 绩效基数 columns noted otherwise than by a unit', () => {
  it('「绩效基数(调整前)」 | 「绩效基数(调整后)」: a row where they differ is an error, not paid from the first; equal rows paid', async () => {
    const pay = payFile(['工号,姓名,绩效基数(调整前),绩效基数(调整后),基本工资', '6005,戊,2000,2500,8000', '6006,己,3000,3000,8000']);
    const r = await roundTrip('cs-scheme-100', [top('6005', '戊'), mid('6006', '己')], { pay });
    // 戊: 2000 (调整前) × 1.1 = 2200 was paid; now an error. 己: 3000 in both × 0.9 = 2700.
    expect([payOf(r, '6005'), payOf(r, '6006')!.bonus]).toEqual([null, 2700]);
    expect(payProblems(r).map(([severity, code]) => [severity, code])).toEqual([['error', 'pay-duplicate']]);
  });

  it('「绩效基数(上月)」 alone is last month\'s: refused, not paid for this month (2000 × 1.1 was paid)', async () => {
    const pay = payFile(['工号,姓名,绩效基数(上月),基本工资', '6005,戊,2000,8000']);
    const failure = await roundTrip('cs-scheme-100', [top('6005', '戊')], { pay }).then(() => null, (e: Error) => e.message);
    expect(failure).toContain('没有找到「绩效基数」列');
  });
});

describe('§14 a company-wide pay list numbered 「编号」 1, 2, 3 …', () => {
  it('is matched by name, not by the numbering: 戊 (工号 1) 5000 × 1.1 = 5500, 己 (工号 2) 3000 × 0.9 = 2700', async () => {
    // Rows 1 and 2 are another department's (甲 9000, 乙 8000): paid to 戊 and 己 by 工号 1 and 2, with warnings only.
    const pay = payFile(['编号,姓名,部门,绩效基数,基本工资', '1,甲,销售部,9000,8000', '2,乙,销售部,8000,8000', '3,戊,客服部,5000,8000', '4,己,客服部,3000,8000']);
    const r = await roundTrip('cs-scheme-100', [top('1', '戊'), mid('2', '己')], { pay });
    expect([payOf(r, '1')!.bonus, payOf(r, '2')!.bonus]).toEqual([5500, 2700]);
    expect(payProblems(r).filter(([severity]) => severity !== 'info')).toEqual([]);
  });
});
