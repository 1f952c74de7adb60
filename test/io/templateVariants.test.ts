// kpi template --people for a form whose wording depends on the person's 部门 (§28): each person's sheet names the
// items as kpi scores them for that department.
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/io/template/index.js';
import { form } from '../helpers.js';

describe('§28 sales-aftersales-monthly, one sheet per person', () => {
  it('售后部 (or 售后服务部) gets 维修过程服务满意度 and 接待客户满意度, 销售部 its own, no 部门 the generic names', async () => {
    const f = await form('sales-aftersales-monthly');
    const people = [
      new Map([['name', '张三'], ['department', '售后服务部']]),
      new Map([['name', '李四'], ['department', '销售部']]),
      new Map([['name', '王五']]),
    ] as never;
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people });
    const items = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      const out: string[] = [];
      ws.eachRow((row) => {
        const v = row.getCell(1).value;
        if (typeof v === 'string' && /满意度|客诉/.test(v)) out.push(v);
      });
      return [...new Set(out)];
    };
    expect(items('张三')).toEqual(['维修过程服务满意度', '接待客户满意度', '客诉率', '客诉处理满意度']);
    expect(items('李四')).toEqual(['销售过程服务满意度', '客户满意度', '客诉率', '客诉处理满意度']);
    expect(items('王五')).toEqual(f.parts.flatMap((p) => p.items.map((i) => i.label)));
  });
});
