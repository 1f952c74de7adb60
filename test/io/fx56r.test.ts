// §9 raters' copies whose file names begin with the form's title: 员工绩效考核表-同事-林娜.xlsx, 客户服务考核表-客户评.xlsx,
// 考核表-同事-林娜.xlsx. Fixtures: test/fixtures/fx56r/ (the reviewer's make.py / make2.py, from fx55k's ren-D copies).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, repoRoot } from '../helpers.js';

const folder = (name: string) => path.join(repoRoot, 'test/fixtures/fx56r', name);

// §9 cs-competency: 优秀 100 / 良好 80 / 一般 60 / 待改进 40; item = 70 % 主管 + 10 % 同事 (mean) + 20 % 客户, 自评 weight 0.
// Each peer's copy rates herself too (her own sheet): set aside with a warning, as for 同事-林娜.xlsx (fx54e).
//   林娜: her only peer is 周杰's 良好 80 ⇒ items 94, 80, 80, 94, 80 ⇒ 428 / 5 = 85.60 良好 (86.60 with her own 优秀 counted).
//   周杰: 主管 良好 80 × 0.7 = 56, 林娜's 60 × 0.1 = 6, 客户 100 × 0.2 = 20 ⇒ 82.00 良好 (84.00 with his own).
//   王芳: 53.20 待改进 (no self-rating of hers in the peers' copies).
const expected = [['林娜', 85.6, '良好'], ['王芳', 53.2, '待改进'], ['周杰', 82, '良好']];

describe('raters\' copies named after the form\'s title', () => {
  it.each(['F1', 'F2', 'F3', 'G1', 'T1', 'T2'])('%s: the 主管\'s graded copy is the 主管\'s, each peer\'s own sheet set aside', async (name) => {
    const r = await combinedReport([folder(name)]);
    // F1 (员工绩效考核表-自评.xlsx beside it) and F2 (客户服务考核表-客户评.xlsx): the title's 员工 / 客户 were taken for the
    // graded copy's own rater group, the self / customer copy for its renamed input — everyone refused at exit 1.
    // F3 (考核表-同事-林娜.xlsx): the file named no one, her own 优秀 counted as a peer's — 86.60 / 84.00 at exit 0.
    // G1 (the 主管's input renamed 考核表-考核人确认.xlsx beside its graded copy): 考核人 was taken for another rater group.
    // T1 (员工考核表-自评.xlsx), T2 (客户评价表-客户评.xlsx, 客户评价表-同事-林娜.xlsx): short titles holding 员工 / 客户.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(expected);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'self-rated').map((p) => [path.basename(p.file!).replace(/^(.*?-)?同事-/, ''), p.sheet])).toEqual([
      ['周杰.xlsx', '周杰'],
      ['林娜.xlsx', '林娜'],
    ]);
  });
});
