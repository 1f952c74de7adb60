// Workbooks as other software writes them: number formats that show words in place of the number.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalByFormat } from '../../src/io/grid.js';
import { gradeFile } from '../../src/io/grade.js';
import { gradedReport, readWorkbook, repoRoot, sheetRows, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/files46', f);

describe('codes typed under a format that shows words (自定义格式 [=1]"优秀";[=2]"良好";"一般")', () => {
  it('literalByFormat: the words of the section that holds, none where the number itself is shown', () => {
    const f = '[=1]"优秀";[=2]"良好";"一般"';
    expect([1, 2, 3].map((v) => literalByFormat(f, v))).toEqual(['优秀', '良好', '一般']);
    expect(literalByFormat('0"分"', 8)).toBeUndefined();
    expect(literalByFormat('"是";"否"', 1)).toBe('是');
    expect(literalByFormat('"是";"否"', -1)).toBe('否');
    expect(literalByFormat(';;;', 1)).toBeUndefined();
    expect(literalByFormat('[DBNum1][$-804]General', 3)).toBeUndefined();
    expect(literalByFormat('@', 3)).toBeUndefined();
    // A format of numbers whose zero alone is a dash shows 0 as 「-」: the number is kept (review).
    expect(literalByFormat('#,##0;-#,##0;"-"', 0)).toBeUndefined();
  });

  it.each(['rep-coded-by-format.xlsx', 'rep-form-coded-by-format.xlsx'])('§19 %s: 1, 2, 3 shown 优秀, 良好, 一般 are read as shown — 张三 65.63 一般 (as codes: 59.38 待改进)', async (file) => {
    // 服务质量 (4 + 3 + 2) / 3 = 3 → 3/4 × 100 = 75; the other areas 62.5 each: (75 + 3 × 62.5) / 4 = 65.625 → 65.63 一般.
    const r = await gradedReport(at(file));
    const zhang = r.people.find((p) => p.name === '张三')!;
    expect([zhang.total, zhang.band]).toEqual([65.625, '一般']);
  });
});

describe('a roster whose strings are all inline while its relationships name a shared strings part it does not hold', () => {
  it.each(['package', 'exceljs'] as const)('graded by the %s writer: the graded copy holds kpi\'s headings and 明细 (the fast path wrote them pointing at no table)', async (writer) => {
    const output = path.join(tempDir(), 'out.xlsx');
    const outcome = await gradeFile(at('scheme-inline-strings-dangling-sst.xlsx'), { output, writer });
    expect(outcome.ok).toBe(true);
    const wb = await readWorkbook(output);
    const sheet = wb.worksheets.find((w) => w.name !== '汇总' && w.name !== '明细' && w.name !== '问题' && w.state === 'visible')!;
    expect(sheetRows(wb, sheet.name)[0]!.slice(13, 25)).toEqual(['得分·业绩考核', '得分·质量考核', '得分·业务考核', '得分·通话利用率', '得分·报表提交及时性', '得分·出勤情况', '得分·问题反馈及工作配合度', '得分·遵守规章制度及上级综合评分', '总分', '等级', '排名', '评分说明']);
    expect(sheetRows(wb, '明细')[1]!.slice(0, 4)).toEqual(['001', '张三', '业绩考核', 20]);
  });
});

describe('review: counts of 0 under 「#,##0;-#,##0;"-"」 (the zero shown as a dash)', () => {
  it('are 0, not the text 「-」: §8 张三 79 一般, 李四 (N 0, V 0) 100 优秀, 王五 (N 30, V 0: 0/30 × 20 = 0) 80 良好', async () => {
    const r = await gradedReport(at('mattress-zero-dash-format.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 79, '一般'], ['李四', 100, '优秀'], ['王五', 80, '良好']]);
  });
});
