import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { form, kpi, readWorkbook, repoRoot, sheetRows, summaryTable, tempDir, runCli } from '../helpers.js';
import { fillRoster } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';

const sample = (name: string) => path.join(repoRoot, 'samples', name);

describe('kpi score', () => {
  it('scores the mattress roster sample: table, band counts, problems, exit 1 for the person with mistakes', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'march.xlsx');
    copyFileSync(sample('mattress-cs-monthly.march.roster.xlsx'), input);
    const before = readFileSync(input);
    const r = await runCli(['score', input]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('王芳');
    // 优秀: 李强 100, 陈静 92; 良好: 张敏 85, 孙丽 87.5; 一般: 王芳 79; 待改进: 刘洋 59; 赵磊 not scored
    expect(r.stdout).toContain('等级分布:优秀 2 · 良好 2 · 一般 1 · 待改进 1 · 未评分 1');
    expect(r.stdout).toMatch(/错误 .*E7|错误/);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, 'march.graded.xlsx'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('.kpi-tmp'))).toEqual([]);
  });

  it('a roster graded in its worker thread: its first 50 problems are sent back and all are counted, an error past them exits 1', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    // 60 people with more visits (60) than customers (50): 60 warnings; the last one's 旷工「两次」: the 61st problem, an error.
    const people = Array.from({ length: 60 }, (_, i) => ({
      header: { employeeId: String(100000 + i), name: `员工${i}` },
      values: { 'M1.N': 50, 'M1.V': 60, 'M3.language': 0, 'M4.base': 8, M5: 5, M6: 10, 'M7.late': 0, ...(i === 59 ? { 'M7.absent': '两次' } : {}) },
    }));
    fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, people);
    const input = path.join(dir, 'many.xlsx');
    await wb.xlsx.writeFile(input);
    const r = kpi(['score', input]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('问题 61 条(错误 1,警告 60,提示 0):');
    expect(r.stdout).toContain('  还有 11 条,见「问题」表');
    // --json: the worker writes every problem; it sends back only their counts, and the error still exits 1.
    const json = kpi(['score', input, '--json', '-o', path.join(dir, 'again.xlsx')]);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { problems: unknown[] }).problems).toHaveLength(61);
  });

  it('--json follows the documented shape', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'a.xlsx');
    copyFileSync(sample('after-sales-monthly.march.form.xlsx'), input);
    const r = await runCli(['score', input, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['form', 'input', 'output', 'people', 'bands', 'problems']));
    expect(doc.form).toBe('after-sales-monthly');
    const zhou = doc.people.find((p: { name: string }) => p.name === '周杰');
    // §1: 65/80 = 81.25 × 0.85 + 70 × 0.15 = 79.5625 → 一般
    expect(zhou.total).toBe(79.5625);
    expect(zhou.band).toBe('一般');
    expect(zhou.parts).toEqual({ A: 81.25, B: 70 });
    expect(zhou.items[0]).toMatchObject({ id: 'A1', label: '客户信息管理', score: 20, max: 20 });
    expect(typeof zhou.items[0].explanation).toBe('string');
    for (const p of doc.problems) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['severity', 'code', 'sheet', 'cell', 'person', 'message']));
    }
    expect(doc.problems.some((p: { person: string; severity: string }) => p.person === '许亮' && p.severity === 'error')).toBe(true);
  });

  it('exit 2 with one line and no stack trace for a missing file, an unknown form, bad arguments', async () => {
    for (const args of [['score', '/no/such/file.xlsx'], ['score', sample('mattress-cs-monthly.march.csv'), '--form', 'nope'], ['score'], ['frobnicate']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
    }
  });

  it('refuses to replace an existing output without --force, and replaces it with --force', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'm.csv');
    copyFileSync(sample('mattress-cs-monthly.march.csv'), input);
    const out = path.join(dir, 'm.graded.xlsx');
    writeFileSync(out, 'keep me');
    const r = await runCli(['score', input, '--form', 'mattress-cs-monthly']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runCli(['score', input, '--form', 'mattress-cs-monthly', '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses to write the output over the input itself', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'x.xlsx');
    copyFileSync(sample('mattress-cs-monthly.march.roster.xlsx'), input);
    const before = readFileSync(input);
    const r = await runCli(['score', input, '-o', input, '--force']);
    expect(r.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('scores the CSV export and the competency form with raters', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'c.xlsx');
    copyFileSync(sample('cs-competency.march.roster.xlsx'), input);
    const r = await runCli(['score', input, '--json']);
    const doc = JSON.parse(r.stdout);
    const total = (name: string) => doc.people.find((p: { name: string }) => p.name === name).total;
    expect(total('林娜')).toBeCloseTo(99, 10); // 0.7×100 + 0.1×(80+100)/2 + 0.2×100 = 99
    expect(total('黄磊')).toBeCloseTo(76 / 0.9, 10); // no peers: (0.7×80 + 0.2×100)/0.9 = 84.444…
    expect(total('曹颖')).toBeCloseTo(90.4, 10); // (96×3 + 82×2)/5
    const out = await readWorkbook(doc.output);
    const summary = summaryTable(out);
    expect(summary[1]!.slice(1, 3)).toEqual(['3001', '林娜']);
  });

  it('kpi template writes both layouts for every form, and refuses to overwrite', async () => {
    const dir = tempDir();
    for (const id of ['mattress-cs-monthly', 'after-sales-monthly', 'cs-competency']) {
      for (const layout of ['form', 'roster']) {
        const out = path.join(dir, `${id}-${layout}.xlsx`);
        const r = await runCli(['template', id, '--layout', layout, '-o', out]);
        expect(r.code, r.stderr).toBe(0);
        const wb = await readWorkbook(out);
        expect(wb.getWorksheet('_kpi')!.getCell('B1').value).toBe(id);
        expect(wb.getWorksheet('_kpi')!.getCell('B3').value).toBe(layout);
      }
    }
    const again = await runCli(['template', 'cs-competency', '-o', path.join(dir, 'cs-competency-form.xlsx')]);
    expect(again.code).toBe(2);
  });

  it('kpi --help lists the commands in Chinese', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('score');
    expect(r.stdout).toContain('template');
    expect(r.stdout).toContain('评分');
  });
});
