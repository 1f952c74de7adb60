// §8 mattress-cs-monthly rosters: a retyped column in a missing column's place holding values, headings ending 扣分 over
// counts, a 回访率 column for the counts, points typed in a count cell, and a 0 under a strong look-alike of a count.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59f', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const form = 'mattress-cs-monthly';

describe('§8 a column in a missing column\'s place holding values', () => {
  it('「报表提报」 where 表格管理 stands, 张三 「3,2」 and 李四 5: both refused (were 84.00 良好 and 100.00 优秀 at exit 0)', async () => {
    const r = await gradedReport(fixture('r_m2pos_a.xlsx'), { form });
    // By the catalog 张三 = 18 + (20 − 3 − 2) + (15 − 2 − 2) + (8 − 5) + 9 + 13 + (10 − 2) + 2 = 79 一般; read as blank it was 84.
    expect(people(r)).toEqual([['张三', null, null], ['李四', null, null]]);
    const cells = r.problems.filter((p) => p.severity === 'error').map((p) => [p.person ?? null, p.cell]);
    expect(cells).toEqual([['张三', 'H2'], ['李四', 'H3']]);
    expect(r.problems.find((p) => p.cell === 'H2')!.message).toContain('请把列名改为「表格管理」后重新评分');
  });

  it('「表格延迟遗漏错误次数」 holding 2 and 3 where 表格管理 stands: both refused', async () => {
    const r = await gradedReport(fixture('r_m2cnt3.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null], ['李四', null, null]]);
  });

  it('「问题处理」 where 拖延遗漏错误次数 stands: 张三\'s 1 refused, 李四\'s 0 scores as the blank it is', async () => {
    const r = await gradedReport(fixture('r_pos_m4.xlsx'), { form });
    // 李四: 40/40 × 20 = 20 + (20 − 5 = 15) + 15 + (10 − 5 × 0 = 10) + 10 + 15 + 10 + 0 = 95 优秀.
    expect(people(r)).toEqual([['张三', null, null], ['李四', '95.00', '优秀']]);
  });

  it('the same column blank in every row stays a warning: 84.00 and 100.00, exit 0 (the nearest sound variant)', async () => {
    const r = await gradedReport(fixture('r_m2pos_blank.xlsx'), { form });
    // 张三: 18 + 20 (no 表格管理 deductions) + 11 + 3 + 9 + 13 + 8 + 2 = 84 良好; 李四: 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀.
    expect(people(r)).toEqual([['张三', '84.00', '良好'], ['李四', '100.00', '优秀']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.find((p) => p.cell === 'H1')!.severity).toBe('warning');
  });
});

describe('§8 headings ending 扣分 over counts', () => {
  it('「用语不规范扣分」 2 is points, not 2 times: told to convert to 次, as 「…(分)」 is (renaming only gave 72.00 for 79)', async () => {
    const r = await gradedReport(fixture('r_ptshdr.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀']]);
    const head = r.problems.find((p) => p.cell === 'I1')!;
    expect(head.message).toBe('工作表「3月考核」I1:列「用语不规范扣分」的单位是「分」,本表「日常服务规范·用语不规范」按「次」填写:这一列没有读取,填了 0 以外的数的人不评分。请换算成「次」后填写,并把列名改为「日常服务规范·用语不规范」');
    expect(r.problems.some((p) => p.message.includes('后重新评分') && p.message.includes('请把列名改为「日常服务规范·用语不规范」后重新评分'))).toBe(false);
  });
});

describe('§8 messages', () => {
  it('a 回访率 column for 回访客户数: the form takes the two counts, not the rate', async () => {
    const r = await gradedReport(fixture('r_rate2.xlsx'), { form });
    const said = r.problems.find((p) => p.cell === 'G1')!;
    expect(said.message).toContain('「回访率」填的是比率(百分比),本表的「客户回访率」不填比率,要填两个数:「客户回访率·本月安装(售服)客户数」和「客户回访率·回访客户数」');
    expect(r.problems.some((p) => p.message.includes('不是本考核表的项目'))).toBe(false);
  });

  it('「2分」 in a count cell of a person\'s sheet: the cell takes a count, not points', async () => {
    const r = await gradedReport(fixture('f_unit.xlsx'), { form });
    const cell = r.problems.find((p) => p.code === 'not-a-number' && p.message.includes('「2分」'))!;
    expect(cell.message).toContain('应为不小于0的整数,实际为「2分」;这一格填次数,不是分数(扣了几分请换算成次数)');
  });
});

describe('§8 CSV with shortened headings', () => {
  it('a 0 under 「无关的事」 (a strong look-alike of 做与工作无关的事) refuses no one: 李四 97 优秀', async () => {
    const r = await gradedReport(fixture('s8_abbr.csv'), { form });
    // 李四: 40/40 → 20 + 20 + 15 + 10 + 10 + 15 + 10 − 3 (客户投诉) = 97 优秀; 张三 79, 王五 53 as before.
    expect(people(r)).toEqual([['张三', '79.00', '一般'], ['李四', '97.00', '优秀'], ['王五', '53.00', '待改进']]);
  });
});
