// §30 客服人员岗位能力评价表: levels 优秀/良好/一般/较差 = 100/80/60/40; each indicator 上级 70 % + 客户 30 % (上级 alone
// when no customer rated it); a dimension = mean of its three indicators; total = mean of the four dimensions.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { repoRoot } from '../../helpers.js';
import { expectRefused, expectScored, filledForms, filledRoster, itemScore, person, score, type Cell } from '../roundtrip.js';

const LABELS = ['掌握产品知识的全面程度', '熟悉公司的服务流程和操作规范', '能够准确解答常见问题并及时处理复杂问题',
  '清晰表达,使用合适的语言和口吻', '倾听客户需求并有效解决问题', '良好的问询和引导能力',
  '快速反应和解决各类问题', '评估问题的紧急程度和优先级', '主动提供解决方案并跟进',
  '始终保持友好、耐心的态度', '团队合作与跨部门协调', '服务思维,提供个性化服务'];
const levels = (rater: '上级' | '客户1', xs: Cell[]) => Object.fromEntries(LABELS.map((l, k) => [`${l}·${rater}`, xs[k] ?? null]));
const all = (level: string) => LABELS.map(() => level);
const row = (name: string, sup: Cell[], customer: Cell[] = []) => ({ 姓名: name, 部门: '客服中心', 评价日期: '2026年3月', ...levels('上级', sup), ...levels('客户1', customer) });
const [A, B, C, D] = ['优秀', '良好', '一般', '较差'];

describe('cs-ability (§30) roster round trip', () => {
  it('70/30 per indicator, spread when no customer rated, dimensions as means, boundaries and bad entries', async () => {
    const file = await filledRoster('cs-ability', [
      // 清晰表达 and 评估紧急程度 上级 良好 with 客户 优秀: 0.7 × 80 + 0.3 × 100 = 86; the other ten 100
      // ⇒ dimensions 100, (100 + 100 + 86)/3 … total (10 × 100 + 2 × 86) / 12 = 1172 / 12 = 97.67 → 优秀
      row('张晨', [A, A, A, B, A, A, A, B, A, A, A, A], all(A)),
      // no customer: 上级 alone (its 70 % becomes 100 %). 专业知识 (80 + 80 + 60)/3 = 73.33; 沟通 80; 问题解决 (60 + 80 + 80)/3 = 73.33;
      // 服务态度 (100 + 100 + 80)/3 = 93.33 ⇒ (73.33 + 80 + 73.33 + 93.33)/4 = 960 / 12 = 80 → 良好
      row('李思', [B, B, C, B, B, B, C, B, B, A, A, B]),
      row('王宇', [A, A, A, A, A, A, B, B, B, B, B, B]), // no customer: (6 × 100 + 6 × 80) / 12 = 90 → 优秀
      row('钱多', [A, A, A, A, A, B, B, B, B, B, B, C]), // (5 × 100 + 6 × 80 + 60) / 12 = 1040 / 12 = 86.67 → 良好
      row('赵楠', all(D), all(C)), // 0.7 × 40 + 0.3 × 60 = 46 every indicator → 46 → 待改进
      // 孙琳: 94, 94, 80 | 100, 86, 80 | 80, 74, 94 | 100, 100, 94 ⇒ 1076 / 12 = 89.67 → 良好
      row('孙琳', [A, A, B, A, B, B, B, B, A, A, A, A], [B, B, B, A, A, B, B, C, B, A, A, B]),
      // a customer for one indicator only: that one 0.7 × 60 + 0.3 × 100 = 72, the rest 上级 alone 60 ⇒ (11 × 60 + 72) / 12 = 61 → 一般
      row('吴桐', all(C), [A]),
      row('周敏', [A, '很好', B, B, B, B, B, B, B, B, B, B], all(B)), // 「很好」 is not a level
      row('郑爽', [null, ...all(B).slice(1)], all(B)), // 客户 without 上级 on the first indicator: 上级 is required
    ]);
    const r = await score(file);
    expectScored(r, '张晨', 1172 / 12, '优秀');
    const li = expectScored(r, '李思', 80, '良好');
    expect(li.parts.map((p) => p.score)).toEqual([220 / 3, 80, 220 / 3, 280 / 3].map((x) => expect.closeTo(x, 9)));
    expect(li.problems.some((p) => p.code === 'rater-spread')).toBe(true);
    expectScored(r, '王宇', 90, '优秀');
    expectScored(r, '钱多', 1040 / 12, '良好');
    expectScored(r, '赵楠', 46, '待改进');
    const sun = expectScored(r, '孙琳', 1076 / 12, '良好');
    expect(['K1', 'M2', 'S2', 'A3'].map((id) => itemScore(sun, id))).toEqual([94, 86, 74, 94].map((x) => expect.closeTo(x, 9)));
    const wu = expectScored(r, '吴桐', 61, '一般');
    expect(itemScore(wu, 'K1')).toBeCloseTo(72, 9);
    expectRefused(r, '周敏', 'unknown-choice');
    expectRefused(r, '郑爽', 'missing-rater');
  });
});

describe('cs-ability (§30) form layout round trip', () => {
  it('上级 and 客户 columns of each sheet', async () => {
    const entries = (sup: string[], customer: string[] = []) => [
      ...LABELS.map((l, k): [string, null, string, Cell] => [l, null, '上级', sup[k]!]),
      ...customer.map((v, k): [string, null, string, Cell] => [LABELS[k]!, null, '客户1', v]),
    ];
    const r = await score(await filledForms('cs-ability', [
      { name: '王宇', entries: entries(all(C), all(B)) }, // 0.7 × 60 + 0.3 × 80 = 66 → 一般
      { name: '张晨', entries: entries(all(A)) }, // 100 → 优秀
    ]));
    expectScored(r, '王宇', 66, '一般');
    expectScored(r, '张晨', 100, '优秀');
  });
});

describe('cs-ability (§30) samples', () => {
  it('the roster CSV is recognised without --form and scores as hand-checked', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'cs-ability.march.csv'));
    expect(r.form).toBe('cs-ability');
    expectScored(r, '张晨', 1172 / 12, '优秀');
    expectScored(r, '李思', 80, '良好');
    expectScored(r, '王宇', 66, '一般');
    expectScored(r, '赵楠', 46, '待改进');
    expectScored(r, '孙琳', 1076 / 12, '良好');
    expectRefused(r, '周敏', 'unknown-choice');
    expect(person(r, '李思').problems.some((p) => p.code === 'rater-spread')).toBe(true);
  });
});

describe('cs-ability (§30) raters\' copies evaluated on their own days', () => {
  it('评价日期 is each rater\'s (3-31 by the 上级, 4-03 by the customer): combined, not two periods (exit 2)', async () => {
    const { gradeCombined } = await import('../../../src/io/combineRaters.js');
    const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/raters', f);
    const r = await gradeCombined([at('ability-superior-0331.xlsx'), at('ability-customer-0403.xlsx')], { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // 张三 上级 良好 80, 客户 一般 60 on every indicator: 0.7 × 80 + 0.3 × 60 = 74; 李四 优秀 / 较差: 70 + 12 = 82.
    expect(r.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 74, '一般'], ['李四', 82, '良好']]);
  });
});
