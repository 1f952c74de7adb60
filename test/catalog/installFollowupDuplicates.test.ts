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

describe('§5 install-followup: a mistake in a column no figure reads (进仓数量, 合同单急否)', () => {
  it('is a warning at its cell and the order still counts; a mistake in one a figure reads still leaves the order out', async () => {
    const def = await form();
    const data = [
      order('赵先生', '5分'), // 满意 (处理完毕 是, 清理卫生 有, 服务态度 5 ≥ 4, 本人签字 是)
      { ...order('钱先生', '5分'), qCabinet: 'abc', urgent: '也许' }, // 满意; two bad cells nothing reads
      order('孙先生', '3分'), // 不满意: 服务态度 3 < 4
      { ...order('李先生', '6分') }, // 服务态度 「6分」 is no option: an error, the order left out
    ];
    const { result } = scoreRecords(def, rows(def, data));
    const master = result.groupings.find((g) => g.id === def.groupings[0]!.id)!.groups.find((g) => g.keyText === '张伟')!;
    // Orders 3 (赵, 钱, 孙), 满意 2: 满意率 = 2 / 3 = 66.67 %. Before, 钱先生's order was left out as well: 1 / 2 = 50 %.
    expect([master.rows, master.errorRows, master.figures.orders, master.figures.satisfiedCount]).toEqual([3, 1, 3, 2]);
    expect(master.figures.satisfiedRate).toBeCloseTo((2 / 3) * 100, 9);
    const warnings = result.problems.filter((p) => p.severity === 'warning' && p.message.includes('不参与任何统计'));
    expect(warnings.map((p) => p.item).sort()).toEqual(['合同单急否', '柜身']);
    expect(warnings.every((p) => p.cell?.endsWith('3') && p.message.includes('这一订单照常计入'))).toBe(true);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.item)).toEqual(['服务态度']);
  });
});

describe('§5 install-followup: the hand-filled 得分 and a row in error', () => {
  it('「满意」 or 「√」 typed in 得分 (only compared with kpi\'s) is a warning and the order counts: 9 of 10 → 90 % 优秀, not 7 of 8 → 87.5 % 良好', async () => {
    const def = await form();
    const data = [
      ...Array.from({ length: 7 }, (_, i) => order(`客户${i}`, '5分')),
      { ...order('客户7', '5分'), typedScore: '满意' },
      { ...order('客户8', '4分'), typedScore: '√' },
      order('客户9', '3分'), // 服务态度 3 < 4: not 认可满意
    ];
    const { result } = scoreRecords(def, rows(def, data));
    const zhang = result.groupings.find((g) => g.id === def.groupings[0]!.id)!.groups.find((g) => g.keyText === '张伟')!;
    // 订单 10, 满意 9: 9 / 10 = 90 % → 优秀 (default bands: 优秀 ≥ 90).
    expect([zhang.figures.orders, zhang.figures.satisfiedCount, zhang.figures.satisfiedRate, zhang.band]).toEqual([10, 9, 90, '优秀']);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.filter((p) => p.item === '得分').map((p) => p.severity)).toEqual(['warning', 'warning']);
  });

  it('a warning on a row that is left out for an error of its own does not say the row counts', async () => {
    const def = await form();
    const { result } = scoreRecords(def, rows(def, [{ ...order('赵先生', '六分'), qCabinet: 'abc' }]));
    const cabinet = result.problems.find((p) => p.item === '柜身')!;
    expect(cabinet.severity).toBe('warning');
    expect(cabinet.message).toContain('(「柜身」不参与任何统计)');
    expect(cabinet.message).not.toContain('照常计入');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.item)).toEqual(['服务态度']);
  });
});
