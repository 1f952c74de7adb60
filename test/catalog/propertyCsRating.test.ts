// CATALOG §16 property-cs-rating: ten criteria of 1–10, Σ of 100; its grade is called 评估结论.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

describe('§16 a 评估结论 typed by the team', () => {
  it('is compared with kpi\'s grade like a typed 等级 (it was ignored as an unknown column)', async () => {
    const head = '工号,被评估人员,部门,评估日期,评估人员,对待业主友好积极,主动寻求业主需求并提供帮助,尽力帮助解决疑难问题,电话接听及时和专业,有效处理各类问题和投诉,投诉积极并及时回复,投诉处理有效果,资料整理和文件记录的准确性,与同事合作的配合程度和效果,工作任务的处理速度和效果,评估结论';
    // 李娜: 9 + 9 + 8 + 9 + 8 + 9 + 8 + 10 + 9 + 9 = 88 → 良好 (typed 良好: agrees). 王磊: 95 → 优秀 (typed 良好: said).
    const rows = ['1601,李娜,客服中心,2026-03-30,黄经理,9,9,8,9,8,9,8,10,9,9,良好', '1602,王磊,客服中心,2026-03-30,黄经理,10,9,10,9,10,9,9,10,9,10,良好'];
    const file = path.join(tempDir(), 'r.csv');
    writeFileSync(file, [head, ...rows].join('\r\n') + '\r\n');
    const r = await gradeFile(file, { form: 'property-cs-rating', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['李娜', 88, '良好'], ['王磊', 95, '优秀']]);
    expect(r.report.problems.filter((p) => p.code === 'override').map((p) => p.person)).toEqual(['王磊']);
    expect(r.report.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });
});

describe('§16 one sheet per person: a 总分 and 等级 typed beside their words (B23, B24)', () => {
  it('are compared with kpi\'s like those in the 得分 column: 9 × 5 + 8 × 5 = 85 → 良好 against 95 优秀, both said at their cells', async () => {
    const { roundTrip, byName } = await import('./roundTrip.js');
    const { form } = await import('../helpers.js');
    const def = await form('property-cs-rating');
    const ids = def.parts.flatMap((p) => p.items.map((i) => i.id));
    expect(ids.length).toBe(10);
    const filled = Object.fromEntries(ids.map((id, k) => [id, k < 5 ? 9 : 8]));
    const r = await roundTrip('property-cs-rating', [{ header: { name: '子一', period: '2026-03' }, values: filled }], {
      layout: 'form',
      edit: (wb) => {
        const ws = wb.getWorksheet('子一')!;
        ws.eachRow((row, n) => {
          if (row.getCell(1).value === '总分') ws.getCell(n, 2).value = 95;
          if (row.getCell(1).value === '等级') ws.getCell(n, 2).value = '优秀';
        });
      },
    });
    expect([byName(r, '子一').total, byName(r, '子一').band]).toEqual([85, '良好']);
    // What cannot be compared is said too: a 总分 of 「九十」, a 等级 of 86.
    const words = await roundTrip('property-cs-rating', [{ header: { name: '子一', period: '2026-03' }, values: filled }], {
      layout: 'form',
      edit: (wb) => {
        const ws = wb.getWorksheet('子一')!;
        ws.eachRow((row, n) => {
          if (row.getCell(1).value === '总分') ws.getCell(n, 2).value = '九十';
          if (row.getCell(1).value === '等级') ws.getCell(n, 2).value = 86;
        });
      },
    });
    expect(words.problems.filter((p) => p.code === 'override').map((p) => [p.cell, p.actual])).toEqual([['B23', '九十'], ['B24', '86']]);
    expect(r.problems.filter((p) => p.code === 'override').map((p) => [p.cell, p.message.replace(/^.*?子一:/, '')])).toEqual([
      ['B23', '手填的「总分」为「95」,按规则算出的是「85.00」;kpi 按算出的计(写在 kpi 的结果列),请核对'],
      ['B24', '手填的「等级」为「优秀」,按规则算出的是「良好」;kpi 按算出的计(写在 kpi 的结果列),请核对'],
    ]);
  });
});

describe('§16 headings as a team retypes them', () => {
  it('a part without its points (「服务态度·对待业主友好积极」) and a one-item part\'s name alone (「文件处理」) are those items', async () => {
    const head = (first: string, file: string) =>
      `工号,被评估人员,部门,评估日期,评估人员,${first},主动寻求业主需求并提供帮助,尽力帮助解决疑难问题,电话接听及时和专业,有效处理各类问题和投诉,投诉积极并及时回复,投诉处理有效果,${file},与同事合作的配合程度和效果,工作任务的处理速度和效果`;
    // 李娜: 9 + 9 + 8 + 9 + 8 + 9 + 8 + 10 + 9 + 9 = 88 → 良好 (both headings had been 「not an item」, everyone unscored).
    const row = '1601,李娜,客服中心,2026-03-30,黄经理,9,9,8,9,8,9,8,10,9,9';
    const file = path.join(tempDir(), 'r.csv');
    writeFileSync(file, [head('服务态度·对待业主友好积极', '文件处理'), row].join('\r\n') + '\r\n');
    const r = await gradeFile(file, { form: 'property-cs-rating', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['李娜', 88, '良好']]);
    expect(r.report.problems).toEqual([]);
  });

  it('a column missing altogether: each person\'s error says the sheet has no such column, not 「实际为空」 at the name', async () => {
    const head = '工号,被评估人员,部门,评估日期,评估人员,备用,主动寻求业主需求并提供帮助,尽力帮助解决疑难问题,电话接听及时和专业,有效处理各类问题和投诉,投诉积极并及时回复,投诉处理有效果,资料整理和文件记录的准确性,与同事合作的配合程度和效果,工作任务的处理速度和效果';
    const file = path.join(tempDir(), 'r.csv');
    writeFileSync(file, [head, '1601,李娜,客服中心,2026-03-30,黄经理,9,9,8,9,8,9,8,10,9,9'].join('\r\n') + '\r\n');
    const r = await gradeFile(file, { form: 'property-cs-rating', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    const required = r.report.problems.find((p) => p.code === 'required')!;
    expect(required.message).toBe('r!B2:「对待业主友好积极」为必填项,表中没有这一项的列(或行),无法评分;请补上这一列(或改回它的列名)后重新评分');
    expect(required.actual).toBe('没有这一列');
  });
});

describe('§2 an item\'s name alone over its count (the note beside it optional)', () => {
  it('「员工基本标准」 is its 不符合项数, as 「员工基本标准·不符合项数」 (it was 「not an item」 and the count missing)', async () => {
    const { roundTrip } = await import('./roundTrip.js');
    const { form } = await import('../helpers.js');
    const def = await form('property-cs-monthly');
    const first = def.parts[0]!.items[0]!;
    expect(first.label).toBe('员工基本标准');
    const values = Object.fromEntries(def.parts.flatMap((p) => p.items).map((i) => [`${i.id}.${i.inputs[0]!.id}`, 0]));
    const base = await roundTrip('property-cs-monthly', [{ header: { unit: '一处', period: '2026-03' }, values: { ...values, [`${first.id}.${first.inputs[0]!.id}`]: 2 } }], { layout: 'roster' });
    const retyped = await roundTrip('property-cs-monthly', [{ header: { unit: '一处', period: '2026-03' }, values: { ...values, [`${first.id}.${first.inputs[0]!.id}`]: 2 } }], {
      layout: 'roster',
      edit: (wb) => {
        const ws = wb.worksheets.find((w) => w.state === 'visible')!;
        ws.getRow(1).eachCell((c) => {
          if (c.value === '员工基本标准·不符合项数') c.value = '员工基本标准';
        });
      },
    });
    // 员工基本标准 10 − 2 不符合 = 8, every other item full: 100 − 2 = 98 → 优秀, either heading.
    expect(base.people.map((p) => [p.total, p.band])).toEqual([[98, '优秀']]);
    expect(retyped.people.map((p) => [p.total, p.band])).toEqual([[98, '优秀']]);
    expect(retyped.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});
