// Words of record logs the fiftieth session's tester found misread: §5 安装遗留问题's 「无」 with a note after it, and §21
// answers with a survey tool's option letter or under a legend joined by a dash, a colon or a point.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn } from '../../src/io/answerLegend.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/recordWords50', f);
const errorCells = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);

describe('§5 安装遗留问题: 「无」 with a note in brackets, after a space or a dash', () => {
  it('is no leftover; 「没」 and 「NO」 alone neither; 「无法安装」, 「没装好」, 「无 门板划伤」 are leftovers', async () => {
    const r = await gradedReport(at('install-none-notes.xlsx'), { form: 'install-followup' });
    // 王师傅 无(已完工), 无（客户满意）, 无 已完工, 无—已完工: 0 of 4 = 0 % (it was 3 of 4, 75 %, at exit 0).
    // 赵师傅 没, NO, 无-已完工, 无~已完工: 0 of 4 = 0 % (it was 100 %).
    // 李师傅 无法安装, 无门把手, 没装好, 没有装踢脚线: 4 of 4 = 100 %.
    // 孙师傅 无 门板划伤, No door, 无(门把手松动) — a note that is a problem — and 无: 3 of 4 = 75 %.
    // All: 0 + 0 + 4 + 3 = 7 of 16 = 43.75 %.
    const rates = r.groups!.filter((g) => g.grouping !== 'store').map((g) => [g.keyText, g.figures.orders, g.figures.leftoverRate]);
    expect(rates).toEqual([['王师傅', 4, 0], ['赵师傅', 4, 0], ['李师傅', 4, 100], ['孙师傅', 4, 75], ['全部订单', 16, 43.75]]);
    expect(errorCells(r)).toEqual([]);
  });
});

describe('§5 安装遗留问题: a clause with a space inside (review)', () => {
  it('「已完工,没有 问题」, 「安装完成,无 遗留」, 「未发现 问题,已完工」, 「完工,一切 正常」, 「没有 遗留问题;已完工」 are none, as before the split at spaces', async () => {
    // The reviewer's log (copied from /tmp/rv50b/repro): the split at spaces made 「没有 问题」 two clauses, 「问题」 a leftover
    // (李军 14.29 %). Leftovers are only 陈刚's 门板划痕 and 导轨异响: 2 of 7 = 28.57 %; all orders 2 of 29 = 6.90 %.
    // (「OK - 客户满意」 and 「无遗留 (已完工)」 are none too, word by word: the base counted each as a leftover.)
    const r = await gradedReport(at('inst-none-space.xlsx'), { form: 'install-followup' });
    const rates = r.groups!.filter((g) => g.grouping !== 'store').map((g) => [g.keyText, g.figures.orders, Math.round(Number(g.figures.leftoverRate) * 100) / 100]);
    expect(rates).toEqual([['李军', 7, 0], ['王强', 8, 0], ['陈刚', 7, 28.57], ['张伟', 7, 0], ['全部订单', 29, 6.9]]);
  });
});

describe('§21 answers with an option letter (「A.优秀」)', () => {
  it('read as the answer the letter and the words agree on; 「A.良好」 (A is 优秀) refused', async () => {
    const r = await gradedReport(at('satisfaction-lettered.xlsx'), { form: 'satisfaction-standard' });
    // 甲 A.优秀 B.良好 A、优秀 C.一般 A:优秀 = (100 + 80 + 100 + 60 + 100) ÷ 5 = 88; 乙 B ×5 = 80; 丙 A C B A A = 88;
    // 丁's 产品质量 「A.良好」 is refused, his row left out: (88 + 80 + 88) ÷ 3 = 85.33 → 良好 (甲 and 乙 were refused too:
    // 88 of 丙 alone).
    const month = r.groups![0]!;
    expect([month.rows, month.errorRows, Math.round((month.figures.score as number) * 100) / 100, month.band]).toEqual([3, 1, 85.33, '良好']);
    expect(errorCells(r)).toEqual([['unknown-choice', 'D5']]);
  });
});

describe('§21 answers by number under a legend joined by a dash, a colon or a point', () => {
  // 甲 1 2 1 3 1, 乙 2 2 2 2 2, 丙 1 3 2 1 1.
  it('「1-优秀 2-良好 3-一般」, 「1:优秀;2:良好;3:一般」, 「1.优秀 2.良好 3.一般」: 85.33 良好 (every number was refused)', async () => {
    // 1 = 优秀 100, 2 = 良好 80, 3 = 一般 60: 甲 (100 + 80 + 100 + 60 + 100) ÷ 5 = 88, 乙 80, 丙 (100 + 60 + 80 + 100 + 100) ÷ 5
    // = 88: (88 + 80 + 88) ÷ 3 = 85.33.
    for (const f of ['satisfaction-legend-dash.xlsx', 'satisfaction-legend-colon.xlsx', 'satisfaction-legend-point.xlsx']) {
      const r = await gradedReport(at(f), { form: 'satisfaction-standard' });
      expect(errorCells(r), f).toEqual([]);
      expect([r.groups![0]!.rows, Math.round((r.groups![0]!.figures.score as number) * 100) / 100, r.groups![0]!.band], f).toEqual([3, 85.33, '良好']);
    }
  });

  it('「3.优秀 2.良好 1.一般」 is read as written: 74.67 一般', async () => {
    // 1 = 一般 60, 3 = 优秀 100: 甲 (60 + 80 + 60 + 100 + 60) ÷ 5 = 72, 乙 80, 丙 (60 + 100 + 80 + 60 + 60) ÷ 5 = 72:
    // (72 + 80 + 72) ÷ 3 = 74.67.
    const r = await gradedReport(at('satisfaction-legend-point-reversed.xlsx'), { form: 'satisfaction-standard' });
    expect([Math.round((r.groups![0]!.figures.score as number) * 100) / 100, r.groups![0]!.band]).toEqual([74.67, '一般']);
  });

  it('decimals (「1.5-优秀 2.5-良好」) give no codes: the 15 numbers stay refused', async () => {
    const r = await gradedReport(at('satisfaction-legend-decimal.xlsx'), { form: 'satisfaction-standard' });
    expect(errorCells(r)).toHaveLength(15);
    const col = { type: 'choice', choices: [{ label: '优秀' }, { label: '良好' }, { label: '一般' }] };
    expect(codesIn('1.5-优秀 2.5-良好', col)).toBeUndefined();
    expect(codesIn('1.优秀 2.良好 3.一般', col)).toEqual(new Map([[1, '优秀'], [2, '良好'], [3, '一般']]));
    // Answers worth 4 / 3 / 2 / 1 (§19): 「1.优秀」 numbers a list of the grades — 1 is 需改进's points, not 优秀's code.
    const worth = { type: 'choice', choices: [{ label: '优秀', points: 4 }, { label: '良好', points: 3 }, { label: '一般', points: 2 }, { label: '需改进', points: 1 }] };
    expect(codesIn('1.优秀 2.良好 3.一般 4.需改进', worth)).toBeUndefined();
    expect(codesIn('1=优秀 2=良好', worth)).toEqual(new Map([[1, '优秀'], [2, '良好']]));
  });
});
