// §8 mattress-cs-monthly 奖惩 headings with 新增 (review 63 of 50a516ee; io/adjustmentWords.ts deductionHeading
// NEW_OR_MINUS). Fixtures: test/fixtures/fx63k/ (R*, N1–N3 the reviewer's; make.py writes N4, N5, v-*). Every person:
// 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5
// → 80 before 奖惩.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deductionHeading } from '../../src/io/adjustmentWords.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63k', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const m8 = { form: 'mattress-cs-monthly' } as const;
// 3 表扬信 → 80 + 3 = 83; 3 协助新人培训 → 83; 2 月度优秀员工 → 82; −3 客户投诉 → 77 (as typed, either sign).
const eitherSigned = [
  ['员工00', '83.00', '良好', []],
  ['员工01', '83.00', '良好', []],
  ['员工02', '82.00', '良好', []],
  ['员工03', '77.00', '一般', []],
];

describe('§8 奖惩 headings: a note after 新增 leaves the pair (review 63 of 50a516ee)', () => {
  for (const file of ['R1-koujian-xinzeng-zhuming.csv', 'R2-koujian-xinzeng-deng.csv', 'R3-koufen-xinzeng-xieming.csv']) {
    it(`${file}: 「(扣减/新增请注明原因)」「(扣减、新增等)」「(扣分/新增写明原因)」 either-signed — 83 / 83 / 82 / 77 (was 77 / 77 / 78 / 77 at exit 0)`, async () => {
      expect(people(await gradedReport(at(file), m8))).toEqual(eitherSigned);
    });
  }

  it('person sheets: 张三 「奖惩分(扣减/新增请注明原因)」 3 月度优秀员工 → 83, 李四 「奖惩分\\n(扣减、新增等)」 2 协助新人培训 → 82 (were 77, 78)', async () => {
    expect(people(await gradedReport(at('R4-sheets-koujian-xinzeng-note.xlsx'), m8))).toEqual([['张三', '83.00', '良好', []], ['李四', '82.00', '良好', []]]);
  });
});

describe('§8 奖惩 headings: 扣除 / 扣罚 / 减除, the marks - − ~ · ; 或者, two brackets, 扣分项 / 新增项 (review 63 of 50a516ee)', () => {
  for (const file of ['N1-kouchu-xinzeng.csv', 'N2-xinzeng-dash-koujian.csv', 'N3-xinzeng-huozhe-koujian.csv', 'N4-koufenxiang-xinzengxiang.csv']) {
    it(`${file}: 「(扣除/新增)」「(新增-扣减)」「(新增或者扣减)」「(扣分项/新增项)」 either-signed — 83 / 83 / 82 / 77 (was 77 / 77 / 78 / 77)`, async () => {
      expect(people(await gradedReport(at(file), m8))).toEqual(eitherSigned);
    });
  }

  it('person sheets: 张三 「奖惩分(新增)(扣减)」 3 → 83, 李四 「奖惩分(扣分项/新增项)」 2 → 82 (were 77, 78)', async () => {
    expect(people(await gradedReport(at('N5-sheets-brackets-xiang.xlsx'), m8))).toEqual([['张三', '83.00', '良好', []], ['李四', '82.00', '良好', []]]);
  });

  it('nearest sound variants: 新增 of what is counted stays points taken off — 3 客户投诉 → 80 − 3 = 77', async () => {
    expect(people(await gradedReport(at('v-koujian-xinzeng-tousu-zhuming.csv'), m8))).toEqual([['员工00', '77.00', '一般', []]]);
    expect(people(await gradedReport(at('v-kouchu-xinzeng-chaping.csv'), m8))).toEqual([['员工00', '77.00', '一般', []]]);
  });

  it('the words, one by one', () => {
    // Either-signed: 新增 before a note (请 / 等 / 写 / 均 / 都 / 按 / 的 + note / 合计 / 。/ 注明), the other deduction words,
    // the other marks, two brackets.
    for (const h of ['奖惩分(扣减/新增请注明原因)', '奖惩分(扣减、新增等)', '奖惩分(扣分/新增写明原因)', '奖惩分\n(扣减、新增等)', '奖惩分(扣减/新增均须注明)', '奖惩分(扣减/新增都写原因)', '奖惩分(扣减/新增按实际)', '奖惩分(扣减/新增的请注明)', '奖惩分(扣减/新增合计)', '奖惩分(扣减/新增。)', '奖惩分(扣减/新增注明原因)',
      '奖惩分(扣除/新增)', '奖惩分(扣罚/新增)', '奖惩分(减除/新增)', '奖惩分(新增-扣减)', '奖惩分(新增−扣减)', '奖惩分(新增~扣减)', '奖惩分(新增～扣减)', '奖惩分(新增·扣减)', '奖惩分(新增;扣减)', '奖惩分（新增；扣减）', '奖惩分(新增或者扣减)', '奖惩分(扣减或者新增)',
      '奖惩分(新增)(扣减)', '奖惩分(新增)/(扣减)', '扣分项/新增项', '奖惩分(扣分项/新增项)'])
      expect([h, deductionHeading(h)]).toEqual([h, false]);
    // Points taken off: 新增 of what is counted (a noun, a number, 的 + a noun, a word of points taken off), 新增 in a
    // bracket of its own after 扣分, or glued to a word before it.
    for (const h of ['奖惩分(扣减/新增投诉请注明原因)', '奖惩分(扣除、新增差评)', '奖惩分(扣分/新增客诉)', '奖惩分(扣分/新增工单)', '奖惩分(扣罚;新增违规)', '奖惩分(扣分/新增2次投诉)', '奖惩分(扣分/新增的投诉)', '奖惩分(扣分/新增扣分)', '奖惩分(扣分项/新增投诉)', '奖惩(扣分)(新增投诉)',
      '扣分(新增)', '扣分(新增请注明)', '奖惩分(扣分 (新增))', '奖惩分(扣分,含新增投诉)', '奖惩分(扣分,逐次递增)'])
      expect([h, deductionHeading(h)]).toEqual([h, true]);
  });
});
