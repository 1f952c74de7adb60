// Review 60 of the roster stand-ins (41fed009, 57981de1, 4a8c39c4) and two-row headings: §8 mattress-cs-monthly and §25
// property-cs-staff rosters with a column retyped in a missing one's place, a count's heading without 项, and 奖惩分 typed
// under the second heading row right after a merged group. Fixtures: test/fixtures/standIns60 (make.py, a reviewer's generators).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/standIns60', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error');
const refusedAt = (r: Awaited<ReturnType<typeof gradedReport>>) => errors(r).filter((p) => p.person).map((p) => [p.person, p.cell]);
const form = 'mattress-cs-monthly';
// §8, the full roster (gen1.py): 张三 45/50 → 18 + 表格 (20 − 3 − 2) + 规范 (15 − 2 × 1 − 1 × 2) + 效率 (8 − 5 × 1) + 9 + 13
// + 纪律 (10 − 2 × 1) + 奖惩 2 = 79 一般; 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀; 王五 27/30 → 18 + (20 − 5) + (15 − 2 × 1)
// + 9 + 8 + 12 + (10 − 5 × 1) = 80 良好.
// §25 (gen25.py): every point full, 45/45 = 100; 仪容仪表、语气语调、接听电话 2 − 0.5 × 1 lapse = 1.5 → 44.5/45 = 98.89 优秀.

describe('a heading naming a count or a deduction in a one-input item\'s place: its 0 is none (regression of 4a8c39c4)', () => {
  it('§8 「表格扣分」 3,2 / 0 / 5: 李四\'s 0 is no deduction — 100 优秀 (was refused with the others)', async () => {
    const r = await gradedReport(fixture('m2_la2.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀'], ['王五', null, null]]);
    expect(refusedAt(r)).toEqual([['张三', 'H2'], ['王五', 'H4']]);
  });

  it('§25 「不达标项目数」 0 / 1 / 0 where 仪容仪表 stood: 张三, 王五 45/45 = 100, 李四 alone refused (all three were)', async () => {
    const r = await gradedReport(fixture('s25_c.xlsx'), { form: 'property-cs-staff' });
    expect(people(r)).toEqual([['张三', '100.00', '优秀'], ['李四', null, null], ['王五', '100.00', '优秀']]);
    expect(refusedAt(r)).toEqual([['李四', 'R3']]);
  });
  // (4a8c39c4's own case — 「协调能力」 0 / 1 / 0, a 0 that may be the item's 0 points, everyone refused — is
  // staffWording58.test.ts's, kept.)
});

describe('§8 words that name no item: 时间, a quantity of things', () => {
  it.each([['o1b_peixun.xlsx', '培训时间'], ['o1c_tonghua.xlsx', '通话时间(小时)']])('%s 「%s」 2 / 0 / 4 where 工作时间睡觉 stood: 79 / 100 / 80, a warning only (张三, 王五 were refused)', async (file) => {
    const r = await gradedReport(fixture(file), { form });
    // Everyone's 工作时间睡觉 was 0: read as blank, the full roster's totals.
    expect(people(r)).toEqual([['张三', '79.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '80.00', '良好']]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.find((p) => p.cell === 'S1')!.severity).toBe('warning');
  });

  it('nearest sound variant: 「上班睡觉」 2 / 0 / 4 (睡觉 of the input\'s name) is still its stand-in — 张三, 王五 refused', async () => {
    const r = await gradedReport(fixture('shuijiao.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀'], ['王五', null, null]]);
    expect(refusedAt(r)).toEqual([['张三', 'S2'], ['王五', 'S4']]);
  });

  it('「填写份数」 3 / 4 / 5 where 表格管理 stood (填写 only of its wording): 84 / 100 / 85, the column said unread (all were refused)', async () => {
    const r = await gradedReport(fixture('w3_tianxie.xlsx'), { form });
    // 表格管理 blank = 20: 张三 79 + 3 + 2 = 84 良好; 王五 80 + 5 = 85 良好; 李四 100.
    expect(people(r)).toEqual([['张三', '84.00', '良好'], ['李四', '100.00', '优秀'], ['王五', '85.00', '良好']]);
    expect(errors(r)).toEqual([]);
    const head = r.problems.find((p) => p.cell === 'H1')!;
    expect(head.severity).toBe('warning');
    expect(head.message).toContain('填写份数');
    // (「报表提报」 「3,2」 / 5 there — 提报 of the wording, no quantity — is still refused: fx59f.)
  });
});

describe('§25 「仪容仪表·不达标数」: the item\'s one count, 项 left out', () => {
  it('0 / 1 / 0 read as 不达标项数: 100 / 98.89 / 100 (refused as a kind split into columns)', async () => {
    const r = await gradedReport(fixture('s25_b.xlsx'), { form: 'property-cs-staff' });
    // 李四: 2 − 0.5 × 1 = 1.5 → 44.5 / 45 × 100 = 98.89 优秀.
    expect(people(r)).toEqual([['张三', '100.00', '优秀'], ['李四', '98.89', '优秀'], ['王五', '100.00', '优秀']]);
    expect(errors(r)).toEqual([]);
  });

  it('nearest sound variant: 「语气语调·不达标数」 — one kind of the count alone, refused as before', async () => {
    const r = await gradedReport(fixture('yuqi.xlsx'), { form: 'property-cs-staff' });
    expect(people(r)).toEqual([['张三', null, null], ['李四', null, null], ['王五', null, null]]);
  });
});

describe('§8 奖惩分 | 原因 typed in the second heading row right after a merged group', () => {
  // 张三 79 as above (+2 表扬信); 王五 30/30 → 20 + (20 − 2) + (15 − 1 × 1) + 10 + 10 + 14 + 10 − 2 客户投诉 = 94 优秀.
  it.each([['t1.xlsx', '工作纪律 merged N:Q'], ['u0.xlsx', '态度 merged down M2:M3']])('%s (%s): 其它·奖惩分, 79 / 100 / 94 (read under the group, 张三 and 王五 refused)', async (file) => {
    const r = await gradedReport(fixture(file), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '94.00', '优秀']]);
    expect(errors(r)).toEqual([]);
  });
});
