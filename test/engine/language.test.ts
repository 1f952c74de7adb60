// The definition language's form-level words: roles, parts on their own scale, totals out of more than 100,
// named scales with data, grades from counts, further grades with typed overrides, rater absence, percent reading, pay.
import { describe, expect, it } from 'vitest';
import type { FormDef, InputDef, ItemDef } from '../../src/model/definition.js';
import { scorePerson } from '../../src/engine/scoreForm.js';
import { payLine } from '../../src/engine/pay.js';
import { parseRaw } from '../../src/engine/values.js';
import { form, item, person } from './helpers.js';

const points = (id: string, label: string, max: number, extra: Partial<ItemDef> = {}): ItemDef =>
  item(id, label, max, [{ id: 's', label: '得分', type: 'number', min: 0, max }], { kind: 'band', input: 's' }, extra);

describe('roles and totals out of more than 100', () => {
  // §4 shape: part 1 on 100, part 2 a bonus of 10 (items named 日常行为 in both parts)
  const f = form(
    [
      { id: 'P1', label: '个人绩效', items: [points('a', '工作效率', 60), points('b', '日常行为', 40)] },
      { id: 'P2', label: '超预期表现', role: 'bonus', items: [points('c', '工作能力', 5), points('d', '日常行为', 5)] },
    ],
  );
  it('a bonus part adds to the total, not to its full marks: 52 + 35.5 + 4.7 = 92.2 of 100 → 优秀', () => {
    const r = scorePerson(f, person({ name: '王芳' }, [['a.s', 52], ['b.s', 35.5], ['c.s', 3.2], ['d.s', 1.5]]));
    // 52 + 35.5 = 87.5; + 3.2 + 1.5 = 92.2; full marks 100 (the bonus part's 10 do not count)
    expect(r.total).toBeCloseTo(92.2, 10);
    expect(r.total100).toBeCloseTo(92.2, 10);
    expect(r.outOf).toBe(100);
    expect(r.band).toBe('优秀');
    expect(r.explanation).toBe('个人绩效 87.5 + 超预期表现(加分) 4.7 = 92.2 → 优秀');
  });
  it('above 100 the figure is reported as computed and graded on 100: 100 + 8 = 108 → 优秀', () => {
    const r = scorePerson(f, person({ name: '李强' }, [['a.s', 60], ['b.s', 40], ['c.s', 5], ['d.s', 3]]));
    expect([r.total, r.band]).toEqual([108, '优秀']);
  });
  it('a veto item at 0 makes the total 0', () => {
    const g = form([{ id: 'p', label: '考核', items: [points('a', '业绩', 100), points('v', '安全事故', 1, { role: 'veto' })] }]);
    const ok = scorePerson(g, person({ name: '甲' }, [['a.s', 88], ['v.s', 1]]));
    const vetoed = scorePerson(g, person({ name: '乙' }, [['a.s', 88], ['v.s', 0]]));
    expect([ok.total, vetoed.total, vetoed.band]).toEqual([88, 0, '待改进']);
    expect(vetoed.explanation).toContain('「安全事故」单项否决 → 0');
  });
});

describe('parts on their own scale', () => {
  const area = (id: string, label: string, ids: string[]) => ({ id, label, combine: 'mean' as const, outOf: 10, items: ids.map((k) => points(k, `${label}${k}`, 10)) });
  it('§26: areas are the mean of their criteria (9/8/8/7), Σ 32 of 40 → 80 → 良好', () => {
    const f = form([area('A', '专业', ['1', '2', '3']), area('B', '服务', ['4', '5', '6']), area('C', '质量', ['7', '8', '9']), area('D', '学习', ['x', 'y', 'z'])]);
    const cells: Array<[string, number]> = [['1.s', 9], ['2.s', 8], ['3.s', 10], ['4.s', 8], ['5.s', 8], ['6.s', 8], ['7.s', 7], ['8.s', 9], ['9.s', 8], ['x.s', 6], ['y.s', 7], ['z.s', 8]];
    const r = scorePerson(f, person({ name: '赵磊' }, cells));
    expect(r.parts.map((p) => p.score)).toEqual([9, 8, 8, 7]);
    expect([r.points, r.total, r.band]).toEqual([32, 80, '良好']);
    expect(r.explanation).toBe('专业 9 + 服务 8 + 质量 8 + 学习 7 = 32;折合百分制 32/40 × 100 = 80 → 良好');
  });
});

