// Rosters with last month's marks in a hidden column (the fifty-first session's tester: 21a–d, 20, 16b). Fixtures:
// test/fixtures/hiddenColumns51/make.py — 考核日期 2026-03 on every row, both readers (exceljs and the fast path).
//
// §26 cs-work-review: criteria 0–10, an area the mean of its three, 总分 = Σ areas × 2.5. Each fixture's first criterion
// twice (hidden 10, visible 2), the other eleven 8: (2 + 8 + 8)/3 = 6; 6 + 8 + 8 + 8 = 30; × 2.5 = 75.00 一般 (the hidden
// 10 read: (10 + 8 + 8)/3 = 8.67, 32.67 × 2.5 = 81.67 良好).
// §30 cs-ability: 优秀 100, 良好 80, 一般 60, 较差 40; 上级 70 %, 客户 30 % (no 客户: all 上级's); a dimension the mean of
// its three indicators, the total the mean of the four.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeOptions } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/hiddenColumns51', f);
const readers: GradeOptions[] = [{ writer: 'exceljs' }, { writer: 'package' }];
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.band, p.status]);
// (The message without its 「考核表!G1:」 and 「张三:」 before it.)
const said = (r: Awaited<ReturnType<typeof gradedReport>>, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell, p.person ?? null, p.message.replace(/^考核表![A-Z]+\d+:/, '').replace(/^[^:]{1,6}:(?=列)/, '')]);
const X = '熟悉产品和服务,准确清晰回答';

describe('§26: a hidden bare column beside the visible one noted with this month (81.67 良好 for 75.00 一般 at exit 0)', () => {
  for (const [file, heading] of [['wr-3月.xlsx', `${X}(3月)`], ['wr-本月.xlsx', `${X}(本月)`], ['wr-3月份.xlsx', `${X}（3月份）`], ['wr-2026年3月.xlsx', `${X}(2026年3月)`]]) {
    it(`「${heading}」 is that criterion: the visible 2 read, 75.00 一般, the hidden copy said`, async () => {
      for (const options of readers) {
        const r = await gradedReport(at(file), options);
        expect(totals(r)).toEqual([['张三', 75, '一般', 'scored'], ['李四', 75, '一般', 'scored']]);
        expect(said(r, 'duplicate-column')).toEqual([['warning', 'G1', null, `列「${heading}」与前面一列重复,前面那一列是隐藏的(可能是上个月的数据),只读这一列`]]);
        expect(said(r, 'unknown-column')).toEqual([]);
      }
    });
  }

  it('both visible (21d): one criterion twice, 10 against 2 — each person refused at the second cell, not one column picked', async () => {
    for (const options of readers) {
      const r = await gradedReport(at('wr-both-visible.xlsx'), options);
      expect(totals(r)).toEqual([['张三', null, null, 'error'], ['李四', null, null, 'error']]);
      expect(said(r, 'duplicate-entry').map((p) => [p[0], p[1], p[2]])).toEqual([['error', 'G2', '张三'], ['error', 'G3', '李四']]);
    }
  });

  it('「(2月)」 in March\'s rows is not this month\'s: set aside, and the hidden bare column alone refused (no one scored from February\'s 10)', async () => {
    for (const options of readers) {
      const r = await gradedReport(at('wr-2月.xlsx'), options);
      expect(totals(r)).toEqual([['张三', null, null, 'error'], ['李四', null, null, 'error']]);
      const message = `列「${X}」是隐藏的,里面填了评分,没有读取,此人不评分;是本月的评分请取消隐藏,是旧数据请删去这一列后重新评分`;
      expect(said(r, 'duplicate-column')).toEqual([['error', 'F2', '张三', message], ['error', 'F3', '李四', message]]);
    }
  });

  it('「(2月)」 first and the bare heading after it, both visible: the bare one is the column (75.00 一般), February\'s ignored', async () => {
    for (const options of readers) {
      const r = await gradedReport(at('wr-2月-first.xlsx'), options);
      // Here the bare column holds 2 and February's the 10: 75.00 as above.
      expect(totals(r)).toEqual([['张三', 75, '一般', 'scored'], ['李四', 75, '一般', 'scored']]);
      expect(said(r, 'duplicate-column')).toEqual([]);
    }
  });
});

describe('§30: hidden 「…·上级」 优秀 beside a visible 「…·上级(3月)」 较差 (81.67 良好 at exit 0)', () => {
  it('the visible 较差 read: 专业知识 (40 + 80 + 80)/3 = 66.67, (66.67 + 3 × 80)/4 = 76.67 一般', async () => {
    for (const options of readers) {
      const r = await gradedReport(at('ability-3月.xlsx'), options);
      expect(totals(r)).toEqual([['张三', 76.67, '一般', 'scored'], ['李四', 76.67, '一般', 'scored']]);
      expect(said(r, 'duplicate-column').map((p) => [p[0], p[1]])).toEqual([['warning', 'G1']]);
    }
  });
});

describe('a roster\'s lone hidden item column holding marks (16b: read quietly, 86.00 良好 for everyone at exit 0)', () => {
  it('refused as on a person\'s sheet: 张三 (优秀 in it) not scored; 李四 (blank there) scored without it', async () => {
    for (const options of readers) {
      const r = await gradedReport(at('ability-hidden-customer.xlsx'), options);
      // 李四: 0.7 × 80 + 0.3 × 100 = 86 where 客户 rated; the first indicator 上级 alone, 80. 专业知识 (80 + 86 + 86)/3 = 84;
      // (84 + 86 + 86 + 86)/4 = 85.50 良好.
      expect(totals(r)).toEqual([['张三', null, null, 'error'], ['李四', 85.5, '良好', 'scored']]);
      expect(said(r, 'duplicate-column')).toEqual([['error', 'G2', '张三', '列「掌握产品知识的全面程度·客户1」是隐藏的,里面填了评分,没有读取,此人不评分;是本月的评分请取消隐藏,是旧数据请删去这一列后重新评分']]);
    }
  });

  it('no 考核月份: 「…(2月)」 beside the bare heading is set aside, the bare one read (review: both compared, everyone refused)', async () => {
    // §26: 熟悉产品和服务 bare 2, (2月) 10; the other criteria 8: (2+8+8)/3 = 6, 6+8+8+8 = 30 × 2.5 = 75.00 一般, as base.
    for (const options of readers) {
      const r = await gradedReport(at('feb-noted-no-month.xlsx'), options);
      expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 75, '一般'], ['李四', 75, '一般']]);
    }
  });

  it('hidden 加分/减分 columns holding 0s read as blank, nobody refused (review: every person unscored)', async () => {
    // §11 with --data: 张三 77.50, 李四 100.00, as with the columns empty.
    const r = await gradedReport(at('hidden-zeros.xlsx'), { data: at('hidden-zeros-export.xlsx') } as GradeOptions);
    expect(r.people.slice(0, 2).map((p) => [p.name, p.total])).toEqual([['张三', 77.5], ['李四', 100]]);
    expect(r.problems.filter((p) => p.code === 'duplicate-column' && p.severity === 'error')).toEqual([]);
  });
});
