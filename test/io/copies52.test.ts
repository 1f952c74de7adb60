// §9 cs-competency raters' copies (c07b, c13), redone after the review reverted the first fix: February's peer copy whose
// month is a title's without its year, beside notice lines that name no copy's month; and an unnamed peer copy with one
// person's mark under 主管评, beside copies of one hand rating in two roles that are sound. Fixtures:
// test/fixtures/copies52/make.py.
//
// Catalog §9: 优秀 100, 良好 80, 一般 60, 待改进 40; item = 70 % 主管 + 10 % 同事 (peers averaged) + 20 % 客户; no 客户
// here, its weight spread (主管 70/80, 同事 10/80); every copy marks all five items alike, so the total is one item's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/copies52', f);
type Report = Awaited<ReturnType<typeof combinedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2))]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

// sup 2026-03 (张三 优秀, 李四 良好, 王五 一般) + peer-a 2026-03 (良好, 良好, 优秀) + a second peer of 待改进 (40) averaged in:
// 张三 (70·100 + 10·(80 + 40)/2)/80 = 95.00, 李四 (70·80 + 10·(80 + 40)/2)/80 = 77.50, 王五 (70·60 + 10·(100 + 40)/2)/80 = 61.25.
// Without it 张三 would be (7000 + 800)/80 = 97.50.
const WITH_SECOND_PEER = [['张三', 95], ['李四', 77.5], ['王五', 61.25]];

describe('c07b: a peer copy whose month is a title\'s without its year (张三 95.00 for 97.50 at exit 0)', () => {
  const titles = ['2月份同事互评表', '考核月份:2月', '考核期间:二月', '同事评分(2月)', '2月考核表'];
  titles.forEach((title, i) => {
    it(`「${title}」 above the headings, 考核月份 blank: refused beside two copies of 2026-03`, async () => {
      const outcome = await gradeCombined([at('sup.xlsx'), at('peer-a.xlsx'), at(`titled/feb-${i}.xlsx`)], { output: null });
      if (outcome.ok) throw new Error(`combined: ${totals(outcome.report)}`);
      const p = outcome.failure;
      expect([p.code, p.file, p.sheet, p.cell]).toEqual(['period-mixed', at(`titled/feb-${i}.xlsx`), '考核表', 'A1']);
      expect(p.message).toBe(`一起评分的几份表考核月份不同(2026-03:sup.xlsx、peer-a.xlsx;2月:feb-${i}.xlsx;feb-${i}.xlsx 没有填写考核月份,它的月份写在表头上方 考核表!A1「${title}」):各评分人的表必须是同一考核期`);
    });
  });

  it('「考核月份 | 2月」 in two cells: refused at the month\'s cell B1', async () => {
    const outcome = await gradeCombined([at('sup.xlsx'), at('peer-a.xlsx'), at('titled/feb-5.xlsx')], { output: null });
    expect(outcome.ok ? null : [outcome.failure.code, outcome.failure.cell]).toEqual(['period-mixed', 'B1']);
  });

  const notices = ['请于4月初交回本表', '2月绩效已发', '注意:2月绩效已发放', '春节(2月)值班人员另行考核', '3月入职员工不参评'];
  notices.forEach((notice, i) => {
    it(`a notice 「${notice}」 under the title 「客服岗位同事互评表」 is no copy's month: the peer averaged in, 95.00 at exit 0`, async () => {
      const r = await combinedReport([at('sup.xlsx'), at('peer-a.xlsx'), at(`titled/notice-${i}.xlsx`)]);
      expect(totals(r)).toEqual(WITH_SECOND_PEER);
      expect(errors(r)).toEqual([]);
    });
  });

  it('「3月份同事互评表」 above 「2月绩效已发」 is March\'s: merged, 95.00, 77.50, 61.25', async () => {
    const r = await combinedReport([at('sup.xlsx'), at('peer-a.xlsx'), at('titled/march-notice.xlsx')]);
    expect(totals(r)).toEqual(WITH_SECOND_PEER);
    expect(errors(r)).toEqual([]);
  });

  it('graded alone, 「2月份同事互评表」 is read as before (no year to give it): the peer\'s copy, 张三 not scored for no 主管评', async () => {
    const r = await gradedReport(at('titled/feb-0.xlsx'));
    expect(r.problems.some((p) => p.code === 'period-mixed')).toBe(false);
  });
});

