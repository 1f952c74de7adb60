// §25 property-cs-staff, roster layout: kpi's template heads 仪容仪表、语气语调、接听电话 (2 points, 2 − 0.5 × 不达标项数,
// floor 0) with the item's name alone, among columns of 0–2 points. A manager typing the item's points there (2 for full
// marks) got that many lapses: 张三 2 − 2 × 0.5 = 1, 88.89 良好 at exit 0, silent (scoreLikeColumns.ts, smallPoints).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectRefused, expectScored, filledRoster, itemScore, person, score, type Cell } from '../forms/roundtrip.js';
import { STAFF_F1, STAFF_H3, STAFF_POINTS } from '../forms/staffPoints.js';

// Every typed point at its maximum: 2+2+2+4 + 2+2 + 2+2+2 + 2+2 + 1+1+1 + 2+1 + 2 = 32; with 仪容仪表 2 (no lapses),
// 咨询 2 (none), 是/是 4, 协调 5 (none): 45 in all.
const POINTS = STAFF_POINTS;
const H3 = STAFF_H3;
const F1 = STAFF_F1;
const row = (name: string, f1: Cell) => ({ 姓名: name, 部门: '客服部', ...POINTS, [`${H3}·确定相关责任人`]: '是', [`${H3}·出具意见进行解决`]: '是', [F1]: f1 });

/** The column letter of F1's heading in the file, and the file with that heading renamed when `heading` is given. */
async function f1Column(file: string, heading?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  let letter = '';
  ws.getRow(1).eachCell((c) => { if (String(c.value) === F1) { letter = c.address.replace(/\d+$/, ''); if (heading) c.value = heading; } });
  if (heading) await wb.xlsx.writeFile(file);
  return letter;
}

describe('§25 仪容仪表… (a count of lapses headed by the item\'s name alone) typed with its points', () => {
  it('2, 2, 1 under kpi\'s own template\'s heading: the counts it asked for (review: a team with 2, 2, 1 lapses was refused)', async () => {
    const file = await filledRoster('property-cs-staff', [row('张三', 2), row('李四', 2), row('王五', 1)]);
    const r = await score(file);
    // 2 − 2 × 0.5 = 1 → 44/45 = 97.78; 2 − 1 × 0.5 = 1.5 → 44.5/45 = 98.89. Points typed there cannot be told from counts
    // but by a fraction (below): kpi's template asks for the count.
    expectScored(r, '张三', (44 / 45) * 100, '优秀');
    expectScored(r, '李四', (44 / 45) * 100, '优秀');
    expectScored(r, '王五', (44.5 / 45) * 100, '优秀');
  });

  it('2, 2, 1.5 (a half: no count): every person refused, 王五\'s 1.5 said once, as points, not 「应为不小于0的整数」', async () => {
    const file = await filledRoster('property-cs-staff', [row('张三', 2), row('李四', 2), row('王五', 1.5)]);
    const col = await f1Column(file);
    const r = await score(file);
    expectRefused(r, '张三', 'unknown-column', `${col}2`);
    expectRefused(r, '李四', 'unknown-column', `${col}3`);
    expectRefused(r, '王五', 'unknown-column', `${col}4`);
    const wang = person(r, '王五').problems.filter((p) => p.cell === `${col}4`);
    expect(wang.map((p) => p.code)).toEqual(['unknown-column']);
    expect(wang[0]!.message).toContain('这一格的「1.5」');
  });

  it('a team of one or a fraction alone: one person\'s 1.5 is refused as points too', async () => {
    const file = await filledRoster('property-cs-staff', [row('张三', 1.5)]);
    const col = await f1Column(file);
    expectRefused(await score(file), '张三', 'unknown-column', `${col}2`);
  });
});

describe('§25 仪容仪表… holding counts stays counts', () => {
  it('0, 1, 0, 2 lapses: scored 2 − 0.5 × n', async () => {
    const r = await score(await filledRoster('property-cs-staff', [row('张三', 0), row('李四', 1), row('王五', 0), row('赵六', 2)]));
    expectScored(r, '张三', 100, '优秀'); // 45/45
    expect(itemScore(expectScored(r, '李四', (44.5 / 45) * 100, '优秀'), 'F1')).toBe(1.5); // 2 − 0.5 × 1 = 1.5 ⇒ 44.5/45 = 98.89
    expectScored(r, '王五', 100, '优秀');
    expect(itemScore(expectScored(r, '赵六', (44 / 45) * 100, '优秀'), 'F1')).toBe(1); // 2 − 0.5 × 2 = 1 ⇒ 44/45 = 97.78
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('2, 2, 1 beside a person left blank (no lapses): counts, scored', async () => {
    const r = await score(await filledRoster('property-cs-staff', [row('张三', 2), row('李四', 2), row('王五', 1), row('赵六', null)]));
    expectScored(r, '张三', (44 / 45) * 100, '优秀'); // 2 − 2 × 0.5 = 1 ⇒ 44/45 = 97.78
    expectScored(r, '李四', (44 / 45) * 100, '优秀');
    expectScored(r, '王五', (44.5 / 45) * 100, '优秀'); // 2 − 1 × 0.5 = 1.5 ⇒ 44.5/45 = 98.89
    expectScored(r, '赵六', 100, '优秀'); // blank = 0 lapses ⇒ 45/45
  });

  it('2, 2, 1 under 「仪容仪表、语气语调、接听电话·不达标项数」 (the heading naming the count, as advised): counts', async () => {
    const file = await filledRoster('property-cs-staff', [row('张三', 2), row('李四', 2), row('王五', 1)]);
    await f1Column(file, `${F1}·不达标项数`);
    const r = await score(file);
    expectScored(r, '张三', (44 / 45) * 100, '优秀'); // 2 lapses: 2 − 1 = 1 ⇒ 44/45 = 97.78
    expectScored(r, '李四', (44 / 45) * 100, '优秀');
    expectScored(r, '王五', (44.5 / 45) * 100, '优秀'); // 1 lapse ⇒ 44.5/45 = 98.89
  });
});
