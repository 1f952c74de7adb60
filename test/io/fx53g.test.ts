// An Excel time that lost its format (00:01:30 pasted as values into a General, 0.00000 or @ cell holds 0.00104166…)
// in an input counted in 秒 / 分钟 (§10 平均响应秒数, §6 急迫性报修到场), a [mm]:ss time on §6's check, and 「1:30」 typed
// on §10. Fixtures: test/fixtures/fx53g/make.py (sck.xlsx, psq.xlsx) and clock.csv.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRaw } from '../../src/engine/values.js';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx53g', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.band ?? null]);
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell, p.message.replace(/^.*?「/, '「')]);
const seconds = { id: 's', label: '平均响应秒数', type: 'number' as const, min: 0, unit: '秒' };
const minutes = { id: 'm', label: '到场', type: 'text' as const, unit: '分钟' };

describe('§10 平均响应秒数 00:01:30 pasted as values (张三 92.00 优秀 for 85.33 良好 at exit 0)', () => {
  it('General, 0.00000 and @ read as 90 秒 with a warning, as 李四\'s h:mm:ss', async () => {
    const r = await gradedReport(at('sck.xlsx'));
    // CATALOG §10: 销售额 100000 ÷ 100000 × 25 = 25; 满意度 90 ÷ 100 × 20 = 18; 转化率 (20/100) ÷ 20 % × 15 = 15;
    // 响应 30 ÷ 90 = 33.33 % × 10 = 3.3333; 投诉处理、产品知识 80 % × 10 = 8 each; 协作、素质 80 % × 5 = 4 each:
    // 25 + 18 + 15 + 3.3333 + 8 + 8 + 4 + 4 = 85.33 良好 (it was 30 ÷ 0.001 capped at 100 %: 10, 92.00 优秀).
    // 钱七 45 typed: 30 ÷ 45 × 10 = 6.6667 → 88.67 良好, no warning.
    expect(totals(r)).toEqual([['张三', 85.33, '良好'], ['李四', 85.33, '良好'], ['王五', 85.33, '良好'], ['赵六', 85.33, '良好'], ['钱七', 88.67, '良好']]);
    const warning = '「响应时间·平均响应秒数」填的是 0.00104166666666667,按 Excel 时间值 00:01:30 读作 90 秒;请把单元格格式设为时间或直接填秒数';
    expect(said(r, 'time-value')).toEqual([['warning', 'J2', warning], ['warning', 'J4', warning], ['warning', 'J5', warning]]);
    // The 0.00000 cell shows 「0.00104」: not a second reading beside the time (「按显示的值会得 10 分」).
    expect(said(r, 'shown-rounded')).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a bare number of seconds under one that is no whole number of seconds as a time stays as typed', () => {
    // 0.001 × 86400 = 86.4 s: no time a cell holds. 0.5 (12:00:00) has no more than 3 decimals: read as typed, 0.5 秒
    // (read as 43200 s it scored §10's K4 0 for base's 10); so is a formula's result or a 0.00 cell's 0.00104166….
    expect(parseRaw(seconds, { kind: 'number', value: 0.001 })).toEqual({ ok: true, value: 0.001, empty: false });
    expect(parseRaw(seconds, { kind: 'number', value: 0.5 })).toEqual({ ok: true, value: 0.5, empty: false });
    expect(parseRaw(seconds, { kind: 'number', value: 90 / 86400, formula: true })).toMatchObject({ ok: true, value: 0.00104166666666667 });
    expect(parseRaw(seconds, { kind: 'number', value: 90 / 86400, places: 2 })).toMatchObject({ ok: true, value: 0.00104166666666667 });
    expect(parseRaw(seconds, { kind: 'number', value: 90 / 86400, places: 5 })).toMatchObject({ ok: true, value: 90, time: { clock: '00:01:30' } });
    // A percent cell is not a time pasted as a number (0% shows 「0.1042%」): refused as before.
    expect(parseRaw(seconds, { kind: 'number', value: 90 / 86400, percentFormat: true })).toMatchObject({ ok: false, code: 'not-a-number' });
  });
});

