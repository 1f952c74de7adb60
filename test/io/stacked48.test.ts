// Person sheets holding a second person's complete form copied below the first. kpi said 「又是一位被考核人…每张工作表只读
// 第一份,下面这份没有读取」, yet left the first person, complete, 未评分 (no problem naming them) and the second in no list.
// Side by side it did what it says: the first scored, the second listed unscored. Stacked now does the same.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/stacked48', f);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.band, p.status]);
const said = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'second-form-on-sheet').map((p) => [p.severity, p.sheet, p.cell, p.person]);

describe('a second complete form stacked below the first on one person sheet', () => {
  it('cs-specialist-monthly (李四\'s 被考核人 at E35:F35, his 项目 heading at row 39): 张三 90.00 优秀, 李四 listed unscored at F35', async () => {
    // 张三's 主管 column only (自评 counts for nothing): 能力 2 + 7.5 + 1.5 + 4 + 3 = 18, 态度 5 + 4.5 + 5 + 4 + 5 + 5 = 28.5,
    // 业绩 9 + 9.5 + 8 + 10 + 7 = 43.5; 18 + 28.5 + 43.5 = 90.00 ≥ 90 优秀. Was: 张三 未评分, 李四 absent.
    // 李四's rows (14 + 25 + 41.5 = 80.5) are his, not read into 张三's items.
    const r = await gradedReport(at('specialist-stacked.xlsx'));
    expect(people(r)).toEqual([['张三', 90, '优秀', 'scored'], ['李四', null, null, 'error']]);
    expect(r.people[0]!.parts.map((p) => [p.id, p.score])).toEqual([['ability', 18], ['attitude', 28.5], ['results', 43.5]]);
    expect(said(r)).toEqual([['error', '客服一组', 'F35', '李四']]);
    expect(r.problems.find((p) => p.code === 'second-form-on-sheet')!.message).toBe('客服一组!F35:工作表「客服一组」第 35 行又是一位被考核人(「被考核人:李四」),下面是这个人的各项:每张工作表只读第一份,下面这份没有读取,这个人没有评分;请把它移到单独的工作表后重新评分');
  });

  it('cs-scheme-100 (「姓名 | 李四」 at A24:B24): 张三 20 + 30 + 10 + 10 + 5 + 5 + 10 + 5 = 95 良好 K 1 (> 90, not > 95); 李四 at B24', async () => {
    const r = await gradedReport(at('scheme-stacked.xlsx'));
    expect(people(r)).toEqual([['张三', 95, '良好', 'scored'], ['李四', null, null, 'error']]);
    expect(r.people[0]!.bandData).toEqual({ K: 1 });
    expect(said(r)).toEqual([['error', '3月', 'B24', '李四']]);
  });

  it('matches the same two forms side by side: 张三 95 良好, 李四 listed unscored at J6', async () => {
    const r = await gradedReport(at('scheme-side.xlsx'));
    expect(people(r)).toEqual([['张三', 95, '良好', 'scored'], ['李四', null, null, 'error']]);
    expect(said(r)).toEqual([['error', '3月', 'J6', '李四']]);
  });

  it('cs-competency sheet 李四 with 赵六 below: 李四 78.67 良好 (主管 70 and 客户 20 of 90, 同事 absent), 赵六 listed at B21', async () => {
    // Per item (70 × 主管 + 20 × 客户) / 90: (5600 + 2000) / 90 = 84.44 twice, (4200 + 1600) / 90 = 64.44, 80, 80;
    // their average 393.33 / 5 = 78.67 ≥ 75 良好. 赵六's 优秀 rows (all 100) are not read into 李四's.
    const r = await gradedReport(at('competency-stacked.xlsx'));
    expect(people(r)).toEqual([['张三', 87, '良好', 'scored'], ['李四', 78.67, '良好', 'scored'], ['王五', 84, '良好', 'scored'], ['赵六', null, null, 'error']]);
    expect(said(r)).toEqual([['error', '李四', 'B21', '赵六']]);
  });

  it('the form below names 王五, who has his own sheet: a warning, 王五 84 from it ((100 + 4 × 80) / 5), 李四 78.67', async () => {
    const r = await gradedReport(at('competency-stacked-elsewhere.xlsx'));
    expect(people(r)).toEqual([['张三', 87, '良好', 'scored'], ['李四', 78.67, '良好', 'scored'], ['王五', 84, '良好', 'scored']]);
    const copy = r.problems.find((p) => p.code === 'second-form-on-sheet')!;
    expect([copy.severity, copy.cell]).toEqual(['warning', 'B21']);
    expect(copy.message).toContain('下面这份没有读取,王五按另一张工作表评分;这份是复制的,可以删去');
  });

  it('张三\'s own name again in her footer (「被考核人:张三」 at A31, her name line in E2:F2) is hers: 李四 still the one below', async () => {
    // Was: A31 taken for a second person — 张三 未评分 (90.00 lost), 李四 in no list.
    const r = await gradedReport(at('specialist-footer-own.xlsx'));
    expect(people(r)).toEqual([['张三', 90, '优秀', 'scored'], ['李四', null, null, 'error']]);
    expect(said(r)).toEqual([['error', '客服一组', 'F35', '李四']]);
  });

  it('a copy below naming no one (姓名 blank): 张三 left unscored as before, the error now naming him (which copy counts is not kpi\'s to guess)', async () => {
    const r = await gradedReport(at('scheme-stacked-noname.xlsx'));
    expect(people(r)).toEqual([['张三', null, null, 'error']]);
    expect(said(r)).toEqual([['error', '3月', 'A28', '张三']]);
  });
});

describe('one form alone with names in its signature lines (被考核人签名:, 姓名:张三, 考核人姓名:王经理)', () => {
  it('is no second person: 张三 95 良好, nothing said', async () => {
    const r = await gradedReport(at('scheme-signature.xlsx'));
    expect(people(r)).toEqual([['张三', 95, '良好', 'scored']]);
    expect(said(r)).toEqual([]);
  });
});
