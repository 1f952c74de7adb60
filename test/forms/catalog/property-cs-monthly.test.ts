// §2 客服服务月度考评表 (物业): each item max(0, 分值 − 不符合项数), Σ of 100, default bands; the subject is a 管理处.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { repoRoot } from '../../helpers.js';
import { captureOutput } from '../../../src/cli/output.js';
import { renderScore } from '../../../src/cli/renderScore.js';
import { scoreJson } from '../../../src/cli/json.js';
import { expectRefused, expectScored, filledForms, filledRoster, itemScore, person, score, type Cell } from '../roundtrip.js';

const LABELS = ['员工基本标准', '工作环境', '业户接待', '入伙服务、权籍资料管理', '收费管理', '维修基金管理', '装修管理', '档案管理',
  '空置房管理', '落实与信息反馈', '业户征询评议管理', '特约服务管理', '社区文化活动管理', '主管工作监督'];
//                 10  5  15 10 10  5 10  5  5  5  5  5  5  5  = 100
const row = (unit: string, n: Cell[], extra: Record<string, Cell> = {}) => ({
  '部门/管理处': unit, 考评月份: '2026年3月', 检查人: '陈经理',
  ...Object.fromEntries(LABELS.map((l, k) => [`${l}·不符合项数`, n[k] ?? null])),
  ...extra,
});

describe('property-cs-monthly (§2) roster round trip', () => {
  it('scores each 管理处 to the point, with the floor, the boundaries and one bad entry', async () => {
    const file = await filledRoster('property-cs-monthly', [
      // deductions 1+0+2+0+1+0+0+1+0+0+0+0+1+0 = 6 → 100 − 6 = 94 → 优秀
      row('翠苑管理处', [1, 0, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0], { '业户接待·备注': '报修接待记录缺2份' }),
      // 工作环境 5 − 7 = −2 → 0 (floor), so the deductions are 3+5+4+2+2+1+3+1+2+1+2+1+1+2 = 30 → 70 → 一般 (68 without the floor)
      row('锦绣华庭管理处', [3, 7, 4, 2, 2, 1, 3, 1, 2, 1, 2, 1, 1, 2]),
      // exactly 10 deducted → 90 → 优秀 (90 is the lower limit of 优秀)
      row('金桂园管理处', [2, 1, 2, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0]),
      // 11 deducted → 89 → 良好
      row('滨江花园管理处', [2, 1, 2, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0]),
      // every item at its floor: each count one above its 分值, max(0, m − (m + 1)) = 0 for all 14 → 0 → 待改进 (every count
      // at its 分值 exactly, 10 5 15 …, is the items' points typed, refused: test/io/countsAsPoints50.test.ts)
      row('东湖名苑管理处', [11, 6, 16, 11, 11, 6, 11, 6, 6, 6, 6, 6, 6, 6]),
      // 「两项」 is not a count: this 管理处 is not scored, the others are
      row('香樟苑管理处', [1, 0, 1, 0, '两项', 0, 1, 0, 0, 0, 0, 0, 0, 0]),
    ]);
    const r = await score(file);
    expect(r.form).toBe('property-cs-monthly');
    const cuiyuan = expectScored(r, '翠苑管理处', 94, '优秀');
    expect(itemScore(cuiyuan, 'B03')).toBe(13); // 15 − 2
    const jinxiu = expectScored(r, '锦绣华庭管理处', 70, '一般');
    expect(itemScore(jinxiu, 'B02')).toBe(0);
    expect(jinxiu.items.find((i) => i.id === 'B02')!.explanation).toContain('最低0分');
    expectScored(r, '金桂园管理处', 90, '优秀');
    expectScored(r, '滨江花园管理处', 89, '良好');
    expectScored(r, '东湖名苑管理处', 0, '待改进');
    // Row 7, column of 收费管理·不符合项数: 部门/管理处, 考评月份, 检查人, then 2 columns per item → item 5's count is column L.
    expectRefused(r, '香樟苑管理处', 'not-a-number', 'L7');
    expect(r.bands).toEqual({ 优秀: 2, 良好: 1, 一般: 1, 待改进: 1 });
  });

  it('a blank count is reported at its cell, not taken as 0 (a blank row would otherwise score 100)', async () => {
    const n = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null];
    const r = await score(await filledRoster('property-cs-monthly', [row('翠苑管理处', n), row('', [0])]));
    expectRefused(r, '翠苑管理处', 'required');
    // A row without its 管理处 cannot be scored, and the message says what is missing in the form's own words.
    const unnamed = r.people.find((p) => p.name === '')!;
    expect(unnamed.status).toBe('error');
    expect(unnamed.problems.map((p) => p.message).join(' ')).toContain('无法确定管理处');
  });
});

describe('property-cs-monthly (§2) form layout round trip', () => {
  it('one sheet per 管理处, 备注 kept', async () => {
    const counts = (n: number[]) => LABELS.map((l, k): [string, string | null, string, Cell] => [l, '不符合项数(项)', '填写', n[k]!]);
    const file = await filledForms('property-cs-monthly', [
      // 2+1+3+1+0+1+2+0+1+0+1+0+0+1 = 13 → 87 → 良好
      { name: '金桂园管理处', header: { 考评月份: '2026年3月' }, entries: [...counts([2, 1, 3, 1, 0, 1, 2, 0, 1, 0, 1, 0, 0, 1]), ['业户接待', '备注', '填写', '投诉回访不及时']] },
      // 5+3+6+4+4+3+5+3+3+2+3+2+3+2 = 48 → 52 → 待改进
      { name: '东湖名苑管理处', entries: counts([5, 3, 6, 4, 4, 3, 5, 3, 3, 2, 3, 2, 3, 2]) },
    ]);
    const r = await score(file);
    expectScored(r, '金桂园管理处', 87, '良好');
    expectScored(r, '东湖名苑管理处', 52, '待改进');
    expect(person(r, '金桂园管理处').header.period).toBe('2026年3月');
  });
});

describe('property-cs-monthly (§2) samples', () => {
  it('the roster CSV is recognised without --form and scores as hand-checked', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'property-cs-monthly.march.csv'));
    expect(r.form).toBe('property-cs-monthly');
    expectScored(r, '翠苑管理处', 94, '优秀');
    expectScored(r, '金桂园管理处', 87, '良好');
    expectScored(r, '滨江花园管理处', 100, '优秀');
    expectScored(r, '锦绣华庭管理处', 70, '一般');
    expectScored(r, '东湖名苑管理处', 52, '待改进');
    expectRefused(r, '香樟苑管理处', 'not-a-number');
  });

  it('the console names the rows 管理处 (not 姓名) and leaves out the empty 部门 column; --json says what is scored', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'property-cs-monthly.march.csv'));
    expect(r.subject).toBe('管理处');
    expect(scoreJson(r).subject).toBe('管理处');
    const o = captureOutput();
    renderScore(o, r);
    const head = o.stdout.split('\n').find((l) => l.includes('总分'))!;
    expect(head).toMatch(/^│ 管理处\s+│ 总分\s+│ 等级\s+│$/);
    expect(o.stdout).toContain('(已评分 5/6 个)');
  });
});
