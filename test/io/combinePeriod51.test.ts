// Raters' copies combined against --period (README: copies of one form and one period). Every copy February's — 考核月份
// 2026-02 in the cells, 「2026年2月…」 above the headings, or 「2月」 in the file names — combined with --period 2026-03 was
// labelled and graded March's at exit 0, 张三 97.50 优秀 under 「考核月份:2026-03」; a file alone is checked so. Now refused,
// naming each copy and where its month was read. Fixtures: test/fixtures/combinePeriod51/make.py (the headings of
// `kpi template cs-competency --rater 主管 / --rater 同事甲 --layout roster`).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { combinedReport, repoRoot, runCli } from '../helpers.js';

const dir = (d: string) => path.join(repoRoot, 'test/fixtures/combinePeriod51', d);
const pair = (d: string, sup = 'sup.xlsx', peer = 'peer.xlsx') => [path.join(dir(d), sup), path.join(dir(d), peer)];
const refused = async (files: string[], period: string) => {
  const outcome = await gradeCombined(files, { output: null, period });
  if (outcome.ok) throw new Error('combined, not refused');
  return outcome.failure;
};

// §9: 主管 张三 优秀 / 李四 良好 / 王五 一般 on all five items, 同事评 良好 / 良好 / 优秀; no 客户评, its 20 % spread over the
// others (主管 70/80, 同事 10/80). 张三 (70 × 100 + 10 × 80) / 80 = 97.5 优秀 (≥ 90); 李四 (70 × 80 + 10 × 80) / 80 = 80
// 良好 (≥ 75); 王五 (70 × 60 + 10 × 100) / 80 = 65 一般 (≥ 60). Each the mean of five equal items.
const expected = [
  { name: '张三', total: 97.5, band: '优秀', status: 'scored' },
  { name: '李四', total: 80, band: '良好', status: 'scored' },
  { name: '王五', total: 65, band: '一般', status: 'scored' },
];
const people = (r: Awaited<ReturnType<typeof combinedReport>>) => r.people.map(({ name, total, band, status }) => ({ name, total, band, status }));
const errors = (r: Awaited<ReturnType<typeof combinedReport>>) => r.problems.filter((p) => p.severity === 'error');

describe('raters\' copies of February combined with --period 2026-03', () => {
  it('考核月份 2026-02 in every row: refused, each copy named at its cell', async () => {
    const f = await refused(pair('cells'), '2026-03');
    expect(f).toMatchObject({ code: 'month-unknown', severity: 'error', file: pair('cells')[0], sheet: '考核表', cell: 'E2', actual: '2026-02' });
    expect(f.params).toMatchObject({ case: 'copies-and-period', month: '2026-02', flag: '2026-03' });
    expect(f.message).toBe(
      '一起评分的 2 份表是 2026-02 的(sup.xlsx 考核表!E2「2026-02」、peer.xlsx 考核表!E2「2026-02」),而 --period 指定为 2026-03;' +
        '合并的结果却会按 2026-03 标注和评分,没有评分;请核对是不是拿错了月份的表,或改正 --period 后重新评分',
    );
  });

  it('「2026年2月客服岗位的员工绩效考核表」 above the headings only: refused at that title', async () => {
    const f = await refused(pair('title'), '2026-03');
    expect(f).toMatchObject({ code: 'month-unknown', file: pair('title')[0], sheet: '考核表', cell: 'A1' });
    expect(f.message).toContain('(sup.xlsx 表头上方 考核表!A1「2026年2月客服岗位的员工绩效考核表」、peer.xlsx 表头上方 考核表!A1「2026年2月客服岗位的员工绩效考核表」)');
  });

  it('「2月」 in the file names only (主管-2月.xlsx, 同事甲-2月.xlsx): refused, the names said', async () => {
    const f = await refused(pair('named', '主管-2月.xlsx', '同事甲-2月.xlsx'), '2026-03');
    expect(f.params).toMatchObject({ month: '2月', flag: '2026-03' });
    expect(f.message).toContain('一起评分的 2 份表是 2月 的(主管-2月.xlsx 的文件名、同事甲-2月.xlsx 的文件名),而 --period 指定为 2026-03');
  });

  it('a folder with --combine on the command line: refused at exit 2, nothing written', async () => {
    const run = await runCli(['score', dir('cells'), '--combine', '--period', '2026-03']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('是 2026-02 的(');
    expect(run.stderr).toContain('而 --period 指定为 2026-03');
  });
});

describe('copies whose month is --period\'s, or who give none', () => {
  for (const [d, files] of [['cells', pair('cells')], ['title', pair('title')], ['named', pair('named', '主管-2月.xlsx', '同事甲-2月.xlsx')]] as const) {
    it(`${d} with --period 2026-02: 97.50 优秀, 80.00 良好, 65.00 一般`, async () => {
      const r = await combinedReport([...files], { period: '2026-02' });
      expect(people(r)).toEqual(expected);
      expect(errors(r)).toEqual([]);
    });
  }

  it('no month anywhere: --period 2026-03 is taken, 97.50 / 80.00 / 65.00', async () => {
    const r = await combinedReport(pair('none'), { period: '2026-03' });
    expect(people(r)).toEqual(expected);
    expect(errors(r)).toEqual([]);
  });
});

// A team's 26th-to-25th cycle, 「2026-02-26至2026-03-25」, is March's (the month it ends in, exportMonth's monthCycle).
describe('考核月份 written as a cycle', () => {
  it('both copies 2026-02-26至2026-03-25, --period 2026-03: combined, 97.50 / 80.00 / 65.00', async () => {
    const r = await combinedReport(pair('cycle'), { period: '2026-03' });
    expect(people(r)).toEqual(expected);
    expect(errors(r)).toEqual([]);
  });

  it('the same with --period 2026-02: refused as March\'s copies, the cycle as written', async () => {
    const f = await refused(pair('cycle'), '2026-02');
    expect(f.params).toMatchObject({ case: 'copies-and-period', month: '2026-03', flag: '2026-02' });
    expect(f.message).toContain('sup.xlsx 考核表!E2「2026-02-26至2026-03-25」');
  });

  // It was refused as 「考核月份不同(2026-02-26至2026-03-25:peer.xlsx;2026-03:sup.xlsx)」.
  it('the 主管 writing 2026-03, the peer the cycle: one month, combined with --period 2026-03 and without', async () => {
    for (const period of ['2026-03', undefined]) {
      const r = await combinedReport(pair('mixed-cycle'), period ? { period } : {});
      expect(people(r)).toEqual(expected);
      expect(errors(r)).toEqual([]);
    }
  });
});
