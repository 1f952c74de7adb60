// §9 cs-competency raters' copies the fiftieth session's tester found: a copy's month only in its names (考核月份 left blank),
// and one peer's copy sent twice, both named with a day. Fixtures: test/fixtures/copies50/make.py.
//
// Catalog §9: 优秀 100, 良好 80, 一般 60, 待改进 40; item = 70 % 主管 + 10 % 同事 (peers averaged) + 20 % 客户; a group
// nobody rated has its weight spread over the others (no 客户: 主管 70/80, 同事 10/80); total = mean of the five items,
// 优秀 ≥ 90, 良好 ≥ 75, 一般 ≥ 60.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import type { GradeOptions } from '../../src/io/outcome.js';
import { combinedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/copies50', f);
const totals = (r: Awaited<ReturnType<typeof combinedReport>>) => r.people.map((p) => [p.name, Number(p.total?.toFixed(2)), p.band]);
// 主管 良好 beside one peer 优秀, no 客户: 80 × 7/8 + 100/8 = 82.50 每项, 82.50 良好 (with February's 待改进 peer: 75.00).
const MARCH_PEER = [['张三', 82.5, '良好'], ['李四', 82.5, '良好']];

async function refused(files: string[], options: GradeOptions = {}) {
  const outcome = await gradeCombined(files.map(at), { output: null, ...options });
  if (outcome.ok) throw new Error(`combined: ${outcome.report.people.map((p) => `${p.name} ${p.total}`).join(', ')}`);
  return outcome.failure;
}

describe('copies named by month, 考核月份 left blank: last month\'s peer copy refused as a title\'s month is (exit 2)', () => {
  const message = '一起评分的几份表考核月份不同(2026-03:主管-2026年3月.xlsx、同事甲-2026年3月.xlsx、客户-2026年3月.xlsx;2026-02:同事乙-2026年2月.xlsx;同事乙-2026年2月.xlsx 没有填写考核月份,它的月份只写在文件名里「同事乙-2026年2月.xlsx」):各评分人的表必须是同一考核期';

  it('the folder with 同事乙-2026年2月 (张三 74.60 一般 at exit 0: peers (100 + 40)/2 = 70): refused at that file, with --period too', async () => {
    for (const options of [{}, { period: '2026-03' }]) {
      const p = await refused(['by-name'], options);
      expect([p.code, p.severity, p.file, p.message]).toEqual(['period-mixed', 'error', at('by-name/同事乙-2026年2月.xlsx'), message]);
    }
  });

  it('March\'s three copies: 张三 77.60 良好, 李四 80.00 良好', async () => {
    // 张三: 主管 良好,良好,一般,一般,一般; 客户 优秀; peer 优秀. Items 0.7 × 80 + 0.1 × 100 + 0.2 × 100 = 86 (×2),
    // 0.7 × 60 + 10 + 20 = 72 (×3); (2 × 86 + 3 × 72)/5 = 77.60 良好. 李四 良好 everywhere: 80.00 良好.
    const r = await combinedReport(['主管-2026年3月.xlsx', '客户-2026年3月.xlsx', '同事甲-2026年3月.xlsx'].map((f) => at(`by-name/${f}`)));
    expect(totals(r)).toEqual([['张三', 77.6, '良好'], ['李四', 80, '良好']]);
    expect(r.problems.filter((p) => p.code === 'period-mixed')).toEqual([]);
  });
});

describe('a peer copy whose month is only its sheet\'s tab, beside 主管 of 2026-03 (75.00 for the 主管\'s month at exit 0)', () => {
  for (const [file, tab, month] of [['peer-tab-feb.xlsx', '2月同事评', '2月'], ['peer-tab-2026-02.xlsx', '2026年2月', '2026-02']]) {
    it(`tab 「${tab}」: refused at that sheet, its month ${month}`, async () => {
      const p = await refused(['sup-march.xlsx', file]);
      expect([p.code, p.file, p.sheet]).toEqual(['period-mixed', at(file), tab]);
      expect(p.message).toBe(`一起评分的几份表考核月份不同(2026-03:sup-march.xlsx;${month}:${file};${file} 没有填写考核月份,它的月份只写在工作表名里「${tab}」):各评分人的表必须是同一考核期`);
    });
  }

  it('tab 「3月同事评」 is March\'s: 82.50 良好 each, as with 考核月份 三月 on the 主管\'s copy', async () => {
    expect(totals(await combinedReport([at('sup-march.xlsx'), at('peer-tab-mar.xlsx')]))).toEqual(MARCH_PEER);
    expect(totals(await combinedReport([at('sup-bare.xlsx'), at('peer-tab-mar.xlsx')]))).toEqual(MARCH_PEER);
  });
});

describe('one peer\'s February and March copies, 同事甲-2月 and 同事甲-3月 (two peers averaged: 75 + … at exit 0)', () => {
  it('refused at 同事甲-2月.xlsx, its 2月 against 2026-03 and 3月', async () => {
    const p = await refused(['sup-march.xlsx', '同事甲-2月.xlsx', '同事甲-3月.xlsx']);
    expect([p.code, p.file]).toEqual(['period-mixed', at('同事甲-2月.xlsx')]);
    expect(p.message).toContain('(2026-03:sup-march.xlsx、同事甲-3月.xlsx;2月:同事甲-2月.xlsx;同事甲-2月.xlsx 没有填写考核月份,它的月份只写在文件名里「同事甲-2月.xlsx」)');
  });

  it('同事甲-3月 alone beside 2026-03 or 三月: March, 82.50 良好', async () => {
    expect(totals(await combinedReport([at('sup-march.xlsx'), at('同事甲-3月.xlsx')]))).toEqual(MARCH_PEER);
    expect(totals(await combinedReport([at('sup-bare.xlsx'), at('同事甲-3月.xlsx')]))).toEqual(MARCH_PEER);
  });

  it('a day in the name (同事丙-4月2日, sent on 2 April) is no April copy: 82.50 良好', async () => {
    expect(totals(await combinedReport([at('sup-march.xlsx'), at('同事丙-4月2日.xlsx')]))).toEqual(MARCH_PEER);
  });

  it('a copy in a 2026-02 folder beside 主管 of 2026-03: a folder is named when collected, no month read from it', async () => {
    // 主管 良好, peer 待改进, no 客户: 80 × 7/8 + 40/8 = 75.00 每项, 75.00 良好 (refused as 2026-02 before the review).
    expect(totals(await combinedReport([at('sup-march.xlsx'), at('2026-02/同事丁.xlsx')]))).toEqual([['张三', 75, '良好'], ['李四', 75, '良好']]);
  });
});

describe('a month next to a word of collecting is when the copy came back (客户-4月回收 beside 主管 2026-03: exit 2 for 84.44)', () => {
  for (const file of ['客户-4月回收.xlsx', '客户-回收2026-04.xlsx', '客户-2026年4月导出.xlsx']) {
    it(`${file}: no month of its own, 84.44 良好 each`, async () => {
      // 主管 良好, 客户 优秀, no peer: 80 × 70/90 + 100 × 20/90 = (5600 + 2000)/90 = 84.44 每项, 84.44 良好.
      const r = await combinedReport([at('sup-march.xlsx'), at(`collected/${file}`)]);
      expect(totals(r)).toEqual([['张三', 84.44, '良好'], ['李四', 84.44, '良好']]);
    });
  }
});

describe('the month read from names said even when the copy of a cell\'s month is the odd one', () => {
  it('主管 2026-03 beside two peers whose tabs say 2月 / 2026年2月: the tab named', async () => {
    // (Before: 「(2026-03:sup-march.xlsx;2026-02:…)」 with no word of where 2026-02 came from; 2月 joins 2026-02.)
    const p = await refused(['sup-march.xlsx', 'peer-tab-feb.xlsx', 'peer-tab-2026-02.xlsx']);
    expect([p.code, p.file]).toEqual(['period-mixed', at('sup-march.xlsx')]);
    expect(p.message).toBe('一起评分的几份表考核月份不同(2026-03:sup-march.xlsx;2026-02:peer-tab-2026-02.xlsx、peer-tab-feb.xlsx;peer-tab-2026-02.xlsx 没有填写考核月份,它的月份只写在工作表名里「2026年2月」):各评分人的表必须是同一考核期');
  });
});

describe('two peers\' copies named alike but for a day (同事甲-0325, 同事甲-0402): a resend or two peers, refused (exit 2)', () => {
  // 主管 王五 良好 ×3, 一般 ×2; peer 待改进 on 3/25, 优秀 on 4/2; 张三 and 李四 良好 in all. Averaged as two peers (40 + 100)/2 = 70:
  // 80 × 7/8 + 70/8 = 78.75 ×3, 60 × 7/8 + 70/8 = 61.25 ×2 → 71.75 一般. The later copy only: 80 × 7/8 + 100/8 = 82.50 ×3,
  // 60 × 7/8 + 12.5 = 65 ×2 → (247.5 + 130)/5 = 75.50 良好. The names cannot say which is meant (review: two anonymous peers'
  // 同事评-0330 and -0402 agreeing on 2 of 3 were taken as one copy, 王五 76.40 良好 for 73.40 一般, a warning only).
  for (const [first, second] of [['0325', '0402'], ['3.25', '4.2'], ['20260325', '20260402']]) {
    it(`同事甲-${first} and 同事甲-${second}, in either order: refused at the earlier, asking which`, async () => {
      for (const order of [[first, second], [second, first]]) {
        const p = await refused(['dated/主管.xlsx', ...order.map((d) => `dated/同事甲-${d}.xlsx`)]);
        expect([p.code, p.severity, p.file]).toEqual(['rater-duplicate', 'error', at(`dated/同事甲-${first}.xlsx`)]);
        expect(p.message).toBe(`同事甲-${first}.xlsx 和 同事甲-${second}.xlsx 名字只差日期:是同一位评分人改过后重发的,请删去旧的一份;是两位评分人,请在文件名或评分人里写明是谁`);
      }
    });
  }

  it('each 评分人 naming its peer (同事评(孙七), 同事评(赵六)): two peers, 王五 71.75 一般', async () => {
    const r = await combinedReport([at('dated/主管.xlsx'), at('dated-named/同事评-0330.xlsx'), at('dated-named/同事评-0402.xlsx')]);
    expect(totals(r)).toEqual([['张三', 80, '良好'], ['李四', 80, '良好'], ['王五', 71.75, '一般']]);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate')).toEqual([]);
  });
});
