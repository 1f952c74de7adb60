// Tick boxes typed the usual Excel/WPS way — the letter R in 「Wingdings 2」, shown ☑, £ shown □ — were refused as the
// letters: §27 29-ccl-form-wingdings 19 errors 「实际为「R」」 at exit 1 for 78.33 一般; §25's 是/否 likewise.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { shownInSymbolFont } from '../../src/io/symbolFonts.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/symbolFonts49', f);

// §27 worked example: ticks 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50; (83.33 + 80 + 100 + 50) / 4 = 78.33 → 一般.
const WORKED = { total: expect.closeTo(78.33, 2), band: '一般', status: 'scored' };

describe('§27 boxes in a symbol font read as the shape they show', () => {
  it('a person sheet of Wingdings 2 R (☑) and £ (□): 78.33 一般, no problem', async () => {
    const r = await gradedReport(at('ccl-form-w2.xlsx'));
    expect(r.people[0]).toMatchObject({ name: '张三', ...WORKED });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  for (const writer of ['exceljs', 'package'] as const) {
    describe(`a roster read by ${writer === 'package' ? 'the fast path' : 'exceljs'}`, async () => {
      const report = gradedReport(at('ccl-roster.xlsx'), { writer });
      const person = async (name: string) => (await report).people.find((p) => p.name === name)!;
      const errors = async (name: string) => (await report).problems.filter((p) => p.person === name && p.severity === 'error');

      it('Wingdings 2 R/£, Wingdings þ ü / o ¨, Marlett a with Symbol ´ (×): each 78.33 一般', async () => {
        for (const name of ['王五', '赵六', '钱七']) {
          expect(await person(name)).toMatchObject(WORKED);
          expect(await errors(name)).toEqual([]);
        }
      });

      it('a real R in an ordinary font is refused as before, as 「R」 (15 ticked boxes; the 4 × are read)', async () => {
        expect((await person('孙八')).status).toBe('error');
        const e = await errors('孙八');
        expect(e).toHaveLength(15);
        expect(e[0]).toMatchObject({ code: 'unknown-choice', cell: 'K5' });
        expect(e[0]!.message).toContain('实际为「R」');
      });

      it('a letter whose shape kpi does not know (Wingdings 2 A): an error at its cell naming the font, the rest read', async () => {
        const e = await errors('周九');
        expect(e).toHaveLength(1);
        expect(e[0]).toMatchObject({ code: 'unknown-symbol', cell: 'K6' });
        expect(e[0]!.message).toContain('实际是「Wingdings 2」字体显示的一个符号(输入的字母是「A」),kpi 认不出它是勾、叉还是空框');
      });

      // cs-checklist lists ☒ among √'s spellings (a crossed box is Word's ticked box): Wingdings 2 T shows ☒, so 19/19
      // ticked → 100, 100, 100, 100 → 100 优秀, as a typed ☒ is.
      it('a crossed box (Wingdings 2 T, ☒) follows the form, which reads ☒ as √: 100 优秀', async () => {
        expect(await person('郑一')).toMatchObject({ total: 100, band: '优秀', status: 'scored' });
      });
    });
  }
});

// §25: 41 points of the 45 given in full and 0 lapses; 判断相关责任人并督促出具处理意见 is 4 × boxes passed / 2.
describe('§25 是/否 typed as tick marks in a symbol font', () => {
  // 是 + 否: 4 × 1/2 = 2 → 41 + 2 = 43; 43 / 45 × 100 = 95.555… → 95.56 优秀.
  it('Wingdings 2 R (☑, not among 是\'s spellings) reads as √ = 是, T (☒) as × = 否: 95.56 优秀', async () => {
    const r = await gradedReport(at('pcs-form-yes-no.xlsx'));
    expect(r.people[0]).toMatchObject({ name: '李四', total: expect.closeTo(95.56, 2), band: '优秀', status: 'scored' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('Wingdings 2 P (✓) = 是, O (✗) = 否: the same 95.56 优秀', async () => {
    const r = await gradedReport(at('pcs-form-tick-cross.xlsx'));
    expect(r.people[0]).toMatchObject({ total: expect.closeTo(95.56, 2), band: '优秀', status: 'scored' });
  });

  it('Wingdings 2 A: unknown-symbol at F38, the person not scored', async () => {
    const r = await gradedReport(at('pcs-form-unknown.xlsx'));
    expect(r.people[0]!.status).toBe('error');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['unknown-symbol', 'F38']]);
  });
});

describe('shownInSymbolFont', () => {
  it('an ordinary font, or none, leaves the text as typed', () => {
    expect(shownInSymbolFont({ kind: 'text', value: 'R' }, undefined)).toEqual({ kind: 'text', value: 'R' });
  });

  it('Symbol digits are digits; Greek letters are no tick', () => {
    expect(shownInSymbolFont({ kind: 'text', value: '1' }, 'Symbol')).toMatchObject({ value: '1', symbol: { known: true } });
    expect(shownInSymbolFont({ kind: 'text', value: 'a' }, 'Symbol')).toMatchObject({ value: 'a', symbol: { known: false, typed: 'a' } });
  });
});
