// Review of 2915550e (records voiding, src/io/records/voided.ts): near variants of the §3 状态 notes still misread, each at
// exit 0. Void meant, but counted (80.00 乙 for 100.00 甲): 不得不 / 不能不 / 不会不 before 再 / 又 read as a negation
// (「…不得不再次作废」); 作废后 with 仍 / 一直 / 至今 or a bare 再 before the negated restore (「作废后仍未恢复」「作废后未再恢复」
// 「作废后一直没有恢复」「作废后至今未恢复」), counted without a word; 「已恢复,后经核实作废」 counted without a word. Restore meant,
// but set aside (100.00 甲 for 80.00 乙): a subject before 又恢复 (「作废,客户又恢复了」「此单作废,后来客服又恢复了」), and a verb
// between the negator and 再作废 (「客户没有要求再作废」). The last event not negated decides. Fixtures: mk.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx59x', f);
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3 satisfaction-monthly, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5, 状态 G5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 32 ÷ 4 = 8 → 8 × 10 = 80.00 乙. Set aside: (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲.
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

describe('§3 void meant: set aside with a warning (was counted, 80.00 乙)', () => {
  for (const [file, text] of [
    ['v01.xlsx', '此单作废,已恢复,客户不满,不得不再次作废'], // 不得不 (must) is no negation; was an info
    ['v02.xlsx', '此单作废,已恢复,不得不又作废'], // was an info
    ['v03.xlsx', '作废后仍未恢复'], // v03–v07 were counted without a word
    ['v04.xlsx', '作废后未再恢复'],
    ['v05.xlsx', '作废后一直没有恢复'],
    ['v06.xlsx', '作废后至今未恢复'],
    ['v07.xlsx', '已恢复,后经核实作废'],
  ] as const) {
    it(`「${text}」: 3 responses, 100.00 甲, set aside`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside, p.message])).toEqual([
        ['warning', 'G5', true, expect.stringContaining(`第 5 行的状态写着「${text}」:这一条客户已作废,不计入`)],
      ]);
    });
  }
});

describe('§3 restore meant: counted, said as an info (was set aside, 100.00 甲)', () => {
  for (const [file, text] of [
    ['r01.xlsx', '作废,客户又恢复了'],
    ['r02.xlsx', '此单作废,后来客服又恢复了'],
    ['r03.xlsx', '此单作废,已恢复,客户没有要求再作废'],
  ] as const) {
    it(`「${text}」: 4 responses, 80.00 乙, said as an info`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.message])).toEqual([
        ['info', 'G5', expect.stringContaining(`第 5 行的状态写着「${text}」:说了作废又说已恢复有效,这一条客户照常计入了`)],
      ]);
    });
  }
});

describe('§3 near variants that stay as they were', () => {
  // 不得再 (must not) stays a negation: restored, counted, an info.
  it('「此单作废,已恢复,不得再作废」: 4 responses, 80.00 乙, an info, as before', async () => {
    const r = await gradedReport(at('s01.xlsx'), { period: '2026-03' });
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell])).toEqual([['info', 'G5']]);
  });
  // A subject before 又恢复 + another object (原单) is no restore of this row; 不满意 is no negation of 要求再作废.
  for (const [file, text] of [
    ['s02.xlsx', '此单作废,客户又恢复原单'],
    ['s03.xlsx', '此单作废,已恢复,客户不满意要求再作废'],
  ] as const) {
    it(`「${text}」: set aside, 100.00 甲, as before`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.params?.setAside])).toEqual([['warning', true]]);
    });
  }
  // 至今 before a restore not negated, and 后经核实 before a negated void: counted, nothing said, as before.
  for (const [file, text] of [
    ['s04.xlsx', '作废后至今已恢复'],
    ['s05.xlsx', '已恢复,后经核实未作废'],
  ] as const) {
    it(`「${text}」: counted, 80.00 乙, nothing said, as before`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void')).toEqual([]);
    });
  }
});
