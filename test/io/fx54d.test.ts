// A hand-typed 得分 beside a blank count on a person's sheet (round 54): §25 property-cs-staff and §17 probation. Typed as
// text (「1.5」, 「1.5分」, 「扣0.5分」, 「-0.5」), or beside another input holding 0, it was a warning only and the blank
// scored in full. Fixtures: test/fixtures/fx54d/ (cases.py writes them from `kpi template` bases).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx54d', f);
const errors = (r: GradeReport) => r.problems.filter((p) => p.severity === 'error');
const notInfo = (r: GradeReport) => r.problems.filter((p) => p.severity !== 'info');

// §25 张三 in cases.py: the 0–N items 2+1+1+2+2+2+2+2+2+2+2+1+1+1+2+1+1.5 = 27.5, 仪容仪表 2 (0 不达标), 处理咨询 2+2 (0, 0),
// 判断相关责任人 4 (是, 是), 协调相关部门 5 (0, 0): 40.5 / 45 × 100 = 90.00 优秀 when every count is typed.
describe('§25 仪容仪表: points or a deduction typed as text in G26, 不达标项数 F26 blank', () => {
  it.each([
    ['pcs-text15.xlsx', '1.5', '得分'],
    ['pcs-fen15.xlsx', '1.5分', '得分'],
    ['pcs-kou05.xlsx', '扣0.5分', '扣分'],
    ['pcs-neg05.xlsx', '-0.5', '扣分'],
  ])('%s: 「%s」 refused at G26 as the number 1.5 is (was 90.00 优秀, a warning)', async (file, typed, figure) => {
    // Meant: one lapse, 2 − 0.5 = 1.5 → 40.0 / 45 × 100 = 88.89 良好; scored from the blank (2): 90.00 优秀 at exit 0.
    const r = await gradedReport(at(file));
    expect(r.people[0]).toMatchObject({ name: '张三', status: 'error' });
    const e = errors(r);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ code: 'unknown-column', sheet: '考核表', cell: 'G26', person: '张三' });
    expect(e[0]!.message).toContain(`「${typed}」填在了「得分」列`);
    expect(e[0]!.message).toContain(`像是「仪容仪表、语气语调、接听电话」这一项的${figure}`);
    expect(e[0]!.message).toContain('请在「填写」列填次数');
    expect(r.problems.some((p) => p.message.includes('手填的'))).toBe(false);
  });

  it('text 「2」 beside the blank (its 2 points, or 2 lapses?) stays refused as a misplaced answer, as before', async () => {
    const r = await gradedReport(at('pcs-text2.xlsx'));
    expect(r.people[0]!.status).toBe('error');
    expect(errors(r).map((p) => [p.cell, p.message.includes('应填在「填写」列')])).toEqual([['G26', true]]);
  });

  it('F26 = 1 typed, G26 「1」: the hand-total warning as before, 1.5 counted → 88.89 良好', async () => {
    // 2 − 1 × 0.5 = 1.5 (not the 1 typed): 40.5 − 0.5 = 40.0 / 45 × 100 = 88.89 良好.
    const r = await gradedReport(at('pcs-filled.xlsx'));
    expect(r.people[0]).toMatchObject({ name: '张三', status: 'scored', band: '良好' });
    expect(r.people[0]!.total).toBeCloseTo(88.89, 2);
    expect(notInfo(r).map((p) => [p.severity, p.cell])).toEqual([['warning', 'G26']]);
    expect(notInfo(r)[0]!.message).toContain('手填的「仪容仪表、语气语调、接听电话·得分」为「1」,按规则算出的是「1.5」');
  });
});

describe('§25 协调相关部门处理投诉: 得分 G39 beside a blank 不能较好协调 F39 and a typed 造成服务投诉 F40', () => {
  it('F40 = 0, G39 = 3: refused at G39 as with both blank (was 90.00 优秀, a warning)', async () => {
    // Meant: 3 = 5 − 2 × 1, one 不能较好协调 → 38.5 / 45 × 100 = 85.56 良好. The 0 in F40 does not make F39 0.
    const r = await gradedReport(at('pcs-coord3.xlsx'));
    expect(r.people[0]!.status).toBe('error');
    const e = errors(r);
    expect(e.map((p) => [p.code, p.cell])).toEqual([['unknown-column', 'G39']]);
    expect(e[0]!.message).toContain('像是「协调相关部门处理投诉」这一项的得分');
    expect(e[0]!.message).toContain('「不能较好协调内部相关部门」、「造成服务投诉或扩大影响」');
  });

  it('F40 = 1, G39 = 2: what the typed count gives (5 − 3 = 2), scored silently → 83.33 良好', async () => {
    // 40.5 − 3 = 37.5 / 45 × 100 = 83.33 良好.
    const r = await gradedReport(at('pcs-coord2.xlsx'));
    expect(r.people[0]).toMatchObject({ name: '张三', status: 'scored', band: '良好' });
    expect(r.people[0]!.total).toBeCloseTo(83.33, 2);
    expect(notInfo(r)).toEqual([]);
  });
});

// §17 张三: 专业知识 20 + 服务态度 25 + 团队合作 20 + 问题解决 20 = 85, plus 准时出勤 (10 for none, 8 for one lapse).
describe('§17 准时出勤: G7 typed beside a blank 迟到/早退/缺勤次数', () => {
  it.each([
    ['probation-kou2.xlsx', '扣2分'],
    ['probation-neg2.xlsx', '-2'],
  ])('%s: 「%s」 refused at G7 as a deduction (was 95 优秀, a warning)', async (file, typed) => {
    // Meant: one lapse, 10 − 2 = 8 → 85 + 8 = 93 优秀; scored from the blank: 85 + 10 = 95 at exit 0.
    const r = await gradedReport(at(file));
    expect(r.people[0]!.status).toBe('error');
    const e = errors(r);
    expect(e.map((p) => [p.code, p.cell])).toEqual([['unknown-column', 'G7']]);
    expect(e[0]!.message).toContain(`「${typed}」填在了「得分」列`);
    expect(e[0]!.message).toContain('像是「准时出勤」这一项的扣分');
  });

  it('the number 10 (what the blank scores) stays silent: 85 + 10 = 95 优秀', async () => {
    const r = await gradedReport(at('probation-num10.xlsx'));
    expect(r.people[0]).toMatchObject({ name: '张三', status: 'scored', total: 95, band: '优秀' });
    expect(notInfo(r)).toEqual([]);
  });

  it('text 「10」 stays refused as a misplaced answer, as before', async () => {
    const r = await gradedReport(at('probation-text10.xlsx'));
    expect(errors(r).map((p) => [p.cell, p.message.includes('应填在「填写」列')])).toEqual([['G7', true]]);
  });
});
