// fx63i (review 63 of 981634ba): §8 person sheets, 其它 typed as two 奖惩分 rows. v*.xlsx are the review's files as given,
// the rest made by test/fixtures/fx63i/make.py. Every sheet is CATALOG §8's worked example:
// 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 before 奖惩 (77 → 一般).
//  1. Two rows that both say nothing (0 | 0, 无 | 无, - | -) were refused duplicate-entry, 张三 unscored for 77.00 一般:
//     no conflict, 77.
//  2. 「-1分」 | 「-1分」, 「－１」 | 「－１」, 「1分」 | 「1分」 were refused 「不知道取哪一个」 with no sum: the figures are read
//     as the reader reads them, the sum advised (−1 + −1 = −2; 1 + 1 = 2).
//  3. Two (奖惩分, 原因) pairs, each with its own reason, were refused at both second rows: each counts, added up.
//     Two rows sharing one reason, reasons alike or 「同上」, a reason blank, or a line whose reason says the other sign stay
//     refused.
import path from 'node:path';
import { copyFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63i', f);
const scored = async (file: string, options = {}) => {
  const r = await gradedReport(at(file), { form: 'mattress-cs-monthly', ...options });
  return {
    r,
    people: r.people.map((p) => [p.name, p.total, p.band]),
    said: r.problems.map((p) => [p.code, p.severity, p.cell]),
    other: r.people[0]?.items.find((i) => i.label === '其它'),
  };
};

describe('§8 two 奖惩分 rows that say nothing: 77.00 一般', () => {
  // 77 + 0 = 77.
  for (const file of ['v3-zero-zero.xlsx', 'v3b-zero-zero-noreason.xlsx', 'v5-wu-wu.xlsx', 'v16-dash.xlsx', 'z-zero-wu.xlsx', 'z-kou-zero.xlsx']) {
    it(file, async () => {
      const s = await scored(file);
      expect(s.people).toEqual([['张三', 77, '一般']]);
      expect(s.said).toEqual([]);
      expect(s.other?.score).toBe(0);
    });
  }
  it('v15-zero-then-minus.xlsx (0 | −2 beside one reason) stays refused at F22, the sum −2 advised', async () => {
    const s = await scored('v15-zero-then-minus.xlsx');
    expect(s.people).toEqual([['张三', null, null]]);
    expect(s.said).toEqual([['duplicate-entry', 'error', 'F22']]);
    expect(s.r.problems[0]!.message).toContain('填合计「-2」');
  });
});

describe('§8 the same figure twice with its sign or 分: refused, the sum advised', () => {
  // −1 + −1 = −2 (as 「-1」 | 「-1」 is advised); 「1分」 + 「1分」 = 2 as typed (beside 「迟到两次」 the sign is then its own
  // question, as one row's 「2分」 is).
  for (const [file, sum, shown] of [
    ['v18-minus1fen-twice.xlsx', '-2', '(-1分 + (-1分))'],
    ['v20-fullwidth-twice.xlsx', '-2', '(－１ + (－１))'],
    ['v7-fixed.xlsx', '2', '(1分 + 1分)'],
  ] as const) {
    it(`${file}: duplicate-entry at F22 advising 「${sum}」`, async () => {
      const s = await scored(file);
      expect(s.people).toEqual([['张三', null, null]]);
      expect(s.said).toEqual([['duplicate-entry', 'error', 'F22']]);
      expect(s.r.problems[0]!.message).toContain(`填合计「${sum}」${shown}`);
      expect(s.r.problems[0]!.message).not.toContain('不知道取哪一个');
    });
  }
});

describe('§8 two (奖惩分, 原因) pairs, each with its own reason: added up', () => {
  for (const [file, total, points, values, sum] of [
    // 77 − 1 − 1 = 75 一般
    ['v1-two-reasons.xlsx', 75, -2, ['-1(迟到两次)', '-1(工作时间玩手机)'], -2],
    // 77 − 1 − 2 = 74 一般
    ['p-two-figures.xlsx', 74, -3, ['-1(迟到两次)', '-2(工作时间玩手机)'], -3],
    // 77 + 2 − 1 = 78 一般
    ['p-mixed-signs.xlsx', 78, 1, ['2(表扬信)', '-1(迟到)'], 1],
    // 77 − 1 − 1 + 3 = 78 一般
    ['p-three.xlsx', 78, 1, ['-1(迟到)', '-1(工作时间玩手机)', '3(表扬信)'], 1],
    // under 「奖惩分(扣分)」 1 and 「1分」 are −1 each: 77 − 1 − 1 = 75 一般
    ['p-kou-heading.xlsx', 75, -2, ['-1(迟到)', '-1(工作时间玩手机)'], -2],
  ] as const) {
    it(`${file}: ${total}.00 一般, each line said`, async () => {
      const s = await scored(file);
      expect(s.people).toEqual([['张三', total, '一般']]);
      expect(s.said).toEqual([['lines-added', 'info', 'F21']]);
      expect(s.other?.score).toBe(points);
      expect(s.r.problems[0]!.message).toContain(`按各行相加计(${values.join(' + ')} = ${sum})`);
      // The trail names both reasons.
      for (const v of values) expect(s.other?.explanation).toContain(v.replace(/^[^(]*\((.*)\)$/, '$1'));
    });
  }

  it('v1-two-reasons.xlsx writes its graded workbook', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v1.xlsx');
    copyFileSync(at('v1-two-reasons.xlsx'), file);
    const r = await gradedReport(file, { form: 'mattress-cs-monthly', output: path.join(dir, 'v1.graded.xlsx') });
    expect(r.people.map((p) => p.total)).toEqual([75]);
    expect(existsSync(path.join(dir, 'v1.graded.xlsx'))).toBe(true);
  });

  // Could be one line typed twice: stays refused (981634ba's, test/io/fx62h2.test.ts, and these).
  for (const [file, cells] of [
    ['v2-copy.xlsx', ['F23']],
    ['v6-plus2-twice.xlsx', ['F22']],
    ['v14-reason-split.xlsx', ['F23']],
    ['r-ditto.xlsx', ['F23', 'F24']],
    ['r-one-reason-blank.xlsx', ['F23']],
    // +1 beside 「迟到扣1分」 says the other sign: not added up.
    ['r-sign-against.xlsx', ['F23', 'F24']],
  ] as const) {
    it(`${file}: refused duplicate-entry at ${cells.join(', ')}`, async () => {
      const s = await scored(file);
      expect(s.people).toEqual([['张三', null, null]]);
      expect(s.said).toEqual(cells.map((c) => ['duplicate-entry', 'error', c]));
    });
  }
});
