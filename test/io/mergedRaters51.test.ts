// §4 cs-dept-monthly: both supervisors give 张三 the same 「达成」 and the team merges their two cells of one item (roster
// L2:M2 under 拆包人均每小时20个·直接主管 | ·间接主管, person sheet F10:G10): refused as 「「拆包人均每小时20个」和「拆包人均每小时20个」,
// 不知道是哪一项的」 — the item named twice, the raters never — 张三 unscored (exit 1) for 103.60 优秀. Now each rater's answer,
// with a warning naming them; a merge across two items stays refused, each named with its rater.
// And two rows 张三 in different 部门 with no 工号 to tell them apart: still one person repeated (README), but the message
// said only 「请删去不对的一处」 / 「本条不计分」 — a team would delete a real person. It now says the 部门 differ and how to
// give each a 工号.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import type { GradeReport } from '../../src/io/outcome.js';

const FIXTURES = path.join(repoRoot, 'test/fixtures/mergedRaters51');
const at = (name: string) => path.join(FIXTURES, name);

/** Name, total to two places, band, status. */
const shown = (r: GradeReport) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band, p.status]);
const merged = (r: GradeReport) => r.problems.filter((p) => p.code === 'merged-entry').map((p) => [p.severity, p.cell, p.person, p.message]);

// CATALOG §4: item points = weight × (0.7 × 直接主管 + 0.3 × 间接主管), 差/低标/达成 = 0.6/0.8/1.0; 超预期表现 rating/10 × 5.
// 张三: 拆包 (15 %) 达成 merged over both → 15 × 1.0 = 15; the other 85 % 达成 | 低标 → 85 × (0.7 + 0.24) = 79.90;
//   工作能力 8 | 6 → (5.6 + 1.8) / 10 × 5 = 3.70; 日常行为 10 | 10 → 5. 15 + 79.90 + 3.70 + 5 = 103.60 → min(103.60, 100) 优秀.
//   (Before the merge 拆包 was 达成 | 低标: 102.70; 102.70 + 15 × (1.0 − 0.94) = 103.60.)
// 李四: every item 差 | 差 (拆包's merged) → 100 × 0.6 = 60; 1 | 1 twice → 0.5 + 0.5; 61.00 一般.
// On the person sheets the merged item is 张三's 紧急订单跟踪处理不超于50分钟 (also 15 %) and 李四's 拆包: the same numbers.
const ZHANG_LI = [['张三', 103.6, '优秀', 'scored'], ['李四', 61, '一般', 'scored']];

describe('§4 one item\'s cell merged across 直接主管 | 间接主管', () => {
  it('roster L2:M2 「达成」: each supervisor\'s 达成 — 张三 103.60 优秀, 李四 61.00 一般, a warning naming both raters', async () => {
    const r = await gradedReport(at('merge-raters-roster.xlsx'));
    expect(shown(r).slice(0, 2)).toEqual(ZHANG_LI);
    expect(r.people.every((p) => p.status === 'scored')).toBe(true);
    expect(merged(r)).toEqual([
      ['warning', 'L2', '张三', '考核表!L2:张三:「拆包人均每小时20个」的 L2:M2 合并成了一格,「达成」算作直接主管、间接主管各自的评分;如果它只是其中一位的,请取消合并,每位评分人各填一格'],
      ['warning', 'L3', '李四', '考核表!L3:李四:「拆包人均每小时20个」的 L3:M3 合并成了一格,「差」算作直接主管、间接主管各自的评分;如果它只是其中一位的,请取消合并,每位评分人各填一格'],
    ]);
  });

  it('person sheets F10:G10 / F9:G9: the same, said at the merged cell', async () => {
    const r = await gradedReport(at('merge-raters-form.xlsx'));
    expect(shown(r).slice(0, 2)).toEqual(ZHANG_LI);
    expect(r.people.every((p) => p.status === 'scored')).toBe(true);
    expect(merged(r)).toEqual([
      ['warning', 'F10', '张三', '张三!F10:张三:「紧急订单跟踪处理不超于50分钟」的 F10:G10 合并成了一格,「达成」算作直接主管、间接主管各自的评分;如果它只是其中一位的,请取消合并,每位评分人各填一格'],
      ['warning', 'F9', '李四', '李四!F9:李四:「拆包人均每小时20个」的 F9:G9 合并成了一格,「差」算作直接主管、间接主管各自的评分;如果它只是其中一位的,请取消合并,每位评分人各填一格'],
    ]);
  });

  it('a merge across two items (M2:N2, 拆包·间接主管 | 紧急订单·直接主管) stays refused, each entry named with its rater', async () => {
    const r = await gradedReport(at('merge-items-roster.xlsx'));
    // 张三 unscored; 李四's L3:M3 is one item's two raters: 61.00 as above.
    expect(shown(r).slice(0, 2)).toEqual([['张三', null, null, 'error'], ['李四', 61, '一般', 'scored']]);
    expect(merged(r)).toEqual([
      ['error', 'N2', '张三', '考核表!N2:张三:这一格与 M2 合并成了一格(M2:N2),「低标」同时算作「拆包人均每小时20个·间接主管」和「紧急订单跟踪处理不超于50分钟·直接主管」,不知道是哪一项的;请取消合并,每项各填一格(此人不评分)'],
      ['warning', 'L3', '李四', '考核表!L3:李四:「拆包人均每小时20个」的 L3:M3 合并成了一格,「差」算作直接主管、间接主管各自的评分;如果它只是其中一位的,请取消合并,每位评分人各填一格'],
    ]);
  });
});