describe('§6 急迫性报修到场 20 分 30 秒 as a number or in [mm]:ss (东区 100.00 for 94.12 at exit 0; 南区 refused)', () => {
  it('General 0.014236 and [mm]:ss 「20:30」 read as 0:20:30, 不达标 as 西区\'s h:mm:ss; 30 min in 0.000 refused', async () => {
    const r = await gradedReport(at('psq.xlsx'));
    // CATALOG §6: 17 criteria, 20.5 min > 20 → 急迫性报修 not met: 16 / 17 × 100 = 94.1176 → 94.12 优秀 (东区, 西区, 南区).
    // 中区 0.0104166… = 0:15:00, 15 ≤ 20: 17 / 17 × 100 = 100. 北区 0.0208333… is 0:30:00 or 0.0208 min (1.25 s) as
    // typed: refused (it passed ≤ 20 as 0.021 min).
    expect(totals(r)).toEqual([['东区管理处', 94.12, '优秀'], ['西区管理处', 94.12, '优秀'], ['南区管理处', 94.12, '优秀'], ['北区管理处', null, null], ['中区管理处', 100, '优秀']]);
    const subject = '「服务质量检查·急迫性报修20分钟内到达」';
    expect(said(r, 'time-value')).toEqual([
      ['warning', 'O2', `${subject}填的是 0.0142361111111111,按 Excel 时间值 00:20:30 读作 20.5 分钟;请把单元格格式设为时间或直接填分钟数`],
      ['error', 'O5', `${subject}填的 0.0208333333333333 可能是丢了时间格式的 Excel 时间值 00:30:00(30 分钟),也可能就是 0.0208333333333333 分钟,没有读取;请把单元格格式设为时间,或直接填分钟数`],
      ['warning', 'O6', `${subject}填的是 0.0104166666666667,按 Excel 时间值 00:15:00 读作 15 分钟;请把单元格格式设为时间或直接填分钟数`],
    ]);
    expect(r.people.find((p) => p.name === '南区管理处')!.status).toBe('scored');
  });

  it('the same through the package reader (南区 [mm]:ss 20:30 → 94.12)', async () => {
    const r = await gradedReport(at('psq.xlsx'), { output: path.join(tempDir(), 'out.xlsx'), writer: 'package' });
    expect(totals(r).map(([name, total]) => [name, total])).toEqual([['东区管理处', 94.12], ['西区管理处', 94.12], ['南区管理处', 94.12], ['北区管理处', null], ['中区管理处', 100]]);
  });

  it('0.5 分钟 is read as typed (3 decimals or fewer: no time pasted); 0.0208333… (30 min or 1.25 s) refused; 18 is 18', () => {
    expect(parseRaw(minutes, { kind: 'number', value: 0.5 })).toEqual({ ok: true, value: '0.5', empty: false });
    expect(parseRaw(minutes, { kind: 'number', value: 30 / 1440 })).toMatchObject({ ok: false, code: 'time-value', time: { clock: '00:30:00', amount: 30 } });
    expect(parseRaw(minutes, { kind: 'number', value: 18 })).toEqual({ ok: true, value: '18', empty: false });
  });
});

describe('§10 「1:30」 typed: refused (h:mm or m:ss), now saying why', () => {
  it('the message gives both readings and how to write each', async () => {
    const r = await gradedReport(at('clock.csv'));
    // 李四 00:01:30 = 90 s: 85.33 良好 as above.
    expect(totals(r)).toEqual([['张三', null, null], ['李四', 85.33, '良好']]);
    expect(said(r, 'not-a-number')).toEqual([
      ['error', 'J2', '「响应时间·平均响应秒数」应为不小于0的数,实际为「1:30」:分不清是 1 小时 30 分还是 1 分 30 秒;1 分 30 秒请写 00:01:30 或 90(秒),1 小时 30 分请写 01:30:00'],
    ]);
  });
});
