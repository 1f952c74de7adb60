// Review 60: (1) a graded §8 roster with kpi's 得分·其它 deleted (总分 now in AC) and the team's 奖金 =AC2*50 after
// 评分说明: scored right, but 得分·其它 was written back into AC and every 奖金 read it (2 × 50 = 100 for 85 × 50 = 4250).
// (2) graded twice, 排名 deleted again (确认签字 then right after 等级): refused at exit 2 (「kpi 加的列(排名)找不到了」).
// (3) §21 「服务评价」 beside 服务态度, no 售后服务: read as 售后服务. Fixtures: test/fixtures/fx60g/ (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, refusal, gradedReport, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx60g', f);
const gradedAt = new Date('2026-04-01T09:30:00Z');

// §8 (catalog), as in ../fx59rv: 张三(1001) 18 + 17 + 11 + 5 + 10 + 14 + 8 = 83, 其它 +2 = 85 → 良好; 李 四 20 + 20 + 15 +
// 10 + 10 + 15 + 10 = 100, +5 capped → 100 优秀; 王五 15 + 13 + 9 + 0 + 6 + 10 + 5 = 58, −3 = 55 → 待改进; 张三(1004)
// 20 + 15 + 15 + 9 + 8 + 12 + 8 = 87 → 良好.
const SCORES = [['张三', 85, '良好'], ['李 四', 100, '优秀'], ['王五', 55, '待改进'], ['张三', 87, '良好']];
const DEFEN = ['得分·客户回访率', '得分·表格管理', '得分·日常服务规范', '得分·回访问题处理效率', '得分·处理能力', '得分·态度', '得分·工作纪律', '得分·其它'];

const shown = (v: ExcelJS.CellValue) => (v === null || v === undefined ? null : typeof v === 'object' && 'result' in v ? v.result : v);
/** Row `r` from column V (22) to AJ (36). */
const rowOf = (ws: ExcelJS.Worksheet, r: number) => Array.from({ length: 15 }, (_, k) => shown(ws.getCell(r, 22 + k).value));
/** A team's 奖金 cell as a spreadsheet program calculates it: =<cell>*50 over what that cell holds now. */
function bonus(ws: ExcelJS.Worksheet, address: string): number {
  const v = ws.getCell(address).value as { formula?: string } | null;
  const m = /^=?\s*([A-Z]+\d+)\s*\*\s*50$/.exec(v?.formula ?? '');
  if (!m) throw new Error(`${address}: ${JSON.stringify(v)}`);
  return Number(shown(ws.getCell(m[1]!).value)) * 50;
}

async function graded(input: string, output: string) {
  const out = await gradeFile(input, { gradedAt, force: true, output });
  if (!out.ok) throw new Error(out.failure.message);
  expect(out.report.people.map((p) => [p.name, p.total, p.band])).toEqual(SCORES);
  return (await readWorkbook(output)).getWorksheet('考核表')!;
}

