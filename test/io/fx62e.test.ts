// Review 62: choices typed with their points or their wording, still refused or misread after review 61 (test/io/fx61m).
// §17 probation 「15(有一定了解)」 (points then the words in brackets) and 「15/20」 (points out of the item's max) were
// refused unknown-choice; §1 after-sales 「3级 找出客户深层次…」 (a level then its wording, cut short) and 「第4级」 were
// refused unknown-choice; §18 「√ 1分」 where a tick is worth 2 was read as a tick, 2 points, at exit 0.
// Fixtures test/fixtures/fx62e (kpi's roster templates filled by openpyxl: make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx62e', name);
const rows = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.person, p.code, p.cell]);

describe('§17 points then the words in brackets, points out of the item\'s max', () => {
  it('张三 85.00 良好, 李四 88.00 良好 (both unscored at exit 1 before); 王五 81.00 as before; 赵六 「15/30」「20(一般友好)」 refused', async () => {
    // 张三: 0 次 → 10; 「15(有一定了解)」 15 + 「25/30」 25 + 「15/20」 15 + 「20(快速准确解决)」 20 = 10 + 75 = 85 → 良好.
    // 李四: 1 次 → 8; 「15/20」 15 + 「30(友好耐心高效满意)」 30 + 「20分(积极合作)」 20 + 「15【能解决】」 15 = 8 + 80 = 88 → 良好.
    // 王五: 2 次 → 6; 「15 有一定了解」 15 + 25 + 「15」 15 + 「20 快速准确解决」 20 = 6 + 75 = 81 → 良好 (read before too).
    // 赵六: 30 is not 专业知识's max (20): 「15/30」 unknown-choice; 一般友好 is 25, not 20: choice-points-clash.
    const r = await gradedReport(fixture('pb-bracket-max.xlsx'));
    expect(rows(r)).toEqual([['张三', '85.00', '良好'], ['李四', '88.00', '良好'], ['王五', '81.00', '良好'], ['赵六', null, null]]);
    expect(r.people.slice(0, 3).map((p) => p.items.map((i) => i.score))).toEqual([[10, 15, 25, 15, 20], [8, 15, 30, 20, 15], [6, 15, 25, 15, 20]]);
    expect(errors(r)).toEqual([['赵六', 'unknown-choice', 'I5'], ['赵六', 'choice-points-clash', 'J5']]);
  });
});

describe('§1 a level then its wording (「3级 找出客户深层次…」), 「第4级」', () => {
  it('张三, 李四 79.56 一般, 赵六 81.06 良好 (all unscored at exit 1 before); 王五 「3级 提供必要服务」 refused choice-points-clash', async () => {
    // A: 客户信息管理 92 % → 20, 客户档案管理 部分不完整 10, 客户回访 完成 20, 投诉处理 1 unmet → 20 − 5 = 15: 65/80 = 81.25.
    // 张三: 「第4级」 40 + 「3级 找出客户深层次...」 30 = 70; 81.25 × 0.85 + 70 × 0.15 = 69.0625 + 10.5 = 79.5625 → 79.56 一般.
    // 李四: 「4级」 40 + 「第3级 找出客户深层次(真实)需求并提供相应产品服务」 30 = 70 → 79.56 一般.
    // 赵六: 「第四级」 40 + 「4级:成为客户信赖对象...」 40 = 80; 69.0625 + 80 × 0.15 = 69.0625 + 12 = 81.0625 → 81.06 良好.
    // 王五: 提供必要服务 is 1级's wording (10), 3级 30: neither taken.
    const r = await gradedReport(fixture('as-level-words.xlsx'));
    expect(rows(r)).toEqual([['张三', '79.56', '一般'], ['李四', '79.56', '一般'], ['王五', null, null], ['赵六', '81.06', '良好']]);
    expect(r.people.filter((p) => p.total !== null).map((p) => p.items.map((i) => i.score))).toEqual([[20, 10, 20, 15, 40, 30], [20, 10, 20, 15, 40, 30], [20, 10, 20, 15, 40, 40]]);
    expect(errors(r)).toEqual([['王五', 'choice-points-clash', 'R4']]);
    expect(r.problems.find((p) => p.code === 'choice-points-clash')?.message).toContain('按文字「提供必要服务」是 10 分的一档,按等级「3级」是 30 分的一档');
  });
});

describe('§18 a tick typed with its own point (「√ 1分」 where a tick is 2): the tick', () => {
  it('李四 「√ 1分」 89.00 优秀 (1 is the tick\'s own point, a box passes); 「√ 2分」「√ 1」「√ 2.22分」 89.00 优秀 as before', async () => {
    // Each: 业务能力 26; 工作知识 8 ticks and two × → 8 × 2 = 16; 效率 103 % → 17; 出勤 全勤 10; 合作精神 nine ticks → 20
    // ⇒ 26 + 16 + 17 + 10 + 20 = 89 → 优秀. 张三 「√ 2分」 ×2, 「√(2分)」; 王五 「√ 1」 (the tick and its word 1) ×2;
    // 赵六 合作精神 「√ 2.22分」 ×9 (20/9 = 2.22). 李四 「√ 1分」 in L3: the tick.
    const r = await gradedReport(fixture('bl-tick-points.xlsx'));
    expect(rows(r)).toEqual([['张三', '89.00', '优秀'], ['李四', '89.00', '优秀'], ['王五', '89.00', '优秀'], ['赵六', '89.00', '优秀']]);
    for (const p of r.people.filter((x) => x.total !== null)) expect(p.items.map((i) => i.score), p.name).toEqual([26, 16, 17, 10, 20]);
    expect(errors(r)).toEqual([]);
  });
});

describe('§27 cs-checklist ticks typed 「√ 1分」 (a box passes; its worth is the area\'s 100 / n)', () => {
  it('张三 「√ 1分」, 赵六 「√(1分)」, 王五 「1分」: ticks — all four 78.33 一般 (refused for a while in review 62)', async () => {
    // Ticks 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → (83.33 + 80 + 100 + 50) / 4 = 78.33 → 一般.
    const r = await gradedReport(fixture('cc-tick-1fen.xlsx'));
    expect(r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band])).toEqual([['张三', '78.33', '一般'], ['李四', '78.33', '一般'], ['王五', '78.33', '一般'], ['赵六', '78.33', '一般']]);
    expect(errors(r)).toEqual([]);
  });
});
