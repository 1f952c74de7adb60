// Headings typed from the seeds, refused with misleading messages.
// §12 express-cs: 「主管评分」 under the merged 「员工的工作效率(20分)」 was 「不是本考核表的项目」 while 「员工的工作效率·得分」 was
// said missing; a lone 「闲聊/未按静音」 was 「…中的一种」, split into kinds though it is the only column — everyone unscored.
// §18 bao-lun-quality: the statements under 「评分标准」 were 19 rows 「(没写填写项)」, with 「都没有勾选,按 0 分计」 beside them.
// Fixtures: test/fixtures/seedHeadings50/make.py (openpyxl).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/seedHeadings50', name);

async function graded(name: string) {
  const r = await gradedReport(at(name));
  const person = (who: string) => r.people.find((p) => p.name === who)!;
  const errors = r.problems.filter((p) => p.severity === 'error');
  return { r, person, errors };
}

describe('§12 express-cs roster typed from the seed', () => {
  for (const [file, score] of [['express-seed.xlsx', '主管评分'], ['express-fen.xlsx', '分数']] as const) {
    it(`「${score}」 under 员工的工作效率(20分) is its 得分; 「闲聊/未按静音」, 「态度不温和/唉声叹气」 alone are their counts`, async () => {
      const { r, person, errors } = await graded(file);
      expect(errors).toEqual([]);
      expect(r.problems.some((p) => p.code === 'unknown-column' && p.message.includes(score))).toBe(false);
      // 黄丽: 18 + (40 − 0.5 × (1 + 0 + 2 + 1 + 0)) + (40 − 0.5 × 2) = 18 + 38 + 39 = 95.00 优秀.
      expect(person('黄丽').total).toBeCloseTo(95, 9);
      expect(person('黄丽').band).toBe('优秀');
      // 马超: 16 + 40 + 40 = 96.00 优秀.
      expect(person('马超').total).toBeCloseTo(96, 9);
      // 徐静: 12 + (40 − 0.5 × (3 + 2 + 1 + 4 + 2)) + (40 − 0.5 × 6) = 12 + 34 + 37 = 83.00 良好.
      expect(person('徐静').total).toBeCloseTo(83, 9);
      expect(person('徐静').band).toBe('良好');
    });
  }

  it('「闲聊/未按静音」 beside 「闲聊」: the kinds split into two columns, refused as before', async () => {
    const { person, errors } = await graded('express-split.xlsx');
    expect(person('黄丽').total).toBeNull();
    expect(errors.map((p) => p.cell)).toEqual(['I3', 'I4', 'I5', 'I6']);
    expect(errors[0]!.message).toContain('是「闲聊或请教未按静音」中的一种');
    // 主管评分 is read all the same: no error says 「员工的工作效率·得分」 is missing.
    expect(errors.some((p) => p.message.includes('员工的工作效率·得分'))).toBe(false);
  });
});

describe('§18 bao-lun-quality sheet with its statements under 「评分标准」', () => {
  it('reads the criteria and the rules naming 请假/迟到/旷工: 王芳 83.78 优秀', async () => {
    const { person, errors, r } = await graded('baolun-rules.xlsx');
    expect(errors).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'warning')).toEqual([]);
    // 26 + 8 × 2 + 17 (103 % ≥ 100 %) + (10 − 1 − 2 − 0) + 8/9 × 20 = 26 + 16 + 17 + 7 + 17.78 = 83.78 优秀 (80–90).
    expect(person('王芳').total).toBeCloseTo(26 + 16 + 17 + 7 + 160 / 9, 9);
    expect(person('王芳').band).toBe('优秀');
  });

  it('statements under a heading kpi does not know: the rows said not read, never also 「都没有勾选,按 0 分计」', async () => {
    const { person, errors, r } = await graded('baolun-unknown.xlsx');
    expect(person('王芳').total).toBeNull();
    expect(errors.length).toBe(19);
    expect(errors[0]!.cell).toBe('D6');
    expect(r.problems.some((p) => p.code === 'nothing-ticked')).toBe(false);
  });
});
