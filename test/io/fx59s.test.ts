// Review of 88038695 (advice that drops a person): a list of managers whose 部门 is the 管理处 named its sheets after the
// people, and a person's tab with a note after the name (赵六(客服一部)) still got 「请删去不对的一处」.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { gradedReport, readWorkbook, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59s', name);
const dups = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'duplicate-person').map((p) => p.message);

async function run(argv: string[]) {
  const output = captureOutput();
  const code = await main(argv, { output, env: {}, gradeOnThisThread: true });
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe('kpi template --people: a 部门 column that holds the units (CATALOG §2, §31)', () => {
  const sheetsOf = async (form: string, csv: string) => {
    const dir = tempDir();
    const list = path.join(dir, 'list.csv');
    writeFileSync(list, csv);
    const out = path.join(dir, 't.xlsx');
    const r = await run(['template', form, '--people', list, '--period', '2026-03', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('重复');
    return (await readWorkbook(out)).worksheets.filter((w) => w.state === 'visible').map((w) => [w.name, String(w.getCell('B2').value ?? '')]);
  };
  it('§2: an HR export of managers, 姓名 张三 / 李四, 部门 万科城管理处 / 金地管理处: a sheet per 管理处 (were 张三, 李四)', async () => {
    expect(await sheetsOf('property-cs-monthly', '姓名,部门\n张三,万科城管理处\n李四,金地管理处\n')).toEqual([
      ['万科城管理处', '万科城管理处'],
      ['金地管理处', '金地管理处'],
    ]);
  });
  it('§31: 部门 万科城项目 / 金地物业 beside 姓名: a sheet per 部门', async () => {
    expect((await sheetsOf('satisfaction-scorecard', '姓名,部门\n张三,万科城项目\n李四,金地物业\n')).map(([s]) => s)).toEqual(['万科城项目', '金地物业']);
  });
  it('nearest sound lists stay: 管理处 under 姓名 with 物业部 under 部门, and a 部门 not every row a unit', async () => {
    // 88038695's own case (d.csv): 姓名 holds the 管理处, 部门 the 物业部 above them.
    expect((await sheetsOf('property-cs-monthly', '姓名,部门,岗位\n万科城管理处,物业部,\n金地管理处,物业部,\n')).map(([s]) => s)).toEqual(['万科城管理处', '金地管理处']);
    // 部门 客服部 (no unit's name) and 部门 mixed (总部 is no 管理处): the 姓名 column names the sheets, as before.
    expect((await sheetsOf('satisfaction-scorecard', '姓名,部门\n一组,客服部\n二组,客服部\n')).map(([s]) => s)).toEqual(['一组', '二组']);
    expect((await sheetsOf('property-cs-monthly', '姓名,部门\n万科城管理处,总部\n金地管理处,万科城管理处\n')).map(([s]) => s)).toEqual(['万科城管理处', '金地管理处']);
  });
});

describe('one 工号 on two people\'s sheets, a tab with a note after the name (mattress-cs-monthly, CATALOG §8)', () => {
  const named = (tab: string) => [
    `王五!B4:工号「1003」重复,在 ${tab}!B4 又出现一次,两处的评分不同,都不计分(不取其中一处);两处的姓名不同,请改正不对的工号后重新评分`,
    `${tab}!B4:工号「1003」重复,已在 王五!B4 出现(王五),两处的评分不同,都不计分(不取其中一处);两处的姓名不同,请改正不对的工号后重新评分`,
  ];
  it.each([
    ['c1_tab_with_dept.xlsx', '赵六(客服一部)'],
    ['c1_tab_dash.xlsx', '赵六-客服一部'],
    ['c1_tab_month.xlsx', '赵六 3月'],
  ])('%s (tab %s): both refused, told to put the 工号 right — as for tab 赵六, not 「请删去不对的一处」', async (file, tab) => {
    const r = await gradedReport(fixture(file));
    // 王五 55 and 赵六 68 (fx58i's c1_copied): differ, neither counts; 张三 82 + 2 = 84 as before.
    const by = new Map(r.people.map((p) => [p.name, p]));
    expect([by.get('王五')!.total, by.get('赵六')!.total]).toEqual([null, null]);
    expect(r.people.find((p) => p.id === '1001')!.total).toBe(84);
    expect(dups(r)).toEqual(named(tab));
  });

  it('nearest sound variant: a tab starting with another\'s name (王五(客服一部) holding 赵六) keeps the old advice', async () => {
    const r = await gradedReport(fixture('c1_tab_other.xlsx'));
    expect(dups(r)).toEqual([
      '王五!B4:工号「1003」重复,在 王五(客服一部)!B4 又出现一次,两处的评分不同,都不计分(不取其中一处);请删去不对的一处;如果工作表「王五(客服一部)」是另一个月的,请把它隐藏或移到另一个文件后重新评分',
      '王五(客服一部)!B4:工号「1003」重复,已在 王五!B4 出现(王五),两处的评分不同,都不计分(不取其中一处);请删去不对的一处;如果工作表「王五」是另一个月的,请把它隐藏或移到另一个文件后重新评分',
    ]);
  });
});
