// fx62t: §30 tick groups. The empty circle typed from an IME (〇, U+3007) or a symbol font (◯, U+25EF) printed in every cell
// of a row left unticked was read as a tick each (「勾了 4 格」, unscored at exit 1) — it is ○. ☑ chosen with ☒ in the
// other cells (☒ crossing out the rest, as × beside √) was refused as ticked four ways; ☒ alone is still the chosen box.
// CATALOG §30: each item 0.7 × 上级 + 0.3 × 客户 (优秀 100 / 良好 80), 客户 absent → 上级 alone.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx62t', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

describe('§30 tick groups: 〇 / ◯ as ○, ☑ beside ☒', () => {
  it('客户 〇 in every cell: 上级 良好 alone, 80 on all 12 → 80.00 良好, as ○', async () => {
    const r = await gradedReport(fixture('s30-ideo-circle-nocust.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 80, '良好']]);
    expect(errors(r)).toEqual([]);
  });

  it('客户 ◯ in every cell: 80.00 良好', async () => {
    const r = await gradedReport(fixture('s30-large-circle-nocust.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 80, '良好']]);
    expect(errors(r)).toEqual([]);
  });

  it('☑ 良好 / ☑ 优秀 with ☒ in the other cells: 0.7 × 80 + 0.3 × 100 = 86 on all 12 → 86.00 良好', async () => {
    const r = await gradedReport(fixture('s30-box-crossed-others.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 86, '良好']]);
    expect(errors(r)).toEqual([]);
  });

  it('☒ alone beside ☐: ☒ is the box chosen — 86.00 良好', async () => {
    const r = await gradedReport(fixture('s30-crossed-box-empty-others.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 86, '良好']]);
    expect(errors(r)).toEqual([]);
  });

  // Review 62: on a sheet ticking with ☒ and marking the rest ☐, a √ or ☑ beside the ☒ is a second answer — read as the √
  // alone it was 87.17 良好 at exit 0.
  for (const file of ['s30-xbox-convention-plus-tick.xlsx', 's30-checked-plus-xbox-among-empty.xlsx']) {
    it(`${file}: item 1's 上级 ticked twice (☒ beside ☐ elsewhere) — refused tick-group`, async () => {
      const r = await gradedReport(fixture(file), { form: 'cs-ability' });
      expect(totals(r)).toEqual([['王五', null, null]]);
      expect(errors(r).map((p) => p.code)).toEqual(['tick-group']);
    });
  }
});
