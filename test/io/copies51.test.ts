// §9 cs-competency raters' copies the fifty-first session's tester found: February's peer copy whose month is written in
// a title without its year (考核月份 left blank), and a peer's copy, 评分人 blank, with one person's mark under 主管评.
// Fixtures: test/fixtures/copies51/make.py.
//
// Catalog §9: 优秀 100, 良好 80, 一般 60, 待改进 40; item = 70 % 主管 + 10 % 同事 (peers averaged) + 20 % 客户; no 客户
// here, its weight spread (主管 70/80, 同事 10/80); every copy marks all five items alike, so the total is one item's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import type { GradeOptions } from '../../src/io/outcome.js';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/copies51', f);
const totals = (r: Awaited<ReturnType<typeof combinedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.band]);
// sup 2026-03 (张三 优秀, 李四 良好, 王五 一般) + peer-a 2026-03 (良好, 良好, 优秀):
// 张三 (70·100 + 10·80)/80 = 97.50, 李四 (70·80 + 10·80)/80 = 80.00, 王五 (70·60 + 10·100)/80 = 65.00.
const MARCH = [['张三', 97.5, '优秀'], ['李四', 80, '良好'], ['王五', 65, '一般']];
// With a second peer of 待改进 (40) averaged in: 张三 (7000 + 10·(80+40)/2)/80 = 95.00, 李四 (5600 + 600)/80 = 77.50,
// 王五 (4200 + 10·(100+40)/2)/80 = 61.25.
const WITH_FEBRUARY_PEER = [['张三', 95, '优秀'], ['李四', 77.5, '良好'], ['王五', 61.25, '一般']];

async function refused(files: string[], options: GradeOptions = {}) {
  const outcome = await gradeCombined(files.map(at), { output: null, ...options });
  if (outcome.ok) throw new Error(`combined: ${outcome.report.people.map((p) => `${p.name} ${p.total}`).join(', ')}`);
  return outcome.failure;
}

describe('a peer copy whose month is a title\'s without its year (张三 95.00 for 97.50 at exit 0): refused as a file name\'s 2月 is', () => {
  const titles = ['2月份同事互评表', '考核月份:2月', '考核期间:二月', '同事评分(2月)', '客服岗位的员工绩效考核表(2月)'];
  titles.forEach((title, i) => {
    it(`「${title}」 above the headings, beside two copies of 2026-03`, async () => {
      const p = await refused(['sup.xlsx', 'peer-a.xlsx', `titled/peer-b-${i}.xlsx`]);
      expect([p.code, p.severity, p.file, p.sheet, p.cell]).toEqual(['period-mixed', 'error', at(`titled/peer-b-${i}.xlsx`), '考核表', 'A1']);
      expect(p.message).toBe(`一起评分的几份表考核月份不同(2026-03:sup.xlsx、peer-a.xlsx;2月:peer-b-${i}.xlsx;peer-b-${i}.xlsx 没有填写考核月份,它的月份写在表头上方 考核表!A1「${title}」):各评分人的表必须是同一考核期`);
    });
  });

  it('March\'s two copies alone: 97.50, 80.00, 65.00', async () => {
    expect(totals(await combinedReport([at('sup.xlsx'), at('peer-a.xlsx')]))).toEqual(MARCH);
  });

  it('「3月份同事互评表」 is March\'s, and a title naming no month is no month: the peer averaged in, 95.00, 77.50, 61.25', async () => {
    for (const peer of ['titled/peer-b-march.xlsx', 'titled/peer-b-untitled.xlsx']) {
      const r = await combinedReport([at('sup.xlsx'), at('peer-a.xlsx'), at(peer)]);
      expect(totals(r)).toEqual(WITH_FEBRUARY_PEER);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });

  it('one copy titled 「3月份主管评分表」 graded alone, with --period 2026-03 or without: 100, 80, 60 as before', async () => {
    // 主管 alone, the others' weight spread to it: 张三 优秀 100, 李四 良好 80, 王五 一般 60.
    for (const options of [{}, { period: '2026-03' }]) {
      const r = await gradedReport(at('titled/sup-march.xlsx'), options);
      expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 100, '优秀'], ['李四', 80, '良好'], ['王五', 60, '一般']]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });
});

describe('a peer\'s copy, 评分人 blank, filling 同事评1 on 李四\'s and 王五\'s rows and 张三\'s 待改进 under 主管评', () => {
  const files = (...names: string[]) => names.map((n) => at(`blank-rater/${n}`));

  it('the 主管 left 张三 blank: 张三 not scored (42.50 = (70·40 + 10·60)/80 at exit 0), the error at peer-a.xlsx F2', async () => {
    const r = await combinedReport(files('sup.xlsx', 'peer-a.xlsx', 'peer-b.xlsx'));
    // 李四: 主管 80, peers (80 + 100)/2 = 90 → (5600 + 900)/80 = 81.25; 王五: 主管 60, peers 100 → (4200 + 1000)/80 = 65.00.
    expect(totals(r)).toEqual([['张三', null, null], ['李四', 81.25, '良好'], ['王五', 65, '一般']]);
    const p = r.problems.find((x) => x.code === 'rater-unknown')!;
    expect([p.severity, p.file, p.sheet, p.cell, p.person]).toEqual(['error', at('blank-rater/peer-a.xlsx'), '考核表', 'F2', '张三']);
    expect(p.message).toContain('peer-a.xlsx 考核表!F2:这份表没有填写「评分人」,这一行填的是「主管评」的格子,而其他 2 行填的是「同事评」的格子:这一行是谁的评分看不出来(此人不评分)');
  });

  it('the 主管 rated 张三 too: still said as the 主管评 twice, at peer-a.xlsx', async () => {
    const r = await combinedReport(files('sup-all.xlsx', 'peer-a.xlsx', 'peer-b.xlsx'));
    expect(totals(r)[0]).toEqual(['张三', null, null]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.file])).toEqual([['rater-duplicate', at('blank-rater/peer-a.xlsx')]]);
  });

  it('a copy filling 同事评1 and its own row\'s 自评 (weight 0) is one peer\'s: 张三 (7000 + 10·60)/80 = 95.00', async () => {
    const r = await combinedReport(files('sup-all.xlsx', 'peer-a-self.xlsx', 'peer-b.xlsx'));
    expect(totals(r)).toEqual([['张三', 95, '优秀'], ['李四', 81.25, '良好'], ['王五', 65, '一般']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
