import { describe, expect, it } from 'vitest';
import { renderProblems } from '../../src/cli/renderProblems.js';
import { captureOutput } from '../../src/cli/output.js';
import { problem } from '../../src/model/problems/index.js';

describe('the console\'s list of problems', () => {
  it('a sentence that names its own place (file and cell) gets no place before it: not 「考核表!F2」 alone, without its file', () => {
    const dup = problem('rater-duplicate', { place: '主管C.xlsx 考核表!F2', person: '林娜', rater: '主管评', firstPlace: '主管A.xlsx 考核表!B2' }, { file: '/d/主管C.xlsx', sheet: '考核表', cell: 'F2' }, { person: '林娜' });
    const other = problem('rater-spread', { items: 'all', raters: ['客户评'] }, { file: '/d/主管B.xlsx', sheet: '考核表', cell: 'B2' }, { person: '王芳' });
    const o = captureOutput();
    renderProblems(o, [dup, other], true, true);
    expect(o.stdout.split('\n').filter((l) => l.startsWith('  '))).toEqual([
      '  错误 林娜:主管C.xlsx 考核表!F2:林娜的「主管评」已在 主管A.xlsx 考核表!B2 评过,这里又评了一次;同一评分人只能有一份(林娜不评分,请去掉其中一份)',
      '  提示 主管B.xlsx 考核表!B2 王芳:各项客户评无人评分,其权重按比例分给其他评分人',
    ]);
  });

  it('a file named only in the command the sentence suggests is no place: the line still begins with its file', () => {
    const alone = problem('rater-copy-alone', { rater: '主管评', others: ['同事评'], items: 5, file: '同事丙.xlsx' }, { file: '/d/同事丙.xlsx', sheet: '考核表', cell: 'B2' }, { person: '张三' });
    const o = captureOutput();
    renderProblems(o, [alone], true, true);
    const line = o.stdout.split('\n').find((l) => l.startsWith('  '))!;
    expect(line.startsWith('  错误 同事丙.xlsx 考核表!B2 张三:')).toBe(true);
  });
});
