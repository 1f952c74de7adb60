// §17 试用期客服员考核表: 准时出勤 by count (0 → 10, 1 → 8, 2 → 6, 3 → 4, > 3 → 2) + four described choices; Σ of 100.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { repoRoot } from '../../helpers.js';
import type { PersonResult } from '../../../src/model/result.js';
import { expectRefused, expectScored, filledForms, filledRoster, itemScore, person, score, type Cell } from '../roundtrip.js';

const row = (name: string, [n, knowledge, attitude, team, solving]: Cell[], confirm: Cell = null) => ({
  姓名: name, 部门: '客服部', 考核日期: '2026年3月', 准时出勤: n, 专业知识: knowledge, 服务态度: attitude, 团队合作: team, 问题解决: solving,
  转正建议: confirm,
});
/** 转正建议 (CATALOG §17 Decision): 通过 when the total is ≥ 60. */
const confirmation = (p: PersonResult) => p.grades?.find((g) => g.label === '转正建议');

describe('probation (§17) roster round trip', () => {
  it('attendance tiers, described choices or their points, boundaries, bad entries', async () => {
    const file = await filledRoster('probation', [
      // 0 次 → 10; 20 + 25 + 20 + 15 ⇒ 90 → 优秀
      row('林晓', [0, '熟悉公司产品和服务,并能提供准确的解答和帮助', '一般友好、耐心对待客户,提供基本满意的服务', '积极与团队成员合作,协调解决问题,并参与团队讨论和活动', 15]),
      row('何欢', [1, 15, 25, 15, 15]), // 8 + 15 + 25 + 15 + 15 = 78 → 一般
      row('罗杰', [3, 15, 25, 20, 15]), // 4 + 15 + 25 + 20 + 15 = 79 → 一般
      row('蒋雨', [2, 15, 25, 20, 15]), // 6 + 15 + 25 + 20 + 15 = 81 → 良好
      row('郭婷', [4, 10, 15, 10, 10]), // more than 3 → 2; 2 + 10 + 15 + 10 + 10 = 47 → 待改进 (转正建议: 不通过)
      row('许可', [12, 5, 10, 5, 5]), // 2 + 5 + 10 + 5 + 5 = 27 → 待改进
      row('方圆', [null, 15, 25, 10, 10]), // blank count = no lateness → 10; 10 + 15 + 25 + 10 + 10 = 70 → 一般
      row('梁静', [1, 10, 15, 10, 10]), // 8 + 10 + 15 + 10 + 10 = 53 → 待改进, 转正建议 不通过
      row('韦东', [4, 15, 20, 10, 15]), // 2 + 15 + 20 + 10 + 15 = 62 → 一般, 转正建议 通过 …
      row('江南', [4, 15, 20, 10, 15], '不通过'), // … unless the manager typed 不通过: kept as typed, reported as an override
      row('谢楠', [0, 15, '很好', 15, 15]), // 「很好」 is none of the five descriptions
      row('邱月', [0, 15, 22, 15, 15]), // 22 is no option's points (30/25/20/15/10)
    ]);
    const r = await score(file);
    const lin = expectScored(r, '林晓', 90, '优秀');
    expect(itemScore(lin, 'P1')).toBe(10);
    expectScored(r, '何欢', 78, '一般');
    expectScored(r, '罗杰', 79, '一般');
    expectScored(r, '蒋雨', 81, '良好');
    const guo = expectScored(r, '郭婷', 47, '待改进');
    expect(itemScore(guo, 'P1')).toBe(2);
    expectScored(r, '许可', 27, '待改进');
    expectScored(r, '方圆', 70, '一般');
    expect(confirmation(expectScored(r, '梁静', 53, '待改进'))).toMatchObject({ value: '不通过', computed: '不通过' });
    expect(confirmation(expectScored(r, '韦东', 62, '一般'))).toMatchObject({ value: '通过', computed: '通过' });
    expect(confirmation(lin)).toMatchObject({ value: '通过' });
    expect(confirmation(guo)).toMatchObject({ value: '不通过' });
    const jiang = expectScored(r, '江南', 62, '一般');
    expect(confirmation(jiang)).toMatchObject({ value: '不通过', computed: '通过', typed: '不通过' });
    expect(jiang.problems.find((p) => p.code === 'override')?.message).toContain('转正建议');
    expect(person(r, '谢楠').grades ?? []).toEqual([]);
    expectRefused(r, '谢楠', 'unknown-choice');
    expectRefused(r, '邱月', 'unknown-choice');
  });
});

describe('probation (§17) form layout round trip', () => {
  it('one sheet per person', async () => {
    const r = await score(await filledForms('probation', [
      // 3 次 → 4; 20 + 30 + 20 + 20 ⇒ 94 → 优秀
      { name: '蒋雨', entries: [['准时出勤', null, '填写', 3], ['专业知识', null, '填写', '熟悉公司产品和服务,并能提供准确的解答和帮助'], ['服务态度', null, '填写', '友好、耐心地对待客户,提供高效、满意的服务'], ['团队合作', null, '填写', 20], ['问题解决', null, '填写', 20]] },
      // 2 次 → 6; 10 + 20 + 15 + 10 ⇒ 61 → 一般
      { name: '罗杰', entries: [['准时出勤', null, '填写', 2], ['专业知识', null, '填写', 10], ['服务态度', null, '填写', '对客户态度较冷漠,服务效率较低'], ['团队合作', null, '填写', 15], ['问题解决', null, '填写', 10]] },
    ]));
    expectScored(r, '蒋雨', 94, '优秀');
    expectScored(r, '罗杰', 61, '一般');
  });
});

describe('probation (§17) samples', () => {
  it('the roster CSV is recognised without --form and scores as hand-checked', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'probation.march.csv'));
    expect(r.form).toBe('probation');
    expectScored(r, '林晓', 90, '优秀');
    expectScored(r, '何欢', 78, '一般');
    expectScored(r, '罗杰', 61, '一般');
    expectScored(r, '郭婷', 47, '待改进');
    expectScored(r, '蒋雨', 94, '优秀');
    expectRefused(r, '谢楠', 'unknown-choice');
  });
});