describe('grades', () => {
  const four = { 优秀: 4, 良好: 3, 一般: 2, 不符合要求: 1 };
  const indicator = (id: string, label: string) => ({
    id, label, combine: 'mean' as const,
    items: ['1', '2', '3', '4'].map((k) => item(`${id}${k}`, `${label}${k}`, 4, [{ id: 'lv', label: '等级', type: 'choice', choices: Object.entries(four).map(([l, p]) => ({ label: l, points: p })) } as InputDef], { kind: 'choice', input: 'lv' })),
  });
  const f = form([indicator('A', '顾客满意度'), indicator('B', '团队合作'), indicator('C', '问题解决'), indicator('D', '专业知识')], {
    combine: { kind: 'mean-of-parts' },
    grades: {
      bands: [{ label: '优秀' }, { label: '良好' }, { label: '一般' }, { label: '不符合要求' }],
      byCounts: [
        { label: '优秀', when: { count: 'all', atLeast: 3.5 } },
        { label: '良好', when: { count: 3, atLeast: 2.5 } },
        { label: '不符合要求', when: { count: 2, below: 1.5 } },
        { label: '一般' },
      ],
    },
  });
  it('§29: grades from counts; the 100-point figure is the mean of the indicators / 4 × 100 = 75', () => {
    const levels = [[4, 4, 3, 4], [3, 3, 3, 2], [3, 4, 3, 3], [2, 2, 3, 2]];
    const cells = levels.flatMap((ls, a) => ls.map((lv, k) => [`${'ABCD'[a]}${k + 1}.lv`, lv] as [string, number]));
    const r = scorePerson(f, person({ name: '孙丽' }, cells));
    // 3.75, 2.75, 3.25, 2.25 → not all ≥ 3.5; three ≥ 2.5 → 良好; mean 3.0 / 4 × 100 = 75
    expect(r.parts.map((p) => p.score)).toEqual([3.75, 2.75, 3.25, 2.25]);
    expect([r.total, r.band]).toEqual([75, '良好']);
  });

  it('§13: a named scale with data (K), left-open: 95 → 良好 K 1.0, 96 → 优秀 K 1.1', () => {
    const g = form([{ id: 'p', label: '考核', items: [points('a', '业绩', 100)] }], { grades: { scale: 'k' } });
    const at95 = scorePerson(g, person({ name: '甲' }, [['a.s', 95]]));
    const at96 = scorePerson(g, person({ name: '乙' }, [['a.s', 96]]));
    expect([at95.band, at95.bandData]).toEqual(['良好', { K: 1 }]);
    expect([at96.band, at96.bandData]).toEqual(['优秀', { K: 1.1 }]);
  });

  it('§15/§4: further grades on a named figure; a typed grade that differs is kept and reported with both values', () => {
    const g = form([{ id: 'p', label: '考核', items: [points('a', '业绩', 100)] }], {
      footer: [{ id: 'deptGrade', label: '部门定级', role: 'other' }],
      gradings: [
        { id: 'dept', label: '部门定级', scale: 'default', typed: 'deptGrade' },
        { id: 'advice', label: '建议', scale: { bands: [{ min: 80, label: '推荐' }, { label: '后备' }] } },
      ],
    });
    const agreed = scorePerson(g, person({ name: '甲', deptGrade: '优秀' }, [['a.s', 92.2]]));
    expect(agreed.grades).toEqual([
      { id: 'dept', label: '部门定级', value: '优秀', computed: '优秀', typed: '优秀' },
      { id: 'advice', label: '建议', value: '推荐', computed: '推荐' },
    ]);
    const typed = scorePerson(g, person({ name: '乙', deptGrade: '良好' }, [['a.s', 92.2]]));
    expect(typed.grades![0]).toEqual({ id: 'dept', label: '部门定级', value: '良好', computed: '优秀', typed: '良好' });
    expect(typed.band).toBe('优秀');
    const override = typed.problems.find((p) => p.code === 'override')!;
    expect([override.severity, override.expected, override.actual]).toEqual(['warning', '优秀', '良好']);
    expect(override.message).toBe('3月:乙:「部门定级」填写为「良好」,按分数 92.20 应为「优秀」;保留填写的等级');
  });
});

