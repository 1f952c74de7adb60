// §25 property-cs-staff roster, round 58: a column headed with 协调相关部门处理投诉's own wording (the seed's sentence, or
// 「协调能力」 over the item's points) while the item's two lapse columns are absent; and 确定相关责任人 typed 「对」 / 「错」.
// Fixtures: test/fixtures/staffWording58 (make.py writes coordination-counts.xlsx from coordination-points.xlsx).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchChoice } from '../../src/engine/values.js';
import { expectRefused, expectScored, itemScore, person, score } from '../forms/roundtrip.js';
import { repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/staffWording58', name);
const names = ['张三', '李四', '王五'];

// Every row's other points: 2 + 2 + 1.5 + 3 + 2 + 2 + 2 + 1 + 2 + 2 + 2 + (2 − 0.5 × 1) + 1 + 1 + 0.5 + 2 + 1
// + (2 − 1 × 1 − 0) + 2 + (是 2 + 否 0) = 33.5; 协调 as points 0 / 5 / 3 would give 33.5/45 = 74.44 一般, 38.5/45 = 85.56,
// 36.5/45 = 81.11 — read as no lapses (blank) everyone was 38.5/45 = 85.56 良好 at exit 0.
describe('§25 协调相关部门处理投诉 under its own wording, its lapse columns absent', () => {
  it('the seed\'s sentence over 0 / 5 / 3: said as the item\'s score, everyone refused (was 85.56 良好 each, info + warning only)', async () => {
    const r = await score(fixture('seed-sentence.xlsx'));
    for (const [k, name] of names.entries()) expectRefused(r, name, 'unknown-column', `AC${k + 2}`);
    const head = r.problems.find((p) => p.cell === 'AC1')!;
    expect(head.severity).toBe('error');
    expect(head.message).toContain('像是「协调相关部门处理投诉」这一项的得分');
    // Not ignored as no item of the form.
    expect(r.problems.some((p) => p.message.includes('不是本考核表的项目'))).toBe(false);
  });

  it('「协调能力」 over 0 / 5 / 3 (5 is the item\'s points): said to look like the item\'s score, not advised renamed to a lapse column', async () => {
    const r = await score(fixture('coordination-points.xlsx'));
    for (const [k, name] of names.entries()) expectRefused(r, name, 'unknown-column', `AC${k + 2}`);
    const said = r.problems.filter((p) => p.message.includes('协调能力'));
    expect(said.length).toBe(4);
    for (const p of said) {
      expect(p.message).toContain('这一项的得分');
      // Renamed so, 0 / 5 / 3 were read as lapses: 张三 85.56 for 74.44, 李四 74.44 for 85.56.
      expect(p.message).not.toContain('请把列名改为');
    }
  });

  it('「协调能力」 over 0 / 1 / 0 (lapses a month holds): as before, a look-alike of the lapse column, advised renamed', async () => {
    const r = await score(fixture('coordination-counts.xlsx'));
    for (const [k, name] of names.entries()) expectRefused(r, name, 'unknown-column', `AC${k + 2}`);
    const head = r.problems.find((p) => p.cell === 'AC1')!;
    expect(head.message).toContain('请把列名改为「协调相关部门处理投诉·不能较好协调内部相关部门」');
    expect(head.message).not.toContain('这一项的得分');
  });
});

describe('§25 确定相关责任人 / 出具意见进行解决 typed 「对」 / 「错」', () => {
  it('read as 是 / 否, as √ / × are (李四 was refused)', async () => {
    const r = await score(fixture('right-wrong.xlsx'));
    // Each sheet: 31.5 of the other points as above, 协调 5 − 2 × 1 lapse = 3, H3 是 / 否 (李四 对 = 是 2, 错 = 否 0) = 2 of 4:
    // 31.5 + 3 + 2 = 36.5 → 36.5/45 = 81.11 良好.
    for (const name of names) expect(itemScore(expectScored(r, name, (36.5 / 45) * 100, '良好'), 'H3')).toBe(2);
    expect(person(r, '李四').problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('only where the options take √ / ×; a form\'s own 对 / 错 first', () => {
    const yesNo = [{ label: '是', points: 2, aliases: ['√'] }, { label: '否', points: 0, aliases: ['×'] }];
    expect(matchChoice(yesNo, '对')?.label).toBe('是');
    expect(matchChoice(yesNo, '错')?.label).toBe('否');
    expect(matchChoice([{ label: '是', points: 2 }, { label: '否', points: 0 }], '对')).toBeUndefined();
    const own = [{ label: '错', points: 1 }, { label: '是', points: 2, aliases: ['√'] }, { label: '否', points: 0, aliases: ['×'] }];
    expect(matchChoice(own, '错')?.label).toBe('错');
  });
});
