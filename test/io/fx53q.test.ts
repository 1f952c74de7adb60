// Review of c0d12f16 (round 53): a repeated heading row is another table only when its name column says a group's word
// (组别, 小组, 门店 …) or is blank over rows without a person's name; a name equal to its 部门 is the department's row
// only when it names a unit (销售部), not a person (张伟 beside 班组 张伟). Fixtures: test/fixtures/fx53q/make.py.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53q', name);
const rows = async (file: string, form = 'sales-aftersales-monthly') => {
  const report = await gradedReport(file.includes('/') ? file : fixture(file), { form });
  return { report, people: report.people.map((p) => [p.name, p.total, p.band, p.status]), codes: report.problems.map((p) => p.code) };
};

// §28, 25 % each; 客诉率 scored (1 − 率 ÷ 2 %) × 25; default bands 90 / 80 / 60.
// 张三: 92 % × 25 = 23; 88 % × 25 = 22; 3/200 = 1.5 % → (1 − 0.75) × 25 = 6.25; 80 % × 25 = 20 → 71.25 一般.
// 李四: 22.5 + 22.5 + 1/100 = 1 % → 0.5 × 25 = 12.5 + 22.5 → 80 良好.
// 王五: 95 % × 25 = 23.75 × 3 + 0 % → 25 → 96.25 优秀.  赵六: 21.25 + 20 + 2/100 = 2 % → 0 + 17.5 → 58.75 待改进.
const 张三 = ['张三', 71.25, '一般', 'scored'];
const 李四 = ['李四', 80, '良好', 'scored'];
const 王五 = ['王五', 96.25, '优秀', 'scored'];
const 赵六 = ['赵六', 58.75, '待改进', 'scored'];

describe('a second team under its own retyped 姓名 heading: people, as before c0d12f16', () => {
  // Before: 王五 and 赵六 set aside as 「另一张表」 (info other-table), exit 0.
  it.each(['retyped-kefu.csv', 'retyped-star.csv', 'retyped-zuoxi.csv', 'retyped-shouhouzu.csv', 'retypednoblank-name.csv', 'retypednoblank-chengyuan.csv', 'retypednoblank-beikaohe.csv'])('%s', async (name) => {
    const { people, codes } = await rows(name);
    expect(people).toEqual([张三, 李四, 王五, 赵六]);
    expect(codes.filter((c) => c !== 'form-unknown')).toEqual(['skipped-row']);
  });

  it('a blank 姓名 heading, one empty line, then 王五 and 赵六: people', async () => {
    const { people, codes } = await rows('blank_gap.csv');
    expect(people).toEqual([张三, 李四, 王五, 赵六]);
    expect(codes).not.toContain('other-table');
  });

  it('a blank 姓名 heading over a row whose name was forgotten, then 王五 and 赵六: the nameless row an error, both scored', async () => {
    const { report, people } = await rows('blank_firstnameless.csv');
    expect(people).toEqual([张三, 李四, ['', null, null, 'error'], 王五, 赵六]);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['header-missing', 'B6']]);
  });

  it('2,100 people, then 「部门 | 客服姓名 | …」 over 王五 and 赵六 (the fast path): all 2,102 read', async () => {
    const H = '部门,姓名,考核月份,客诉数,服务单数,过程服务满意度,客户满意度,客诉处理满意度';
    const lines = [H, ...Array.from({ length: 2100 }, (_, i) => `销售部,员工${String(i).padStart(4, '0')},2026-03,${i % 4},${100 + (i % 50)},90%,91%,92%`)];
    lines.push('', H.replace('姓名', '客服姓名'), '售后部,王五,2026-03,0,100,95%,95%,95%', '售后部,赵六,2026-03,2,100,85%,80%,70%');
    const file = path.join(tempDir(), 'fast_retyped.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    const { people, codes } = await rows(file);
    expect(people.length).toBe(2102);
    expect(people.slice(-2)).toEqual([王五, 赵六]);
    expect(codes).not.toContain('other-table');
  });
});

describe('a group\'s word heading the name column: still another table', () => {
  it.each([['xiaozu.csv', '小组', '销售一组'], ['mendian.csv', '门店', '一号店']])('%s (「%s」 over %s)', async (name, word, group) => {
    const { report, people } = await rows(name);
    // 91 % 89 % 85 % with 4 / 300 would be 22.75 + 22.25 + (1 − 0.667) × 25 + 21.25 = 74.58 一般: not ranked.
    expect(people).toEqual([张三, 李四]);
    const aside = report.problems.filter((p) => p.code === 'other-table');
    expect(aside.map((p) => [p.severity, p.cell])).toEqual([['info', 'B5']]);
    expect(aside[0]!.message).toContain(`(「姓名」一列写作「${word}」),下面第 6 行(${group})按组或部门统计`);
  });
});

describe('a name equal to its row\'s 部门', () => {
  it('a person (王五 beside 部门 王五; 王全员, 王团队 beside 王; 李小组 beside 李) stays one', async () => {
    const dept = await rows('deptname.csv');
    expect(dept.people).toEqual([张三, 李四, 王五, 赵六]);
    const prefix = await rows('deptprefix.csv');
    // 王全员 as 王五 96.25; 王团队 and 李小组 as 赵六 58.75.
    expect(prefix.people).toEqual([张三, 李四, ['王全员', 96.25, '优秀', 'scored'], ['王团队', 58.75, '待改进', 'scored'], ['李小组', 58.75, '待改进', 'scored']]);
    expect(prefix.codes).not.toContain('skipped-row');
  });

  // express-cs: 工作效率 18; 话务质量 40 − 0.5 × 1 − 0.5 × 2 = 38.5; 工作状况 40 − 0.5 × 1 = 39.5 → 96 优秀 (bands 90 / 80 / 60).
  const scored96 = (name: string) => [name, 96, '优秀', 'scored'];
  it('a team leader whose 班组 is named after him (张伟 | 张伟, 刘洋 | 刘洋): scored', async () => {
    const { people, codes } = await rows('express_leader.csv', 'express-cs');
    // Before: 张伟 and 刘洋 skipped as 「张伟(部门行)」, at exit 0.
    expect(people).toEqual(['张伟', '李娜', '王强', '刘洋', '陈静'].map(scored96));
    expect(codes).not.toContain('skipped-row');
    const blankId = await rows('express_leader_blankid.csv', 'express-cs');
    expect(blankId.people).toEqual(['张伟', '李娜', '刘洋'].map(scored96));
  });
});
