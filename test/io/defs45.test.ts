// A team's own definition (team-m2: §8 with 态度 out of 5 and a new item 知识库贡献) and a template made from it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/defs45', f);

describe('a template of the team\'s definition with a column deleted, scored with --form that definition', () => {
  it('says the missing column, and does not point at the built-in form its headings resemble (following it scored 70 一般 at exit 0 on the built-in\'s 15-point 态度)', async () => {
    const r = await gradedReport(at('team-m2-march.xlsx'), { form: at('team-m2.json') });
    expect(r.problems.filter((p) => p.code === 'form-mismatch')).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      expect.stringContaining('缺少列「知识库贡献」'),
      expect.stringContaining('「知识库贡献」为必填项'),
    ]);
  });
});
