// Review 59: (1) a graded §8 roster with kpi's 排名 deleted and the team's 「确认签字」 typed right after kpi's 评分说明 was
// scored right at exit 0, but kpi's 12 columns went to AH:AS, V:AF left empty, and a re-grade kept the gap. (2) §21 with
// 「服务」 meant for 售后服务 beside 服务态度 spelled out was refused (缺少必填列「售后服务」): the shortened heading was
// tried against 服务态度, which had its own column. Fixtures: test/fixtures/fx59rv/ (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradeFile } from '../../src/io/grade.js';
import { gradedReport, readWorkbook, refusal, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx59rv', f);
const gradedAt = new Date('2026-04-01T09:30:00Z');

// §8 (catalog), as kpi's 评分说明 in g0 with 张三(1001) 处理能力 9 → 10: 18 + 17 + 11 + 5 + 10 + 14 + 8 = 83, 其它 +2 = 85
// → 良好; 李 四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100, +5 capped → 100 优秀; 王五 15 + 13 + 9 + 0 + 6 + 10 + 5 = 58, −3 =
// 55 → 待改进; 张三(1004) 20 + 15 + 15 + 9 + 8 + 12 + 8 = 87 → 良好.
const SCORES = [['张三', 85, '良好'], ['李 四', 100, '优秀'], ['王五', 55, '待改进'], ['张三', 87, '良好']];
const KPI = ['得分·客户回访率', '得分·表格管理', '得分·日常服务规范', '得分·回访问题处理效率', '得分·处理能力', '得分·态度', '得分·工作纪律', '得分·其它', '总分', '等级', '排名', '评分说明'];

const shown = (v: ExcelJS.CellValue) => (v === null || v === undefined ? null : typeof v === 'object' && 'result' in v ? v.result : v);
/** Row `r` of the roster from column V (22) to AI (35). */
const rowOf = (ws: ExcelJS.Worksheet, r: number) => Array.from({ length: 14 }, (_, k) => shown(ws.getCell(r, 22 + k).value));

async function graded(input: string, output: string) {
  const out = await gradeFile(input, { gradedAt, force: true, output });
  if (!out.ok) throw new Error(out.failure.message);
  expect(out.report.people.map((p) => [p.name, p.total, p.band])).toEqual(SCORES);
  return (await readWorkbook(output)).getWorksheet('考核表')!;
}

describe('kpi\'s columns of a graded roster: some deleted, the team\'s column right after the rest', () => {
  it('排名 deleted, 「确认签字」 in AG: kpi\'s V:AF, 确认签字 kept in AG beside each person, 评分说明 in AH; again so (was V:AF empty, kpi\'s in AH:AS)', async () => {
    const dir = tempDir();
    const ws = await graded(at('g-del-rank-sign.xlsx'), path.join(dir, 'once.xlsx'));
    const heads = rowOf(ws, 1);
    expect(heads).toEqual([...KPI.slice(0, 11), '确认签字', '评分说明', null]);
    // 张三(1001): 得分 18 17 11 5 10 14 8 2, 总分 85, 良好, rank 3 (100, 87, 85, 55), his own 「张三」 still in AG.
    expect(rowOf(ws, 2).slice(0, 12)).toEqual([18, 17, 11, 5, 10, 14, 8, 2, 85, '良好', 3, '张三']);
    expect(String(rowOf(ws, 2)[12])).toContain('= 85');
    // Every team value beside the same person (rows 2–5: 张三, 李 四, 王五, 张三).
    expect([2, 3, 4, 5].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 33).value, shown(ws.getCell(r, 30).value)])).toEqual([
      ['张三', '张三', 85], ['李 四', '李四', 100], ['王五', '王五', 55], ['张三', '张三', 87],
    ]);
    // Graded again: the same places (kpi's columns recorded on each side of the team's).
    const again = await graded(path.join(dir, 'once.xlsx'), path.join(dir, 'again.xlsx'));
    for (const r of [1, 2, 3, 4, 5]) expect(rowOf(again, r)).toEqual(rowOf(ws, r));
  });

  it('sound: nothing of kpi\'s deleted, 「确认签字」 right after 评分说明 (AH): kpi\'s V:AG, theirs stays in AH, as before', async () => {
    const ws = await graded(at('g-after-last.xlsx'), path.join(tempDir(), 'out.xlsx'));
    expect(rowOf(ws, 1)).toEqual([...KPI, '确认签字', null]);
    expect([2, 3, 4, 5].map((r) => ws.getCell(r, 34).value)).toEqual(['张三', '李四', '王五', '张三']);
  });
});

// §21: 王先生 100, 李女士 (80+80+60+100+80)/5 = 80, 张总 60, 赵女士 (100+100+80+80+80)/5 = 88, 陈先生 80:
// (100 + 80 + 60 + 88 + 80) / 5 = 408 / 5 = 81.6 → 良好.
const month = (r: GradeReport) => r.groups!.find((g) => g.grouping === r.groupings![0]!.id)!;
const shortened = (r: GradeReport) => r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.params?.heading, p.params?.like]);

describe('§21 a shortened heading is tried against the columns still missing', () => {
  it('「服务」 beside 服务态度 spelled out: read as 售后服务 (ends with it), 81.60 良好 (was 缺少必填列「售后服务」 at exit 2)', async () => {
    const r = await gradedReport(at('s21-fuwu-as-shouhou.xlsx'));
    expect(month(r).figures.score).toBeCloseTo(81.6, 6);
    expect(month(r).band).toBe('良好');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(shortened(r)).toEqual([['服务', '售后服务'], ['价格', '价格合理性'], ['交付', '交付准时性']]);
  });

  it('sound: 「服务」 with 服务态度 missing too: by the label\'s start, 服务态度, 81.60 良好 as before', async () => {
    const r = await gradedReport(at('s21-fuwu-as-taidu.xlsx'));
    expect(month(r).figures.score).toBeCloseTo(81.6, 6);
    expect(shortened(r)).toEqual([['服务', '服务态度']]);
  });

  it('「服务」 over the team\'s own answers (满意 / 一般 / 不满意): still refused, the unread column named', async () => {
    const p = await refusal(at('s21-fuwu-manyi.xlsx'));
    expect(p.message).toContain('缺少必填列 「售后服务」(第D列「服务」没有认出)');
  });
});
