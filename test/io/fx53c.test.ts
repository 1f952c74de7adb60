// §15 interview-eval as teams fill it: grades typed as one character (「优」 「良」), and the paper form's 较差 | 一般 | 良好
// | 优秀 columns ticked. Fixtures: the testers' cases (their .py scripts start from `kpi template interview-eval`'s t-int.xlsx).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortChoice } from '../../src/engine/values.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53c', name);
const levels = [{ label: '较差', points: 1 }, { label: '一般', points: 2 }, { label: '良好', points: 3 }, { label: '优秀', points: 4 }];

describe('§15 grades typed as one character', () => {
  it('reads 优 and 良 as 优秀 and 良好, said once per sheet (c14: every cell refused, all three unscored)', async () => {
    const r = await gradedReport(fixture('c14-interview.xlsx'));
    // 陈晨: each of 15 questions 面试官1 优 = 4, 面试官2 良 = 3 → (4 + 3) / 2 = 3.5; total = mean of 15 × 3.5 = 3.50 ≥ 3.5 → 优秀.
    // 林可: Q1 较差 = 1, Q2–Q15 良好 = 3 → (1 + 14 × 3) / 15 = 43 / 15 = 2.8667 → 2.87 ≥ 2.75 → 良好.
    // 方舟: Q1–Q14 一般 = 2 (a trailing space / NBSP), Q15 較差 = 较差 = 1 → (14 × 2 + 1) / 15 = 29 / 15 = 1.9333 → 1.93 < 2 → 较差.
    expect(r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band, p.status])).toEqual([
      ['陈晨', 3.5, '优秀', 'scored'],
      ['林可', 2.87, '良好', 'scored'],
      ['方舟', 1.93, '较差', 'scored'],
    ]);
    const notes = r.problems.filter((p) => p.code === 'short-choice');
    // 30 cells on 陈晨's sheet (15 questions × 2 interviewers); none on the others, which wrote the words.
    expect(notes.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([['info', '陈晨 3月', 'F9', '陈晨']]);
    expect(notes[0]!.message).toContain('有 30 格的等级只写了一个字,按「优」= 优秀、「良」= 良好读取');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('takes a short form only where one option begins or ends with it and no other holds it', () => {
    expect(shortChoice(levels, '优')?.label).toBe('优秀');
    expect(shortChoice(levels, '良')?.label).toBe('良好');
    expect(shortChoice(levels, '差')?.label).toBe('较差');
    expect(shortChoice(levels, '優')?.label).toBe('优秀');
    // 中 is no part of 一般: neither CATALOG §15 nor seed 003 writes it for 一般 (§30's definition aliases it itself).
    expect(shortChoice(levels, '中')).toBeUndefined();
    // Two options hold it: which one is not known.
    expect(shortChoice([{ label: '较差', points: 2 }, { label: '很差', points: 1 }], '差')).toBeUndefined();
    expect(shortChoice([{ label: '特别优秀', points: 5 }, { label: '优秀', points: 4 }], '优')).toBeUndefined();
    // Only the grades' characters: 「一」 is no 一般, 「好」 could be 良好 or a plain 好.
    expect(shortChoice(levels, '一')).toBeUndefined();
    expect(shortChoice([{ label: '好', points: 2 }, { label: '良好', points: 1 }], '良')?.label).toBe('良好');
  });
});

describe('§15 paper form ticked under its grades', () => {
  it('says which layout to use instead of 「请把该列的表头改回原样」 (c26: 较差 | 一般 | 良好 | 优秀 with one tick a row)', async () => {
    const r = await gradedReport(fixture('c26-int-ticks.xlsx'));
    // Read, the ticks would give 陈晨 15 × 良好 3 / 15 = 3.00 良好; 林可 (7 × 4 + 8 × 3) / 15 = 52 / 15 = 3.47 良好;
    // 方舟 (14 × 一般 2 + 较差 1) / 15 = 29 / 15 = 1.93 较差. Not read: each unscored, the error at the first grade heading.
    expect(r.people.map((p) => [p.name, p.total, p.status])).toEqual([
      ['陈晨', null, 'error'],
      ['林可', null, 'error'],
      ['方舟', null, 'error'],
    ]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.sheet, p.cell])).toEqual([
      ['item-not-found', '陈晨', 'F7'],
      ['item-not-found', '林可', 'F7'],
      ['item-not-found', '方舟', 'F7'],
    ]);
    expect(errors[0]!.message).toContain('第 7 行的表头是各个等级(较差 / 一般 / 良好 / 优秀),每题在一个等级下打勾');
    expect(errors[0]!.message).toContain('请把这几列换成一列「面试官」');
    expect(errors[0]!.message).not.toContain('改回原样');
  });
});