const repeats = (r: GradeReport) => r.problems.filter((p) => p.code === 'duplicate-person').map((p) => [p.cell, p.message]);

// CATALOG §8 (mattress-cs-monthly), each 张三 as filled: 回访 50/50 → 20; 表格管理 none → 20; 日常服务规范 15; 基础分 10 → 10;
// 处理能力 10; 态度 15; 工作纪律 10 → 100 优秀. With 迟到或早退 1: 10 − 2 = 8 → 98.
describe('two rows 张三 in different 部门, not told apart by 工号', () => {
  it('both 工号 blank (the column there), same 100: the second not counted, the 部门 named, 「在两处分别填上各自的工号」', async () => {
    const r = await gradedReport(at('namesakes-blank-ids.xlsx'));
    expect(shown(r)).toEqual([['张三', 100, '优秀', 'scored'], ['李四', 100, '优秀', 'scored'], ['张三', null, null, 'error']]);
    expect(repeats(r)).toEqual([
      ['B4', '考核表!B4:被考核人「张三」重复,已在 考核表!B2 出现(张三),本条不计分;两处的部门名称不同(客服一部、客服二部);如是两个人,请在两处分别填上各自的工号后重新评分'],
    ]);
  });

  it('one with 工号 0012, one without, 100 and 98: neither counted, 「给没有工号的一处也填上工号」 or delete one', async () => {
    const r = await gradedReport(at('namesakes-one-id.xlsx'));
    expect(shown(r)).toEqual([['张三', null, null, 'error'], ['李四', 100, '优秀', 'scored'], ['张三', null, null, 'error']]);
    const both = '两处的评分不同,都不计分(不取其中一处);两处的部门名称不同(客服一部、客服二部);如是两个人,请给没有工号的一处也填上工号后重新评分;如是同一个人,请删去不对的一处';
    expect(repeats(r)).toEqual([
      // Found by name: said at the name's cell B2, not the first row's 工号 0012 at A2.
      ['B2', `考核表!B2:被考核人「张三」重复,在 考核表!B4 又出现一次,${both}`],
      ['B4', `考核表!B4:被考核人「张三」重复,已在 考核表!B2 出现(张三),${both}`],
    ]);
  });

  it('no 工号 column at all (cs-work-review, 客服部 and 售后部): 「加一列工号分别填上」', async () => {
    const r = await gradedReport(at('namesakes-no-id-column.xlsx'));
    expect(r.people.filter((p) => p.name === '张三').map((p) => p.status)).toEqual(['error', 'error']);
    const both = '两处的评分不同,都不计分(不取其中一处);两处的部门不同(客服部、售后部);如是两个人,请加一列工号分别填上后重新评分;如是同一个人,请删去不对的一处';
    expect(repeats(r)).toEqual([
      ['A2', `考核表!A2:被考核人员「张三」重复,在 考核表!A5 又出现一次,${both}`],
      ['A5', `考核表!A5:被考核人员「张三」重复,已在 考核表!A2 出现(张三),${both}`],
    ]);
  });

  it('two person sheets 张三 and 张三(2) from kpi template --people (客服一部, 客服二部): the 部门, not 「另一个月的」', async () => {
    const r = await gradedReport(at('namesakes-form.xlsx'));
    const both = '两处的评分不同,都不计分(不取其中一处);两处的部门名称不同(客服一部、客服二部);如是两个人,请在两处分别填上各自的工号后重新评分;如是同一个人,请删去不对的一处';
    expect(repeats(r)).toEqual([
      ['F3', `张三!F3:被考核人「张三」重复,在 张三(2)!F3 又出现一次,${both}`],
      ['F3', `张三(2)!F3:被考核人「张三」重复,已在 张三!F3 出现(张三),${both}`],
    ]);
  });
});
