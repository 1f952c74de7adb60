// A review of the forty-fourth session's changes: sound input they refused or scored otherwise, read as before.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/review44', f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100]);

describe('review of the forty-fourth session', () => {
  it('§8 「迟到或早退(3月累计)」, 「旷工(3月累计)」 in March\'s rows are March\'s: 张三 10 − 2 = 8 → 79 一般 (dropped: 81 良好 at exit 0)', async () => {
    const r = await gradedReport(at('m_cum3.xlsx'), { form: 'mattress-cs-monthly' });
    // 李四 10 − 5 = 5 → 95; 王五 10 − 4 − 2 = 4 → 81.
    expect(totals(r)).toEqual([['张三', 79], ['李四', 95], ['王五', 81]]);
  });

  it('§12 kpi\'s own 工作状况 heading over 6, 9, 7 violations: counts — 18 + 39 + (40 − 3) = 94 (refused as scores)', async () => {
    const r = await gradedReport(at('ex_big.xlsx'));
    expect(totals(r)).toEqual([['张三', 94], ['李四', 90.5], ['王五', 95.5]]);
  });

  it('§25 a legend 「2分=完全做到,1分=基本做到,0分=未做到」 is how each criterion of 2 is marked, no scale of the rest: 97.78', async () => {
    const r = await gradedReport(at('pcs_legend.xlsx'));
    // Σ / 45 × 100: 44 / 45 = 97.78, 40 / 45 = 88.89, 42 / 45 = 93.33.
    expect(totals(r)).toEqual([['张三', 97.78], ['李四', 88.89], ['王五', 93.33]]);
  });

  it('§1 a units row 「(0-3)」 over 投诉处理\'s 未满足项数 is the count\'s range: the worked example 79.5625', async () => {
    const r = await gradedReport(at('asm_range.xlsx'));
    expect(totals(r)).toEqual([['张三', 79.56], ['李四', 100], ['王五', 62.13]]);
  });

  it('§2 「扣分」 under every item (1 point a 不符合项): the counts as before — 96, 98, 100', async () => {
    const r = await gradedReport(at('p2_kf.xlsx'), { form: 'property-cs-monthly' });
    expect(totals(r)).toEqual([['东区', 96], ['西区', 98], ['南区', 100]]);
  });

  it('a copy of 李四\'s form beside 张三\'s while 李四 has a sheet of his own: a warning, 李四 scored from his sheet (78)', async () => {
    const r = await gradedReport(at('prob_beside_copy.xlsx'));
    expect(totals(r)).toEqual([['张三', 100], ['李四', 78], ['王五', 56]]);
    // (The fixture's template is of probation 1.0.0: its form-version warning is not what this is about.)
    expect(r.problems.filter((p) => p.code !== 'form-version').map((p) => [p.code, p.severity])).toEqual([['second-form-on-sheet', 'warning']]);
  });

  it('a blank copy of the form beside 张三\'s: no person 「工号」 made of its next label', async () => {
    const r = await gradedReport(at('prob_beside_blank.xlsx'));
    expect(r.people.map((p) => p.name)).toEqual(['张三', '李四', '王五']);
  });

  it('「旷工(上月)」 in 旷工\'s place: warned as missing, never advised to be renamed this month\'s', async () => {
    const r = await gradedReport(at('mv6.xlsx'), { form: 'mattress-cs-monthly' });
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual(['工作表「考核表」没有这些列,按留空计分(次数按 0、无扣分、无奖惩):「工作纪律·旷工」']);
    expect(r.problems.some((p) => p.message.includes('请把列名改为「工作纪律·旷工」'))).toBe(false);
  });
});

describe('third review of the forty-fourth session', () => {
  it('§7 a rater column headed 「评价类型」 holding 本人自评 only: no supervisor\'s, not scored (100 优秀 at exit 0)', async () => {
    const r = await gradedReport(at('specialist-self-pingjia-leixing.xlsx'));
    expect(totals(r)).toEqual([['张三', null], ['李四', null]]);
  });

  it('a sheet 「新员工」 with its 姓名 blank: no person 「新员工」 (56 不通过 at exit 0), the 姓名 missing as before', async () => {
    const r = await gradedReport(at('probation-tab-new-hire.xlsx'));
    expect(r.people.map((p) => p.name ?? '')).toEqual(['张三', '李四', '']);
  });

  it('§19 「等级(上月)」 left of 填写, or a 「评价等级」 legend column: 填写 is read — (83.33 + 75 + 75 + 62.5) / 4 = 73.96', async () => {
    for (const file of ['rep-lastmonth.xlsx', 'rep-levelcol.xlsx']) {
      const r = await gradedReport(at(file), { form: 'cs-rep' });
      expect(totals(r), file).toEqual([['张三', 73.96]]);
    }
  });

  it('§29 a table of last month\'s 「项目 | 等级」 beside the form is no second form: the worked example 75 良好', async () => {
    const r = await gradedReport(at('cdr-beside.xlsx'), { form: 'cs-dept-rating' });
    expect(totals(r)).toEqual([['张三', 75]]);
  });

  it('§10 「实际销售额(3月累计)」 on March\'s rows is read as March\'s, as a count so noted is (a decision: a review found both readings)', async () => {
    const r = await gradedReport(at('sck-cum-alone.xlsx'), { form: 'sales-cs-kpi' });
    // 张三 140000 ÷ 50000 = 280 % → capped 120 % × 25 = 30; 30 + 18 + 15 + 10 + 8 + 8 + 4 + 4 = 97.
    expect(totals(r)).toEqual([['张三', 97], ['李四', 97]]);
  });

  it('level sheets 「考核项目 | 考核内容 | 评价 | 评分 | 备注」 (the level, its points beside): 评价 is read — §19 73.96, §29 75 良好', async () => {
    expect(totals(await gradedReport(at('rep-pingjia-pingfen.xlsx'), { form: 'cs-rep' }))).toEqual([['张三', 73.96]]);
    expect(totals(await gradedReport(at('cdr-dengji-pingfen.xlsx'), { form: 'cs-dept-rating' }))).toEqual([['张三', 75]]);
  });
});
