// A 状态 / 是否有效 column the team added to a log (「作废」, 「否」) was dropped as an unknown column and its rows counted
// at exit 0 without a word; 「重复」 「以下一行为准」 「以此为准」 remarks counted both rows silently. Fixtures: fx55b/mk.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55b', f);
const group = (r: GradeReport, grouping: string, key: string) => r.groups!.find((g) => g.grouping === grouping && g.keyText === key)!;
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);

// §23 logs: 一 满意, 二 很不满意 (row 4, the one marked), 二 满意 (row 5, its correction), 三 满意, 四 满意 for 采购部.
// Row 4 set aside: u = w = g = 0 → 优秀, 名义扣分 0 ÷ 0.9 = 0, 4 answers from 4 workshops.
// Row 4 counted: w = 1 → 较差, 1 ÷ 0.9 (1–5 workshops) = 1.11.
const excellent = { answers: 4, served: 4, u: 0, w: 0, g: 0, level: '优秀', deduction: 0 };
const poor = { answers: 5, served: 4, u: 0, w: 1, g: 0, level: '较差', deduction: 1.11 };

describe('a column saying whether the row counts sets the row aside as 备注 「作废」 does', () => {
  const cases = [
    ['ws-status.xlsx', '状态', '作废'],
    ['ws-valid.xlsx', '是否有效', '否'],
    ['ws-voided.xlsx', '是否作废', '是'],
  ] as const;
  for (const [file, heading, text] of cases) {
    it(`§23 ${heading} = ${text} on 二车间's 很不满意: 优秀 0.00 (was 较差 1.11), said at G4`, async () => {
      const r = await gradedReport(at(file));
      expect(group(r, 'dept', '2026-03·采购部').figures).toMatchObject(excellent);
      expect(said(r, 'record-void').map((p) => [p.cell, p.message])).toEqual([['G4', expect.stringContaining(`第 4 行的${heading}写着「${text}」:这一条答案已作废,不计入`)]]);
    });
  }

  it('§23 记录状态 正常 / 有效 / blank / 是 count, 「无效」 does not', async () => {
    // Counted: 一 不满意, 二 一般, 三 满意, 四 一般 → u = 1, g = 2 → 较好 (u = 1 or g ≥ 2), 0.5 ÷ 0.9 = 0.56.
    // 三车间 准确性 很不满意 「无效」 set aside (counted: w = 1 → 较差 1.11).
    const r = await gradedReport(at('ws-status-words.xlsx'));
    expect(group(r, 'dept', '2026-03·采购部').figures).toMatchObject({ answers: 4, served: 4, u: 1, w: 0, g: 2, level: '较好', deduction: 0.56 });
    expect(said(r, 'record-void').map((p) => p.cell)).toEqual(['G7']);
  });

  for (const [file, heading, text] of [['dept-status.xlsx', '状态', '作废'], ['dept-valid.xlsx', '是否有效', '否']] as const) {
    it(`§22 李工's questionnaire (B, C, B) ${heading} = ${text}: 采购部 880 / 88.00 (was 845 / 84.50)`, async () => {
      // 生产部 only 张主任 A B B = 400 + 240 + 240 = 880; 销售部 A A C = 400 + 300 + 180 = 880; (880 + 880) ÷ 2 = 880 → B,
      // × 10 % = 88. Counted, 生产部 (880 + 740) ÷ 2 = 810 and (810 + 880) ÷ 2 = 845, 84.5.
      const r = await gradedReport(at(file));
      expect(group(r, 'pair', '2026-03·生产部·采购部').figures).toMatchObject({ questionnaires: 1, score: 880 });
      expect(group(r, 'dept', '2026-03·采购部').figures).toMatchObject({ initial: 880, shown: 88 });
      expect(said(r, 'record-void').map((p) => p.cell)).toEqual(['H6', 'H7', 'H8']);
    });
  }

  it('§3 有效性 「无效」 on the third customer (1 1 1 1): index 95 甲 (was 66.67 丁)', async () => {
    // (9 + 10) ÷ 2 = 9.5 per dimension, × 10 = 95. Counted: (9 + 10 + 1) ÷ 3 = 6.67 → 66.67.
    const r = await gradedReport(at('sat3-valid.xlsx'));
    expect(r.groups![0]!.figures).toMatchObject({ responses: 2, overall: 9.5, index: 95 });
    expect(said(r, 'record-void').map((p) => p.cell)).toEqual(['G5']);
  });

  it('§21 状态 「已作废」 on C, 「正常」 and blank count: (100 + 88) ÷ 2 = 94 (was 88)', async () => {
    // A 优秀 ×5 = 100; B 100 80 80 100 80 = 440 ÷ 5 = 88; C 80 80 60 80 80 = 76. All three: 264 ÷ 3 = 88.
    const r = await gradedReport(at('sat21-status.xlsx'));
    expect(r.groups![0]!.figures).toMatchObject({ responses: 2, score: 94 });
    expect(said(r, 'record-void').map((p) => p.cell)).toEqual(['H5']);
  });

  it('§5 状态 over an empty cell of a two-row heading: 作废 on 李军\'s HT20260301 (认可满意, 5分) leaves 7 orders, 5 满意', async () => {
    // 李军 8 orders, 6 满意 (75 %), 态度 38 ÷ 8 = 4.75 → 7 orders, 5 满意 = 71.43 %, (38 − 5) ÷ 7 = 4.71. 全部 30 → 29, 19 → 18.
    const r = await gradedReport(at('s5-status.xlsx'));
    expect(group(r, 'master', '李军').figures).toMatchObject({ orders: 7, satisfiedCount: 5 });
    expect(group(r, 'master', '李军').figures.attitudeMean).toBeCloseTo(33 / 7, 6);
    expect(group(r, 'all', '全部订单').figures).toMatchObject({ orders: 29, satisfiedCount: 18 });
    expect(said(r, 'record-void').map((p) => p.cell)).toEqual(['AV4']);
  });

  it('§5 状态 「已回访」 on every order: all 30 counted, nothing said', async () => {
    const r = await gradedReport(at('s5-base.xlsx'));
    expect(group(r, 'master', '李军').figures).toMatchObject({ orders: 8, satisfiedCount: 6 });
    expect(group(r, 'all', '全部订单').figures).toMatchObject({ orders: 30, satisfiedCount: 19 });
    expect(said(r, 'record-void')).toEqual([]);
  });
});

