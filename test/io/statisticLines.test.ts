// A §3 survey log whose export ends with 「平均数」 and 「样本数」 lines: both were counted as customers — 5 responses,
// index 73 丙 for 83.33 乙, at exit 0. Each word a survey tool writes for a statistic names no customer.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOTAL } from '../../src/io/rowKinds.js';
import { gradedReport, repoRoot } from '../helpers.js';

describe('statistic lines under a survey log', () => {
  it('§3 「平均数,9,8,9,8」 and 「样本数,3,3,3,3」 are no customers: (8.5 + 7 + 9.5)/3 = 8.33, index 83.33 乙', async () => {
    const report = await gradedReport(path.join(repoRoot, 'test/fixtures/records42/survey-statistic-lines.csv'), { form: 'satisfaction-monthly' });
    const month = report.groups![0]!;
    expect(month.figures.responses).toBe(3);
    expect(month.band).toBe('乙');
  });

  it('the words survey tools write for statistics, whole cells only', () => {
    for (const word of ['平均数', '平均分数', '算术平均', '加权平均', '各项平均', '均数', '众数', '样本数', '样本量', '有效份数', '问卷数', '记录数']) expect([word, TOTAL.whole(word)]).toEqual([word, true]);
    for (const name of ['众数科技', '样本文化', '王均数']) expect([name, TOTAL.whole(name)]).toEqual([name, false]);
  });
});
