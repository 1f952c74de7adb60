// Person sheets (kpi template --people) whose 填写项 of a counted item was retyped to say the row holds its score.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/sheets44', f);

describe('a 填写项 retyped as the item\'s score (「准时出勤得分」, 「准时出勤(得分)」, 「工作状况得分」)', () => {
  it.each([
    ['probation-score-label.xlsx', 'F7', '准时出勤得分', '8'],
    ['probation-score-label-brackets.xlsx', 'F7', '准时出勤(得分)', '8'],
    ['express-score-label.xlsx', 'F18', '工作状况得分', '38'],
  ])('%s: refused at the cell, the person not scored', async (file, cell, label, value) => {
    // Read as a count, §17's 8 lapses scored 2 of 10 (王五 2 + 15 + 15 + 10 + 10 = 52 不通过; as 8 points 58), §12's 38
    // violations 40 − 0.5 × 38 = 21 (张三 77.5 一般; as 38 points 94.5 优秀) — at exit 0.
    const r = await gradedReport(at(file));
    expect(r.people.map((p) => p.total)).toEqual([null, null, null]);
    const first = r.problems.find((p) => p.severity === 'error')!;
    expect([first.code, first.sheet, first.cell]).toEqual(['unknown-column', '张三', cell]);
    expect(first.message).toContain(`这一行的名称是「${label}」,填的「${value}」像是分数`);
  });
});

describe('a 填写项 naming an input that is a score itself (review): read as before', () => {
  it('§10 「客户满意度得分」 over its 0–100 得分: 25 + 20 × 0.85 + 15 + 10 + 9 + 8 + 3.5 + 3 = 90.50 优秀', async () => {
    const r = await gradedReport(at('sales-kpi-satisfaction-score-label.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 90.5]]);
  });

  it('§4 「工作能力评分」 over the 超预期表现 rating of 1–10: 94 + (0.7 × 8 + 0.3 × 6) / 10 × 5 + 7 / 10 × 5 = 101.20', async () => {
    const r = await gradedReport(at('dept-monthly-ability-rating-label.xlsx'));
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['张三', 101.2]]);
  });
});

describe('another person\'s form pasted beside one\'s own on a sheet (李四\'s A1:H18 copied to J1:Q18 of 张三\'s sheet)', () => {
  it('the sheet\'s own person is scored, the other listed unscored by name (李四 was in no list, 张三 left unscored)', async () => {
    const r = await gradedReport(at('probation-side-by-side.xlsx'));
    // §17 张三: 出勤 1 time → 8, + 15 + 25 + 20 + 15 = 83 良好 通过; 王五 4 + 10 + 20 + 15 + 10 = 59.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 83], ['王五', 59], ['李四', null]]);
    const said = r.problems.find((p) => p.code === 'second-form-on-sheet')!;
    expect([said.person, said.cell, said.message]).toEqual(['李四', 'J6', '张三!J6:工作表「张三」第 6 行右边又是一份考核表的表头(「项目」):每张工作表只读第一份,右边这份(李四的)没有读取,李四没有评分;请把它移到单独的工作表后重新评分']);
  });
});

describe('person sheets headed as the seeds head them', () => {
  it('§29 「序号 | 绩效考核指标 | 考虑因素 | 评价 | 备注」: read (all refused) — the catalog\'s 张三 3.75, 2.75, 3.25, 2.25 → 75.00 良好', async () => {
    const r = await gradedReport(at('s29-seed-headings.xlsx'));
    // 张三 (4 + 4 + 3 + 4) / 4 = 3.75 …: three indicators ≥ 2.5 → 良好, 3.0 / 4 × 100 = 75; 李四 → 优秀 90.63; 王五 two below
    // 1.5 → 不符合要求 46.88; 赵六 → 一般 54.69.
    expect(r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band])).toEqual([
      ['张三', 75, '良好'], ['李四', 90.63, '优秀'], ['王五', 46.88, '不符合要求'], ['赵六', 54.69, '一般'],
    ]);
  });

  it('§4 「指标类别 | 关键行动 | 权重 | 直接主管评分 | 间接主管评分」: read — 99.00 and 110.00 as the seed\'s form is filled', async () => {
    const r = await gradedReport(at('s4-seed-headings.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 99], ['李四', 110]]);
  });
});

describe('a template\'s sheets renamed for each person, the 姓名 cell left blank (tabs 张三, 李四, 王五)', () => {
  it('the tab is taken, said at the blank cell (all were refused 「姓名未填写」): §17 张三 3 lapses → 4 …, 79, 90, 60 通过', async () => {
    const r = await gradedReport(at('probation-names-in-tabs.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 79], ['李四', 90], ['王五', 60]]);
    // (The fixture's template is of probation 1.0.0: its form-version warning is not what this is about.)
    expect(r.problems.filter((p) => p.code !== 'form-version').map((p) => [p.code, p.severity, p.cell])).toEqual([['name-from-sheet', 'warning', 'B2'], ['name-from-sheet', 'warning', 'B2'], ['name-from-sheet', 'warning', 'B2']]);
  });
});

describe('§18 sheets 「项目 | 内容 | 勾选 | 备注」, the tick statements under 内容', () => {
  it('内容 lists the inputs: 张三 26 + 8 × 2 + 14 + (10 − 1 − 2) + 7 × 20 / 9 = 78.56 普通 (every row 「没写填写项」, nothing ticked)', async () => {
    const r = await gradedReport(at('s18-neirong.xlsx'), { form: 'bao-lun-quality' });
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['张三', 78.56, '普通'], ['李四', 100, '特别优秀'], ['王五', 26.44, '差']]);
  });
});

describe('§28 the seed\'s header typed 「部门;销售部」 (a semicolon for the colon)', () => {
  it('is read: 冯一 (92 + 88 + 25 + 80) × 25 % = 71.25, 卫二 97.50, 蒋三 60.00 (「部门」未填写 at the 姓名 cell, everyone)', async () => {
    const r = await gradedReport(at('s28-seed-header.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['冯一', 71.25], ['卫二', 97.5], ['蒋三', 60]]);
  });
});