describe('kpi\'s columns of a graded roster, some deleted: the team\'s formulas keep reading what they read', () => {
  it('得分·其它 deleted, 奖金 =AC2*50 over 总分: kpi\'s columns where they stand, 得分·其它 after 奖金; 奖金 85 × 50 = 4250 (was 2 × 50 = 100); again so', async () => {
    const dir = tempDir();
    const ws = await graded(at('del-qita-bonus.xlsx'), path.join(dir, 'once.xlsx'));
    expect(rowOf(ws, 1)).toEqual([...DEFEN.slice(0, 7), '总分', '等级', '排名', '评分说明', '奖金', '得分·其它', null, null]);
    // 张三(1001): 得分 18 17 11 5 10 14 8, 总分 85 in AC, 良好, rank 3 (100, 87, 85, 55); 奖金 in AG; 其它 +2 in AH.
    expect(rowOf(ws, 2).slice(0, 11)).toEqual([18, 17, 11, 5, 10, 14, 8, 85, '良好', 3, expect.stringContaining('= 85')]);
    expect(rowOf(ws, 2)[12]).toBe(2);
    // 奖金: 85 × 50 = 4250, 100 × 50 = 5000, 55 × 50 = 2750, 87 × 50 = 4350.
    expect(['AG2', 'AG3', 'AG4', 'AG5'].map((a) => bonus(ws, a))).toEqual([4250, 5000, 2750, 4350]);
    const again = await graded(path.join(dir, 'once.xlsx'), path.join(dir, 'again.xlsx'));
    for (const r of [1, 2, 3, 4, 5]) expect(rowOf(again, r)).toEqual(rowOf(ws, r));
    expect(['AG2', 'AG3', 'AG4', 'AG5'].map((a) => bonus(again, a))).toEqual([4250, 5000, 2750, 4350]);
  });

  it('graded twice, 得分·客户回访率 deleted, 奖金 =AC2*50 after 评分说明: 总分 stays in AC, 得分·客户回访率 after 奖金; 4250', async () => {
    const ws = await graded(at('twice-del-first-bonus.xlsx'), path.join(tempDir(), 'out.xlsx'));
    expect(rowOf(ws, 1)).toEqual([...DEFEN.slice(1), '总分', '等级', '排名', '确认签字', '评分说明', '奖金', '得分·客户回访率', null]);
    expect([2, 3, 4, 5].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 32).value, ws.getCell(r, 35).value])).toEqual([
      ['张三', '张三', 18], ['李 四', '李四', 20], ['王五', '王五', 15], ['张三', '张三', 20],
    ]);
    expect(['AH2', 'AH3', 'AH4', 'AH5'].map((a) => bonus(ws, a))).toEqual([4250, 5000, 2750, 4350]);
  });

  it('sound: 排名 deleted, 奖金 =AD2*50 over 总分 (in AD either way): 排名 back in AF, 奖金 in AG, 评分说明 AH, as before', async () => {
    const ws = await graded(at('del-rank-bonus.xlsx'), path.join(tempDir(), 'out.xlsx'));
    expect(rowOf(ws, 1)).toEqual([...DEFEN, '总分', '等级', '排名', '奖金', '评分说明', null, null]);
    expect(['AG2', 'AG3', 'AG4', 'AG5'].map((a) => bonus(ws, a))).toEqual([4250, 5000, 2750, 4350]);
  });
});

describe('kpi\'s last column of a run deleted, the team\'s column right after the rest', () => {
  it('graded twice, 排名 deleted again (确认签字 right after 等级): 85 / 100 / 55 / 87, 排名 back beside 确认签字 (was refused at exit 2)', async () => {
    const ws = await graded(at('twice-del-rank.xlsx'), path.join(tempDir(), 'out.xlsx'));
    expect(rowOf(ws, 1)).toEqual([...DEFEN, '总分', '等级', '确认签字', '排名', '评分说明', null, null]);
    expect([2, 3, 4, 5].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 32).value, shown(ws.getCell(r, 33).value)])).toEqual([
      ['张三', '张三', 3], ['李 四', '李四', 1], ['王五', '王五', 4], ['张三', '张三', 2],
    ]);
  });

  it('still refused: kpi\'s 评分说明 renamed 「说明」 over kpi\'s own explanations (a renamed column of kpi\'s, not the team\'s)', async () => {
    const p = await refusal(at('renamed-note.xlsx'));
    expect(p.message).toContain('kpi 加的列(评分说明)找不到了');
  });
});

// §21: 王先生 100, 李女士 (80+80+60+100+80)/5 = 80, 张总 60, 赵女士 (100+100+80+80+80)/5 = 88, 陈先生 80:
// (100 + 80 + 60 + 88 + 80) / 5 = 408 / 5 = 81.6 → 良好.
describe('§21 a heading more than its fragment fits one column of the form, or none', () => {
  it('「服务评价」 beside 服务态度, no 售后服务: refused 缺少必填列「售后服务」 (was read as 售后服务, 「本表没有别的列与它相近」)', async () => {
    const p = await refusal(at('s21-fuwupingjia.xlsx'));
    expect(p.message).toContain('缺少必填列 「售后服务」,无法评分');
  });

  it('sound: 「服务满意度」 with 服务态度 missing, 售后服务 spelled out: read as 服务态度 (it alone starts with 服务), 81.60 良好', async () => {
    const r = await gradedReport(at('s21-fuwumanyidu.xlsx'));
    const month = r.groups!.find((g) => g.grouping === r.groupings![0]!.id)!;
    expect(month.figures.score).toBeCloseTo(81.6, 6);
    expect(month.band).toBe('良好');
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.params?.heading, p.params?.like])).toEqual([['服务满意度', '服务态度']]);
  });
});
