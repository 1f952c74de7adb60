import { describe, expect, it } from 'vitest';
import { HEAD, LI, WANG, errors, grade, totals, withCells, writeCsv, writeRoster } from './helpers.js';

// Issue 9 item 5: numbers are never merged or guessed; the cell is a located error instead.
describe('numbers typed into a real workbook are read exactly or refused at the cell (issue 9 item 5)', () => {
  it.each<[string, string, string, string]>([
    ['1 2 in a count', '日常服务规范·用语不规范', '1 2', 'F2'],
    ['1\u200b2 in a count', '日常服务规范·用语不规范', '1\u200b2', 'F2'],
    ['full-width １ ２', '日常服务规范·用语不规范', '１ ２', 'F2'],
    ['10分钟 in a count of 迟到', '工作纪律·迟到或早退', '10分钟', 'M2'],
    ['3小时 in a count', '工作纪律·旷工', '3小时', 'N2'],
    ['1e1 in 回访客户数', '客户回访率·回访客户数', '1e1', 'D2'],
    ['4 5 in 回访客户数', '客户回访率·回访客户数', '4 5', 'D2'],
    ['3,2 in a count', '工作纪律·旷工', '3,2', 'N2'],
  ])('%s', async (_name, heading, typed, cell) => {
    const r = await grade(await writeRoster([HEAD, withCells(WANG, { [heading]: typed }), LI]));
    const e = errors(r);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ sheet: '3月', cell, person: '王芳' });
    expect(r.people.find((p) => p.name === '李强')!.total).toBe(100);
  });

  it('units that are the input\'s own (or 回 for 次, 家 for 户) are read', async () => {
    // 50户 / 45家 → 18; 迟到 1回 → 8: still 79.
    const r = await grade(await writeRoster([HEAD, withCells(WANG, { '客户回访率·本月安装(售服)客户数': '50户', '客户回访率·回访客户数': '45家', '工作纪律·迟到或早退': '1回' }), LI]));
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
  });

  it('a formula result with float noise in a count is the integer Excel shows', async () => {
    // 迟到 = 0.1×3×10 − 2 cached by Excel as 1.0000000000000004 → 1 → 79.
    const r = await grade(
      await writeRoster([HEAD, withCells(WANG, { '工作纪律·迟到或早退': null }), LI], (ws) => {
        ws.getCell('M2').value = { formula: '0.1*3*10-2', result: 0.1 * 3 * 10 - 2 };
      }),
    );
    expect(0.1 * 3 * 10 - 2).not.toBe(1);
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
    expect(errors(r)).toEqual([]);
  });

  it('2.9999999999999996 in an integer input is 3 (issue 9 item 19)', async () => {
    // 用语不规范 3: M3 = 15 − 2×3 − 1×2 = 7, total 79 − 4 = 75.
    const r = await grade(await writeRoster([HEAD, withCells(WANG, { '日常服务规范·用语不规范': 2.9999999999999996 }), LI]));
    expect(totals(r)).toEqual([['王芳', 75], ['李强', 100]]);
    expect(errors(r)).toEqual([]);
  });
});

describe('grades with signs (issue 9 item 5)', () => {
  const head = ['姓名', '业务知识能力·主管评', '沟通能力·主管评', '问题解决能力·主管评', '人际关系协调·主管评', '反馈与学习能力·主管评'];
  it.each(['A-', 'C-', 'A?', 'A+', 'B~'])('%s is an error at its cell, not a guess', async (typed) => {
    const r = await grade(await writeRoster([head, ['周杰', typed, 'A', 'A', 'A', 'A']]), { form: 'cs-competency' });
    const e = errors(r).filter((p) => p.code === 'unknown-choice');
    expect(e).toHaveLength(1);
    expect(e[0]!.cell).toBe('B2');
  });
  it('A, Ａ, a, 優秀 are 优秀 (100); mean of five = 100', async () => {
    const r = await grade(await writeRoster([head, ['周杰', 'A', 'Ａ', 'a', '優秀', '优秀。']]), { form: 'cs-competency' });
    expect(errors(r)).toEqual([]);
    expect(r.people[0]!.total100).toBe(100);
  });
});

// Issue 12: natural spellings of "nothing" where the form allows nothing.
describe('"nothing" written as 0, 无, -, /, —, 没有 (issue 12)', () => {
  it.each(['0', '无', '-', '/', '—', '没有', '－', '無', 'N/A'])('表格管理 %s = no deductions (20); counts and 奖惩 the same', async (none) => {
    // 李强 with every optional cell written as "nothing": 20+20+15+10+10+15+10+0 = 100.
    const li = withCells(LI, {
      表格管理: none,
      '日常服务规范·用语不规范': none === '0' ? 0 : none,
      '日常服务规范·短信漏发': none,
      '日常服务规范·跟踪不到位': none,
      '回访问题处理效率·拖延遗漏错误次数': none,
      '工作纪律·迟到或早退': none,
      '工作纪律·旷工': none,
      '工作纪律·做与工作无关的事': none,
      '工作纪律·工作时间睡觉': none,
      '其它·奖惩分': none,
      '其它·原因': none,
    });
    const r = await grade(await writeRoster([HEAD, WANG, li]));
    expect(errors(r)).toEqual([]);
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
  });

  it('表格管理 0 as a number cell, and through a CSV', async () => {
    const r1 = await grade(await writeRoster([HEAD, withCells(LI, { 表格管理: 0 })]));
    expect(totals(r1)).toEqual([['李强', 100]]);
    const r2 = await grade(writeCsv([HEAD, withCells(LI, { 表格管理: '0', '工作纪律·旷工': '无', '其它·奖惩分': '/' })]));
    expect(totals(r2)).toEqual([['李强', 100]]);
    expect(errors(r2)).toEqual([]);
  });

  it('a non-zero 奖惩分 with 原因 「无」 needs a reason', async () => {
    const r = await grade(await writeRoster([HEAD, withCells(WANG, { '其它·原因': '无' })]));
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['reason-required', 'R2']]);
  });

  it('a required input does not take 无: 基础分 「无」 is an error at its cell', async () => {
    const r = await grade(await writeRoster([HEAD, withCells(WANG, { '回访问题处理效率·基础分': '无' })]));
    expect(errors(r).map((p) => p.cell)).toEqual(['I2']);
  });
});
