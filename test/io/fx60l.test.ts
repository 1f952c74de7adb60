// Red-team rt59s r6 / s2: §8 mattress-cs-monthly with each rep's form as its own file (王芳-2026-01.xlsx … 张敏-2026-03.xlsx).
// kpi rollup refused them, 「李强-2026-01.xlsx 和 张敏-2026-01.xlsx 都是 2026-01 的考核表;每个月只能有一个文件(请合并,或去掉
// 其中一个)」 six times at exit 2, where one workbook a month rolls up. Files of one month with nobody in common (by 工号, else
// by name) are now that month's parts, taken together; files sharing people stay refused, the people in both named.
//
// §8 with N = V = 40 and nothing deducted in M2, M3, M4 (base 10) and M7 (as test/io/rollup.test.ts):
//   total = 40/40 × 20 + 20 + 15 + 10 + M5 + M6 + 10 = 75 + M5 + M6.
//   王芳 M5 + M6 = 2, 3, 4 → 77, 78, 79: (77 + 78 + 79) / 3 = 78.00 一般
//   李强 23, 24, 25 → 98, 99, 100: 297 / 3 = 99.00 优秀
//   张敏 5, 6, 7 → 80, 81, 82: 243 / 3 = 81.00 良好
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { rollupFiles, type RollupReport } from '../../src/io/rollup/index.js';
import { rollupJson } from '../../src/cli/rollup.js';
import type { FormDef } from '../../src/model/definition.js';
import { form, readWorkbook, sheetRows, tempDir } from '../helpers.js';

const REPS = [
  { id: 'S01', name: '王芳', dept: '客服部', m5m6: [[1, 1], [1, 2], [2, 2]] },
  { id: 'S02', name: '李强', dept: '客服部', m5m6: [[10, 13], [10, 14], [10, 15]] },
  { id: 'S03', name: '张敏', dept: '售后组', m5m6: [[2, 3], [3, 3], [3, 4]] },
] as const;

const person = (id: string, name: string, dept: string, month: string, m5: number, m6: number): FillPerson => ({
  header: { ...(id ? { employeeId: id } : {}), name, department: dept, period: month },
  values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: m5, M6: m6 },
});

const rep = (k: number, month: number, header: { id?: string; name?: string } = {}) => {
  const r = REPS[k]!;
  const [m5, m6] = r.m5m6[month]!;
  return person(header.id ?? r.id, header.name ?? r.name, r.dept, `2026-0${month + 1}`, m5, m6);
};

async function rosterFile(f: FormDef, file: string, people: FillPerson[]): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
  fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, people);
  await wb.xlsx.writeFile(file);
  return file;
}

