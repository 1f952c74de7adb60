// Misleading messages and small refusals (testers' rt54g4d / rt54g2d cases). Fixtures: test/fixtures/fx54j (make.py
// writes ssc-rate.xlsx and edits sam-na.xlsx; the others are the testers' openpyxl workbooks as they were).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx54j', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band, p.status]);

describe('§31 a column of rates headed by a ratio item', () => {
  it('says the form takes the two counts, not a rename to one of them', async () => {
    const r = await gradedReport(fixture('ssc-rate.xlsx'), { form: 'satisfaction-scorecard' });
    // 问题解决率 and 客户保留率 are 解决数 ÷ 问题数 and 续签数 ÷ 到期合同数: with rates only, no team can be scored.
    expect(people(r)).toEqual([['一组', null, null, 'error'], ['二组', null, null, 'error'], ['三组', null, null, 'error']]);
    const said = r.problems.filter((p) => p.code === 'item-not-found');
    expect(said.map((p) => p.cell)).toEqual(['D1', 'F1']);
    expect(said[0]!.message).toContain('「问题解决率」填的是比率');
    expect(said[0]!.message).toContain('「问题解决率·规定时间内解决数」和「问题解决率·问题数」');
    expect(said[1]!.message).toContain('「客户保留率·续签数」和「客户保留率·到期合同数」');
    expect(r.problems.some((p) => p.message.includes('改回「问题解决率·问题数」') || p.message.includes('改回「客户保留率·续签数」'))).toBe(false);
    // Said once, not also listed as ignored columns.
    expect(r.problems.some((p) => p.code === 'unknown-column')).toBe(false);
  });
});

describe('§25 a count item\'s column headed 扣分', () => {
  it('says 扣分, not 得分, and takes 0 as nothing taken off (06b 「仪容仪表扣分」)', async () => {
    const r = await gradedReport(fixture('pcs-kouhead-b.xlsx'), { form: 'property-cs-staff' });
    // 甲's 1 is refused (a deduction, not a count of lapses); 乙–己 hold 0 and full marks elsewhere: 45 / 45 × 100 = 100 优秀.
    expect(people(r)).toEqual([
      ['甲', null, null, 'error'],
      ...['乙', '丙', '丁', '戊', '己'].map((n) => [n, 100, '优秀', 'scored']),
    ]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.cell)).toEqual(['R1', 'R2']);
    expect(errors[0]!.message).toContain('是「仪容仪表、语气语调、接听电话」这一项的扣分');
    expect(errors[0]!.message).toContain('0 即不扣分');
    expect(errors.some((p) => p.message.includes('这一项的得分'))).toBe(false);
  });

  it('says a blank count is 0 lapses, nothing off, and takes 0 there too (06c 「…·不准确(扣分)」)', async () => {
    const r = await gradedReport(fixture('pcs-kouhead-c.xlsx'), { form: 'property-cs-staff' });
    // 乙–己: 0 不准确 → 2 − 0 × 1 = 2 of 2, everything else full → 45 / 45 × 100 = 100 优秀; 甲's 1 is refused.
    expect(people(r)).toEqual([
      ['甲', null, null, 'error'],
      ...['乙', '丙', '丁', '戊', '己'].map((n) => [n, 100, '优秀', 'scored']),
    ]);
    const head = r.problems.find((p) => p.cell === 'X1')!;
    expect(head.message).toContain('视为 0 次,不扣分');
    expect(head.message).not.toContain('视为 0)');
  });
});

describe('§28 「不适用」 for a moot 客诉处理满意度', () => {
  it('is read like 「/」 beside 客诉数 0', async () => {
    const r = await gradedReport(fixture('sam-na.xlsx'), { form: 'sales-aftersales-monthly' });
    // 李四 (「/」), 王五 (「—」), 赵六 (「不适用」): 92% × 25 + 88% × 25 + (1 − 0 ÷ 2%) × 25 + 25 (无客诉) = 23 + 22 + 25 + 25 = 95 优秀.
    expect(people(r).filter(([n]) => ['李四', '王五', '赵六'].includes(n as string))).toEqual([
      ['李四', 95, '优秀', 'scored'],
      ['王五', 95, '优秀', 'scored'],
      ['赵六', 95, '优秀', 'scored'],
    ]);
    expect(r.problems.filter((p) => p.person === '赵六')).toEqual([]);
  });
});

describe('§11 a 减分 written as a deduction', () => {
  it('says 减分 is typed positive, under 减分 only', async () => {
    const r = await gradedReport(fixture('shop-adjust.xlsx'), { form: 'shop-cs-monthly' });
    const hinted = r.problems.filter((p) => p.message.includes('减分请填正数'));
    // s03 −2, s04 扣2分, s05 (2), s06 -2分, s07 −2, s08 －2, s20 -2; not s11's 加分 −3 nor s10's 加3分.
    expect(hinted.map((p) => p.person)).toEqual(['s03', 's04', 's05', 's06', 's07', 's08', 's20']);
    expect(r.problems.filter((p) => ['s10', 's11'].includes(p.person ?? '')).some((p) => p.message.includes('正数'))).toBe(false);
    // s02 and s12: 减分 2 → scored as before (not refused).
    expect(r.people.filter((p) => ['s02', 's12'].includes(p.name)).map((p) => p.status)).toEqual(['scored', 'scored']);
  });
});
