// §8 奖惩 (review 60 e). On a person's sheet, a 填写项 of 奖惩分 saying the points are taken off — 「奖惩分(扣分)」, 「奖惩扣分」,
// 「减分」, 「扣分」 — read 2 as +2 (or was refused and advised renamed 「其它·奖惩分」, which made it +2): 2 is −2 now, as a
// roster's column so headed reads. 「奖惩分(增减)」 (either sign) was read as points taken off on a roster (+2 → −2). A roster's
// 「奖惩」 over 加分 | 扣分 | 加分原因 | 扣分原因: the two reason columns were not read, +2 and 3 off refused 「须注明原因」.
// Items numbered 「一 客户回访率」 (a Chinese numeral and a space) were not found at all (exit 2).
// Roster fixtures: test/fixtures/fx60b/make.py; the person's sheets are kpi's template, filled and retyped here.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectScored, filledForms, score, type FormSheetFill } from '../forms/roundtrip.js';
import { gradedReport, repoRoot } from '../helpers.js';
import { numberForcedOff, withoutNumbering } from '../../src/io/normalize.js';

// §8 by the catalog, before 态度 and 奖惩: 18 (45/50 × 20) + 15 (20 − 3 − 2) + 11 (15 − 2×1 − 1×2) + 3 (8 − 5×1) + 9
// + 8 (10 − 2×1) = 64. With 态度 13: 77; 张三 +2 → 79, 2 taken off → 75. Bands: ≥ 90 优秀, ≥ 80 良好, ≥ 60 一般.
const WORKED: FormSheetFill = {
  name: '张三',
  entries: [
    ['客户回访率', '本月安装(售服)客户数(户)', '填写', 50],
    ['客户回访率', '回访客户数(户)', '填写', 45],
    ['表格管理', null, '填写', '3,2'],
    ['日常服务规范', '用语不规范(次)', '填写', 1],
    ['日常服务规范', '短信漏发(次)', '填写', 2],
    ['回访问题处理效率', '基础分(分)', '填写', 8],
    ['回访问题处理效率', '拖延遗漏错误次数(次)', '填写', 1],
    ['处理能力', null, '填写', 9],
    ['态度', null, '填写', 13],
    ['工作纪律', '迟到或早退(次)', '填写', 1],
    ['其它', '奖惩分(分)', '填写', 2],
    ['其它', '原因', '填写', '表扬信'],
  ],
};

