// §25 客服部员工考核表 (物业): the 45 legible points (points, lapse deductions, two yes/no halves), reported as Σ / 45 × 100.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { repoRoot } from '../../helpers.js';
import { expectRefused, expectScored, filledForms, filledRoster, itemScore, score, type Cell } from '../roundtrip.js';
import { STAFF_F1, STAFF_H3, STAFF_POINTS } from '../staffPoints.js';

// Every typed point at its maximum: 2+2+2+4 + 2+2 + 2+2+2 + 2+2 + 1+1+1 + 2+1 + 2 = 32.
const POINTS = STAFF_POINTS;
const H3 = STAFF_H3;
const H4 = '协调相关部门处理投诉';
const H1 = '准确及迅速地处理客户咨询';
const F1 = STAFF_F1;
// The rule items add 2 (仪容仪表, no lapses) + 2 (咨询, none) + 4 (是/是) + 5 (协调, none) = 13: 45 in all.
const full = (name: string, changes: Record<string, Cell> = {}) => ({
  姓名: name, 部门: '客服部', 考核月份: '2026年3月', ...POINTS, [`${H3}·确定相关责任人`]: '是', [`${H3}·出具意见进行解决`]: '是', ...changes,
});

describe('property-cs-staff (§25) roster round trip', () => {
  it('Σ / 45 × 100 with deductions, floors, the yes/no halves, boundaries and bad entries', async () => {
    const file = await filledRoster('property-cs-staff', [
      full('满分甲'), // 45 / 45 × 100 = 100 → 优秀 (a row named 满分 alone is the items' full marks, not a person)
      // 领导满意度 3.5 (−0.5), 仪容仪表 1 lapse (2 − 0.5), 咨询不及时 1 (2 − 1), 不能较好协调 1 (5 − 2) ⇒ 45 − 0.5 − 0.5 − 1 − 2 = 41 → 91.11 → 优秀
      full('张丽', { 领导满意度评价: 3.5, [F1]: 1, [`${H1}·不及时`]: 1, [`${H3}·确定相关责任人`]: '√', [`${H4}·不能较好协调内部相关部门`]: 1 }),
      full('王建', { [`${H4}·不能较好协调内部相关部门`]: 2 }), // 协调 5 − 2 × 2 = 1 ⇒ 45 − 4 = 41 → 91.11 → 优秀
      full('何平', { [F1]: 1, [`${H4}·不能较好协调内部相关部门`]: 2 }), // 45 − 0.5 − 4 = 40.5 → 40.5 / 45 × 100 = 90 → 优秀
      full('赵敏', { [`${H4}·造成服务投诉或扩大影响`]: 1, [`${H3}·出具意见进行解决`]: '否' }), // 45 − 3 − 2 = 40 → 88.89 → 良好
      // 出具意见 否 (−2), 扩大影响 1 (−3), 领导满意度 0 (−4) ⇒ 45 − 9 = 36 → 80 → 良好
      full('周婷', { [`${H3}·出具意见进行解决`]: '否', [`${H4}·造成服务投诉或扩大影响`]: 1, 领导满意度评价: 0 }),
      full('孙浩', { [`${H3}·出具意见进行解决`]: '否', [`${H4}·造成服务投诉或扩大影响`]: 1, 领导满意度评价: 0, [F1]: 1 }), // 35.5 → 78.89 → 一般
      // floors: 仪容仪表 5 lapses 2 − 2.5 → 0; 咨询 2 − 2 − 1 → 0; 协调 5 − 2 − 3 → 0; both halves 否 → 0 ⇒ 45 − 2 − 2 − 5 − 4 = 32 → 71.11 → 一般
      full('李梅', { [F1]: 5, [`${H1}·不准确`]: 2, [`${H1}·不及时`]: 1, [`${H4}·不能较好协调内部相关部门`]: 1, [`${H4}·造成服务投诉或扩大影响`]: 1,
        [`${H3}·确定相关责任人`]: '否', [`${H3}·出具意见进行解决`]: '否' }),
      full('钱进', { [`${H3}·确定相关责任人`]: '不适用' }), // this form has no 不适用
      full('吴磊', { [`${H3}·出具意见进行解决`]: '-' }), // nor a dash standing for it
      full('郑洁', { 遵守规章制度和工作标准: 3 }), // 3 > the criterion's 2 points
    ]);
    const r = await score(file);
    expectScored(r, '满分甲', 100, '优秀');
    const zhang = expectScored(r, '张丽', (41 / 45) * 100, '优秀');
    expect(zhang.points).toBe(41); // the points before Σ / 45 × 100
    expect([itemScore(zhang, 'F1'), itemScore(zhang, 'H1'), itemScore(zhang, 'H3'), itemScore(zhang, 'H4')]).toEqual([1.5, 1, 4, 3]);
    expectScored(r, '王建', (41 / 45) * 100, '优秀');
    expectScored(r, '何平', 90, '优秀');
    expectScored(r, '赵敏', (40 / 45) * 100, '良好');
    expectScored(r, '周婷', 80, '良好');
    expectScored(r, '孙浩', (35.5 / 45) * 100, '一般');
    const li = expectScored(r, '李梅', (32 / 45) * 100, '一般');
    expect([itemScore(li, 'F1'), itemScore(li, 'H1'), itemScore(li, 'H3'), itemScore(li, 'H4')]).toEqual([0, 0, 0, 0]);
    expectRefused(r, '钱进', 'unknown-choice');
    expectRefused(r, '吴磊', 'unknown-choice');
    expectRefused(r, '郑洁', 'out-of-range');
  });
});

describe('property-cs-staff (§25) form layout round trip', () => {
  it('one sheet per person', async () => {
    const points = Object.entries(POINTS).map(([l, v]): [string, null, string, Cell] => [l, null, '填写', v]);
    const r = await score(await filledForms('property-cs-staff', [
      // all points, 确定 是, 出具 否, 不准确 1 ⇒ 45 − 2 − 1 = 42 → 93.33 → 优秀
      { name: '张丽', entries: [...points, [H3, '确定相关责任人', '填写', '是'], [H3, '出具意见进行解决', '填写', '否'], [H1, '不准确(次)', '填写', 1]] },
    ]));
    expectScored(r, '张丽', (42 / 45) * 100, '优秀');
  });
});

describe('property-cs-staff (§25) samples', () => {
  it('the roster CSV is recognised without --form and scores as hand-checked', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'property-cs-staff.march.csv'));
    expect(r.form).toBe('property-cs-staff');
    expectScored(r, '张丽', (41 / 45) * 100, '优秀');
    expectScored(r, '王建', 80, '良好');
    expectScored(r, '李梅', (18.5 / 45) * 100, '待改进');
    expectScored(r, '赵敏', (39.5 / 45) * 100, '良好');
    expectScored(r, '周婷', (31 / 45) * 100, '一般');
    expectRefused(r, '钱进', 'unknown-choice');
  });
});
