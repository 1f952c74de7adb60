import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

// Titles and tabs that name a team, a region or a project, not a person (fixtures: mk.py beside them, from fx53j/20a).
// §7 cs-specialist-monthly, the 主管 column G:
//   张三 能力 2+7+2+4+3 = 18, 态度 5+4+5+5+4+5 = 28, 业绩 9+10+8+9+9 = 45 → 91.00 优秀
//   李四 1+6+2+3+2 = 14, 4+5+4+4+5+3 = 25, 8+7+9+8+7 = 39 → 78.00 一般
//   王五 2+8+1+5+3 = 19, 5×6 = 30, 10×5 = 50 → 99.00 优秀
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53s', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total, p.band, p.status]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.code, p.sheet, p.cell, p.person]);
const HAND = [['张三', 91, '优秀', 'scored'], ['李四', 78, '一般', 'scored'], ['王五', 99, '优秀', 'scored']];

describe('one title on every sheet, 被考核人 blank, tabs 张三/李四/王五: the tabs name them', () => {
  for (const file of ['t0-blank.xlsx', 't2-blank.xlsx', 't3-blank.xlsx', 't6-blank.xlsx']) {
    it(`${file}: 91 / 78 / 99 with name-from-sheet by the tab, not 「全员」「华南」「万达广场」「江苏」 unscored`, async () => {
      const r = await gradedReport(fixture(file));
      expect(people(r)).toEqual(HAND);
      expect(said(r)).toEqual([['warning', 'name-from-sheet', '张三', 'F2', '张三'], ['warning', 'name-from-sheet', '李四', 'F2', '李四'], ['warning', 'name-from-sheet', '王五', 'F2', '王五']]);
    });
  }

  it('t2s-blank: Sheet1–3 under 「华南 3月绩效考核表」 are refused as before, not three people named 华南', async () => {
    const r = await gradedReport(fixture('t2s-blank-sheetN.xlsx'));
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['', 'error'], ['', 'error'], ['', 'error']]);
    expect(said(r).map((p) => p.slice(0, 4))).toEqual(['Sheet1', 'Sheet2', 'Sheet3'].map((s) => ['error', 'header-missing', s, 'F2']));
  });

  it('t2s-filled: 被考核人 filled under the shared 「华南」 title: nothing said', async () => {
    const r = await gradedReport(fixture('t2s-filled-sheetN.xlsx'));
    expect(people(r)).toEqual(HAND);
    expect(r.problems).toEqual([]);
  });
});

describe('a lone sheet whose tab or title is a project, a region or a province, 被考核人 张三 filled', () => {
  for (const file of ['s1-project-tab-title.xlsx', 's2-region-tab-title.xlsx', 's4-region-tab.xlsx', 's5-tab-full.xlsx']) {
    it(`${file}: 张三 91.00 优秀 (18 + 28 + 45), nothing said`, async () => {
      const r = await gradedReport(fixture(file));
      expect(people(r)).toEqual([HAND[0]]);
      expect(r.problems.filter((p) => p.code === 'sheet-name-differs' || p.severity === 'error')).toEqual([]);
    });
  }
});
