// The forty-ninth session's red-team findings (fixtures: test/fixtures/rt49/make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/rt49', f);

describe('§17 probation: each person is reviewed on their own day (考核日期 is perPerson)', () => {
  // 张三 0 late → 10, 20 + 30 + 20 + 20 = 100; 李四 1 → 8, 15 + 25 + 15 + 15 = 78; 王五 3 → 4, 10 + 20 + 10 + 10 = 54.
  it('考核日期 3月20日, 4月3日, 4月10日 in one file: everyone scored, no 「考核月份不一致」 error (it was exit 1)', async () => {
    const report = await gradedReport(at('probation-dates.xlsx'), { form: 'probation' });
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([
      ['张三', 100, '优秀'],
      ['李四', 78, '一般'],
      ['王五', 54, '待改进'],
    ]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.map((p) => p.code)).not.toContain('month-unknown');
  });
});

describe('§13 person sheets: tab 李四 still holding 张三 (copied from 张三\'s sheet)', () => {
  it('the duplicate says the copy, not 「删去不对的一处」 (which loses 李四\'s marks); 王五\'s blank name is still his tab: 19 + 29 + 10 + 10 + 5 + 5 + 9 + 9 = 96', async () => {
    const report = await gradedReport(at('scheme-copied-tab.xlsx'));
    expect(report.people.map((p) => [p.name, p.status, p.total])).toEqual([
      ['张三', 'error', null],
      ['张三', 'error', null],
      ['王五', 'scored', 96],
    ]);
    const dup = report.problems.filter((p) => p.code === 'duplicate-person');
    expect(dup.map((p) => p.cell && `${p.sheet}!${p.cell}`)).toEqual(['张三!B2', '李四!B2']);
    for (const p of dup) {
      expect(p.message).toContain('工作表「李四」写的姓名是「张三」,而「张三」另有自己的表');
      expect(p.message).not.toContain('删去不对的一处');
    }
  });
});

describe('person sheets: 「3月」 on one sheet beside 「2026年3月」 and 2026-03-31 on the others', () => {
  // 张三 19 + 28 + 10 + 9 + 5 + 5 + 10 + 9 = 95; 李四 20 + 29 + 10 + 10 + 5 + 5 + 9 + 8 = 96; 王五 18 + 27 + 9 + 9 + 4 + 5 + 9 + 9 = 90.
  it('is one month (it was 「表头的考核月份不一致」, exit 1, with --period too)', async () => {
    const report = await gradedReport(at('scheme-months.xlsx'));
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 95], ['李四', 96], ['王五', 90]]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§10 one person\'s sheet with the items\' points typed where survey scores of 100 go', () => {
  // 客户满意度 18 of 20, 投诉处理 8 of 10, 产品知识 9 of 10, 团队协作 5 of 5, 个人素质 4 of 5: read as scores of 100 they gave
  // 30 + 18/100 × 20 = 3.6 + 18 + 10 + 0.8 + 0.9 + 0.25 + 0.2 = 63.75 一般 at exit 0 (as points: 102 优秀).
  it('is refused when five such figures on the sheet are all within their points (it took three sheets before)', async () => {
    const report = await gradedReport(at('kpi-one-sheet-points.xlsx'));
    expect(report.people.map((p) => [p.name, p.status])).toEqual([['张三', 'error']]);
    const refused = report.problems.filter((p) => p.code === 'points-not-scale');
    expect(refused.map((p) => p.cell)).toEqual(['F8']);
    expect(refused[0]!.message).toContain('这张表上 5 项填的都不超过各自的满分');
  });
});

describe('§27 plain √ / × typed into tick columns formatted 「Wingdings 2」 (review)', () => {
  // The sample's people as without the font: 吴静 (5/6 + 4/5 + 4/4 + 2/4) / 4 = 78.33, 郑凯 100, 冯涛 41.25, 陈琪 89.58, 王蕾 88.75.
  it('are read as typed — the font draws only its own letters (every person was refused as an unknown symbol)', async () => {
    const report = await gradedReport(at('checklist-w2-plain-ticks.xlsx'));
    const byName = new Map(report.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100]));
    expect([byName.get('吴静'), byName.get('郑凯'), byName.get('王蕾'), byName.get('冯涛'), byName.get('陈琪')]).toEqual([78.33, 100, 88.75, 41.25, 89.58]);
    expect(report.problems.map((p) => p.code)).not.toContain('unknown-symbol');
  });
});

describe('person sheets: a note line stating a scale refuses only what it is about (review)', () => {
  it('「注:服务质量评分采用5分制(1-5分)」 is 服务质量评分\'s own scale: 华东客服组 scores the worked example\'s 90 (客户反馈调查 of 0–100 was refused)', async () => {
    const report = await gradedReport(at('scorecard-note-own-scale.xlsx'));
    expect(report.people.find((p) => p.name === '华东客服组')?.total).toBeCloseTo(90, 2);
    expect(report.problems.map((p) => p.code)).not.toContain('item-not-found');
  });

  it('「…5分制,折算成百分制后填写」 says the figures are of 100: 唐宁 102 as without the note (every item of 100 was refused)', async () => {
    const report = await gradedReport(at('kpi-note-converted.xlsx'));
    expect(report.people.find((p) => p.name === '唐宁')?.total).toBeCloseTo(102, 2);
    expect(report.problems.map((p) => p.code)).not.toContain('item-not-found');
  });
});

describe('§3 with --period 2026-03: answers dated April 2nd are March\'s late answers (review)', () => {
  it('are counted, as before: 11 customers, index 82.50 乙 (they were left out: 9, 84.44)', async () => {
    const report = await gradedReport(at('satisfaction-late-answers.xlsx'), { period: '2026-03' });
    expect(report.groups![0]!.figures).toMatchObject({ responses: 11, index: 82.5 });
    // Not said left out; named as late answers (fx54g), an info.
    expect(report.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, p.message])).toEqual([['info', expect.stringContaining('有 2 条客户按「回访日期」列是 2026-04 月初(1–5 日)的')]]);
  });
});

describe('review of the late commits', () => {
  it.each(['title-fill-date.xlsx', 'title-month-blank.xlsx', 'title-version.xlsx'])('%s with --period 2026-03: a 填表/制表 date, a blank 考核月份 or a version is no month of the sheet (it was an error)', async (file) => {
    const report = await gradedReport(at(file), { form: 'cs-rep', period: '2026-03' });
    expect(report.problems.filter((p) => p.code === 'month-unknown')).toEqual([]);
  });

  it('a copied sheet on a tab named 刘明月 (月 in a given name) still gets the copy\'s advice, not 「删去不对的一处」', async () => {
    const report = await gradedReport(at('copied-tab-liumingyue.xlsx'));
    const dup = report.problems.filter((p) => p.code === 'duplicate-person');
    expect(dup.length).toBeGreaterThan(0);
    for (const p of dup) expect(p.message).toContain('改为「刘明月」');
  });

  it('one name typed another way (张叁) keeps the pay file\'s 编号 as 工号: both 王芳 paid by 工号, 张叁 warned (it read the file by names)', async () => {
    const report = await gradedReport(at('pay-form-typo.xlsx'), { pay: at('pay-namesakes.xlsx') });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.map((p) => p.code)).toContain('pay-mismatch');
  });
});
