// Reviews of 781fa2d4 (考核内容 an items' heading only where no other is) and 8f235de3 (most §5 rows dated).
// Fixtures: test/fixtures/fx57m/ (a reviewer's mk26.py / mk5.py, and mkv.py beside them).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx57m', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.band, p.status]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell, p.person]);

// 张三's 12 criteria 9 8 10 | 8 8 8 | 7 9 8 | 6 7 8: areas 27/3 = 9, 24/3 = 8, 24/3 = 8, 21/3 = 7; 总分 32 × 2.5 = 80.00 良好.
describe('§26 cs-work-review: 李四\'s copy beside 张三\'s under 「考核内容」', () => {
  it('「序号 | 考核内容 | 满分 | 得分」 twice (李四 in G–J): 李四 listed unscored at G5, exit 1 (was 张三 alone 80.00 良好 at exit 0)', async () => {
    const r = await gradedReport(fixture('b-seed26-two-side.xlsx'), { form: 'cs-work-review' });
    expect(people(r)).toEqual([['张三', 80, '良好', 'scored'], ['李四', null, null, 'error']]);
    expect(errors(r)).toEqual([['second-form-on-sheet', 'G5', '李四']]);
  });

  it('「序号 | 考核项目 | 考核内容 | 满分 | 得分」 twice: the same, at I5', async () => {
    const r = await gradedReport(fixture('d-seed26-xiangmu-two-side.xlsx'), { form: 'cs-work-review' });
    expect(people(r)).toEqual([['张三', 80, '良好', 'scored'], ['李四', null, null, 'error']]);
    expect(errors(r)).toEqual([['second-form-on-sheet', 'I5', '李四']]);
  });

  it('stays as it was: the form alone, and beside it a 「考核内容 | 评分标准」 legend of the 12 criteria (no form) — 80.00 良好, no problem', async () => {
    for (const name of ['a-seed26-single.xlsx', 'x3-legend-beside.xlsx']) {
      const r = await gradedReport(fixture(name), { form: 'cs-work-review' });
      expect(people(r)).toEqual([['张三', 80, '良好', 'scored']]);
      expect(r.problems.filter((p) => p.code === 'second-form-on-sheet' || p.severity !== 'info')).toEqual([]);
    }
  });

  it('得分 renamed 「实得」: said as that column unnamed (as before 781fa2d4), not as the heading row missing', async () => {
    const r = await gradedReport(fixture('x2-score-renamed.xlsx'), { form: 'cs-work-review' });
    expect(people(r)).toEqual([['张三', null, null, 'error']]);
    const said = r.problems.find((p) => p.code === 'item-not-found')!;
    expect(said.cell).toBe('A5');
    expect(said.message).toContain('「实得」');
  });
});

describe('§5 install-followup: half the 完工时间 dated, all March, every call-back in April', () => {
  it('is March\'s: 4 orders, 3 satisfied, 3/4 = 75 % 一般 at exit 0 with an info (was 「按日期是 2026-04 的」 at exit 1)', async () => {
    // 完工时间 3/5, 3/12, blank, blank (2 dated of 4, a tie); 客服回访时间 4/2, 4/3, 4/6, 4/7; 服务态度 5分 3分 5分 5分.
    const r = await gradedReport(fixture('t1-march-installs-half-blank.xlsx'), { form: 'install-followup', period: '2026-03' });
    const all = r.groups!.find((g) => g.grouping === 'all')!;
    expect([all.rows, all.band, all.figures.satisfiedCount, all.figures.satisfiedRate]).toEqual([4, '一般', 3, 75]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => p.severity)).toEqual(['info']);
  });

  it('stays refused where one call-back is in May (4/2, 4/3, 5/6, 4/7): 「按日期是 2026-04、2026-05 的」', async () => {
    const r = await gradedReport(fixture('t5-tie-may-callback.xlsx'), { form: 'install-followup', period: '2026-03' });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['records-sheet-period']);
  });
});
