import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers.js';
import { HEAD, LI, WANG, errors, grade, totals, withCells, writeCsv, writeRoster } from './helpers.js';

// Issue 9 item 2: a heading kpi does not recognise must not make a deduction vanish.
// 王芳 with 旷工 1: M7 = 10 − 2×1 (迟到) − 5×1 (旷工) = 3, total 79 − 5 = 74.
// 王芳 with 迟到 2: M7 = 10 − 2×2 = 6, total 79 − 2 = 77.
const renamed = (from: string, to: string) => HEAD.map((h) => (h === from ? to : h));

describe('retyped headings are recognised (issue 9 item 2)', () => {
  it.each<[string, string, string, unknown, number]>([
    ['traditional characters', '工作纪律·旷工', '工作紀律·曠工', 1, 74],
    ['traditional item only', '工作纪律·旷工', '工作紀律·旷工', 1, 74],
    ['a zero-width space', '工作纪律·旷工', '工作纪律·\u200b旷工', 1, 74],
    ['a BOM and a word joiner', '工作纪律·旷工', '\ufeff工作纪律\u2060·旷工', 1, 74],
    ['bidi marks', '工作纪律·旷工', '\u202a工作纪律·旷工\u202c\u200e', 1, 74],
    ['a soft hyphen', '工作纪律·旷工', '工作纪律·旷\u00ad工', 1, 74],
    ['full-width separators and brackets', '工作纪律·旷工', '工作纪律／旷工（次）', 1, 74],
    ['the count spelled 迟到次数', '工作纪律·迟到或早退', '迟到次数', 2, 77],
    ['traditional 遲到次數', '工作纪律·迟到或早退', '遲到次數', 2, 77],
    ['full-width letters in an id heading: Ｍ７·旷工', '工作纪律·旷工', 'Ｍ７·旷工', 1, 74],
    ['a note on the item part: 工作纪律(10分)·旷工', '工作纪律·旷工', '工作纪律(10分)·旷工', 1, 74],
  ])('%s: 「%s」 written 「%s」', async (_name, heading, typed, value, total) => {
    const head = renamed(heading, typed);
    const wang = withCells(WANG, { [heading]: value });
    const r = await grade(await writeRoster([head, wang, LI]));
    expect(totals(r)).toEqual([['王芳', total], ['李强', 100]]);
    expect(errors(r)).toEqual([]);
  });

  it('the name column headed 名字 or 员工名字 (as name lists are read)', async () => {
    for (const typed of ['名字', '员工名字']) {
      const r = await grade(await writeRoster([renamed('姓名', typed), WANG, LI]));
      expect(totals(r), typed).toEqual([['王芳', 79], ['李强', 100]]);
    }
  });

  it('traditional headings for every item through a CSV (態度, 處理能力, 獎懲分, 原因 as 說明)', async () => {
    const head = HEAD.map((h) =>
      ({ 处理能力: '處理能力', 态度: '態度', '其它·奖惩分': '其它·獎懲分', '其它·原因': '說明', '客户回访率·回访客户数': '客戶回訪率·回訪客戶數' })[h] ?? h,
    );
    const r = await grade(writeCsv([head, WANG, LI]));
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
  });
});

describe('an optional input whose column is absent is never silently 0', () => {
  it('an unrecognised heading containing the input\'s name is an error naming both (旷工天数 for 旷工)', async () => {
    const head = renamed('工作纪律·旷工', '旷工天数');
    const r = await grade(await writeRoster([head, withCells(WANG, { '工作纪律·旷工': 1 }), LI]));
    // 王芳's 1 under it is not counted: she is not scored (79 would leave out her 旷工 −5); 李强 has nothing there: 100.
    expect(totals(r)).toEqual([['王芳', null], ['李强', 100]]);
    const e = errors(r);
    expect(e.map((p) => [p.code, p.cell, p.person ?? null])).toEqual([['unknown-column', 'N1', null], ['unknown-column', 'N2', '王芳']]);
    expect(e[0]!.message).toContain('「旷工天数」');
    expect(e[0]!.message).toContain('「工作纪律·旷工」');
    expect(e[1]!.message).toBe('3月!N2:王芳:这一格的「1」在没有认出的列「旷工天数」里(像是「工作纪律·旷工」),没有计入,此人不评分;请把列名改为「工作纪律·旷工」后重新评分');
  });

  it('a merely similar heading is a warning naming the closest missing input (早退数 → 迟到或早退)', async () => {
    const head = renamed('工作纪律·迟到或早退', '早退数');
    const r = await grade(await writeRoster([head, WANG, LI]));
    const w = r.problems.filter((p) => p.severity === 'warning' && p.code === 'unknown-column');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('「早退数」');
    expect(w[0]!.message).toContain('「工作纪律·迟到或早退」');
  });

  it('absent optional columns without any candidate are listed in one warning', async () => {
    const keep = HEAD.filter((h) => !['日常服务规范·跟踪不到位', '工作纪律·工作时间睡觉'].includes(h));
    const pick = (row: unknown[]) => keep.map((h) => row[HEAD.indexOf(h)]);
    const r = await grade(await writeRoster([keep, pick(WANG), pick(LI)]));
    expect(totals(r)).toEqual([['王芳', 79], ['李强', 100]]);
    const w = r.problems.filter((p) => p.severity === 'warning' && p.code === 'item-not-found');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('「日常服务规范·跟踪不到位」');
    expect(w[0]!.message).toContain('「工作纪律·工作时间睡觉」');
  });

  it('a template with every column gets no such warning', async () => {
    const r = await grade(await writeRoster([HEAD, WANG, LI]));
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});

describe('heading matching is linear (issue 9 item 12)', () => {
  it('a 1 MB heading of 备注 + spaces + x is an unknown column, read at once', async () => {
    const file = path.join(tempDir(), 'wide.csv');
    const huge = `备注${' '.repeat(1_000_000)}x`;
    writeFileSync(file, [[...HEAD, huge].join(','), [...WANG.map((c) => (c === '3,2' ? '"3,2"' : c ?? '')), 'note'].join(',')].join('\n'));
    const r = await grade(file); // quadratic matching took 25 minutes on this file
    expect(totals(r)).toEqual([['王芳', 79]]);
    const unknown = r.problems.find((p) => p.code === 'unknown-column')!;
    expect(unknown.message.length).toBeLessThan(300);
  });

  it('headings of brackets, numbering and 次数 repeated many times', async () => {
    const file = path.join(tempDir(), 'brackets.csv');
    const nasty = ['('.repeat(200_000), `1、${'('.repeat(100_000)}x)`, `${'次数'.repeat(100_000)}`, `${' ('.repeat(100_000)})`];
    writeFileSync(file, [[...HEAD, ...nasty].join(','), [...WANG.map((c) => (c === '3,2' ? '"3,2"' : c ?? '')), 'a', 'b', 'c', 'd'].join(',')].join('\n'));
    const r = await grade(file);
    expect(totals(r)).toEqual([['王芳', 79]]);
  });
});
