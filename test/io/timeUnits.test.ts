// §6 「急迫性报修20分钟内到达」 is checked in 分钟. A dispatch system's seconds under 「…到达(秒)」 (1100 s = 18.3 min, met) were
// read as 1100 分钟 (not met): 一号 86.67 良好 for 93.33 优秀, at exit 0; hours under 「(小时)」 the other way. A measured
// check's heading naming another unit is refused as a number's is.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/records42', name);

describe('a measured check in 分钟 under a heading of another time unit', () => {
  it('roster 「…到达(秒)」: refused, no 管理处 scored from 1100 分钟', async () => {
    const report = await gradedReport(fixture('psq-seconds-heading.xlsx'));
    expect(report.people.map((p) => p.total)).toEqual([null, null, null]);
    expect(report.problems.find((p) => p.cell === 'O1')!.message).toContain('写的单位是「秒」');
  });

  it('the same heading in 分钟 (18, 25, 20): read — 一号 18 met: 14 of 15 = 93.33 优秀; 三号 20 met: 16 of 17 = 94.12', async () => {
    const report = await gradedReport(fixture('psq-minutes-heading.xlsx'));
    expect([report.people[0]!.total, report.people[0]!.band, report.people[2]!.total?.toFixed(2)]).toEqual([(14 / 15) * 100, '优秀', '94.12']);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a 管理处\'s sheet with the 填写项 「…到达(秒)」: refused at its cell', async () => {
    const report = await gradedReport(fixture('psq-seconds-form.xlsx'));
    expect(report.people.map((p) => p.total)).toEqual([null]);
    expect(report.problems.find((p) => p.cell === 'F16')!.message).toContain('的单位是「秒」');
  });
});
