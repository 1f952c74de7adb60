// A shared formula whose master cell was overwritten by a value: the other cells keep <f t="shared" si="0"/> and a result.
import path from 'node:path';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/odd44', f);

async function graded(file: string, writer: string) {
  const before = process.env.KPI_WRITER;
  process.env.KPI_WRITER = writer;
  try {
    const output = path.join(tempDir(), 'out.xlsx');
    const r = await gradeFile(at(file), { output });
    if (!r.ok) throw new Error(r.failure.message);
    return { report: r.report, output };
  } finally {
    if (before === undefined) delete process.env.KPI_WRITER;
    else process.env.KPI_WRITER = before;
  }
}

describe('cells of a shared formula whose master is gone (§13 cs-scheme-100)', () => {
  it.each(['exceljs', 'package'])('are read as their cached results on the %s path (「[object Object]」 refused them, or was 李四\'s 部门)', async (writer) => {
    const { report } = await graded('orphan.xlsx', writer);
    // 李四 20 + 30 + 10 + 10 + 5 + 5 + 10 + 10 = 100 优秀; 王五 17 + 25 + 8 + 8 + 4 + 5 + 8 + 10 = 85 待改进 (left-open bands).
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 91, '良好'], ['李四', 100, '优秀'], ['王五', 85, '待改进']]);
    const dept = await graded('dept-orphan.xlsx', writer);
    expect(dept.report.people.map((p) => p.department)).toEqual(['客服部', '客服部', '客服部']);
  });

  it('the graded copy holds them as values, not an empty <f/>', async () => {
    const { output } = await graded('orphan.xlsx', 'exceljs');
    const zip = await JSZip.loadAsync(readFileSync(output));
    const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    for (const n of names) expect(await zip.file(n)!.async('string'), n).not.toContain('<f/>');
  });
});

describe('§31 调查期间 and 保留率年度 typed as date cells shown 「2026年3月」 and 「2025年」', () => {
  it.each(['exceljs', 'package'])('are named as shown in the explanation (「调查期间 2026-03-31」, a day no one wrote) on the %s path', async (writer) => {
    const { report } = await graded('sc-periods.xlsx', writer);
    // 0.3 × 86 + 0.3 × 94 + 0.25 × 90 + 0.15 × 90 = 90 优秀.
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['客服一组', 90], ['客服二组', 83]]);
    const lines = report.people[0]!.items.map((i) => i.explanation).join('\n');
    expect(lines).toContain('(调查期间 2026-03)');
    expect(lines).toContain('(保留率年度 2025)');
  });
});
