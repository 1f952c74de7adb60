// §12 快递公司客服部绩效考核: 员工的工作效率 0–20 (主管) + 话务质量 40 − 0.5/违反 + 工作状况 40 − 0.5/违反, each floor 0.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { repoRoot } from '../../helpers.js';
import { expectRefused, expectScored, filledForms, filledRoster, itemScore, person, score, type Cell } from '../roundtrip.js';

const Q = ['态度不温和或唉声叹气', '推诿客户', '闲聊或请教未按静音', '未在30分钟内回复客户', '未报工号'];
const row = (name: string, efficiency: Cell, q: Cell[] = [], status: Cell = null, extra: Record<string, Cell> = {}) => ({
  姓名: name, 部门: '客服一组', 考核月份: '2026年3月',
  '员工的工作效率·得分': efficiency,
  ...Object.fromEntries(Q.map((l, k) => [`话务质量·${l}`, q[k] ?? null])),
  工作状况: status,
  ...extra,
});

describe('express-cs (§12) roster round trip', () => {
  it('scores efficiency plus the two 0.5-per-violation bases, with floors, boundaries and one bad entry', async () => {
    const file = await filledRoster('express-cs', [
      // 18 + (40 − 0.5 × (1 + 2)) + (40 − 0.5 × 1) = 18 + 38.5 + 39.5 = 96 → 优秀; the call counts are kept, not scored
      row('刘婷', 18, [1, 0, 0, 2, 0], 1, { '员工的工作效率·电话接听量': 1260, '员工的工作效率·出港问题件': 35, '话务质量·语音抽查': '两次超时未回复' }),
      // 85 violations: 40 − 42.5 → 0; 81 violations: 40 − 40.5 → 0 ⇒ 19.5 + 0 + 0 = 19.5 → 待改进
      row('苏芮', 19.5, [30, 20, 20, 10, 5], 81),
      row('钱伟', 10, [], 0), // 10 + 40 + 40 = 90 → 优秀
      row('唐敏', 10, [0, 0, 0, 1, 0]), // 10 + 39.5 + 40 = 89.5 → 良好 (blank counts are 0)
      row('周鹏', 15), // nothing recorded: 15 + 40 + 40 = 95 → 优秀
      row('马骏', 25, [0, 0, 0, 1, 0]), // 工作效率 25 > 20
      row('钟琪', null, [1]), // 工作效率 left blank: the supervisor's score is required
    ]);
    const r = await score(file);
    const liu = expectScored(r, '刘婷', 96, '优秀');
    expect(itemScore(liu, 'Q')).toBe(38.5);
    expect(itemScore(liu, 'W')).toBe(39.5);
    const su = expectScored(r, '苏芮', 19.5, '待改进');
    expect([itemScore(su, 'Q'), itemScore(su, 'W')]).toEqual([0, 0]);
    expect(su.items.find((i) => i.id === 'Q')!.explanation).toContain('最低0分');
    expectScored(r, '钱伟', 90, '优秀');
    expectScored(r, '唐敏', 89.5, '良好');
    expectScored(r, '周鹏', 95, '优秀');
    expectRefused(r, '马骏', 'out-of-range');
    expectRefused(r, '钟琪', 'required');
  });
});

describe('express-cs (§12) reference data (电话接听量, 出港/进港问题件: 参考数据,照填照留,不计分)', () => {
  it('a value they cannot hold is a warning at its cell: the person is scored as if it were blank', async () => {
    const file = await filledRoster('express-cs', [
      // 18 + (40 − 0.5 × 1) + (40 − 0.5 × 1) = 18 + 39.5 + 39.5 = 97 → 优秀, whatever the reference columns hold
      row('刘婷', 18, [1], 1, { '员工的工作效率·进港问题件': -3 }),
      // 12 + 40 + 40 = 92 → 优秀
      row('苏芮', 12, [], 0, { '员工的工作效率·电话接听量': 'abc', '员工的工作效率·出港问题件': 2.5 }),
    ]);
    const r = await score(file);
    for (const [name, total, codes] of [['刘婷', 97, 1], ['苏芮', 92, 2]] as const) {
      const p = expectScored(r, name, total, '优秀');
      const notes = p.problems.filter((x) => x.message.includes('是参考数据,不计分'));
      expect(notes.map((x) => x.severity)).toEqual(Array(codes).fill('warning'));
    }
    const liu = person(r, '刘婷').problems.find((x) => x.message.includes('进港问题件是参考数据'))!;
    expect(liu.cell).toMatch(/^[A-Z]+2$/);
    expect(liu.message).toContain('-3');
  });

  it('a definition whose rule reads a reference input, or a reference input that is required, is refused', async () => {
    const { checkFormSemantics } = await import('../../../src/forms/semantics.js');
    const { loadForm } = await import('../../../src/forms/load.js');
    const loaded = await loadForm('express-cs');
    if (!loaded.ok) throw new Error('express-cs did not load');
    const form = structuredClone(loaded.form);
    const item = form.parts[0]!.items[0]!;
    item.inputs[0]!.reference = true; // 得分, the input the band rule reads
    item.inputs[1]!.optional = false; // 电话接听量, reference and now required
    const messages = checkFormSemantics(form).map((p) => `${p.path} ${p.message}`);
    expect(messages.some((m) => m.includes('.rule') && m.includes('「score」是参考数据'))).toBe(true);
    expect(messages.some((m) => m.includes('.inputs[1]') && m.includes('"optional": true'))).toBe(true);
  });
});

describe('express-cs (§12) form layout round trip', () => {
  it('one sheet per person', async () => {
    const file = await filledForms('express-cs', [
      // 12 + (40 − 0.5 × 20) + (40 − 0.5 × 12) = 12 + 30 + 34 = 76 → 一般
      { name: '唐敏', entries: [['员工的工作效率', '得分(分)', '填写', 12], ...Q.map((l, k): [string, string, string, Cell] => [`话务质量`, `${l}(次)`, '填写', [4, 3, 3, 5, 5][k]!]), ['工作状况', '违反次数(次)', '填写', 12], ['话务质量', '投诉', '填写', '客户投诉语气生硬']] },
      // 10 + (40 − 0.5 × 6) + (40 − 0.5 × 3) = 10 + 37 + 38.5 = 85.5 → 良好
      { name: '钱伟', entries: [['员工的工作效率', '得分(分)', '填写', 10], ['话务质量', '态度不温和或唉声叹气(次)', '填写', 2], ['话务质量', '未在30分钟内回复客户(次)', '填写', 4], ['工作状况', '违反次数(次)', '填写', 3]] },
    ]);
    const r = await score(file);
    expectScored(r, '唐敏', 76, '一般');
    expectScored(r, '钱伟', 85.5, '良好');
  });
});

describe('express-cs (§12) samples', () => {
  it('the roster CSV is recognised without --form and scores as hand-checked', async () => {
    const r = await score(path.join(repoRoot, 'samples', 'express-cs.march.csv'));
    expect(r.form).toBe('express-cs');
    expectScored(r, '刘婷', 96, '优秀');
    expectScored(r, '周鹏', 90, '优秀');
    expectScored(r, '唐敏', 76, '一般');
    expectScored(r, '钱伟', 85.5, '良好');
    expectScored(r, '苏芮', 67, '一般');
    expectRefused(r, '马骏', 'out-of-range');
    expect(person(r, '刘婷').items.find((i) => i.id === 'E')!.score).toBe(18);
  });
});
