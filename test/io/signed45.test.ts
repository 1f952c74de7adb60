// §8's 奖惩分 is one signed column; a team that keeps points off (or on) in a column of their own beside it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/signed45', f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => Object.fromEntries(r.people.map((p) => [p.name, p.total]));

// Everyone otherwise at full marks: 20 + 20 + 15 + 9 + 9 + 13 + 10 = 96 (表格管理 blank: no deductions).
describe('§8 mattress-cs-monthly: points off in a column apart from 奖惩分', () => {
  it('「加分 | 扣分」 in 奖惩分\'s place: neither read — 王芳 (扣 3), 李强 (加 2), 张敏 (加 2, 扣 5) not scored (王芳 was 96 for 93)', async () => {
    const r = await gradedReport(at('jiafen-koufen.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual({ 王芳: null, 李强: null, 张敏: null, 刘洋: 96 });
    const koufen = r.problems.find((p) => p.cell === 'Q2')!;
    expect(koufen.severity).toBe('error');
    expect(koufen.message).toContain('这一格的「3」在列「扣分」里,是另填的加分或扣分,本表的「其它·奖惩分」加减分合在一列');
    expect(r.problems.find((p) => p.cell === 'Q1')!.message).toContain('请把加减后的分数填在「其它·奖惩分」一列');
  });

  it('「其它·奖惩分 | 其它·奖惩分(扣分)」: the second not read — 王芳 (扣 3) and 张敏 (扣 5) not scored; 李强 96 + 2 = 98 (were 96 and 98)', async () => {
    const r = await gradedReport(at('jiangcheng-and-koufen.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual({ 王芳: null, 李强: 98, 张敏: null, 刘洋: 96 });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['Q2', 'Q4']);
  });

  it('「扣分」 added at the end, 奖惩分 deleted: its 3 and 5 not read, advised as 「其它·奖惩分(扣分)」 (read as taken off once renamed)', async () => {
    const r = await gradedReport(at('koufen-at-end.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual({ 王芳: null, 李强: 96, 张敏: null, 刘洋: 96 });
    expect(r.problems.find((p) => p.cell === 'R2')!.message).toContain('请把列名改为「其它·奖惩分(扣分)」');
  });

  it('an empty 「扣分」 column beside 奖惩分 costs no one: 李强 98, the others 96', async () => {
    const r = await gradedReport(at('koufen-blank.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual({ 王芳: 96, 李强: 98, 张敏: 98, 刘洋: 96 });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a count headed in another unit (§8 「旷工(天)」 for 旷工 in 次)', () => {
  it('says the unit at the heading (it advised only a rename, which would read days as times); 0 天 is 0 次: 李强 96 + 2 = 98, 张敏 98, 刘洋 96', async () => {
    const r = await gradedReport(at('kuanggong-days.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual({ 王芳: null, 李强: 98, 张敏: 98, 刘洋: 96 });
    expect(r.problems.find((p) => p.cell === 'M1')!.message).toContain('列「旷工(天)」的单位是「天」,本表「工作纪律·旷工」按「次」填写');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['M1', 'M2']);
  });
});
