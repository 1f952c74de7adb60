import { promises as fs, renameSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillFormSheet, fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { gradeFile } from '../../src/io/grade.js';
import { rollupFiles, type RollupReport } from '../../src/io/rollup/index.js';
import { templatesDir } from '../../src/forms/load.js';
import type { FormDef } from '../../src/model/definition.js';
import { form, readWorkbook, repoRoot, sheetRows, tempDir } from '../helpers.js';
import { rollupJson } from '../../src/cli/rollup.js';
import { tidy } from '../../src/model/round.js';

// §8 mattress-cs-monthly with N = 40 and nothing deducted in M2, M3, M4 (base 10) and M7:
// total = V/40 × 20 + 20 + 15 + 10 + M5 + M6 + 10 = 55 + V/2 + M5 + M6.
type Month = { m5: number; m6: number; v?: number } | null;
interface Member {
  id: string;
  name: string;
  dept: string;
  months: [Month, Month, Month];
}

const TEAM: Member[] = [
  // 92, 91, 90: 优秀 three months running. Mean 273/3 = 91; with the §23 rule +3 → 94 优秀. Mar − Feb = −1.
  { id: '1001', name: '王芳', dept: '客服部', months: [{ m5: 9, m6: 8 }, { m5: 10, m6: 6 }, { m5: 8, m6: 7 }] },
  // 85, 87, 97: mean 269/3 = 89.6667 → 良好 (89.67 < 90); +10.
  { id: '1002', name: '李强', dept: '客服部', months: [{ m5: 5, m6: 5 }, { m5: 6, m6: 6 }, { m5: 9, m6: 13 }] },
  // 93, 85, 94: 优秀 良好 优秀, not consecutive; mean 272/3 = 90.6667 → 优秀; +9.
  { id: '1003', name: '张敏', dept: '客服部', months: [{ m5: 8, m6: 10 }, { m5: 5, m6: 5 }, { m5: 9, m6: 10 }] },
  // V 20 → M1 10: 55 + 10 + 5 + 0 = 70; February missing; 55 + 10 + 5 + 5 = 75. Mean 72.5 → 一般; change none.
  { id: '1004', name: '刘洋', dept: '客服部', months: [{ m5: 5, m6: 0, v: 20 }, null, { m5: 5, m6: 5, v: 20 }] },
  // 99, 98, then V 20: 55 + 10 + 5 + 5 = 75. Mean 272/3 = 90.6667 → 优秀; −23 (the department's mover down).
  { id: '1005', name: '陈静', dept: '售后组', months: [{ m5: 10, m6: 14 }, { m5: 9, m6: 14 }, { m5: 5, m6: 5, v: 20 }] },
  // V 0: 55; V 0: 55 + 2 + 3 = 60; V 10 → M1 5: 55 + 5 + 5 + 5 = 70. Mean 185/3 = 61.6667 → 一般; +10.
  { id: '1006', name: '赵磊', dept: '售后组', months: [{ m5: 0, m6: 0, v: 0 }, { m5: 2, m6: 3, v: 0 }, { m5: 5, m6: 5, v: 10 }] },
  // 90, 89, 89: mean 268/3 = 89.3333 → 良好; change 0. In March without 工号: joined by 姓名 to 1007.
  { id: '1007', name: '孙丽', dept: '售后组', months: [{ m5: 7, m6: 8 }, { m5: 6, m6: 8 }, { m5: 7, m6: 7 }] },
];

function fill(p: Member, k: number, period?: string): FillPerson | null {
  const m = p.months[k];
  if (!m) return null;
  const header: Record<string, string> = { name: p.name, department: p.dept };
  if (!(k === 2 && p.id === '1007')) header.employeeId = p.id;
  if (period) header.period = period;
  return { header, values: { 'M1.N': 40, 'M1.V': m.v ?? 40, 'M4.base': 10, M5: m.m5, M6: m.m6 } };
}

async function withRule(dir: string): Promise<string> {
  const def = JSON.parse(await fs.readFile(path.join(templatesDir, 'mattress-cs-monthly.json'), 'utf8'));
  def.$schema = undefined;
  def.id = 'mattress-rollup';
  def.rollup = { rules: [{ kind: 'streak', band: '优秀', months: 3, points: 3, label: '连续三个月优秀' }] };
  const file = path.join(dir, 'mattress-rollup.json');
  await fs.writeFile(file, JSON.stringify(def));
  return file;
}

/** January as one sheet per person (header 考核月份 2026-01), February as a roster (2026年2月 in each row),
 *  March as a roster without 考核月份 in a file named for its month, graded first: the graded copy is rolled up. */
async function writeQuarter(dir: string, f: FormDef): Promise<string[]> {
  const jan = TEAM.map((p) => fill(p, 0)).filter((x): x is FillPerson => !!x);
  const wbJan = await buildTemplate(f, { layout: 'form', generator: 'test', period: '2026-01', people: jan.map((p) => new Map([['name', p.header.name!]])) });
  for (const p of jan) fillFormSheet(wbJan.getWorksheet(p.header.name!)!, f, p);
  const janFile = path.join(dir, 'jan.xlsx');
  await wbJan.xlsx.writeFile(janFile);

  const wbFeb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
  fillRoster(wbFeb.worksheets.find((w) => w.state === 'visible')!, f, TEAM.map((p) => fill(p, 1, '2026年2月')).filter((x): x is FillPerson => !!x));
  const febFile = path.join(dir, 'feb.xlsx');
  await wbFeb.xlsx.writeFile(febFile);

  const wbMar = await buildTemplate(f, { layout: 'roster', generator: 'test' });
  fillRoster(wbMar.worksheets.find((w) => w.state === 'visible')!, f, TEAM.map((p) => fill(p, 2)).filter((x): x is FillPerson => !!x));
  const marFile = path.join(dir, '考核表-2026-03.xlsx');
  await wbMar.xlsx.writeFile(marFile);
  const graded = await gradeFile(marFile, {});
  if (!graded.ok) throw new Error(graded.failure.message);
  await fs.rm(marFile);
  return [janFile, febFile, graded.report.output!];
}

/** A roster of `people` filled in the form's template and written to `file`. */
async function rosterFile(f: FormDef, file: string, people: FillPerson[]): Promise<string> {
  const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
  fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, people);
  await wb.xlsx.writeFile(file);
  return file;
}

async function rollup(files: string[], options: Parameters<typeof rollupFiles>[1] = {}): Promise<RollupReport> {
  const out = await rollupFiles(files, options);
  if (!out.ok) throw new Error(out.failures.map((p) => p.message).join('\n'));
  return out.report;
}

const near = (x: number | null | undefined, want: number) => expect(x).toBeCloseTo(want, 9);

