// §15 an interviewer twice among the copies combined: HR's plain table (面试官王经理 | 面试官李主管, signed 「王经理、李主管」)
// beside 李主管's own --rater copy filled alike and 孙总's. 李主管 was averaged as two interviewers at exit 0: 陈晨, 刘洋, 赵敏
// each 2.63 一般 / 后备 for 2.84 良好 / 推荐. Fixtures: test/fixtures/fx56k/ (make.py says how each was made).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, repoRoot } from '../helpers.js';

const copies = (folder: string) => ['HR初试汇总.xlsx', '面试-李主管.xlsx', '面试-孙总.xlsx'].map((f) => path.join(repoRoot, 'test/fixtures/fx56k', folder, f));
type Report = Awaited<ReturnType<typeof combinedReport>>;
const person = (r: Report, name: string) => r.people.find((p) => p.name === name)!;
const said = (r: Report) => r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => ({ person: p.person, severity: p.severity, message: p.message }));

// 陈晨 (刘洋 and 赵敏 alike): 王经理 优秀 ×4, 良好 ×11 = 16 + 33 = 49 → 49/15 = 3.267; 李主管 一般 ×15 = 2.00; 孙总 the same as
// 王经理, 3.267. Once each: (49 + 30 + 49) / 45 = 2.844 → 2.84 良好 (≥ 2.75), 推荐. 李主管 twice: (49 + 30 + 30 + 49) / 60 = 2.63.
describe('§15 an interviewer in HR\'s table and in his own copy', () => {
  it('a column headed 面试官李主管 filled as his own copy is one interviewer: 2.84 良好 / 推荐, a warning each', async () => {
    const r = await combinedReport(copies('named'), { output: null });
    for (const name of ['陈晨', '刘洋', '赵敏']) {
      expect(person(r, name).total).toBeCloseTo(2.84, 2);
      expect(person(r, name).band).toBe('良好');
    }
    expect(said(r)[0]).toEqual({
      person: '陈晨',
      severity: 'warning',
      message: '面试-李主管.xlsx 陈晨!B37:陈晨的这一份是「面试官」李主管自己填的,HR初试汇总.xlsx 陈晨!B2 的「面试官李主管」一栏与它逐项相同,是同一位面试官:只计一次(不算两位面试官);如果确实是两位,请在各栏写明是谁',
    });
    expect(said(r)).toHaveLength(3);
  });

  it('filled otherwise (李主管 良好 ×15 in his copy for 陈晨): an error, 陈晨 not scored; 刘洋 2.84 as above', async () => {
    const r = await combinedReport(copies('named-differ'), { output: null });
    expect(person(r, '陈晨').status).toBe('error');
    expect(person(r, '刘洋').total).toBeCloseTo(2.84, 2);
    expect(said(r).filter((p) => p.severity === 'error')).toEqual([
      { person: '陈晨', severity: 'error', message: '面试-李主管.xlsx 陈晨!B37:陈晨的这一份是「面试官」李主管自己填的,HR初试汇总.xlsx 陈晨!B2 的「面试官李主管」一栏也是李主管评的,两处评分不同,分不清哪一份算数(陈晨不评分);请去掉其中一处后重新评分' },
    ]);
  });

  it('columns 面试官1 | 面试官2 signed 「王经理、李主管」: the one column alike his copy is his, said with the signature; 2.84', async () => {
    const r = await combinedReport(copies('numbered'), { output: null });
    expect(person(r, '赵敏').total).toBeCloseTo(2.84, 2);
    expect(said(r)[0]!.message).toContain('HR初试汇总.xlsx 陈晨!B2 的「面试官2」一栏(签名「王经理、李主管」里有李主管)与它逐项相同');
  });

  it('numbered, none alike his copy: which column is his cannot be told — an error for 陈晨', async () => {
    const r = await combinedReport(copies('numbered-differ'), { output: null });
    expect(person(r, '陈晨').status).toBe('error');
    expect(said(r).find((p) => p.severity === 'error')!.message).toContain('签名「王经理、李主管」里也有李主管:表里的「面试官1」「面试官2」看不出哪一栏是李主管的');
  });

  it('numbered, signed 「王经理、张经理」 (no 李主管): two interviewers who agree, averaged as before — 2.63 一般, nothing said', async () => {
    const r = await combinedReport(copies('numbered-unsigned'), { output: null });
    // (49 + 30 + 30 + 49) / 60 = 2.633 → 2.63 一般 / 后备.
    expect(person(r, '陈晨').total).toBeCloseTo(2.63, 2);
    expect(person(r, '陈晨').band).toBe('一般');
    expect(said(r)).toEqual([]);
  });
});
