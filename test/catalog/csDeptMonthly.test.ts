// CATALOG §4 cs-dept-monthly: 70 % 直接主管 + 30 % 间接主管, a bonus part, total out of 110 reported as computed.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const allMet = Object.fromEntries(['E1', 'E2', 'Q1', 'Q2', 'Q3', 'Q4', 'T1', 'T2', 'T3', 'T4', 'T5', 'S1', 'S2'].flatMap((i) => [[`${i}@direct`, '达成'], [`${i}@indirect`, '达成']]));

// Part 1 losses: E1 both 低标 → 15 × 0.8 = 12 (−3); E2 低标/差 → 15 × (0.7×0.8 + 0.3×0.6) = 15 × 0.74 = 11.1 (−3.9);
// Q1 both 差 → 7 × 0.6 = 4.2 (−2.8); S1 差/达成 → 5 × (0.42 + 0.3) = 3.6 (−1.4); S2 差/达成 → 3.6 (−1.4)
// ⇒ 100 − 12.5 = 87.5. Bonus: 工作能力 8/6 → 7.4/10 × 5 = 3.7; 日常行为 2/2 → 2/10 × 5 = 1 ⇒ 4.7.
// Total 87.5 + 4.7 = 92.2 → 优秀 (of 110, reported as computed).
const wangFang: FillPerson = {
  header: { name: '王芳', employeeId: 'K001', department: '客服部', period: '2026-03', directName: '陈主管', indirectName: '李经理', deptGrade: '良好' },
  values: {
    ...allMet,
    'E1@direct': '低标', 'E1@indirect': '低标', 'E2@direct': '低标', 'E2@indirect': '差', 'Q1@direct': '差', 'Q1@indirect': '差',
    'S1@direct': '差', 'S2@direct': '差',
    'X1@direct': 8, 'X1@indirect': 6, 'X2@direct': 2, 'X2@indirect': 2,
  },
};
// No 间接主管 at all: 直接主管 counts fully (warning). All 达成 = 100; bonus 10/10 and 4/10 → 5 + 2 = 7 ⇒ 107 → 优秀.
const liQiang: FillPerson = {
  header: { name: '李强', employeeId: 'K002', department: '客服部', period: '2026-03' },
  values: { ...Object.fromEntries(Object.entries(allMet).filter(([k]) => k.endsWith('@direct'))), 'X1@direct': 10, 'X2@direct': 4 },
};
// 直接主管 missing on one item: an error; not scored.
const zhaoLei: FillPerson = {
  header: { name: '赵磊', employeeId: 'K003', department: '客服部' },
  values: { ...allMet, 'T3@direct': null, 'X1@direct': 5, 'X2@direct': 5 },
};

