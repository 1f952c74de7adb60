// A person's sheet the reader could not take for a form vanished from the results at exit 0, nothing said:
// - the heading row deleted (to save paper), or its 「项目」 cleared or retyped 「项目/考核内容」: 李强 (§19: (4+4+1)/3 = 3 →
//   75, three areas 100 → 93.75 优秀) missing from the console, 汇总 and 明细, 「已评分 2/2 人」;
// - 李强's form pasted right of 王芳's on one sheet (two to a printed page): his 填写 read as a second column of hers.
// Each is now said at its cell, the person listed unscored.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/person-sheets', name);

async function grade(name: string) {
  return gradedReport(fixture(name));
}

describe('a person sheet kpi cannot read is listed, not dropped', () => {
  for (const [file, cell] of [['cs-rep-heading-row-deleted.xlsx', 'A6'], ['cs-rep-heading-retyped.xlsx', 'A7']] as const) {
    it(`${file}: 李强 listed unscored with an error at ${cell}; 王芳 88.54 and 张敏 43.75 as before`, async () => {
      const report = await grade(file);
      expect(report.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2)])).toEqual([['王芳', '88.54'], ['李强', null], ['张敏', '43.75']]);
      const error = report.problems.find((p) => p.person === '李强' && p.severity === 'error')!;
      expect(error.cell).toBe(cell);
      expect(error.message).toContain('列出了本考核表的项目,但它们上面没有认得出的表头行');
    });
  }

  it('a team\'s own sheets in the seed\'s layout with 「指标」 cleared on 李强\'s: he is listed unscored (王芳 89.995 → 90.00)', async () => {
    const report = await grade('own-layout-heading-cleared.xlsx');
    expect(report.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2)])).toEqual([['王芳', '90.00'], ['李强', null]]);
  });

  it('李强\'s form pasted right of 王芳\'s (J5 「项目」): said at J5, the right-hand form not read as her second column', async () => {
    const report = await grade('cs-rep-side-by-side.xlsx');
    const beside = report.problems.find((p) => p.code === 'second-form-on-sheet')!;
    expect(beside.cell).toBe('J5');
    expect(beside.message).toContain('第 5 行右边又是一份考核表的表头(「项目」):每张工作表只读第一份,右边这份(李强的)没有读取,李强没有评分');
    // 王芳's own form, every sub-indicator 良好 = 3 → 75 一般, scored; 李强 listed unscored (he was in no list).
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['王芳', 75], ['张敏', 75], ['李强', null]]);
    // 张敏 on her own sheet: every sub-indicator 良好 = 3 → each area 3/4 × 100 = 75 → 75 一般.
    expect(report.people.find((p) => p.name === '张敏')).toMatchObject({ total: 75, band: '一般' });
  });
});

describe('§26 sheets in the seed\'s shape: each area on a line of its own with its 满分 and average', () => {
  it('all filled: 张三 (9+8+10)/3 = 9, 8, 8, (6+7+8)/3 = 7 → 32 × 2.5 = 80.00 良好 (it was refused: 「有两行」)', async () => {
    const r = await grade('s26-area-lines.xlsx');
    expect(r.people.map((p) => [p.name, p.total?.toFixed(2), p.band])).toEqual([['张三', '80.00', '良好'], ['李四', '85.00', '良好'], ['王五', '62.50', '一般']]);
  });

  it('张三\'s 团队合作精神 blank: an error at D8, not area 2\'s average 8 read for it (80.83 at exit 0)', async () => {
    const r = await grade('s26-area-lines-blank.xlsx');
    expect(r.people.find((p) => p.name === '张三')!.total).toBeNull();
    expect(r.problems.find((p) => p.person === '张三' && p.severity === 'error')!.cell).toBe('D8');
  });
});

describe('§2 a 管理处\'s sheet of counts filled with the items\' points', () => {
  it('一号楼 every row at its 分值 (10, 5, 15 …): not 0.00 待改进 — an error, unscored; 锦绣花园 (9, 5, 14 …) too', async () => {
    const r = await grade('property-points-as-counts.xlsx');
    // Read as counts: max(0, 10 − 10) + max(0, 5 − 5) + … = 0.00 for 一号楼; 锦绣花园 5.00 — as the inspector meant, 100 and 95.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['一号楼管理处', null], ['锦绣花园', null]]);
    const said = r.problems.filter((p) => p.code === 'points-not-scale');
    // Said at the first item at its 分值 (锦绣花园's 员工基本标准 is 9: its first at 10 is 工作环境 … F7).
    expect(said.map((p) => p.cell)).toEqual(['F5', 'F7']);
    expect(said[0]!.message).toContain('等 14 项填的数都不低于该项分值的一半,其中 14 项正好等于分值');
  });
});

describe('§9 person sheets with raters written as the team writes them', () => {
  it('「同级评1…3」, 「顾客评1…3」 (the definition\'s writtenAs) are 同事评 and 客户评: 林娜 (96+82+82+68+96)/5 = 84.80 良好', async () => {
    const r = await grade('cs-competency-written-raters.xlsx');
    expect(r.people.find((p) => p.name === '林娜')).toMatchObject({ total: 84.8, band: '良好' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
