// CATALOG §10 sales-cs-kpi: achievements against targets, caps over 100, lower-is-better response time.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

// 销售额 150000/100000 = 150 % → 120 % × 25 = 30; 满意度 90 → 18; 转化率 12/100 = 12 % ÷ 10 % = 120 % × 15 = 18;
// 响应 目标 30 ÷ 实际 25 = 120 % → 100 % × 10 = 10; 投诉 80 → 8; 产品 90 → 9; 团队 100 → 5; 素质 80 → 4
// ⇒ 30 + 18 + 18 + 10 + 8 + 9 + 5 + 4 = 102, reported as computed, graded on 100 → 优秀
const star: FillPerson = {
  header: { name: '唐宁', employeeId: 'K10', department: '电商客服', period: '2026-03' },
  values: { 'K1.actual': 150000, 'K1.target': 100000, K2: 90, 'K3.won': 12, 'K3.visits': 100, 'K3.goal': '10%', 'K4.avg': 25, 'K4.goal': 30, K5: 80, K6: 90, K7: 100, K8: 80 },
};
// 销售额 80000/100000 = 80 % × 25 = 20; 满意度 75 → 15; 转化率 6/100 = 6 % ÷ 10 % = 60 % × 15 = 9;
// 响应 30 ÷ 40 = 75 % × 10 = 7.5; 投诉 70 → 7; 产品 80 → 8; 团队 80 → 4; 素质 60 → 3
// ⇒ 20 + 15 + 9 + 7.5 + 7 + 8 + 4 + 3 = 73.5 → 一般
const average: FillPerson = {
  header: { name: '许鹏', employeeId: 'K11', department: '电商客服', period: '2026-03' },
  values: { 'K1.actual': 80000, 'K1.target': 100000, K2: 75, 'K3.won': 6, 'K3.visits': 100, 'K3.goal': 0.1, 'K4.avg': 40, 'K4.goal': 30, K5: 70, K6: 80, K7: 80, K8: 60 },
};
// 目标销售额 0: an error for that person
const noTarget: FillPerson = {
  header: { name: '邓丽', employeeId: 'K12', department: '电商客服' },
  values: { 'K1.actual': 5000, 'K1.target': 0, K2: 75, 'K3.won': 6, 'K3.visits': 100, 'K3.goal': '10%', 'K4.avg': 40, 'K4.goal': 30, K5: 70, K6: 80, K7: 80, K8: 60 },
};

describe('§10 sales-cs-kpi', () => {
  it('102 through the caps → 优秀; 73.5 → 一般; a target of 0 is an error', async () => {
    const r = await roundTrip('sales-cs-kpi', [star, average, noTarget]);
    const tang = byName(r, '唐宁');
    expect(tang.items.map((i) => i.score)).toEqual([30, 18, 18, 10, 8, 9, 5, 4].map((x) => expect.closeTo(x, 10)));
    expect(tang.total).toBeCloseTo(102, 10);
    expect(tang.band).toBe('优秀');
    expect(tang.items[3]!.explanation).toBe('响应时间 目标 30秒 ÷ 实际 25秒 = 120%,超过100%按100%计 × 10 = 10');
    const xu = byName(r, '许鹏');
    expect(xu.total).toBeCloseTo(73.5, 10);
    expect(xu.band).toBe('一般');
    expect(byName(r, '邓丽').status).toBe('error');
    expect(r.problems.filter((p) => p.person === '邓丽').map((p) => p.code)).toEqual(['zero-denominator']);
  });

  it('满意度 typed 0.9 (90 as a fraction) is 0.9 points, as typed, with a warning at its cell: 0.9 ÷ 100 × 20 = 0.18', async () => {
    const r = await roundTrip('sales-cs-kpi', [{ ...average, values: { ...average.values, K2: 0.9 } }]);
    const xu = byName(r, '许鹏');
    expect(xu.items[1]!.score).toBeCloseTo(0.18, 10);
    expect(r.problems.filter((p) => p.code === 'fraction-score').map((p) => [p.severity, p.message.replace(/^.*?「/, '「')])).toEqual([
      ['warning', '「客户满意度」「0.9」按 0.9 分计(满分 100);如指 90 分请填 90 或 90%'],
    ]);
  });

  it('满意度 typed 1 (all of it as a fraction, or 1 point): 1 ÷ 100 × 20 = 0.2, with the same warning', async () => {
    const r = await roundTrip('sales-cs-kpi', [{ ...average, values: { ...average.values, K2: '1' } }]);
    expect(byName(r, '许鹏').items[1]!.score).toBeCloseTo(0.2, 10);
    expect(r.problems.filter((p) => p.code === 'fraction-score').map((p) => [p.severity, p.message.replace(/^.*?「/, '「')])).toEqual([
      ['warning', '「客户满意度」「1」按 1 分计(满分 100);如指 100 分请填 100 或 100%'],
    ]);
  });
});