describe('§4 cs-dept-monthly', () => {
  it('worked example 92.2 → 优秀 through a roster round trip; 部门定级 typed 良好 is kept as an override', async () => {
    const r = await roundTrip('cs-dept-monthly', [wangFang, liQiang, zhaoLei]);
    const wang = byName(r, '王芳');
    expect(wang.parts.map((p) => p.score)).toEqual([23.1, 27.2, 30, 7.2, 4.7].map((x) => expect.closeTo(x, 10)));
    expect(wang.total).toBeCloseTo(92.2, 10);
    expect(wang.total100).toBeCloseTo(92.2, 10);
    expect(wang.band).toBe('优秀');
    expect(wang.items.find((i) => i.id === 'E2')!.explanation).toBe('直接主管:低标 0.8 × 15 = 12;间接主管:差 0.6 × 15 = 9;12 × 70% + 9 × 30% = 11.1');
    expect(wang.grades!.map((g) => [g.label, g.value, g.computed])).toEqual([['直接主管定级', '优秀', '优秀'], ['部门定级', '良好', '优秀']]);
    expect(r.problems.filter((p) => p.code === 'override').map((p) => p.message)).toEqual(['考核表!J2:王芳:「部门定级」填写为「良好」,按分数 92.20 应为「优秀」;保留填写的等级']);
    // Said where it was typed: the 部门定级 cell of 王芳's row (it was the person only, no sheet or cell).
    const override = r.problems.find((p) => p.code === 'override')!;
    // (the roster template's columns: 工号 被评估人姓名 部门 职位 日期 直接主管 间接主管 评分人 直接主管定级 部门定级 → J).
    expect([override.sheet, override.cell]).toEqual(['考核表', 'J2']);

    const li = byName(r, '李强');
    expect([li.total, li.band]).toEqual([107, '优秀']);
    expect(r.problems.filter((p) => p.person === '李强').map((p) => [p.severity, p.code])).toEqual([['warning', 'rater-spread']]);

    const zhao = byName(r, '赵磊');
    expect(zhao.status).toBe('error');
    expect(r.problems.filter((p) => p.person === '赵磊' && p.severity === 'error').map((p) => p.code)).toEqual(['missing-rater']);
  });

  it('the form layout reads 日常行为 of both parts from their own rows', async () => {
    const r = await roundTrip('cs-dept-monthly', [wangFang], { layout: 'form' });
    const wang = byName(r, '王芳');
    // Each named with its part (in 明细 and every message), as the roster's headings name them.
    expect(wang.items.filter((i) => i.label.endsWith('日常行为')).map((i) => [i.label, i.score])).toEqual([['团队/纪律·日常行为', 6], ['超预期表现·日常行为', 1]]);
    expect(wang.total).toBeCloseTo(92.2, 10);
  });
});

describe('§4 form layout with the parts moved', () => {
  it('超预期表现 moved above 团队/纪律: each 日常行为 is read as its part\'s item (the title row above it says which) — 92.2 again', async () => {
    // Rows 团队/纪律 (title, T1…T5), 6S管理 (title, S1, S2), 超预期表现 (title, X1, X2) rewritten as 超预期表现, 团队/纪律, 6S管理:
    // the first 日常行为 is now X2's. Read in the template's order, it was T5's row (2 and 2 as a choice) and X2 got 达成.
    const moveBonusUp = (wb: import('exceljs').Workbook) => {
      const ws = wb.getWorksheet('王芳')!;
      const rowOf = (text: string) => {
        let found = 0;
        ws.eachRow((row, n) => {
          if (!found && String(row.getCell(1).value ?? '').startsWith(text)) found = n;
        });
        return found;
      };
      const top = rowOf('团队/纪律');
      const bonus = rowOf('超预期表现');
      const bottom = bonus + 2;
      const width = ws.columnCount;
      for (const range of Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges)) {
        const n = Number(range.replace(/^[A-Z]+/, ''));
        if (n >= top && n <= bottom) ws.unMergeCells(range);
      }
      const grab = (r: number) => Array.from({ length: width }, (_, c) => ws.getCell(r, c + 1).value);
      const order = [bonus, bonus + 1, bonus + 2, ...Array.from({ length: bonus - top }, (_, k) => top + k)];
      const rows = order.map(grab);
      rows.forEach((values, k) => values.forEach((v, c) => (ws.getCell(top + k, c + 1).value = v)));
      expect(String(ws.getCell(top, 1).value)).toMatch(/^超预期表现/);
      expect(String(ws.getCell(top + 3, 1).value)).toMatch(/^团队\/纪律/);
    };
    const r = await roundTrip('cs-dept-monthly', [wangFang], { layout: 'form', edit: moveBonusUp });
    const wang = byName(r, '王芳');
    // As the worked example above: 团队/纪律·日常行为 达成/达成 → 6; 超预期表现·日常行为 2/2 → 2/10 × 5 = 1; total 92.2.
    expect(wang.items.filter((i) => i.label.endsWith('日常行为')).map((i) => [i.label, i.score])).toEqual([['团队/纪律·日常行为', 6], ['超预期表现·日常行为', 1]]);
    expect(wang.total).toBeCloseTo(92.2, 10);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§4 result columns of a graded roster', () => {
  it('name the part where two items share a name: 「得分·团队/纪律·日常行为」 and 「得分·超预期表现·日常行为」, not the same heading twice', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const { readWorkbook, repoRoot, tempDir } = await import('../helpers.js');
    const path = await import('node:path');
    const out = path.join(tempDir(), 'g.xlsx');
    const graded = await gradeFile(path.join(repoRoot, 'samples/cs-dept-monthly.march.roster.xlsx'), { output: out });
    if (!graded.ok) throw new Error(graded.failure.message);
    const ws = (await readWorkbook(out)).getWorksheet('考核表')!;
    const heads = (ws.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string' && v.startsWith('得分·'));
    expect(heads.filter((h) => h.endsWith('日常行为'))).toEqual(['得分·团队/纪律·日常行为', '得分·超预期表现·日常行为']);
    expect(new Set(heads).size).toBe(heads.length);
  });
});

/** The sample CSV graded with its heading line changed by `retitle`: the report, and the heading line written. */
async function withHeadings(retitle: (head: string) => string) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { gradeFile } = await import('../../src/io/grade.js');
  const { repoRoot, tempDir } = await import('../helpers.js');
  const [head, ...rest] = readFileSync(path.join(repoRoot, 'samples/cs-dept-monthly.march.csv'), 'utf8').split('\n');
  const written = retitle(head!);
  const file = path.join(tempDir(), 'retitled.csv');
  writeFileSync(file, [written, ...rest].join('\n'));
  const r = await gradeFile(file, { form: 'cs-dept-monthly', output: null });
  if (!r.ok) throw new Error(r.failure.message);
  return { report: r.report, head: written };
}

