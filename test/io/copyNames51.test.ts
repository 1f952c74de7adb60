// §9 cs-competency raters' copies combined, the fifty-first session's tester's cases: names and copies.
// Fixtures (test/fixtures/copyNames51, written by openpyxl from kpi's roster templates, 工号 001–003):
// 主管 张三 优秀 ×5, 李四 良好 ×5, 王五 一般 ×5 (主管-划王五: 王五's name struck; 主管-隐王五: his row hidden).
// 同事甲 张三 良好, 李四 良好, 王五 优秀 (同事甲(1): 张三 待改进; 同事甲-划张三: 张三's row struck; 同事甲-空格组长: 「张三 组长」;
// 同事甲-横线组长-无工号: 「张三-组长」, no 工号 column). 同事乙 张三 一般, 李四 优秀, 王五 优秀. 客户 张三 优秀, 李四 一般.
// Items of equal weight, 优秀 100, 良好 80, 一般 60, 待改进 40. 主管 70 %, 同事 10 % (averaged), 客户 20 %; with no 客户
// copy its 20 % is spread: 主管 70/80, 同事 10/80.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/copyNames51', f);
type Report = Awaited<ReturnType<typeof combinedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.band]);

/** The fixtures copied into a folder under the names given (name → fixture). */
function folder(files: Record<string, string>): string[] {
  const dir = tempDir('kpi-copyNames51-');
  return Object.entries(files).map(([name, from]) => {
    copyFileSync(at(from), path.join(dir, name));
    return path.join(dir, name);
  });
}

describe('a role after a name with a space or a dash in a peer\'s copy (「张三 组长」, 「张三-组长」)', () => {
  // 张三: 主管 100, 同事 (80 + 60)/2 = 70, 客户 100 → 0.7·100 + 0.1·70 + 0.2·100 = 97.00 优秀. It was unscored (with 工号:
  // 「同一工号不能是两个人」) or 96.00 without 同事甲's 良好 beside a phantom 「张三 组长」 (no 工号).
  // 李四: 0.7·80 + 0.1·(80 + 100)/2 + 0.2·60 = 56 + 9 + 12 = 77.00 良好. 王五 (no 客户): (70·60 + 10·(100 + 100)/2)/80 = 65.00.
  const expected = [['张三', 97, '优秀'], ['李四', 77, '良好'], ['王五', 65, '一般']];
  for (const [peer, written, cell] of [['同事甲-空格组长.xlsx', '张三 组长', 'B2'], ['同事甲-横线组长-无工号.xlsx', '张三-组长', 'A2']] as const) {
    it(`${written} is 张三, the note said (${peer})`, async () => {
      const r = await combinedReport(folder({ '主管.xlsx': '主管.xlsx', '同事甲.xlsx': peer, '同事乙.xlsx': '同事乙.xlsx', '客户.xlsx': '客户.xlsx' }), { form: 'cs-competency' });
      expect(totals(r)).toEqual(expected);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const noted = r.problems.find((p) => p.code === 'name-noted')!;
      expect(noted).toMatchObject({ severity: 'info', cell, person: '张三' });
      expect(noted.message).toContain(`姓名「${written}」按「张三」计(后面的「组长」当作备注);如果是另一个人,请改成不同的姓名后重新评分`);
    });
  }
});

