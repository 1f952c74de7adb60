// Review of 8f235de3 (void clause words in 状态, STATUS_THIS_ROW): a clause saying this row is void was read anywhere in
// the cell — 「客户称此单无效,已核实为有效」, 「不是此单作废,是上一单」, 「此单作废-已恢复」 set the row aside — and 「此订单」
// 「本次回访」 「本次评价」 「已被撤销」 「已经作废了」 were not read at all. Fixtures: test/fixtures/fx57v/ (the reviewer's mk.py,
// mk2.py, mkv.py — its v1, v5, v6, v7 not kept, v1 v5 v7 are fx56v's; mk3.py the near variants that stay void).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx57v', f);
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5, 状态 G5) 2 on every item.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 8 → 8 × 10 = 80.00 乙. Set aside: 30 ÷ 3 = 10 → 100.00 甲.
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

describe('§3 a 状态 that voids the row and then restores it: counted, said as an info', () => {
  const cases = [
    ['w1-claim-verified.xlsx', '客户称此单无效,已核实为有效'],
    ['w3-restored-dash.xlsx', '此单作废-已恢复'],
    ['w4-restored-paren.xlsx', '该单作废(已恢复)'],
    ['w10-undo.xlsx', '该单撤销,已重新启用'],
    ['w14-cancel-cancel.xlsx', '此单撤销-撤销已取消'],
    ['v3-restored.xlsx', '作废(已恢复)'],
    ['v4-now-valid.xlsx', '无效-已改为有效'],
    ['v8-cancel-undo.xlsx', '撤销(已取消)'],
  ] as const;
  for (const [file, text] of cases) {
    it(`「${text}」: 4 responses, 80.00 乙 (was 100.00 甲, set aside with a warning)`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.message])).toEqual([
        ['info', 'G5', expect.stringContaining(`第 5 行的状态写着「${text}」:说了作废又说已恢复有效,这一条客户照常计入了`)],
      ]);
    });
  }

  it('「不是此单作废,是上一单」 says another row is void: 80.00 乙, nothing said (was 100.00 甲, set aside)', async () => {
    const r = await gradedReport(at('w2-not-this.xlsx'), { period: '2026-03' });
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void')).toEqual([]);
  });
});

describe('§3 a 状态 clause of 此订单 / 本次回访 / 本次评价 / 已被 / 已经…了 voids the row as 「此单作废」 does', () => {
  const cases = [
    ['n1-dingdan.xlsx', '客户重复提交,此订单作废'],
    ['n2-benci.xlsx', '重复回访,本次回访作废'],
    ['n3-benci-pj.xlsx', '客户打错分,本次评价无效'],
    ['n4-bei.xlsx', '客户重复提交,该评价已被撤销'],
    ['n5-le.xlsx', '重复录入,此问卷已经作废了'],
    ['k4-benci-bracket.xlsx', '本次回访作废(重复)'],
  ] as const;
  for (const [file, text] of cases) {
    it(`「${text}」: 3 responses, 100.00 甲 (was 80.00 乙 at exit 0 without a word), said at G5`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.message])).toEqual([
        ['warning', 'G5', expect.stringContaining(`第 5 行的状态写着「${text}」:这一条客户已作废,不计入`)],
      ]);
    });
  }
});

describe('§3 a restore word about another order is no restore (review of 0de00d86)', () => {
  // 「作废(已取消订单)」, 「此单作废,恢复原单」, 「此单作废(重新启用新单)」: the row is void — (10 + 10 + 10) / 3 = 10 → 100.00 甲
  // (counted as restored it was (10 + 10 + 2 + 10) / 4 = 8 → 80.00 乙, said only as an info).
  for (const f of ['a1.xlsx', 'a3.xlsx', 'b6.xlsx']) {
    it(`${f}: set aside, 100.00 甲`, async () => {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => p.severity)).toEqual(['warning']);
    });
  }
});

describe('§3 near variants that stay as they were', () => {
  // A later clause that does not begin by restoring the row: still set aside, 100.00 甲.
  const voided = [
    ['k1-not-restored.xlsx', '此单作废,未恢复'],
    ['k2-cancel-order.xlsx', '作废(客户取消订单)'],
    ['k3-other-restored.xlsx', '此单作废,原单恢复'],
    ['v2-ci-dan.xlsx', '客户重复提交,此单作废'],
    ['w13-thisvoid-space.xlsx', '此单 作废'],
  ] as const;
  for (const [file, text] of voided) {
    it(`「${text}」: set aside, 100.00 甲`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.params?.setAside])).toEqual([['warning', true]]);
    });
  }

  // No clause voiding this row: counted, 80.00 乙, nothing said.
  const sound = [
    ['w5-youxiao.xlsx', '有效'], ['w6-done.xlsx', '已完成'], ['w7-void-complaint.xlsx', '无效投诉已核实为有效'],
    ['w8-restored.xlsx', '作废单已恢复'], ['w11-prev-void.xlsx', '上一单作废,此单有效'], ['w12-mistake.xlsx', '误标"此单作废",已更正'],
  ] as const;
  for (const [file, text] of sound) {
    it(`「${text}」: counted, 80.00 乙, nothing said`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void')).toEqual([]);
    });
  }

  // Review 62's safety net: a void word that stands (not negated, refused, withdrawn or another order's) is never counted
  // without a word — 「该客户重复提交,作废处理」 (该客户 is no clause voiding this row) stays counted, 80.00 乙, now asked about.
  it('「该客户重复提交,作废处理」: counted, 80.00 乙, asked about (was nothing said)', async () => {
    const r = await gradedReport(at('n6-gaike.xlsx'), { period: '2026-03' });
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', undefined]]);
  });

  it('「不作废」: counted, 80.00 乙, asked about as before (a void word ending a short 状态)', async () => {
    const r = await gradedReport(at('w9-notvoid.xlsx'), { period: '2026-03' });
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.params?.setAside])).toEqual([['warning', undefined]]);
  });
});
