// §1 after-sales-monthly, one sheet a person: the form's 考核人签字 line under the table says who rated. The template's
// legend above it (「评分人 | 自评 仅供参考,不计分;上级 100%」) was read as that field once 评分人 became one of its names,
// so the signature was never read: 「员工本人」 signed under the 上级 column's marks scored 100 优秀 at exit 0.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { roundTrip } from './roundTrip.js';

// The worked example's answers in the 上级 column: 79.5625 (CATALOG §1).
const zhang: FillPerson = {
  header: { name: '张三', period: '2026-03' },
  values: { 'A1.rate@supervisor': '92%', 'A2.level@supervisor': '有部分不完整,但影响不大', 'A3.level@supervisor': '完成目标值要求', 'A4.unmet@supervisor': 1, 'B1.level@supervisor': '4级', 'B2.level@supervisor': '3级' },
};

function signed(who: string) {
  return (wb: import('exceljs').Workbook) => {
    const ws = wb.getWorksheet('张三')!;
    ws.eachRow((row) => row.eachCell((cell, col) => {
      if (String(cell.value ?? '').startsWith('考核人签字')) row.getCell(col + 1).value = who;
    }));
  };
}

describe('§1 the 考核人签字 line of a person\'s sheet', () => {
  it('「员工本人」 with the 上级 column filled: whose marks is unknown — an error, 张三 not scored; a supervisor\'s name: 79.5625', async () => {
    const self = await roundTrip('after-sales-monthly', [zhang], { layout: 'form', edit: signed('员工本人') });
    expect(self.people.map((p) => p.status)).toEqual(['error']);
    expect(self.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['rater-claim']);
    const boss = await roundTrip('after-sales-monthly', [zhang], { layout: 'form', edit: signed('王经理') });
    expect(boss.people.map((p) => p.total)).toEqual([79.5625]);
  });
});
