import { describe, expect, it } from 'vitest';
import { renderTable, wrapText } from '../../src/cli/table.js';
import { displayWidth } from '../../src/engine/text.js';

const yellow = (s: string) => `\x1b[33m${s}\x1b[39m`;

describe('a box table narrower than its text', () => {
  it('wraps a painted cell inside its colour: each line painted, no code cut in two (「3月有错误」 printed 「9m」 on the next line)', () => {
    const lines = wrapText(yellow('3月有错误'), 4);
    expect(lines).toEqual([yellow('3月'), yellow('有错'), yellow('误')]);
    for (const l of lines) expect(l.replace(/\x1b\[\d+m/g, '')).not.toMatch(/\x1b|\[\d/);
  });

  it('a table of ten columns fits 80 with minWidth 4; numbers are never cut (93.00 stays whole)', () => {
    const head = ['姓名', '部门', '1月', '2月', '3月', '趋势', '期间得分', '等级', '环比', '缺月/错误'];
    const rows = [['张敏', '客服部', '93.00', '—', '94.00', '▇·▇', '93.50', '优秀', '—', yellow('缺 2月')], ['李强', '售后组', '85.00', '87.00', '97.00', '▆▆█', '89.67', '良好', '+10.00', '']];
    const wide = renderTable(head, rows, { maxWidth: 80 }).split('\n');
    // With the default floor of 8 a column of words, it stays wider than the terminal (10 × 11 + 1 = 111 at most).
    expect(Math.max(...wide.map(displayWidth))).toBeGreaterThan(80);
    const fitted = renderTable(head, rows, { maxWidth: 80, minWidth: 4 }).split('\n');
    expect(Math.max(...fitted.map(displayWidth))).toBeLessThanOrEqual(80);
    for (const n of ['93.00', '94.00', '89.67', '+10.00']) expect(fitted.some((l) => l.includes(n))).toBe(true);
  });
});
