// §9 raters' copies (and files alone) whose month is written only above the headings — a title 「2026年2月…考核表」, a line
// 「考核月份:2026年2月」, cells 「考核月份 | 2026-02」: February's peer copy merged into March's at exit 0 (林娜 86.80), and
// scored alone with --period 2026-03 its 汇总 said March. Fixtures: test/fixtures/copyMonths49/make.py.
//
// Marks (catalog §9: 优秀 100, 良好 80, 待改进 40; item = 70 % 主管 + 10 % 同事 + 20 % 客户, a missing group's weight spread
// over the others — no 客户 here, so 主管 70/80 = 87.5 %, 同事 10/80 = 12.5 %): 主管 林娜 优秀, 周杰 良好 (2026-03);
// March's peer 林娜 良好, 周杰 优秀; February's peer 待改进 for both.
//   林娜 with March's peer: 0.875 × 100 + 0.125 × 80 = 97.50 优秀;  周杰: 0.875 × 80 + 0.125 × 100 = 82.50 良好.
//   林娜 with February's peer instead: 0.875 × 100 + 0.125 × 40 = 92.50 (what merging it would have given).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/copyMonths49', f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);
const MARCH = [['林娜', 97.5, '优秀'], ['周杰', 82.5, '良好']];

async function refused(files: string[]) {
  const outcome = await gradeCombined(files.map(at), { output: null });
  if (outcome.ok) throw new Error(`combined: ${outcome.report.people.map((p) => `${p.name} ${p.total}`).join(', ')}`);
  return outcome.failure;
}

describe('a peer copy of February beside March\'s 主管 copy: refused as a 月份 column of February is (exit 2)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['a title', 'peer-feb-title.xlsx', 'A1', '「2026年2月客服岗位绩效考核表(同事评)」'],
    ['a line 考核月份:2026年2月', 'peer-feb-line.xlsx', 'A2', '「考核月份:2026年2月」'],
    ['cells 考核月份 | 2026-02', 'peer-feb-cells.xlsx', 'B2', '「考核月份 2026-02」'],
    ['a date cell after 考核月份:, 填表日期:2026-03-02 beside', 'peer-feb-date.xlsx', 'B2', '「考核月份: 2026-02-01」'],
  ];
  for (const [how, file, cell, text] of cases) {
    it(`its month in ${how}: 2026-02 against 2026-03, at ${cell} (merged, 林娜 would be 92.50 for nothing said)`, async () => {
      const p = await refused(['sup-march.xlsx', file]);
      expect([p.code, p.severity, p.file, p.sheet, p.cell]).toEqual(['period-mixed', 'error', at(file), 'Sheet1', cell]);
      expect(p.message).toBe(`一起评分的几份表考核月份不同(2026-03:sup-march.xlsx;2026-02:${file};${file} 没有填写考核月份,它的月份写在表头上方 Sheet1!${cell}${text}):各评分人的表必须是同一考核期`);
    });
  }

  it('people\'s own sheets titled 「2026年2月客服岗位的员工绩效考核表」, 考核月份 left blank: the same, at 林娜!A1', async () => {
    const p = await refused(['sup-march.xlsx', 'peer-feb-sheets.xlsx']);
    expect([p.code, p.sheet, p.cell]).toEqual(['period-mixed', '林娜', 'A1']);
    expect(p.message).toContain('2026-02:peer-feb-sheets.xlsx');
  });

  it('among March\'s two copies the February one is named, with March\'s two files', async () => {
    const p = await refused(['sup-march.xlsx', 'peer-march.xlsx', 'peer-feb-title.xlsx']);
    expect(p.message).toContain('(2026-03:sup-march.xlsx、peer-march.xlsx;2026-02:peer-feb-title.xlsx;peer-feb-title.xlsx 没有填写考核月份');
    expect(p.cell).toBe('A1');
  });
});

describe('copies whose title names their own month, a quarter or a span holding it: merged as before', () => {
  for (const file of ['peer-march.xlsx', 'peer-march-title.xlsx', 'peer-quarter-title.xlsx', 'peer-span-title.xlsx', 'peer-march-sheets.xlsx']) {
    it(`${file}: 林娜 97.50 优秀, 周杰 82.50 良好`, async () => {
      const r = await combinedReport([at('sup-march.xlsx'), at(file)]);
      expect(totals(r)).toEqual(MARCH);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }
});

describe('one file whose month is its title\'s only, scored with --period', () => {
  // 主管 alone: 同事 and 客户 spread to it, 林娜 100 优秀, 周杰 80 良好 — the same whatever the month.
  const said = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, p.sheet, p.cell, p.message]);

  it('「2026年2月…考核表(主管评)」 with --period 2026-03: an error at A1 (汇总 said 考核月份:2026-03 at exit 0)', async () => {
    const r = await gradedReport(at('sup-feb-title.xlsx'), { period: '2026-03' });
    expect(totals(r)).toEqual([['林娜', 100, '优秀'], ['周杰', 80, '良好']]);
    expect(said(r)).toEqual([['error', 'Sheet1', 'A1', 'sup-feb-title.xlsx:表中没有填写考核月份,表头上方 Sheet1!A1「2026年2月客服岗位绩效考核表(主管评)」写的是 2026-02,而 --period 指定为 2026-03;像是另一个月的表,「汇总」却会按 2026-03 标注;请核对后改正标题或 --period']]);
  });

  it('with --period 2026-02 nothing is said; without --period the title\'s 2026-02 is the file\'s month', async () => {
    expect(said(await gradedReport(at('sup-feb-title.xlsx'), { period: '2026-02' }))).toEqual([]);
    const r = await gradedReport(at('sup-feb-title.xlsx'));
    expect([r.period, said(r)]).toEqual(['2026-02', []]);
  });

  it('a title of 「2026年1-3月」: fine for --period 2026-03, an error for 2026-04 naming the span', async () => {
    expect(said(await gradedReport(at('sup-span-title.xlsx'), { period: '2026-03' }))).toEqual([]);
    const r = await gradedReport(at('sup-span-title.xlsx'), { period: '2026-04' });
    expect(said(r).map(([s, , c, m]) => [s, c, (m as string).includes('写的是 2026年1-3月,而 --period 指定为 2026-04')])).toEqual([['error', 'A1', true]]);
    expect((await gradedReport(at('sup-span-title.xlsx'))).period).toBeUndefined();
  });

  it('rows giving 2026-03 under a stale 「2026年2月」 title: the rows\' month counts, nothing said with --period 2026-03', async () => {
    const r = await gradedReport(at('sup-stale-title.xlsx'), { period: '2026-03' });
    expect(said(r)).toEqual([]);
    expect(r.period).toBe('2026-03');
  });
});

describe('a month line above the headings is not their upper row', () => {
  it('「考核月份 | 2026-02」 over 序号 | 姓名 …: the column left out is 「序号」 (A3), not 「考核月份·序号」', async () => {
    for (const file of ['peer-feb-cells.xlsx', 'peer-feb-date.xlsx']) {
      const r = await gradedReport(at(file));
      const ignored = r.problems.filter((p) => p.code === 'unknown-column').map((p) => p.message);
      expect(ignored).toEqual(['工作表「Sheet1」中这些列不是本考核表的项目,已忽略:「序号」(A3)']);
    }
  });
});
