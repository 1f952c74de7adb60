// Raters' copies combined (kpi score a b c / folder --combine): a peer named by its file's name only, a renamed graded
// copy in a folder, and a partial interviewer named by its place among the copies. Fixtures: test/fixtures/fx54e/
// (kpi template copies filled with openpyxl by the tester's c14t.py, c16.sh, c09.py).
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, repoRoot, tempDir } from '../helpers.js';

const at = (...parts: string[]) => path.join(repoRoot, 'test/fixtures/fx54e', ...parts);

// §9 cs-competency: 优秀 100 / 良好 80 / 一般 60 / 待改进 40; item = 70 % 主管 + 10 % 同事 (mean) + 20 % 客户, 自评 weight 0.
// No customer copy: the 20 % is spread, 主管 70/80 and 同事 10/80.
describe('§9 peers\' copies named 同事-林娜.xlsx, 同事-周杰.xlsx, 评分人 left 「同事评」 as kpi template --rater 同事 writes it', () => {
  it('each one\'s own sheet is a self-rating, not counted: 林娜 89.00 良好 (was 92.75 优秀, exit 0), 周杰 80.00', async () => {
    const r = await combinedReport([at('c14t', '主管.xlsx'), at('c14t', '同事-林娜.xlsx'), at('c14t', '同事-周杰.xlsx')]);
    // 林娜: 主管 优秀 优秀 优秀 良好 优秀; her only peer is 周杰's 待改进 40 (her own 优秀 set aside):
    //   100 × 70/80 + 40 × 10/80 = 87.5 + 5 = 92.5 (four items), 80 × 70/80 + 5 = 75 ⇒ (4 × 92.5 + 75) / 5 = 89.00 良好.
    // 周杰: 主管 良好 80, his only peer 林娜's 良好 80 (his own 优秀 set aside) ⇒ 80 × 70/80 + 80 × 10/80 = 80.00 良好.
    // 王芳: 主管 一般 60, peers 良好 80 and 一般 60, mean 70 ⇒ 52.5 + 8.75 = 61.25 一般 (both peers count).
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['林娜', 89, '良好'], ['周杰', 80, '良好'], ['王芳', 61.25, '一般']]);
    const self = r.problems.filter((p) => p.code === 'self-rated');
    expect(self.map((p) => [p.severity, path.basename(p.file!), p.sheet, p.cell, p.person])).toEqual([
      ['warning', '同事-林娜.xlsx', '林娜', 'F4', '林娜'],
      ['warning', '同事-周杰.xlsx', '周杰', 'F4', '周杰'],
    ]);
    expect(self[0]!.message).toContain('「评分人」写的是「同事评」,文件名「同事-林娜.xlsx」说明评分人是被考核人本人');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§9 the same copies named as teams name them: 同事-林娜-3月.xlsx (a month after the name), 周杰-同事评.xlsx (the name first)', () => {
  it('read as 同事-林娜.xlsx and 同事-周杰.xlsx: 林娜 89.00 良好, 周杰 80.00 良好, 王芳 61.25 一般 (own sheets set aside)', async () => {
    const dir = tempDir();
    const names: [string, string][] = [['主管.xlsx', '主管.xlsx'], ['同事-林娜.xlsx', '同事-林娜-3月.xlsx'], ['同事-周杰.xlsx', '周杰-同事评.xlsx']];
    for (const [from, to] of names) await copyFile(at('c14t', from), path.join(dir, to));
    const r = await combinedReport(names.map(([, to]) => path.join(dir, to)));
    // As above: 林娜 (4 × 92.5 + 75) / 5 = 89.00, 周杰 80 × 70/80 + 80 × 10/80 = 80.00, 王芳 52.5 + 8.75 = 61.25. Before: neither
    // file named anyone, so each one's own 优秀 counted as a peer's.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['林娜', 89, '良好'], ['周杰', 80, '良好'], ['王芳', 61.25, '一般']]);
    expect(r.problems.filter((p) => p.code === 'self-rated').map((p) => [path.basename(p.file!), p.sheet])).toEqual([
      ['同事-林娜-3月.xlsx', '林娜'],
      ['周杰-同事评.xlsx', '周杰'],
    ]);
  });
});

