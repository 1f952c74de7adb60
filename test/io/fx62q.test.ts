// fx62q (review 62 of a2a2bee0): §8 mattress-cs-monthly, a team's 扣分 column AMONG the items' columns is some item's
// subtotal (or the whole), not the person's total only: 「扣分小计」 4 / 0 / 4 after 日常服务规范's columns, 「总扣分」 and a
// bare 「扣分」 2 / 0 / 2 after 工作纪律's were refused lost-points-differ against the 23 (base: ignored, 77 / 100 / 79). Now
// compared with each item's loss and the whole; 6 (no item's, not 23) is refused. And the CSV of a bare 扣分 beside the
// team's 总分 (奖惩分 deleted): its text figures were no total's — 张三's agreeing 23 / 77 refused and advised renamed 奖惩分.
// CATALOG §8: 张三 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77, losing 客户回访率 2, 表格管理 5, 日常服务规范 4, 回访问题处理效率 7,
// 处理能力 1, 态度 2, 工作纪律 2 = 23; 李四 100; 王五 77 + 2 (表扬信) = 79. Fixtures: test/fixtures/fx62q (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62q', f);
const FORM = { form: 'mattress-cs-monthly' } as const;
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

describe('§8 a 扣分 column among the items\' columns', () => {
  for (const file of ['a01-xiaoji-after-fuwu.xlsx', 'a02-zong-after-jilv.xlsx', 'a06-kou-after-jilv.xlsx']) {
    it(`${file}: an item's subtotal (4 of 日常服务规范, 2 of 工作纪律) agrees — 77 / 100 / 79 at exit 0`, async () => {
      const r = await gradedReport(at(file), FORM);
      expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['王五', 79]]);
      expect(errors(r)).toEqual([]);
    });
  }

  it('「扣分小计」 6 for 张三: no item lost 6, nor is it the 23 — refused at M2; 李四 0, 王五 4 agree', async () => {
    const r = await gradedReport(at('a01-among-6.xlsx'), FORM);
    expect(totals(r)).toEqual([['张三', null], ['李四', 100], ['王五', 79]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['lost-points-differ', 'M2']]);
    // (Review 63: compared with where it stands — 日常服务规范 4 just left of it, 2 + 5 + 4 = 11 since the first item, the 23.)
    expect(errors(r)[0]!.message).toContain('「扣分小计」在「日常服务规范」的列之后,填写为 6,「日常服务规范」按评分规则扣 4 分,左边各项共扣 11 分,各项合计扣 23 分');
  });
});

describe('§8 CSV: a bare 扣分 beside the team\'s 总分, 奖惩分 deleted', () => {
  it('张三 23 / 77 and 李四 0 / 100 agree; 王五 25 / 75 refused at U4 only (the CSV\'s text figures read as the .xlsx\'s)', async () => {
    const r = await gradedReport(at('a07-bare-total-more.csv'), FORM);
    expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['王五', null]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['lost-points-differ', 'U4']]);
  });
});

describe('§8 / §10 item-lost columns, review 62 of 5206debe', () => {
  it('「迟到扣分」 2 (迟到 alone; 工作纪律 10 − 2 − 2 = 6 loses 4): an input\'s word, not compared — 张三 18+15+11+3+9+13+6 = 75', async () => {
    const r = await gradedReport(at('chidao-part.xlsx'), FORM);
    expect(totals(r)).toEqual([['张三', 75], ['李四', 77]]);
    expect(errors(r)).toEqual([]);
  });

  it('纪律扣分 typed 「扣5分」 (工作纪律 loses 2): refused at T2 (was 77 at exit 0 without a word)', async () => {
    const r = await gradedReport(at('jilv-text-kou5.xlsx'), FORM);
    expect(totals(r)).toEqual([['张三', null], ['李四', 77]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['lost-points-differ', 'T2']]);
  });

  it('sales-cs-kpi 「投诉扣分」 15 (投诉处理 is weighted, no item of deductions): not compared — 25+18+15+10+8.5+9+4+4 = 93.5', async () => {
    const r = await gradedReport(at('sales-tousu.xlsx'), { form: 'sales-cs-kpi' });
    expect(r.people.slice(0, 1).map((p) => [p.name, p.total])).toEqual([['张三', 93.5]]);
    expect(errors(r)).toEqual([]);
  });

  // A word of several items is none of them for sure (judged over every item before the deduction items): not compared.
  // 张三 「回访扣分」 2 (客户回访率 20 − 18) and 「处理扣分」 1 (处理能力 10 − 9): 77; §12 「工作扣分」 2 (员工的工作效率 20 − 18):
  // 18 + (40 − 0.5 × 2) + (40 − 0.5 × 2) = 96. Each was refused against the one deduction item left (review 62).
  for (const [file, form, total] of [['m-huifang-kou.xlsx', 'mattress-cs-monthly', 77], ['m-chuli-kou.xlsx', 'mattress-cs-monthly', 77], ['e-gongzuo-kou.xlsx', 'express-cs', 96]] as const) {
    it(`${file}: 张三 ${total}, not compared`, async () => {
      const r = await gradedReport(at(file), { form });
      expect(r.people[0]).toMatchObject({ name: '张三', total });
      expect(errors(r)).toEqual([]);
    });
  }
});