describe('§10 as kpi forms describes it', () => {
  it('says a total may pass 100 (销售额 and 转化率 count up to 120 %) and is banded on min(总分, 100), as it scores', async () => {
    const { describeForm } = await import('../../src/forms/describe.js');
    const { form } = await import('../helpers.js');
    const text = describeForm(await form('sales-cs-kpi')).join('\n');
    expect(text).toContain('达成率超过 100% 的项目得分可超过本项满分,总分可超过 100,照实报告,定级按 min(总分, 100)');
    // A form whose rates stop at 100 % says nothing of it.
    expect(describeForm(await form('mattress-cs-monthly')).join('\n')).not.toContain('可超过本项满分');
  });
});

describe('§10 平均响应秒数 typed into a time cell', () => {
  it('Excel\'s 0:00:40 is 40 秒: 30 ÷ 40 = 75 % × 10 = 7.5, 许鹏 73.5 as typed in seconds (it was refused as 「实际为日期」)', async () => {
    const setTime = (wb: import('exceljs').Workbook) => {
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      let col = 0;
      ws.getRow(1).eachCell((cell, c) => { if (String(cell.value ?? '').includes('平均响应秒数')) col = c; });
      expect(col).toBeGreaterThan(0);
      ws.getCell(2, col).value = new Date(Date.UTC(1899, 11, 30, 0, 0, 40));
      ws.getCell(2, col).numFmt = 'hh:mm:ss';
    };
    const r = await roundTrip('sales-cs-kpi', [average], { edit: setTime });
    const xu = byName(r, '许鹏');
    expect(xu.items[3]!.explanation).toBe('响应时间 目标 30秒 ÷ 实际 40秒 = 75% × 10 = 7.5');
    expect([xu.status, xu.total]).toEqual(['scored', expect.closeTo(73.5, 10)]);
  });

  it('the same in a workbook of the 1904 date system (Mac Excel, Numbers): 0:00:40 is 40 秒 there too (it was 「实际为日期 1904-01-01」)', async () => {
    const setTime = (wb: import('exceljs').Workbook) => {
      wb.properties.date1904 = true;
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      let col = 0;
      ws.getRow(1).eachCell((cell, c) => { if (String(cell.value ?? '').includes('平均响应秒数')) col = c; });
      ws.getCell(2, col).value = new Date(Date.UTC(1904, 0, 1, 0, 0, 40));
      ws.getCell(2, col).numFmt = 'hh:mm:ss';
    };
    const r = await roundTrip('sales-cs-kpi', [average], { edit: setTime });
    const xu = byName(r, '许鹏');
    expect(xu.items[3]!.explanation).toBe('响应时间 目标 30秒 ÷ 实际 40秒 = 75% × 10 = 7.5');
    expect([xu.status, xu.total]).toEqual(['scored', expect.closeTo(73.5, 10)]);
  });
});