describe('c13: an unnamed peer copy filling 同事评1 on 李四\'s and 王五\'s rows and 张三\'s 待改进 under 主管评', () => {
  const files = (...names: string[]) => names.map((n) => at(n));

  it('the 主管\'s copy holds 张三 blank: 张三 scored from the row as filled, 42.50 = (70·40 + 10·60)/80, with a warning at peer-a.xlsx F2 (review: an error refused the sound twin below)', async () => {
    const r = await combinedReport(files('unnamed/sup.xlsx', 'unnamed/peer-a.xlsx', 'unnamed/peer-b.xlsx'));
    // 李四: 主管 80, peers (80 + 100)/2 = 90 → (5600 + 900)/80 = 81.25; 王五: 主管 60, peers 100 → (4200 + 1000)/80 = 65.00.
    expect(totals(r)).toEqual([['张三', 42.5], ['李四', 81.25], ['王五', 65]]);
    const p = r.problems.find((x) => x.code === 'rater-unknown')!;
    expect([p.severity, p.file, p.sheet, p.cell, p.person]).toEqual(['warning', at('unnamed/peer-a.xlsx'), '考核表', 'F2', '张三']);
    expect(p.message).toBe('peer-a.xlsx 考核表!F2:这份表没有填写「评分人」,其他 2 行填的都是「同事评」的格子,只有这一行填在「主管评」一栏,而「主管评」有自己的一份(sup.xlsx):这一行是谁的评分看不出来,已按「主管评」计分,请核对。是同事评的评分请移到「同事评」一栏;确是主管评的评分请在这一行的「评分人」里写明「主管评」');
  });

  it('the 主管 rated 张三 too: said as 主管评 twice, as before', async () => {
    const r = await combinedReport(files('unnamed/sup-all.xlsx', 'unnamed/peer-a.xlsx', 'unnamed/peer-b.xlsx'));
    expect(totals(r)).toEqual([['张三', null], ['李四', 81.25], ['王五', 65]]);
    expect(errors(r).map((p) => [p.code, p.file])).toEqual([['rater-duplicate', at('unnamed/peer-a.xlsx')]]);
  });
});

describe('sound copies of one hand in two roles, beside the manager\'s 主管评 copy of the 组长s (张三 优秀, 王五 良好, 赵六 良好)', () => {
  const lead = (copy: string, manager = 'manager.xlsx') => combinedReport([at(`lead/${manager}`), at(`lead/${copy}`)]);

  it('a 组长 rating his one member 李四 as 主管 (良好) and fellow 组长s 王五 优秀, 赵六 一般 as peers: scored as base', async () => {
    // 张三 100 (主管 alone); 李四 80 (主管 alone); 王五 (70·80 + 10·100)/80 = 82.50; 赵六 (70·80 + 10·60)/80 = 77.50.
    const r = await lead('one-member.xlsx');
    expect(totals(r)).toEqual([['张三', 100], ['王五', 82.5], ['赵六', 77.5], ['李四', 80]]);
    expect(errors(r)).toEqual([]);
  });

  it('a 组长 rating two members as 主管 (李四 良好, 钱七 一般) and 赵六 一般 as peer: scored', async () => {
    // 王五 80 (主管 alone); 赵六 (5600 + 600)/80 = 77.50; 李四 80; 钱七 60.
    const r = await lead('two-members.xlsx');
    expect(totals(r)).toEqual([['张三', 100], ['王五', 80], ['赵六', 77.5], ['李四', 80], ['钱七', 60]]);
    expect(errors(r)).toEqual([]);
  });

  it('a tie, one row each (李四 主管 良好, 王五 peer 优秀): scored', async () => {
    // 王五 (5600 + 1000)/80 = 82.50; 赵六 80 (主管 alone); 李四 80.
    const r = await lead('tie.xlsx');
    expect(totals(r)).toEqual([['张三', 100], ['王五', 82.5], ['赵六', 80], ['李四', 80]]);
    expect(errors(r)).toEqual([]);
  });

  it('the manager\'s copy listing 李四 blank as well: scored as base, 李四 80, with c13\'s warning (the two cannot be told apart)', async () => {
    const r = await lead('one-member.xlsx', 'manager-all.xlsx');
    expect(totals(r).find(([n]) => n === '李四')).toEqual(['李四', 80]);
    expect(r.problems.find((p) => p.code === 'rater-unknown')?.params).toMatchObject({ case: 'lone-row', filled: '主管评', group: '同事评', rows: 2, owner: 'manager-all.xlsx' });
  });
});
