// §8 mattress-cs-monthly 奖惩 headings (review 63 of f8a6fb83; io/adjustmentWords.ts deductionHeading NEW_OR_MINUS,
// asDeduction's mark, the reason-sign message). Fixtures: test/fixtures/fx63h/ (A1*, A2*, A3 the reviewer's; make.py
// writes c-*.csv, v-*.csv). Every person: 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9,
// 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5 → 80 before 奖惩.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deductionHeading } from '../../src/io/adjustmentWords.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63h', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const m8 = { form: 'mattress-cs-monthly' } as const;
const warned = [['reason-sign', 'warning']];

describe('§8 奖惩 headings with 新增, review 63 of f8a6fb83', () => {
  it('「奖惩分(扣分、新增投诉)」「(扣分和新增投诉)」: 新增 of 投诉 — 3 taken off, 80 − 3 = 77.00 一般 (was 83.00 良好 at exit 0)', async () => {
    // 3 beside 客户投诉 / 新增投诉1次: −3, no sign to check.
    expect(people(await gradedReport(at('A1-heading-kou-dun-xinzeng.csv'), m8))).toEqual([['员工00', '77.00', '一般', []], ['员工01', '77.00', '一般', []]]);
    expect(people(await gradedReport(at('A1b-heading-kou-he-xinzeng.csv'), m8))).toEqual([['员工00', '77.00', '一般', []]]);
  });

  for (const file of ['A2-heading-space.csv', 'A2b-heading-comma.csv', 'A2c-heading-fwcomma.csv', 'A2d-heading-plus.csv']) {
    it(`${file}: 新增 and 扣减 set apart by a space, comma or + are the pair — 表扬信 3 → 80 + 3 = 83.00 良好 (was 77.00)`, async () => {
      expect(people(await gradedReport(at(file), m8))[0]).toEqual(['员工00', '83.00', '良好', []]);
    });
  }

  it('person sheets: 张三 「奖惩分(新增 扣减)」 3 协助新人培训 → 83 (was 77); 李四 「奖惩分(扣分、新增投诉)」 3 客户投诉 → 77 (was 83)', async () => {
    expect(people(await gradedReport(at('A3-form-headings.xlsx'), m8))).toEqual([['张三', '83.00', '良好', []], ['李四', '77.00', '一般', []]]);
  });

  it('the words, one by one', () => {
    for (const h of ['奖惩分(扣分、新增投诉)', '奖惩分(扣分和新增投诉)', '奖惩分(扣分,新增投诉)', '奖惩分(扣分 新增投诉)', '扣分(新增)', '扣分(新增投诉)', '奖惩分(新增扣分)', '奖惩分(新增投诉、扣分)', '奖惩分(扣分,含新增投诉)'])
      expect([h, deductionHeading(h)]).toEqual([h, true]);
    for (const h of ['奖惩分(新增 扣减)', '奖惩分(新增,扣减)', '奖惩分（新增，扣减）', '奖惩分(新增+扣减)', '奖惩分(新增 扣分)', '奖惩分(加/减)', '奖惩(+/-)', '奖惩分(新增或扣减)', '奖惩分(新增 / 扣减)', '奖惩分(新增分、扣减分)', '奖惩分(正为新增,负为扣减)', '奖惩分(新增、扣减)', '奖惩分(新增和扣减)', '奖惩分(扣减/新增)', '奖惩分(扣减、新增)'])
      expect([h, deductionHeading(h)]).toEqual([h, false]);
  });

  it('nearest sound variants stay as they were', async () => {
    // 「奖惩分(扣分,新增投诉)」「(扣分 新增投诉)」 3 客户投诉: 80 − 3 = 77.
    expect(people(await gradedReport(at('v-kou-xinzeng-tousu.csv'), m8))).toEqual([['员工00', '77.00', '一般', []]]);
    expect(people(await gradedReport(at('v-kou-space-xinzeng-tousu.csv'), m8))).toEqual([['员工00', '77.00', '一般', []]]);
    // 「奖惩分(扣减、新增)」「(新增 / 扣减)」: either-signed — 3 表扬信 80 + 3 = 83, −3 客户投诉 80 − 3 = 77.
    for (const f of ['v-koujian-dun-xinzeng.csv', 'v-xinzeng-slash-spaced.csv'])
      expect(people(await gradedReport(at(f), m8))).toEqual([['员工00', '83.00', '良好', []], ['员工01', '77.00', '一般', []]]);
  });
});

describe('a figure read as a deduction is said as typed (review 63 of f8a6fb83)', () => {
  it('「奖惩分(扣分)」 3 beside 表扬信: 80 − 3 = 77, warned 「填写的 3 按扣分计为 −3」 (was 「已按填写的 −3 计入」)', async () => {
    const r = await gradedReport(at('c-koufen-praise.csv'), m8);
    expect(people(r)).toEqual([
      ['员工00', '77.00', '一般', warned], // 3 表扬信 → −3, counted and warned
      ['员工01', '77.00', '一般', warned], // −3 表扬信 typed so: said as before
      ['员工02', '77.00', '一般', []], // 3 客户投诉 → −3
      ['员工03', null, null, [['reason-sign', 'error']]], // 3 表扬信加3分 → −3 against 加3分: refused as before
    ]);
    const msg = (i: number) => r.people[i]!.problems.find((q) => q.code === 'reason-sign')!.message;
    expect(msg(0)).toContain('奖惩分填写的 3 按扣分计为 −3,原因「表扬信」像是加分:已按 −3 计入');
    expect(msg(0)).not.toContain('已按填写的 −3');
    expect(msg(1)).toContain('奖惩分为 −3,原因「表扬信」像是加分:已按填写的 −3 计入');
    expect(msg(3)).toContain('奖惩分填写的 3 按扣分计为 −3,原因「表扬信加3分」说的却是加分');
    expect(msg(3)).not.toContain('改为 +3');
  });
});
