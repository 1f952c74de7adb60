// Team rosters whose headings say their figures are percentages over items scored in points.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignNote } from '../../src/io/headingUnits.js';
import { scaleNamed } from '../../src/io/scaleOver.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/rosters46', f);

describe('a column headed as a percentage over an item of points', () => {
  it('§7 「出勤率(%)」 over 自评 | 主管 (1, 0.95, 0.9): not read as 1, 0.95, 0.9 points of 5 — an error at the heading', async () => {
    // Read so, 甲 was 18.5 + (1 + 5 + 4 + 5 + 5 + 4 = 24) + 44.5 = 87.00 良好 at exit 0; 100 % of 5 would be 5 points,
    // 28 → 91.00 优秀. Neither is kpi's to pick: the rates are refused, the column said with its unit.
    const r = await gradedReport(at('specialist-attendance-percent.xlsx'));
    expect(r.people.filter((p) => p.total !== null)).toEqual([]);
    const heading = r.problems.find((p) => p.code === 'item-not-found')!;
    expect([heading.cell, heading.message]).toEqual(['N3', '工作表「3月」的列「出勤率(%)·主管」写的单位是「%」,本表「出勤率·主管」按「分」填写,这一列没有读取,无法为「出勤率」评分;请换算成「分」后填写,并把列名改回「出勤率·主管」']);
  });

  it.each([
    ['mattress-ability-percent.xlsx', '处理能力(%)'],
    ['mattress-ability-bare-percent.xlsx', '处理能力%'],
    ['mattress-ability-percent-words.xlsx', '处理能力(百分比)'],
  ])('§8 %s: 0.9, 0.8, 1 under 「%s」 are not 0.9 of 处理能力\'s 10 points (70.90 一般 at exit 0; 9 points make 79)', async (file, heading) => {
    const r = await gradedReport(at(file), { form: 'mattress-cs-monthly' });
    expect(r.people.map((p) => p.total)).toEqual([null, null, null]);
    const said = r.problems.find((p) => p.code === 'item-not-found' && p.cell === 'J1')!;
    expect(said.message).toBe(`工作表「Sheet」的列「${heading}」写的单位是「%」,本表「处理能力」按「分」填写,这一列没有读取,无法为「处理能力」评分;请换算成「分」后填写,并把列名改回「处理能力」`);
  });

  it('a % over a percentage or a score out of 100 is what the input holds (90 % is 90 points); over a count it is not', () => {
    const points = (max: number) => ({ id: 'score', label: '得分', type: 'number' as const, unit: '分', min: 0, max });
    expect(foreignNote('满意度(%)', points(100))).toBeUndefined();
    expect(foreignNote('满意度(%)', { id: 'rate', label: '满意度', type: 'percent' })).toBeUndefined();
    expect(foreignNote('满意度(%)', points(20))).toBe('%');
    expect(foreignNote('投诉(%)', { id: 'n', label: '投诉', type: 'integer', unit: '次', min: 0 })).toBe('%');
    // A weight after the item (「(权重20%)」, 「(20%)」) and a figure ending in % are no unit of its figures.
    expect(foreignNote('态度(权重20%)', points(15))).toBeUndefined();
    expect(foreignNote('态度(20%)', points(15))).toBeUndefined();
    expect(foreignNote('完成率100%', points(15))).toBeUndefined();
  });
});

