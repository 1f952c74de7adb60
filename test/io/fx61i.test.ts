// Review 61 of 146db989: files of one month that share a NAME were refused as one person's copies, whatever the 工号 and
// 部门 — so two different people named 王芳 in two teams' files (王芳 S01 客服部, 王芳 S07 售后组) could not be rolled up:
// exit 2 「两份里都有 王芳…从另一份里删去他们」 (never saying the 工号 and 部门 differ), and following the advice dropped 王芳
// S07 at exit 0 (售后组 1 person 81.00 for 2 averaging 84.00). With one file a person in team folders it said 「王芳-2026-01.xlsx
// 和 王芳-2026-01.xlsx …(请合并,或去掉其中一个)」. Now a name under a different 工号 AND a different 部门 (both filled) in the
// two files is two people, parts of the month with the name-ambiguous warning; otherwise refused as before, the differing 工号
// said, with the way to keep two namesakes; files are named from their common folder when base names repeat.
//
// §8 mattress-cs-monthly, M1 20, M2 20, M3 15, M4 10, M7 10, M8 0 in every file: total = 75 + M5 + M6.
//   王芳 S01 客服部 M5 + M6 = 1+1, 1+2, 2+2 → 77, 78, 79: 234 / 3 = 78.00 一般
//   李强 S02 客服部 10+13, 10+14, 10+15 → 98, 99, 100: 297 / 3 = 99.00 优秀
//   张敏 S03 售后组 2+3, 3+3, 3+4 → 80, 81, 82: 243 / 3 = 81.00 良好
//   王芳 S07 售后组 5+5, 6+6, 7+7 → 85, 87, 89: 261 / 3 = 87.00 良好
//   客服部 (78 + 99) / 2 = 88.50; 售后组 (81 + 87) / 2 = 84.00 (one file a person, no 张敏: 售后组 87.00).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { rollupFiles, type RollupReport } from '../../src/io/rollup/index.js';
import type { FormDef } from '../../src/model/definition.js';
import { form, repoRoot, runCli, tempDir } from '../helpers.js';

const fixtures = path.join(repoRoot, 'test/fixtures/fx61i');