describe('§4 headings that leave out the part of 日常行为', () => {
  it('「日常行为·直接主管」 twice (and ·间接主管 twice) are read in the parts\' order, as the template lays them out: 王芳 92.2', async () => {
    const { report, head } = await withHeadings((h) => h.replace(/团队\/纪律·日常行为/g, '日常行为').replace(/超预期表现·日常行为/g, '日常行为'));
    expect(head.match(/日常行为·直接主管/g)).toHaveLength(2);
    // As the sample with its full headings (the worked example above): 团队/纪律·日常行为 达成/达成 → 6,
    // 超预期表现·日常行为 2/2 → 1; 87.5 + 4.7 = 92.2.
    const wang = report.people.find((p) => p.name === '王芳')!;
    expect([wang.total, wang.items.find((i) => i.label === '团队/纪律·日常行为')!.score, wang.items.find((i) => i.label === '超预期表现·日常行为')!.score]).toEqual([expect.closeTo(92.2, 10), 6, 1]);
    expect(report.problems.filter((p) => p.code === 'unknown-column' || p.code === 'item-not-found')).toEqual([]);
    // Read in order, which a team that moved one pair cannot tell from the result: said, with how each column was read.
    const order = report.problems.filter((p) => p.code === 'shared-by-order');
    expect(order.map((p) => [p.severity, p.cell])).toEqual([['warning', 'AF1']]);
    expect(order[0]!.message).toContain('AF 列「日常行为·直接主管」→「团队/纪律·日常行为」;AG 列「日常行为·间接主管」→「团队/纪律·日常行为」;AN 列「日常行为·直接主管」→「超预期表现·日常行为」');
  });

  it('one pair without its part, the other in full: the bare pair is the part not headed in full beside it (团队/纪律)', async () => {
    // Only 团队/纪律's pair loses its part; 超预期表现·日常行为·… stays in full.
    const { report } = await withHeadings((h) => h.replace(/团队\/纪律·日常行为/g, '日常行为'));
    // As the full sample: 团队/纪律·日常行为 达成/达成 → 6; 87.5 + 4.7 = 92.2 (everyone was unscored, the messages at odds).
    const wang = report.people.find((p) => p.name === '王芳')!;
    expect([wang.total, wang.items.find((i) => i.label === '团队/纪律·日常行为')!.score]).toEqual([expect.closeTo(92.2, 10), 6]);
    expect(report.problems.filter((p) => p.code === 'unknown-column' || p.code === 'item-not-found' || p.code === 'shared-by-order')).toEqual([]);
  });
});