/** 王芳 of 客服部 on mattress-cs-monthly (工号 1 unless `header` says): 回访率 40/40, 处理效率 10, 处理能力 10, 态度 `m6`. */
const wangFang = (header: Record<string, string> = {}, m6 = 15): FillPerson => ({
  header: { employeeId: '1', name: '王芳', department: '客服部', ...header },
  values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: 10, M6: m6 },
});

describe('kpi rollup: three months of a team of 7', () => {
  let dir = '';
  let files: string[] = [];
  beforeAll(async () => {
    dir = tempDir();
    files = await writeQuarter(dir, await form('mattress-cs-monthly'));
  });

  it('months from the header, a roster row and a file name; means, bands, changes, missing months, +3', async () => {
    const def = await withRule(tempDir());
    const r = await rollup(files, { form: def });
    const x = r.result;
    expect(x.period).toBe('2026-Q1');
    expect(x.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(r.files.map((p) => [path.basename(p.file), p.month])).toEqual([
      ['jan.xlsx', '2026-01'], ['feb.xlsx', '2026-02'], ['考核表-2026-03.graded.xlsx', '2026-03'],
    ]);
    expect(x.people).toHaveLength(7); // 孙丽's March row without 工号 joined her 1007
    const who = (name: string) => x.people.find((p) => p.name === name)!;

    const wang = who('王芳');
    expect([1, 2, 3].map((k) => wang.months[`2026-0${k}`]?.total)).toEqual([92, 91, 90]);
    expect([1, 2, 3].map((k) => wang.months[`2026-0${k}`]?.band)).toEqual(['优秀', '优秀', '优秀']);
    near(wang.mean, 91); // (92 + 91 + 90) / 3
    near(wang.total, 94); // + 3: three consecutive months 优秀 (§23)
    expect(wang.band).toBe('优秀');
    expect(wang.change).toBe(-1); // 90 − 91
    expect(wang.adjustments).toEqual([
      { rule: '连续三个月优秀', points: 3, months: ['2026-01', '2026-02', '2026-03'], explanation: '2026-01、2026-02、2026-03 连续 3 个月优秀:+3' },
    ]);
    expect(wang.bandMonths).toEqual({ 优秀: 3, 良好: 0, 一般: 0, 待改进: 0 });

    const li = who('李强');
    near(li.total, 269 / 3); // (85 + 87 + 97) / 3 = 89.6667
    expect(li.band).toBe('良好');
    expect(li.change).toBe(10);
    expect(li.adjustments).toEqual([]);

    const zhang = who('张敏');
    near(zhang.total, 272 / 3); // 93, 85, 94: 优秀 良好 优秀 is no run of three
    expect(zhang.band).toBe('优秀');
    expect(zhang.adjustments).toEqual([]);

    const liu = who('刘洋');
    expect(liu.months['2026-02']).toBeNull();
    expect(liu.missing).toEqual(['2026-02']);
    near(liu.total, 72.5); // (70 + 75) / 2: the mean over the months present
    expect(liu.band).toBe('一般');
    expect(liu.change).toBeNull(); // no February to compare March with
    expect(r.problems.some((p) => p.code === 'month-missing' && p.person === '刘洋' && p.message.includes('2026-02'))).toBe(true);

    const chen = who('陈静');
    expect([1, 2, 3].map((k) => chen.months[`2026-0${k}`]?.total)).toEqual([99, 98, 75]);
    near(chen.total, 272 / 3);
    expect(chen.change).toBe(-23);

    const zhao = who('赵磊');
    expect([1, 2, 3].map((k) => zhao.months[`2026-0${k}`]?.band)).toEqual(['待改进', '一般', '一般']);
    near(zhao.total, 185 / 3); // (55 + 60 + 70) / 3 = 61.6667
    expect(zhao.band).toBe('一般');

    const sun = who('孙丽');
    expect(sun.id).toBe('1007');
    near(sun.total, 268 / 3);
    expect(sun.change).toBe(0);
    expect(sun.missing).toEqual([]);

    expect(x.bands).toEqual({ 优秀: 3, 良好: 2, 一般: 2, 待改进: 0 });

    expect(x.departments.map((d) => d.name).sort()).toEqual(['售后组', '客服部']);
    const dept = (name: string) => x.departments.find((d) => d.name === name)!;
    const k = dept('客服部');
    expect(k.people).toBe(4);
    near(k.mean, (94 + 269 / 3 + 272 / 3 + 72.5) / 4); // 86.7083
    near(k.median, (269 / 3 + 272 / 3) / 2); // 90.1667
    expect(k.bands).toEqual({ 优秀: 2, 良好: 1, 一般: 1, 待改进: 0 });
    near(k.months['2026-01'], (92 + 85 + 93 + 70) / 4); // 85
    near(k.months['2026-02'], (91 + 87 + 85) / 3); // 87.6667 (刘洋 absent)
    near(k.months['2026-03'], (90 + 97 + 94 + 75) / 4); // 89
    expect(k.change).toBe(1.33); // 89.00 − 87.67, the months as shown
    expect(k.moversUp.map((m) => [m.name, m.change, m.from, m.to])).toEqual([['李强', 10, 87, 97], ['张敏', 9, 85, 94]]);
    expect(k.moversDown.map((m) => [m.name, m.change])).toEqual([['王芳', -1]]);

    const s = dept('售后组');
    expect(s.people).toBe(3);
    near(s.mean, (272 + 185 + 268) / 9); // 80.5556
    near(s.median, 268 / 3);
    expect(s.change).toBe(-4.33); // 78.00 − 82.33, the months as shown
    expect(s.moversUp.map((m) => [m.name, m.change])).toEqual([['赵磊', 10]]);
    expect(s.moversDown.map((m) => [m.name, m.change, m.from, m.to])).toEqual([['陈静', -23, 98, 75]]);
    // Points lost over the 9 person-months: 态度 (max 15) 1+1+10 + 15+12+10 + 7+7+8 = 71;
    // 客户回访率 (max 20) 10 + 20+20+15 = 65; 处理能力 (max 10) 0+1+5 + 10+8+5 + 3+4+3 = 39.
    expect(s.itemsLost.map((i) => [i.item, i.lost, i.count])).toEqual([['态度', 71, 9], ['客户回访率', 65, 9], ['处理能力', 39, 9]]);

    // The workbook, read back.
    const wb = await readWorkbook(r.output!);
    expect(path.basename(r.output!)).toBe('mattress-rollup.2026-Q1.rollup.xlsx');
    const people = sheetRows(wb, '汇总');
    const head = people[0]!;
    expect(head.slice(0, 9)).toEqual(['工号', '姓名', '部门', '2026-01 总分', '2026-01 等级', '2026-02 总分', '2026-02 等级', '2026-03 总分', '2026-03 等级']);
    const row = (name: string) => people.find((r) => r[1] === name)!;
    expect(row('王芳')[head.indexOf('期间得分')]).toBeCloseTo(94, 9);
    expect(row('王芳')[head.indexOf('调整')]).toBe(3);
    expect(row('刘洋')[head.indexOf('2026-02 等级')]).toBe('缺');
    expect(row('刘洋')[head.indexOf('缺少的月份')]).toBe('2026-02');
    expect(people[1]![1]).toBe('王芳'); // best period figure first
    const depts = sheetRows(wb, '部门');
    const dh = depts[0]!;
    const kRow = depts.find((r) => r[0] === '客服部')!;
    expect(kRow[dh.indexOf('人数')]).toBe(4);
    expect(kRow[dh.indexOf('2026-03 平均')]).toBe(89);
    expect(String(kRow[dh.indexOf('进步最大')])).toBe('李强 87 → 97(+10)\n张敏 85 → 94(+9)');
    expect(String(depts.find((r) => r[0] === '售后组')![dh.indexOf('失分最多的项目')]).split('\n')[0]).toBe('态度 共失 71 分(9 人次,平均 7.89)');
    // A native line chart on 部门: one series per department, the months' means (columns I–K after 4 band columns).
    const zip = await JSZip.loadAsync(await fs.readFile(r.output!));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'部门'!$A$2", "'部门'!$I$1:$K$1", "'部门'!$I$2:$K$2", "'部门'!$A$3", "'部门'!$I$1:$K$1", "'部门'!$I$3:$K$3",
    ]);
    expect(chart).toContain('<c:lineChart>');
    expect(dh.slice(8, 11)).toEqual(['2026-01 平均', '2026-02 平均', '2026-03 平均']);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/charts/chart1.xml');
  });

  it('without a roll-up rule in the definition nobody gets +3; a folder is read whole', async () => {
    const r = await rollup([dir], { output: null, limits: [{ band: '优秀', max: 0.2 }] });
    expect(r.files).toHaveLength(3);
    const wang = r.result.people.find((p) => p.name === '王芳')!;
    expect(wang.total).toBe(91);
    expect(wang.adjustments).toEqual([]);
    // 强制分布 on the period bands: 王芳 91, 张敏 and 陈静 272/3 = 90.6667 are 优秀; at most floor(7 × 20 %) = 1.
    const everyone = r.distribution!.breaches.find((b) => b.department === '')!;
    expect(everyone.boundary.map((p) => [p.name, p.beyond])).toEqual([['王芳', false], ['张敏', true], ['陈静', true]]);
    expect(r.problems.find((p) => p.code === 'distribution-limit')!.message).toContain('超出的:张敏(1003) 优秀 90.6666666667、陈静(1005) 优秀 90.6666666667;限额内最后一人:王芳(1001) 优秀 91');
  });

  it('one file named twice (and in its folder named too) is one month, with a note: not two files of one month', async () => {
    const feb = files[1]!;
    const r = await rollup([feb, feb, dir], { output: null });
    expect(r.files.map((f) => path.basename(f.file))).toEqual(['jan.xlsx', 'feb.xlsx', '考核表-2026-03.graded.xlsx']);
    // Named twice and found once more in the folder: said as that (it said 「在命令行里给了 3 次」).
    expect(r.problems[0]).toMatchObject({ code: 'input-twice', severity: 'info', message: `${feb} 既直接给出、又在给出的文件夹里,是同一个文件,只读一次` });
    const twice = await rollup([feb, feb, files[0]!], { output: null });
    expect(twice.problems[0]).toMatchObject({ code: 'input-twice', message: `${feb} 在命令行里给了 2 次,是同一个文件,只读一次` });
    // 王芳 as in the folder alone: (92 + 91 + 90) / 3 = 91.
    expect(r.result.people.find((p) => p.name === '王芳')!.total).toBe(91);
  });

  it('two files of one month, a month nobody can tell and a name with two 工号 are reported', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const write = (name: string, people: FillPerson[]) => rosterFile(f, path.join(dir, name), people);
    const one = (id: string, name: string, period?: string): FillPerson => ({
      header: { employeeId: id, name, department: '客服部', ...(period ? { period } : {}) },
      values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: 10, M6: 15 },
    });
    const a = await write('a.xlsx', [one('1', '王芳', '2026-01')]);
    const b = await write('b-202601.xlsx', [one('1', '王芳')]);
    const c = await write('c.xlsx', [one('1', '王芳')]);
    const out = await rollupFiles([a, b, c], { output: null });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.failures.map((p) => p.code).sort()).toEqual(['month-duplicate', 'month-unknown']);
    // A --form that does not exist is said once, not once for each of the three files.
    const unknownForm = await rollupFiles([a, b, c], { output: null, form: 'nosuch' });
    expect(unknownForm.ok ? [] : unknownForm.failures.map((p) => p.code)).toEqual(['form-not-found']);
    // A log after a person form's files: said as a records form (it was 「一次只能汇总同一种考核表」 and 「看不出是哪个月」).
    const mixed = await rollupFiles([a, path.join(repoRoot, 'samples', 'satisfaction-monthly.march.xlsx')], { output: null });
    expect(mixed.ok ? [] : mixed.failures.map((p) => [p.code, p.message.split(':')[0]])).toEqual([['form-is-records', 'satisfaction-monthly.march.xlsx']]);
    // A records form is refused with the way its months are rolled up (it was a bare 「不能用于此命令」).
    const log = await rollupFiles([a], { output: null, form: 'internal-satisfaction-workshop' });
    expect(log.ok ? [] : log.failures.map((p) => p.message)).toEqual([
      '「内部客户服务满意度考核标准」(internal-satisfaction-workshop)是记录表(每行一条答案,按分组统计),不能用于此命令;几个月的记录请放在一个文件里评分(kpi score 文件),文件含几个月时按月份分别统计',
    ]);
    // Graded logs of several months (§22, §23) given to rollup: the advice is the one file of all months too (it was
    // 「每月一个文件」, which loses the quarter means and the three-months bonus).
    const graded = await rollupFiles([path.join(repoRoot, 'samples', 'internal-satisfaction-dept.march.xlsx')], { output: null });
    expect(graded.ok ? [] : graded.failures.map((p) => p.message.split(';')[1])).toEqual(['几个月的记录请放在一个文件里评分(kpi score 文件),文件含几个月时按月份分别统计']);
    // A log counted by the month without a month column of its own: one file a month (one file of several months
    // would be pooled into one, as the advice above led there).
    const monthly = await rollupFiles([a], { output: null, form: 'satisfaction-monthly' });
    expect(monthly.ok ? [] : monthly.failures.map((p) => p.message)).toEqual([
      '「客户满意度每月记录表」(satisfaction-monthly)是记录表(每行一条客户,按分组统计),不能用于此命令;这种表按一个月统计:每月的记录请分别评分(每月一个文件,kpi score 文件),要与上月比较请加 --previous 上月文件',
    ]);
    // A log with no figure compared with last month (§5's orders): --previous is not advised, it would be ignored.
    const orders = await rollupFiles([path.join(repoRoot, 'samples', 'install-followup.march.xlsx')], { output: null });
    expect(orders.ok ? [] : orders.failures.map((p) => p.message.split(';')[1])).toEqual(['这种表按一个月统计:每月的记录请分别评分(每月一个文件,kpi score 文件)']);

    expect(out.failures.find((p) => p.code === 'month-duplicate')!.message).toContain('b-202601.xlsx 和 a.xlsx 都是 2026-01');
    expect(out.failures.find((p) => p.code === 'month-unknown')!.message).toMatch(/^c\.xlsx:看不出是哪个月/);

    // --month tells c's month; 张伟 with two 工号 stays two people, with a warning.
    const d = await write('d.xlsx', [one('1', '王芳', '2026-02'), one('7', '张伟', '2026-02')]);
    const e = await write('e.xlsx', [one('1', '王芳'), one('8', '张伟')]);
    const r = await rollup([a, d, e], { output: null, months: new Map([['e.xlsx', '2026年3月']]) });
    expect(r.result.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(r.result.people.filter((p) => p.name === '张伟').map((p) => p.id)).toEqual(['7', '8']);
    expect(r.problems.filter((p) => p.code === 'name-ambiguous').map((p) => p.message)).toEqual([
      '姓名「张伟」对应不同的工号 7、8:按工号分开统计,不合并;没有工号的记录无法归属,单独列出',
    ]);
    // Which 张伟 lacks which months is said by the 工号: 7 has only February, 8 only March.
    expect(r.problems.filter((p) => p.code === 'month-missing' && p.person === '张伟').map((p) => p.message)).toEqual([
      '张伟:工号 7 的 2026-01、2026-03 没有考核记录,期间得分按其余 1 个月平均',
      '张伟:工号 8 的 2026-01、2026-02 没有考核记录,期间得分按其余 1 个月平均',
    ]);
    // 工号 0012 in January and 12 in February (Excel dropped the zeros of a retyped 工号) is one 钱进, as --pay matches it:
    // both months 100 (10 + 15 → 55 + 20 + 10 + 15), one row, no warning of two 工号.
    const h = await write('h.xlsx', [one('0012', '钱进', '2026-01')]);
    const k = await write('k.xlsx', [one('12', '钱进', '2026-02')]);
    const merged = await rollup([h, k], { output: null });
    // -o through a file (h.xlsx/x.xlsx) is said as such, not as a folder that does not exist.
    const throughFile = await rollupFiles([h, k], { output: path.join(h, 'x.xlsx') });
    expect(throughFile.ok ? '' : throughFile.failures[0]!.message).toBe(`无法写入 ${path.join(h, 'x.xlsx')}:${h} 是一个文件,不是文件夹。请用 -o 指定另一个位置`);
    expect(merged.result.people.map((p) => [p.name, p.missing, p.total])).toEqual([['钱进', [], 100]]);
    expect(merged.problems.filter((p) => p.code === 'name-ambiguous')).toEqual([]);
    // Months of two quarters need --period year.
    const g = await write('g.xlsx', [one('1', '王芳', '2026-04')]);
    const year = await rollup([a, g], { output: null });
    expect(year.result.period).toBe('2026');
    const q = await rollupFiles([a, g], { output: null, period: 'quarter' });
    expect(q.ok).toBe(false);
    if (!q.ok) expect(q.failures[0]!.message).toBe('g.xlsx(2026-04)不在 2026-Q1 这个季度里(第一个月份来自 a.xlsx);一次汇总一个季度');
  });

  it('one 工号 under two names in different months is an error and two people; a name padded with a space is the same name', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    // 55 + V/2 + M5 + M6 with V = 40: 75 + M5 + M6.
    const one = (id: string, name: string, period: string, m5: number, m6: number): FillPerson => ({
      header: { ...(id ? { employeeId: id } : {}), name, department: '客服部', period },
      values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: m5, M6: m6 },
    });
    const write = (name: string, people: FillPerson[]) => rosterFile(f, path.join(dir, name), people);
    // 陈静 1005 in January (75 + 10 + 13 = 98); the new hire 赵新 given 1005 in February and March (60 and 62: V 0 gives
    // M1 0 → 55 + 0 + 2 + 3 = 60, 55 + 0 + 3 + 4 = 62). They were one person 98 / 60 / 62, mean 73.33, 陈静 gone, exit 0.
    const hire = (period: string, m5: number, m6: number) => ({ ...one('1005', '赵新', period, m5, m6), values: { 'M1.N': 40, 'M1.V': 0, 'M4.base': 10, M5: m5, M6: m6 } });
    const jan = await write('2026-01.xlsx', [one('1005', '陈静', '2026-01', 10, 13), one('', '王　芳', '2026-01', 0, 0)]);
    const feb = await write('2026-02.xlsx', [hire('2026-02', 2, 3), one('', '王芳', '2026-02', 10, 10)]);
    const mar = await write('2026-03.xlsx', [hire('2026-03', 3, 4), one('', '王 芳', '2026-03', 10, 10)]);
    const r = await rollup([jan, feb, mar], { output: null });
    const rows = r.result.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.missing]);
    // 王芳 without 工号, 「王　芳」 in January: (75 + 95 + 95) / 3 = 88.33, one person (she was two: 王芳 95 and 「王 芳」 75).
    expect(rows).toEqual(expect.arrayContaining([['陈静', 98, ['2026-02', '2026-03']], ['赵新', 61, ['2026-01']], ['王 芳', 88.33, []]]));
    expect(rows).toHaveLength(3);
    expect(r.problems.filter((p) => p.code === 'id-ambiguous').map((p) => [p.severity, p.message])).toEqual([
      ['error', '工号「1005」在 2026-01 是「陈静」,在 2026-02、2026-03 是「赵新」:按姓名分开统计,不合并。不是同一个人时请改正工号(复制的表忘了改工号?);是同一个人(改了名)时请把姓名改成一样'],
    ]);
  });

  it('a 工号 under two names is said as typed (S1005, not s1005), with the file of its last month', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const one = (name: string, period: string): FillPerson => ({ header: { employeeId: 'S1005', name, department: '客服部', period }, values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: 10, M6: 10 } });
    const jan = await rosterFile(f, path.join(dir, '2026-01.xlsx'), [one('陈静', '2026-01')]);
    const feb = await rosterFile(f, path.join(dir, '2026-02.xlsx'), [one('赵新', '2026-02')]);
    const r = await rollup([jan, feb], { output: null });
    const said = r.problems.filter((p) => p.code === 'id-ambiguous');
    expect(said.map((p) => [p.file, p.message])).toEqual([['2026-02.xlsx', '工号「S1005」在 2026-01 是「陈静」,在 2026-02 是「赵新」:按姓名分开统计,不合并。不是同一个人时请改正工号(复制的表忘了改工号?);是同一个人(改了名)时请把姓名改成一样']]);
  });

  it('环比 is the change between the two months as shown: 89.995 → 89.994 shows 90.00 → 89.99, −0.01 (it was −0.001, shown −0.00)', async () => {
    const dir = tempDir();
    // §28 (sales-aftersales-monthly): 25 + 25 + 25 (过程, 客户 100 %, no 客诉) + 客诉处理满意度 d % of 25 = 75 + d/4.
    const head = '工号,姓名,部门,考核月份,过程服务满意度·满意度,客户满意度·满意度,客诉率·客诉数,客诉率·服务单数,客诉处理满意度·满意度';
    const line = (id: string, name: string, month: string, d: string) => `${id},${name},销售部,${month},100%,100%,0,100,${d}%`;
    const month = (m: string, rows: string[]) => {
      const file = path.join(dir, `${m}.csv`);
      writeFileSync(file, `${head}\r\n${rows.join('\r\n')}\r\n`);
      return file;
    };
    // 甲: 59.98 % → 89.995 (90.00), then 59.976 % → 89.994 (89.99). 戊: 59.98 % → 89.995 (90.00), then 60.016 % → 90.004 (90.00).
    const feb = month('2026-02', [line('S01', '甲', '2026-02', '59.98'), line('S05', '戊', '2026-02', '59.98')]);
    const mar = month('2026-03', [line('S01', '甲', '2026-03', '59.976'), line('S05', '戊', '2026-03', '60.016')]);
    const r = await rollup([feb, mar], { output: null, form: 'sales-aftersales-monthly' });
    const change = (name: string) => r.result.people.find((p) => p.name === name)!.change;
    // 90.00 → 89.99 is −0.01; 90.00 → 90.00 is 0 (it was +0.01 by the unrounded 90.004 − 89.995, both shown 90.00).
    expect([change('甲'), change('戊')]).toEqual([-0.01, 0]);
    // The department's movers agree: 甲 down by 0.01, nobody up (戊 was 「进步最大」 at 90 → 90 (0)).
    const dept = r.result.departments.find((d) => d.name === '销售部')!;
    expect([dept.moversUp.map((m) => m.name), dept.moversDown.map((m) => [m.name, m.change])]).toEqual([[], [['甲', -0.01]]]);
    // So does the department's: February's mean 89.995 and March's (89.994 + 90.004) / 2 = 89.999 both show 90.00, a
    // change of 0 (it was the unrounded +0.004, shown +0.00).
    expect(dept.change).toBe(0);
  });

  it('工号 0012 in January and 12 in February (zeros dropped by another program) is one person, shown as 0012 whatever the order', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    // 75 + M5 + M6 as above: January 75 + 10 + 13 = 98, February 75 + 10 + 10 = 95 → (98 + 95) / 2 = 96.5.
    const one = (id: string, period: string, m5: number, m6: number): FillPerson => ({
      header: { employeeId: id, name: '陈静', department: '客服部', period },
      values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: m5, M6: m6 },
    });
    const jan = await rosterFile(f, path.join(dir, '2026-01.xlsx'), [one('0012', '2026-01', 10, 13)]);
    const feb = await rosterFile(f, path.join(dir, '2026-02.xlsx'), [one('12', '2026-02', 10, 10)]);
    for (const files of [[jan, feb], [feb, jan]]) {
      const r = await rollup(files, { output: null });
      expect(r.result.people.map((p) => [p.id, p.name, p.total])).toEqual([['0012', '陈静', 96.5]]);
    }
  });

  it('April\'s file (「2026-04 考核.xlsx」) whose header still says 2026年3月 is an error, not March twice and a year', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const one = (period: string) => wangFang({ period });
    const apr = await rosterFile(f, path.join(dir, '2026-04 考核.xlsx'), [one('2026年3月')]);
    const may = await rosterFile(f, path.join(dir, '2026-05 考核.xlsx'), [one('2026年5月')]);
    const out = await rollupFiles([apr, may], { output: null });
    // It was read as March: 「2026年汇总」 of March and May at exit 0, April said to have no file.
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.failures.map((p) => p.message)).toEqual(['2026-04 考核.xlsx:表头的考核月份是 2026-03,文件名却是 2026-04(复制上个月的表忘了改月份?);请改正表头或文件名,表头对时也可以用 --month 2026-04 考核.xlsx=2026-03 确认']);
    // --month confirming the header: March and May, the year.
    const confirmed = await rollup([apr, may], { output: null, months: new Map([['2026-04 考核.xlsx', '2026-03']]) });
    expect(confirmed.result.months).toEqual(['2026-03', '2026-05']);
  });

  it('a header of 「3月」 where --month or the file name says April is said as the two disagreeing (it was 「看不出是哪一年」)', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const plain = await rosterFile(f, path.join(dir, 'a.xlsx'), [wangFang({ period: '3月' })]);
    const named = await rosterFile(f, path.join(dir, '2026-04 考核.xlsx'), [wangFang({ period: '3月' })]);
    const flagged = await rollupFiles([plain], { output: null, months: new Map([[plain, '2026-04']]) });
    expect(flagged.ok ? [] : flagged.failures.map((p) => p.message)).toEqual(['a.xlsx:表头的考核月份是 3月,而 --month 指定为 2026-04;请改正其中一个']);
    const byName = await rollupFiles([named], { output: null });
    expect(byName.ok ? [] : byName.failures.map((p) => p.message)).toEqual([
      '2026-04 考核.xlsx:表头的考核月份是 3月,文件名却是 2026-04(复制上个月的表忘了改月份?);请改正表头或文件名,表头对时也可以用 --month 2026-04 考核.xlsx=2026-03 确认',
    ]);
    // The suggestion works: March of 2026.
    expect((await rollup([named], { output: null, months: new Map([['2026-04 考核.xlsx', '2026-03']]) })).result.months).toEqual(['2026-03']);
  });

  it('one file given two months under two spellings (a.xlsx and ./a.xlsx) is refused (the path\'s month won, unsaid)', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const a = await rosterFile(f, path.join(dir, 'a.xlsx'), [wangFang({})]);
    const out = await rollupFiles([a], { output: null, months: new Map([['a.xlsx', '2026-01'], [a, '2026-02']]) });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['--month 给了 a.xlsx 2 个月份(2026-01、2026-02);每个文件只能指定一个月份']);
  });

  it('files of two forms: the mix is said, and a month both give is no 「two files of one month」', async () => {
    const dir = tempDir();
    const jan = await rosterFile(await form('mattress-cs-monthly'), path.join(dir, 'a-2026-01.xlsx'), [wangFang({ period: '2026-01' })]);
    const other = await rosterFile(await form('express-cs'), path.join(dir, 'b-2026-01.xlsx'), [{ header: { name: '王芳', employeeId: '1', period: '2026-01' }, values: { 'E.score': 18 } }]);
    const out = await rollupFiles([jan, other], { output: null });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['b-2026-01.xlsx:是「快递公司客服部绩效考核」(express-cs),而 a-2026-01.xlsx 是 mattress-cs-monthly;一次只能汇总同一种考核表']);
  });

  it('a month without a file before the first one is missing, not a run of months broken; one between two files is both', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const month = async (m: string) => rosterFile(f, path.join(dir, `${m}.xlsx`), [wangFang({ period: m })]);
    const [feb, mar, jan] = [await month('2026-02'), await month('2026-03'), await month('2026-01')];
    const late = await rollup([feb, mar], { output: null, period: 'quarter' });
    expect(late.problems.filter((p) => p.code === 'period-incomplete').map((p) => [p.severity, p.message])).toEqual([['warning', '2026-01 没有考核文件(在第一个文件之前):这些月份不计入任何人的期间得分']]);
    const gap = await rollup([jan, mar], { output: null });
    expect(gap.problems.filter((p) => p.code === 'period-incomplete').map((p) => [p.severity, p.message])).toEqual([['warning', '2026-02 没有考核文件:这些月份不计入任何人的期间得分,连续月份的规则在此中断']]);
  });

  it('one file of another form among three months names that file, not the three (a CSV sorted first made them all 「another form」)', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const months = [];
    for (const m of ['2026-01', '2026-02', '2026-03']) months.push(await rosterFile(f, path.join(dir, `m-${m}.xlsx`), [wangFang({ period: m })]));
    const odd = await rosterFile(await form('express-cs'), path.join(dir, 'a-2026-01.xlsx'), [{ header: { name: '王芳', employeeId: '1', period: '2026-01' }, values: { 'E.score': 18 } }]);
    const out = await rollupFiles([odd, ...months], { output: null });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['a-2026-01.xlsx:是「快递公司客服部绩效考核」(express-cs),而 m-2026-01.xlsx 是 mattress-cs-monthly;一次只能汇总同一种考核表']);
  });

  it('a readme.txt in the folder of months is named as no form, to move out (it was told to use --form)', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    for (const m of ['2026-01', '2026-02']) await rosterFile(f, path.join(dir, `m-${m}.xlsx`), [wangFang({ period: m })]);
    await fs.writeFile(path.join(dir, 'readme.txt'), '说明\n');
    const out = await rollupFiles([dir], { output: null });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['readme.txt 不是考核表(认不出是哪种考核表(文件不是由 kpi template 生成)),不能和其他月份一起汇总;请把它移出文件夹,或在命令行里只列出要汇总的文件']);
  });

  it('--month naming a file that is not rolled up (Feb.csv for feb.csv) is refused, not ignored', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const feb = await rosterFile(f, path.join(dir, 'feb.xlsx'), [wangFang({})]);
    const out = await rollupFiles([feb], { output: null, months: new Map([['Feb.xlsx', '2026-02']]) });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['--month Feb.xlsx=2026-02:要汇总的文件里没有「Feb.xlsx」(有 「feb.xlsx」);请写成其中一个文件的名称']);
  });

  it('a folder with 三月.xlsx and its 三月.graded.xlsx corrected afterwards: an error, not the stale original used without a word', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    // 75 + M5 + M6 (V = N = 40): 王芳 75 + 10 + 5 = 90 in 三月.xlsx.
    const one = (m6: number, period: string) => wangFang({ employeeId: '1001', period }, m6);
    await rosterFile(f, path.join(dir, '二月.xlsx'), [one(15, '2026-02')]);
    const mar = await rosterFile(f, path.join(dir, '三月.xlsx'), [one(5, '2026-03')]);
    const graded = await gradeFile(mar, {});
    if (!graded.ok) throw new Error(graded.failure.message);
    // Unchanged, the graded copy is passed over for its input: February 100, March 90.
    const before = await rollup([dir], { output: null });
    expect(before.result.people.map((p) => [p.name, p.total])).toEqual([['王芳', 95]]);
    // The team lead corrects 态度 5 → 15 in the graded workbook (README: 改正后再评): March is 100 there, 90 in 三月.xlsx.
    const wb = await readWorkbook(graded.report.output!);
    const ws = wb.getWorksheet('考核表')!;
    const col = (ws.getRow(1).values as unknown[]).findIndex((v) => v === '态度');
    ws.getRow(2).getCell(col).value = 15;
    await wb.xlsx.writeFile(graded.report.output!);
    const out = await rollupFiles([dir], { output: null });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.failures.map((p) => p.message)).toEqual(['三月.graded.xlsx 与同一文件夹里的原始文件 三月.xlsx 结果不同(王芳:100,原始文件 90),不知道该按哪一份汇总;评分后的表里改正过时请移走原始文件,否则请移走评分后的表']);
  });

  it('三月.graded.xlsx corrected and graded again (三月.graded-2.xlsx), the input moved away: the later grading is the month, not two files of it', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    // 75 + M5 + M6 (V = N = 40): 王芳 75 + 10 + 5 = 90 in 三月.xlsx; 态度 corrected 5 → 15 in the graded copy: 100.
    const mar = await rosterFile(f, path.join(dir, '三月.xlsx'), [wangFang({ employeeId: '1001', period: '2026-03' }, 5)]);
    const graded = await gradeFile(mar, {});
    if (!graded.ok) throw new Error(graded.failure.message);
    const wb = await readWorkbook(graded.report.output!);
    const ws = wb.getWorksheet('考核表')!;
    const col = (ws.getRow(1).values as unknown[]).findIndex((v) => v === '态度');
    ws.getRow(2).getCell(col).value = 15;
    await wb.xlsx.writeFile(graded.report.output!);
    // As rollup's refusal advises: the original moved away; then the corrected copy graded again (三月.graded-2.xlsx).
    renameSync(mar, path.join(tempDir(), '三月.xlsx'));
    const again = await gradeFile(graded.report.output!, {});
    if (!again.ok) throw new Error(again.failure.message);
    expect(path.basename(again.report.output!)).toBe('三月.graded-2.xlsx');
    // Both say 100: March is 100, from the later one (it was 「每个月只能有一个文件」).
    const r = await rollup([dir], { output: null });
    expect([r.result.people.map((p) => [p.name, p.total]), r.files.map((m) => path.basename(m.file))]).toEqual([[['王芳', 100]], ['三月.graded-2.xlsx']]);
    // The earlier copy changed again (态度 10: 95): which of the two is meant is the user's to say.
    ws.getRow(2).getCell(col).value = 10;
    await wb.xlsx.writeFile(graded.report.output!);
    const out = await rollupFiles([dir], { output: null });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['三月.graded.xlsx 与同一文件夹里再次评分的结果 三月.graded-2.xlsx 不同(王芳:95,三月.graded-2.xlsx 中 100),不知道该按哪一份汇总;请移走过时的一份']);
  });

  // (90 + 100) / 2 = 95 over two months, each graded under a name that looks like the other's regrade: batch's next-month
  // result (考核表.xlsx-2.graded.xlsx, taken for January graded again: refused), and 考核.graded-2.xlsx reused for April.
  // (Named 三月.graded-2.xlsx, April's header disagrees with the name's 3月 as with 2026-03's: test/io/fx57b.test.ts.)
  it.each([
    ['考核表.graded.xlsx', '考核表.xlsx-2.graded.xlsx', '2026-01', '2026-02'],
    ['考核.graded.xlsx', '考核.graded-2.xlsx', '2026-03', '2026-04'],
  ])('%s and %s of two months (%s, %s): two months, not a graded copy again', async (first, second, m1, m2) => {
    const dir = tempDir();
    const src = tempDir();
    const f = await form('mattress-cs-monthly');
    // 75 + M5 10 + M6: the first month 90 (态度 5), the second 100 (态度 15).
    const one = await rosterFile(f, path.join(src, 'one.xlsx'), [wangFang({ employeeId: '1001', period: m1 }, 5)]);
    const two = await rosterFile(f, path.join(src, 'two.xlsx'), [wangFang({ employeeId: '1001', period: m2 }, 15)]);
    for (const [input, output] of [[one, first], [two, second]] as const) {
      const g = await gradeFile(input, { output: path.join(dir, output) });
      if (!g.ok) throw new Error(g.failure.message);
    }
    const r = await rollup([dir], { output: null });
    expect([r.result.months, r.result.people.map((p) => [p.name, p.total])]).toEqual([[m1, m2], [['王芳', 95]]]);
  });

  it('one of two errors corrected in the graded copy (the person unscored in both): no difference to roll up, not 「未评分,原始文件 未评分」', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    // 王芳 with 态度 「很好」 and 处理能力 「高」 (both errors): unscored in 三月.xlsx; 态度 corrected to 15 in the graded copy.
    const wang = wangFang({ employeeId: '1001', period: '2026-03' });
    const mar = await rosterFile(f, path.join(dir, '三月.xlsx'), [{ ...wang, values: { ...wang.values, M5: '高', M6: '很好' } }]);
    const graded = await gradeFile(mar, {});
    if (!graded.ok) throw new Error(graded.failure.message);
    const wb = await readWorkbook(graded.report.output!);
    const ws = wb.getWorksheet('考核表')!;
    const col = (ws.getRow(1).values as unknown[]).findIndex((v) => v === '态度');
    ws.getRow(2).getCell(col).value = 15;
    await wb.xlsx.writeFile(graded.report.output!);
    const r = await rollup([dir], { output: null });
    expect(r.result.people.map((p) => [p.name, p.total])).toEqual([['王芳', null]]);
  });

  it('the graded copy with its 部门 corrected (total and band unchanged): an error too, not rolled up under the stale 部门', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const mar = await rosterFile(f, path.join(dir, '三月.xlsx'), [wangFang({ employeeId: '1001', period: '2026-03', department: '客服二组' }, 5)]);
    const graded = await gradeFile(mar, {});
    if (!graded.ok) throw new Error(graded.failure.message);
    const wb = await readWorkbook(graded.report.output!);
    const ws = wb.getWorksheet('考核表')!;
    const col = (ws.getRow(1).values as unknown[]).findIndex((v) => v === '部门名称');
    expect(ws.getRow(2).getCell(col).value).toBe('客服二组');
    ws.getRow(2).getCell(col).value = '客服一组';
    await wb.xlsx.writeFile(graded.report.output!);
    const out = await rollupFiles([dir], { output: null });
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['三月.graded.xlsx 与同一文件夹里的原始文件 三月.xlsx 结果不同(王芳:部门 客服一组,原始文件 部门 客服二组),不知道该按哪一份汇总;评分后的表里改正过时请移走原始文件,否则请移走评分后的表']);
  });

  it('「3月」 typed without its year takes the year from the file\'s name or --month when they say March too', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const one = (period: string) => wangFang({ period });
    const feb = await rosterFile(f, path.join(dir, '2026-02 考核表.xlsx'), [one('2月')]);
    const mar = await rosterFile(f, path.join(dir, '考核表.xlsx'), [one('3月份')]);
    const r = await rollup([feb, mar], { output: null, months: new Map([['考核表.xlsx', '2026-03']]) });
    expect(r.result.months).toEqual(['2026-02', '2026-03']);
    // Another month than the name's: still no month to read.
    const apr = await rosterFile(f, path.join(dir, '2026-04 考核表.xlsx'), [one('3月')]);
    const out = await rollupFiles([apr], { output: null });
    expect(out.ok ? [] : out.failures.map((p) => p.code)).toEqual(['month-unknown']);
  });

  it('a graded workbook whose forms give no month keeps the month it was graded for (kpi score --period) for a roll-up', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const one = (period?: string) => wangFang(period ? { period } : {});
    const jan = await rosterFile(f, path.join(dir, 'jan.xlsx'), [one('2026-01')]);
    const blank = await rosterFile(f, path.join(dir, 'team.xlsx'), [one()]);
    const graded = await gradeFile(blank, { period: '2026-02' });
    if (!graded.ok) throw new Error(graded.failure.message);
    // Graded again, the month stays (it was lost: the forms give none).
    const again = await gradeFile(graded.report.output!, { output: null });
    expect(again.ok && again.report.period).toBe('2026-02');
    // It was 「看不出是哪个月」 (exit 2) though 汇总 said 考核月份 2026-02.
    const r = await rollup([jan, graded.report.output!], { output: null });
    expect(r.result.months).toEqual(['2026-01', '2026-02']);
  });

  it('kpi score --period naming another month than the header\'s is an error (汇总 said 2026-02, kpi rollup filed it under 2026-01)', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const jan = await rosterFile(f, path.join(dir, 'jan.xlsx'), [wangFang({ period: '2026-01' })]);
    const graded = await gradeFile(jan, { period: '2026年2月', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    expect(graded.report.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, p.message])).toEqual([
      ['error', 'jan.xlsx:表头的考核月份是 2026-01,而 --period 指定为 2026-02;「汇总」按 2026-02 标注,kpi rollup 却按表头算作 2026-01;请改正其中一个'],
    ]);
    // The same month, written otherwise, is nothing to say; nor is a header month without its year (「1月」: --period gives it).
    const same = await gradeFile(jan, { period: '2026年1月', output: null });
    expect(same.ok && same.report.problems.filter((p) => p.code === 'month-unknown')).toEqual([]);
    const bare = await rosterFile(f, path.join(dir, 'bare.xlsx'), [wangFang({ period: '2月' })]);
    const yearless = await gradeFile(bare, { period: '2026-02', output: null });
    expect(yearless.ok && yearless.report.problems.filter((p) => p.code === 'month-unknown')).toEqual([]);
  });

  it('a person\'s sheet hidden in one month is said, and read with includeHidden (kpi rollup --include-hidden)', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const one = (name: string, m6: number) => wangFang({ employeeId: name === '王芳' ? '1001' : '1002', name }, m6);
    const sheets = async (file: string, period: string, hide: boolean) => {
      const people = [one('王芳', 15), one('李强', 5)];
      const wb = await buildTemplate(f, { layout: 'form', generator: 'test', period, people: people.map((p) => new Map([['name', p.header.name!]])) });
      for (const p of people) fillFormSheet(wb.getWorksheet(p.header.name!)!, f, p);
      if (hide) wb.getWorksheet('王芳')!.state = 'hidden';
      const out = path.join(dir, file);
      await wb.xlsx.writeFile(out);
      return out;
    };
    const jan = await sheets('jan.xlsx', '2026-01', false);
    const feb = await sheets('feb.xlsx', '2026-02', true);
    // 王芳 100 (75 + 10 + 15) both months; 李强 90. Her hidden February sheet: a month missing, and why is said.
    const r = await rollup([jan, feb], { output: null });
    expect(r.result.people.map((p) => [p.name, p.missing])).toEqual([['王芳', ['2026-02']], ['李强', []]]);
    expect(r.problems.filter((p) => p.code === 'hidden-sheet').map((p) => p.message)).toEqual([expect.stringContaining('隐藏的工作表「王芳」没有评分;要一并评分请加 --include-hidden')]);
    const all = await rollup([jan, feb], { output: null, includeHidden: true });
    expect(all.result.people.map((p) => [p.name, p.missing, p.total])).toEqual([['王芳', [], 100], ['李强', [], 90]]);
  });

  it('a person who changes department counts where they were each month: 陈静 售后组 in January, 客服部 in February', async () => {
    const f = await form('mattress-cs-monthly');
    const dir = tempDir();
    const write = (name: string, people: FillPerson[]) => rosterFile(f, path.join(dir, name), people);
    // total = 55 + V/2 + M5 + M6 with N = V = 40: 王芳 75 + 9 + 8 = 92, then 91; 陈静 75 + 10 + 14 = 99, then 98.
    const one = (id: string, name: string, department: string, period: string, m5: number, m6: number): FillPerson => ({
      header: { employeeId: id, name, department, period },
      values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: m5, M6: m6 },
    });
    const jan = await write('jan.xlsx', [one('1001', '王芳', '客服部', '2026-01', 9, 8), one('1005', '陈静', '售后组', '2026-01', 10, 14)]);
    const feb = await write('feb.xlsx', [one('1001', '王芳', '客服部', '2026-02', 10, 6), one('1005', '陈静', '客服部', '2026-02', 9, 14)]);
    const r = await rollup([jan, feb], { output: null });
    const dept = (name: string) => r.result.departments.find((d) => d.name === name)!;
    // 客服部: January 92 (王芳 alone; 陈静's 99 was counted here), February (91 + 98) / 2 = 94.5; change +2.5.
    near(dept('客服部').months['2026-01'], 92);
    near(dept('客服部').months['2026-02'], 94.5);
    near(dept('客服部').change, 2.5);
    // The period's figures count her in her last department: 客服部 has 2 people, 售后组 none now, its January mean 99.
    expect([dept('客服部').people, dept('售后组').people]).toEqual([2, 0]);
    near(dept('售后组').months['2026-01'], 99);
    expect(dept('售后组').months['2026-02']).toBeNull();
  });

  it('a mover is shown to the cent, its change between the two figures shown: 65.995 → 81 is 「66 → 81(+15)」', async () => {
    const { moverText } = await import('../../src/engine/rollup.js');
    expect(moverText({ id: '1', name: '王芳', from: 65.995, to: 81, change: 15.005 })).toBe('王芳 66 → 81(+15)');
    expect(moverText({ id: '2', name: '李强', from: 90.004, to: 88.5, change: -1.504 })).toBe('李强 90 → 88.5(−1.5)');
  });
});

