// Advice that would drop a person: one 工号 on two people's sheets, a 王五 with a 工号 beside one without, and a list of
// 管理处 / 团队 under 姓名 with a 部门 column.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { gradedReport, readWorkbook, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx58i', name);
const dups = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'duplicate-person').map((p) => p.message);

async function run(argv: string[]) {
  const output = captureOutput();
  const code = await main(argv, { output, env: {}, gradeOnThisThread: true });
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe('one 工号 on two people\'s sheets (mattress-cs-monthly, CATALOG §8)', () => {
  it('王五\'s sheet copied as 赵六, 工号 1003 left: both refused, told to put the 工号 right, not to delete one', async () => {
    const r = await gradedReport(fixture('c1_copied.xlsx'));
    // 王五 15 + 13 + 9 + 0 + 6 + 10 + 5 = 58, 其它 −3 → 55; 赵六 15 + 13 + 9 + 0 + 6 + 15 + 10 = 68: differ, neither counts.
    const by = new Map(r.people.map((p) => [p.name, p]));
    expect([by.get('王五')!.total, by.get('赵六')!.total]).toEqual([null, null]);
    // 张三 18 + 17 + 11 + 5 + 9 + 14 + 8 = 82, +2 → 84, as before.
    expect(r.people.find((p) => p.id === '1001')!.total).toBe(84);
    expect(dups(r)).toEqual([
      '王五!B4:工号「1003」重复,在 赵六!B4 又出现一次,两处的评分不同,都不计分(不取其中一处);两处的姓名不同,请改正不对的工号后重新评分',
      '赵六!B4:工号「1003」重复,已在 王五!B4 出现(王五),两处的评分不同,都不计分(不取其中一处);两处的姓名不同,请改正不对的工号后重新评分',
    ]);
  });

  it('the nearest sound case, 王五\'s sheet kept as 王五(2) with other marks: delete one, or hide another month\'s', async () => {
    const r = await gradedReport(fixture('c1_same_name.xlsx'));
    expect(r.people.filter((p) => p.name === '王五').map((p) => p.total)).toEqual([null, null]);
    expect(dups(r)).toEqual([
      '王五!B4:工号「1003」重复,在 王五(2)!B4 又出现一次,两处的评分不同,都不计分(不取其中一处);请删去不对的一处;如果工作表「王五(2)」是另一个月的,请把它隐藏或移到另一个文件后重新评分',
      '王五(2)!B4:工号「1003」重复,已在 王五!B4 出现(王五),两处的评分不同,都不计分(不取其中一处);请删去不对的一处;如果工作表「王五」是另一个月的,请把它隐藏或移到另一个文件后重新评分',
    ]);
  });
});

describe('王五 with 工号 1003 beside 王五 with none (probation, CATALOG §17)', () => {
  it('roster: both refused; if two people, fill in the missing 工号 — deleting one is for one person only', async () => {
    const r = await gradedReport(fixture('p2_roster_filled.xlsx'));
    // 王五(1003): 2 次 → 6, + 10 + 20 + 15 + 10 = 61; 王五: 3 次 → 4, + 5 + 15 + 10 + 5 = 39: differ, neither counts.
    expect(r.people.filter((p) => p.name === '王五').map((p) => p.total)).toEqual([null, null]);
    // 张三: 1 次 → 8, + 15 + 25 + 20 + 15 = 83, as before.
    expect(r.people.find((p) => p.name === '张三')!.total).toBe(83);
    expect(dups(r)).toEqual([
      '考核表!B4:姓名「王五」重复,在 考核表!B5 又出现一次,两处的评分不同,都不计分(不取其中一处);一处有工号、一处没有:如是两个人,请给没有工号的一处也填上工号后重新评分;如是同一个人,请删去不对的一处',
      '考核表!B5:姓名「王五」重复,已在 考核表!B4 出现(王五),两处的评分不同,都不计分(不取其中一处);一处有工号、一处没有:如是两个人,请给没有工号的一处也填上工号后重新评分;如是同一个人,请删去不对的一处',
    ]);
  });

  it('roster, neither 王五 with a 工号 (one 部门): one person twice, 「请删去不对的一处」 as before', async () => {
    const r = await gradedReport(fixture('p2_roster_noids.xlsx'));
    expect(dups(r)).toEqual([
      '考核表!B4:姓名「王五」重复,在 考核表!B5 又出现一次,两处的评分不同,都不计分(不取其中一处);请删去不对的一处',
      '考核表!B5:姓名「王五」重复,已在 考核表!B4 出现(王五),两处的评分不同,都不计分(不取其中一处);请删去不对的一处',
    ]);
  });

  it('person sheets: the blank 王五(2) without 工号 is still set aside, and told to fill 工号 and marks if another person', async () => {
    const r = await gradedReport(fixture('p2_form_filled.xlsx'));
    // 王五(1003): 6 + 10 + 20 + 15 + 10 = 61 → 一般, counted.
    expect(r.people.filter((p) => p.name === '王五').map((p) => p.total)).toEqual([61]);
    const w = r.problems.filter((p) => p.code === 'nothing-filled').map((p) => p.message);
    expect(w).toEqual(['王五(2)!B2:王五:这一份没有填写任何一项,是同一人(姓名「王五」)在 王五!F2 那一份的空白副本,没有计入;按填写了的那一份评分。如果这一份才是要填的,请填写后删去另一份;这一份没有工号:如果是另一个人,请填上工号和评分后重新评分']);
  });

  it('person sheets: the blank 王五(2) with 工号 1003 too is a blank copy, nothing said of another person', async () => {
    const r = await gradedReport(fixture('p2_form_sameid.xlsx'));
    expect(r.people.filter((p) => p.name === '王五').map((p) => p.total)).toEqual([61]);
    const w = r.problems.filter((p) => p.code === 'nothing-filled').map((p) => p.message);
    expect(w).toEqual(['王五(2)!F2:王五:这一份没有填写任何一项,是同一人(工号「1003」)在 王五!F2 那一份的空白副本,没有计入;按填写了的那一份评分。如果这一份才是要填的,请填写后删去另一份']);
  });

  it('kpi template --people: 王五 1003 and 王五 without 工号 are said before filling', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'people.csv');
    writeFileSync(list, '姓名,工号,部门\n张三,1001,客服部\n王五,1003,售后部\n王五,,售后部\n');
    const r = await run(['template', 'probation', '--people', list, '--layout', 'roster', '-o', path.join(dir, 't.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('kpi: 提示:名单里同名的人有的没有工号:「王五」(一处工号 1003,一处没有);评分时没有工号的一份会和有工号的一份当作同一人(填得不同时两份都不计分),如是两个人,请给没有工号的一处也填上工号');
  });
});

describe('a list of 管理处 / 团队 under 姓名, with a 部门 column (CATALOG §2, §31)', () => {
  const sheetsOf = async (form: string, csv: string) => {
    const dir = tempDir();
    const list = path.join(dir, 'list.csv');
    writeFileSync(list, csv);
    const out = path.join(dir, 't.xlsx');
    const r = await run(['template', form, '--people', list, '--period', '2026-03', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('重复');
    return (await readWorkbook(out)).worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
  };
  it('§2: a sheet per 管理处 named in 姓名 (they were 物业部, 物业部(2))', async () => {
    expect(await sheetsOf('property-cs-monthly', '姓名,部门\n万科城管理处,物业部\n金地 管理处,物业部\n')).toEqual(['万科城管理处', '金地 管理处']);
  });
  it('§31: a sheet per 团队 named in 姓名', async () => {
    expect(await sheetsOf('satisfaction-scorecard', '姓名,部门\n万科城项目,物业部\n金地项目,物业部\n')).toEqual(['万科城项目', '金地项目']);
  });
  it('nearest sound lists: 部门 alone, and 管理处 beside 姓名 (a person in charge, not the unit)', async () => {
    expect(await sheetsOf('property-cs-monthly', '部门\n一号楼\n二号楼\n')).toEqual(['一号楼', '二号楼']);
    expect(await sheetsOf('property-cs-monthly', '管理处,姓名\n万科城管理处,张三\n金地管理处,李四\n')).toEqual(['万科城管理处', '金地管理处']);
  });
});
