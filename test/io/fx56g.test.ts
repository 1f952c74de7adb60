// A graded roster scored again after the team deleted kpi's added columns — all nine (N–V), or only the wide 评分说明 at
// the right before printing — was refused at exit 2 with 「…kpi 加的列找不到了…请删掉 kpi 加的列后再评分」: what the team
// had done. Fixtures: test/fixtures/fx56g/ (a tester's §17 probation roster, graded, columns deleted with openpyxl).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx56g', name);

describe('kpi\'s columns deleted from a graded roster', () => {
  // The same people as the graded file scored as it is (each row's inputs unchanged): 张三 100 优秀, 李 四 78 一般,
  // Anna Li 52 待改进, 王五 95 优秀.
  it.each(['g_delcols.xlsx', 'g_delcols_sheets.xlsx', 'g_del_explain.xlsx'])('%s is scored again', async (name) => {
    const r = await gradedReport(fixture(name));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 100, '优秀'], ['李 四', 78, '一般'], ['Anna Li', 52, '待改进'], ['王五', 95, '优秀']]);
  });
});
