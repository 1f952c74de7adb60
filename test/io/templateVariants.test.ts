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

// Printed through LibreOffice, the form sheet of §6 cut off the second line of its longer 填写项 labels: a row height
// came from the item's merged cells, shared over its twenty rows, not from the row's own label.
describe('a form sheet gives each input row the height of its own label', () => {
  it('property-service-quality: two-line labels get two lines, one-line labels stay one', async () => {
    const f = await form('property-service-quality');
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const rowOf = (text: string) => {
      for (let r = 1; r <= ws.rowCount; r++) for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(r, c).value === text) return r;
      throw new Error(`no ${text}`);
    };
    // 「满意度调查报告对不满意项提出改进措施」 is 36 columns wide, the 填写项 column far less: at least two lines of 15 points.
    expect(ws.getRow(rowOf('满意度调查报告对不满意项提出改进措施')).height).toBeGreaterThanOrEqual(30);
    expect(ws.getRow(rowOf('无向政府、媒体、总部的有效投诉及媒体曝光、集体群诉')).height).toBeGreaterThanOrEqual(30);
    // 「投诉回访率100%」 fits on one line.
    expect(ws.getRow(rowOf('投诉回访率100%')).height).toBe(18);
  });
});
