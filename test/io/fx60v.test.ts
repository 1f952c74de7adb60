// Review of the sixtieth session (records voiding): a 状态 naming both a void and a restore was read by a growing list of
// regexes, and near variants were still misread at exit 0. Void meant, counted (80.00 乙 for 100.00 甲): 「先作废后恢复再作废」
// 「作废后仍无法恢复」「作废后恢复失败」「作废后还没来得及恢复」「…已恢复,后经核实确认作废」「…已恢复,后经核实,作废」
// 「…已恢复,经核实作废」「…已恢复,确认作废」「…已恢复,客户不同意,仍作废」「…已恢复,最终作废」「恢复失败,作废」. Restore meant,
// set aside (100.00 甲 for 80.00 乙): 「此单作废,客户次日又恢复了」「作废,后经核实恢复」「作废,不久又恢复了」「此单作废,次日恢复」.
// Now read as events in order (src/io/records/voidEvents.ts): the last void or restore not negated decides; what cannot be
// tied down (a failure or negator tied to no event, another order, a request or question deciding where the regexes read
// otherwise) refuses the row (record-void-unclear, exit 1). Fixtures: test/fixtures/fx60v/mk.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx60v', f + '.xlsx');
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);

// §3 satisfaction-monthly, --period 2026-03: 华美家居, 金源建材, 天成酒店 10 on every item, 宏达装饰 (row 5, 状态 G5) 2.
// Counted: (10 + 10 + 2 + 10) ÷ 4 = 32 ÷ 4 = 8 → 8 × 10 = 80.00 乙. Set aside (or refused, in error): (10 + 10 + 10) ÷ 3 =
// 10 → 100.00 甲.
const counted = [4, 80, '乙'];
const setAside = [3, 100, '甲'];

describe('§3 void meant: set aside with a warning, 100.00 甲', () => {
  for (const [file, text] of [
    ['a01', '先作废后恢复再作废'], // a01 … b07: were counted, 80.00 乙 at exit 0
    ['a21', '作废后仍无法恢复'],
    ['a33', '作废后恢复失败'],
    ['b03', '作废后还没来得及恢复'],
    ['a22', '此单作废,已恢复,后经核实确认作废'],
    ['b04', '此单作废,已恢复,后经核实,作废'],
    ['a26', '此单作废,已恢复,经核实作废'],
    ['a27', '此单作废,已恢复,确认作废'],
    ['b06', '此单作废,已恢复,客户不同意,仍作废'], // 不同意 negates no event of its clause
    ['b07', '此单作废,已恢复,最终作废'],
    ['a04', '恢复失败,作废'],
    ['a10', '此单作废,恢复失败'], // a10 … b08: set aside before too
    ['a17', '此单作废,已恢复,但客户不得不再次作废'], // 不得不: no negation
    ['a16', '此单作废,已恢复,不能不再作废'],
    ['a14', '此单作废,客户又恢复了,后又作废'],
    ['a19', '作废后未能恢复'],
    ['a20', '作废后没能恢复'],
    ['a07', '此单作废,已恢复,后又作废'],
    ['a13', '此单作废,已恢复,主管要求再作废'], // a request deciding, the regexes agree: void
    ['b05', '此单作废,已恢复,经主管核实又作废'],
    ['b08', '此单作废,已恢复,后再次作废'],
  ] as const) {
    it(`「${text}」: 3 responses, 100.00 甲`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell, p.params?.setAside])).toEqual([['warning', 'G5', true]]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
});

describe('§3 restore meant: counted, 80.00 乙, an info', () => {
  for (const [file, text] of [
    ['a06', '此单作废,客户次日又恢复了'], // a06 … a05: were set aside, 100.00 甲 at exit 0
    ['a08', '作废,后经核实恢复'],
    ['a32', '作废,不久又恢复了'], // 不久 is no negator
    ['a05', '此单作废,次日恢复'],
    ['a18', '此单作废,已恢复,无需再作废'], // a18 … b01: as before
    ['a28', '此单作废,已恢复,后经确认不作废'],
    ['a23', '此单作废,已恢复,后核实无误,不作废'],
    ['a24', '此单作废,已恢复,客户未说再作废'],
    ['a15', '此单作废,客服已恢复'],
    ['a30', '此单作废,系统已恢复'],
    ['b01', '此单作废,客户已恢复正常'],
  ] as const) {
    it(`「${text}」: 4 responses, 80.00 乙`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void').map((p) => [p.severity, p.cell])).toEqual([['info', 'G5']]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
  // No clause voiding this row by the regexes, restored by the events: counted, nothing said, as before.
  for (const [file, text] of [['a09', '作废后已恢复'], ['a31', '作废后又恢复'], ['a29', '已恢复,后经核实无需作废'], ['a03', '客户要求作废,次日恢复'], ['a02', '作废?已恢复']] as const) {
    it(`「${text}」: 4 responses, 80.00 乙, nothing said`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([counted]);
      expect(said(r, 'record-void')).toEqual([]);
      expect(said(r, 'record-void-unclear')).toEqual([]);
    });
  }
});

describe('§3 not sure: the row refused (exit 1), the 状态 quoted, 「作废」 or 「有效」 asked for', () => {
  for (const [file, text] of [
    ['a11', '此单作废,客户又要求恢复'], // a request deciding (restored?), the regexes read void: was 100.00 甲 at exit 0
    ['a25', '此单作废,已恢复,客户不会不再作废吧'], // a guess deciding (void?), the regexes read restored: was 80.00 乙
    ['b02', '此单作废,主管已恢复原价'], // a restore of something else (原价): was 100.00 甲
    ['u01', '作废后恢复,但失败了'], // a failure tied to no event
    ['u02', '作废后恢复,客户不同意'], // a negator after the last event
    ['a12', '此单作废,客户说不用再作废'], // the void withdrawn after it (review 61): was set aside, 100.00 甲
  ] as const) {
    it(`「${text}」: 宏达装饰 in error, 3 responses, 100.00 甲`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([setAside]);
      expect(r.groups![0]!.errorRows).toBe(1);
      expect(said(r, 'record-void')).toEqual([]);
      const p = said(r, 'record-void-unclear');
      expect(p.map((x) => [x.severity, x.cell])).toEqual([['error', 'G5']]);
      // (a12 says what it says since the review of 54023f17: 「说了作废又说不用作废」, fx61g.)
      expect(p[0]!.message).toContain(`第 5 行的状态写着「${text}」:${file === 'a12' ? '说了作废又说不用作废' : '既说作废又说恢复'}`);
      expect(p[0]!.message).toContain('请在状态里只写「作废」或「有效」');
    });
  }
});
