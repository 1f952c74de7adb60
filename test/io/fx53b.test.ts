// A person's sheet kept twice (§9 cs-competency, one sheet per person): 「备份」 holding every value of 「李四 3月」 was
// 「工号「1002」重复…本条不计分」, 李四 listed twice (75.56 良好 and unscored) at exit 1. An identical copy is set aside and
// said; a copy differing anywhere (c06-backup: the copy's 主管评 优秀, 客户评 blank) is the user's call, the error as before.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gradedReport } from '../helpers.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/fx53b');
const at = (f: string) => path.join(dir, f);

// 李四: 主管评 良好 (80), 客户评 一般 (60) on each of the five items, no 同事评: its 10 % spread over 主管 70 and 客户 20,
// item = 80 × 70/90 + 60 × 20/90 = (5600 + 1200) / 90 = 75.5556; 绩效总结 = mean of five equal items = 75.5556 → 良好 (≥ 75).
const LI_SI = 6800 / 90;

const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.id, p.name, p.status]);
const copyNotes = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'sheet-copy');

describe('a person\'s sheet kept as a backup copy', () => {
  it('c06b: 「备份」 identical to 「李四 3月」 — 李四 once, 75.56 良好, an info at the copy, no error', async () => {
    const r = await gradedReport(at('c06b-backup-same.xlsx'), { form: 'cs-competency' });
    expect(people(r)).toEqual([['1001', '张三', 'scored'], ['1002', '李四', 'scored'], ['1003', '王五', 'scored']]);
    const li = r.people.find((p) => p.name === '李四')!;
    expect(li.total).toBeCloseTo(LI_SI, 10);
    expect(li.band).toBe('良好');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const [note] = copyNotes(r);
    expect(copyNotes(r)).toHaveLength(1);
    expect(note).toMatchObject({ severity: 'info', sheet: '备份', cell: 'I2', person: '李四' });
    expect(note!.message).toContain('工作表「备份」与「李四 3月」(工号「1002」)填写的内容完全相同');
    // The copy's own 「同事评无人评分」 note is not said twice.
    expect(r.problems.filter((p) => p.code === 'rater-spread' && p.sheet === '备份')).toEqual([]);
  });

  it('the copy before the original (「李四 (2)」 ahead of 「李四 3月」): 「李四 3月」 is scored, the copy set aside', async () => {
    const r = await gradedReport(at('copy-first.xlsx'), { form: 'cs-competency' });
    expect(people(r)).toEqual([['1001', '张三', 'scored'], ['1002', '李四', 'scored'], ['1003', '王五', 'scored']]);
    const li = r.people.find((p) => p.name === '李四')!;
    expect(li.total).toBeCloseTo(LI_SI, 10);
    expect(li.problems.every((p) => p.sheet === '李四 3月')).toBe(true);
    expect(copyNotes(r).map((p) => [p.sheet, (p.params as { of: string }).of])).toEqual([['李四 (2)', '李四 3月']]);
  });

  it('c06: the copy differs (优秀 for 良好, 客户评 blank) — today\'s error on both, neither scored', async () => {
    const r = await gradedReport(at('c06-backup.xlsx'), { form: 'cs-competency' });
    expect(people(r).filter((p) => p[1] === '李四')).toEqual([['1002', '李四', 'error'], ['1002', '李四', 'error']]);
    expect(r.problems.filter((p) => p.code === 'duplicate-person').map((p) => p.sheet)).toEqual(['李四 3月', '李四(备份)']);
    expect(copyNotes(r)).toEqual([]);
  });

  it('one header value differs (考核月份 2026-02 on the copy): not a copy, the duplicate error stays', async () => {
    const r = await gradedReport(at('month.xlsx'), { form: 'cs-competency' });
    // (Both copies are said since the duplicate names the other month's sheet at each — review 53.)
    expect(r.problems.filter((p) => p.code === 'duplicate-person').map((p) => p.sheet)).toEqual(['李四 3月', '备份']);
    expect(copyNotes(r)).toEqual([]);
  });

  it('namesakes: another 李四 (工号 1004) rated alike is a second person, both 75.56 良好', async () => {
    const r = await gradedReport(at('other-id.xlsx'), { form: 'cs-competency' });
    const li = r.people.filter((p) => p.name === '李四');
    expect(li.map((p) => [p.id, p.status, p.band])).toEqual([['1002', 'scored', '良好'], ['1004', 'scored', '良好']]);
    for (const p of li) expect(p.total).toBeCloseTo(LI_SI, 10);
    expect(copyNotes(r)).toEqual([]);
  });

  it('namesakes: no 工号, 部门 客服部 and 客服二部 — the namesakes error as before, no copy note', async () => {
    const r = await gradedReport(at('no-id-dept.xlsx'), { form: 'cs-competency' });
    const dup = r.problems.filter((p) => p.code === 'duplicate-person');
    expect(dup.map((p) => p.sheet)).toEqual(['备份']);
    expect(dup[0]!.message).toContain('两处的部门不同(客服部、客服二部)');
    expect(copyNotes(r)).toEqual([]);
  });
});
