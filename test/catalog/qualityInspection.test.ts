// CATALOG §20 quality-inspection: a site; counts against 「N处以上不规范为不达标」, 缺失 / 无记录 fail.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const zeros = Object.fromEntries(Array.from({ length: 21 }, (_, k) => [`C${k + 1}`, 0 as number | string]));

describe('§20 quality-inspection', () => {
  it('18 of 21 checks 达标 → 85.7143 → 良好; all clean → 100; an empty check is an error', async () => {
    // 仪容仪表 2 < 3 passes; 投诉记录 (C16) 2 ≥ 2 fails; 催缴会议纪要 (C20) 无记录 fails; 培训记录 (C7) 缺失 fails ⇒ 18/21 × 100
    const a: FillPerson = { header: { name: '阳光花园管理处', period: '2026-03', inspector: '品质部 周工' }, values: { ...zeros, C1: 2, C16: 2, C20: '无记录', C7: '缺失' } };
    const b: FillPerson = { header: { name: '滨江一号管理处', period: '2026-03' }, values: { ...zeros } };
    const c: FillPerson = { header: { name: '锦绣园管理处', period: '2026-03' }, values: { ...zeros, C3: null, C5: '好' } };
    const r = await roundTrip('quality-inspection', [a, b, c]);
    const sun = byName(r, '阳光花园管理处');
    expect(sun.points).toBe(18);
    expect(sun.total).toBeCloseTo((18 / 21) * 100, 10);
    expect(sun.band).toBe('良好');
    expect(sun.items.find((i) => i.id === 'C16')!.explanation).toBe('0/1 项 × 1 = 0;不达标:不规范处数 2 处(2 处以上不规范为不达标)');
    expect([byName(r, '滨江一号管理处').total, byName(r, '滨江一号管理处').band]).toEqual([100, '优秀']);
    expect(r.problems.filter((p) => p.person === '锦绣园管理处' && p.severity === 'error').map((p) => p.code).sort()).toEqual(['required', 'unknown-choice']);
    // 明细 names the subject 项目 and its checks 考核项 (two columns were headed 项目).
    const { readWorkbook, sheetRows } = await import('../helpers.js');
    expect(sheetRows(await readWorkbook(r.output!), '明细')[0]).toEqual(['工号', '项目', '考核项', '得分', '满分', '说明']);
  });

  it('「无」 or 「-」 under a record check (催缴记录: 无记录为不达标) is an error; under a check of irregularities it is 0 处', async () => {
    // C1 仪容仪表 「无」 = no irregularity: passes. C19 催缴记录 「无」, C21 装修办理记录 「-」: no record (不达标) or nothing
    // wrong (达标)? The score would be 21/21 = 100 or 19/21 = 90.48 — not for kpi to choose (it was 100 at exit 0).
    const a: FillPerson = { header: { name: '阳光花园管理处', period: '2026-03' }, values: { ...zeros, C1: '无', C19: '无', C21: '-' } };
    const b: FillPerson = { header: { name: '滨江一号管理处', period: '2026-03' }, values: { ...zeros, C1: '没有', C2: '-' } };
    const r = await roundTrip('quality-inspection', [a, b]);
    expect(byName(r, '阳光花园管理处').status).toBe('error');
    expect(r.problems.filter((p) => p.person === '阳光花园管理处').map((p) => [p.code, p.item, p.message.replace(/^.*?「/, '「')])).toEqual([
      ['unknown-choice', '催缴记录', '「催缴记录」应填不规范处数(没有不规范填 0)或「无记录」/「缺失」,只写「无」或「-」分不清是哪一种,实际为「无」'],
      ['unknown-choice', '装修办理记录', '「装修办理记录」应填不规范处数(没有不规范填 0)或「无记录」/「缺失」,只写「无」或「-」分不清是哪一种,实际为「-」'],
    ]);
    // 仪容仪表 「没有」 and 服务礼仪 「-」: none found, both 达标 → 21/21 = 100.
    expect([byName(r, '滨江一号管理处').status, byName(r, '滨江一号管理处').total]).toEqual(['scored', 100]);
    // 「无不规范」「均规范」 under a record check say which: the record is there, none found — 达标 (it was the same error).
    const c: FillPerson = { header: { name: '锦绣园管理处', period: '2026-03' }, values: { ...zeros, C19: '无不规范', C21: '均规范' } };
    const clear = await roundTrip('quality-inspection', [c]);
    // All 21 checks met: 21/21 × 100 = 100.
    expect([byName(clear, '锦绣园管理处').status, byName(clear, '锦绣园管理处').total]).toEqual(['scored', 100]);
  });
});
