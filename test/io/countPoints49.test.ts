// §12 express-cs people's sheets (kpi template express-cs --people): 工作状况 filled with the item's points (39, 38 of its
// 40) in the row 「违反次数(次)」 was read as that many violations — 张三 18 + 39.5 + (40 − 0.5 × 39) = 78.00 一般 for the
// points' 18 + 39.5 + 39 = 96.5 优秀, at exit 0 with no word — while a roster of the same figures was refused.
// Fixtures: test/fixtures/countPoints49/make.py (工作效率 得分 18, 话务质量 态度 1 and 推诿 0 on every sheet, so 话务质量 is
// 40 − 0.5 × 1 = 39.5; bands from CATALOG's defaults: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/countPoints49', name);

async function graded(name: string) {
  const r = await gradedReport(at(name));
  const person = (who: string) => r.people.find((p) => p.name === who)!;
  const errors = r.problems.filter((p) => p.severity === 'error');
  return { r, person, errors };
}

describe('工作状况 filled with its points on people’s sheets (express-cs)', () => {
  it.each([
    ['express-1p.xlsx', [['张三', 38]], '只有这一张表'],
    ['express-2p.xlsx', [['张三', 39], ['李四', 38]], '2 张表都是这样'],
    ['express-3p.xlsx', [['张三', 39], ['李四', 38], ['王五', 37]], '3 张表这一项填的都多于 5 次'],
  ] as const)('%s: each sheet’s figure is refused as points at its cell, the person not scored', async (name, sheets, why) => {
    const { person, errors } = await graded(name);
    // Every figure within a quarter of the 40 (≥ 30) and above 5: 38 alone, 39/38, 39/38/37 — read as violations they
    // were 40 − 0.5 × 38 = 21, so 78.50; 78.00 / 78.50; 78.00 / 78.50 / 79.00, all 一般 for 96.5 / 97.5 / 98.5 优秀 as points.
    expect(errors).toHaveLength(sheets.length);
    for (const [who, value] of sheets) {
      expect(person(who).total).toBeNull();
      expect(person(who).status).not.toBe('scored');
      const e = errors.find((p) => p.person === who)!;
      expect(e).toMatchObject({ code: 'points-not-scale', sheet: who, cell: 'F18' });
      expect(e.message).toContain(`「工作状况」填了 ${value}(分值 40)`);
      expect(e.message).toContain(why);
    }
  });

  it('real counts stay counts: 3 and 0 on two sheets', async () => {
    const { person, errors } = await graded('express-counts-2p.xlsx');
    expect(errors).toEqual([]);
    // 张三 18 + 39.5 + (40 − 0.5 × 3) = 18 + 39.5 + 38.5 = 96 优秀; 李四 18 + 39.5 + 40 = 97.5 优秀.
    expect(person('张三')).toMatchObject({ total: 96, band: '优秀' });
    expect(person('李四')).toMatchObject({ total: 97.5, band: '优秀' });
  });

  it('6, 9, 7 violations on three sheets are counts (above 5, but none near the 40)', async () => {
    const { person, errors } = await graded('express-counts-3p.xlsx');
    expect(errors).toEqual([]);
    // 18 + 39.5 + (40 − 0.5 × 6) = 94.5; (40 − 4.5) → 93; (40 − 3.5) → 94, all 优秀.
    expect(person('张三')).toMatchObject({ total: 94.5, band: '优秀' });
    expect(person('李四')).toMatchObject({ total: 93, band: '优秀' });
    expect(person('王五')).toMatchObject({ total: 94, band: '优秀' });
  });

  it('a 39 beside a sheet of 2 violations is read as counted, as the roster reads it', async () => {
    const { person, errors } = await graded('express-mixed-2p.xlsx');
    expect(errors).toEqual([]);
    // 2 is a month's count: not every figure is points. 张三 18 + 39.5 + (40 − 0.5 × 39) = 78 一般; 李四 18 + 39.5 + 39 = 96.5.
    expect(person('张三')).toMatchObject({ total: 78, band: '一般' });
    expect(person('李四')).toMatchObject({ total: 96.5, band: '优秀' });
  });
});

describe('items under 20 points are left as read (§17 probation)', () => {
  it('准时出勤 (10) with 8 on one sheet is eight late days: 2 points', async () => {
    const { person, errors } = await graded('probation-1p.xlsx');
    expect(errors).toEqual([]);
    // 8 > 3 → 2; choices at their top: 20 + 30 + 20 + 20. Total 2 + 90 = 92 优秀.
    expect(person('张三')).toMatchObject({ total: 92, band: '优秀' });
  });
});
