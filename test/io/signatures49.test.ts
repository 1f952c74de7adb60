// Signature lines under a roster in words kpi did not know (评分人:, 评价人:, 主管:, 评价人签名, 被考核人签字), and two
// pieces of advice that could not work: 「考核得分」 over a probation sheet's points, one column for a ticked item.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/signatures49', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message.replace(/^.*?第\d+行「([^」]*)」.*$/, '$1'));

describe('a signature line under a roster is no one', () => {
  it('§7 「评分人:刘主管 … 日期:2026年3月31日」 (the date in 掌握公司业务\'s column): four people, exit 0', async () => {
    // Points as typed (权分 each): 王芳 2+7+2+4+3 + 5+4+5+4+5+5 + 9+8+9+10+9 = 18 + 28 + 45 = 91 → 优秀; 李强 13 + 24 + 36 = 73
    // → 一般; 张敏 20 + 30 + 50 = 100 → 优秀; 赵磊 11 + 18 + 30 = 59 → 待改进 (default bands 90 / 80 / 60).
    // It was a fifth person 「(无姓名)」 with 16 errors, one of them 「H9 … 实际为「日期:2026年3月31日」」, exit 1.
    const r = await gradedReport(at('spec-roster-signature.xlsx'));
    expect(totals(r)).toEqual([['王芳', 91, '优秀'], ['李强', 73, '一般'], ['张敏', 100, '优秀'], ['赵磊', 59, '待改进']]);
    expect(errors(r)).toEqual([]);
    expect(skipped(r)).toEqual(['评分人:刘主管']);
  });

  // §30: levels 100/80/60/40, an indicator 70 % 上级 + 30 % 客户, a dimension the mean of its three, the total their mean.
  // 王芳 上级 优秀 ×6 then 良好 ×6, 客户 良好: 0.7·100 + 0.3·80 = 94 (专业知识, 沟通能力), 0.7·80 + 0.3·80 = 80 (the other two)
  // → (94 + 94 + 80 + 80) / 4 = 87 良好. 李强 上级 良好, 客户 一般 ×6 then 优秀 ×6: 56 + 18 = 74, 56 + 30 = 86 → 80 良好.
  // 张敏 上级 一般 ×3 then 良好, 客户 较差 ×3 then 良好: 42 + 12 = 54, then 80 → (54 + 80 + 80 + 80) / 4 = 73.5 一般.
  const ability = [['王芳', 87, '良好'], ['李强', 80, '良好'], ['张敏', 73.5, '一般']];

  it('§30 「评价人:刘主管」 in 序号 — the form\'s own word for who rates', async () => {
    const r = await gradedReport(at('ability-roster-signature.xlsx'));
    expect(totals(r)).toEqual(ability);
    expect(errors(r)).toEqual([]);
    expect(skipped(r)).toEqual(['评价人:刘主管']);
  });

  it('§30 「评价人:」 in the 姓名 column: it was a person named 「评价人:」', async () => {
    const r = await gradedReport(at('ability-name-signature.xlsx'));
    expect(totals(r)).toEqual(ability);
    expect(errors(r)).toEqual([]);
  });

  it('§9 「主管:刘敏 … 日期:…」: 主管评 alone, each item its level — 王芳 (100+80+80+100+60)/5 = 84 良好, 李强 (80+80+60+80+80)/5 = 76 良好, 张敏 (100+100+100+80+100)/5 = 96 优秀', async () => {
    const r = await gradedReport(at('competency-signature.xlsx'));
    expect(totals(r)).toEqual([['王芳', 84, '良好'], ['李强', 76, '良好'], ['张敏', 96, '优秀']]);
    expect(errors(r)).toEqual([]);
    expect(skipped(r)).toEqual(['主管:刘敏']);
  });

  it('测评人:, 打分人:, 评定人:, 评价人签名, 被考核人签字 (in 序号), 部门主管签字, 评分人: — one sheet each, each person 84 良好', async () => {
    // 优秀 良好 良好 优秀 一般: (100 + 80 + 80 + 100 + 60) / 5 = 84 → 良好 (≥ 75).
    const r = await gradedReport(at('competency-labels.xlsx'));
    expect(totals(r)).toEqual([1, 2, 3, 4, 5, 6, 7].map((k) => [`员工${k}`, 84, '良好']));
    expect(errors(r)).toEqual([]);
    expect(skipped(r)).toEqual(['测评人:王敏', '打分人:周红', '评定人:', '评价人签名', '被考核人签字', '部门主管签字', '评分人:刘主管']);
  });

  it('a 评分人 column holding 「主管:刘敏」 is a rater\'s row, not a signature line', async () => {
    // 王芳 主管 良好, 同事评 优秀, no customer: each item 80 × 70/80 + 100 × 10/80 = 70 + 12.5 = 82.5 → 良好; 李强 主管 一般 alone: 60 → 一般.
    const r = await gradedReport(at('competency-rater-rows.xlsx'));
    expect(totals(r)).toEqual([['王芳', 82.5, '良好'], ['李强', 60, '一般']]);
    expect(errors(r)).toEqual([]);
    expect(skipped(r)).toEqual(['评分人:刘敏']);
  });
});

