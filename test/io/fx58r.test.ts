// Review of cfffbfc7 (records voiding, src/io/records/voided.ts: 「a RESTORED word must end its clause」): a restore word
// followed by a word of completion or validity — 「作废(已恢复为有效)」, 「此单作废-已恢复了」, 「作废(已恢复使用)」, 「此单作废,又恢复了」
// … — set the row aside (100.00 甲 with a record-void warning at exit 0); 「恢复后再次作废」 counted the row (80.00 乙) though
// its last word voids it. Fixtures: test/fixtures/fx58r/ (the reviewer's gen.py and five of its files; mk.py the rest).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx58r', f);
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3 satisfaction-monthly, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5, 状态 G5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 8 → 8 × 10 = 80.00 乙. Set aside: (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲.
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

describe('§3 a restore word followed by 了 / 为有效 / 使用 / 计分 / 计入 / 原状 / 有效订单 restores this row', () => {
  const cases = [
    ['restored-wei-youxiao.xlsx', '作废(已恢复为有效)'],
    ['x01-wei-youxiao.xlsx', '此单作废,已恢复为有效'],
    ['restored-le.xlsx', '此单作废-已恢复了'],
    ['restored-shiyong.xlsx', '作废(已恢复使用)'],
    ['restored-you-le.xlsx', '此单作废,又恢复了'],
    ['x02-jifen.xlsx', '作废(已恢复计分)'],
    ['x03-jiru.xlsx', '此单作废,后已恢复计入'],
    ['x04-youxiao-dingdan.xlsx', '此单作废,现已改为有效订单'],
    ['x05-yuanzhuang.xlsx', '作废(已恢复原状)'],
    ['x06-hesh.xlsx', '此单作废,经核实已恢复'],
    ['x07-chexiao-zuofei.xlsx', '作废(已撤销作废)'],
    // The last restore decides: voided twice, restored once after.
    ['y6-again-restored.xlsx', '此单作废,又作废,又恢复了'],
  ] as const;
  for (const [file, text] of cases) {
    it(`「${text}」: 4 responses, 80.00 乙, said as an info (was 100.00 甲, set aside with a warning)`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.message])).toEqual([
        ['info', 'G5', expect.stringContaining(`第 5 行的状态写着「${text}」:说了作废又说已恢复有效,这一条客户照常计入了`)],
      ]);
    });
  }
});

describe('§3 a void word after the restore voids the row again: the last word decides', () => {
  const cases = [
    ['restore-then-void-again.xlsx', '恢复后再次作废'], // was 80.00 乙, counted and asked about
    ['y1-again.xlsx', '此单作废,已恢复,又作废了'], // was 80.00 乙, said as restored
  ] as const;
  for (const [file, text] of cases) {
    it(`「${text}」: 3 responses, 100.00 甲, set aside with a warning`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside, p.message])).toEqual([
        ['warning', 'G5', true, expect.stringContaining(`第 5 行的状态写着「${text}」:这一条客户已作废,不计入`)],
      ]);
    });
  }
});

describe('§3 near variants that stay as they were', () => {
  // A restore word about another order (原订单, 回访), and 「已取消了」 (the order cancelled, or the void?): still set aside.
  for (const [file, text] of [
    ['y2-yuan-dingdan.xlsx', '此单作废,已恢复原订单'],
    ['y4-quxiao-huifang.xlsx', '作废(已取消回访)'],
    ['y3-quxiao-le.xlsx', '作废(已取消了)'],
  ] as const) {
    it(`「${text}」: set aside, 100.00 甲`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.params?.setAside])).toEqual([['warning', true]]);
    });
  }

  it('「作废后再次恢复」 (no void word set off, the restore last): counted, 80.00 乙, nothing said', async () => {
    const r = await gradedReport(at('y5-void-then-restored.xlsx'), { period: '2026-03' });
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void')).toEqual([]);
  });
});

// Review of 7a0f32e1: the voided-again check read 再作废 in 「不再作废」 — 100.00 甲 at exit 0 (set aside) for 80.00 乙;
// a negated void word (不再 / 未再 / 无需再 …) is never a void. 「已恢复,后又作废」「已恢复但又作废」 (a restore, then a void
// ending the cell) were counted, 80.00 乙 for 100.00 甲; a restore followed by 为正常 / 成有效 / 正常使用 / 为有效订单 / 计算 /
// 计入统计, or led by 再次确认, was set aside, 100.00 甲 for 80.00 乙 (the same at the base). Fixtures: mk.py's z*.xlsx.
describe('§3 review of 7a0f32e1: negated void words, restore-then-void, more restore tails', () => {
  for (const [file, text] of [
    ['z01-bu-zai-zuofei.xlsx', '此单作废,已恢复,不再作废'], // was 100.00 甲
    ['z04-wei-zhengchang.xlsx', '此单作废,已恢复为正常'],
    ['z05-cheng-youxiao.xlsx', '作废(已恢复成有效)'],
    ['z06-zhengchang-shiyong.xlsx', '作废(已恢复正常使用)'],
    ['z07-youxiao-dingdan.xlsx', '作废(现已恢复为有效订单)'],
    ['z08-jiru-tongji.xlsx', '作废(已恢复计入统计)'],
    ['z09-jisuan.xlsx', '作废(已恢复计算)'],
    ['z10-queren.xlsx', '作废,再次确认已恢复'],
  ] as const) {
    it(`「${text}」: 4 responses, (10 + 10 + 2 + 10) ÷ 4 = 8 → 80.00 乙, said as an info`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.message])).toEqual([
        ['info', 'G5', expect.stringContaining(`第 5 行的状态写着「${text}」:说了作废又说已恢复有效,这一条客户照常计入了`)],
      ]);
    });
  }
  for (const [file, text] of [
    ['z02-hou-you-zuofei.xlsx', '已恢复,后又作废'], // was 80.00 乙
    ['z03-dan-you-zuofei.xlsx', '已恢复但又作废'], // was 80.00 乙
    ['z11-zai-zuofei.xlsx', '此单作废,已恢复,再作废'], // stays: 再作废 not negated
  ] as const) {
    it(`「${text}」: 3 responses, (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲, set aside with a warning`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside, p.message])).toEqual([
        ['warning', 'G5', true, expect.stringContaining(`第 5 行的状态写着「${text}」:这一条客户已作废,不计入`)],
      ]);
    });
  }
});
