// Departments written two ways (客服一组 and 客服1组) were counted as two departments in 各部门等级人数, in --limit's checks
// per department and in a roll-up, without a word. Now said, naming who is under each spelling.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { departmentsWrittenTwoWays } from '../../src/engine/departmentNames.js';
import { gradeFile } from '../../src/io/grade.js';
import { rollupFiles } from '../../src/io/rollup/index.js';
import { tempDir } from '../helpers.js';

const HEAD = '工号,姓名,部门,考核月份,考核人,服务态度,解决问题的能力,回答咨询的准确性,公司产品和业务了解程度,提供准确和有用的信息,团队中的表现,与其他部门的沟通和合作能力,给出回复和解决问题的速度,处理工单和任务的能力';
const row = (id: string, name: string, dept: string, month: string) => `${id},${name},${dept},${month},李经理,4,4,4,4,4,4,4,4,4`;

describe('departments the definition makes one (§28 variants: 售后服务部 is 售后部)', () => {
  it('售后服务部 beside 售后部 is said on sales-aftersales-monthly (a roll-up showed two departments without a word); 销售部 beside them is another', async () => {
    const { form } = await import('../helpers.js');
    const f = await form('sales-aftersales-monthly');
    const people = [{ name: '何静', department: '售后服务部' }, { name: '孔丽', department: '售后部' }, { name: '高峰', department: '销售部' }];
    expect(departmentsWrittenTwoWays(people, 'months', {}, f).map((p) => p.message)).toEqual([
      '部门「售后服务部」(何静)和「售后部」(孔丽)写法不同,按两个部门分别统计;如果是同一个,请把各月考核表里的部门改成一样的写法后重新汇总',
    ]);
    // Without the definition (or on a form without variants) they are two names not written alike: nothing said.
    expect(departmentsWrittenTwoWays(people, 'months')).toEqual([]);
  });
});

describe('departments written two ways', () => {
  it('客服一组, 第1组-like spellings, 售後部 and 客服 部 are said; 客服一组 and 客服二组 are two departments', () => {
    const people = [
      { name: '张三', department: '客服一组' },
      { name: '李四', department: '客服1组' },
      { name: '王五', department: '客服一组' },
      { name: '赵六', department: '客服二组' },
      { name: '钱七', department: '售后部' },
      { name: '孙八', department: '售後部' },
      { name: '周九', department: '' },
    ];
    const found = departmentsWrittenTwoWays(people, 'people', { file: 'a.xlsx' });
    expect(found.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['names-alike', 'warning', '部门「客服一组」(张三 等 2 人)和「客服1组」(李四)写法不同,按两个部门分别统计;如果是同一个,请把这些人的部门改成一样的写法后重新评分'],
      ['names-alike', 'warning', '部门「售后部」(钱七)和「售後部」(孙八)写法不同,按两个部门分别统计;如果是同一个,请把这些人的部门改成一样的写法后重新评分'],
    ]);
    expect(departmentsWrittenTwoWays([{ name: '张三', department: '客服一组' }, { name: '赵六', department: '客服二组' }], 'people')).toEqual([]);
  });

  it('kpi score: a roster of 客服一组 and 客服1组 is graded as it was (every score 100) and warns once', async () => {
    const file = path.join(tempDir(), 'team.csv');
    writeFileSync(file, [HEAD, row('1', '张三', '客服一组', '2026-03'), row('2', '李四', '客服1组', '2026-03'), row('3', '王五', '客服一组', '2026-03')].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'cs-rep', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // cs-rep: every item 4 of 4 → 100 each.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 100], ['李四', 100], ['王五', 100]]);
    expect(outcome.report.problems.filter((p) => p.code === 'names-alike').map((p) => p.message)).toEqual([
      '部门「客服一组」(张三 等 2 人)和「客服1组」(李四)写法不同,按两个部门分别统计;如果是同一个,请把这些人的部门改成一样的写法后重新评分',
    ]);
  });

  it('kpi rollup: 客服1组 in February and 客服一组 in March are said as written two ways', async () => {
    const dir = tempDir();
    const march = path.join(dir, '2026-03.csv');
    const february = path.join(dir, '2026-02.csv');
    writeFileSync(march, [HEAD, row('1', '张三', '客服一组', '2026-03'), row('2', '李四', '客服一组', '2026-03')].join('\r\n') + '\r\n');
    writeFileSync(february, [HEAD, row('1', '张三', '客服1组', '2026-02'), row('2', '李四', '客服1组', '2026-02')].join('\r\n') + '\r\n');
    const out = await rollupFiles([march, february], { output: null, form: 'cs-rep', period: '2026-Q1' });
    if (!out.ok) throw new Error(out.failures.map((f) => f.message).join('\n'));
    expect(out.report.problems.filter((p) => p.code === 'names-alike').map((p) => p.message)).toEqual([
      '部门「客服1组」(张三 等 2 人)和「客服一组」(张三 等 2 人)写法不同,按两个部门分别统计;如果是同一个,请把各月考核表里的部门改成一样的写法后重新汇总',
    ]);
  });
});
