// §8 mattress-cs-monthly 奖惩 headings (review 61). Fixtures: test/fixtures/fx61n/make.py (openpyxl rosters of the form's
// columns by name, and kpi template mattress-cs-monthly --people for person sheets).
// Every person: M1 45/50 × 20 = 18, M2 20 − 3 − 2 = 15, M3 15 − 2×1 − 1×2 = 11, M4 8 − 5×1 = 3, M5 9, M7 10 − 2×1 = 8 → 64,
// 态度 13 → 77 before 奖惩.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deductionHeading } from '../../src/io/adjustmentWords.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61n', f);
const FORM = { form: 'mattress-cs-monthly' } as const;
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);
const serious = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity !== 'info').map((p) => [p.severity, p.code, p.cell]);

describe('§8 增 / 升 make a heading either-signed only as a pair with 减 / 扣 / 降 (review 61 of 3a72020e)', () => {
  for (const [file, heading] of [['off-shengji.xlsx', '奖惩分(扣分,含投诉升级)'], ['off-shengji-deng.xlsx', '奖惩分(扣分:迟到、投诉升级等)']] as const) {
    it(`roster 「${heading}」: points taken off — 75 / 74 (was 79 / 80 良好 at exit 0)`, async () => {
      // 张三 77 − 2 = 75 一般; 李四 77 − 3 = 74 一般 (read as typed: 79 一般 and 80 良好 with only a sign warning).
      const r = await gradedReport(at(file), FORM);
      expect(scores(r)).toEqual([['张三', 75, '一般'], ['李四', 74, '一般']]);
      expect(serious(r)).toEqual([]);
    });
  }

  it('person sheet E21 「奖惩分(扣分,含投诉升级)」 2: 77 − 2 = 75 (was 79 at exit 0)', async () => {
    const r = await gradedReport(at('sheet-off-shengji.xlsx'), FORM);
    expect(scores(r)).toEqual([['张三', 75, '一般']]);
  });

  it('a pair stays signed as typed: roster 「奖惩分(升/降)」 +2 / −3 → 79 / 74, person sheet 「奖惩分(增减)」 +2 → 79', async () => {
    // 张三 77 + 2 = 79; 李四 77 − 3 = 74; sheet 张三 77 + 2 = 79.
    expect(scores(await gradedReport(at('sheng-jiang.xlsx'), FORM))).toEqual([['张三', 79, '一般'], ['李四', 74, '一般']]);
    expect(scores(await gradedReport(at('sheet-zengjian.xlsx'), FORM))).toEqual([['张三', 79, '一般']]);
  });

  it('the words, one by one', () => {
    for (const h of ['奖惩分(扣分,含投诉升级)', '奖惩分(扣分:迟到、投诉升级等)', '奖惩扣分(增值服务)', '奖惩扣分(升级投诉另计)', '奖惩分(扣分)'])
      expect([h, deductionHeading(h)]).toEqual([h, true]);
    for (const h of ['奖惩分(增减)', '奖惩(增/减)', '奖惩分(增分/减分)', '奖惩分(减/增)', '奖惩(扣/增)', '奖惩分(增 / 减)', '奖惩分(增或减)', '奖惩(+增/-减)', '奖惩分(升/降)', '奖惩分(升降)', '奖惩分(加减)', '增加扣分'])
      expect([h, deductionHeading(h)]).toEqual([h, false]);
  });
});

describe('§8 扣分 / 罚分 with a note, or a word of what for, where 奖惩分 stood: refused as plain 「扣分」 is (review 61)', () => {
  for (const [file, heading] of [
    ['kou-hantousu.xlsx', '扣分(含投诉)'], ['kou-hanshengji.xlsx', '扣分(含投诉升级)'], ['kou-shengji.xlsx', '扣分(投诉升级)'],
    ['fa-zengzhi.xlsx', '罚分(含增值服务)'], ['fuwu-shengji-kou.xlsx', '服务升级扣分'],
  ] as const) {
    it(`「${heading}」 2 and 3: both unscored at R2 / R3 (were 77 / 77 at exit 0, the figures read as none)`, async () => {
      // Read as none, 张三 and 李四 scored 77 for 77 − 2 = 75 and 77 − 3 = 74. Now whoever filled the column is not scored.
      const r = await gradedReport(at(file), FORM);
      expect(scores(r)).toEqual([['张三', null, null], ['李四', null, null]]);
      const unread = r.problems.filter((p) => p.code === 'unknown-column');
      expect(unread.map((p) => [p.severity, p.cell])).toEqual([['warning', 'R1'], ['error', 'R2'], ['error', 'R3']]);
      // Advised as for 「扣分」: renamed 「其它·奖惩分」 its 2 would be +2.
      expect(unread[0]!.message).toContain(`列「${heading}」没有认出;它在本表缺少的「其它·奖惩分(扣分)」列的位置上`);
      expect(unread[0]!.message).toContain('这一列填了内容的人不评分');
    });
  }

  it('the same heading over empty cells: 77 / 77 at exit 0, as before', async () => {
    const r = await gradedReport(at('kou-hantousu-empty.xlsx'), FORM);
    expect(scores(r)).toEqual([['张三', 77, '一般'], ['李四', 77, '一般']]);
    expect(serious(r)).toEqual([['warning', 'unknown-column', 'R1']]);
  });

  it('a sum of deductions (「总扣分」 23 = 2 + 5 + 4 + 7 + 1 + 2 + 2) or another item\'s (「态度扣分」 2 = 15 − 13) there: 77 / 77 as before', async () => {
    const sum = await gradedReport(at('zong-kou.xlsx'), FORM);
    expect(scores(sum)).toEqual([['张三', 77, '一般'], ['李四', 77, '一般']]);
    expect(serious(sum)).toEqual([['warning', 'unknown-column', 'R1']]);
    const own = await gradedReport(at('taidu-kou.xlsx'), FORM);
    expect(scores(own)).toEqual([['张三', 77, '一般'], ['李四', 77, '一般']]);
    expect(serious(own)).toEqual([['warning', 'unknown-column', 'R1']]);
  });
});
