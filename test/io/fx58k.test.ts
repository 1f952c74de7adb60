// §28 sales-aftersales-monthly, the 58th red team's sheets (/tmp/rt58C/s28; fixtures test/fixtures/fx58k, make.py).
// Seed 004's person sheet: 序号 | 考核项目 | 权重 | 完成情况 | 得分, the counts of 客诉率 on lines of their own (客诉数, 服务单数).
// 张三 (销售部): 92 % → 23, 88 % → 22, 客诉率 3 / 200 = 1.5 %, 1 − 1.5 / 2 = 0.25 → 6.25, 80 % → 20;
//   23 + 22 + 6.25 + 20 = 71.25 = (92 + 88 + 25 + 80) × 25 % → 一般 (60 ≤ x < 80).
// 李四 (售后服务部): 95 % → 23.75, 90 % → 22.5, 0 / 150 → 25, no 客诉 so 客诉处理满意度 blank counts 25 (notApplicable);
//   23.75 + 22.5 + 25 + 25 = 96.25 → 优秀.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx58k', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const opts = { form: 'sales-aftersales-monthly' };
const RIGHT = [['张三', 71.25, '一般'], ['李四', 96.25, '优秀']];

describe('§28 a person sheet of the seed\'s style: 完成情况 (or 实际完成, 完成值, 考核数据, 实际值, 数据) is the column to fill', () => {
  // It was refused: 完成情况 「只有「得分」列…按填写的次数、等级计算」 (exit 1), 实际值/数据 「没有「填写项」列」 (exit 2).
  for (const file of ['seed.xlsx', ...['实际完成', '完成值', '考核数据', '实际值', '数据'].map((h) => `seed-${h}.xlsx`)]) {
    it(`${file}: 71.25 一般 and 96.25 优秀, no error`, async () => {
      const r = await gradedReport(fx(file), opts);
      expect(totals(r)).toEqual(RIGHT);
      expect(errors(r)).toEqual([]);
    });
  }

  it('beside kpi\'s own 填写, 完成情况 (last month\'s 50 %) is not the column read: 填写\'s figures, the same totals', async () => {
    expect(totals(await gradedReport(fx('beside-fill.xlsx'), opts))).toEqual(RIGHT);
  });

  it('only 得分 left: still refused, said as a form of percentages and counts (not 「次数、等级」)', async () => {
    const r = await gradedReport(fx('score-only.xlsx'), opts);
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null]]);
    expect(errors(r).map((p) => p.message)).toEqual(['张三', '李四'].map((n) => `工作表「${n}」列出了本考核表的项目,但第 3 行表头只有「得分」列,没有「填写」列:本表的项目按填写的百分比、数量计算,不直接读得分,此人未评分;请用 kpi template 生成的表格填写`));
  });
});

describe('§28 roster: a 客诉率 column holding 1.5 % is the rate, not points', () => {
  // The definition scores 客诉率 from 客诉数 ÷ 服务单数 only (no rate input), so the column is still not read — said as the
  // rate, the counts asked for. (Reading the rate would be 6.25 → 23 + 22 + 6.25 + 20 = 71.25: a definition change.)
  it('said as 「是…比率(百分比),不是得分」; 李四 and 赵六 as before', async () => {
    const r = await gradedReport(fx('r3.xlsx'), { period: '2026-03' });
    expect(totals(r)).toEqual([['张三', null, null], ['李四', 96.25, '优秀'], ['赵六', 90, '优秀']]);
    expect(errors(r).map((p) => p.message)).toEqual([
      '工作表「销售部」E2:列「客诉率」是「客诉率」这一项的比率(百分比),不是得分;本表按它的填写项「客诉数」、「服务单数」(次)计算这一项,不读比率:这一列没有计入,填了内容的人不评分。请改填「客诉率·客诉数」等2列',
      '销售部!E3:张三:这一格的「1.5%」在列「客诉率」里,是「客诉率」这一项的比率(百分比),不是得分;本表按它的填写项「客诉数」、「服务单数」(次)计算这一项,没有计入,此人不评分;请改填「客诉率·客诉数」等2列后重新评分',
    ]);
  });

  it('6.25 without a % sign stays 「像是…得分」', async () => {
    const r = await gradedReport(fx('r3-points.xlsx'), { period: '2026-03' });
    expect(errors(r).map((p) => p.message)[0]).toContain('像是「客诉率」这一项的得分');
  });
});
