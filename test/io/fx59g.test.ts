// Red team 59, item names as the seeds number and word them. Fixtures: test/fixtures/fx59g (python3 make.py).
// §7 cs-specialist-monthly, the 主管's marks (自评 for reference):
// 张三 能力 2 + 7 + 2 + 4 + 3 = 18, 态度 5 + 4 + 5 + 5 + 4 + 5 = 28, 业绩 9 + 8 + 9 + 10 + 9 = 45 → 91.00 优秀 (≥ 90);
// 李四 能力 1.5 + 6 + 2 + 3 + 2 = 14.5, 态度 5 + 5 + 4 + 4 + 4 + 3 = 25, 业绩 8 + 7 + 8 + 8 + 7 = 38 → 77.50 一般 (60 ≤ x < 80).
// §6 property-service-quality: 符合 ÷ 适用 × 100 over the catalog's 17 criteria; 「业主回访记录(入户维修回访率≥30%,投诉回访率
// 100%)并按月统计分析」 (boxes r2 + r3 + r4) and 「报修有《派工单》并规范填写,急迫性报修20分钟内到达」 (r5 + r6) count once each.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelVariants, withoutNumbering } from '../../src/io/normalize.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx59g', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity !== 'info').map((p) => `${p.severity} ${p.cell ?? ''} ${p.message}`);

describe('withoutNumbering: an item number followed by a space or run into the Chinese name', () => {
  it('「1 文档编写」「1文档编写」「12 客户沟通」「2 《派工单》…」 lose the number, as 「1.」「1、」「(1)」「①」 do', () => {
    for (const t of ['1 文档编写', '1文档编写', '1.文档编写', '1、文档编写', '(1)文档编写', '①文档编写']) expect(withoutNumbering(t)).toBe('文档编写');
    expect(withoutNumbering('12 客户沟通交流')).toBe('客户沟通交流');
    expect(withoutNumbering('2 《派工单》规范填写')).toBe('《派工单》规范填写');
  });

  it('a number that is part of the name stays: a quantity or unit after it (24小时, 3个, 1名, 5分, 1级, 3月, 1车间, 90 以上), ASCII after it (6S, 100%), a legend', () => {
    for (const t of ['24小时报修电话', '48小时内回访', '3个工作日解决', '1名前台客服人员接待或来电过程中的语言', '5分', '1级', '3月', '2026年3月', '3 月', '1车间', '3号车间', '90 以上', '1为优秀', '1满意 2一般 3不满意', '6S管理', '100%回访', '123热线']) {
      expect(withoutNumbering(t)).toBe(t);
    }
    // (The label as typed is always a variant: a name beginning with a number is matched whole.)
    expect(labelVariants('1 文档编写')).toEqual(expect.arrayContaining(['1 文档编写', '文档编写']));
  });
});

describe('§7 the seed\'s item numbering 「1 文档编写」 / 「1文档编写」 (it was 「认不出是哪种考核表」, exit 2; with --form 「没有找到…任何项目」)', () => {
  for (const file of ['numbered-space.xlsx', 'numbered-tight.xlsx', 'numbered-2分.xlsx']) {
    it(`${file}: recognised without --form, 张三 91.00 优秀, 李四 77.50 一般`, async () => {
      const r = await gradedReport(fx(file));
      expect(r.form).toBe('cs-specialist-monthly');
      expect(totals(r)).toEqual([['张三', 91, '优秀'], ['李四', 77.5, '一般']]);
      expect(errors(r)).toEqual([]);
    });
    it(`${file} with --form cs-specialist-monthly: the same`, async () => {
      const r = await gradedReport(fx(file), { form: 'cs-specialist-monthly' });
      expect(totals(r)).toEqual([['张三', 91, '优秀'], ['李四', 77.5, '一般']]);
      expect(errors(r)).toEqual([]);
    });
  }

  it('「1.文档编写」 (numbered as before): unchanged, 91.00 and 77.50', async () => {
    const r = await gradedReport(fx('numbered-dot.xlsx'));
    expect(totals(r)).toEqual([['张三', 91, '优秀'], ['李四', 77.5, '一般']]);
    expect(errors(r)).toEqual([]);
  });
});

describe('§6 a roster of the catalog\'s 17 criteria, one column each (the two combined criteria were 「不是本考核表的项目」, 5 columns missing, exit 1)', () => {
  it('a combined criterion\'s column answers it: 万科城 15/16 = 93.75 优秀, 金地 15/17 = 88.24 良好, 保利 16/16 = 100 优秀', async () => {
    // 万科城: 对问卷意见进行有效沟通/回访 不符合, 入住/迁出 不适用 → 17 − 1 = 16 applicable, 15 met → 15/16 × 100 = 93.75.
    // 金地: both combined criteria 不符合 (each read for all of its boxes: still one criterion each) → 15/17 × 100 = 88.2353.
    // 保利: 业主回访记录 不适用 (all three of its boxes) → 16 applicable, all met → 16/16 × 100 = 100.
    const r = await gradedReport(fx('criteria-17.xlsx'));
    expect(r.form).toBe('property-service-quality');
    expect(totals(r)).toEqual([['万科城', 93.75, '优秀'], ['金地', 88.24, '良好'], ['保利', 100, '优秀']]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.some((p) => p.code === 'unknown-column')).toBe(false);
  });

  it('a figure under a combined criterion (35 under 业主回访记录…, which of its checks it is not said): refused at its cell, not guessed', async () => {
    const r = await gradedReport(fx('criteria-17-figure.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.status])).toEqual([['万科城', null, 'error']]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['unknown-choice', 'J2']]);
  });

  it('the definition\'s own 20 boxes (rates and minutes as numbers): as before, 万科城 15/16 = 93.75, 金地 15/17 = 88.24', async () => {
    // 万科城: s4 不符合, m3 不适用; r2 35 % ≥ 30, r3 100 %, r6 15 ≤ 20 pass → 15/16 × 100 = 93.75.
    // 金地: r2 25 % < 30 fails 业主回访记录; r6 30 > 20 fails 派工单 → 15/17 × 100 = 88.2353.
    const r = await gradedReport(fx('boxes-20.xlsx'));
    expect(totals(r)).toEqual([['万科城', 93.75, '优秀'], ['金地', 88.24, '良好']]);
    expect(errors(r)).toEqual([]);
  });
});
