// A rater's column whose heading was cleared (沟通能力·同事评1 emptied), its answers still there: read as blank, the peer's
// 10 % of that item went to the 主管 with only a warning of a column without a heading. README: a cleared heading where a
// missing column stood leaves whoever has a value there unscored — for a rater who may be absent too.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { gradeFile } from '../../src/io/grade.js';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { findRater, raterCopy } from '../../src/engine/raterCopy.js';
import { form, tempDir } from '../helpers.js';

const ITEMS = ['C1', 'C2', 'C3', 'C4', 'C5'];
const rated = (rater: string, level: string) => Object.fromEntries(ITEMS.map((c) => [`${c}@${rater}`, level]));

describe('a rater column\'s heading cleared, its answers kept', () => {
  it('cs-competency roster: 林娜 (a peer answer under it) unscored at that cell, 周杰 (none) scored; kept, 林娜 82.5', async () => {
    const f = await form('cs-competency');
    const people: FillPerson[] = [
      { header: { employeeId: '1001', name: '林娜', period: '2026-03' }, values: { ...rated('supervisor', '良好'), ...rated('peer', '优秀') } },
      { header: { employeeId: '1002', name: '周杰', period: '2026-03' }, values: { ...rated('supervisor', '优秀') } },
    ];
    const write = async (clear: boolean) => {
      const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      fillRoster(ws, f, people);
      let col = 0;
      ws.getRow(1).eachCell((cell, c) => { if (cell.value === '沟通能力·同事评1') col = c; });
      expect(col).toBeGreaterThan(0);
      if (clear) ws.getCell(1, col).value = null;
      const file = path.join(tempDir(), 'roster.xlsx');
      await wb.xlsx.writeFile(file);
      return { file, letter: ws.getColumn(col).letter };
    };
    // As made: each item 主管 80, 同事 100, no customers → 70/80 × 80 + 10/80 × 100 = 82.5; 周杰 100 (主管 alone: 70/70).
    const kept = await write(false);
    const ok = await gradeFile(kept.file, { output: null });
    if (!ok.ok) throw new Error(ok.failure.message);
    expect(ok.report.people.map((p) => [p.name, p.status, p.total])).toEqual([['林娜', 'scored', 82.5], ['周杰', 'scored', 100]]);
    const cleared = await write(true);
    const r = await gradeFile(cleared.file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, p.status, p.total])).toEqual([['林娜', 'error', null], ['周杰', 'scored', 100]]);
    expect(r.report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell, p.person])).toEqual([['unknown-column', `${cleared.letter}2`, '林娜']]);
    expect(r.report.problems.find((p) => p.cell === `${cleared.letter}1`)?.message).toContain('它在本表缺少的「沟通能力·同事评1」列的位置上');
  });

  it('a peer\'s own copy (kpi template --rater 同事) with 沟通能力\'s heading cleared, combined: 林娜 unscored, not 主管-only', async () => {
    const f = await form('cs-competency');
    const dir = tempDir();
    const copyOf = async (raterText: string, file: string, person: FillPerson, clear?: string) => {
      const rater = findRater(f, raterText)!;
      const restricted = raterCopy(f, rater);
      const wb = await buildTemplate(restricted, { layout: 'roster', generator: 'test', rater: rater.label });
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      fillRoster(ws, restricted, [person]);
      if (clear) ws.getRow(1).eachCell((cell) => { if (cell.value === clear) cell.value = null; });
      const out = path.join(dir, file);
      await wb.xlsx.writeFile(out);
      return out;
    };
    const header = { employeeId: '1001', name: '林娜', period: '2026-03' };
    const sup = await copyOf('主管', '主管.xlsx', { header, values: rated('supervisor', '良好') });
    const peer = await copyOf('同事', '同事.xlsx', { header, values: rated('peer', '优秀') }, '沟通能力·同事评');
    const r = await gradeCombined([sup, peer], { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // It was 82.5 on four items and 80 on 沟通能力 (主管 alone): 82.0, exit 0 with a warning.
    expect(r.report.people.map((p) => [p.name, p.status])).toEqual([['林娜', 'error']]);
    expect(r.report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, path.basename(p.file ?? ''), p.person])).toEqual([['unknown-column', '同事.xlsx', '林娜']]);
  });

  it('a column without a heading holding the team\'s notes or row numbers, beside rater columns left out, is theirs: scored', async () => {
    const f = await form('cs-competency');
    const people: FillPerson[] = [
      { header: { employeeId: '1001', name: '林娜', period: '2026-03' }, values: { ...rated('supervisor', '良好'), ...rated('peer', '优秀') } },
      { header: { employeeId: '1002', name: '周杰', period: '2026-03' }, values: { ...rated('supervisor', '优秀') } },
    ];
    for (const extra of [['新员工', '已面谈'], [1, 2]]) {
      const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      fillRoster(ws, f, people);
      // The team kept one peer's and one customer's column per item: 同事评2/3 and 客户评2/3 deleted.
      const gone: number[] = [];
      ws.getRow(1).eachCell((cell, c) => { if (/评[23]$/.test(String(cell.value))) gone.push(c); });
      for (const c of gone.reverse()) ws.spliceColumns(c, 1);
      let last = 0;
      ws.getRow(1).eachCell((cell, c) => { if (cell.value) last = c; });
      extra.forEach((v, k) => (ws.getCell(k + 2, last + 1).value = v));
      const file = path.join(tempDir(), 'roster.xlsx');
      await wb.xlsx.writeFile(file);
      const r = await gradeFile(file, { output: null });
      if (!r.ok) throw new Error(r.failure.message);
      // 林娜 82.5 and 周杰 100, as above: the column is no 反馈与学习能力·客户评2.
      expect(r.report.people.map((p) => [p.name, p.status, p.total]), String(extra[0])).toEqual([['林娜', 'scored', 82.5], ['周杰', 'scored', 100]]);
      expect(r.report.problems.filter((p) => p.severity === 'error'), String(extra[0])).toEqual([]);
    }
  });

  it('cs-ability with the customers\' columns headed 「·买家」 (refused): a person unscored is not also told the customers\' weight was spread', async () => {
    const f = await form('cs-ability');
    const ids = f.parts.flatMap((p) => p.items.map((i) => i.id));
    const level = f.parts[0]!.items[0]!.inputs[0]!.choices![0]!.label;
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    fillRoster(ws, f, [{ header: { name: '张三' }, values: Object.fromEntries(ids.flatMap((id) => [[`${id}@supervisor`, level], [`${id}@customer#1`, level]])) }]);
    ws.getRow(1).eachCell((cell) => { if (/·客户\d?$/.test(String(cell.value))) cell.value = String(cell.value).replace(/·客户\d?$/, '·买家'); });
    const file = path.join(tempDir(), 'ability.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => p.status)).toEqual(['error']);
    expect(r.report.problems.filter((p) => p.code === 'rater-spread')).toEqual([]);
  });
});
