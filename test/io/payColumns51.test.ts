// Pay files of case 51: a second 绩效基数/基本工资 noted with a month or as adjusted beside the plain one, and amounts
// in 千元 whose unit is written elsewhere than the line above or the row under the headings.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forBatch } from '../../src/batch/report.js';
import { problem } from '../../src/model/problems/index.js';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/payColumns51', f);
// k-march.xlsx (cs-scheme-100, 2026-03): 王伟(0012) 95.004 良好 K 1.0, 李娜 95.005 优秀 K 1.1, 张敏 85.005 一般 K 0.9,
// 王伟(0022) 90.004 一般 K 0.9, 刘洋 95.995 优秀 K 1.1, 陈静 84.995 待改进 K 0.8. k-nomonth.xlsx: the same, 考核月份 blank.
// Pay files (make.py): 基本工资 3000, 绩效基数 2000 and beside it 2500 for 0012, 张敏, 刘洋 (2000 for the other three).
type Report = Awaited<ReturnType<typeof gradedReport>>;
const bonus = (r: Report) => r.people.map((p) => p.pay?.bonus ?? null);
const gross = (r: Report) => r.people.map((p) => p.pay?.gross ?? null);
const codes = (r: Report, severity: string) => r.problems.filter((p) => p.severity === severity).map((p) => p.code);

describe('a 绩效基数 column noted with a month beside the plain one', () => {
  it('of the form\'s month is used: 0012 2500 × 1.0 = 2500.00 (2000.00 was paid from the plain column at exit 0)', async () => {
    for (const f of ['base-march.xlsx', 'base-lead-march.xlsx']) {
      const g = await gradedReport(at('k-march.xlsx'), { pay: at(f) });
      // 2500 × 1.0 = 2500, 2000 × 1.1 = 2200, 2500 × 0.9 = 2250, 2000 × 0.9 = 1800, 2500 × 1.1 = 2750, 2000 × 0.8 = 1600.
      expect(bonus(g)).toEqual([2500, 2200, 2250, 1800, 2750, 1600]);
      // 工资总额 = 3000 + 绩效奖金: 5500, 5200, 5250, 4800, 5750, 4600.
      expect(gross(g)).toEqual([5500, 5200, 5250, 4800, 5750, 4600]);
      expect(codes(g, 'error')).toEqual([]);
      const note = g.problems.find((p) => p.code === 'pay-month-column')!;
      expect(note.severity).toBe('info');
      expect(note.message).toContain(`按「${f === 'base-march.xlsx' ? '绩效基数(3月)' : '3月绩效基数'}」计算`);
    }
  });

  it('of another month (「(4月起)」 on March) is not used, and said: 0012 2000 × 1.0 = 2000.00', async () => {
    const r = await gradedReport(at('k-march.xlsx'), { pay: at('base-april.xlsx') });
    // 2000 × 1.0, 1.1, 0.9, 0.9, 1.1, 0.8.
    expect(bonus(r)).toEqual([2000, 2200, 1800, 1800, 2200, 1600]);
    expect(r.problems.find((p) => p.code === 'pay-month-column')!.message).toContain('「绩效基数(4月起)」是 4月 的,考核表是 2026-03:没有用这一列,按「绩效基数」计算');
  });

  it('with the form\'s month unknown is a second 绩效基数: rows that differ unpaid, the others paid', async () => {
    const r = await gradedReport(at('k-nomonth.xlsx'), { pay: at('base-march.xlsx') });
    // 0012, 张敏, 刘洋 2000 | 2500: unpaid; 李娜 2000 × 1.1 = 2200, 王伟(0022) 2000 × 0.9 = 1800, 陈静 2000 × 0.8 = 1600.
    expect(bonus(r)).toEqual([null, 2200, null, 1800, null, 1600]);
    expect(codes(r, 'error')).toEqual(['pay-duplicate', 'pay-duplicate', 'pay-duplicate']);
    expect(codes(r, 'warning')).toContain('pay-month-column');
  });
});

