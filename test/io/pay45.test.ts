// Pay files as an HR officer's WPS payroll has them: insurance bases under other words, two 基本工资, last month's base.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay45', f);

describe('a 「基数」 of insurance or tax is no 绩效基数 (cs-scheme-100)', () => {
  it.each([
    ['wuxianyijin-jishu.xlsx', '「五险一金」 over 基数 | 个人缴纳'],
    ['jishu-shebao-note.xlsx', '「基数(社保)」 on one row'],
  ])('%s (%s): refused as a pay file without 绩效基数 (4500 was paid as everyone\'s: 4500 × 1.0, × 0.9, × 0.9, × 1.1)', async (file) => {
    const failure = await refusal(at('roster-02.xlsx'), { pay: at(file) });
    expect(failure.message).toContain('没有找到「绩效基数」列');
  });
});

describe('two columns of 基本工资 noted otherwise (「基本工资(调整前)」 | 「基本工资(调整后)」)', () => {
  it('a row filled differently is an error and unpaid (工资总额 took the first: 张三 4000 + 3000 = 7000 for 4200 + 3000); rows alike are paid', async () => {
    const r = await gradedReport(at('roster-07.xlsx'), { pay: at('basic-before-after.xlsx') });
    // 李四 90.00 一般 K 0.9: 2000 × 0.9 = 1800; 赵六 95.01 优秀 K 1.1: 2000 × 1.1 = 2200.
    expect(r.people.map((p) => [p.name, p.pay?.bonus ?? null])).toEqual([['张三', null], ['李四', 1800], ['王五', null], ['赵六', 2200]]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.cell)).toEqual(['D2', 'D4']);
    expect(errors[0]!.message).toContain('工资文件有两列基本工资(「基本工资(调整前)」「基本工资(调整后)」),这一行填的不同(4000、4200)');
  });
});

describe('the only 绩效基数 headed with another month (「绩效基数(2月)」, the form 2026-03)', () => {
  it('is paid as a title of February is, with its warning (it was read as March\'s without a word)', async () => {
    const r = await gradedReport(at('roster-04.xlsx'), { pay: at('base-feb-note.xlsx') });
    expect(r.problems.filter((p) => p.code === 'pay-month').map((p) => p.message)).toEqual(['工资文件 base-feb-note.xlsx 的表名、标题或列名写的是 2月,考核表是 2026-03:绩效基数按这份文件算了;如果不是本月的工资表,请换成 2026-03 的']);
  });
});

describe('a second department\'s block with its headings in another order (绩效基数 | 基本工资 swapped)', () => {
  it('is not read with the first block\'s columns (王五 paid 4200 × 0.9 = 3780 from his 基本工资): said at the heading row, its people unpaid', async () => {
    const r = await gradedReport(at('roster-05.xlsx'), { pay: at('second-block-swapped.xlsx') });
    // The first block as before: 张三 95 良好 K 1.0 → 3000; 李四 90.00 一般 K 0.9 → 2000 × 0.9 = 1800.
    expect(r.people.map((p) => [p.name, p.pay?.bonus ?? null])).toEqual([['张三', 3000], ['李四', 1800], ['王五', null], ['赵六', null]]);
    const moved = r.problems.find((p) => p.code === 'headings-reordered')!;
    expect([moved.severity, moved.cell]).toEqual(['error', 'C7']);
    expect(moved.message).toContain('「绩效基数」在 C 列,上面在 D 列;「基本工资」在 D 列,上面在 C 列):按上面的列读会把金额读到别的列上,这一行以下的工资行没有读取');
  });
});

describe('「—」, 「-」 or 「/」 in 基本工资 (none this month)', () => {
  it('is its blank: the 绩效奖金 paid with a warning, 工资总额 not given (it was withheld with an error): 3000 × 1.0, 2000 × 0.9, 2500 × 0.9, 2000 × 1.1', async () => {
    const r = await gradedReport(at('roster-01.xlsx'), { pay: at('basic-dashes.xlsx') });
    expect(r.people.map((p) => [p.pay?.bonus, p.pay?.gross])).toEqual([[3000, null], [1800, null], [2250, null], [2200, null]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
