// Review of fdb314da (records voiding, src/io/records/voided.ts): a void word negated with words between the negator and
// 再 (「没有再作废」「不要再」「未被再次」「不需要再」 …) was read as voided again — 100.00 甲 at exit 0, the row set aside, for
// 80.00 乙; a 状态 beginning with a restore and voided after (「已恢复,但后来又作废」「已恢复,又重新作废」「已恢复,随后被作废」
// 「已恢复,后又作废,不计」), and 「作废后未恢复」, were counted without a word, 80.00 乙 for 100.00 甲; 「作废,恢复后不再作废」 and
// 「此单作废,后来又已恢复」 were set aside, 100.00 甲 for 80.00 乙. The last event not negated decides. Fixtures: mk.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx59q', f);
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3 satisfaction-monthly, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5, 状态 G5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 8 → 8 × 10 = 80.00 乙. Set aside: (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲.
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

describe('§3 a negated void after the restore, or a restore after the void: counted, said as an info', () => {
  for (const [file, text] of [
    ['n01.xlsx', '此单作废,已恢复,没有再作废'], // each was 100.00 甲, set aside
    ['n02.xlsx', '此单作废,已恢复,不要再作废'],
    ['n03.xlsx', '此单作废,已恢复,不能再作废'],
    ['n04.xlsx', '此单作废,已恢复,别再作废'],
    ['n05.xlsx', '此单作废,已恢复,勿再作废'],
    ['n06.xlsx', '此单作废,已恢复,未被再次作废'],
    ['n07.xlsx', '此单作废,已恢复,不需要再作废'],
    ['n08.xlsx', '此单作废,已恢复,不应再作废'],
    ['n09.xlsx', '作废(已恢复,没有再作废)'],
    ['n10.xlsx', '作废,恢复后不再作废'],
    ['n11.xlsx', '此单作废,后来又已恢复'],
  ] as const) {
    it(`「${text}」: 4 responses, 80.00 乙, said as an info (was 100.00 甲)`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.message])).toEqual([
        ['info', 'G5', expect.stringContaining(`第 5 行的状态写着「${text}」:说了作废又说已恢复有效,这一条客户照常计入了`)],
      ]);
    });
  }
});

describe('§3 restored, then voided again (or never restored): set aside with a warning', () => {
  for (const [file, text] of [
    ['v01.xlsx', '已恢复,但后来又作废'], // each was 80.00 乙, counted without a word
    ['v02.xlsx', '已恢复,又重新作废'],
    ['v03.xlsx', '已恢复,随后被作废'],
    ['v04.xlsx', '已恢复,后又作废,不计'],
    ['v05.xlsx', '作废后未恢复'],
  ] as const) {
    it(`「${text}」: 3 responses, 100.00 甲, set aside (was 80.00 乙)`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside, p.message])).toEqual([
        ['warning', 'G5', true, expect.stringContaining(`第 5 行的状态写着「${text}」:这一条客户已作废,不计入`)],
      ]);
    });
  }
});

describe('§3 near variants that stay as they were', () => {
  // 不满 is no negation of 又作废; 恢复后 with no void word after is not the restore; 后来未恢复 is no restore.
  for (const [file, text] of [
    ['s01.xlsx', '此单作废,已恢复,客户不满又作废'],
    ['s03.xlsx', '此单作废,后来未恢复'],
  ] as const) {
    it(`「${text}」: set aside, 100.00 甲, as before`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.params?.setAside])).toEqual([['warning', true]]);
    });
  }
  it('「此单作废,恢复后重新提交」 (restored, or a new order submitted?): refused, 3 responses, 100.00 甲, exit 1', async () => {
    const r = await gradedReport(at('s02.xlsx'), { period: '2026-03' });
    expect(figures(r)).toEqual([setAside]);
      // Refused since the sixtieth session (a restore about another order, or followed by words that are no event, is
      // not guessed): 宏达装饰 in error, not counted — (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲 of 3 — at exit 1, G5 named.
      expect(said(r, 'record-void')).toEqual([]);
      expect(said(r, 'record-void-unclear').map((p) => [p.severity, p.cell])).toEqual([['error', 'G5']]);
  });
  // A restore negated after it: counted, nothing said, as before.
  it('「作废后重新提交」 (this row the voided one, or the one submitted again?): refused, 3 responses, 100.00 甲, exit 1', async () => {
    // Counted before (80.00 乙, nothing said); not guessed since the sixtieth session: 宏达装饰 in error, not counted —
    // (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲 of 3 — G5 named.
    const r = await gradedReport(at('s04.xlsx'), { period: '2026-03' });
    expect(figures(r)).toEqual([setAside]);
    expect(said(r, 'record-void-unclear').map((p) => [p.severity, p.cell])).toEqual([['error', 'G5']]);
  });
  for (const [file, text] of [
    ['s05.xlsx', '已恢复,不会再作废'],
  ] as const) {
    it(`「${text}」: counted, 80.00 乙, nothing said, as before`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void')).toEqual([]);
    });
  }
});