const totals = (r: RollupReport) =>
  r.result.people.map((p) => [p.id, p.name, p.department, p.total, p.band, Object.values(p.months).map((m) => m?.total ?? null)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const departments = (r: RollupReport) => r.result.departments.map((d) => [d.name, d.people, d.mean]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const person = (id: string, name: string, dept: string, month: string, m5: number, m6: number): FillPerson => ({
  header: { ...(id ? { employeeId: id } : {}), name, department: dept, period: month },
  values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: m5, M6: m6 },
});

async function rosterFile(f: FormDef, file: string, people: FillPerson[]): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
  fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, people);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('kpi rollup: two people of one name in two files of a month (review 61)', () => {
  it('two teams\' files, 王芳 S01 客服部 and 王芳 S07 售后组: 78.00 一般 and 87.00 良好, with the name-ambiguous warning (it was refused, exit 2)', async () => {
    const out = await rollupFiles([path.join(fixtures, 'namesakes')], { output: null });
    if (!out.ok) throw new Error(out.failures.map((p) => p.message).join('\n'));
    expect(totals(out.report)).toEqual([
      ['S01', '王芳', '客服部', 78, '一般', [77, 78, 79]],
      ['S02', '李强', '客服部', 99, '优秀', [98, 99, 100]],
      ['S03', '张敏', '售后组', 81, '良好', [80, 81, 82]],
      ['S07', '王芳', '售后组', 87, '良好', [85, 87, 89]],
    ]);
    expect(departments(out.report)).toEqual([['售后组', 2, 84], ['客服部', 2, 88.5]]);
    expect(out.report.files.map((f) => f.parts?.length)).toEqual([2, 2, 2]);
    expect(out.report.problems.filter((p) => p.severity !== 'info').map((p) => p.code)).toEqual(['name-ambiguous']);
  });

  it('one file a person in team folders: the same, exit 0, the month\'s files named from their common folder', async () => {
    const files = ['客服部/李强', '客服部/王芳', '售后组/王芳'].flatMap((x) => [1, 2, 3].map((m) => `${x}-2026-0${m}.xlsx`));
    const run = await runCli(['rollup', ...files, '--dry-run'], { cwd: path.join(fixtures, 'perperson') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-01 客服部/李强-2026-01.xlsx + 客服部/王芳-2026-01.xlsx + 售后组/王芳-2026-01.xlsx(3 个文件人员各不相同,合为这个月)');
    const out = await rollupFiles(files.map((f) => path.join(fixtures, 'perperson', f)), { output: null });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    expect(totals(out.report).map((p) => [p[0], p[3], p[4]])).toEqual([['S01', 78, '一般'], ['S02', 99, '优秀'], ['S07', 87, '良好']]);
    expect(departments(out.report)).toEqual([['售后组', 1, 87], ['客服部', 2, 88.5]]);
  });

  it('must stay refused: a name under two 工号 that the 部门 does not part (the corrected copy of 146db989), said with both 工号 and no bare 「去掉其中一个」', async () => {
    const f = await form('mattress-cs-monthly');
    const dir = tempDir();
    // The corrected copy: 王芳 S10 → S01, both 客服部, nobody else — one of the two is stale.
    const a = await rosterFile(f, path.join(dir, '客服部', '王芳-2026-01.xlsx'), [person('S01', '王芳', '客服部', '2026-01', 1, 1)]);
    const b = await rosterFile(f, path.join(dir, '旧', '王芳-2026-01.xlsx'), [person('S10', '王芳', '客服部', '2026-01', 1, 1)]);
    const copy = await rollupFiles([a, b], { output: null });
    expect(copy.ok ? [] : copy.failures.map((p) => p.message)).toEqual([
      '旧/王芳-2026-01.xlsx 和 客服部/王芳-2026-01.xlsx 都是 2026-01 的考核表,两份里都有 王芳,工号却不同(王芳 在 旧/王芳-2026-01.xlsx 里是 S10,在 客服部/王芳-2026-01.xlsx 里是 S01),部门也分不开他们:是同一个人(改过工号的修改稿)时请去掉过时的一份;是同名的两个人时请在两份里填上他们各自不同的部门,或把两份合成一个工作簿(一个工作簿里同名而工号不同的是两个人)',
    ]);
    // Two 工号 but one 部门 left empty, beside other people: refused, 王芳 named, the others kept.
    const c = await rosterFile(f, path.join(dir, 'c-2026-01.xlsx'), [person('S01', '王芳', '客服部', '2026-01', 1, 1), person('S02', '李强', '客服部', '2026-01', 10, 13)]);
    const d = await rosterFile(f, path.join(dir, 'd-2026-01.xlsx'), [person('S07', '王芳', '', '2026-01', 5, 5), person('S03', '张敏', '售后组', '2026-01', 2, 3)]);
    const empty = await rollupFiles([c, d], { output: null });
    expect(empty.ok ? [] : empty.failures.map((p) => p.message)).toEqual([
      'd-2026-01.xlsx 和 c-2026-01.xlsx 都是 2026-01 的考核表,两份里都有 王芳,工号却不同(王芳 在 d-2026-01.xlsx 里是 S07,在 c-2026-01.xlsx 里是 S01),部门也分不开他们:是同一个人(改过工号的修改稿)时请核对该按哪一份计分,从另一份里删去他们(两份里其他的人各不相同,不要去掉整个文件);是同名的两个人时请在两份里填上他们各自不同的部门,或把两份合成一个工作簿(一个工作簿里同名而工号不同的是两个人)',
    ]);
    // The same 工号 under two 部门 is one person in both files, however the 部门 differ: refused as before.
    const e = await rosterFile(f, path.join(dir, 'e-2026-01.xlsx'), [person('S07', '王芳', '售后组', '2026-01', 5, 5)]);
    const g = await rosterFile(f, path.join(dir, 'g-2026-01.xlsx'), [person('S07', '王芳', '客服部', '2026-01', 5, 5)]);
    const sameId = await rollupFiles([e, g], { output: null });
    expect(sameId.ok ? [] : sameId.failures.map((p) => p.message)).toEqual(['g-2026-01.xlsx 和 e-2026-01.xlsx 都是 2026-01 的考核表;每个月只能有一个文件(请合并,或去掉其中一个)']);
  });
});