describe('the roll-up workbook\'s figures', () => {
  it('are --json\'s, without binary noise: 客服部 环比 84.67 − 85.50 = −0.83, the months as shown (the cell held −0.8333333333333286)', async () => {
    const dir = tempDir();
    for (const f of ['mat-2026-01.csv', 'feb.csv', 'march.csv']) await fs.copyFile(path.join(repoRoot, 'test/fixtures/rollup-noise', f), path.join(dir, f));
    const r = await rollup(['mat-2026-01.csv', 'feb.csv', 'march.csv'].map((f) => path.join(dir, f)), { output: path.join(dir, 'q1.xlsx'), months: new Map([['feb.csv', '2026-02']]) });
    const depts = sheetRows(await readWorkbook(r.output!), '部门');
    const dh = depts[0]!;
    const k = depts.find((row) => row[0] === '客服部')!;
    // Months 86.75, 85.5 and (a sum of thirds) 84.6667: the change is 84.67 − 85.50 = −0.83, the figure --json gives.
    expect([k[dh.indexOf('2026-01 平均')], k[dh.indexOf('2026-02 平均')], k[dh.indexOf('2026-03 平均')]]).toEqual([86.75, 85.5, 84.66666666666667]);
    expect(k[dh.indexOf('环比')]).toBe(-0.83);
    const json = JSON.parse(JSON.stringify(rollupJson(r))) as { departments: Array<{ name: string; mean: number; change: number }> };
    for (const d of json.departments) {
      const row = depts.find((x) => x[0] === d.name)!;
      expect([row[dh.indexOf('平均分')], row[dh.indexOf('环比')]], d.name).toEqual([tidy(d.mean), tidy(d.change)]);
    }
  });
});
