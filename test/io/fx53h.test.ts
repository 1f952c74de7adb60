// Record logs: a log pasted a second time under itself, a row marked void in a remark, a reason 「同上」 under a reason.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx53h', f);
const dept = (r: GradeReport, key: string) => r.groups!.find((g) => g.grouping === 'dept' && g.keyText === key)!;
const warnings = (r: GradeReport) => r.problems.filter((p) => p.severity === 'warning');

// §23 as the tester's 08-ws-example.xlsx (33 answers, rows 3–35): 采购部 u = 2, w = 0 → 较差, 4 workshops → ÷ 0.9:
// 1 ÷ 0.9 = 1.11, 95 − 1.11 = 93.89; 设备部 w = 1 → 较差, 13 workshops → 1 ÷ 1.3 = 0.77; 质检部 u = 3, w = 1 → 差,
// 2 ÷ 0.9 = 2.22; 行政部 g = 1 → 优秀, 0 ÷ 0.9 = 0.00. Counted twice: 采购部 u = 4 很差, 3 ÷ 0.9 = 3.33, 91.67.
describe('§23 the whole log pasted again below itself (counted twice at exit 0, 33 warnings)', () => {
  const cases = [
    ['09-ws-pasted-hdr.xlsx', '第 40–72 行(33 条)与第 3–35 行'], // title and heading again at rows 38–39, after two blank rows
  ] as const;
  for (const [file, said] of cases) {
    it(`${file}: the copy set aside with one warning, each answer counted once — 采购部 较差 93.89`, async () => {
      const r = await gradedReport(at(file));
      expect(r.records).toMatchObject({ total: 33, ok: 33 });
      expect(dept(r, '2026-03·采购部').figures).toMatchObject({ u: 2, w: 0, level: '较差', coefficient: 0.9, deduction: 1.11, after: 93.89 });
      expect(dept(r, '2026-03·设备部').figures).toMatchObject({ served: 13, w: 1, level: '较差', coefficient: 1.3, deduction: 0.77 });
      expect(dept(r, '2026-03·质检部').figures).toMatchObject({ u: 3, w: 1, level: '差', deduction: 2.22 });
      expect(dept(r, '2026-03·行政部').figures).toMatchObject({ g: 1, level: '优秀', deduction: 0 });
      expect(warnings(r).map((p) => p.code)).toEqual(['duplicate-record']);
      expect(warnings(r)[0]!.message).toContain(said);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }
});

// The rows alone again, after a blank gap or straight under the last, are told from more answers by nothing: two
// workshops' six answers each about 仓储部 (fx53p w2) are laid out so. Both counted, each repeat said, as before the copy
// was recognised: 采购部 u = 4 → 很差, 3 ÷ 0.9 = 3.33, 95 − 3.33 = 91.67; 设备部 w = 2 → 很差, 3 ÷ 1.3 = 2.31.
describe('§23 the rows alone pasted again (after a blank gap, or straight under): counted, each repeat said', () => {
  for (const [file, first] of [['09-ws-pasted-gap.xlsx', 'A38'], ['09-ws-pasted-rows.xlsx', 'A36']] as const) {
    it(`${file}: 66 answers, 33 warnings from ${first} — 采购部 很差 91.67`, async () => {
      const r = await gradedReport(at(file));
      expect(r.records).toMatchObject({ total: 66, ok: 66 });
      expect(dept(r, '2026-03·采购部').figures).toMatchObject({ u: 4, w: 0, level: '很差', coefficient: 0.9, deduction: 3.33, after: 91.67 });
      expect(dept(r, '2026-03·设备部').figures).toMatchObject({ served: 13, w: 2, level: '很差', coefficient: 1.3, deduction: 2.31 });
      const said = warnings(r);
      expect(said.map((p) => p.code)).toEqual(Array(33).fill('duplicate-record'));
      expect(said.map((p) => p.cell)).toContain(first);
      expect(said[0]!.message).toContain('与第 3 行的每一列都相同,两条都计入了');
    });
  }
});

describe('§21 a log pasted again under its 平均 row (回收份数 8 for 4)', () => {
  it('4 customers: 甲 92, 乙 88, 丙 84, 丁 80 → (92 + 88 + 84 + 80) ÷ 4 = 86 良好', async () => {
    const r = await gradedReport(at('28-sat-pasted.xlsx'));
    expect(r.records).toMatchObject({ total: 4, ok: 4 });
    expect(r.groups![0]).toMatchObject({ band: '良好', figures: { responses: 4, score: 86 } });
    expect(warnings(r).map((p) => p.message)).toEqual([expect.stringContaining('第 13–16 行(4 条)与第 3–6 行逐行相同')]);
  });

  it('answers alike by chance are not a copy: six 优秀 in a row, three more after a blank row, two rows like rows 3–4', async () => {
    // Rows 3–8: 优秀, 良好, 优秀 ×4; row 10–12: 优秀 ×3 (one answer only, not a copy); rows 14–15: 优秀, 良好 (two rows, not
    // three). All 11 counted: (9 × 100 + 2 × 80) ÷ 11 = 1060 ÷ 11 = 96.36, 优秀; said as rows alike, as before.
    const r = await gradedReport(at('sat-alike.xlsx'));
    expect(r.records).toMatchObject({ total: 11, ok: 11 });
    expect(r.groups![0]!.figures.score).toBeCloseTo(96.36, 2);
    expect(warnings(r).map((p) => p.message)).toEqual([expect.stringContaining('与第 3 行的每一列都相同,都计入了'), expect.stringContaining('与第 4 行的每一列都相同,两条都计入了')]);
  });
});

// 采购部 rows 3–6: 一车间 不满意, 二车间 不满意, 三车间 满意, 四车间 满意 (u = 2 较差, 93.89 when all are counted).
describe('§23 a row marked void in a remark (counted with no message)', () => {
  it('原因 「作废」 on 二车间\'s 不满意, 「一般 / 复检后更正」 below: u = 1, g = 1 → 较好, 0.5 ÷ 0.9 = 0.56, 95 − 0.56 = 94.44', async () => {
    const r = await gradedReport(at('16b-ws-void.xlsx'));
    expect(dept(r, '2026-03·采购部').figures).toMatchObject({ answers: 4, served: 4, u: 1, g: 1, level: '较好', deduction: 0.56, after: 94.44 });
    const said = warnings(r);
    expect(said.map((p) => [p.code, p.cell])).toEqual([['record-void', 'F4']]);
    expect(said[0]!.message).toContain('第 4 行的原因写着「作废」:这一条答案已作废,不计入');
  });

  it('「作废」 in an added 备注 set aside; 「缺料(不计)」 in 原因 counted and asked about: u = 1 → 较好, 94.44', async () => {
    // Row 3 一车间 不满意 (原因 「缺料(不计)」) counted; row 4 二车间 不满意 (备注 「作废」) set aside; the 「复检」 row 满意.
    // u = 1, g = 0 → 较好: 0.5 ÷ 0.9 = 0.56, 95 − 0.56 = 94.44.
    const r = await gradedReport(at('17-ws-notes.xlsx'));
    expect(dept(r, '2026-03·采购部').figures).toMatchObject({ answers: 4, u: 1, g: 0, level: '较好', deduction: 0.56, after: 94.44 });
    expect(warnings(r).map((p) => [p.code, p.cell])).toEqual([['record-void', 'F3'], ['record-void', 'H4']]);
    expect(warnings(r)[0]!.message).toContain('「缺料(不计)」里有作废、不计一类的字样,这一条答案照常计入了');
  });
});

describe('§22 理由 「同上」 under the same questionnaire\'s real reason (refused: 财务部 未定级, exit 1)', () => {
  it('accepted: 生产部 D, D, B = 400×0.4 + 400×0.4 + 800×0.2 = 480; 销售部 B, B, B = 800; (480 + 800) ÷ 2 = 640 → C, 64.00', async () => {
    // 财务部's weights 及时性 0.4, 准确性 0.4, 服务态度 0.2 (definition tables); department weight 10 %: 640 × 10 % = 64.
    const r = await gradedReport(at('19-dept-tongshang.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dept(r, '2026-03·财务部')).toMatchObject({ band: 'C 称职', figures: { initial: 640, shown: 64 } });
  });

  it('still refused under a row of another questionnaire, or with no reason of its own (物流部 E 「同上」 under 仓储部\'s A)', async () => {
    const r = await gradedReport(at('18-dept-reason.xlsx'));
    const refused = r.problems.filter((p) => p.code === 'reason-required');
    expect(refused.map((p) => p.cell)).toEqual(['G3', 'G6', 'G9', 'G12', 'G15']);
    expect(refused[4]!.message).toContain('(「同上」不是理由)');
  });
});
