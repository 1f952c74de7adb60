// Review 63 of 894acf16 / 6f215afb (§3 satisfaction-monthly void notes, src/io/records/voided.ts, voidEvents.ts; §5
// install-followup shares them). Fixtures: test/fixtures/fx63b (the review's files a01 … w11, s5_0 … s5_2; python3
// make.py writes the near variants n01 …).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63b', f + '.xlsx');
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5; 状态 G5, 备注 H5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 32 ÷ 4 = 8 → 8 × 10 = 80.00 乙 (4 responses). Set aside, or refused (in error, not
// counted): (10 + 10 + 10) ÷ 3 = 30 ÷ 3 = 10 → 100.00 甲 (3 responses).
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];
const grade = (file: string) => gradedReport(at(file), { period: '2026-03' });

const isSetAside = async (file: string, cell = 'G5') => {
  const r = await grade(file);
  expect(figures(r)).toEqual([setAside]);
  expect(r.groups![0]!.errorRows ?? 0).toBe(0);
  expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', cell, true]]);
  expect(said(r, 'record-void-unclear')).toEqual([]);
};
const isRefused = async (file: string, kase: string) => {
  const r = await grade(file);
  expect(figures(r)).toEqual([setAside]);
  expect(r.groups![0]!.errorRows).toBe(1);
  expect(said(r, 'record-void-unclear').map((p) => [p.severity, p.cell, p.params?.case])).toEqual([['error', 'G5', kase]]);
  return said(r, 'record-void-unclear')[0]!.message;
};
/** Counted, 80.00 乙; warned (the usual 「…照常计入了」) or not. */
const isCounted = async (file: string, warned: boolean, cell = 'G5') => {
  const r = await grade(file);
  expect(figures(r)).toEqual([counted]);
  expect(said(r, 'record-void-unclear')).toEqual([]);
  expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual(warned ? [['warning', cell, undefined]] : []);
};

describe('1. 计入 after a void read in its clause: negated or another period\'s puts nothing back (were 80.00 乙, a warning)', () => {
  for (const [file, text] of [
    ['a01', '作废后不用计入'], ['a02', '作废后未计入'], ['a03', '作废后不予计入'], ['a04', '作废后无须计入'], ['a05', '作废后没有计入'],
    ['a06', '作废后不能计入'], ['a07', '作废后不得计入'], ['a08', '作废后需计入次月'], ['a09', '作废后还需计入上月'],
    ['a13', '作废后并未计入'], ['a14', '作废后已从统计中剔除,未计入'], ['a16', '作废后不应该计入'], ['v14', '作废后不再计入本月'],
    ['a11', '作废后原件交主管保留'], ['a12', '作废后录音由主管保留'],
  ] as const) {
    it(`「${text}」 (${file}): set aside, 100.00 甲`, () => isSetAside(file));
  }
  it('「作废后是否还要计入?」 (a15): a question — refused (asked), saying so', async () => {
    expect(await isRefused('a15', 'asked')).toContain('说了作废,又问还算不算');
  });
  it('§5 install-followup (s5_0 「作废后不用计入」, s5_1 「作废后未计入」, s5_2 「作废后需计入次月」): A003 set aside', async () => {
    // 张师傅 4 orders, 3 satisfied: counted 3 ÷ 4 = 75% 一般; A003 (row 6, 不满意) set aside → 3 ÷ 3 = 100% → 优秀.
    for (const f of ['s5_0', 's5_1', 's5_2']) {
      const r = await gradedReport(at(f), { form: 'install-followup', period: '2026-03' });
      const g = r.groups!.find((x) => x.grouping === 'master')!;
      expect([g.figures.orders, g.figures.satisfiedRate, g.band]).toEqual([3, 100, '优秀']);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'AV6', true]]);
    }
  });
  // Near: put back as before — 又 after 不久 (a plain word), 不得不 (must), 本月, 重新 / 仍 / 经核实, a 保留 of the row.
  for (const [file, text, warned] of [
    ['n01', '作废后不久又计入了', true], ['n02', '作废后主管说不得不计入', true], ['n03', '作废后仍计入本月', false],
    ['n04', '作废后主管保留了', true], ['s22', '作废后重新计入', false], ['v15', '作废后计入本月', true],
    ['v16', '作废后主管确认仍计入', false], ['a20', '作废后经核实保留', true],
  ] as const) {
    it(`「${text}」 (${file}): still counted, 80.00 乙`, () => isCounted(file, warned));
  }
  for (const [file, text] of [['a10', '作废后要计入下一期'], ['a17', '作废后就不计入了'], ['s24', '作废后未恢复']] as const) {
    it(`「${text}」 (${file}): still set aside, 100.00 甲`, () => isSetAside(file));
  }
});

describe('2. 是否有效 「是」 then this row\'s void (were 80.00 乙 at exit 0): refused, the answer named', () => {
  for (const [file, text] of [
    ['w01', '是,但无效'], ['w02', '是,后来无效了'], ['w03', '是,但不计'], ['w04', '是,但不计入'], ['w05', '是,但后来删了'],
    ['w06', '是,但这条与上一单重复,已作废'], ['v13', '是,但已作廢'], ['b13', '是,但本条已作废'],
  ] as const) {
    it(`「${text}」 (${file}): record-void-unclear (answer)`, async () => {
      const message = await isRefused(file, 'answer');
      // 4. Said as it is: the answer 是 (valid), then a void — not 「既说作废又说恢复」.
      expect(message).toContain('答的是「是」(有效),后面的话却说作废或不计');
      expect(message).not.toContain('恢复');
    });
  }
  it('是否作废 「否,作废了」 (n07): refused (answer)', () => isRefused('n07', 'answer'));
});