describe('raters per item and what their absence means', () => {
  const f: FormDef = form([{ id: 'p', label: '考核', items: [points('a', '执行力', 100), points('b', '自我提升', 100, { raters: ['direct'] })] }], {
    raters: [
      { id: 'direct', label: '直接主管', weight: 0.7, required: true },
      { id: 'indirect', label: '间接主管', weight: 0.3, absent: 'warn' },
    ],
  });
  it('a missing 间接主管 is a warning and the 直接主管 counts fully; an item rated by 直接主管 only ignores the other', () => {
    const r = scorePerson(f, person({ name: '王芳' }, [['a.s@direct', 80], ['b.s@direct', 90], ['b.s@indirect', 10]]));
    // a: 80 (直接主管 100 %); b: 90 (间接主管 does not rate b) → 170 / 200 × 100 = 85
    expect(r.items.map((i) => i.score)).toEqual([80, 90]);
    expect(r.total).toBe(85);
    const spread = r.problems.find((p) => p.code === 'rater-spread')!;
    expect(spread.severity).toBe('warning');
    // both present: 80 × 70 % + 60 × 30 % = 74
    const both = scorePerson(f, person({ name: '李强' }, [['a.s@direct', 80], ['a.s@indirect', 60], ['b.s@direct', 90]]));
    expect(both.items[0]!.score).toBeCloseTo(74, 10);
  });
  it('a missing required 直接主管 is an error', () => {
    const r = scorePerson(f, person({ name: '张敏' }, [['a.s@indirect', 80], ['b.s@direct', 90]]));
    expect(r.status).toBe('error');
    expect(r.problems.some((p) => p.code === 'missing-rater' && p.severity === 'error')).toBe(true);
  });
});

describe('percent inputs: an explicit rule for a plain number', () => {
  const efficiency: InputDef = { id: 'e', label: '效率', type: 'percent', min: 0, max: 200 };
  it('auto: 1.1 under an input allowing 200 % is 110 % with a warning; 0.9 is 90 %; 103 is 103 %', () => {
    const r = parseRaw(efficiency, { kind: 'number', value: 1.1 });
    expect(r).toMatchObject({ ok: true, value: 110 });
    expect(r.ok && r.ambiguous).toEqual({ value: '1.1', percent: 110 });
    expect(parseRaw(efficiency, { kind: 'number', value: 0.9 })).toMatchObject({ ok: true, value: 90 });
    expect(parseRaw(efficiency, { kind: 'text', value: '103%' })).toMatchObject({ ok: true, value: 103 });
    expect(parseRaw(efficiency, { kind: 'number', value: 103 })).toMatchObject({ ok: true, value: 103 });
  });
  it('auto on a 0–100 % input keeps 1.1 as 1.1 % (as before); fraction and percent say it outright', () => {
    expect(parseRaw({ id: 'r', label: '达成率', type: 'percent', min: 0, max: 100 }, { kind: 'number', value: 1.1 })).toMatchObject({ ok: true, value: 1.1 });
    expect(parseRaw({ ...efficiency, plainNumber: 'fraction' }, { kind: 'text', value: '1.1' })).toEqual({ ok: true, value: 110, empty: false });
    expect(parseRaw({ ...efficiency, plainNumber: 'percent' }, { kind: 'number', value: 0.5 })).toEqual({ ok: true, value: 0.5, empty: false });
  });
});

describe('pay (§14)', () => {
  it('under 60 keeps base pay and loses 30 % of the bonus: 2000 × 0.55 × 0.7 = 770; 工资总额 = 3000 + 770', () => {
    const line = payLine(undefined, 55, undefined, '待改进', { base: 2000, basicSalary: 3000 });
    expect([line.bonus, line.gross]).toEqual([770, 3770]);
  });
  it('with K bands the bonus is 基数 × K and K replaces the cut: 2000 × 0.8 = 1600 even under 60', () => {
    const line = payLine({ bonus: { coefficient: 'K' } }, 55, { K: 0.8 }, '待改进', { base: 2000, basicSalary: null });
    expect([line.bonus, line.gross]).toEqual([1600, null]);
    expect(line.explanation).toBe('绩效基数 2000 × K 0.8(待改进,分数 55) = 1600');
  });
});
