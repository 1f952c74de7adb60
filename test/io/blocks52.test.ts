// Blocks of one sheet a tester found read wrong (round 52): two teams' tables side by side, a second block shifted a
// column, and tick boxes filled with marks pasted from chat tools. Fixtures: test/fixtures/blocks52/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchChoice } from '../../src/engine/values.js';
import { tickMark } from '../../src/engine/text.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/blocks52', name);

describe('two teams side by side on one roster sheet', () => {
  it('reads the left table; the right one\'s people are named unscored, none of its marks poured into the left', async () => {
    const report = await gradedReport(fixture('side.xlsx'));
    // §(cs-scheme-100) 周杰: 20 + 30 + 10 + 10 + 5 + 5 + 10 + 5 = 95 → 良好 (95 is 良好, K 1.0: left-open bands);
    // 吴婷: the same with 6 → 96 优秀. Before, 二组's T:AA were read as copies of 一组's columns: both refused for two values.
    expect(report.people.map((p) => [p.name, p.total, p.band, p.status])).toEqual([
      ['周杰', 95, '良好', 'scored'],
      ['吴婷', 96, '优秀', 'scored'],
      ['郑爽', null, null, 'error'],
      ['王磊', null, null, 'error'],
    ]);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell, p.person])).toEqual([['side-by-side-table', 'O2', '郑爽'], ['side-by-side-table', 'O2', '王磊']]);
    expect(errors[0]!.message).toContain('这张工作表左右并排放了两张表,右边这张没有读取,郑爽没有评分');
    expect(report.problems.some((p) => p.code === 'duplicate-column')).toBe(false);
  });
});

describe('a second block shifted a column', () => {
  it('left (no 工号, headings noted 「(10分)」): said as a block in another order, its person named, not a person 「部门」', async () => {
    const report = await gradedReport(fixture('shift-left.xlsx'));
    // §26 张三: (9+8+10)/3 = 9, (8+8+8)/3 = 8, (7+9+8)/3 = 8, (6+7+8)/3 = 7 → 32 / 40 → 80.00 良好.
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 80, '良好']]);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['headings-reordered', 'A5']]);
    expect(errors[0]!.message).toContain('(孙八 共 1 人未评分)');
  });

  it('right (a 序号 first): its people named by 姓名, not by 工号', async () => {
    const report = await gradedReport(fixture('shift-right.xlsx'));
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 80]]);
    const said = report.problems.find((p) => p.code === 'headings-reordered')!;
    expect([said.cell, said.message.includes('(孙八 共 1 人未评分)')]).toEqual(['B5', true]);
  });
});

describe('ticks and crosses pasted from chat tools', () => {
  it('✅ ☑ ✔️ read as √, ❌ ✖ ✗ as × in §27 cs-checklist boxes', async () => {
    const report = await gradedReport(fixture('ticks.xlsx'));
    // §27: 工作态度 5/6, 服务质量 4/5, 工作效率 4/4, 问题解决能力 2/4 → (83.33 + 80 + 100 + 50) / 4 = 78.33 一般, for each.
    // ✅ was refused in 15 boxes, the person unscored.
    expect(report.people.map((p) => [p.name, p.total?.toFixed(2), p.band])).toEqual(['P0', 'P1', 'P2', 'P3', 'P4'].map((n) => [n, '78.33', '一般']));
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('only where √ or × is an answer; the form\'s own words first', () => {
    expect([tickMark('✅'), tickMark('☑\uFE0F'), tickMark('❌'), tickMark('✖'), tickMark('〇'), tickMark('✅✅')]).toEqual(['√', '√', '×', '×', undefined, undefined]);
    const tick = [{ label: '是', points: 1, aliases: ['√'] }, { label: '否', points: 0, aliases: ['×'] }];
    expect([matchChoice(tick, '✅')?.label, matchChoice(tick, '❌')?.label]).toEqual(['是', '否']);
    expect(matchChoice([{ label: '优秀', points: 4 }, { label: '良好', points: 3 }], '✅')).toBeUndefined();
    // A form listing ✖ as its own answer keeps it.
    expect(matchChoice([{ label: '√', points: 1 }, { label: '✖', points: 2 }, { label: '×', points: 0 }], '✖')?.points).toBe(2);
  });
});
