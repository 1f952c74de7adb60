import { describe, expect, it } from 'vitest';
import { peopleWrittenTwoWays } from '../../src/engine/peopleNames.js';

describe('people of raters\' copies whose names differ by one character, never in the same copy', () => {
  it('陈晨 in two interviewers\' copies and 陈辰 in the third\'s: a warning naming the files (scored as two at exit 0)', () => {
    const said = peopleWrittenTwoWays([
      { name: '陈晨', id: '', files: ['面试官1.xlsx', '面试官2.xlsx'] },
      { name: '陈辰', id: '', files: ['面试官3.xlsx'] },
      { name: '林可', id: '', files: ['面试官1.xlsx', '面试官2.xlsx', '面试官3.xlsx'] },
    ], (f) => f);
    expect(said.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['names-alike', 'warning', '姓名「陈晨」(面试官1.xlsx、面试官2.xlsx)和「陈辰」(面试官3.xlsx)写法不同,按两个姓名分别统计;如果是同一个,请把各份表里的姓名改成一样的写法后重新评分'],
    ]);
  });

  it('not said: two people rated in one copy (张伟, 张玮 both on the supervisor\'s), two 工号, or names two characters apart', () => {
    expect(peopleWrittenTwoWays([{ name: '张伟', id: '', files: ['主管.xlsx', '同事.xlsx'] }, { name: '张玮', id: '', files: ['主管.xlsx'] }], (f) => f)).toEqual([]);
    expect(peopleWrittenTwoWays([{ name: '张伟', id: '1001', files: ['a.xlsx'] }, { name: '张玮', id: '1002', files: ['b.xlsx'] }], (f) => f)).toEqual([]);
    expect(peopleWrittenTwoWays([{ name: '张伟', id: '', files: ['a.xlsx'] }, { name: '李玮', id: '', files: ['b.xlsx'] }], (f) => f)).toEqual([]);
  });
});

describe('tabOfUnit: a tab that is the unit\'s name without a unit\'s word after it (review 63 of bddf8ad3)', () => {
  it('「金色家园」 over 金色家园管理处 / 金色家园项目 is that unit; 「李文」 over 李文科 (a person) and 「金色」 over 金色家园项目 are not', async () => {
    const { tabOfUnit } = await import('../../src/engine/peopleNames.js');
    expect(tabOfUnit('金色家园', '金色家园管理处')).toBe(true);
    expect(tabOfUnit('金色家园', '金色家园项目')).toBe(true);
    expect(tabOfUnit('翠湖苑', '翠湖苑物业服务中心')).toBe(true);
    for (const suffix of ['管理中心', '客服部', '物业处', '服务站', '物业公司', '项目组']) expect(tabOfUnit('金色家园', `金色家园${suffix}`)).toBe(true);
    // A person's name that ends like a unit's word, and a shorter name whose rest is more than the word.
    expect(tabOfUnit('李文', '李文科')).toBe(false);
    expect(tabOfUnit('金色', '金色家园项目')).toBe(false);
    expect(tabOfUnit('金色', '金色家园管理处')).toBe(false);
    expect(tabOfUnit('金海', '金色家园管理处')).toBe(false);
  });
});
