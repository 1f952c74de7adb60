// Struck cells and pasted dates on record logs (§22, §23), as the tester found them: a §22 row struck through in every
// cell dropped without a word; a struck 等级 said 「为必填项…实际为空」; §23 rows pasted as values under a repeated heading,
// 考核月份 46082 in General cells, six errors 「实际为「46082」」 and both departments 未定级 at exit 1.
// Fixtures: test/fixtures/fx55n/ (make.py says how each was made).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55n', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const said = (r: Report) => r.problems.map((p) => ({ code: p.code, severity: p.severity, cell: p.cell, message: p.message }));
const group = (r: Report, keyText: string) => r.groups!.find((g) => g.keyText === keyText)!;

describe('§22 a row struck through in every cell', () => {
  it('is left out as deleted and said at its row, 采购部 845 B as in CATALOG', async () => {
    const r = await gradedReport(at('03b-dept-struck-row.xlsx'));
    // Row 4 (张主任 准确性 D 送错料) struck, its correction B in row 5. §22: 及时性 40 %, 准确性 30 %, 服务态度 30 %, A–E
    // 1000/800/600/400/200. 张主任 A B B = 400 + 240 + 240 = 880; 李工 B C B = 320 + 180 + 240 = 740; 生产部 (880 + 740) / 2
    // = 810; 销售部 A A C = 400 + 300 + 180 = 880; 初始得分 (810 + 880) / 2 = 845 → B, 绩效体现分值 845 × 10 % = 84.5.
    expect(group(r, '2026-03·采购部').figures).toEqual({ raters: 2, initial: 845, weight: 10, shown: 84.5 });
    expect(group(r, '2026-03·采购部').band).toBe('B 良好');
    expect(said(r)).toEqual([
      {
        code: 'struck-row',
        severity: 'warning',
        cell: 'A4',
        message: '问卷答案!A4:第 4 行(「2026-03 生产部 张主任 采购部 准确性 D 送错料」)整行划了删除线,视为已删去,这一条答案不计入;要计入请去掉删除线后重新评分',
      },
    ]);
  });
});

describe('§22 a struck 等级 and no correction', () => {
  it('is one struck-text error asking for the changed grade, not 「实际为空」', async () => {
    const r = await gradedReport(at('03c-dept-struck-grade.xlsx'));
    // F4's D struck, row 5 emptied: 张主任's questionnaire lacks 准确性, so 生产部 and 采购部 stay unscored (as a blank 等级
    // leaves them); 销售部 880 as above.
    expect(group(r, '2026-03·采购部').status).toBe('error');
    expect(group(r, '2026-03·销售部·采购部').figures.score).toBe(880);
    expect(said(r)).toEqual([
      {
        code: 'struck-text',
        severity: 'error',
        cell: 'F4',
        message:
          '问卷答案!F4:第 4 行(评价部门 生产部,评价人 张主任,被评价部门 采购部,指标 准确性)「等级」的「D」整格划了删除线,按空白读,这一条答案不计入;改了请在这一格填改后的内容(本项必填,应为以下之一:A / B / C / D / E(或对应分值 1000/800/600/400/200)),没改请去掉删除线',
      },
    ]);
  });
});

describe('§23 rows pasted as values: 考核月份 46082 (Excel\'s 2026-03-01) in General cells', () => {
  it('under a repeated heading, the same as the rows above but for the format, are a pasted copy: counted once', async () => {
    const r = await gradedReport(at('16-ws-paste-values.xlsx'));
    // Rows 3–8 once. 采购部: 不满意, 满意, 一般 from 3 workshops — u = 1 → 较好, nominal 0.5 ÷ 0.9 (1–5 workshops) = 0.56,
    // 95 − 0.56 = 94.44. 仓储部: 满意, 一般, 满意 — u = 0, w = 0, g = 1 → 优秀, 0 off 90. (Counted twice it would be u = 2
    // 较差 1 ÷ 0.9 = 1.11 for 采购部, g = 2 较好 for 仓储部.)
    expect([group(r, '2026-03·采购部').figures.level, group(r, '2026-03·采购部').figures.deduction, group(r, '2026-03·采购部').figures.after]).toEqual(['较好', 0.56, 94.44]);
    expect([group(r, '2026-03·仓储部').figures.level, group(r, '2026-03·仓储部').figures.deduction, group(r, '2026-03·仓储部').figures.after]).toEqual(['优秀', 0, 90]);
    expect(r.records).toEqual({ label: '答案', total: 6, ok: 6, error: 0 });
    expect(said(r).map((p) => [p.code, p.severity, p.cell])).toEqual([
      ['skipped-row', 'info', 'A10'],
      ['duplicate-record', 'warning', 'A11'],
    ]);
  });

  it('not a copy (row 11 answers 满意): each 46082 refused, the message saying it is the date 2026-03-01', async () => {
    const r = await gradedReport(at('16b-ws-serial-months.xlsx'));
    const errors = said(r).filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual(['A11', 'A12', 'A13', 'A14', 'A15', 'A16'].map((c) => ['not-a-month', c]));
    expect(errors[0]!.message).toBe(
      '服务评价!A11:第 11 行(车间 一车间,被服务部门 采购部,评价项目 及时性)「考核月份」应为年和月(如 2026-03 或 2026年3月),实际为「46082」:46082 是 Excel 里 2026-03-01 这一天的日期序号(日期以「粘贴为数值」贴进了常规格式的格子),请把这一格设为日期格式(显示 2026年3月),或填 2026-03',
    );
  });
});