describe('a two-row roster saved as CSV whose 「备注」 heading is on the upper row only (its cell below empty)', () => {
  it('is read as a column headed 备注: 张三 (with a remark) 77 一般, not refused as a split cell', async () => {
    // §8 (the catalog's worked example without its +2): M1 45/50 × 20 = 18; M2 20 − 3 − 2 = 15; M3 15 − 2×1 − 1×2 = 11;
    // M4 8 − 5×1 = 3; M5 9; M6 13; M7 10 − 2×1 = 8 ⇒ 77 一般 (the remark 「表扬」 is no 奖惩). 李四 full marks: 100.
    const r = await gradedReport(at('mattress-two-row-remark-top.csv'), { form: 'mattress-cs-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 77, '一般'], ['李四', 100, '优秀']]);
    expect(r.problems.filter((p) => p.code === 'row-shifted' || (p.code === 'unknown-column' && p.severity !== 'info'))).toEqual([]);
  });
});

describe('review: 「态度%」 over 态度\'s points (a two-character item)', () => {
  it('is said at its cell with its unit, as 「处理能力%」 is (it was 「缺少列「态度」」 naming no cell)', async () => {
    const r = await gradedReport(at('mattress-attitude-percent.xlsx'), { form: 'mattress-cs-monthly' });
    const said = r.problems.find((p) => p.code === 'item-not-found' && p.cell === 'K1')!;
    expect(said.message).toBe('工作表「Sheet」的列「态度%」写的单位是「%」,本表「态度」按「分」填写,这一列没有读取,无法为「态度」评分;请换算成「分」后填写,并把列名改回「态度」');
  });
});

describe('the team\'s scores under headings that note the form\'s rule after the item (the seed\'s own wording)', () => {
  it('§2 「员工基本标准(每处不符合扣1分)」 … holding 10, 10, 9 …: refused as scores, as under the bare names (东城管理处 0.00 待改进 for 100 at exit 0)', async () => {
    const r = await gradedReport(at('property-rule-notes-scores.xlsx'));
    expect(r.people.map((p) => p.total)).toEqual([null, null, null]);
    expect(r.problems.find((p) => p.severity === 'error')!.message).toContain('列「员工基本标准(每处不符合扣1分)」和「工作环境(每处不符合扣1分)」');
  });
  it('§12 「工作状况(违反一次扣0.5分)」 holding 40, 38, 39, 40: refused as scores (40 − 0.5 × 40 = 20: 77 一般 for 97 优秀)', async () => {
    const r = await gradedReport(at('express-rule-note-scores.xlsx'));
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.find((p) => p.severity === 'error')!.message).toContain('列「工作状况(违反一次扣0.5分)」像是「工作状况」这一项的得分');
  });
});

describe('§18 「出勤(全勤10分)」 over 请假 | 迟到 | 旷工 | 得分 beside 「业务能力(30分)」', () => {
  it('the 得分 under 出勤 is the team\'s own, not 业务能力\'s (业务能力 is its own column): 84.56 优秀, 79 普通, 56.67 差', async () => {
    // 张三 27 + 16 (8 of 10 ticks × 2) + 17 (效率 105 %) + 9 (10 − 1 请假) + 15.56 (7 of 9 ticks × 20/9) = 84.56.
    const r = await gradedReport(at('baolun-attendance-score-column.xlsx'));
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['张三', 84.56, '优秀'], ['李四', 79, '普通'], ['王五', 56.67, '差']]);
  });
});

describe('§16 marks of 1–5 under a note line 「评分标准:…(1-5分,5分为最高分)」 (the seed\'s sentence with 5 for 10)', () => {
  it('refused as marks on another scale, as 「评分标准:5分制」 is (王五\'s 5s read as 5 of 10: 50 待改进 for full marks at exit 0)', async () => {
    const r = await gradedReport(at('property-rating-five-point-line.xlsx'));
    expect(r.people.every((p) => p.total === null)).toBe(true);
  });
  it('scaleNamed: 「评分:1～5分」, 「(5分为最高分)」, 「评分标准:满分5分」 name 5; the seed\'s own 1-10 sentence names 10', () => {
    expect(['评分:1～5分', '根据表现给予分数(1-5分,5分为最高分)', '评分标准:满分5分'].map((t) => scaleNamed(t))).toEqual([5, 5, 5]);
    expect(scaleNamed('评分标准:每个评分点按1-10分打分(10分为最高分)')).toBe(10);
  });
});

describe('§10 a column of last month\'s prospects beside this month\'s (「潜在客户数(上月)」, 「潜在客户(访问)数(上月)」)', () => {
  it.each(['sales-kpi-last-month-prospects.xlsx', 'sales-kpi-last-month-prospects-catalog-name.xlsx'])('%s: not read — 张三 99.32 优秀, 李四 78.70 一般 (refused as a kind of the count, or as a second column)', async (file) => {
    const r = await gradedReport(at(file));
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['张三', 99.32, '优秀'], ['李四', 78.7, '一般']]);
  });
});
