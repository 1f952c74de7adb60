import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { gradeFile } from '../../src/io/grade.js';
import { templatesDir } from '../../src/forms/load.js';
import { parseLimit } from '../../src/cli/limits.js';
import { fewestRequired, mostAllowed } from '../../src/engine/distribution.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { form, readWorkbook, sheetRows, tempDir } from '../helpers.js';

// §8 with N = 40, M4 base 10 and nothing deducted elsewhere: total = 55 + V/2 + M5 + M6.
const row = (id: string, name: string, dept: string, m5: number, m6: number, v = 40): FillPerson => ({
  header: { employeeId: id, name, department: dept },
  values: { 'M1.N': 40, 'M1.V': v, 'M4.base': 10, M5: m5, M6: m6 },
});
// 92 优秀, 85 良好, 93 优秀, 70 一般 | 99 优秀, 55 待改进, 90 优秀.
const TEAM = [
  row('1001', '王芳', '客服部', 9, 8),
  row('1002', '李强', '客服部', 5, 5),
  row('1003', '张敏', '客服部', 8, 10),
  row('1004', '刘洋', '客服部', 5, 0, 20),
  row('1005', '陈静', '售后组', 10, 14),
  row('1006', '赵磊', '售后组', 0, 0, 0),
  row('1007', '孙丽', '售后组', 7, 8),
];

describe('强制分布 (distribution limits)', () => {
  let file = '';
  beforeAll(async () => {
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, TEAM);
    file = path.join(tempDir(), 'march.xlsx');
    await wb.xlsx.writeFile(file);
  });

  it('shares are compared exactly: at most 20 % of 7 is 1, at least 10 % of 7 is 1, of 4 is 1', () => {
    expect(mostAllowed(0.2, 7)).toBe(1);
    expect(mostAllowed(0.2, 10)).toBe(2); // 0.2 × 10 = 2 exactly, no float loss
    expect(mostAllowed(0.3, 10)).toBe(3); // 0.3 × 10 = 3.0000000000000004
    expect(fewestRequired(0.1, 7)).toBe(1);
    expect(fewestRequired(0.1, 10)).toBe(1);
    expect(fewestRequired(0.1, 4)).toBe(1);
    expect(parseLimit('优秀=20%')).toEqual({ band: '优秀', max: 0.2 });
    expect(parseLimit('优秀<=0.2')).toEqual({ band: '优秀', max: 0.2 });
    expect(parseLimit('待改进>=10%')).toEqual({ band: '待改进', min: 0.1 });
    expect(parseLimit('待改进≥10')).toEqual({ band: '待改进', min: 0.1 });
    // Bare numbers: under 1 a fraction, from 1 up a percentage — 1 is 1 %, never a silent 100 %.
    expect(parseLimit('优秀=1')).toEqual({ band: '优秀', max: 0.01 });
    expect(parseLimit('优秀=1.5')).toEqual({ band: '优秀', max: 0.015 });
    expect(parseLimit('优秀=0.5')).toEqual({ band: '优秀', max: 0.5 });
    expect(parseLimit('优秀=100')).toEqual({ band: '优秀', max: 1 });
    expect(parseLimit('优秀')).toBeNull();
    // Above 100 %: said as such (「比例应在 0% 到 100% 之间,实际为 120%」), not as unreadable.
    expect(parseLimit('优秀=120%')).toEqual({ outOfRange: 120 });
    expect(parseLimit('优秀=150')).toEqual({ outOfRange: 150 });
  });

  it('kpi score reports each breach, for everyone and per department, ranked by exact totals; no band changes', async () => {
    const out = await gradeFile(file, { output: null, limits: [{ band: '优秀', max: 0.2 }, { band: '待改进', min: 0.1 }] });
    if (!out.ok) throw new Error(out.failure.message);
    const r: GradeReport = out.report;
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([
      ['王芳', 92, '优秀'], ['李强', 85, '良好'], ['张敏', 93, '优秀'], ['刘洋', 70, '一般'],
      ['陈静', 99, '优秀'], ['赵磊', 55, '待改进'], ['孙丽', 90, '优秀'],
    ]);
    const b = r.distribution!.breaches.map((x) => [x.department, x.band, x.kind, x.count, x.people, x.allowed, x.boundary.map((p) => [p.name, p.total, p.beyond])]);
    expect(b).toEqual([
      // Everyone: 4 of 7 优秀, at most floor(1.4) = 1; the one inside the limit, then the three past it.
      ['', '优秀', 'max', 4, 7, 1, [['陈静', 99, false], ['张敏', 93, true], ['王芳', 92, true], ['孙丽', 90, true]]],
      // 客服部 (kè) before 售后组 (shòu); 4 people allow floor(0.8) = 0 优秀.
      ['客服部', '优秀', 'max', 2, 4, 0, [['张敏', 93, true], ['王芳', 92, true]]],
      // 客服部 has no 待改进 of ceil(0.4) = 1: the lowest of the better bands, then the next.
      ['客服部', '待改进', 'min', 0, 4, 1, [['刘洋', 70, true], ['李强', 85, false]]],
      // 售后组: 3 people allow floor(0.6) = 0 优秀; its 待改进 1 of ceil(0.3) = 1 is enough.
      ['售后组', '优秀', 'max', 2, 3, 0, [['陈静', 99, true], ['孙丽', 90, true]]],
    ]);
    const warnings = r.problems.filter((p) => p.code === 'distribution-limit');
    expect(warnings.every((p) => p.severity === 'warning')).toBe(true);
    expect(warnings[0]!.message).toBe(
      '强制分布:全体「优秀」4 人(57.1429%),不符合 至多 20%(7 人中至多 1 人);按精确总分,超出的:张敏(1003) 优秀 93、王芳(1001) 优秀 92、孙丽(1007) 优秀 90;限额内最后一人:陈静(1005) 优秀 99。kpi 不改动任何人的分数和等级',
    );
    expect(warnings[2]!.message).toContain('最接近「待改进」的:刘洋(1004) 一般 70;其次:李强(1002) 良好 85');
  });

  it('a definition declares limits; the graded workbook lists the breach in 问题; an unknown band stops the run', async () => {
    const dir = tempDir();
    const def = JSON.parse(await fs.readFile(path.join(templatesDir, 'mattress-cs-monthly.json'), 'utf8'));
    def.$schema = undefined;
    def.distribution = { limits: [{ band: '优秀', max: 0.6 }], perDepartment: false };
    const defFile = path.join(dir, 'def.json');
    await fs.writeFile(defFile, JSON.stringify(def));
    const output = path.join(dir, 'out.xlsx');
    const out = await gradeFile(file, { form: defFile, output });
    if (!out.ok) throw new Error(out.failure.message);
    // 4 of 7 = 57 % ≤ 60 %: within the limit; the command line's 50 % (at most 3) replaces it.
    expect(out.report.distribution!.breaches).toEqual([]);
    const again = await gradeFile(file, { form: defFile, output: null, limits: [{ band: '优秀', max: 0.5 }] });
    if (!again.ok) throw new Error(again.failure.message);
    expect(again.report.distribution!.breaches.map((x) => [x.department, x.count, x.allowed])).toEqual([['', 4, 3]]);
    const problems = sheetRows(await readWorkbook(output), '问题');
    expect(problems.some((r) => r[1] === 'distribution-limit')).toBe(false);

    const bad = await gradeFile(file, { output: null, limits: [{ band: '甲', max: 0.2 }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.failure.message).toBe('强制分布的等级「甲」不在「家具寝具床垫客服回访客户服务质量效率规范月度考核表」的等级表中(可用:优秀、良好、一般、待改进)');
  });
});
