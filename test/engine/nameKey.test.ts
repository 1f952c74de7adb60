import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/engine/text.js';

// Names as people are matched across months and raters' copies: the spaces a paper form's alignment leaves in a
// Chinese name are no part of it; a Latin name keeps its words apart.
describe('nameKey', () => {
  it('「王　芳」 (ideographic space), 「王 芳」, 「 王芳 」 and the traditional 「王芳」 are one name; 陳靜 is 陈静', () => {
    expect(['王　芳', '王 芳', ' 王芳 ', '王\u00a0\u00a0芳', '王芳'].map(nameKey)).toEqual(['王芳', '王芳', '王芳', '王芳', '王芳']);
    expect(nameKey('陳靜')).toBe(nameKey('陈静'));
  });
  it('a Latin name keeps one space between its words, in any case; a mixed name loses only the spaces by the Han', () => {
    expect(['Li  Na', 'li na', 'LI NA'].map(nameKey)).toEqual(['li na', 'li na', 'li na']);
    expect(nameKey('Anna 王')).toBe('anna王');
    expect(nameKey('王芳')).not.toBe(nameKey('王方'));
  });
});

describe('characters the traditional map folds that are names of their own', () => {
  it('李乾 ≠ 李干, 於敏 ≠ 于敏, 周著 ≠ 周着 (merged, both were 「重复」 and unscored); 鍾漢良 is 钟汉良 still', () => {
    expect([nameKey('李乾') === nameKey('李干'), nameKey('於敏') === nameKey('于敏'), nameKey('周著') === nameKey('周着')]).toEqual([false, false, false]);
    expect(nameKey('鍾漢良')).toBe(nameKey('钟汉良'));
    expect(nameKey('乾隆')).toBe('乾隆');
  });
});

describe('Taiwan\'s standard forms', () => {
  it('「高效處理,及時回覆諮詢」 is 「高效处理,及时回复咨询」 (§26 refused the first: 諮 mapped to 谘, 覆 kept); 覆盖 stays', async () => {
    const { toSimplified } = await import('../../src/engine/text.js');
    expect(toSimplified('高效處理,及時回覆諮詢')).toBe('高效处理,及时回复咨询');
    expect(toSimplified('答覆')).toBe('答复');
    expect(toSimplified('覆蓋率')).toBe('覆盖率');
  });
});

describe('toSimplified where the first traditional character stands', () => {
  it('converts from the first traditional character on, keeps what comes before, and returns text with none as it was', async () => {
    const { toSimplified } = await import('../../src/engine/text.js');
    expect(toSimplified('工作紀律·曠工')).toBe('工作纪律·旷工');
    expect(toSimplified('紀律')).toBe('纪律');
    expect(toSimplified('张三 12.5分')).toBe('张三 12.5分');
    expect(toSimplified('')).toBe('');
    // A kept character stays, the rest after it still converted (乾 of a name: 李乾 is not 李干).
    expect(toSimplified('李乾處理', new Set(['乾']))).toBe('李乾处理');
    // Characters outside the BMP before the first traditional one are kept whole.
    expect(toSimplified('𠀀紀')).toBe('𠀀纪');
  });
});
