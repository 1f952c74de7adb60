// Raters' copies in an inbox: batch grades each alone (each total has only its own rater's marks) and says so,
// with the command that combines them.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { copyRaterOf, findRater, raterCopy } from '../../src/engine/raterCopy.js';
import { form } from '../helpers.js';
import { assertBuilt, batchFolders, reportOf } from './helpers.js';

beforeAll(assertBuilt);

const ITEMS = ['C1', 'C2', 'C3', 'C4', 'C5'];
const person = (rater: string, level: string): FillPerson => ({
  header: { employeeId: '1001', name: '林娜', department: '客服部', period: '2026-03' },
  values: Object.fromEntries(ITEMS.map((c) => [`${c}@${rater}`, level])),
});

async function copyFile(file: string, raterText: string, people: FillPerson[]): Promise<void> {
  const f = await form('cs-competency');
  const rater = findRater(f, raterText)!;
  const restricted = raterCopy(f, rater);
  const wb = await buildTemplate(restricted, { layout: 'roster', generator: 'test', rater: rater.label });
  fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, restricted, people);
  await wb.xlsx.writeFile(file);
  const hourAgo = new Date(Date.now() - 3_600_000);
  await fs.utimes(file, hourAgo, hourAgo);
}

describe('raters\' copies in a batch inbox', () => {
  it('are each graded alone, and the run says so with the command that combines them (exit 1)', async () => {
    const { inbox, out } = await batchFolders();
    await fs.mkdir(inbox, { recursive: true });
    await copyFile(path.join(inbox, '主管.xlsx'), '主管', [person('supervisor', '优秀')]);
    await copyFile(path.join(inbox, '同事.xlsx'), '同事', [person('peer', '良好')]);
    const result = await runBatch({ folder: inbox, out, recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true });
    expect(result.exitCode).toBe(1);
    const warnings = reportOf(result).warnings.filter((w) => w.includes('评分人各填的一份'));
    expect(warnings).toEqual([
      `主管.xlsx(主管评)、同事.xlsx(同事评) 是同一个月几位评分人各填的一份,批量评分逐个评分、不合并:各份的总分只含本份评分人的评分。请合并评分:kpi score 主管.xlsx 同事.xlsx`,
    ]);
  });

  it('two 主管评 copies of the same people (the 主管 is one person): the same rating twice, said as such (exit 0 and 2 people counted, unsaid)', async () => {
    const { inbox, out } = await batchFolders();
    await fs.mkdir(inbox, { recursive: true });
    await copyFile(path.join(inbox, '主管.xlsx'), '主管', [person('supervisor', '优秀')]);
    await copyFile(path.join(inbox, '主管(改).xlsx'), '主管', [person('supervisor', '良好')]);
    const result = await runBatch({ folder: inbox, out, recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true });
    expect(result.exitCode).toBe(1);
    expect(reportOf(result).warnings).toEqual([
      '主管(改).xlsx 和 主管.xlsx 是同一张考核表(cs-competency,2026-03)的同一批人(1 人中 1 人相同),两份都评了分,汇总和人数里这些人算了两次(另存或复制的副本?);请只留一份',
    ]);
  });

  it('two interviewers\' copies (§15, one group several fill): two ratings to combine, not 「the same people twice, keep one」', async () => {
    const { inbox, out } = await batchFolders();
    await fs.mkdir(inbox, { recursive: true });
    const f = await form('interview-eval');
    const rater = findRater(f, '面试官')!;
    const restricted = raterCopy(f, rater);
    const copy = async (file: string, level: string) => {
      const wb = await buildTemplate(restricted, { layout: 'roster', generator: 'test', rater: rater.label });
      fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, restricted, [{ header: { name: '寅一', period: '2026-03' }, values: Object.fromEntries(Array.from({ length: 15 }, (_, k) => [`Q${k + 1}@interviewer#1`, level])) }]);
      await wb.xlsx.writeFile(path.join(inbox, file));
      const hourAgo = new Date(Date.now() - 3_600_000);
      await fs.utimes(path.join(inbox, file), hourAgo, hourAgo);
    };
    await copy('张三.xlsx', '优秀');
    await copy('李四.xlsx', '一般');
    const result = await runBatch({ folder: inbox, out, recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true });
    const warnings = reportOf(result).warnings;
    expect(warnings.filter((w) => w.includes('请只留一份'))).toEqual([]);
    expect(warnings).toEqual([`张三.xlsx(面试官)、李四.xlsx(面试官) 是同一个月几位评分人各填的一份,批量评分逐个评分、不合并:各份的总分只含本份评分人的评分。请合并评分:kpi score 张三.xlsx 李四.xlsx`]);
  });

  it('two 主管评 copies beside a peer\'s: the command that would refuse everyone is not given; keep one 主管评 first', async () => {
    const { inbox, out } = await batchFolders();
    await fs.mkdir(inbox, { recursive: true });
    await copyFile(path.join(inbox, '主管.xlsx'), '主管', [person('supervisor', '优秀')]);
    await copyFile(path.join(inbox, '主管2.xlsx'), '主管', [person('supervisor', '良好')]);
    await copyFile(path.join(inbox, '同事.xlsx'), '同事', [person('peer', '良好')]);
    const result = await runBatch({ folder: inbox, out, recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true });
    const raters = reportOf(result).warnings.filter((w) => w.includes('评分人各填的一份'));
    expect(raters).toEqual([
      '主管.xlsx(主管评)、主管2.xlsx(主管评)、同事.xlsx(同事评) 是同一个月几位评分人各填的一份,批量评分逐个评分、不合并:各份的总分只含本份评分人的评分。请先让「主管评」只留一份,再合并评分:kpi score <各份>(或把它们放在一个文件夹里用 kpi score 文件夹 --combine)',
    ]);
  });

  it('two colleagues\' 同事评 copies of the same people: the raters\' warning alone, not 「the same people twice, keep one」 (that would drop a rating)', async () => {
    const { inbox, out } = await batchFolders();
    await fs.mkdir(inbox, { recursive: true });
    await copyFile(path.join(inbox, '主管.xlsx'), '主管', [person('supervisor', '优秀')]);
    await copyFile(path.join(inbox, '同事甲.xlsx'), '同事', [person('peer', '良好')]);
    await copyFile(path.join(inbox, '同事乙.xlsx'), '同事', [person('peer', '优秀')]);
    const result = await runBatch({ folder: inbox, out, recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true });
    expect(result.exitCode).toBe(1);
    const warnings = reportOf(result).warnings;
    expect(warnings.filter((w) => w.includes('请只留一份'))).toEqual([]);
    expect(warnings.filter((w) => w.includes('评分人各填的一份'))).toEqual([
      `主管.xlsx(主管评)、同事乙.xlsx(同事评)、同事甲.xlsx(同事评) 是同一个月几位评分人各填的一份,批量评分逐个评分、不合并:各份的总分只含本份评分人的评分。请合并评分:kpi score 主管.xlsx 同事乙.xlsx 同事甲.xlsx`,
    ]);
  });

  it('a copy named with spaces (「同事 乙.xlsx」) is quoted in the command given, so that it can be pasted', async () => {
    const { inbox, out } = await batchFolders();
    await fs.mkdir(inbox, { recursive: true });
    await copyFile(path.join(inbox, '主管.xlsx'), '主管', [person('supervisor', '优秀')]);
    await copyFile(path.join(inbox, '同事 乙.xlsx'), '同事', [person('peer', '优秀')]);
    const result = await runBatch({ folder: inbox, out, recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true });
    expect(reportOf(result).warnings.filter((w) => w.includes('评分人各填的一份'))).toEqual([
      `主管.xlsx(主管评)、同事 乙.xlsx(同事评) 是同一个月几位评分人各填的一份,批量评分逐个评分、不合并:各份的总分只含本份评分人的评分。请合并评分:kpi score 主管.xlsx '同事 乙.xlsx'`,
    ]);
  });

  it('copies arriving on different nights: the copy graded later is warned of with the ones graded before (exit 1)', async () => {
    const { inbox, out } = await batchFolders();
    await fs.mkdir(inbox, { recursive: true });
    const opts = { folder: inbox, out, recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true };
    await copyFile(path.join(inbox, '同事.xlsx'), '同事', [person('peer', '良好')]);
    // Night 1: the peer's copy alone (no 主管评: a problem of its own, nothing to combine yet).
    const first = reportOf(await runBatch(opts));
    expect(first.warnings.filter((w) => w.includes('评分人各填的一份'))).toEqual([]);
    // Night 2: the 主管's copy arrives; graded alone it would pass at exit 0 with the peer's weight given away.
    await copyFile(path.join(inbox, '主管.xlsx'), '主管', [person('supervisor', '优秀')]);
    const second = await runBatch(opts);
    // 主管.xlsx graded with a warning of its own (rater-copy-only: its totals hold the 主管's marks alone), said in its workbook too.
    expect(reportOf(second).files.map((f) => [f.file, f.status])).toEqual([['主管.xlsx', 'problems'], ['同事.xlsx', 'skipped-unchanged']]);
    expect(second.exitCode).toBe(1);
    expect(reportOf(second).warnings.filter((w) => w.includes('评分人各填的一份'))).toEqual([
      `主管.xlsx(主管评)、同事.xlsx(同事评,以前评过) 是同一个月几位评分人各填的一份,批量评分逐个评分、不合并:各份的总分只含本份评分人的评分。请合并评分:kpi score 主管.xlsx 同事.xlsx`,
    ]);
    // Night 3: nothing new; the set is still listed, and no longer makes the exit code 1.
    const third = await runBatch(opts);
    expect(reportOf(third).warnings.filter((w) => w.includes('评分人各填的一份'))).toHaveLength(1);
    expect(third.exitCode).toBe(0);
  });

  it('a copy is a file whose every 评分人 names one group; blank or a person\'s name is not', async () => {
    const f = await form('cs-competency');
    const field = f.header.find((h) => h.role === 'rater')!.id;
    expect(copyRaterOf(f, [{ header: { [field]: '主管' } }, { header: { [field]: '主管评' } }])).toMatchObject({ label: '主管评' });
    expect(copyRaterOf(f, [{ header: {} }])).toBeNull();
    expect(copyRaterOf(f, [{ header: { [field]: '陈经理' } }])).toBeNull();
    expect(copyRaterOf(f, [{ header: { [field]: '主管' } }, { header: { [field]: '同事' } }])).toBeNull();
  });
});
