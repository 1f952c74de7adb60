// Review 61 (§3 voided rows, src/io/records/voided.ts, voidEvents.ts): one reading of a void then a re-entry word. 「作废后
// 重新提交」「作废,重新录入」「作废后补录」 were refused (record-void-unclear) while 「作废 重填」「作废(重新录入)」「作废-重新录入」
// 「作废,重填」「作废(补录)」「作废：重录」 were set aside with a warning (100.00 甲) and 「作废重填」 counted without a word
// (80.00 乙 at exit 0) — now each is refused. A void withdrawn after it (「此单作废,客户说不用再作废」) was set aside: refused.
// A 备注 reading void (「此单作废」「客户来电说此单作废」) beside a 状态 blank or 有效 / 正常 was counted (80.00 乙 at exit 0,
// a warning or no word): refused, both cells named. Fixtures: test/fixtures/fx61a/mk.py.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot, runCli, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61a', f + '.xlsx');
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3 satisfaction-monthly, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5; 状态 G5, 备注 H5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 32 ÷ 4 = 8 → 8 × 10 = 80.00 乙 (4 responses). Set aside, or refused (in error, not
// counted): (10 + 10 + 10) ÷ 3 = 10 → 100.00 甲 (3 responses of 4).
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

describe('§3 状态: a void then a re-entry word, whatever stands between — refused like 「作废后重新提交」', () => {
  for (const [file, text] of [
    ['e01', '作废重填'], // 「作废 重填」 (the message quotes it without spaces): was set aside, 100.00 甲 with a warning
    ['e02', '作废(重新录入)'], // e02 … e07, e09: were set aside
    ['e03', '作废-重新录入'],
    ['e04', '作废重填'], // was counted, 80.00 乙 at exit 0 without a word
    ['e05', '作废,重填'],
    ['e06', '作废(补录)'],
    ['e07', '作废：重录'],
    ['e08', '此单作废,重新录入'], // refused before too
    ['e09', '作废/补交'],
  ] as const) {
    it(`${file} 「${text}」: 宏达装饰 in error, 3 responses, 100.00 甲, G5 named`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(r.groups![0]!.errorRows).toBe(1);
      expect(said(r, 'record-void')).toEqual([]);
      const p = said(r, 'record-void-unclear');
      expect(p.map((x) => [x.severity, x.cell])).toEqual([['error', 'G5']]);
      expect(p[0]!.message).toContain(`第 5 行的状态写着「${text}」`);
      expect(p[0]!.message).toContain('请在状态里只写「作废」或「有效」');
    });
  }
});

describe('§3 状态: a void withdrawn after it — refused', () => {
  for (const [file, text] of [
    ['w01', '此单作废,客户说不用再作废'], // each was set aside, 100.00 甲 with a warning
    ['w02', '作废,客户说不用作废了'],
    ['w03', '作废,后来不用作废'],
  ] as const) {
    it(`「${text}」: 宏达装饰 in error, 3 responses, 100.00 甲`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void')).toEqual([]);
      expect(said(r, 'record-void-unclear').map((x) => [x.severity, x.cell])).toEqual([['error', 'G5']]);
    });
  }
});

describe('§3 状态: near variants that stay as they were', () => {
  // The re-entry before the void, a re-entry negated, a different word negated, a void of another row.
  for (const [file, text] of [
    ['k01', '重复录入,此条作废'],
    ['k03', '作废,无需重新录入'],
    ['k04', '此单作废,无需删除'],
    ['k07', '作废(重复录入)'],
  ] as const) {
    it(`「${text}」: set aside with a warning, 100.00 甲`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', true]]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
  // (Was counted with a warning, 80.00 乙: a void word ending a short cell was asked about. A re-entry, then the void: set
  // aside since the review of 54023f17, fx61g.test.ts.)
  it('「重新录入后作废」: set aside with a warning, 100.00 甲', async () => {
    const r = await gradedReport(at('k02'), { period: '2026-03' });
    expect(figures(r)).toEqual([setAside]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', true]]);
    expect(said(r, 'record-void-unclear')).toEqual([]);
  });
  for (const [file, text] of [['k05', '不是此单作废,是上一单'], ['k06', '作废单已补录']] as const) {
    it(`「${text}」: counted, 80.00 乙, nothing said, as before`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(r.problems.filter((p) => p.code.startsWith('record-'))).toEqual([]);
    });
  }
});

describe('§3 备注 reading void beside a 状态 that says nothing of void: refused, both cells named', () => {
  for (const [file, remark, status] of [
    ['m01', '此单作废', ''], // m01, m05's kin m04: were counted (80.00 乙) with a warning or without a word
    ['m02', '此单作废', '有效'],
    ['m03', '已作废', '正常'], // was set aside, 100.00 甲, 状态 正常 not read against it
    ['m04', '客户来电说此单作废', ''],
    ['m05', '重复录入,此条作废', '有效'],
    ['m06', '作废', '已回访'],
  ] as const) {
    it(`备注「${remark}」, 状态 ${status ? `「${status}」` : 'blank'}: 宏达装饰 in error, 3 responses, 100.00 甲`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(r.groups![0]!.errorRows).toBe(1);
      expect(said(r, 'record-void')).toEqual([]);
      const p = said(r, 'record-void-unclear');
      expect(p.map((x) => [x.severity, x.cell])).toEqual([['error', 'H5']]);
      expect(p[0]!.message).toBe(
        `满意度记录!H5:第 5 行的备注写着「${remark}」,状态(G5)却${status ? `写着「${status}」` : '空着'}:看不出这一条客户算不算,这一条不计入;请在状态里只写「作废」或「有效」后重新评分`,
      );
    });
  }

  it('kpi score: 备注「此单作废」 with 状态 有效 exits 1 (was 0, 80.00 乙)', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'm02.xlsx');
    copyFileSync(at('m02'), input);
    const run = await runCli(['score', input, '--period', '2026-03', '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('H5');
  });
});

describe('§3 备注 and 状态: as they were', () => {
  it('备注「已作废」 alone, 状态 blank: set aside with a warning at H5, 100.00 甲 (README: a remark of the mark alone)', async () => {
    const r = await gradedReport(at('q01'), { period: '2026-03' });
    expect(figures(r)).toEqual([setAside]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'H5', true]]);
    expect(said(r, 'record-void-unclear')).toEqual([]);
  });
  it('状态「作废」 and 备注「此单作废」 agree: set aside at G5, 100.00 甲', async () => {
    const r = await gradedReport(at('q02'), { period: '2026-03' });
    expect(figures(r)).toEqual([setAside]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', true]]);
    expect(said(r, 'record-void-unclear')).toEqual([]);
  });
  it('状态 有效, 备注「缺料(不计)」 (a mark among words, not a void by the 状态 reading): counted with a warning, 80.00 乙', async () => {
    const r = await gradedReport(at('q04'), { period: '2026-03' });
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void').map((p) => [p.severity, p.cell])).toEqual([['warning', 'H5']]);
    expect(said(r, 'record-void-unclear')).toEqual([]);
  });
  for (const [file, status, remark] of [
    ['q03', '有效', '客户很满意'],
    ['q05', '有效', '修了无效'], // 无效 in a remark is the reason
    ['q06', '', '此单作废,已恢复'],
    ['q07', '正常', ''],
  ] as const) {
    it(`状态 ${status || 'blank'}, 备注 ${remark ? `「${remark}」` : 'blank'}: counted, 80.00 乙, nothing said`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(r.problems.filter((p) => p.code.startsWith('record-'))).toEqual([]);
    });
  }
});
