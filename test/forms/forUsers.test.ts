import { describe, expect, it } from 'vitest';
import { forUsers } from '../../src/forms/forUsers.js';

describe('a definition\'s notes as the team reads them', () => {
  it('say the catalog\'s decisions and the definition\'s tables in the team\'s words', () => {
    expect(forUsers('等级 A ≥ 900(目录的决定),见定义的 tables;源表未列出')).toBe('等级 A ≥ 900,见考核表定义;原表未列出');
    expect(forUsers('目录的决定:25 % each')).toBe('本表的约定:25 % each');
    expect(forUsers('除采购部为目录的示例外')).toBe('除采购部为本表的示例外');
  });
});
