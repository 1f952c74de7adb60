// Regressions of two commits, each case read again as before them (41def268): a 编号 repeated per rater's block or
// typed over is 工号, not row numbers (fx53l's groupNumbering), and 0.5 / 0.75 / a formula's result in a 秒 / 分钟 /
// 小时 input is the number typed, not an Excel time (fx53g's time-value). Fixtures: the reviewer's cases (rv53d).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx53r', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(4)), p.band ?? null]);
const codes = (r: Report) => r.problems.map((p) => p.code);

describe('编号 1, 2, 3 repeated per rater block (after-sales-monthly, CATALOG §1): 工号, the two 张伟 apart', () => {
  for (const f of ['r1-raters-namesakes.csv', 'r1-raters-namesakes.xlsx']) {
    it(`${f}: 张伟(1) 79.5625 一般, 吴婷 98.5 优秀, 张伟(3) 100 优秀 at no error`, async () => {
      const r = await gradedReport(at(f), { form: 'after-sales-monthly' });
      // Result = 上级. 张伟(1): A1 90 % → 20, A2 部分不完整 10, A3 完成 20, A4 1 unmet 15 = 65/80 = 81.25; B 4级 40 +
      // 3级 30 = 70; 81.25 × 0.85 + 70 × 0.15 = 79.5625. 吴婷: 80/80 = 100; 50 + 40 = 90; 85 + 13.5 = 98.5.
      // 张伟(3): 100; 50 + 50 = 100; 100. (Read as rows, the two 张伟 were one: rater-duplicate at exit 1.)
      expect(totals(r)).toEqual([['张伟', 79.5625, '一般'], ['吴婷', 98.5, '优秀'], ['张伟', 100, '优秀']]);
      expect(r.people.map((p) => p.status)).toEqual(['scored', 'scored', 'scored']);
      expect(codes(r)).not.toContain('group-numbering');
      expect(codes(r)).not.toContain('rater-duplicate');
    });
  }

  it('r2-raters.csv (no namesakes): the same numbers stay the people\'s 工号, no group-numbering note', async () => {
    const r = await gradedReport(at('r2-raters.csv'), { form: 'after-sales-monthly' });
    // As r1: 79.5625, 98.5, 100.
    expect(totals(r)).toEqual([['周杰', 79.5625, '一般'], ['吴婷', 98.5, '优秀'], ['郑浩', 100, '优秀']]);
    expect(codes(r)).toEqual([]);
  });
});

describe('编号 1, 2, 3 then 1 on another name (sales-cs-kpi, CATALOG §10): a 工号 typed twice, both refused', () => {
  it('g2-dup-typo: 张三 and 张山 unscored at the 「1」 cells, 李四 73.5, 王五 102', async () => {
    const r = await gradedReport(at('g2-dup-typo.csv'));
    // A run of one row ([3, 1]) is no group. 王五: 150000/100000 capped 120 % × 25 = 30; 90/100 × 20 = 18; 12/100 =
    // 12 % ÷ 10 % capped 120 % × 15 = 18; 30/25 capped 100 % × 10 = 10; 8 + 9 + 5 + 4 = 102. 李四: 80 % × 25 = 20;
    // 15; 6 % ÷ 10 % × 15 = 9; 30/40 × 10 = 7.5; 7 + 8 + 4 + 3 = 73.5.
    expect(totals(r)).toEqual([['张三', null, null], ['李四', 73.5, '一般'], ['王五', 102, '优秀'], ['张山', null, null]]);
    expect(r.problems.filter((p) => p.code === 'duplicate-person').map((p) => p.cell)).toEqual(['A2', 'A5']);
    expect(codes(r)).not.toContain('group-numbering');
  });
});

describe('编号 1–4, 1–2 on different names in the roster and the pay file (cs-scheme-100, CATALOG §13–14)', () => {
  it('p1: both read as row numbers, everyone paid by name: 王芳 1800, 李强 1900', async () => {
    const r = await gradedReport(at('p1-roster.csv'), { pay: at('p1-pay.csv') });
    // 20 + 30 + 10 + 10 + 5 + 5 + 10 + 5 = 95: 良好 (90 < 95 ≤ 95), K = 1.0; 绩效奖金 = 基数 × 1.0, 工资 4000 + 奖金.
    // (The pay file read as 工号: 「1」「2」 pay-duplicate, 王芳 and 李强 unpaid at exit 1.)
    expect(totals(r)).toEqual(['周杰', '吴婷', '郑浩', '许亮', '王芳', '李强'].map((n) => [n, 95, '良好']));
    expect(r.people.map((p) => (p as { pay?: { bonus: number; gross: number } }).pay).map((p) => [p?.bonus, p?.gross])).toEqual([
      [2000, 6000], [2000, 6000], [2100, 6100], [2200, 6200], [1800, 5800], [1900, 5900],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('numbers under 1 in a 秒 / 分钟 / 小时 input with 3 decimals or fewer, or a formula\'s: read as typed', () => {
  it('t1 §10 平均响应秒数 0.5 General, 0.8 in 0.0, =AVERAGE(0.5,0.6), 0.25 in 0.00, 0.75: 102 each', async () => {
    const r = await gradedReport(at('t1-sales-sub-second.xlsx'));
    // 150000/100000 capped 120 % × 25 = 30; 18; 12 % ÷ 10 % capped 120 % × 15 = 18; target ÷ actual (30 ÷ 0.5, 1 ÷ 0.8 …)
    // capped 100 % × 10 = 10; 8 + 9 + 5 + 4 = 102. (As Excel times, 0.5 = 43200 s: 30 ÷ 43200 × 10 = 0.0069, 92.0069.)
    expect(totals(r)).toEqual(['人0', '人1', '人2', '人3', '人4', '人5'].map((n) => [n, 102, '优秀']));
    expect(codes(r)).not.toContain('time-value');
  });

  it('t2 §6 急迫性报修 0.5, 0.75, 0.9 分钟 ≤ 20: 符合, as before', async () => {
    const r = await gradedReport(at('t2-psq-minutes.xlsx'));
    // 管理处0: 17 criteria − 2 不适用 = 15, 不符合 验证改进措施 and 回访率 25 % < 30 %: 13/15 = 86.67 良好.
    // 管理处1: 缺失 one of 17: 16/17 = 94.12 优秀. 管理处3 (=AVERAGE without a result) refused as before at Q5.
    expect(totals(r).map(([n, t]) => [n, t === null ? null : Number((t as number).toFixed(2))])).toEqual([
      ['管理处0', 86.67], ['管理处1', 94.12], ['管理处2', 75], ['管理处3', null], ['管理处4', 86.67], ['管理处5', 94.12],
    ]);
    expect(codes(r)).not.toContain('time-value');
  });

  it('t3 a team\'s own 小时 (my-cs-kpi.json): 0.5, 0.75, 0.25, =1/3 scored as before', async () => {
    const r = await gradedReport(at('t3-custom-hours.xlsx'), { form: at('my-cs-kpi.json') });
    // 人0: 目标 1 ÷ 0.5 h capped 100 % → 10: 30 + 18 + 18 + 10 + 8 + 9 + 5 + 4 = 102. 人2: 1 ÷ 1.5 = 66.67 % × 10 =
    // 6.6667: 98.6667.
    expect(totals(r)).toEqual([['人0', 102, '优秀'], ['人1', 102, '优秀'], ['人2', 98.6667, '优秀'], ['人3', 102, '优秀'], ['人4', 102, '优秀']]);
    expect(codes(r)).not.toContain('time-value');
  });
});