const totals = (r: RollupReport) =>
  r.result.people.map((p) => [p.name, p.total, p.band, Object.values(p.months).map((m) => m?.total ?? null)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('kpi rollup: one file per rep and month (§8)', () => {
  it('王芳 78.00 一般, 李强 99.00 优秀, 张敏 81.00 良好, as one workbook a month gives (it was refused, exit 2)', async () => {
    const f = await form('mattress-cs-monthly');
    const dir = tempDir();
    const each: string[] = [];
    const whole: string[] = [];
    for (let m = 0; m < 3; m++) {
      for (let k = 0; k < 3; k++) each.push(await rosterFile(f, path.join(dir, 'each', `${REPS[k]!.name}-2026-0${m + 1}.xlsx`), [rep(k, m)]));
      whole.push(await rosterFile(f, path.join(dir, 'whole', `考核表-2026-0${m + 1}.xlsx`), [0, 1, 2].map((k) => rep(k, m))));
    }
    const out = await rollupFiles([path.join(dir, 'each')], { output: path.join(dir, 'q1.rollup.xlsx') });
    if (!out.ok) throw new Error(out.failures.map((p) => p.message).join('\n'));
    const r = out.report;
    expect(totals(r)).toEqual([
      ['张敏', 81, '良好', [80, 81, 82]],
      ['李强', 99, '优秀', [98, 99, 100]],
      ['王芳', 78, '一般', [77, 78, 79]],
    ]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const one = await rollupFiles(whole, { output: null });
    if (!one.ok) throw new Error(one.failures[0]!.message);
    expect(totals(r)).toEqual(totals(one.report));
    expect(r.result.departments.map((d) => [d.name, d.people, d.mean])).toEqual(one.report.result.departments.map((d) => [d.name, d.people, d.mean]));
    // Each month lists its three files (--json `files[].parts`, the workbook's 「来源」 one line each).
    expect(r.files.map((x) => [x.month, x.parts?.map((p) => path.basename(p)).sort()])).toEqual(
      ['2026-01', '2026-02', '2026-03'].map((m) => [m, [`张敏-${m}.xlsx`, `李强-${m}.xlsx`, `王芳-${m}.xlsx`].sort()]),
    );
    expect(rollupJson(r).files[0]!.parts).toHaveLength(3);
    const source = sheetRows(await readWorkbook(r.output!), '来源');
    expect(source.length).toBe(1 + 9);
  });

  it('files of one month sharing a person are refused, the people in both named, no advice to drop a file', async () => {
    const f = await form('mattress-cs-monthly');
    const dir = tempDir();
    // a: 王芳 + 李强; b: 李强 + 张敏 — 李强 twice in January; dropping either file drops 王芳 or 张敏.
    const a = await rosterFile(f, path.join(dir, '一组-2026-01.xlsx'), [rep(0, 0), rep(1, 0)]);
    const b = await rosterFile(f, path.join(dir, '二组-2026-01.xlsx'), [rep(1, 0), rep(2, 0)]);
    const out = await rollupFiles([a, b], { output: null });
    expect(out.ok ? [] : out.failures.map((p) => [p.code, p.message])).toEqual([
      ['month-duplicate', '二组-2026-01.xlsx 和 一组-2026-01.xlsx 都是 2026-01 的考核表,两份里都有 李强:一个人每个月只能有一份考核;请核对这些人该按哪一份计分,从另一份里删去他们(两份里其他的人各不相同,不要去掉整个文件)。同一个月里人员各不相同的几个文件合起来算作这个月'],
    ]);
    // 王芳 with her 工号 in one file and without it in the other is one person (the roll-up joins her by name): refused too.
    const c = await rosterFile(f, path.join(dir, 'c-2026-01.xlsx'), [rep(0, 0)]);
    const d = await rosterFile(f, path.join(dir, 'd-2026-01.xlsx'), [rep(0, 0, { id: '' }), rep(2, 0)]);
    const byName = await rollupFiles([c, d], { output: null });
    expect(byName.ok ? [] : byName.failures.map((p) => p.message.split(':')[0])).toEqual(['d-2026-01.xlsx 和 c-2026-01.xlsx 都是 2026-01 的考核表,两份里都有 王芳']);
    // Three files: 王芳's, 张敏's (nobody in common) and one with 王芳 and 李强: only that one and 王芳's are named.
    const e = await rosterFile(f, path.join(dir, 'e-2026-01.xlsx'), [rep(2, 0)]);
    const g = await rosterFile(f, path.join(dir, 'g-2026-01.xlsx'), [rep(0, 0), rep(1, 0)]);
    const three = await rollupFiles([c, e, g], { output: null });
    expect(three.ok ? [] : three.failures.map((p) => p.message.split(':')[0])).toEqual(['g-2026-01.xlsx 和 c-2026-01.xlsx 都是 2026-01 的考核表,两份里都有 王芳']);
  });

  it('must stay: the same people in two files of a month is 「请合并,或去掉其中一个」; 王芳 S01 客服部 and 王芳 S07 售后组 are two people', async () => {
    const f = await form('mattress-cs-monthly');
    const dir = tempDir();
    const a = await rosterFile(f, path.join(dir, 'a-2026-01.xlsx'), [rep(0, 0), rep(1, 0)]);
    const b = await rosterFile(f, path.join(dir, 'b-2026-01.xlsx'), [rep(0, 0), rep(1, 0)]);
    const out = await rollupFiles([a, b], { output: null });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['b-2026-01.xlsx 和 a-2026-01.xlsx 都是 2026-01 的考核表;每个月只能有一个文件(请合并,或去掉其中一个)']);
    // 王芳 S01 客服部 in one file and 王芳 S07 售后组 in another of the same month: two 工号 and two 部门 — two people, parts,
    // with the usual warning (review 61; a 工号 corrected in the same 部门, review 60's copy, stays refused: fx61i.test.ts).
    // S01 77 (M5 + M6 = 2); S07 75 + 10 + 15 = 100.
    const c = await rosterFile(f, path.join(dir, 'c-2026-01.xlsx'), [rep(0, 0)]);
    const d = await rosterFile(f, path.join(dir, 'd-2026-01.xlsx'), [person('S07', '王芳', '售后组', '2026-01', 10, 15)]);
    const two = await rollupFiles([c, d], { output: null });
    if (!two.ok) throw new Error(two.failures[0]!.message);
    expect(two.report.result.people.map((p) => [p.id, p.total]).sort()).toEqual([['S01', 77], ['S07', 100]]);
    expect(two.report.problems.map((p) => p.code)).toContain('name-ambiguous');
  });
});
