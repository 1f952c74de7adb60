import { describe, expect, it } from 'vitest';
import { nameListNotes } from '../../src/cli/template.js';
import type { PersonRow } from '../../src/io/template/index.js';

const row = (name: string, id?: string): PersonRow => new Map(id ? [['name', name], ['id', id]] : [['name', name]]);

describe('kpi template --people: what is said of the name list', () => {
  it('the same person twice (name, and 工号 when given); two 王芳 with their own 工号 are two people', () => {
    expect(nameListNotes([row('王芳'), row('李强'), row('王芳')], 'form')).toEqual([
      '名单里有重复的人:「王芳」2 次;评分时同名同工号的两份都作为重复报错(填得不同时两份都不计分),请核对名单(同名的两个人请填上各自的工号)',
    ]);
    expect(nameListNotes([row('王芳', '1001'), row('王芳', '1002')], 'form')).toEqual([]);
  });
  it('a form per person for more than 200 people suggests the roster; a roster of 5,000 says nothing', () => {
    const many = Array.from({ length: 201 }, (_, i) => row(`员工${i}`));
    expect(nameListNotes(many, 'form')).toEqual(['每人一张表,共 201 张;人多时用 --layout roster(名单一人一行)更便于填写和评分']);
    expect(nameListNotes(Array.from({ length: 5000 }, (_, i) => row(`员工${i}`)), 'roster')).toEqual([]);
  });
});