describe('§10 目标销售额 twice, noted 「(上月)」 and 「(本月)」, or with two months', () => {
  // 许鹏's rows say 考核月份 2026-03. The other month's target (50000) beside this month's (100000), in either order.
  const twoTargets = (other: string, own: string, otherFirst: boolean) => (wb: import('exceljs').Workbook) => {
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    let col = 0;
    ws.getRow(1).eachCell((cell, c) => { if (String(cell.value ?? '').endsWith('目标销售额')) col = c; });
    expect(col).toBeGreaterThan(0);
    ws.spliceColumns(otherFirst ? col : col + 1, 0, [`销售额·目标销售额(${other})`, 50000]);
    ws.getCell(1, otherFirst ? col + 1 : col).value = `销售额·目标销售额(${own})`;
  };
  it('reads this month\'s (100000), the other listed as ignored: 许鹏 73.5 (a blank 本月 took last month\'s figure; 4月\'s target was read for March)', async () => {
    for (const [other, own, otherFirst] of [['上月', '本月', true], ['上月', '本月', false], ['2月', '3月', true], ['2月', '3月', false], ['4月', '3月', true], ['4月', '3月', false], ['2026年2月', '2026年3月', true]] as const) {
      const r = await roundTrip('sales-cs-kpi', [average], { edit: twoTargets(other, own, otherFirst) });
      // 80000 ÷ 100000 = 80 % × 25 = 20 as before (÷ 50000 it would be 160 % → 120 % × 25 = 30).
      const xu = byName(r, '许鹏');
      expect([other, own, xu.status, xu.items[0]!.score, xu.total]).toEqual([other, own, 'scored', 20, expect.closeTo(73.5, 10)]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(r.problems.find((p) => p.code === 'unknown-column')!.message).toContain(`「销售额·目标销售额(${other})」`);
    }
  });
  it('the rows\' 考核月份 written 「3月」 without its year picks 「(3月)」 as well: 许鹏 73.5', async () => {
    const bare: FillPerson = { ...average, header: { ...average.header, period: '3月' } };
    const r = await roundTrip('sales-cs-kpi', [bare], { edit: twoTargets('2月', '3月', true) });
    expect([byName(r, '许鹏').status, byName(r, '许鹏').total]).toEqual(['scored', expect.closeTo(73.5, 10)]);
  });

  it('two months neither of which is the rows\' (12月 and 1月 on March\'s rows): neither is this month\'s target — 许鹏 refused, 目标销售额 missing', async () => {
    const r = await roundTrip('sales-cs-kpi', [average], { edit: twoTargets('12月', '1月', true) });
    expect(byName(r, '许鹏').status).toBe('error');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['item-not-found', 'required']);
    expect(r.problems.find((p) => p.code === 'item-not-found')!.message).toContain('缺少列「销售额·目标销售额」');
  });
});

describe('§10 新客户数 above 潜在客户(访问)数', () => {
  it('is an error, the person not scored (200 of 20 typed into each other\'s columns was 1000 % → 120 % × 15 = 18: 98 for 95, a warning)', async () => {
    const swapped: FillPerson = { ...average, header: { ...average.header, name: '韩雪', employeeId: 'K13' }, values: { ...average.values, 'K3.won': 200, 'K3.visits': 20 } };
    const r = await roundTrip('sales-cs-kpi', [swapped]);
    const han = byName(r, '韩雪');
    expect([han.status, han.total]).toEqual(['error', null]);
    const said = r.problems.filter((p) => p.person === '韩雪' && p.severity === 'error');
    expect(said.map((p) => p.code)).toEqual(['ratio-above-one']);
    // Equal counts are 100 %: 20 of 20 ÷ 10 % = 1000 % → 120 % × 15 = 18, scored.
    const all: FillPerson = { ...swapped, values: { ...swapped.values, 'K3.won': 20, 'K3.visits': 20 } };
    expect(byName(await roundTrip('sales-cs-kpi', [all]), '韩雪').status).toBe('scored');
  });
});
