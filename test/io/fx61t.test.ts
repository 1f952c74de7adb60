// Review 61 of 54023f17 / afd794cb / ef767ab4 (§3 voided rows, src/io/records/voided.ts, voidEvents.ts). A 状态 giving a
// reason, then the void alone in its clause, longer than 8 characters or ending in 了 — 「客户信息录入错误,已作废」
// 「录入错误,已作废了」 … — was counted without a word (80.00 乙 at exit 0), while 「录入错误,已作废」 was set aside; 是否有效
// 「否 重复」 (a space after the answer) was counted too. And 54023f17 took another order's void for this row's: 「此单作废,
// 原单不作废」 was refused as a void withdrawn, 「原单作废,重新录入此单」 as a void then a re-entry — base fa2cec33 set the
// first aside and counted the second. Fixtures: test/fixtures/fx61t (L01 … Z08 the review's files; make.py, k01 …).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61t', f + '.xlsx');
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3 satisfaction-monthly, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5; 状态 G5, 备注 H5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 32 ÷ 4 = 8 → 8 × 10 = 80.00 乙 (4 responses). Set aside, or refused (in error, not
// counted): (10 + 10 + 10) ÷ 3 = 30 ÷ 3 = 10 → 100.00 甲 (3 responses of 4).
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

const isSetAside = async (file: string, quoted: string, heading = '状态') => {
  const r = await gradedReport(at(file), { period: '2026-03' });
  expect(figures(r)).toEqual([setAside]);
  expect(r.groups![0]!.errorRows ?? 0).toBe(0);
  const p = said(r, 'record-void');
  expect(p.map((x) => [x.severity, x.cell, x.params?.setAside])).toEqual([['warning', 'G5', true]]);
  expect(p[0]!.message).toBe(`满意度记录!G5:第 5 行的${heading}写着「${quoted}」:这一条客户已作废,不计入;如果它仍然有效,请删去「${quoted}」后重新评分`);
  expect(said(r, 'record-void-unclear')).toEqual([]);
};

describe('§3 状态: a reason, then the void alone in a clause set off by punctuation, at any length — set aside, 100.00 甲', () => {
  // Each was counted without a word, 80.00 乙 at exit 0 (longer than 8 characters, or 了 after the void word).
  for (const [file, text, quoted] of [
    ['L01', '客户信息录入错误,已作废', '客户信息录入错误,已作废'],
    ['L02', '重复录入了两次,已作废', '重复录入了两次,已作废'],
    ['L03', '客户信息有误,作废', '客户信息有误,作废'],
    ['L04', '电话号码录入错误,删除', '电话号码录入错误,删除'],
    ['L05', '客户重复提交 已作废', '客户重复提交已作废'], // the space sets it off; the message quotes the cell without spaces
    ['Z08', '客户要求取消,作废', '客户要求取消,作废'],
    ['V03', '录入错误,已作废了', '录入错误,已作废了'],
    ['Z05', '录入错误,已作废了', '录入错误,已作废了'], // 备注 column present, blank
    ['Z06', '重复录入,已删除了', '重复录入,已删除了'],
  ] as const) {
    it(`「${text}」 (${file}): set aside with the usual warning at G5`, () => isSetAside(file, quoted));
  }
});

describe('§3 是否有效 / 是否作废 answered 是 / 否 and a reason: the answer decides, 100.00 甲', () => {
  for (const [file, text, quoted, heading] of [
    ['Z01', '否,录入错误', '否,录入错误', '是否有效'],
    ['Z02', '否 重复', '否重复', '是否有效'], // was counted without a word, 80.00 乙: the space not read as setting the answer off
    ['Y06', '否(录入错误)', '否(录入错误)', '是否有效'],
    ['Z03', '是(重复录入)', '是(重复录入)', '是否作废'],
  ] as const) {
    it(`${heading} 「${text}」 (${file}): set aside`, () => isSetAside(file, quoted, heading));
  }
});

describe('§3 状态: another order\'s void is not this row\'s (as base fa2cec33 read them)', () => {
  // 54023f17 refused these as this row's void withdrawn (「说了作废又说不用作废」, exit 1): set aside, 100.00 甲, again.
  for (const [file, text] of [
    ['W01', '此单作废,原单不作废'],
    ['W02', '作废,原单不用作废'],
    ['W03', '此条作废,上一条不作废'],
  ] as const) {
    it(`「${text}」 (${file}): this row void, set aside`, () => isSetAside(file, text));
  }
  // 54023f17 refused these as this row's void then a re-entry (exit 1): this row is the re-entry of a voided order — counted.
  for (const [file, text] of [
    ['N01', '有效(原单作废后重新录入)'],
    ['N02', '原单作废,重新录入此单'],
    ['N04', '上一单作废后重新录入'],
    ['N03', '状态 有效, 备注 「原单作废,重新录入」'],
  ] as const) {
    it(`${text} (${file}): counted, 80.00 乙, nothing said`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(r.groups![0]!.errorRows ?? 0).toBe(0);
      expect(r.problems.filter((p) => p.code.startsWith('record-'))).toEqual([]);
    });
  }
});

describe('§3 near variants that stay as they were', () => {
  for (const [file, text] of [
    ['k02', '客户信息录入错误,不作废'], // the void negated
    ['k05', '是否有效 「是 客户满意」'],
    ['k06', '是否作废 「否 重复」'],
  ] as const) {
    it(`${text} (${file}): counted, 80.00 乙, nothing said`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(r.problems.filter((p) => p.code.startsWith('record-'))).toEqual([]);
    });
  }
  // Review 62's safety net: a reason naming another order, then the void — whose void? — counted as before, now asked
  // about (were counted, nothing said).
  for (const [file, text] of [
    ['k01', '之前的订单重复,作废'],
    ['k07', '上一单录入错误,已作废'],
  ] as const) {
    it(`「${text}」 (${file}): counted, 80.00 乙, asked about`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', undefined]]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
  it('「客户信息录入错误(已作废)」 (k08, bracketed): counted with a warning (asked about), 80.00 乙', async () => {
    const r = await gradedReport(at('k08'), { period: '2026-03' });
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', undefined]]);
  });
  // This row's own void withdrawn, this row's own void then a re-entry: refused (exit 1), 100.00 甲 of the other three.
  for (const [file, text, kase] of [
    ['k03', '作废,此单不用作废', 'withdrawn'],
    ['k04', '此单作废,重新录入', 're-entry'],
  ] as const) {
    it(`「${text}」 (${file}): record-void-unclear (${kase}) as before`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(r.groups![0]!.errorRows).toBe(1);
      expect(said(r, 'record-void-unclear').map((p) => [p.severity, p.cell, p.params?.case])).toEqual([['error', 'G5', kase]]);
    });
  }
});
