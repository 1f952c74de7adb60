import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnyForm } from '../../src/forms/load.js';
import { buildRecordTemplate } from '../../src/io/records/template.js';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, kpi, repoRoot, tempDir } from '../helpers.js';

describe('kpi template for a record form', () => {
  it('the log sheet: every column of the source in order under a two-row heading, dropdowns, the mark', async () => {
    const loaded = await loadAnyForm('install-followup');
    if (!loaded.ok || loaded.kind !== 'records') throw new Error('not a record form');
    const file = path.join(tempDir(), 'install-followup.xlsx');
    await buildRecordTemplate(loaded.form, 'kpi test').xlsx.writeFile(file);
    const wb = await readWorkbook(file);
    const ws = wb.getWorksheet('回访记录')!;
    const leaf = (c: number) => String(ws.getCell(3, c).value ?? ws.getCell(2, c).value);
    // 47 columns: 序号 first, 进仓数量(件) over 柜身 … 赠品 (I–O), 回访内容 over 上门时间是否准时 … 得分 (AO–AU).
    expect(leaf(1)).toBe('序号');
    expect(ws.getCell(2, 9).value).toBe('进仓数量(件)');
    expect([9, 10, 15].map(leaf)).toEqual(['柜身', '门板/趟门', '赠品']);
    expect(ws.getCell(2, 41).value).toBe('回访内容');
    expect([41, 44, 47].map(leaf)).toEqual(['上门时间是否准时', '服务态度', '得分']);
    // 是否处理完毕 (AP) offers 是/否; 有没有清理卫生 (AQ) 有/没有; 服务态度 (AR) 5分…1分.
    const listOf = (col: string) => Object.entries((ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model).find(([k]) => k.startsWith(`${col}4`))?.[1].formulae[0];
    expect(listOf('AP')).toBe('"是,否"');
    expect(listOf('AQ')).toBe('"有,没有"');
    expect(listOf('AR')).toBe('"5分,4分,3分,2分,1分"');
    expect(wb.getWorksheet('_kpi')!.getCell('B1').value).toBe('install-followup');
    // The blank template is recognised by its mark and says there is nothing to grade yet.
    const outcome = await gradeFile(file, { output: null });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.message).toBe('install-followup.xlsx:「定制家居安装售后维修跟进满意度回访反馈表」的表格还没有填写任何订单,请填写后再评分');
  });

  it('a narrow log fills its upright page: §3\'s six columns (客户 … 建议和意见) give the rest of the width to its words', async () => {
    const loaded = await loadAnyForm('satisfaction-monthly');
    if (!loaded.ok || loaded.kind !== 'records') throw new Error('not a record form');
    const file = path.join(tempDir(), 'survey.xlsx');
    await buildRecordTemplate(loaded.form, 'kpi test').xlsx.writeFile(file);
    const wb = await readWorkbook(file);
    const ws = wb.getWorksheet('满意度记录') ?? wb.worksheets[0]!;
    const widths = [1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width ?? 0);
    const total = widths.reduce((a, w) => a + w, 0);
    // About the upright page's 95 characters (it was ≈ 45, two fifths of the page), upright still; the ratings keep
    // their widths, 客户 and 建议和意见 take the room.
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(total).toBeGreaterThan(85);
    expect(total).toBeLessThanOrEqual(95);
    expect(widths[0]).toBeGreaterThan(widths[1]! + 5);
    expect(widths[5]).toBeGreaterThan(widths[1]! + 5);
  });

  it('the process boundary: kpi score --json on the sample exits 1 (one row in error) and gives groups', () => {
    const r = kpi(['score', path.join(repoRoot, 'samples/install-followup.march.xlsx'), '--dry-run', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.people).toEqual([]);
    expect(json.records).toEqual({ label: '订单', total: 30, ok: 29, error: 1 });
    expect(json.groups.filter((g: { grouping: string }) => g.grouping === 'store').map((g: { keyText: string }) => g.keyText).sort()).toEqual(['南山店', '城东店', '城西店']);
  });
});

describe('--previous where it does not apply', () => {
  it('is said as a warning, not silently ignored: a log without compared figures, a person form', async () => {
    const sample = (name: string) => path.join(repoRoot, 'samples', name);
    const log = await gradeFile(sample('install-followup.march.xlsx'), { output: null, previous: sample('satisfaction-monthly.march.xlsx') });
    if (!log.ok) throw new Error(log.failure.message);
    expect(log.report.problems.find((p) => p.severity === 'warning')!.message).toBe('「定制家居安装售后维修跟进满意度回访反馈表」没有与上月对比的指标(定义中的 compare),--previous satisfaction-monthly.march.xlsx 已忽略');
    // Ignored, it is no 「上月对比」 of the report (the console said both).
    expect(log.report.previous).toBeUndefined();
    const person = await gradeFile(sample('mattress-cs-monthly.march.roster.xlsx'), { output: null, previous: sample('satisfaction-monthly.march.xlsx') });
    if (!person.ok) throw new Error(person.failure.message);
    expect(person.report.problems.some((p) => p.message.startsWith('--previous 只用于记录表'))).toBe(true);
  });
});

describe('a team\'s own columns right of the template\'s, headed on the first heading row only', () => {
  it('§5: 备注 (AV) and 回访人 (AW) keep every cell; kpi\'s 得分(kpi) and 状态 go right of them (they overwrote them)', async () => {
    const loaded = await loadAnyForm('install-followup');
    if (!loaded.ok || loaded.kind !== 'records') throw new Error('not a record form');
    const dir = tempDir();
    const file = path.join(dir, 'notes.xlsx');
    const wb = buildRecordTemplate(loaded.form, 'kpi test');
    const ws = wb.getWorksheet('回访记录')!;
    ws.getCell('AV2').value = '备注';
    ws.getCell('AW2').value = '回访人';
    // Two orders of 李军: all 是/有/5分 → 认可满意; the second has 清理卫生 没有 → not (1 of 2).
    const orders = [['城西店', '有'], ['城西店', '没有']];
    orders.forEach(([store, clean], i) => {
      const r = 4 + i;
      ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, 2).value = store;
      ws.getCell(r, 23).value = '李军';
      for (const c of [25, 27, 42, 45]) ws.getCell(r, c).value = '是';
      ws.getCell(r, 43).value = clean;
      ws.getCell(r, 44).value = '5分';
      ws.getCell(r, 48).value = `客户要求周末上门${i}`;
      ws.getCell(r, 49).value = '小刘';
    });
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { output: path.join(dir, 'g.xlsx') });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const g = (await readWorkbook(outcome.report.output!)).getWorksheet('回访记录')!;
    expect([g.getCell('AV4').value, g.getCell('AW4').value, g.getCell('AV5').value, g.getCell('AW5').value]).toEqual(['客户要求周末上门0', '小刘', '客户要求周末上门1', '小刘']);
    expect([g.getCell('AX3').value, g.getCell('AY3').value]).toEqual(['得分(kpi)', '状态']);
    expect([g.getCell('AX4').value, g.getCell('AX5').value]).toEqual([1, 0]);
    const master = outcome.report.groups!.find((x) => x.grouping === 'master' && x.keyText === '李军')!;
    expect(master.figures).toMatchObject({ orders: 2, satisfiedCount: 1, satisfiedRate: 50 });
  });
});

