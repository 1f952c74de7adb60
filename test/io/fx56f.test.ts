// Review of a6b46bbf: a 状态 cell giving the void word first and then its reason (「作废(重复录入)」, 「已撤销-客户要求」,
// 「作废 重填」) or saying this row is void (「重复录入，此条作废」) was counted without a word — 13eb8963 had at least warned.
// Fixtures: fx56f/mk.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx56f', f);
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);

describe('§3 a 状态 of the void word and its reason sets the row aside as 「作废」 alone does', () => {
  // 华美家居, 金源建材, 天成酒店 10 on every dimension, 宏达装饰 (row 5) 2. Set aside: 30 ÷ 3 = 10 per dimension, × 10 =
  // 100.00 甲. Counted: (10 + 10 + 2 + 10) ÷ 4 = 8 → 80.00 乙 (as it was, at exit 0 without a word).
  const cases = [
    ['s3-bracket.xlsx', '作废(重复录入)'], ['s3-comma.xlsx', '作废,见下一行'], ['s3-dash.xlsx', '已撤销-客户要求'],
    ['s3-wide-bracket.xlsx', '无效（重复）'], ['s3-this-row.xlsx', '重复录入，此条作废'],
    ['s3-this-row-inside.xlsx', '客户重复提交本条作废'], ['s3-bracket-row.xlsx', '作废(以第6行为准)'],
    ['s3-undo-bracket.xlsx', '撤销(客户要求)'], ['s3-space-dash.xlsx', '作废-重复'], ['s3-colon.xlsx', '无效:客户未回复'],
    // (Said as both rows counted, record-replaced, before: it says 已作废 first.)
    ['s3-below.xlsx', '已作废,以下一行为准'],
  ] as const;
  for (const [file, text] of cases) {
    it(`「${text}」: 3 responses, 100.00 甲 (was 4, 80.00 乙), said at G5`, async () => {
      const r = await gradedReport(at(file));
      expect(r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band])).toEqual([[3, 100, '甲']]);
      expect(said(r, 'record-void').map((p) => [p.cell, p.message])).toEqual([['G5', expect.stringContaining(`第 5 行的状态写着「${text}」:这一条客户已作废,不计入`)]]);
      expect(said(r, 'record-replaced')).toEqual([]);
    });
  }

  // 「作废 重填」 (a void then a re-entry word): refused since review 61, as 「作废后重新提交」 is — 宏达装饰 in error, 3
  // responses, 100.00 甲 (test/io/fx61a.test.ts).
  it('「作废 重填」: refused (record-void-unclear at G5), 3 responses, 100.00 甲', async () => {
    const r = await gradedReport(at('s3-space.xlsx'));
    expect(r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band])).toEqual([[3, 100, '甲']]);
    expect(said(r, 'record-void')).toEqual([]);
    expect(said(r, 'record-void-unclear').map((p) => [p.severity, p.cell])).toEqual([['error', 'G5']]);
  });

  it('「撤回投诉」 「不计较」 「无效投诉」 「已回访-作废单已补」 only begin with a void word or hold one: all counted, nothing said', async () => {
    // (10 + 10 + 2 + 10) ÷ 4 = 8 → 80.00 乙.
    const r = await gradedReport(at('s3-sound.xlsx'));
    expect(r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band])).toEqual([[4, 80, '乙']]);
    expect(said(r, 'record-void')).toEqual([]);
  });
});

describe('§23 a 状态 of the void word and its reason on 二车间\'s 很不满意', () => {
  // Row 4 set aside: u = w = g = 0 → 优秀, 0 ÷ 0.9 = 0. Counted: w = 1 → 较差, 1 ÷ 0.9 (1–5 workshops) = 1.11.
  for (const [file, text] of [['ws-status-lead.xlsx', '作废(重复录入)'], ['ws-status-long.xlsx', '重复录入，此条作废'], ['ws-status-dash.xlsx', '无效-车间填错']] as const) {
    it(`「${text}」: 采购部 优秀 0.00 (was 较差 1.11), said at G4`, async () => {
      const r = await gradedReport(at(file));
      const g = r.groups!.find((x) => x.grouping === 'dept' && x.keyText === '2026-03·采购部')!;
      expect(g.figures).toMatchObject({ answers: 4, served: 4, u: 0, w: 0, g: 0, level: '优秀', deduction: 0 });
      expect(said(r, 'record-void').map((p) => [p.cell, p.message])).toEqual([['G4', expect.stringContaining(`第 4 行的状态写着「${text}」:这一条答案已作废,不计入`)]]);
    });
  }
});
