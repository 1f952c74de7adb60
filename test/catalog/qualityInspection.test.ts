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

  it('「无」 or 「-」 under a record check (催缴记录: 无记录为不达标) is an error; 「无」 under a check of irregularities is 0 处', async () => {
    // C1 仪容仪表 「无」 = no irregularity: passes. C19 催缴记录 「无」, C21 装修办理记录 「-」: no record (不达标) or nothing
    // wrong (达标)? The score would be 21/21 = 100 or 19/21 = 90.48 — not for kpi to choose (it was 100 at exit 0).
    const a: FillPerson = { header: { name: '阳光花园管理处', period: '2026-03' }, values: { ...zeros, C1: '无', C19: '无', C21: '-' } };
    const b: FillPerson = { header: { name: '滨江一号管理处', period: '2026-03' }, values: { ...zeros, C1: '没有', C2: '无' } };
    const r = await roundTrip('quality-inspection', [a, b]);
    expect(byName(r, '阳光花园管理处').status).toBe('error');
    expect(r.problems.filter((p) => p.person === '阳光花园管理处').map((p) => [p.code, p.item, p.message.replace(/^.*?「/, '「')])).toEqual([
      ['unknown-choice', '催缴记录', '「催缴记录」应填不规范处数(没有不规范填 0)或「无记录」/「缺失」,只写「无」或「-」分不清是哪一种,实际为「无」'],
      ['unknown-choice', '装修办理记录', '「装修办理记录」应填不规范处数(没有不规范填 0)或「无记录」/「缺失」,只写「无」或「-」分不清是哪一种,实际为「-」'],
    ]);
    // 仪容仪表 「没有」 and 服务礼仪 「无」: none found, both 达标 → 21/21 = 100.
    expect([byName(r, '滨江一号管理处').status, byName(r, '滨江一号管理处').total]).toEqual(['scored', 100]);
    // 「无不规范」「均规范」 under a record check say which: the record is there, none found — 达标 (it was the same error).
    const c: FillPerson = { header: { name: '锦绣园管理处', period: '2026-03' }, values: { ...zeros, C19: '无不规范', C21: '均规范' } };
    const clear = await roundTrip('quality-inspection', [c]);
    // All 21 checks met: 21/21 × 100 = 100.
    expect([byName(clear, '锦绣园管理处').status, byName(clear, '锦绣园管理处').total]).toEqual(['scored', 100]);
  });

  it('「/」「—」 in a check is refused as 不适用 is (it passed silently: 19/21 = 90.48 优秀 for 17/19 = 89.47 良好 as not applicable)', async () => {
    // C13 出租装修入住录入 and C15 客户资料更新 「/」 (阳光花园) or 「—」 (滨江一号), C1 and C2 3 处 ≥ 3 fail: read as 达标 it
    // was (21 − 2) / 21 × 100 = 90.48 优秀 at exit 0. Neither is scored; 锦绣园 with 0 in both: 19/21 × 100 = 90.48 优秀.
    const fails = { C1: 3, C2: 3 };
    const a: FillPerson = { header: { name: '阳光花园管理处', period: '2026-03' }, values: { ...zeros, ...fails, C13: '/', C15: '/' } };
    const b: FillPerson = { header: { name: '滨江一号管理处', period: '2026-03' }, values: { ...zeros, ...fails, C13: '—', C15: '—' } };
    const c: FillPerson = { header: { name: '锦绣园管理处', period: '2026-03' }, values: { ...zeros, ...fails } };
    const r = await roundTrip('quality-inspection', [a, b, c]);
    for (const [name, dash] of [['阳光花园管理处', '/'], ['滨江一号管理处', '—']] as const) {
      expect(byName(r, name).status, name).toBe('error');
      expect(r.problems.filter((p) => p.person === name && p.severity === 'error').map((p) => [p.code, p.item, p.message.replace(/^.*?「/, '「')])).toEqual([
        ['not-applicable', '出租装修入住录入', `「出租装修入住录入」此项不允许填「不适用」,实际为「${dash}」(没有不规范请填 0)`],
        ['not-applicable', '客户资料更新', `「客户资料更新」此项不允许填「不适用」,实际为「${dash}」(没有不规范请填 0)`],
      ]);
    }
    expect([byName(r, '锦绣园管理处').status, byName(r, '锦绣园管理处').total]).toEqual(['scored', (19 / 21) * 100]);
  });

  it('达标 / 合格 / √ typed for a count meet the check, 不达标 / × fail it; other words one message (§20 王五)', async () => {
    // C2 达标, C3 合格, C4 √ meet; C5 不达标, C6 ×, C7 缺失, C19 无记录 fail: (21 − 4) / 21 × 100 = 80.95 良好 (they were
    // refused as unknown-choice, in two wordings).
    const a: FillPerson = { header: { name: '阳光花园管理处', period: '2026-03' }, values: { ...zeros, C1: '2处', C2: '达标', C3: '合格', C4: '√', C5: '不达标', C6: '×', C7: '缺失', C19: '无记录' } };
    // 是 and 好 say no count and no verdict: refused, one wording for both.
    const b: FillPerson = { header: { name: '滨江一号管理处', period: '2026-03' }, values: { ...zeros, C2: '是', C3: '好' } };
    const r = await roundTrip('quality-inspection', [a, b]);
    const sun = byName(r, '阳光花园管理处');
    expect([sun.status, sun.points, sun.band]).toEqual(['scored', 17, '良好']);
    expect(sun.total).toBeCloseTo((17 / 21) * 100, 10);
    expect(r.problems.filter((p) => p.person === '滨江一号管理处' && p.severity === 'error').map((p) => [p.code, p.message.replace(/^.*?」/, '')])).toEqual([
      ['unknown-choice', '不规范处数应为 0 或正整数,或填达标 / 不达标、缺失 / 无记录,实际为「是」'],
      ['unknown-choice', '不规范处数应为 0 或正整数,或填达标 / 不达标、缺失 / 无记录,实际为「好」'],
    ]);
  });
});
