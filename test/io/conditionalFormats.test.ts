// Conditional formats of the team's, carried to the graded copy as the input wrote them. exceljs rewrote them from its
// own model: an Excel 2010 rule naming another sheet (<x14:cfRule>, 「=F2<标准!$B$2」) made the write fail — nothing
// graded, exit 2, a JavaScript message; 重复值/唯一值/文本开头是/结尾是 were dropped; 空值/错误 came back with an operator
// the schema does not allow (openpyxl and pandas refuse the file).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { unzip } from '../../scripts/make-hostile.mjs';
import { repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/cond-formats', name);

async function graded(name: string): Promise<{ report: Awaited<ReturnType<typeof gradeFile>>; parts: Map<string, string> }> {
  const output = path.join(tempDir(), 'graded.xlsx');
  const report = await gradeFile(fixture(name), { output });
  const entries = unzip(readFileSync(output)) as Array<{ name: string; data: Buffer }>;
  return { report, parts: new Map(entries.map((e) => [e.name, e.data.toString('utf8')])) };
}

const ruleTypes = (xml: string) => [...xml.matchAll(/<cfRule\b[^>]*\btype="(\w+)"/g)].map((m) => m[1]).sort();

describe('conditional formats in the graded copy', () => {
  it('a rule naming another sheet (x14): graded — 张三 20+30+10+10+5+5+10+5 = 95 良好, 李四 96 优秀, 王五 85 待改进 — the rule kept', async () => {
    const { report, parts } = await graded('x14-other-sheet.xlsx');
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 95, '良好'], ['李四', 96, '优秀'], ['王五', 85, '待改进']]);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('{78C0D931-6437-407d-A8EE-F0AAD7539E65}');
    expect(sheet).toContain('标准!$B$2');
  });

  it('an x14 cellIs rule on another sheet, and one on a person\'s sheet: graded, not exit 2', async () => {
    for (const name of ['x14-cellis.xlsx', 'x14-person-sheets.xlsx']) {
      const { report, parts } = await graded(name);
      expect(report.ok, name).toBe(true);
      // The rule itself kept, in the sheet it was on (the input's first sheet).
      expect(parts.get('xl/worksheets/sheet1.xml'), name).toContain('<x14:cfRule');
    }
  });

  it('重复值, 唯一值, 开头是, 结尾是, 空值, 错误: all six kept as written, their dxfIds pointing at the dxfs they name', async () => {
    const input = new Map((unzip(readFileSync(fixture('highlight-rules.xlsx'))) as Array<{ name: string; data: Buffer }>).map((e) => [e.name, e.data.toString('utf8')]));
    const { report, parts } = await graded('highlight-rules.xlsx');
    expect(report.ok).toBe(true);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(ruleTypes(sheet)).toEqual(['beginsWith', 'containsBlanks', 'containsErrors', 'duplicateValues', 'endsWith', 'uniqueValues']);
    expect(sheet).not.toMatch(/operator="contains(Blanks|Errors)"/);
    // Each carried rule's dxf is the input's, appended after the graded copy's own.
    const dxfs = (xml: string) => [...(/<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(xml)?.[1] ?? '').matchAll(/<dxf\b[\s\S]*?<\/dxf>|<dxf\b[^>]*\/>/g)].map((m) => m[0]);
    const theirs = dxfs(input.get('xl/styles.xml')!);
    const ours = dxfs(parts.get('xl/styles.xml')!);
    const inRules = [...input.get('xl/worksheets/sheet1.xml')!.matchAll(/<cfRule\b[^>]*dxfId="(\d+)"[^>]*type="(\w+)"|<cfRule\b[^>]*type="(\w+)"[^>]*dxfId="(\d+)"/g)];
    const outRules = [...sheet.matchAll(/<cfRule\b[^>]*dxfId="(\d+)"[^>]*type="(\w+)"|<cfRule\b[^>]*type="(\w+)"[^>]*dxfId="(\d+)"/g)];
    expect(outRules.length).toBe(inRules.length);
    outRules.forEach((m, k) => {
      const outId = Number(m[1] ?? m[4]);
      const inId = Number(inRules[k]![1] ?? inRules[k]![4]);
      expect(ours[outId]).toBe(theirs[inId]);
    });
  });
});

describe('tables in the graded copy (ordinary path)', () => {
  it('a roster formatted as a table, kpi\'s notes on it: <legacyDrawing> before <tableParts>, as the schema orders them', async () => {
    const { report, parts } = await graded('table-with-notes.xlsx');
    expect(report.ok).toBe(true);
    const sheet = [...parts].find(([n, x]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && x.includes('<tableParts'))![1];
    expect(sheet.indexOf('<legacyDrawing')).toBeGreaterThan(0);
    expect(sheet.indexOf('<legacyDrawing')).toBeLessThan(sheet.indexOf('<tableParts'));
  });

  it('a table column named on two lines (Alt+Enter) keeps its line break as &#10; (bare, XML reads a space)', async () => {
    const { parts } = await graded('table-heading-two-lines.xlsx');
    const table = [...parts].find(([n]) => /^xl\/tables\/[^/]+\.xml$/.test(n))![1];
    expect(table).toMatch(/name="[^"]*&#10;[^"]*"/);
    expect(table).not.toMatch(/name="[^"]*\n[^"]*"/);
  });
});

describe('built-in formats exceljs had no code for (currency 5–8, accounting 41–44)', () => {
  it('a 会计专用 cell (id 43) keeps its thousands separator in the graded copy (150,000.00 came back 150000); 唐宁 102 优秀 as before', async () => {
    const { report, parts } = await graded('accounting-formats.xlsx');
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    // §10: 30 + 18 + 18 + 10 + 8 + 9 + 5 + 4 = 102 → 优秀.
    expect(report.report.people.find((p) => p.name === '唐宁')).toMatchObject({ total: 102, band: '优秀' });
    const styles = parts.get('xl/styles.xml')!;
    expect(styles).toContain('formatCode="_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * &quot;-&quot;??_ ;_ @_ "');
  });
});