describe('a row struck or hidden in one copy while the others rate the person', () => {
  it('主管 struck 王五\'s name (离职): 王五 leaves the run, the peers\' marks of him said not counted', async () => {
    // 张三: (7000 + 10·(80 + 60)/2)/80 = 7700/80 = 96.25 优秀; 李四: (70·80 + 10·(80 + 100)/2)/80 = 6500/80 = 81.25 良好.
    // It was 王五 未评分 with 「主管.xlsx 中没有此人」 and 「请把两份表一起评分」.
    const r = await combinedReport(folder({ '主管.xlsx': '主管-划王五.xlsx', '同事甲.xlsx': '同事甲.xlsx', '同事乙.xlsx': '同事乙.xlsx' }), { form: 'cs-competency' });
    expect(totals(r)).toEqual([['张三', 96.25, '优秀'], ['李四', 81.25, '良好']]);
    expect(r.problems.filter((p) => p.severity === 'error' || p.code === 'rater-absent')).toEqual([]);
    const struck = r.problems.find((p) => p.code === 'struck-name')!;
    expect(struck).toMatchObject({ severity: 'warning', sheet: '考核表', cell: 'B4', person: '王五' });
    expect(path.basename(struck.file!)).toBe('主管.xlsx');
    expect(struck.message).toContain('「王五」的姓名划了删除线,视为已删去,不评分;同事甲.xlsx、同事乙.xlsx 里对此人的评分也没有计入;要评分请去掉删除线');
  });

  it('主管 hid 王五\'s row: 王五 unscored, the error at that row in 主管.xlsx', async () => {
    const r = await combinedReport(folder({ '主管.xlsx': '主管-隐王五.xlsx', '同事甲.xlsx': '同事甲.xlsx', '同事乙.xlsx': '同事乙.xlsx' }), { form: 'cs-competency' });
    expect(totals(r)).toEqual([['张三', 96.25, '优秀'], ['李四', 81.25, '良好'], ['王五', null, null]]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, path.basename(p.file ?? ''), p.cell, p.person])).toEqual([['rater-copy-alone', '主管.xlsx', 'B4', '王五']]);
    expect(errors[0]!.message).toContain('「主管评」的表 主管.xlsx 里此人这一行是隐藏的,没有读,所以没有「主管评」的评分,此人不评分;是本月的评分请在 主管.xlsx 里取消隐藏后重新评分');
    expect(r.problems.some((p) => p.code === 'rater-absent')).toBe(false);
  });

  it('a peer struck 张三\'s row: 张三 scored without that peer, said so — no 「不评分」', async () => {
    // 张三: (7000 + 10·60)/80 = 95.00 优秀; 王五: (70·60 + 10·(100 + 100)/2)/80 = 5200/80 = 65.00 一般.
    const r = await combinedReport(folder({ '主管.xlsx': '主管.xlsx', '同事甲.xlsx': '同事甲-划张三.xlsx', '同事乙.xlsx': '同事乙.xlsx' }), { form: 'cs-competency' });
    expect(totals(r)).toEqual([['张三', 95, '优秀'], ['李四', 81.25, '良好'], ['王五', 65, '一般']]);
    const struck = r.problems.find((p) => p.code === 'struck-name')!;
    expect(struck.message).toContain('这份表里「张三」的姓名划了删除线,这份表对此人的评分没有计入(按其他评分人的表评分);要计入请去掉删除线');
    expect(struck.message).not.toContain('不评分');
  });
});

describe('a peer\'s copy downloaded again (「同事甲(1).xlsx」 beside 同事甲.xlsx)', () => {
  it('filled otherwise (张三 良好 → 待改进): two peers, as several peers sending back one template file are named alike', async () => {
    // Review: refusing 「(1)」 refused every folder of peers whose copies the browser numbered (同事评.xlsx, 同事评(1).xlsx,
    // 同事评(2).xlsx), exit 2 where base scored them. Counted as two peers, said: 张三 (7000 + 10·(80 + 40)/2)/80 = 95.00.
    for (const name of ['同事甲(1).xlsx', '同事甲 (2).xlsx', '同事甲（1）.xlsx']) {
      const r = await combinedReport(folder({ '主管.xlsx': '主管.xlsx', '同事甲.xlsx': '同事甲.xlsx', [name]: '同事甲(1).xlsx' }), { form: 'cs-competency' });
      expect(r.people[0]!.total).toBe(95);
    }
  });

  it('filled alike: counted once, 张三 (7000 + 10·80)/80 = 97.50', async () => {
    const r = await combinedReport(folder({ '主管.xlsx': '主管.xlsx', '同事甲.xlsx': '同事甲.xlsx', '同事甲(1).xlsx': '同事甲.xlsx' }), { form: 'cs-competency' });
    expect(r.people[0]!.total).toBe(97.5);
    expect(r.problems.find((p) => p.code === 'rater-duplicate')).toMatchObject({ severity: 'warning', params: { case: 'same-file' } });
  });

  it('a number that is part of the name is no download (「同事甲2」 beside 同事甲): two peers', async () => {
    // 张三: (7000 + 10·(80 + 40)/2)/80 = 95.00.
    const r = await combinedReport(folder({ '主管.xlsx': '主管.xlsx', '同事甲.xlsx': '同事甲.xlsx', '同事甲2.xlsx': '同事甲(1).xlsx' }), { form: 'cs-competency' });
    expect(r.people[0]!.total).toBe(95);
  });
});
