import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { expectRefused, expectScored } from '../forms/roundtrip.js';

// Red-team 63 of §6 property-service-quality (CATALOG §6: 17 criteria, each 符合 or not; score = 符合 ÷ 适用 × 100;
// 入户维修回访率 ≥ 30 %, 投诉回访率 100 % judged from the figure). Fixtures: test/fixtures/fx63c (make.py).
const at = (name: string) => path.join(repoRoot, 'test/fixtures/fx63c', name);
const notes = (r: Awaited<ReturnType<typeof gradedReport>>, name: string, code: string) =>
  r.people.find((p) => p.name === name)!.problems.filter((p) => p.code === code);

describe('§6 入户维修回访率 typed bare in a column of bare percents: read as the column reads (red-team 63)', () => {
  it('roster 20, 15, 0.5, 18: 0.5 × 100 = 50 > 2 × 20, so 0.5 is 0.5 % < 30 %, with the note (it was 50 %, 100 优秀 at exit 0)', async () => {
    const r = await gradedReport(at('psq-bare-apart.xlsx'));
    // Every other cell 符合, 投诉回访率 100, 急迫性报修 15 ≤ 20: only criterion 7 (业主回访记录…) fails for each —
    // 20 %, 15 %, 0.5 %, 18 % all < 30 %: 16 / 17 × 100 = 94.12 优秀.
    for (const name of ['阳光管理处', '金色管理处', '翠湖管理处', '碧水管理处']) expectScored(r, name, (16 / 17) * 100, '优秀');
    const [note] = notes(r, '翠湖管理处', 'ambiguous-percent');
    expect([note?.cell, note?.severity]).toEqual(['K4', 'info']);
    expect(note!.message).toContain('如指 50% 请写成「50%」');
    // The heading's 「≥30%」 is the bar, not the column's unit: the note is said (as in an unheaded column).
    expect(r.people.find((p) => p.name === '翠湖管理处')!.items[0]!.explanation).toContain('入户维修回访率≥30% 0.5%');
  });

  it('the reporter\'s 20, 15, 0.5, 32 stays 50 %: 50 is not more than 2 × 32 = 64, as README\'s rule for bare percents has it', async () => {
    const r = await gradedReport(at('psq_bare_pct.xlsx'));
    // 翠湖 0.5 → 50 % ≥ 30 %: 17 / 17 × 100 = 100; 碧水 32 % ≥ 30 %: 100; 阳光 20 %, 金色 15 %: 16 / 17 × 100 = 94.12.
    expectScored(r, '翠湖管理处', 100, '优秀');
    expectScored(r, '碧水管理处', 100, '优秀');
    expectScored(r, '阳光管理处', (16 / 17) * 100, '优秀');
    expect(notes(r, '翠湖管理处', 'ambiguous-percent')).toEqual([]);
  });

  it('like figures as today: 35, 0.35, 「35%」, 「３５％」 are 35 % each, 17 / 17 × 100 = 100', async () => {
    const r = await gradedReport(at('psq-like-rates.xlsx'));
    for (const name of ['阳光管理处', '金色管理处', '翠湖管理处', '碧水管理处']) expectScored(r, name, 100, '优秀');
  });

  it('headed 「入户维修回访率(%)」 35, 42, 0.8, 38, 31: read as a percent column so headed is — 0.8 is 80 % (the more alike reading)', async () => {
    const r = await gradedReport(at('psq_pct2.xlsx'));
    // As typed the column spreads 42 / 0.8 = 52.5 ×, as fractions 80 / 31 = 2.58 ×: 0.8 is 80 % ≥ 30 %, 17 / 17 = 100.
    expectScored(r, 'P2 入户0.8 投诉100', 100, '优秀');
    // 投诉回访率 98 % < 100 %: 16 / 17 × 100 = 94.12; a bare 1 beside 100s stays 100 %, warned.
    expectScored(r, 'P4 入户31 投诉98', (16 / 17) * 100, '优秀');
    expect(notes(r, 'P3 入户38 投诉1', 'ambiguous-percent').map((p) => p.severity)).toEqual(['warning']);
  });

  it('one sheet per 管理处, 20 / 0.5 / 15 / 「35%」 in the same cell: 0.5 is 0.5 %, noted; a lone sheet\'s 0.5 stays 50 %', async () => {
    const r = await gradedReport(at('psq-sheets-bare.xlsx'));
    // 20 %, 0.5 %, 15 % < 30 %: 16 / 17 × 100 = 94.12; 35 % ≥ 30 %: 100.
    expectScored(r, '阳光花园管理处', (16 / 17) * 100, '优秀');
    expectScored(r, '金色家园管理处', (16 / 17) * 100, '优秀');
    expectScored(r, '翠湖苑管理处', (16 / 17) * 100, '优秀');
    expectScored(r, '碧水湾管理处', 100, '优秀');
    expect(notes(r, '金色家园管理处', 'ambiguous-percent').map((p) => [p.cell, p.severity])).toEqual([['F12', 'info']]);
    // Nothing beside it says percents: 0.5 is 50 % ≥ 30 %, 17 / 17 × 100 = 100 as before.
    const lone = await gradedReport(at('psq-sheet-lone.xlsx'));
    expectScored(lone, '金色家园管理处', 100, '优秀');
  });
});

describe('§6 form sheet: a retyped criterion row is advised back to its own 填写项 label (red-team 63)', () => {
  it('「服务质量检查·建立业主档案及电子版档案」 is told 「建立业主档案及电子版档案」, the name that reads (it was told its own text)', async () => {
    const r = await gradedReport(at('psq_f3_advice.xlsx'));
    expectRefused(r, '阳光花园管理处', 'unknown-column', 'F18');
    const rows = r.problems.filter((p) => p.code === 'unknown-column' && (p.params as { case?: string }).case === 'row-unread');
    expect(rows.map((p) => (p.params as { like: string }).like)).toEqual(['建立业主档案及电子版档案', '接待人员使用服务语言']);
    expect(rows[0]!.message).toContain('请把这一行的名称改回「建立业主档案及电子版档案」');
    // Renamed as advised: every criterion 符合, 35 % ≥ 30 %, 100 %, 15 分钟 ≤ 20: 17 / 17 × 100 = 100.
    expectScored(await gradedReport(at('psq_f3_fixed.xlsx')), '阳光花园管理处', 100, '优秀');
  });
});

describe('a tab that is the unit\'s name without its suffix is that unit\'s sheet (red-team 63)', () => {
  it('tab 「金色家园」 over 金色家园管理处 (§6) and 金色家园项目 (§20): no copied-sheet warning', async () => {
    const psq = await gradedReport(at('psq-sheets-bare.xlsx'));
    expect(psq.problems.filter((p) => p.code === 'sheet-name-differs')).toEqual([]);
    const qi = await gradedReport(at('qi_f1.xlsx'));
    expect(qi.problems.filter((p) => p.code === 'sheet-name-differs')).toEqual([]);
  });

  it('tab 「金色家园」 over 金海管理处 — another unit — is still said', async () => {
    const r = await gradedReport(at('psq-sheets-other.xlsx'));
    expect(r.problems.filter((p) => p.code === 'sheet-name-differs').map((p) => [p.sheet, p.cell])).toEqual([['金色家园', 'B2']]);
  });
});
