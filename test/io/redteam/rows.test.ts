import { describe, expect, it } from 'vitest';
import { HEAD, LI, WANG, grade, totals, withCells, writeCsv, writeRoster } from './helpers.js';

// Issue 9 item 1: a row is a total/signature row only when its name cells say so; words in a note or
// department column never remove a person, and every skipped row is reported.
describe('words in other columns never remove a person (issue 9 item 1)', () => {
  const head = [...HEAD, '部门', '备注'];
  const row = (base: unknown[], dept: string, note: string) => [...base, dept, note];

  it.each<[string, string, string]>([
    ['a note starting with 平均', '客服部', '平均每天回访30户'],
    ['a department 审核部', '审核部', ''],
    ['a note starting with 合计', '客服部', '合计回访45户'],
    ['a note mentioning 合计 in the middle', '客服部', '本月合计回访45户,平均每天1.5户'],
    ['a note starting with 说明:', '客服部', '说明:3月8日请假'],
    ['a note starting with 注:', '客服部', '注:短信漏发已补发'],
    ['a note starting with 备注', '客服部', '备注本月表现好'],
    ['a note starting with 汇总', '汇总组', '汇总后再核'],
    ['a department 签字中心 and a note 审批中', '签字中心', '审批中'],
    ['traditional 審核部', '審核部', '平均每天回訪30戶'],
  ])('%s', async (_name, dept, note) => {
    const r = await grade(await writeRoster([head, row(WANG, dept, note), row(LI, '客服部', '')]));
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'skipped-row')).toEqual([]);
  });

  it('the same through a CSV', async () => {
    const r = await grade(writeCsv([head, row(WANG, '审核部', '平均每天回访30户'), row(LI, '客服部', '合计45户')]));
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
  });
});

describe('total, average, signature and note rows are skipped and reported', () => {
  it('合计 / 平均分 in the name column (with sums in the entry columns), a signature line, a merged note', async () => {
    const rows = [
      HEAD,
      WANG,
      LI,
      ['', '合计', 90, 85, null, 1, 2, null, 18, 1, 19, 28, 1],
      ['', '平均分', 45, 42.5, null, null, null, null, 9, null, 9.5, 14],
      ['制表人:张三', '', '', '审核:李四'],
      [],
    ];
    const file = await writeRoster(rows, (ws) => {
      ws.getCell('A8').value = '注:迟到、旷工按次数填写';
      ws.mergeCells('A8:R8');
    });
    const r = await grade(file);
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
    const skipped = r.problems.filter((p) => p.code === 'skipped-row');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.severity).toBe('info');
    expect(skipped[0]!.message).toContain('第4行「合计」');
    expect(skipped[0]!.message).toContain('第5行「平均分」');
    expect(skipped[0]!.message).toContain('第6行「制表人:张三」');
    expect(skipped[0]!.message).toContain('第8行「注:迟到、旷工按次数填写」');
  });

  it('an export\'s footer (共2条记录, 导出人:admin | 导出时间:2026-04-01) is a note line, not a person with every input missing', async () => {
    const r = await grade(writeCsv([HEAD, WANG, LI, ['共2条记录'], ['导出人:admin', '导出时间:2026-04-01'], ['打印时间:2026-04-01 10:00']]));
    // 王芳 79 and 李强 100 as above; the footer was a third person 「导出时间:2026-04-01」, 未评分 with an error per input.
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const skipped = r.problems.filter((p) => p.code === 'skipped-row');
    expect(skipped.map((p) => p.message)).toEqual([expect.stringMatching(/第4行「共2条记录」、第5行「导出时间:2026-04-01」、第6行「打印时间:2026-04-01 10:0…」是合计、表头、签字或说明行/)]);
  });

  it('a printed page\'s footer (第 1 页,共 2 页 in one cell or two, 第1页/共2页, 共2页) is a note line, not a person', async () => {
    const r = await grade(writeCsv([HEAD, WANG, ['第 1 页,共 2 页'], LI, ['第 2 页', '共 2 页'], ['第1页/共2页'], ['共2页']]));
    // 王芳 79 and 李强 100 as above; each footer was a person named after it, unscored with an error per input.
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toMatch(/第3行「第 1 页,共 2 页」、第5行「共 2 页」、第6行「第1页\/共2页」、第7行「共2页」/);
  });

  it('合计 in a 序号 column left of an empty name is a total row', async () => {
    const head = ['序号', ...HEAD];
    const r = await grade(await writeRoster([head, [1, ...WANG], [2, ...LI], ['合计', '', '', 90, 85]]));
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain('第4行「合计」');
  });

  it('a row without a name but with entries is not dropped: it is reported as a person without a name', async () => {
    const r = await grade(await writeRoster([HEAD, WANG, withCells(LI, { 姓名: '', 工号: '' })]));
    expect(r.people).toHaveLength(2);
    expect(r.problems.some((p) => p.severity === 'error' && p.code === 'header-missing')).toBe(true);
  });
});
