// §8 mattress-cs-monthly, review 61: (1) an award's points deducted and given back (engine/rules/adjustment.ts
// awardReturnedOf) and (2) another item's deductions typed where 奖惩分 stood (io/missingColumns.ts pointsOffInPlace).
// Fixtures: test/fixtures/fx61y/ (make.py; the two csv files are the reviewer's).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61y', f);
const FORM = { form: 'mattress-cs-monthly' } as const;
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null]);
const serious = (r: Report) => r.problems.filter((p) => p.severity !== 'info').map((p) => [p.severity, p.code, p.cell]);

describe('§8 奖惩: an award\'s points deducted then given back is a reward of them (review 61 of c020cdb0 / a0da503d)', () => {
  // 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5 → 80.
  // Reasons: 上月扣全勤奖2分有误,本月补发 / 上月被扣全勤奖2分,申诉成功 / 上月扣全勤2分,经核实为系统故障,本月补发 /
  // 上月扣绩效2分,复核后补发 / 补发上月扣除的全勤奖2分 / 上月被扣全勤奖2分,经复核不应扣,本月加回2分.
  it('+2: 80 + 2 = 82.00 良好 each, no word (was refused 「说的却是扣分…改为 −2」; base 244c0178 counted 82)', async () => {
    const r = await gradedReport(at('award-plus.csv'), FORM);
    expect(scores(r)).toEqual(['员工00', '员工01', '员工02', '员工03', '员工07', '员工12'].map((n) => [n, '82.00', '良好']));
    expect(serious(r)).toEqual([]);
  });

  it('−2 (the old advice followed): refused reason-sign at the points (was 80 − 2 = 78.00 一般 at exit 0 without a word)', async () => {
    const r = await gradedReport(at('award-minus.csv'), FORM);
    expect(scores(r)).toEqual(['员工00', '员工01', '员工02', '员工03', '员工07', '员工12'].map((n) => [n, null, null]));
    expect(serious(r)).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7'].map((c) => ['error', 'reason-sign', c]));
    // The advice now: +2 (80 + 2 = 82).
    expect(r.problems.find((p) => p.cell === 'T2')?.message).toContain('请把奖惩分改为 +2');
  });
});

describe('§8 another item\'s deductions where 奖惩分 stood are that item\'s, not 奖惩 (review 61 of 244c0178)', () => {
  // 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77; the column's 2 is 工作纪律's own 迟到 1 × 2, already in 77. Refused since 244c0178
  // and advised 「其它·奖惩分(扣分)」 — renamed so, 77 − 2 = 75, the 2 taken twice. As before 244c0178: 77. Since review 62
  // the column is read as 工作纪律's points lost and compared (itemLostColumns): 2 = 10 − 8 agrees, no rename advised; the
  // missing 奖惩分 is said as a column missing.
  it('「纪律扣分」 2 / 2: 77.00 / 77.00 at exit 0 (工作纪律 loses 2: agrees)', async () => {
    const r = await gradedReport(at('jilv-kou-yuanyin.xlsx'), FORM);
    expect(scores(r)).toEqual([['张三', '77.00', '一般'], ['李四', '77.00', '一般']]);
    expect(serious(r)).toEqual([['warning', 'item-not-found', undefined], ['warning', 'points-missing', 'S2'], ['warning', 'points-missing', 'S3']]);
  });
  // 迟到 / 考勤 name one of 工作纪律's inputs, not the item: not compared (a 迟到 figure is part of the item's loss) —
  // the column warned as read as blank, as before 5206debe.
  for (const [file, heading] of [['chidao-kou-yuanyin.xlsx', '迟到扣分'], ['kaoqin-kou-same-yuanyin.xlsx', '考勤扣分']] as const) {
    it(`「${heading}」 2 / 2: 77.00 / 77.00 at exit 0, the column warned`, async () => {
      const r = await gradedReport(at(file), FORM);
      expect(scores(r)).toEqual([['张三', '77.00', '一般'], ['李四', '77.00', '一般']]);
      expect(serious(r)).toEqual([['warning', 'unknown-column', 'R1'], ['warning', 'points-missing', 'S2'], ['warning', 'points-missing', 'S3']]);
    });
  }

  it('「纪律扣分」 5 beside 工作纪律 losing 2 (上班玩手机, nothing in its columns): refused at R2 (was 77.00 at exit 0, the 5 dropped)', async () => {
    // 工作纪律 10 − 2 × 1 = 8 loses 2; the team's 5 is neither — a deduction kpi would drop. 李四 2 agrees: 77.00.
    const r = await gradedReport(at('jilv-kou-other.xlsx'), FORM);
    expect(scores(r)).toEqual([['张三', null, null], ['李四', '77.00', '一般']]);
    const said = r.problems.find((p) => p.code === 'lost-points-differ')!;
    expect([said.cell, said.person]).toEqual(['R2', '张三']);
    expect(said.message).toContain('「纪律扣分」填写为 5,「工作纪律」按评分规则扣 2 分');
  });

  it('「服务扣分」 2 / 3 where 奖惩分 stood (服务 of 日常服务规范, losing 2 × 1 + 1 × 2 = 4): both refused (were 77.00 at exit 0, read as blank)', async () => {
    const r = await gradedReport(at('fuwu-kou.xlsx'), FORM);
    expect(scores(r)).toEqual([['张三', null, null], ['李四', null, null]]);
    expect(r.problems.filter((p) => p.code === 'lost-points-differ').map((p) => [p.cell, p.params.typed, p.params.lost])).toEqual([['R2', 2, 4], ['R3', 3, 4]]);
  });

  it('「回访扣分」 (回访 of two items: 客户回访率, 回访问题处理效率) where 奖惩分 stood: 张三\'s 2 refused at R2 (was 77.00 at exit 0, read as blank), 李四 (empty) 77.00', async () => {
    const r = await gradedReport(at('huifang-kou.xlsx'), FORM);
    expect(scores(r)).toEqual([['张三', null, null], ['李四', '77.00', '一般']]);
    expect(serious(r).filter(([s]) => s === 'error')).toEqual([['error', 'unknown-column', 'R2']]);
    expect(r.problems.find((p) => p.cell === 'R2')!.message).toContain('「其它·奖惩分(扣分)」');
  });

  it('nearest sound variant 「投诉扣分」 (no item\'s word): 张三\'s 2 refused at R2 as 244c0178 does, 李四 (empty) 77.00', async () => {
    const r = await gradedReport(at('tousu-kou.xlsx'), FORM);
    expect(scores(r)).toEqual([['张三', null, null], ['李四', '77.00', '一般']]);
    expect(serious(r).filter(([s]) => s === 'error')).toEqual([['error', 'unknown-column', 'R2']]);
  });
});
