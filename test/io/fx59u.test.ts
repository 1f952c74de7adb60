// §8 mattress-cs-monthly rosters, review of 41fed009: a retyped column in a missing column's place is its stand-in only
// when its heading shares a word with the item's or input's name (the wording's words only over deductions in their own
// 2–5 range) and it holds what the input takes; otherwise a warning that refuses no one and says nothing of refusing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59u', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error');
const form = 'mattress-cs-monthly';
// The full roster: 张三 45/50 → 18 + (20 − 3 − 2) + (15 − 2 × 1 − 1 × 2) + (8 − 5 × 1) + 9 + 13 + (10 − 2 × 1) + 2 = 79 一般;
// 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀; 王五 27/30 → 18 + (20 − 5) + (15 − 2) + 9 + 8 + 12 + (10 − 5) = 80 良好.
const REFUSING = '这一列填了 0 以外的次数的人不评分';

describe('§8 a column in a missing column\'s place sharing only a word of the item\'s wording', () => {
  it('「公司工龄」 3 / 1 / 2 where 做与工作无关的事 stands (公司 of 「遵守公司各项规章制度」): scored 79 / 100 / 80, exit 0 (all three were refused)', async () => {
    const r = await gradedReport(fixture('gongling.xlsx'), { form });
    // Everyone's 做与工作无关的事 was 0: the column read as blank changes nothing.
    expect(people(r)).toEqual([['张三', '79.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '80.00', '良好']]);
    expect(errors(r)).toEqual([]);
    const head = r.problems.find((p) => p.cell === 'R1')!;
    expect(head.severity).toBe('warning');
    expect(head.message).not.toContain(REFUSING);
  });

  it('「投诉单数」 3 / 0 / 5 where 拖延遗漏错误次数 stands (投诉 of the wording only): 84 / 100 / 80 (张三 and 王五 were refused)', async () => {
    const r = await gradedReport(fixture('tousu.xlsx'), { form });
    // 张三 without his 1 拖延: 18 + 15 + 11 + 8 + 9 + 13 + 8 + 2 = 84 良好; 王五's 拖延 was 0: 80.
    expect(people(r)).toEqual([['张三', '84.00', '良好'], ['李四', '100.00', '优秀'], ['王五', '80.00', '良好']]);
    expect(errors(r)).toEqual([]);
  });

  it('nearest sound variant: 「投诉处理」 3 / 0 / 5 (处理 of the item\'s name 回访问题处理效率) is still its stand-in — 张三, 王五 refused', async () => {
    const r = await gradedReport(fixture('tousu-chuli.xlsx'), { form });
    // 李四's 0 reads as the blank it is taken for: 100.
    expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀'], ['王五', null, null]]);
    expect(errors(r).map((p) => [p.person ?? null, p.cell])).toEqual([['张三', 'M2'], ['王五', 'M4']]);
    expect(r.problems.find((p) => p.cell === 'M1')!.message).toContain(REFUSING);
  });

  it('「回访及时率」 0.98 / 1 / 0.95 where 表格管理 stands: fractions are no deductions — all scored 84 / 100 / 85 (李四 alone was refused)', async () => {
    const r = await gradedReport(fixture('jishi.xlsx'), { form });
    // Without 表格管理's deductions: 张三 79 + 3 + 2 = 84 良好; 王五 80 + 5 = 85 良好; 李四 had none: 100.
    expect(people(r)).toEqual([['张三', '84.00', '良好'], ['李四', '100.00', '优秀'], ['王五', '85.00', '良好']]);
    expect(errors(r)).toEqual([]);
  });
});

describe('§8 the warning says people are refused only when they are', () => {
  it('「处理单量」 120 / 95 / 88 (处理 of the item\'s name, figures far above a count\'s): scored 84 / 100 / 80, no word of refusing', async () => {
    const r = await gradedReport(fixture('chuli.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '84.00', '良好'], ['李四', '100.00', '优秀'], ['王五', '80.00', '良好']]);
    const head = r.problems.find((p) => p.cell === 'M1')!;
    expect(head.message).toContain('它在本表缺少的「回访问题处理效率·拖延遗漏错误次数」列的位置上,现在按留空计分(视为 0 次,不扣分)。');
    expect(head.message).not.toContain(REFUSING);
  });

  it.each([
    ['zaigang.xlsx', 'S1'],
    ['guizhang.xlsx', 'R1'],
  ])('%s: the team\'s own figures where a count of 0s stood — 79 / 100 / 80, no word of refusing', async (file, cell) => {
    const r = await gradedReport(fixture(file), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '80.00', '良好']]);
    expect(r.problems.find((p) => p.cell === cell)!.message).not.toContain(REFUSING);
  });
});
