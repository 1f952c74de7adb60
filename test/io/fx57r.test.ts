// §2 property-cs-monthly sheets laid out as the seed prints them (red-team round 57, f2): an item's 内容 one line a row under
// its merged name, a count on each line; and the counts beside the team's own 评分 column. Fixtures: test/fixtures/fx57r/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx57r', name);
const shown = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band, p.status]);
const said = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.map((p) => [p.code, p.severity, p.sheet, p.cell]);

describe('§2 an item merged over its 内容 lines, a count on each line', () => {
  it('adds the lines\' counts: 81.00 良好 (91.00 优秀 at exit 0, equal counts read once)', async () => {
    const r = await gradedReport(fixture('lines.xlsx'), { form: 'property-cs-monthly' });
    // CATALOG §2: score = max(0, 分值 − n), one point a 不符合项. n per item: 员工基本标准 2 + 2 = 4 (10 → 6), 业户接待 2 + 2 = 4
    // (15 → 11), 收费管理 2 + 2 = 4 (10 → 6), 档案管理 1 + 1 = 2 (5 → 3), 业户征询评议管理 1 + 1 = 2 (5 → 3), 社区文化活动管理
    // 1 + 1 + 1 = 3 (5 → 2); the rest 0. 100 − (4 + 4 + 4 + 2 + 2 + 3) = 100 − 19 = 81 → 良好 (80 ≤ 81 < 90).
    expect(shown(r)).toEqual([['一号楼', 81, '良好', 'scored']]);
    const items = r.people[0]!.items!;
    expect(['员工基本标准', '业户接待', '社区文化活动管理', '入伙服务、权籍资料管理'].map((l) => items.find((i) => i.label === l)?.score)).toEqual([6, 11, 2, 10]);
    // Said once, at the first line's count; 0 + 0 (入伙服务…) adds nothing and is not listed.
    expect(said(r)).toEqual([['lines-added', 'info', '一号楼', 'D4']]);
    expect(r.problems[0]!.message).toContain('员工基本标准 2 + 2 = 4;业户接待 2 + 2 = 4;收费管理 2 + 2 = 4;档案管理 1 + 1 = 2;业户征询评议管理 1 + 1 = 2;社区文化活动管理 1 + 1 + 1 = 3');
  });

  it('with the team\'s 得分 merged over the lines (6, 11, 6, 3, 3, 2; 81): kpi agrees, no warning calls them wrong', async () => {
    const r = await gradedReport(fixture('lines-score.xlsx'), { form: 'property-cs-monthly' });
    expect(shown(r)).toEqual([['一号楼', 81, '良好', 'scored']]);
    expect(said(r)).toEqual([['lines-added', 'info', '一号楼', 'D4']]);
  });

  it('nearest sound variants: a count merged over the lines is read once; a row with the name typed again is not a line; unequal lines add', async () => {
    const r = await gradedReport(fixture('line-variants.xlsx'), { form: 'property-cs-monthly' });
    // 二号楼: D merged too — one count an item: 2 + 2 + 2 + 1 + 1 + 1 = 9 → 91 优秀, as before.
    // 三号楼: 员工基本标准 typed on both rows (no merges), 2 and 2: as before, read once → 100 − 2 = 98 优秀.
    // 四号楼: 员工基本标准's lines 2 and 1 (refused as 「不知道取哪一个」 before): 3 → 100 − 3 = 97 优秀.
    expect(shown(r)).toEqual([
      ['二号楼', 91, '优秀', 'scored'],
      ['三号楼', 98, '优秀', 'scored'],
      ['四号楼', 97, '优秀', 'scored'],
    ]);
    expect(said(r)).toEqual([['lines-added', 'info', '四号楼', 'D4']]);
  });
});

describe('§2 the counts beside the team\'s 评分 column', () => {
  it('reads 不符合项数 | 评分 and 不符合项 | 评分 as 不符合项数 | 得分 is read: 96 each; 扣分 | 得分 is told which heading to use', async () => {
    const r = await gradedReport(fixture('headings.xlsx'), { form: 'property-cs-monthly' });
    // Counts 1,0,2,0,0,0,1,0,… → 100 − 4 = 96 优秀 (≥ 90). 丁区's 扣分 stays refused as a lone 扣分 column is (fx54c).
    expect(shown(r)).toEqual([
      ['甲区', 96, '优秀', 'scored'],
      ['乙区', 96, '优秀', 'scored'],
      ['丙区', 96, '优秀', 'scored'],
      ['丁区', null, null, 'error'],
    ]);
    // 评分 is the team's score column: 甲区's 工作环境 4 by hand, kpi's 5 − 0 = 5, said at E5 as a 得分 typed is.
    expect(said(r)).toEqual([['override', 'warning', '甲区', 'E5'], ['item-not-found', 'error', '丁区', 'A3']]);
    expect(r.problems[1]!.message).toContain('请把填了答案的「扣分」列的表头改为「填写」或「不符合项数」(每项填不符合项数)后重新评分');
    expect(r.problems[1]!.message).not.toContain('只有「得分」列');
  });
});