describe('§9 a folder holding a graded 主管 copy renamed (主管-张经理-终.xlsx, corrected there), its input not in the folder', () => {
  it('is that 主管\'s copy, read as when named: 林娜 78.75 良好 (everyone was refused for lacking 主管评)', async () => {
    const folder = at('c16');
    const byFolder = await combinedReport([folder]);
    const byName = await combinedReport(['主管-张经理-终.xlsx', '同事-李四.xlsx', '同事-王五.xlsx'].map((f) => path.join(folder, f)));
    // 林娜: 主管 良好 良好 良好 一般 优秀 (C1 corrected to 良好 in the graded copy); peers 良好 80 and 一般 60, mean 70 (10/80: 8.75):
    //   80 × 70/80 + 8.75 = 78.75 (C1–C3), 60 × 70/80 + 8.75 = 61.25, 100 × 70/80 + 8.75 = 96.25 ⇒ 393.75 / 5 = 78.75 良好.
    // 周杰: 主管 良好 80; peers 良好 80 on every item, 李四's 优秀 100 on C4 only: C4 mean 90 ⇒ 70 + 11.25 = 81.25, others 80
    //   ⇒ (4 × 80 + 81.25) / 5 = 80.25 良好. 王芳: 主管 一般 60, 李四 待改进 40 ⇒ 52.5 + 5 = 57.50 待改进.
    const expected = [['林娜', 78.75, '良好'], ['周杰', 80.25, '良好'], ['王芳', 57.5, '待改进']];
    for (const r of [byFolder, byName]) expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual(expected);
    expect(byFolder.inputs!.map((f) => path.basename(f))).toEqual(['主管-张经理-终.xlsx', '同事-李四.xlsx', '同事-王五.xlsx']);
    expect(byFolder.problems.filter((p) => p.code === 'graded-in-folder')).toEqual([]);
    expect(byFolder.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

// §15 interview-eval: 优秀 4 / 良好 3 / 一般 2 / 较差 1, each question the mean of the interviewers who rated it.
describe('§15 three interviewers\' copies (面试官-王五/李四/赵六.xlsx), each filling 面试官1 of a plain template', () => {
  it('赵六\'s three blank questions are said of 「面试官3」, the third interviewer (it was 「面试官7」, a slot that does not exist)', async () => {
    const r = await combinedReport(['面试官-王五.xlsx', '面试官-李四.xlsx', '面试官-赵六.xlsx'].map((f) => at('c09', f)));
    // 陈晨: 王五 优秀 4, 李四 良好 3 on all 15; 赵六 一般 2 on 第1–12题 only: (4 + 3 + 2) / 3 = 3 twelve times,
    //   (4 + 3) / 2 = 3.5 three times ⇒ (12 × 3 + 3 × 3.5) / 15 = 46.5 / 15 = 3.10 良好.
    // 刘洋: 王五 alone, 较差 1 on 第1–3题, 优秀 4 on the rest ⇒ (3 × 1 + 12 × 4) / 15 = 51 / 15 = 3.40 良好.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['陈晨', 3.1, '良好'], ['刘洋', 3.4, '良好']]);
    const partial = r.problems.filter((p) => p.code === 'rater-spread' && p.severity === 'warning');
    expect(partial.map((p) => [path.basename(p.file!), p.sheet, p.person])).toEqual([['面试官-赵六.xlsx', '陈晨', '陈晨']]);
    expect(partial[0]!.message).toContain('「面试官3」只评了 15 项中的 12 项(没评:「第13题」、「第14题」、「第15题」)');
  });
});
