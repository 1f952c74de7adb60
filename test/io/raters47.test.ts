// One interviewer's copies signed 「王面试官」 (a surname before the group's name), and a §19 roster whose units row says
// 「5分制」 under choice columns worth 4/3/2/1.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/raters47', f);

const combined = (files: string[]) => combinedReport(files.map(at));

describe('§15 interviewers\' copies signed 「王面试官」 twice (were two anonymous interviewers)', () => {
  it('the same marks twice: one interviewer, counted once — 王 优秀 (4), 李 较差 (1): (4 + 1) / 2 = 2.50 一般, 后备', async () => {
    // Counted as two interviewers, (4 + 4 + 1) / 3 = 3.00 良好 推荐 at exit 0.
    const r = await combined(['面试-王1.xlsx', '面试-王2.xlsx', '面试-李.xlsx']);
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 2.5, '一般']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // One warning, person by person; not also 「两份都已计入」 for the file.
    // (The copies were made from interview-eval 1.0.1: a form-version warning each.)
    expect(r.problems.filter((p) => p.code !== 'form-version').map((p) => [p.code, p.severity, p.message.includes('只计一次')])).toEqual([['rater-duplicate', 'warning', true]]);
  });

  it('other marks in the second copy (第1题 良好): 王 twice, an error naming 王; 张三 not scored (was 2.98 良好)', async () => {
    const r = await combined(['面试-王1.xlsx', '面试-王3.xlsx', '面试-李.xlsx']);
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', null]]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['rater-duplicate', 'B37']]);
    expect(errors[0]!.message).toContain('「面试官(王)」已在 面试-王1.xlsx');
  });
});

describe('§15 copies signed with a kind of interviewer, not who (「外部面试官」 on two copies)', () => {
  it('two external interviewers, both counted: 优秀 (4) and 较差 (1) → (4 + 1) / 2 = 2.50 一般, no error', async () => {
    const r = await combined(['面试-外部1.xlsx', '面试-外部2.xlsx']);
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 2.5, '一般']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§19 roster with a units row 「5分制」 under the choice columns (优秀/良好/一般/需改进 = 4/3/2/1)', () => {
  it('numbers typed under it are refused at the units cell — 张三\'s 4s were 优秀: 100 for 4 of 5', async () => {
    const r = await gradedReport(at('rep-units-row.xlsx'), { form: 'cs-rep' });
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', null], ['李四', null]]);
    const columns = r.problems.filter((p) => p.code === 'heading-points' && p.cell?.endsWith('2'));
    expect(columns.map((p) => p.cell)).toEqual(['C2', 'D2', 'E2', 'F2', 'G2', 'H2', 'I2', 'J2', 'K2']);
    expect(columns[0]!.message).toContain('列「服务态度 5分制」写的是 5 分,而本表(客服代表考核表 1.0.0)「服务态度」满分 4 分');
  });

  it('three heading rows (area, item, 「(5分制)」): 张三\'s 4s refused; 李四\'s words 优秀 read — 4/4 × 100 = 100 优秀', async () => {
    const r = await gradedReport(at('rep-units-3row.xlsx'), { form: 'cs-rep' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', null, null], ['李四', 100, '优秀']]);
  });
});

describe('a rater\'s column on a person\'s sheet noted with another weight, its name written another way than the form\'s label', () => {
  it('§4 「直接主管评分(60%)」 | 「间接主管评分(40%)」 (form 70/30): refused at each heading — 张三 was 92.00 优秀 on 70/30 for 88 良好 on 60/40', async () => {
    // 直接 达成 (1.0) on every item, 间接 差 (0.6): 100 × (0.7 + 0.3 × 0.6) + 2 + 2 = 92 on the form's weights; the sheet's
    // 100 × (0.6 + 0.4 × 0.6) + 4 = 88.
    const r = await gradedReport(at('dept-weights-60-40.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', null], ['李四', null]]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.sheet, p.cell])).toEqual([['heading-points', '张三', 'F7'], ['heading-points', '张三', 'G7'], ['heading-points', '李四', 'F7'], ['heading-points', '李四', 'G7']]);
    expect(errors[0]!.message).toContain('「直接主管评分(60%)」写的是权重 60%,而本表(客服部岗位月度绩效考核表 1.2.1)「直接主管」占 70%');
  });

  it('§7 「本人评分(20%)」 beside 主管 (the form counts no self-rating): refused — 88.00 良好 for the sheet\'s 0.2 × 100 + 0.8 × 88 = 90.4', async () => {
    const r = await gradedReport(at('specialist-self-20.xlsx'));
    expect(r.people.map((p) => p.total)).toEqual([null]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.message.includes('「本人评分(20%)」写的是权重 20%,而本表(客服专员月度绩效考核表 1.0.0)「自评」占 0%')])).toEqual([['F6', true]]);
  });
});

describe('§9 a peer\'s corrected copy that clears 张三\'s mistaken 待改进 (同事甲(修改).xlsx beside 同事甲.xlsx)', () => {
  it('the cleared row is the correction\'s: 张三 has no peer rating — 主管 70/70: (100 × 3 + 80 × 2) / 5 = 92.00 优秀 (the old 40 stayed: 85.50 良好)', async () => {
    const r = await combined(['revised/主管.xlsx', 'revised/同事甲.xlsx', 'revised/同事甲(修改).xlsx']);
    expect(r.people.find((p) => p.name === '张三')!.total).toBe(92);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§9 a customers\' sheet made by hand, titled 「客服部2026年3月客户满意度评价表」, for 王五 whom the 主管 left blank', () => {
  it('read as 客户评: 王五 has no 主管评 — an error, not scored (was 97.50 优秀 from the customers\' 优秀 taken as the 主管\'s)', async () => {
    const r = await combined(['titled/主管.xlsx', 'titled/同事甲.xlsx', 'titled/客户评价.xlsx']);
    expect(r.people.find((p) => p.name === '王五')!.total).toBeNull();
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.person, p.message.includes('「主管评」的表 主管.xlsx 里此人的评分是空的')])).toEqual([['王五', true]]);
  });
});

describe('§9 a roster copy whose 评分人 column is left blank, combined with a peer\'s copy', () => {
  // (d996267c: its filled columns are each a rater's — 自评 and 主管评 — so each is that rater's, not 「评分人未填写」.)
  it('its 主管评 columns are the 主管’s, combined with the peer: 张三 90.50 优秀, 李四 80.00 良好, 王五 65.00 一般', async () => {
    const r = await combined(['blank-rater/主管.xlsx', 'blank-rater/同事甲.xlsx']);
    // No customer: 主管 7/8, 同事 1/8. 张三 优秀 ×3 (100), 良好 ×2 (80), peer 良好 80: 3 × (87.5 + 10) + 2 × (70 + 10) = 452.5
    // / 5 = 90.50. 李四: no peer marks, 主管 良好 alone = 80. 王五: 一般 60, peer 优秀 100 → 52.5 + 12.5 = 65.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 90.5, '优秀'], ['李四', 80, '良好'], ['王五', 65, '一般']]);
    expect(r.problems.filter((p) => p.message.includes('表头「评分人」未填写'))).toEqual([]);
  });
});
