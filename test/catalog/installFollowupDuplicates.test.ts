// CATALOG §5 install-followup: an order pasted twice where 合同编号 (the column that must be unique) is left blank; a
// 师傅 whose every order is in error.
import { describe, expect, it } from 'vitest';
import { loadAnyForm } from '../../src/forms/load.js';
import type { RecordFormDef } from '../../src/model/records.js';
import type { RawValue } from '../../src/model/entries.js';
import { scoreRecords } from '../../src/engine/groups/run.js';
import type { RecordRow } from '../../src/engine/groups/result.js';

async function form(): Promise<RecordFormDef> {
  const f = await loadAnyForm('install-followup');
  if (!f.ok || f.kind !== 'records') throw new Error('install-followup is not a record form');
  return f.form;
}

/** Rows as the reader gives them, by column id; sheet 「订单」, data from row 2. */
function rows(def: RecordFormDef, data: Array<Record<string, string | number>>): RecordRow[] {
  return data.map((d, i) => {
    const row = i + 2;
    const cells = new Map<string, { raw: RawValue; at: { sheet: string; cell: string } }>();
    def.records.columns.forEach((c, k) => {
      const v = d[c.id];
      const raw: RawValue = v === undefined ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v };
      cells.set(c.id, { raw, at: { sheet: '订单', cell: `${String.fromCharCode(65 + (k % 26))}${row}` } });
    });
    return { row, at: { sheet: '订单' }, cells };
  });
}

const order = (customer: string, attitude: string) => ({
  store: '城东店', customer, phone: '13900000000', master: '张伟',
  receiptHanded: '是', firstTime: '是', done: '是', clean: '有', attitude, signed: '是',
});

describe('§5 install-followup without 合同编号', () => {
  it('a row the same as an earlier one in every column is said (it was counted twice without a word); other orders are not', async () => {
    const def = await form();
    const { result } = scoreRecords(def, rows(def, [order('赵先生', '5分'), order('钱先生', '4分'), order('孙先生', '3分'), order('赵先生', '5分')]));
    // Counted as the log says — 4 orders — but the fourth row is said, at its first cell.
    const said = result.problems.filter((p) => p.code === 'duplicate-record');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', 'A5']]);
    expect(said[0]!.message).toContain('与第 2 行的每一列都相同');
    // Pasted again and renumbered (序号 2 for 4): the same order, said too (序号 is the row's own number).
    const renumbered = scoreRecords(def, rows(def, [{ ...order('赵先生', '5分'), seq: '1' }, { ...order('钱先生', '4分'), seq: '2' }, { ...order('赵先生', '5分'), seq: '3' }]));
    expect(renumbered.result.problems.filter((p) => p.code === 'duplicate-record').map((p) => [p.severity, p.cell])).toEqual([['warning', 'A4']]);
    // 合同编号 filled and repeated is still the error it was (the row left out), not this warning.
    const numbered = scoreRecords(def, rows(def, [{ ...order('赵先生', '5分'), contractNo: 'HT1' }, { ...order('赵先生', '5分'), contractNo: 'HT1' }]));
    expect(numbered.result.problems.filter((p) => p.code === 'duplicate-record').map((p) => p.severity)).toEqual(['error']);
  });
});

describe('§5 install-followup: a 师傅 whose only order has an error', () => {
  it('is withheld as a group, said once in its explanation (it was 「没有订单(分母为 0)」 for each of six figures)', async () => {
    const def = await form();
    const { result } = scoreRecords(def, rows(def, [order('赵先生', '5分'), { ...order('钱先生', '6分'), master: '李军' }]));
    const masters = result.groupings.find((g) => g.id === def.groupings[0]!.id)!;
    const li = masters.groups.find((g) => g.keyText === '李军')!;
    expect([li.status, li.band, li.explanation.band]).toEqual(['error', null, '唯一的 1 条订单有错误,本组不计算、不定等级(改正后重新评分)']);
    // The one error is the row's own 服务态度 「6分」; nothing about a zero denominator.
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.code)).not.toContain('zero-denominator');
    // 张伟's one good order: 满意 → 100 %.
    expect(masters.groups.find((g) => g.keyText === '张伟')!.status).toBe('scored');
  });
});
