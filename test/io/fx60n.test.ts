// Review of e9fee8a0: an item's number before a name whose first word withoutNumbering reads as a quantity (日常… 日,
// 回访… 回, 处理… 处, 对问卷… 对, 个人… 个) was kept — 「3 日常服务规范」 matched no item, the person refused (the §8 form
// 张三 unscored for 79 一般; §6 万科城, 金地 unscored for 93.75, 88.24). Fixtures: test/fixtures/fx60n (python3 make.py).
// §8 mattress-cs-monthly (CATALOG §8; a deduction item is its points − the deductions, at least 0):
// 张三 回访率 45/50 × 20 = 18; 表格管理 20 − (3 + 2) = 15; 日常服务规范 15 − (1 × 2 + 2 × 1 + 0 × 2) = 11;
//      回访问题处理效率 8 − 1 × 5 = 3; 处理能力 9; 态度 13; 工作纪律 10 − 1 × 2 = 8; 奖惩 +2 (表扬信)
//      → 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 → 一般 (60 ≤ 79 < 80).
// 李四 回访率 40/40 × 20 = 20; 表格管理 20; 日常服务规范 15 − (0 + 1 × 1 + 1 × 2) = 12; 回访问题处理效率 10; 处理能力 8;
//      态度 15; 工作纪律 10 → 20 + 20 + 12 + 10 + 8 + 15 + 10 = 95 → 优秀 (≥ 90).
// §6 property-service-quality: 符合 ÷ 适用 × 100 over the 17 criteria (业主回访记录 and 派工单 each one criterion):
// 万科城 「4 对问卷意见…」 不符合, 「12 入住/迁出…」 不适用 → 15 / 16 × 100 = 93.75 优秀;
// 金地 「14 处理完毕后…」 不符合, 「7 业主回访记录…」 不符合 → 15 / 17 × 100 = 88.2353 → 88.24 良好.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelVariants, numberForcedOff, withoutNumbering } from '../../src/io/normalize.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx60n', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity !== 'info').map((p) => `${p.severity} ${p.cell ?? ''} ${p.message}`);

describe('numberForcedOff: the number withoutNumbering keeps before a name whose first word reads as a quantity', () => {
  it('「3 日常服务规范」「4回访问题处理效率」「5 处理能力」「4 对问卷意见…」「2 个人素质」「11 日常行为」 → the name (a variant after the text\'s own)', () => {
    expect(numberForcedOff('3 日常服务规范')).toBe('日常服务规范');
    expect(numberForcedOff('4回访问题处理效率')).toBe('回访问题处理效率');
    expect(numberForcedOff('5 处理能力')).toBe('处理能力');
    expect(numberForcedOff('4 对问卷意见进行有效沟通/回访')).toBe('对问卷意见进行有效沟通/回访');
    expect(numberForcedOff('2 个人素质')).toBe('个人素质');
    expect(numberForcedOff('11 日常行为')).toBe('日常行为');
    const v = labelVariants('3 日常服务规范(15分)');
    expect(v[0]).toBe('3 日常服务规范(15分)');
    expect(v).toEqual(expect.arrayContaining(['日常服务规范(15分)', '日常服务规范']));
  });

  it('withoutNumbering itself unchanged: 24小时…, 3个工作日…, 1名…, 5分, 1级, 3月, 1车间, 3号车间 keep their number', () => {
    for (const t of ['24小时回复率', '3个工作日内', '1名前台客服人员接待或来电过程中的语言', '5分', '1级', '3月', '1车间', '3号车间', '3 日常服务规范']) expect(withoutNumbering(t)).toBe(t);
  });

  it('nothing forced: what is left is under 3 characters (1名, 5分, 1级, 3月, 3号, 1车间 — a workshop, not the heading 车间), a legend, a number withoutNumbering drops, no number', () => {
    for (const t of ['1名', '5分', '1级', '3月', '3号', '1车间', '2 部门', '1满意 2一般 3不满意', '1.日常服务规范', '1 文档编写', '日常服务规范', '2026年3月', '100%回访']) {
      expect(numberForcedOff(t)).toBeUndefined();
    }
  });
});

describe('§8 mattress-cs-monthly form, items numbered 「3 日常服务规范」 / 「3日常服务规范」 (were unscored, 「没有认出」)', () => {
  for (const file of ['m8-numbered-space.xlsx', 'm8-numbered-tight.xlsx', 'm8-numbered-inputs.xlsx', 'm8-numbered-dot.xlsx']) {
    it(`${file}: 张三 79 一般, 李四 95 优秀, as unnumbered`, async () => {
      const r = await gradedReport(fx(file));
      expect(r.form).toBe('mattress-cs-monthly');
      expect(totals(r)).toEqual([['张三', 79, '一般'], ['李四', 95, '优秀']]);
      expect(errors(r)).toEqual([]);
    });
  }

  for (const file of ['m8-roster-numbered.xlsx', 'm8-roster-numbered-tight.xlsx']) {
    it(`${file} (a roster headed 「3 日常服务规范」 over 用语不规范 | 短信漏发 | 跟踪不到位): 79 and 95`, async () => {
      const r = await gradedReport(fx(file));
      expect(totals(r)).toEqual([['张三', 79, '一般'], ['李四', 95, '优秀']]);
      expect(errors(r)).toEqual([]);
    });
  }
});

describe('§6 property-service-quality roster of the 17 criteria numbered 「4 对问卷意见…」「14 处理完毕后…」 (were missing columns, both unscored)', () => {
  for (const file of ['s6-numbered-space.xlsx', 's6-numbered-tight.xlsx', 's6-numbered-dot.xlsx']) {
    it(`${file}: 万科城 93.75 优秀, 金地 88.24 良好`, async () => {
      const r = await gradedReport(fx(file));
      expect(r.form).toBe('property-service-quality');
      expect(totals(r)).toEqual([['万科城', 93.75, '优秀'], ['金地', 88.24, '良好']]);
      expect(errors(r)).toEqual([]);
    });
  }
});
