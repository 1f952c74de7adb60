// §8 奖惩 headings (review 59 h's red team): 「奖惩」 merged over 加分 | 扣分 (| 原因) is the one signed 奖惩分, 加分 − 扣分;
// 「奖惩扣分」 unbracketed and 「奖惩」 over 减分 read as 「奖惩(扣分)」 does (2 → −2); 「奖惩」 over 罚款 is money, refused and
// told so. Fixtures: test/fixtures/fx60m/make.py; rv_*.xlsx are the red team's m8_jc_jia_kou.xlsx and m8_jc_fakuan.xlsx.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx60m', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const said = (r: Report) => r.problems.filter((p) => p.severity !== 'info');
const m8 = (r: Report, who: number) => r.people[who]!.items.find((i) => i.id === 'M8')!;
const form = 'mattress-cs-monthly';

// §8 before 奖惩, by the catalog:
// 张三 18 (45/50 × 20) + 15 (20 − 3 − 2) + 11 (15 − 2×1 − 1×2) + 3 (8 − 5×1) + 9 + 13 + 8 (10 − 2×1) = 77;
// 李四 20 (40/40) + 20 + 15 + 10 + 10 + 15 + 10 = 100;
// 王五 (赵六, 钱七 the same figures) 20 (30/30) + 18 (20 − 2) + 14 (15 − 1×1) + 10 + 10 + 14 + 10 = 96.
// Bands: ≥ 90 优秀, ≥ 80 良好, ≥ 60 一般.
const ZHANG_PLUS = ['张三', '79.00', '一般']; // 77 + 2 (表扬信)
const ZHANG = ['张三', '77.00', '一般'];
const LI = ['李四', '100.00', '优秀'];
const WANG_MINUS = ['王五', '94.00', '优秀']; // 96 − 2 (客户投诉)