describe('3. 是 / 否 then another row\'s or thing\'s void (were refused at exit 1): counted, 80.00 乙, a warning at most', () => {
  for (const [file, text] of [
    ['b01', '是,重复的已删除'], ['b02', '是,客户撤销了投诉'], ['b03', '是,已删除客户电话'], ['b04', '是,另外一条已作废'],
    ['b05', '是,重复录入的一条已删除'], ['b06', '是,之前的作废了'], ['b07', '是,第一次提交的已作废'], ['b08', '是(已删除重复的)'],
    ['b09', '是,错填的那份已作废'], ['b10', '否,重复的已作废'], ['b12', '是,已删除多余空格'], ['b17', '是,3月2日那次的作废'],
    ['b18', '是,旧的已作废'], ['n06', '是,已删除的是另一条'],
  ] as const) {
    it(`「${text}」 (${file}): counted`, async () => {
      const r = await grade(file);
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
      expect(said(r, 'record-void').every((p) => p.severity === 'warning' && !p.params?.setAside)).toBe(true);
    });
  }
  // Near, as before: the void negated (n05) or the void withdrawn (b15 「是,已撤销作废」, 是否作废 「否,已恢复」 w11).
  for (const f of ['n05', 'b15', 'w11']) it(`${f}: counted, nothing said`, () => isCounted(f, false));
});

describe('5. traditional characters, 不统计 / 剔除 / 删, 了 after the mark (were 80.00 乙 at exit 0)', () => {
  for (const [file, text, cell] of [
    ['s07', '作廢', 'G5'], ['r07', '作廢 (备注)', 'H5'], ['v11', '已刪除', 'G5'], ['v12', '無效', 'G5'],
    ['s08', '重复录入,不统计', 'G5'], ['s09', '重复录入,已剔除', 'G5'], ['s12', '不统计', 'G5'], ['s13', '剔除', 'G5'],
    ['s19', '删', 'G5'], ['s20', '作废了', 'G5'], ['r20', '作废了 (备注)', 'H5'], ['v08', '已作废了', 'G5'], ['v09', '作废了。', 'G5'],
  ] as const) {
    it(`「${text}」 (${file}): set aside, 100.00 甲`, () => isSetAside(file, cell));
  }
  it('the warning quotes the note as written (「作廢」)', async () => {
    expect(said(await grade('s07'), 'record-void')[0]!.message).toContain('「作廢」');
  });
  // A 备注 with a reason then the mark is asked about, counted (README: 「重复,作废」 in a 备注): 「重复录入,不统计」 is no longer silent.
  for (const f of ['r08', 'r09']) it(`备注 ${f}: counted with the usual warning`, () => isCounted(f, true, 'H5'));
  // Near: traditional restore read as 「作废后经核实恢复」 (counted, nothing said); 备注 「删除线已去掉」 (a sentence): counted, nothing said.
  it('「作廢後經核實恢復」 (n08): counted, nothing said', () => isCounted('n08', false));
  it('备注 「删除线已去掉」 (n10): counted, nothing said', () => isCounted('n10', false));
});

describe('kept (the review\'s handled-right list)', () => {
  for (const f of ['s00', 's02', 'v01', 'v04']) it(`${f}: set aside`, () => isSetAside(f));
  for (const f of ['s10', 's15']) it(`${f}: counted, nothing said`, () => isCounted(f, false));
  it('s16 「已作废,后经核实恢复」: counted (an info)', async () => {
    const r = await grade('s16');
    expect(figures(r)).toEqual([counted]);
    expect(said(r, 'record-void').map((p) => p.severity)).toEqual(['info']);
  });
  it('状态 有效 + 备注 「作废」 (v06): refused (remark)', async () => {
    const r = await grade('v06');
    expect(figures(r)).toEqual([setAside]);
    expect(said(r, 'record-void-unclear').map((p) => [p.cell, p.params?.case])).toEqual([['H5', 'remark']]);
  });
});

describe('review 63 of e3720fec: 仍计入 puts the row back; 是否有效 「是,…」 whose reason voids this row is refused', () => {
  it('「作废后发现不是重复仍计入」 (不 negates 是重复, 仍计入 puts it back) and 「作废后仍计入3月」 (the month scored): counted, 80.00 乙', async () => {
    // (10 + 10 + 2 + 10) / 4 = 8 → 80 乙 with 宏达装饰's row; set aside it was 30 / 3 = 10 → 100 甲.
    for (const f of ['rj-p05', 'rj-p01']) {
      const r = await grade(f);
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    }
  });
  it('是否有效 「是,因重复已作废」「是,第二次回访时作废」: refused (answered 有效, the reason voids this row); 「是,客户投诉无效」: counted', async () => {
    for (const f of ['rj-e01', 'rj-e07']) {
      const r = await grade(f);
      expect(r.groups![0]!.errorRows).toBe(1);
      expect(said(r, 'record-void-unclear').map((p) => p.cell)).toEqual(['G5']);
    }
    const thing = await grade('rj-d20');
    expect(figures(thing)).toEqual([counted]);
    expect(said(thing, 'record-void-unclear')).toEqual([]);
  });
});