describe('--previous whose rows have errors', () => {
  it('§3: last month\'s errors are said; with none usable, each change is —, not this month against 0 (回收份数 +30)', async () => {
    const dir = tempDir();
    const head = '客户,产品质量,服务,交付准确性,售后支持';
    const now = path.join(dir, 'mar.csv');
    writeFileSync(now, [head, '甲,9,9,9,9', '乙,7,7,7,7'].join('\n') + '\n');
    const bad = path.join(dir, 'feb.csv');
    writeFileSync(bad, [head, '丙,11,8,8,8', '丁,九,8,8,8'].join('\n') + '\n');
    const r = await gradeFile(now, { form: 'satisfaction-monthly', output: null, previous: bad });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.groups![0]!.change).toMatchObject({ responses: null, overall: null });
    expect(r.report.problems.filter((p) => p.code === 'previous-errors').map((p) => p.message)).toEqual([
      // The command names the file as given (here its full path), so it runs from where kpi was run.
      `上月文件 feb.csv 的 2 条客户都有错误,没有可以对比的数字,与上月的变化都记为「—」;请先改正上月文件(kpi score ${bad} --form satisfaction-monthly)`,
    ]);
    // One of the two usable: February = 丙 (8 × 4)/4 = 8; March (9 + 7)/2 = 8 → overall ±0, responses 2 − 1 = +1; said.
    writeFileSync(bad, [head, '丙,8,8,8,8', '丁,九,8,8,8'].join('\n') + '\n');
    const half = await gradeFile(now, { form: 'satisfaction-monthly', output: null, previous: bad });
    if (!half.ok) throw new Error(half.failure.message);
    expect(half.report.groups![0]!.change).toMatchObject({ responses: 1, overall: 0 });
    expect(half.report.problems.filter((p) => p.code === 'previous-errors').map((p) => p.message)).toEqual([
      `上月文件 feb.csv 的 2 条客户中有 1 条有错误,上月的数字不含它们,与上月的变化可能不准;请先改正上月文件(kpi score ${bad} --form satisfaction-monthly)`,
    ]);
    // A name a shell would break on goes in single quotes; the --form it was read by goes with it.
    const odd = path.join(dir, '2月(修订).csv');
    writeFileSync(odd, [head, '丙,8,8,8,8', '丁,九,8,8,8'].join('\n') + '\n');
    const quoted = await gradeFile(now, { form: 'satisfaction-monthly', output: null, previous: odd });
    if (!quoted.ok) throw new Error(quoted.failure.message);
    expect(quoted.report.problems.find((p) => p.code === 'previous-errors')!.params).toMatchObject({ command: `kpi score '${odd}' --form satisfaction-monthly` });
  });
});

describe('-o naming the --previous file', () => {
  it('is refused naming --previous, not the input (「就是输入文件本身」 blamed this month\'s file); last month\'s file unchanged', async () => {
    const dir = tempDir();
    const head = '客户,产品质量,服务,交付准确性,售后支持';
    const now = path.join(dir, 'mar.csv');
    writeFileSync(now, [head, '甲,9,9,9,9'].join('\n') + '\n');
    const feb = path.join(dir, 'feb.csv');
    const febText = [head, '乙,8,8,8,8'].join('\n') + '\n';
    writeFileSync(feb, febText);
    const r = await gradeFile(now, { form: 'satisfaction-monthly', output: feb, force: true, previous: feb });
    expect(r.ok ? null : r.failure.message).toBe(`输出文件 ${feb} 就是 --previous 给的文件,不会覆盖它。请用 -o 指定另一个文件`);
    expect(readFileSync(feb, 'utf8')).toBe(febText);
  });
});
