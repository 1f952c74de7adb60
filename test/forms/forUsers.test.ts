import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forUsers } from '../../src/forms/forUsers.js';
import { repoRoot } from '../helpers.js';

describe('a definition\'s notes as the team reads them', () => {
  it('say the catalog\'s decisions and the definition\'s tables in the team\'s words', () => {
    expect(forUsers('等级 A ≥ 900(目录的决定),见定义的 tables;源表未列出')).toBe('等级 A ≥ 900,见考核表定义;原表未列出');
    expect(forUsers('目录的决定:25 % each')).toBe('本表的约定:25 % each');
    expect(forUsers('除采购部为目录的示例外')).toBe('除采购部为本表的示例外');
  });

  it('leave out where a rule came from (the catalog\'s sections and decisions, the source documents\' numbers)', () => {
    expect(forUsers('认可满意 = 处理完毕 是(CATALOG §5 Decision)。')).toBe('认可满意 = 处理完毕 是。');
    expect(forUsers('Decision: 遗留问题率 = 遗留 ÷ 订单数')).toBe('遗留问题率 = 遗留 ÷ 订单数');
    expect(forUsers('其满分缺失。按 CATALOG §12 Decision:基础分 40')).toBe('其满分缺失。按本表的约定:基础分 40');
    expect(forUsers('(甲 ≥ 90 / 丁;Decision:用 seed 004 的顾客满意度评分准则)')).toBe('(甲 ≥ 90 / 丁,用原始资料中的顾客满意度评分准则)');
    expect(forUsers('(100 / 80 / 60 分,Decision)。')).toBe('(100 / 80 / 60 分)。');
    expect(forUsers('共 17 条标准(目录 §6),填在 20 格里')).toBe('共 17 条标准,填在 20 格里');
  });

  it('no shipped definition\'s notes show the team CATALOG, Decision, seed or §', () => {
    const dir = path.join(repoRoot, 'templates');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'form.schema.json')) {
      const notes = (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { notes?: string[] }).notes ?? [];
      for (const n of notes) expect([file, forUsers(n)]).toEqual([file, expect.not.stringMatching(/CATALOG|Decision|seed|§|groupings/)]);
    }
  });
});
