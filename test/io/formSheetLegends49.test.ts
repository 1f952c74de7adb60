// Person sheets (one sheet per person) saying how their answers are written: an answer-code legend, or another scale
// for the marks. Rosters honoured both; person sheets read past them at exit 0. Fixtures: test/fixtures/formSheetLegends49/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/formSheetLegends49', f);

describe('§29 cs-dept-rating person sheet, the 16 factors typed as codes 1 = 优秀 … 4 = 不符合要求', () => {
  // The worked example's 4,4,3,4 / 3,3,3,2 / 3,4,3,3 / 2,2,3,2 typed as 1,1,2,1 / 2,2,2,3 / 2,1,2,2 / 3,3,2,3.
  // Read by the legend: indicators 3.75, 2.75, 3.25, 2.25; mean 12 / 4 = 3.0 → 3.0 / 4 × 100 = 75; three ≥ 2.5 → 良好.
  // Read as points (the fault): 1.25, 2.25, 1.75, 2.75 → 8 / 4 = 2.0 → 50, one ≥ 2.5, none < 1.5 twice → 一般.
  it.each([
    ['cdr-above.xlsx', 'a note above the table (A5)'],
    ['cdr-critcol.xlsx', 'the 评分标准 cell of every row retyped'],
    ['cdr-fillhead.xlsx', 'the heading 「填写(1优秀 2良好 3一般 4不符合要求)」'],
    ['cdr-title.xlsx', 'the title line (A1)'],
    ['cdr-footer.xlsx', 'a note under the table (A34)'],
  ])('%s — legend in %s: 75.00 良好 (was 50.00 一般 at exit 0)', async (file) => {
    const r = await gradedReport(at(file));
    expect(r.people.map((p) => [p.name, p.total, p.band, p.status])).toEqual([['张三', 75, '良好', 'scored']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('no legend, the template\'s own 「选项得分:优秀 4 / 良好 3 / …」 left in 评分标准: numbers are points, 75.00 良好 as before', async () => {
    // 4,4,3,4 / 3,3,3,2 / 3,4,3,3 / 2,2,3,2 as points: the worked example, 75 良好.
    const r = await gradedReport(at('cdr-points.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 75, '良好']]);
  });
});

describe('§25 property-cs-staff person sheet, 「说明:是否类填写 0=是 1=否」 under the table', () => {
  it('确定相关责任人 0 and 出具意见进行解决 0 are 是: 45 / 45 → 100.00 (was 41 / 45 → 91.11)', async () => {
    // Every points criterion at its max (41 of them), the counts left blank (0 lapses: 2 + 2 + 5 = 9 included in 41),
    // the two yes/no answers 是 → 2 + 2: 45 / 45 × 100 = 100. Read as 否, 41 / 45 × 100 = 91.11.
    const r = await gradedReport(at('pcs-footer.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 100, '优秀']]);
  });
});

describe('§26 cs-work-review person sheet, marks out of 5 with the scale stated', () => {
  // 4.5, 4, 5 / 4, 4, 4 / 3.5, 4.5, 4 / 3, 3.5, 4 read as marks of 10: areas 4.5, 4, 4, 3.5 → 16 / 40 → 40.00 待改进 at
  // exit 0 (on 5 they are the worked example's 80 良好). Refused as a roster under such a note is, item by item.
  const labels = ['熟悉产品和服务,准确清晰回答', '良好的沟通能力', '团队合作精神', '友好耐心,倾听需求并提供方案', '高效处理,及时回复咨询', '妥善处理投诉和纠纷', '按流程和标准完成任务', '准确记录客户反馈并及时反馈相关部门', '参与满意度调查和改进', '参加培训和学习', '主动学习提升专业素养', '将学习成果应用到工作中'];
  it.each([
    ['cwr-fillhead.xlsx', () => 'F6', '填写(5分制)', '填写(5分制)'],
    ['cwr-critcol.xlsx', (k: number) => `D${[8, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 22][k]}`, '按5分制打分(0–5分)', '填写'],
    ['cwr-title.xlsx', () => 'A1', '客服人员工作考核表(每项5分制)', '填写'],
    ['cwr-footer.xlsx', () => 'A31', '说明:每项按5分制评分', '填写'],
  ])('%s: not scored, item-not-found at the cell stating it', async (file, cell, said, column) => {
    const r = await gradedReport(at(file));
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['张三', 'error']]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell, p.person])).toEqual(labels.map((_, k) => ['item-not-found', cell(k), '张三']));
    expect(errors[0]!.message).toBe(
      `工作表「考核表」${cell(0)} 的「${said}」写明了另一种分制,本表的「${labels[0]}」按 0–10 分 填写:列「${column}」的分数照本表读会算错,没有读取,无法为「${labels[0]}」评分;请换算成 0–10 分 后填写(这些分数本来就是 0–10 分 时,请改正 ${cell(0)} 的分制)`,
    );
  });

  it('marks of 10 under the form\'s own words (「满分:10分」 in 评分标准, 「说明:每项满分10分」 below): 80.00 良好, nothing said', async () => {
    // 9, 8, 10 → 9; 8, 8, 8 → 8; 7, 9, 8 → 8; 6, 7, 8 → 7 ⇒ 32 / 40 × 100 = 80 → 良好 (the worked example).
    const r = await gradedReport(at('cwr-own.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 80, '良好']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});
