// rt59 s4: tick groups ticked the common ways without a √ — the keyboard's v / V, ○ (● was read), 是, 对 — or with the
// columns not chosen marked (× | × | √, ☐ | ☐ | ☑, 0 | 0 | 1): every row was refused 「填的是「v」,不是勾」 / 「填的是「×」」,
// all three people unscored at exit 1 for 108.70 优秀, 91.40 优秀, 73.00 一般 (as the same sheets with √ give). Now v, V, ○,
// 是, 对 tick their column as √ does, and ×, ✗, ✘, ✕, ☐, □, 0, 否 mark a column not chosen (read as blank); ○ beside ● is
// not chosen. Fixtures: test/fixtures/tickMarks59 (make.py, after the red-teamer's t2.py / seed4.py).
// CATALOG §4: item points = weight × coefficient × 100, coefficient = 0.7 × 直接 + 0.3 × 间接 (差 0.6 / 低标 0.8 / 达成 1);
// part 2's two lines each (0.7 × 直接 + 0.3 × 间接) / 10 × 5; grade on min(total, 100).
// 张三 达成 | 达成 on all 13: 100; 工作能力 (0.7 × 8 + 0.3 × 6) / 10 × 5 = 3.7, 日常行为 10 | 10 → 5: 108.70 优秀.
// 李四 (weight: 直接, 间接 → coefficient → points): 15: 达成, 低标 → 0.94 → 14.1; 15: 低标, 低标 → 12; 7: 差, 达成 → 0.72 →
// 5.04; 8: 达成, 达成 → 8; 8: 低标, 差 → 0.74 → 5.92; 7: 达成, 低标 → 6.58; 6: 达成 → 6; 6: 差, 差 → 3.6; 6: 低标, 达成 →
// 0.86 → 5.16; 6 → 6; 6 → 6; 5: 低标 → 4; 5 → 5: 87.4; 5 | 5 → 2.5, 3 | 3 → 1.5: 91.40 优秀.
// 王五 差 | 达成 on all 13: 0.42 + 0.3 = 0.72 → 72; 1 | 1 → 0.5 twice: 73.00 一般.
// CATALOG §30: each item 0.7 × 上级 + 0.3 × 客户 (优秀 100 / 良好 80 / 一般 60 / 较差 40): 良好, 优秀 → 56 + 30 = 86.00 良好.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickMarks59', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const notInfo = (r: Report) => r.problems.filter((p) => p.severity !== 'info');
const THREE = [['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']];

describe('§4 a tick typed without a √, or the columns not chosen marked: read as the √ sheet (were refused at exit 1)', () => {
  it('the same sheets with √: 108.70 优秀, 91.40 优秀, 73.00 一般 (as before)', async () => {
    const r = await gradedReport(fixture('s4-tick.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual(THREE);
    expect(notInfo(r)).toEqual([]);
  });

  it('v, V, ○, 是, 对 alone in the row tick their column', async () => {
    for (const f of ['s4-v.xlsx', 's4-V.xlsx', 's4-circle.xlsx', 's4-yes.xlsx', 's4-dui.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-dept-monthly' });
      expect(totals(r), f).toEqual(THREE);
      expect(notInfo(r), f).toEqual([]);
    }
  });

  it('√ with × in the others, ☑ with ☐, 1 with 0, √ with ✗ ✘ □ 否 ✕ ×, v with ×, ● with ○: the marked column', async () => {
    for (const f of ['s4-x.xlsx', 's4-gou.xlsx', 's4-0.xlsx', 's4-crosses.xlsx', 's4-v-x.xlsx', 's4-dot-circle.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-dept-monthly' });
      expect(totals(r), f).toEqual(THREE);
      expect(notInfo(r), f).toEqual([]);
    }
  });

  it('still refused: two v, v beside √, ○ beside √ and a blank (only ●, or ○ in every other cell, makes ○ not chosen) — two marks', async () => {
    for (const f of ['s4-vv.xlsx', 's4-v-tick.xlsx', 's4-circle-tick.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-dept-monthly' });
      expect(totals(r), f).toEqual([['张三', null, null]]);
      expect(notInfo(r).map((p) => [p.severity, p.code, p.cell]), f).toEqual([['error', 'tick-group', 'D8']]);
      expect(notInfo(r)[0]!.message, f).toContain('直接主管的勾选列(D8:F8:差 / 低标 / 达成)勾了 2 格(差、达成)');
    }
  });

  it('a row of × only is no "nothing chosen": refused as before (a rater may mark his choice with ×)', async () => {
    // Review 59 (h): read as blank, 间接's × | | on every item (s4-indirect-x-marks.xlsx, the reviewer's) was dropped as
    // 「间接主管无人评分」 — 王五 0.7 × 0.6 × 100 … 61.00 for 73.00 (0.7 × 0.6 + 0.3 × 1.0 = 0.72 → 72 + part 2 1) at exit 0.
    // Beside a tick a × is not chosen (above); alone in its row it is what the rater wrote — 「×」 is not a tick.
    for (const f of ['s4-x-direct.xlsx', 's4-x-indirect.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-dept-monthly' });
      expect(totals(r), f).toEqual([['张三', null, null]]);
      expect(notInfo(r).some((p) => p.severity === 'error' && p.code === 'tick-group'), f).toBe(true);
    }
    const x = await gradedReport(fixture('s4-indirect-x-marks.xlsx'), { form: 'cs-dept-monthly' });
    expect(x.people.every((p) => p.total === null)).toBe(true);
    expect(x.problems.some((p) => p.code === 'rater-spread')).toBe(false);
  });
});

describe('§30 cs-ability 上级 / 客户 over 优秀 | 良好 | 一般 | 较差: the same marks', () => {
  it('√ (as before), v, ○ with ×, ☑ with ☐, 1 with 0: 86.00 良好', async () => {
    for (const f of ['s30-tick.xlsx', 's30-v.xlsx', 's30-circle-x.xlsx', 's30-gou.xlsx', 's30-0.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-ability' });
      expect(totals(r), f).toEqual([['王五', 86, '良好']]);
      expect(notInfo(r), f).toEqual([]);
    }
  });
});
