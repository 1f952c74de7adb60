// A CSV whose every amount was typed 「2,500」 without quotes, its last column an empty 备注: each amount splits into
// 2 | 500, the 500 landing in 备注, and every row is as long as its headings. Read, 绩效基数 was 2 元 (绩效奖金 2.00 for
// 2,500.00) and 销售额 95 元 (林一 76.52 待改进 K 0.8 for 95.56 优秀 K 1.1), at exit 0. A 备注 column holding bare numbers
// on most rows is the right halves of split amounts: each such row is in error (row-shifted), as one such row alone was.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/splits', name);

async function grade(file: string, options: { pay?: string; data?: string }) {
  return gradedReport(fixture(file), { ...(options.pay ? { pay: fixture(options.pay) } : {}), ...(options.data ? { data: fixture(options.data) } : {}) });
}

const shifted = (report: Awaited<ReturnType<typeof grade>>) => report.problems.filter((p) => p.code === 'row-shifted').map((p) => [p.cell, p.person]);

describe('amounts split into an empty 备注 on every row', () => {
  it('--pay 「工号,姓名,基本工资,绩效基数,备注」 with 2,500 / 2,800 / 3,200: each row refused at its 备注 (E2–E4), no pay of 2 元', async () => {
    const report = await grade('march.csv', { pay: 'pay.csv' });
    expect(shifted(report)).toEqual([['E2', '张三'], ['E3', '李四'], ['E4', '王五']]);
    expect(report.problems.find((p) => p.code === 'row-shifted')!.message).toContain('这一格「500」和左边一格像是数字「2,500」被逗号拆成了两格');
    // The scores stand (the form is another file): 张三 20+30+10+10+5+5+10+5 = 95 → 良好.
    expect(report.people[0]).toMatchObject({ name: '张三', total: 95, band: '良好' });
  });

  it('--pay with 绩效基数 before 基本工资: 2 | 500 | 3000 — refused at the 基本工资 cell (D2–D4), not 2 元 and 500 元', async () => {
    const report = await grade('march.csv', { pay: 'pay-b.csv' });
    expect(shifted(report)).toEqual([['D2', '张三'], ['D3', '李四'], ['D4', '王五']]);
  });

  it('--data with 销售额 95,300 before an empty 备注: every row refused at H (no one scored on 95 元)', async () => {
    const report = await grade('shop-form.xlsx', { data: 'export-notes.csv', pay: 'shop-pay.xlsx' });
    expect(shifted(report)).toEqual([['H2', '林一'], ['H3', '林二'], ['H4', '林三'], ['H5', '林四']]);
    expect(report.people.every((p) => p.total === null)).toBe(true);
  });

  it('--data with three rows 「…,000」 and one 「95,500」: 林四\'s row is refused too (he was 73.52 待改进, K 0.8)', async () => {
    const report = await grade('shop-form.xlsx', { data: 'export-notes-mixed.csv', pay: 'shop-pay.xlsx' });
    expect(shifted(report).map(([cell]) => cell)).toEqual(['H2', 'H3', 'H4', 'H5']);
    expect(report.people.find((p) => p.name === '林四')!.total).toBeNull();
  });
});

describe('an export row refused as shifted', () => {
  it('张敏\'s 132,000 split: unscored, and none of the row\'s figures is scored (明细 showed 132 元 ÷ 120,000 元 = 0.022)', async () => {
    const report = await grade('shop-roster-shifted.xlsx', { data: 'export-shifted-row.csv' });
    const zhang = report.people.find((p) => p.name === '张敏')!;
    expect(zhang.total).toBeNull();
    expect(zhang.parts.kpi ?? null).toBeNull();
    expect(zhang.items.find((i) => i.id === 'K2')!.score).toBeNull();
  });
});
