// Review of eeca7aa0 (round 58): a §20 rate footer of 1s (everyone passed) still a fourth project 「达标率」 95.24 优秀
// at exit 0, and its near wordings (优秀占比, 合格项目占比, 2/5, 达标率(%) 100 / 66.7) still a customer or a project with
// errors; the one-character heading rule reading a different question (服务速度 as 服务态度, 交付准时性 as 交付准确性); a
// shortened 「服务」 of staff names read as 服务态度 beside the real 态度.
// Fixtures: test/fixtures/fx58v/ (make.py; the LibreOffice-saved roster and the §3 log are the tester's, see there).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { RATE_LINE, rateFigures } from '../../src/io/rowKinds.js';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx58v', f);
const month = (r: GradeReport) => r.groups!.find((g) => g.grouping === r.groupings![0]!.id)!;
const errors = (r: GradeReport) => r.problems.filter((p) => p.severity === 'error');
const scores = (r: GradeReport) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total! * 100) / 100, p.band]);
const shortened = (r: GradeReport) => r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.params?.heading, p.params?.like]);

// §20 (catalog): 达标项 ÷ 21 × 100. fx58c/q4.xlsx: 张三 21/21 = 100 优秀; 李四 16/21 = 76.19 一般; 王五 18/21 = 85.71 良好.
const projects = [['张三', 100, '优秀'], ['李四', 76.19, '一般'], ['王五', 85.71, '良好']];
// §21: 王先生 100, 李女士 (80+80+60+100+80)/5 = 80, 张总 60, 赵女士 (100+100+80+80+80)/5 = 88, 陈先生 80:
// (100 + 80 + 60 + 88 + 80) / 5 = 408 / 5 = 81.6 → 良好.

describe('a rate footer whose figures are all 0–1 (or percents) under its rate word is skipped', () => {
  it('§20 LibreOffice re-save, =COUNTIF(…,"<3")/3 cached 1 in every column: three projects 100 优秀 (was a fourth 「达标率」 95.24 at exit 0)', async () => {
    // 张三 all 0; 李四 仪容仪表 1, 服务礼仪 2 (each under its failAt 3); 王五 all 0: 21/21 = 100 each.
    const r = await gradedReport(at('q20-all-pass-lo.xlsx'));
    expect(scores(r)).toEqual([['张三', 100, '优秀'], ['李四', 100, '优秀'], ['王五', 100, '优秀']]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain('第6行「达标率」');
  });

  it('§20 typed 1s, 合格项目占比 100%, 达标率(%) 100 / 66.7, 达标率 3/3 / 2/3: 100 / 76.19 / 85.71, no errors', async () => {
    for (const [file, word] of [['r-all1.xlsx', '达标率'], ['r-zhanbi.xlsx', '合格项目占比'], ['r-pct100.xlsx', '达标率(%)'], ['r-share.xlsx', '达标率']] as const) {
      const r = await gradedReport(at(file));
      expect(scores(r), file).toEqual(projects);
      expect(errors(r), file).toEqual([]);
      expect(r.problems.find((p) => p.code === 'skipped-row')!.message, file).toContain(`第6行「${word}」`);
    }
  });

  it('§21 「优秀占比 | 40% …」 and 「优秀率 | 2/5 …」: five customers, 81.6 良好 (was a sixth customer, 5 errors at exit 1)', async () => {
    for (const file of ['v-rate-share.xlsx', 'v-rate-ratio.xlsx']) {
      const r = await gradedReport(at(file));
      expect(month(r).figures, file).toMatchObject({ responses: 5, score: 81.6 });
      expect(month(r).band).toBe('良好');
      expect(errors(r), file).toEqual([]);
    }
  });

  it('must stay: a project 合格小区 of 1s below 合计 is a project — 20/21 = 95.24 优秀 (催缴会议纪要 fails at 1)', async () => {
    expect(scores(await gradedReport(at('r-project-ones.xlsx')))).toEqual([...projects, ['合格小区', 95.24, '优秀']]);
  });

  it('the words and the figures', () => {
    expect(['优秀占比', '合格项目占比', '达标率(%)', '合格率(%)'].every((t) => RATE_LINE.test(t))).toBe(true);
    expect(['合格小区', '李占比', '项目占比'].some((t) => RATE_LINE.test(t))).toBe(false);
    const n = (value: number) => ({ kind: 'number' as const, value });
    // Under its rate word 1s and 0s are rates; without one they may be counts (as fx58c).
    expect(rateFigures([n(1), n(1), n(0)], '达标率')).toBe(true);
    expect(rateFigures([n(1), n(1), n(0)])).toBe(false);
    // 0–100 only under 「(%)」.
    expect(rateFigures([n(100), n(66.7)], '达标率(%)')).toBe(true);
    expect(rateFigures([n(100), n(66.7)], '达标率')).toBe(false);
    expect(rateFigures([n(2)], '达标率')).toBe(false);
    expect(rateFigures([{ kind: 'text', value: '2/5' }, { kind: 'text', value: '5/5' }], '优秀率')).toBe(true);
    expect(rateFigures([{ kind: 'text', value: '6/5' }], '优秀率')).toBe(false);
  });
});

describe('a shortened heading is read as a column only by its start or end, and only over that column\'s answers', () => {
  it('a character off is another question: §21 服务速度 and §3 交付准时性 refused, missing 服务态度 / 交付准确性 (were 81.60 and 85.83 at exit 0)', async () => {
    expect((await refusal(at('v-sudu.xlsx'))).message).toContain('缺少必填列 「服务态度」');
    expect((await refusal(at('s3-zhunshi.xlsx'))).message).toContain('缺少必填列 「交付准确性」');
  });

  it('§21 「服务」 over staff names beside 「态度」: 态度 read as 服务态度, 81.6 良好, no errors (were 5 errors 「实际为「小王」」)', async () => {
    const r = await gradedReport(at('v-fuwu-extra.xlsx'));
    expect(month(r).figures).toMatchObject({ responses: 5, attitude: 84, score: 81.6 });
    expect(errors(r)).toEqual([]);
    expect(shortened(r)).toEqual([['态度', '服务态度']]);
  });

  it('§21 by the label\'s end: 质量 | 态度 | 售后 | 价格 | 交付 → 81.6 良好, each said (was 缺少必填列 产品质量、服务态度)', async () => {
    const r = await gradedReport(at('v-short.xlsx'));
    expect(month(r).figures).toMatchObject({ responses: 5, score: 81.6 });
    expect(shortened(r)).toEqual([['质量', '产品质量'], ['态度', '服务态度'], ['售后', '售后服务'], ['价格', '价格合理性'], ['交付', '交付准时性']]);
  });

  it('must stay: short forms by the start (交付准时, 服务 of levels, 售后, 价格) beside 产品质量满意度, reordered: 81.6 良好', async () => {
    // Column means: quality (100+80+60+100+80)/5 = 84, attitude 84, afterSales (100+60+60+80+80)/5 = 76, price 84, onTime 80.
    const r = await gradedReport(at('s2h-zhunshi.xlsx'));
    expect(month(r).figures).toMatchObject({ responses: 5, quality: 84, attitude: 84, afterSales: 76, price: 84, onTime: 80, score: 81.6 });
    expect(shortened(r)).toEqual([['交付准时', '交付准时性'], ['服务', '服务态度'], ['售后', '售后服务'], ['价格', '价格合理性']]);
    expect(errors(r)).toEqual([]);
  });
});