describe('an adjusted 绩效基数 or 基本工资 beside the plain one (README: as 「(调整前)」 | 「(调整后)」)', () => {
  it.each(['base-new.xlsx', 'base-adjusted.xlsx', 'base-old-now.xlsx'])('%s: rows of 2000 | 2500 unpaid (2000 × K was paid at exit 0), 2000 | 2000 paid', async (f) => {
    const r = await gradedReport(at('k-march.xlsx'), { pay: at(f) });
    // 李娜 2000 × 1.1 = 2200, 王伟(0022) 2000 × 0.9 = 1800, 陈静 2000 × 0.8 = 1600; 0012, 张敏, 刘洋 refused.
    expect(bonus(r)).toEqual([null, 2200, null, 1800, null, 1600]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.person)).toEqual(['王伟', '张敏', '刘洋']);
    expect(errors[0]!.code).toBe('pay-duplicate');
  });

  it('「原绩效基数 | 现绩效基数」 is read (it was 「没有找到「绩效基数」列」, exit 2), naming both columns', async () => {
    const r = await gradedReport(at('k-march.xlsx'), { pay: at('base-old-now.xlsx') });
    expect(r.problems.find((p) => p.code === 'pay-duplicate')!.message).toContain('(「原绩效基数」「现绩效基数」)');
  });

  it('基本工资 3000 | 基本工资(调整后) 3500: 0012 unpaid (工资总额 5000.00 was given for 3500 + 2000)', async () => {
    const r = await gradedReport(at('k-march.xlsx'), { pay: at('basic-adjusted.xlsx') });
    // 李娜 3000 + 2000 × 1.1 = 5200, 王伟(0022) 3000 + 1800 = 4800, 陈静 3000 + 1600 = 4600.
    expect(gross(r)).toEqual([null, 5200, null, 4800, null, 4600]);
    expect(r.problems.find((p) => p.code === 'pay-duplicate')!.message).toContain('两列基本工资(「基本工资」「基本工资(调整后)」)');
  });
});

describe('amounts in 千元 (绩效基数 2, 基本工资 3) with the unit written elsewhere', () => {
  // 陈静 was paid 2 × 0.8 = 1.60 for 1600.00, 李娜 2.20, at exit 0: now refused (pay-unit) at the note, as 「单位:千元」
  // on the line above is.
  it.each([
    ['unit-footer.xlsx', 'A9', '千元'],
    ['unit-title.xlsx', 'A1', '千元'],
    ['unit-note.xlsx', 'E2', '千元'],
    ['unit-counted.xlsx', 'A1', '千元'],
    ['unit-footer.csv', 'A8', '千元'],
  ])('%s: refused at %s', async (f, cell, unit) => {
    const p = await refusal(at('k-march.xlsx'), { pay: at(f) });
    expect(p.code).toBe('pay-unit');
    expect(p.cell).toBe(cell);
    expect(p.message).toContain(`的金额单位是「${unit}」`);
  });

  it('written nowhere: every 绩效基数 under 100 is refused as no 元 (max 2)', async () => {
    const p = await refusal(at('k-march.xlsx'), { pay: at('unit-none.xlsx') });
    expect(p.code).toBe('pay-unit');
    expect(p.message).toContain('列「绩效基数」的金额都小于 100(最大 2)');
  });
});

describe('kpi batch, a graded copy open in Excel', () => {
  it('advises closing it (the next run grades it again), not 「或用 -o 指定另一个文件」: batch has no -o', () => {
    const open = problem('output-exists', { case: 'open', output: 'graded/客服一部-3月.graded.xlsx', lock: '~$客服一部-3月.graded.xlsx' }, { file: 'inbox/客服一部-3月.xlsx' });
    expect(open.message).toContain('或用 -o 指定另一个文件');
    const said = forBatch(open).message;
    expect(said).not.toContain('-o');
    expect(said).toContain('请先关闭它,下次批量评分会重新评这个文件');
  });
});
