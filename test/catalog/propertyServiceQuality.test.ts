// CATALOG §6 property-service-quality: 符合 / 不符合 / 不适用 over the 17 criteria of the catalog, filled in 20 boxes:
// 「业主回访记录(入户维修回访率≥30%,投诉回访率100%)并按月统计分析」 is r2 + r3 + r4, 「报修有《派工单》并规范填写,急迫性报修
// 20分钟内到达」 is r5 + r6; such a criterion is met when each of its applicable boxes passes, 不适用 when all are.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const IDS = ['s1', 's2', 's3', 's4', 's5', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];
const all = (over: Record<string, string | number | null>) => Object.fromEntries(IDS.map((id) => [`Q.${id}`, id in over ? over[id]! : '符合']));

describe('§6 property-service-quality', () => {
  it('符合 ÷ 适用 × 100 over the 17 criteria: 13 of 15 → 86.6667 → 良好; numbers judged (25 % < 30 % fails, 15 分钟 ≤ 20 passes)', async () => {
    // s2 不符合; r2 25 % (< 30 %) fails, so 业主回访记录 (r2 + r3 + r4) fails though r3 100 % and r4 pass; r6 15 分钟 and
    // r5 pass: 派工单 (r5 + r6) met; m7 and m8 不适用 ⇒ 17 criteria − 2 不适用 = 15, 15 − 2 failed = 13 ⇒ 13/15 × 100 = 86.6667
    const a: FillPerson = { header: { name: '阳光花园管理处', period: '2026-03' }, values: all({ s2: '不符合', r2: '25%', r3: '100%', r6: '15分钟', m7: '不适用', m8: '不适用' }) };
    // r4 缺失 → 业主回访记录 不符合 (r2 35 % passes) ⇒ 16/17 × 100 = 94.1176 → 优秀
    const b: FillPerson = { header: { name: '滨江一号管理处', period: '2026-03' }, values: all({ r4: '缺失', r2: '35%' }) };
    // m1 empty: every criterion must be answered (the reading error stops the item before its boxes are judged)
    const c: FillPerson = { header: { name: '锦绣园管理处' }, values: all({ m1: null, s1: '好' }) };
    // 业主回访记录 all 不适用 (no repairs, no complaints, nothing to analyse): 不适用; 派工单 r5 不符合 ⇒ 16 applicable, 15 met
    // ⇒ 15/16 × 100 = 93.75 → 优秀
    const d: FillPerson = { header: { name: '青年公寓管理处' }, values: all({ r2: '不适用', r3: '不适用', r4: '不适用', r5: '不符合' }) };
    // 投诉回访率 不适用 (no complaint this month), r2 40 %, r4 符合: 业主回访记录 met ⇒ 17/17 = 100
    const e: FillPerson = { header: { name: '海景管理处' }, values: all({ r2: '40%', r3: '不适用' }) };
    const r = await roundTrip('property-service-quality', [a, b, c, d, e]);
    const sun = byName(r, '阳光花园管理处');
    expect(sun.total).toBeCloseTo((13 / 15) * 100, 10);
    expect(sun.band).toBe('良好');
    // Each criterion not met is named: s2 answered 不符合 as the rate judged under its bar.
    expect(sun.items[0]!.explanation).toBe('13/15 项 × 100 = 86.6667(不适用 2 项:无因不满意处理结果引发的再次投诉、无向政府、媒体、总部的有效投诉及媒体曝光、集体群诉);不达标:验证改进措施及时有效、入户维修回访率≥30% 25%(≥ 30% 达标)');
    expect(byName(r, '滨江一号管理处').total).toBeCloseTo((16 / 17) * 100, 10);
    expect(byName(r, '滨江一号管理处').band).toBe('优秀');
    expect([byName(r, '青年公寓管理处').total, byName(r, '青年公寓管理处').band]).toEqual([93.75, '优秀']);
    expect(byName(r, '青年公寓管理处').items[0]!.explanation).toBe('15/16 项 × 100 = 93.75(不适用 1 项:业主回访记录(入户维修回访率≥30%,投诉回访率100%)并按月统计分析);不达标:报修有《派工单》并规范填写,急迫性报修20分钟内到达');
    expect([byName(r, '海景管理处').total, byName(r, '海景管理处').band]).toEqual([100, '优秀']);
    expect(r.problems.filter((p) => p.person === '锦绣园管理处' && p.severity === 'error').map((p) => p.code)).toEqual(['required']);
    expect(byName(r, '锦绣园管理处').status).toBe('error');
  });
});

describe('§6 「无」 under the two criteria said as an absence (the definition\'s unclear words)', () => {
  it('is an error at its cell, the 管理处 unscored (it was 不符合: 15/17 = 88.24 良好, exit 0); 符合 there gives 17/17 = 100', async () => {
    const unclear: FillPerson = { header: { name: '答无管理处' }, values: all({ m7: '无', m8: '没有' }) };
    const met: FillPerson = { header: { name: '全符合管理处' }, values: all({}) };
    for (const layout of ['roster', 'form'] as const) {
      const r = await roundTrip('property-service-quality', [unclear, met], { layout });
      expect([layout, byName(r, '答无管理处').status, byName(r, '全符合管理处').total]).toEqual([layout, 'error', 100]);
      expect(byName(r, '答无管理处').problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['unknown-choice', 'unknown-choice']);
    }
  });
});

describe('§6 急迫性报修 arrival times as exports write them', () => {
  it('「1200秒」 (20 min) and 「00:20:00」 pass; 「00:20:30」, 「20分30秒」, 「1小时」 fail — 17/17 = 100 and 16/17 = 94.12 (they were 「应为数字」)', async () => {
    const people: FillPerson[] = [['秒管理处', '1200秒'], ['钟表管理处', '00:20:00'], ['半分管理处', '00:20:30'], ['分秒管理处', '20分30秒'], ['小时管理处', '1小时']].map(([name, r6]) => ({ header: { name: name! }, values: all({ r6: r6! }) }));
    const r = await roundTrip('property-service-quality', people);
    // ≤ 20 分钟 passes: 1200 s = 20 min; 20 min 30 s = 20.5 > 20 fails 派工单 (r5 + r6): 16 of 17.
    expect(r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100])).toEqual([['秒管理处', 100], ['钟表管理处', 100], ['半分管理处', 94.12], ['分秒管理处', 94.12], ['小时管理处', 94.12]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§6 急迫性报修 typed into a time cell', () => {
  it('Excel\'s 0:15:00 (shown 「00:15」, its seconds 0) is 15 minutes: 17/17 = 100; 0:25:00 fails: 16/17 = 94.12 (both were refused)', async () => {
    const at = (minutes: number) => new Date(Date.UTC(1899, 11, 30, 0, minutes, 0));
    const setTimes = (wb: import('exceljs').Workbook) => {
      const ws = wb.worksheets.find((w) => w.state === 'visible')!;
      let col = 0;
      ws.getRow(1).eachCell((cell, c) => { if (String(cell.value ?? '').includes('急迫性报修')) col = c; });
      expect(col).toBeGreaterThan(0);
      for (const [row, minutes] of [[2, 15], [3, 25]] as const) {
        const cell = ws.getCell(row, col);
        cell.value = at(minutes);
        cell.numFmt = 'h:mm:ss';
      }
    };
    const people: FillPerson[] = [{ header: { name: '一刻管理处' }, values: all({}) }, { header: { name: '二十五分管理处' }, values: all({}) }];
    const r = await roundTrip('property-service-quality', people, { edit: setTimes });
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['一刻管理处', 100], ['二十五分管理处', 94.12]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