/** The worked example with 其它's 奖惩分 row headed `heading` holding `points`, its reason `reason`. */
async function adjusted(heading: string, points: number | string, reason: string) {
  const fill = { ...WORKED, entries: WORKED.entries.map((e): FormSheetFill['entries'][number] => (e[0] !== '其它' ? e : e[1] === '原因' ? [...e.slice(0, 3), reason] as typeof e : [...e.slice(0, 3), points] as typeof e)) };
  const file = await filledForms('mattress-cs-monthly', [fill], `adj-${heading.replace(/[/()]/g, '_')}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('张三')!;
  let done = false;
  ws.eachRow((row) => row.eachCell((cell) => {
    if (!done && String(cell.value ?? '').trim() === '奖惩分(分)') [cell.value, done] = [heading, true];
  }));
  expect(done).toBe(true);
  await wb.xlsx.writeFile(file);
  return score(file);
}

const said = (r: Awaited<ReturnType<typeof score>>) => r.problems.filter((p) => p.severity !== 'info').map((p) => [p.severity, p.code, p.cell]);

describe('§8 person\'s sheet: 奖惩分 whose 填写项 says the points are taken off', () => {
  it('「奖惩分(扣分)」 2, 「见3月12日通报」: 77 − 2 = 75 一般 (was +2, 79 at exit 0 without a word)', async () => {
    const r = await adjusted('奖惩分(扣分)', 2, '见3月12日通报');
    expect(expectScored(r, '张三', 75, '一般').items.find((i) => i.id === 'M8')!.explanation).toBe('−2(见3月12日通报)');
    expect(said(r)).toEqual([]);
  });

  it('…「迟到被投诉」: 75, no sign warning (was 79 with one); −2 typed stays −2 (75, not 79)', async () => {
    const r = await adjusted('奖惩分(扣分)', 2, '迟到被投诉');
    expectScored(r, '张三', 75, '一般');
    expect(said(r)).toEqual([]);
    expectScored(await adjusted('奖惩分(扣分)', -2, '迟到被投诉'), '张三', 75, '一般');
  });

  it('「奖惩扣分」, 「奖惩减分」, 「减分」, 「扣分」 2: 75 (were refused and advised renamed 「其它·奖惩分」 — followed, 2 was +2, 79)', async () => {
    for (const heading of ['奖惩扣分', '奖惩减分', '减分', '扣分', '罚分']) {
      const r = await adjusted(heading, 2, '迟到被投诉');
      expectScored(r, '张三', 75, '一般');
      expect(said(r), heading).toEqual([]);
    }
  });

  it('signed as typed where the 填写项 says nothing of a deduction: 「奖惩分(分)」, 「奖惩分(增减)」, 「奖惩分(扣分填负数)」 2 → 79', async () => {
    for (const heading of ['奖惩分(分)', '奖惩分(增减)', '奖惩分(扣分填负数)', '奖惩分(加减分)']) {
      const r = await adjusted(heading, 2, '协助新人培训');
      expectScored(r, '张三', 79, '一般');
      expect(said(r), heading).toEqual([]);
    }
    // (「扣分填负数」: −2 is −2, 77 − 2 = 75 — not taken off twice.)
    expectScored(await adjusted('奖惩分(扣分填负数)', -2, '迟到被投诉'), '张三', 75, '一般');
  });

  it('「加分」 under 其它 is still no row of the form: refused, not read as points taken off', async () => {
    const r = await adjusted('加分', 2, '表扬信');
    expect(r.people[0]!.status).toBe('error');
  });
});

describe('§8 roster: 「奖惩」 over 加分 | 扣分 | 加分原因 | 扣分原因', () => {
  const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx60b', name);
  const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band, p.items.find((i) => i.id === 'M8')!.explanation]);

  it('the two reason columns are the reason: 张三 64 + 13 + 2 = 79, 李四 64 + 15 − 3 = 76 (both refused 「须注明原因」), 王五 64 + 14 + 1 − 1 = 78', async () => {
    for (const f of ['jc_jia_kou_reasons.xlsx', 'jc_jia_kou_reasons_swapped.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'mattress-cs-monthly' });
      expect(people(r).slice(0, 2), f).toEqual([
        ['张三', '79.00', '一般', '+2(表扬信)'],
        ['李四', '76.00', '一般', '−3(迟到被投诉)'],
      ]);
      expect(r.problems.filter((p) => p.severity !== 'info'), f).toEqual([]);
    }
    const r = await gradedReport(fixture('jc_jia_kou_reasons.xlsx'), { form: 'mattress-cs-monthly' });
    expect(people(r)[2]).toEqual(['王五', '78.00', '一般', '0(表扬信;迟到)']);
  });

  it('a +2 with both reason columns blank is still refused 「须注明原因」; 李四 76', async () => {
    const r = await gradedReport(fixture('jc_jia_kou_reasons_blank.xlsx'), { form: 'mattress-cs-monthly' });
    expect(people(r)).toEqual([
      ['张三', null, null, '+2(未注明原因,未计入)'],
      ['李四', '76.00', '一般', '−3(迟到被投诉)'],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.message])).toEqual([['T3', '考核表!T3:「其它·原因」奖惩分为 +2,须注明原因']]);
  });
});

describe('§8 roster: 「奖惩分(增减)」 is either sign, as typed', () => {
  const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx60b', name);
  it('张三 64 + 13 + 2 = 79, 李四 64 + 15 − 3 = 76, 王五 64 + 15 + 2 = 81 良好 (were 75 and 77: +2 taken off)', async () => {
    const r = await gradedReport(fixture('jc_zengjian.xlsx'), { form: 'mattress-cs-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 79, '一般'], ['李四', 76, '一般'], ['王五', 81, '良好']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('「奖惩分(减)」 is points taken off, as before: 张三 64 + 13 − 2 = 75', async () => {
    const r = await gradedReport(fixture('jc_jian_only.xlsx'), { form: 'mattress-cs-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 75, '一般']]);
  });
});

describe('items numbered with a Chinese numeral and a space (「一 客户回访率」)', () => {
  it('withoutNumbering drops it; not from a name (「一线车间」, 「十一车间」, 「一次安装成功率」)', () => {
    expect(withoutNumbering('一 客户回访率')).toBe('客户回访率');
    expect(withoutNumbering('八 其它')).toBe('其它');
    expect(withoutNumbering('十二  态度')).toBe('态度');
    for (const name of ['一线车间', '十一车间', '一次安装成功率', '一般']) expect(withoutNumbering(name)).toBe(name);
    // 「三 日常服务规范」: 日 may be a quantity (「三 日内」) — kept, and forced off where the rest is a known name.
    expect(numberForcedOff('三 日常服务规范')).toBe('日常服务规范');
    expect(numberForcedOff('三 日内')).toBeUndefined();
  });

  it('§8 person\'s sheet numbered 一 … 八: 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 一般 (was 「没有找到本考核表的任何项目」, exit 2)', async () => {
    const file = await filledForms('mattress-cs-monthly', [WORKED], 'cn-numbered.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('张三')!;
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八'];
    const labels = ['客户回访率', '表格管理', '日常服务规范', '回访问题处理效率', '处理能力', '态度', '工作纪律', '其它'];
    let n = 0;
    ws.getColumn(1).eachCell((cell) => {
      const k = labels.indexOf(String(cell.value ?? '').trim());
      if (k >= 0 && (!cell.isMerged || cell.master === cell)) [cell.value, n] = [`${numerals[k]} ${labels[k]}`, n + 1];
    });
    expect(n).toBe(8);
    await wb.xlsx.writeFile(file);
    const r = await score(file);
    expectScored(r, '张三', 79, '一般');
    expect(said(r)).toEqual([]);
  });
});