describe('§8 「奖惩」 merged over 加分 | 扣分 | 原因: 加分 − 扣分', () => {
  it('the red team\'s file: 79 / 100 / 94 (both columns were refused, 张三 and 王五 unscored at exit 1)', async () => {
    const r = await gradedReport(fixture('rv_jc_jia_kou.xlsx'), { form });
    expect(people(r)).toEqual([ZHANG_PLUS, LI, WANG_MINUS]);
    expect(said(r)).toEqual([]);
    expect(m8(r, 0).explanation).toBe('+2(表扬信)');
    expect(m8(r, 2).explanation).toBe('−2(客户投诉)');
  });

  it('扣分 typed −2 is −2 (no double negation); 加分 1 with 扣分 3 is −2; 扣分 0 is nothing', async () => {
    const r = await gradedReport(fixture('jc_jia_kou_more.xlsx'), { form });
    // 王五 96 + (−2) = 94; 赵六 96 + 1 − 3 = 94; 钱七 96 + 0 = 96 优秀.
    expect(people(r)).toEqual([ZHANG_PLUS, LI, WANG_MINUS, ['赵六', '94.00', '优秀'], ['钱七', '96.00', '优秀']]);
    expect(said(r)).toEqual([]);
    expect(m8(r, 3).score).toBe(-2);
  });

  it('the other order, 扣分 | 加分 | 原因: the same 79 / 100 / 94', async () => {
    const r = await gradedReport(fixture('jc_kou_jia.xlsx'), { form });
    expect(people(r)).toEqual([ZHANG_PLUS, LI, WANG_MINUS]);
    expect(said(r)).toEqual([]);
  });

  it('「扣2分」 beside 加分 1 adds up to nothing: 王五 refused at S5, told to type numbers in both', async () => {
    const r = await gradedReport(fixture('jc_jia_kou_text.xlsx'), { form });
    expect(people(r)).toEqual([ZHANG_PLUS, LI, ['王五', null, null]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['duplicate-entry', 'S5']]);
    expect(errors(r)[0]!.message).toContain('按 加分 − 扣分 计:R5 填「1」,这里填「扣2分」');
  });

  it('奖励 | 扣分 (奖励 may be money): both refused as before', async () => {
    const r = await gradedReport(fixture('jc_jiangli_kou.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null], LI, ['王五', null, null]]);
    expect(errors(r).map((p) => p.cell)).toEqual(['R2', 'S2', 'R3', 'S5']);
  });
});

describe('§8 「奖惩扣分」 unbracketed, 「奖惩」 over 减分: points taken off, 2 → −2', () => {
  it('「奖惩扣分」 merged down, typed in the first of two rows, or on one heading row: 77 / 100 / 94 (refused, and advised renamed 「其它·奖惩分」 — 98)', async () => {
    for (const f of ['jckou_merged.xlsx', 'jckou_onerow.xlsx', 'jckou_single.xlsx']) {
      const r = await gradedReport(fixture(f), { form });
      expect(people(r)).toEqual([ZHANG, LI, WANG_MINUS]);
      expect(said(r)).toEqual([]);
    }
  });

  it('「奖惩减分」 and 「奖惩」 over 减分 | 原因 the same: 77 / 100 / 94 (both refused at exit 1)', async () => {
    for (const f of ['jcjian_single.xlsx', 'jc_jian.xlsx']) {
      const r = await gradedReport(fixture(f), { form });
      expect(people(r)).toEqual([ZHANG, LI, WANG_MINUS]);
      expect(said(r)).toEqual([]);
    }
  });

  it('plain 「奖惩」 stays signed as typed: 王五 96 + 2 = 98 with the sign warning, as before', async () => {
    const r = await gradedReport(fixture('jc_single.xlsx'), { form });
    expect(people(r)).toEqual([ZHANG, LI, ['王五', '98.00', '优秀']]);
    expect(said(r).map((p) => [p.code, p.cell])).toEqual([['reason-sign', 'R4']]);
  });

  it('「奖惩加分」 alone stays refused, advised 「其它·奖惩分」 (its 2 is +2 there)', async () => {
    const r = await gradedReport(fixture('jcjia_single.xlsx'), { form });
    expect(people(r)).toEqual([ZHANG, LI, ['王五', null, null]]);
    expect(errors(r)[0]!.message).toContain('请把列名改为「其它·奖惩分」后');
  });

  it('beside the 奖惩分 column, 「奖惩扣分」 is refused as 「奖惩分(扣分)」 is: put together in one column', async () => {
    for (const f of ['beside_jckou.xlsx', 'beside_jcfkou.xlsx']) {
      const r = await gradedReport(fixture(f), { form });
      expect(people(r)).toEqual([ZHANG_PLUS, LI, ['王五', null, null]]);
      expect(errors(r).map((p) => p.cell)).toEqual(['S4']);
      expect(errors(r)[0]!.message).toContain('加减分合在一列');
    }
  });
});

describe('§8 「奖惩」 over 罚款 | 原因: money, not points', () => {
  it('stays refused (王五 unscored), said to be 元 not points, the points to go under 「其它·奖惩分」 — not to rename the column', async () => {
    const r = await gradedReport(fixture('rv_jc_fakuan.xlsx'), { form });
    expect(people(r)).toEqual([ZHANG, LI, ['王五', null, null]]);
    const at = (cell: string) => errors(r).find((p) => p.cell === cell)!.message;
    expect(errors(r).map((p) => p.cell)).toEqual(['R2', 'R5']);
    expect(at('R2')).toContain('是金额(元),不是分数');
    expect(at('R2')).toContain('请把奖惩的分数填在「其它·奖惩分」列');
    expect(at('R2')).not.toContain('请把列名改为');
    expect(at('R5')).toContain('「50」在列「奖惩·罚款」里,是金额(元),不是分数');
    expect(at('R5')).not.toContain('请把列名改为');
    // (王五's 「客户投诉」 beside the 50 refused is not 「原因写了…奖惩分却空着」: it was a warning beside the error.)
    expect(said(r).filter((p) => p.severity === 'warning')).toEqual([]);
  });
});
