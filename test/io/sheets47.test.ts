// A person's sheet printing another weight or other points than the form's for a part or an item — read on the form's
// own without a word (a roster's same heading is refused).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/sheets47', f);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.sheet, p.cell]);

describe('a part\'s row with another weight (§1 「业绩考核(权重80%)」 | 「行为考核(权重20%)」, the form 85/15)', () => {
  it('refused at each part\'s first filled cell — 王五 was 91.00 优秀 on 85/15 for the sheet\'s 88 良好', async () => {
    // 王五: part A 80/80 = 100, part B 2级 + 2级 = 40 of 100: 100 × 0.85 + 40 × 0.15 = 91; on 80/20: 80 + 8 = 88.
    const r = await gradedReport(at('after-sales-part-80-20.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', null], ['王五', null]]);
    expect(errors(r)).toEqual([['张三', 'G8'], ['张三', 'G13'], ['王五', 'G8'], ['王五', 'G13']]);
    expect(r.problems.find((p) => p.sheet === '王五' && p.cell === 'G8')!.message).toContain('这一格的「95」属于「业绩考核」:表上写的是权重 80%(「业绩考核(权重80%)」),本表「业绩考核」占 85%');
  });

  it('「业绩考核 80%」 without brackets too; the template\'s own 「业绩考核(权重 85%)」 is read (every sample scores)', async () => {
    const r = await gradedReport(at('after-sales-part-bare-80.xlsx'));
    expect(errors(r)).toEqual([['张三', 'G8'], ['张三', 'G13'], ['李四', 'G8'], ['李四', 'G13'], ['赵六', 'G8'], ['赵六', 'G13']]);
    const sample = await gradedReport(path.join(repoRoot, 'samples/after-sales-monthly.march.form.xlsx'));
    expect(sample.problems.filter((p) => p.code === 'heading-points')).toEqual([]);
  });
});

describe('an item\'s points retyped where its cells hold figures or words scored on them', () => {
  it('§4 分值 15 → 25 and 15 → 5 (差 and 达成 worth 0.6 and 1.0 of 分值): refused — 93 优秀 for the sheet\'s 89 良好', async () => {
    // kpi's: 15 × 0.6 + 15 + 70 + 8 + 1 = 93; the sheet's: 25 × 0.6 + 5 + 70 + 8 + 1 = 89.
    const r = await gradedReport(at('dept-fenzhi-25-5.xlsx'));
    expect(r.people.map((p) => p.total)).toEqual([null]);
    expect(errors(r)).toEqual([['张三', 'F9'], ['张三', 'F10']]);
    expect(r.problems.find((p) => p.cell === 'F9')!.message).toContain('这一格的「差」属于「拆包人均每小时20个」:表上写的是 25 分(「分值 C9」),本表「拆包人均每小时20个」是 15 分');
  });

  it('§4 an item named with a weight 「拆包人均每小时20个(25%)」 (15 of 100): refused, said as a weight', async () => {
    const r = await gradedReport(at('dept-item-25pct.xlsx'));
    expect(r.problems.find((p) => p.cell === 'F9')!.message).toContain('表上写的是权重 25%(「拆包人均每小时20个(25%)」),本表「拆包人均每小时20个」占 15%');
  });

  it('§8 「表格管理(25分)」 over deductions 「3,2」 and 「客户回访率(25分)」 over its counts: refused (taken from 20)', async () => {
    const one = await gradedReport(at('mattress-item-25.xlsx'));
    expect(errors(one)).toEqual([['张三', 'F9']]);
    expect(one.problems.find((p) => p.cell === 'F9')!.message).toContain('这一格的「3,2」属于「表格管理」:表上写的是 25 分(「表格管理(25分)」),本表「表格管理」是 20 分');
    const rate = await gradedReport(at('mattress-rate-25.xlsx'));
    expect(rate.people.every((p) => p.total === null)).toBe(true);
    expect(rate.problems.find((p) => p.sheet === '张三' && p.cell === 'F7')!.message).toContain('这一格的「50」属于「客户回访率」:表上写的是 25 分(「客户回访率(25分)」),本表「客户回访率」是 20 分');
  });
});

describe('§18 效率 (a rate up to 300 %) filled with the item\'s points 17 / 20 / 14 / 10 of 20', () => {
  it('refused as points, roster and person sheets — read as 17 % (below 75 %: 0 points), 张三 was 75 普通 for the 92 meant', async () => {
    // Meant: 25 + 20 + 17 + 10 + 20 = 92 特别优秀; read as %, 效率 scored 0: 75.
    const roster = await gradedReport(at('baolun-eff-points-roster.xlsx'));
    expect(roster.people.every((p) => p.total === null)).toBe(true);
    expect(roster.problems.find((p) => p.code === 'points-not-scale')!.cell).toBe('U1');
    const sheets = await gradedReport(at('baolun-eff-points-sheets.xlsx'));
    expect(sheets.people.every((p) => p.total === null)).toBe(true);
    expect(sheets.problems.filter((p) => p.code === 'points-not-scale').map((p) => [p.sheet, p.cell])).toEqual([['张三', 'F19'], ['李四', 'F19'], ['王五', 'F19'], ['赵六', 'F19']]);
  });
});

describe('§16 the seed\'s own layout: a part\'s line 「1. 服务态度(30分)」 holding the team\'s subtotal (28)', () => {
  it('said as the part\'s subtotal, not counted and nothing to change (was: add it to the definition — counted twice)', async () => {
    const r = await gradedReport(at('rating-part-subtotals.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 90, '优秀'], ['李四', 79, '一般']]);
    const rows = r.problems.filter((p) => p.code === 'unknown-column');
    expect(rows.every((p) => p.severity === 'info' && p.message.includes('这一部分的名称') && p.message.includes('不必改动'))).toBe(true);
    expect(rows.find((p) => p.sheet === '张三' && p.cell === 'B8')!.message).toContain('这一行「1. 服务态度(30分)」是「服务态度(30分)」这一部分的名称,填的「28」当作自己算的小计');
  });
});

describe('§12 a column of one kind of a count (「闲聊未按静音」 under 话务质量, the form counts 「闲聊或请教未按静音」)', () => {
  it('one error a cell, saying it is one kind of the count — not also 「没有认出…按留空计分(视为 0)」 while the person is unscored', async () => {
    const r = await gradedReport(at('express-one-kind.xlsx'));
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.cell)).toEqual(['I3', 'I4', 'I5', 'I6']);
    expect(errors.every((p) => p.message.includes('是「闲聊或请教未按静音」中的一种'))).toBe(true);
  });
});
