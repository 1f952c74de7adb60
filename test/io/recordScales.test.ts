// A record log whose heading names another scale than the column's (「产品质量(5分制)」 over §3's 1–10 answers,
// 「服务态度(10分制)」 over §5's 5分…1分) was read on the form's own scale: three customers answering 5, 5, 4 of 5 (all
// very satisfied) made an index of (5+5+4)/3 × 10 = 46.67 → 丁 at exit 0. Such columns are refused, the heading named.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { refusal, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/scales', name);

describe('record columns headed with another scale', () => {
  it('§3: 「产品质量(5分制)」 … are refused at B1–E1, not read as 1–10 (46.67 丁 at exit 0)', async () => {
    const failure = await refusal(fixture('survey-5-point.csv'), { form: 'satisfaction-monthly' });
    expect(failure).toMatchObject({ code: 'item-not-found', cell: 'B1', severity: 'error' });
    expect(failure.message).toBe(
      'survey-5-point.csv:工作表「survey-5-point」的列B1「产品质量(5分制)」、C1「服务(5分制)」、D1「交付准确性(5分制)」、E1「售后支持(5分制)」写明的分制(或分数高低的方向)与本表不同,本表的「产品质量」等按 1–10分 填写:另一种分制的分数照本表读会算错,这些列没有读取,无法评分。请换算成 1–10分 后填写,并把列名改为「产品质量」、「服务」、「交付准确性」、「售后支持」',
    );
  });

  it('§3: 「(满分5分)」, 「(1-5分)」, 「(1~5分)」, 「(五分制)」 name a scale of 5 as well', async () => {
    const failure = await refusal(fixture('survey-scales.csv'), { form: 'satisfaction-monthly' });
    expect(failure.message).toContain('B1「产品质量(满分5分)」、C1「服务(1-5分)」、D1「交付准确性(1~5分)」、E1「售后支持(五分制)」');
  });

  it('§5: 「服务态度(10分制)」 tells the form (guessed) and is refused at O1, not read as 5分…1分 (满意率 3/6 = 50 %)', async () => {
    const failure = await refusal(fixture('install-10-point.csv'));
    expect(failure).toMatchObject({ code: 'item-not-found', cell: 'O1' });
    expect(failure.message).toContain('O1「服务态度(10分制)」写明的分制(或分数高低的方向)与本表不同,本表的「服务态度」按 5分/4分/3分/2分/1分 填写');
  });

  it('the form\'s own scale in the heading is read: 「(10分制)」, 「(1-10分)」 — (5+5+4)/3 = 4.67 per dimension → index 46.67 丁', async () => {
    const file = path.join(tempDir(), 'survey.csv');
    fs.writeFileSync(file, '客户,产品质量(10分制),服务(1-10分),交付准确性(满分10分),售后支持\n刘女士,5,5,5,5\n陈先生,5,5,5,5\n赵女士,4,4,4,4\n');
    const outcome = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const month = outcome.report.groups!.find((g) => g.grouping === 'month')!;
    // Each dimension (5 + 5 + 4) / 3 = 4.666…; index = 4.666… × 10 = 46.67 → 丁 (< 70).
    expect(month.figures.quality).toBeCloseTo(14 / 3, 6);
    expect(month.figures.index).toBeCloseTo(140 / 3, 6);
    expect(month.band).toBe('丁');
  });

  it('§5: 「服务态度(5分制)」 is the column\'s own scale: read', async () => {
    const file = path.join(tempDir(), 'install.csv');
    const text = new TextDecoder('gb18030').decode(fs.readFileSync(fixture('install-10-point.csv'))).replace('服务态度(10分制)', '服务态度(5分制)');
    fs.writeFileSync(file, text);
    const outcome = await gradeFile(file, { output: null });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const all = outcome.report.groups!.find((g) => g.grouping === 'all')!;
    // 认可满意 = 处理完毕 ∧ 清理卫生 ∧ 态度 ≥ 4 ∧ 本人签字: 刘 (5) 1, 陈 (4) 1, 赵 (没有清理) 0, 孙 (3) 0, 周 (签字 否) 0,
    // 吴 (4) 1 → 3 of 6 = 50 %; 态度平均 (5 + 4 + 5 + 3 + 5 + 4) / 6 = 26 / 6 = 4.33.
    expect(all.figures).toMatchObject({ orders: 6, satisfiedCount: 3, satisfiedRate: 50 });
    expect(all.figures.attitudeMean).toBeCloseTo(26 / 6, 6);
  });
});