describe('§17 a person sheet whose score column is 「考核得分」 or 「实际得分」', () => {
  it('is told its points are not read, as 「得分」 is — not to rename the column 填写 (then 8 points read as 1 lateness: 王芳 77.00 for 83.00)', async () => {
    const r = await gradedReport(at('probation-score-headings.xlsx'));
    expect(totals(r)).toEqual([['王芳', null, null], ['李强', null, null]]);
    expect(errors(r).map((p) => [p.person, p.cell, p.message.replace(/^(王芳|李强)[::]/, '')])).toEqual([
      ['王芳', 'A3', '工作表「王芳」列出了本考核表的项目,但第 3 行表头只有「考核得分」列,没有「填写」列:本表的项目按填写的次数、等级计算,不直接读得分,此人未评分;请用 kpi template 生成的表格填写'],
      ['李强', 'A3', '工作表「李强」列出了本考核表的项目,但第 3 行表头只有「实际得分」列,没有「填写」列:本表的项目按填写的次数、等级计算,不直接读得分,此人未评分;请用 kpi template 生成的表格填写'],
    ]);
  });
});

describe('§18 one column for an item of ticks (工作知识 16, 合作精神 「8项」)', () => {
  it('says the item is ticked box by box in N columns, its points or count not read — not 「请把列名改为「工作知识·了解客户需求」」', async () => {
    // Renamed so, 16 was refused (「应为 √ / ×」) and 「7项」 read as one tick: 2 points.
    const r = await gradedReport(at('baolun-tick-items.xlsx'));
    expect(totals(r)).toEqual([['王芳', null, null], ['李强', null, null]]);
    const column = errors(r).find((p) => p.cell === 'D1')!;
    expect(column.message).toContain('列「工作知识」像是「工作知识」这一项的分数或勾选的条数;本表这一项逐条勾选(「经常询问客服问题」、「常提新的方法建议」、「了解客户需求」 等 10 条,每条一列,填「√」或「×」),不读分数或条数:这一列没有计入,填了内容的人不评分。请在「工作知识·经常询问客服问题」等10列逐条勾选');
    expect(errors(r).find((p) => p.cell === 'I1')!.message).toContain('请在「合作精神·准时上下班」等9列逐条勾选');
    const cell = errors(r).find((p) => p.cell === 'I3')!;
    expect(cell.person).toBe('李强');
    expect(cell.message).toContain('这一格的「8项」在列「合作精神」里,像是「合作精神」这一项的分数或勾选的条数;本表这一项逐条勾选(「准时上下班」、「遵守公司各项规定」、「遵守各项安全规定」 等 9 条,每条一列,填「√」或「×」),不读分数或条数,没有计入,此人不评分;请在「合作精神·准时上下班」等9列逐条勾选后重新评分');
    expect(r.problems.some((p) => p.message.includes('请把列名改为「工作知识'))).toBe(false);
  });
});
