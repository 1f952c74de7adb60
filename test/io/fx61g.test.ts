// Review of 54023f17 (§3 voided rows, src/io/records/voided.ts): a 状态 giving a reason, then the void in a clause of its
// own — 「录入错误,已作废」「重复录入,已作废」「信息有误,作废」「重新录入后作废」 — was counted with a warning (80.00 乙 at
// exit 0): a void word ending a short cell is asked about, for a void negated or pending before it (「不作废」, fx57v) —
// which has no clause of its own. Now set aside, as 「作废」 is. And record-void-unclear says what the note says: a void and
// a restore, a void then a re-entry, a void then 「不用作废」. Fixtures: test/fixtures/fx61g/mk.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61g', f + '.xlsx');
const at61a = (f: string) => path.join(repoRoot, 'test/fixtures/fx61a', f + '.xlsx');
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3 satisfaction-monthly, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5; 状态 G5, 备注 H5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 32 ÷ 4 = 8 → 8 × 10 = 80.00 乙 (4 responses). Set aside, or refused (in error, not
// counted): (10 + 10 + 10) ÷ 3 = 30 ÷ 3 = 10 → 100.00 甲 (3 responses of 4).
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

describe('§3 状态: a reason, then the void alone in its clause — set aside like 「作废」, 100.00 甲', () => {
  for (const [file, text] of [
    ['v01', '录入错误,已作废'], // v01 … v06: each was counted with a warning, 80.00 乙 at exit 0
    ['v02', '重复录入,已作废'],
    ['v03', '信息有误,作废'],
    ['v04', '重新录入后作废'], // a re-entry before 后: this row voided after it was entered again
    ['v05', '录入错误已作废'], // 「录入错误 已作废」: the space sets the clause off (the message quotes it without)
    ['v06', '重复,不计'],
  ] as const) {
    it(`「${text}」: set aside with the usual warning at G5`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(r.groups![0]!.errorRows ?? 0).toBe(0);
      const p = said(r, 'record-void');
      expect(p.map((x) => [x.severity, x.cell, x.params?.setAside])).toEqual([['warning', 'G5', true]]);
      expect(p[0]!.message).toBe(`满意度记录!G5:第 5 行的状态写着「${text}」:这一条客户已作废,不计入;如果它仍然有效,请删去「${text}」后重新评分`);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
});

describe('§3 状态: near variants that stay as they were', () => {
  // The void negated in its clause, bracketed, after 有效, a reason naming another row, 撤回 (a complaint's?), a void after
  // a check (pending?): a void word ending a short cell, asked about.
  for (const [file, text] of [
    ['a01', '录入错误,不作废'],
    ['a02', '已回访(作废)'],
    ['a03', '有效,作废'],
    ['a04', '上一单重复,作废'],
    ['a05', '客户投诉,已撤回'],
    ['a06', '审核后作废'],
  ] as const) {
    it(`「${text}」: counted with a warning (asked about), 80.00 乙, as before`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', undefined]]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
  for (const [file, text] of [['k06', '作废单已补录'], ['k05', '不是此单作废,是上一单']] as const) {
    it(`「${text}」: counted, 80.00 乙, nothing said`, async () => {
      const r = await gradedReport(at61a(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(r.problems.filter((p) => p.code.startsWith('record-'))).toEqual([]);
    });
  }
});

describe('§3 备注 「录入错误,已作废」: as it was (a remark ending in a void word is asked about, README)', () => {
  for (const [file, status, cell] of [['r01', '有效', 'H5'], ['r03', 'blank', 'H5'], ['r02', 'no 状态 column', 'G5']] as const) {
    it(`状态 ${status}: counted with a warning at ${cell}, 80.00 乙`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', cell, undefined]]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
});

describe('record-void-unclear says what the 状态 says', () => {
  const refused = async (file: string) => {
    const r = await gradedReport(file, { period: '2026-03' });
    expect(figures(r)).toEqual([setAside]);
    expect(r.groups![0]!.errorRows).toBe(1);
    const p = said(r, 'record-void-unclear');
    expect(p.map((x) => [x.severity, x.cell])).toEqual([['error', 'G5']]);
    return p[0]!;
  };
  it('「作废后重新提交」 (a void then a re-entry): refused, 100.00 甲, the message says 重新录入, not 恢复', async () => {
    const p = await refused(at('u01'));
    expect(p.params?.case).toBe('re-entry');
    expect(p.message).toBe('满意度记录!G5:第 5 行的状态写着「作废后重新提交」:说了作废又说重新录入,看不出这一条客户是作废的那一条,还是重新录入后算数的那一条,这一条不计入;请在状态里只写「作废」或「有效」后重新评分');
  });
  it('「此单作废,客户说不用再作废」 (a void withdrawn): the message says 不用作废', async () => {
    const p = await refused(at61a('w01'));
    expect(p.params?.case).toBe('withdrawn');
    expect(p.message).toBe('满意度记录!G5:第 5 行的状态写着「此单作废,客户说不用再作废」:说了作废又说不用作废,看不出这一条客户最后作废了没有,这一条不计入;请在状态里只写「作废」或「有效」后重新评分');
  });
  it('「作废后恢复,客户不同意」 (a void and a restore): 既说作废又说恢复, as before', async () => {
    const p = await refused(at('u02'));
    expect(p.params?.case).toBe('restore');
    expect(p.message).toBe('满意度记录!G5:第 5 行的状态写着「作废后恢复,客户不同意」:既说作废又说恢复,看不出这一条客户最后算不算,这一条不计入;请在状态里只写「作废」或「有效」后重新评分');
  });
  it('备注 「此单作废」 beside 状态 有效: both cells named, case remark', async () => {
    const r = await gradedReport(at61a('m02'), { period: '2026-03' });
    const p = said(r, 'record-void-unclear');
    expect(p.map((x) => [x.severity, x.cell, x.params?.case])).toEqual([['error', 'H5', 'remark']]);
    expect(p[0]!.message).toBe('满意度记录!H5:第 5 行的备注写着「此单作废」,状态(G5)却写着「有效」:看不出这一条客户算不算,这一条不计入;请在状态里只写「作废」或「有效」后重新评分');
  });
});
