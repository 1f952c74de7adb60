import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../src/io/template/index.js';
import { form, readWorkbook, tempDir } from '../../helpers.js';
import { errors, grade, totals } from './helpers.js';

// Issue 12: the template says how to write "nothing", and the reason of an adjustment is not 可留空.
describe('the template tells what to type for "nothing"', () => {
  async function rosterTemplate() {
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test', people: [new Map([['name', '李强']])] });
    const file = path.join(tempDir(), 'tpl.xlsx');
    await wb.xlsx.writeFile(file);
    return { file, wb: await readWorkbook(file) };
  }
  const noteOf = (wb: Awaited<ReturnType<typeof readWorkbook>>, heading: string) => {
    const ws = wb.worksheets.find((w) => !w.name.startsWith('_'))!;
    for (let c = 1; c <= ws.columnCount; c++) {
      if (ws.getCell(1, c).value === heading) {
        const note = ws.getCell(1, c).note;
        return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
      }
    }
    throw new Error(`no column ${heading}`);
  };

  it('counts, the list of deductions, the reason', async () => {
    const { wb } = await rosterTemplate();
    expect(noteOf(wb, '工作纪律·旷工')).toContain('没有则留空或填 0');
    expect(noteOf(wb, '表格管理')).toContain('没有则留空,或填 0 或「无」');
    const reason = noteOf(wb, '其它·原因');
    expect(reason).toContain('奖惩分不为 0 时必填');
    expect(reason).not.toContain('可留空');
    expect(noteOf(wb, '回访问题处理效率·基础分')).toContain('必填');
  });

  it('the template filled with the spellings it names is scored: 李强 100', async () => {
    const { file, wb } = await rosterTemplate();
    const ws = wb.worksheets.find((w) => !w.name.startsWith('_'))!;
    const set = (heading: string, v: unknown) => {
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).value === heading) ws.getCell(2, c).value = v as never;
    };
    // 40/40 → 20; 表格管理 无 → 20; counts 0 → 15, 10 (基础分 10), 10; 处理能力 10; 态度 15 ⇒ 100.
    set('客户回访率·本月安装(售服)客户数', 40);
    set('客户回访率·回访客户数', 40);
    set('表格管理', '无');
    set('日常服务规范·用语不规范', 0);
    set('回访问题处理效率·基础分', 10);
    set('处理能力', 10);
    set('态度', 15);
    set('工作纪律·旷工', 0);
    await wb.xlsx.writeFile(file);
    const r = await grade(file, { form: undefined });
    expect(errors(r)).toEqual([]);
    expect(totals(r)).toEqual([['李强', 100]]);
  });
});

describe('the hints of a rater who may be absent', () => {
  it('say to leave the cell blank (or 「无」), not 必填; the required 主管评 stays 必填 (roster comments and form dropdown prompts)', async () => {
    const { buildTemplate } = await import('../../../src/io/template/index.js');
    const { form } = await import('../../helpers.js');
    const f = await form('cs-competency');
    const roster = (await buildTemplate(f, { layout: 'roster', generator: 'test' })).worksheets.find((w) => w.state === 'visible')!;
    const last = (heading: string) => {
      const col = (roster.getRow(1).values as unknown[]).indexOf(heading);
      const note = roster.getCell(1, col).note as unknown;
      const text = typeof note === 'string' ? note : ((note as { texts?: Array<{ text: string }> }).texts ?? []).map((t) => t.text).join('');
      return text.split('\n').pop();
    };
    expect(['业务知识能力·主管评', '业务知识能力·同事评1', '业务知识能力·客户评1', '业务知识能力·自评'].map(last)).toEqual([
      '必填', '没有同事评时留空(或填「无」)', '没有客户评时留空(或填「无」)', '没有自评时留空(或填「无」)',
    ]);
    const sheet = (await buildTemplate(f, { layout: 'form', generator: 'test' })).worksheets.find((w) => w.state === 'visible')!;
    expect([sheet.getCell('G7').dataValidation?.prompt?.split('\n').pop(), sheet.getCell('H7').dataValidation?.prompt?.split('\n').pop()]).toEqual([
      '必填', '没有同事评时留空(或填「无」)',
    ]);
  });
});