describe('「重复」 「以下一行为准」 「以此为准」: both rows counted, both named, no row guessed', () => {
  const cases = [
    ['ws-dup.xlsx', 'G4', '第 4 行的备注写着「重复」:第 4 行和第 5 行两条答案都计入了'],
    ['ws-below.xlsx', 'G4', '第 4 行的备注写着「以下一行为准」:第 4 行和第 5 行两条答案都计入了'],
    ['ws-recheck.xlsx', 'G5', '第 5 行的备注写着「复评,以此为准」:第 4 行和第 5 行两条答案都计入了'],
  ] as const;
  for (const [file, cell, message] of cases) {
    it(`${file}: 较差 1.11 as before, said at ${cell}`, async () => {
      const r = await gradedReport(at(file));
      expect(group(r, 'dept', '2026-03·采购部').figures).toMatchObject(poor);
      expect(said(r, 'record-replaced').map((p) => [p.cell, p.severity, p.message])).toEqual([[cell, 'warning', expect.stringContaining(message)]]);
    });
  }

  it('「以此为准」 beside its original marked 作废: 优秀 0.00, only the 作废 said', async () => {
    const r = await gradedReport(at('ws-recheck-voided.xlsx'));
    expect(group(r, 'dept', '2026-03·采购部').figures).toMatchObject(excellent);
    expect(said(r, 'record-void').map((p) => p.cell)).toEqual(['G4']);
    expect(said(r, 'record-replaced')).toEqual([]);
  });

  it('§22 李工\'s 准确性 again with 「复评,以此为准」: the repeated key is the error it was, not also said as counted twice', async () => {
    const r = await gradedReport(at('dept-recheck.xlsx'));
    expect(said(r, 'duplicate-record').map((p) => [p.cell, p.severity])).toEqual([['E12', 'error']]);
    expect(said(r, 'record-replaced')).toEqual([]);
  });

  it('原因 「问题重复」 is a reason (the same fault again): counted, nothing said', async () => {
    const r = await gradedReport(at('ws-reason-repeat.xlsx'));
    expect(group(r, 'dept', '2026-03·采购部').figures).toMatchObject(poor);
    expect(said(r, 'record-replaced')).toEqual([]);
    expect(said(r, 'record-void')).toEqual([]);
  });
});
