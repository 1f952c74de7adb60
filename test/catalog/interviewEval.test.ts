// CATALOG §15 interview-eval: several interviewers averaged, the form's own figure (a 1–4 mean), two scales, a typed 建议.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const NAMES = ['较差', '一般', '良好', '优秀'];
const rate = (slot: number, levels: number[]) => Object.fromEntries(levels.map((lv, k) => [`Q${k + 1}@interviewer#${slot}`, NAMES[lv - 1]!]));
const fifteen = (base: number, overrides: Record<number, number> = {}) => Array.from({ length: 15 }, (_, k) => overrides[k + 1] ?? base);

// Interviewer 1: all 良好 but Q1, Q2 优秀; interviewer 2: all 良好 but Q15 一般.
// Q1 (4+3)/2 = 3.5, Q2 3.5, Q3–Q14 3, Q15 (3+2)/2 = 2.5 ⇒ (3.5 + 3.5 + 12 × 3 + 2.5)/15 = 45.5/15 = 3.0333 → 良好, 推荐;
// 100-point figure 3.0333/4 × 100 = 75.8333. The 建议 ticked by hand is 强烈推荐: kept, reported.
const chen: FillPerson = {
  header: { name: '陈晨', gender: '女', age: '24', education: '大专', position: '客服专员', advice: '强烈推荐' },
  values: { ...rate(1, fifteen(3, { 1: 4, 2: 4 })), ...rate(2, fifteen(3, { 15: 2 })) },
};
// One interviewer: twelve 优秀 and three 良好 ⇒ (12 × 4 + 3 × 3)/15 = 57/15 = 3.8 → 优秀, 强烈推荐
const lin: FillPerson = { header: { name: '林可', advice: '强烈推荐' }, values: rate(1, fifteen(4, { 4: 3, 9: 3, 13: 3 })) };
// Twelve 一般 and three 较差 ⇒ (24 + 3)/15 = 1.8 → 较差, 不予以考虑
const fang: FillPerson = { header: { name: '方舟' }, values: rate(1, fifteen(2, { 1: 1, 2: 1, 3: 1 })) };
// 很好 is not a level: an error
const bad: FillPerson = { header: { name: '白露' }, values: { ...rate(1, fifteen(3)), 'Q7@interviewer#1': '很好' } };

describe('§15 interview-eval', () => {
  it('mean of the interviewers, 综合评价 and 建议 on the mean; a typed 建议 that differs is kept', async () => {
    const r = await roundTrip('interview-eval', [chen, lin, fang, bad]);
    const c = byName(r, '陈晨');
    expect(c.total).toBeCloseTo(45.5 / 15, 10);
    expect(c.outOf).toBe(4);
    expect(c.total100).toBeCloseTo((45.5 / 15 / 4) * 100, 10);
    expect(c.band).toBe('良好');
    expect(c.grades!.map((g) => [g.label, g.value, g.computed, g.typed])).toEqual([['建议', '强烈推荐', '推荐', '强烈推荐']]);
    expect(r.problems.filter((p) => p.code === 'override').map((p) => p.person)).toEqual(['陈晨']);
    expect(c.items[0]!.explanation).toBe('面试官(2人):4、3,平均 3.5');
    const l = byName(r, '林可');
    expect([l.total, l.band, l.grades![0]!.value]).toEqual([3.8, '优秀', '强烈推荐']);
    const f = byName(r, '方舟');
    expect([f.total, f.band, f.grades![0]!.value]).toEqual([1.8, '较差', '不予以考虑']);
    expect(byName(r, '白露').status).toBe('error');
    // Unscored, still on the form's own scale of 4 (--json said outOf 100 for a candidate with no total).
    expect(byName(r, '白露').outOf).toBe(4);
  });
});

// 陈晨's two interviewers as above (3.0333), and a third who rated 较差 (1) everywhere.
const third: FillPerson = { ...chen, values: { ...chen.values, ...rate(3, fifteen(1)) } };
/** Retypes headings of the filled sheet (a roster's first row, a person's table heading) as a user would. */
const renameHeadings = (rename: (heading: string) => string) => (wb: import('exceljs').Workbook) => {
  const ws = wb.worksheets.find((w) => w.state === 'visible' && w.name !== '填写说明')!;
  ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && (c.value = rename(c.value)))));
};

describe('§15 an interviewer\'s column headed otherwise than the template', () => {
  const retitle = (from: string, to: string) => renameHeadings((h) => (h === from ? to : h));
  it('renamed to the interviewer\'s name (「王五」 for 面试官3): an error at its first answer, not dropped (4.0 优秀 at exit 0)', async () => {
    const r = await roundTrip('interview-eval', [third], { layout: 'form', edit: retitle('面试官3', '王五') });
    const c = byName(r, '陈晨');
    expect([c.status, c.total]).toEqual(['error', null]);
    expect(c.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringContaining('在没有认出的列「王五」里(像是「面试官3」)')]);
  });
  it('the first interviewer renamed 「HR」 (面试官1 beside 面试官2, 面试官3): an error, not dropped', async () => {
    // Dropped, 陈晨 was the mean of 面试官2 and 面试官3 alone: Q1 (3 + 1)/2 = 2 … every question 2 except Q15 (2 + 1)/2 = 1.5,
    // (14 × 2 + 1.5)/15 = 1.9667 → 较差 at exit 0 with no word; the three of them make 2.3556 → 一般.
    // (A name there, 「王五」, can't be told from a word of the team's such as 「任务」 or 「目标」 left of the raters: not read.)
    for (const heading of ['HR', 'PM']) {
      const r = await roundTrip('interview-eval', [third], { layout: 'form', edit: retitle('面试官1', heading) });
      const c = byName(r, '陈晨');
      expect([heading, c.status, c.total]).toEqual([heading, 'error', null]);
      expect(c.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringContaining(`在没有认出的列「${heading}」里(像是「面试官1」)`)]);
    }
  });
  it('one more named with who (「面试官王五」, 「外部面试官」) is a further interviewer, as 面试官3 is: 2.3556 → 一般', async () => {
    // Per question the mean of three: Q1 (4+3+1)/3 = 8/3, Q2 8/3, Q3–Q14 (3+3+1)/3 = 7/3, Q15 (3+2+1)/3 = 2;
    // total (8/3 × 2 + 7/3 × 12 + 2)/15 = (16/3 + 28 + 2)/15 = (106/3)/15 = 2.3556 → 一般 (≥ 2), as with 面试官3.
    for (const heading of ['面试官王五', '外部面试官']) {
      const r = await roundTrip('interview-eval', [third], { layout: 'form', edit: retitle('面试官3', heading) });
      const c = byName(r, '陈晨');
      expect([heading, c.status, c.total]).toEqual([heading, 'scored', expect.closeTo(106 / 3 / 15, 10)]);
    }
  });
});

describe('§15 a roster whose interviewers are named with who (「第1题·面试官王五」, 「第1题·外部面试官」)', () => {
  it('reads them as further interviewers, as a person\'s sheet does: 2.3556 → 一般 (every person was an error)', async () => {
    const r = await roundTrip('interview-eval', [third], { edit: renameHeadings((h) => h.replace(/·面试官2$/, '·面试官王五').replace(/·面试官3$/, '·外部面试官')) });
    const c = byName(r, '陈晨');
    expect([c.status, c.total]).toEqual(['scored', expect.closeTo(106 / 3 / 15, 10)]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§15 a roster whose third interviewer\'s columns are headed with a name (「第1题·王五」)', () => {
  it('is an error at each heading naming 面试官3, not a note that they were ignored (4.0 优秀 at exit 0)', async () => {
    const r = await roundTrip('interview-eval', [third], { edit: renameHeadings((h) => h.replace(/·面试官3$/, '·王五')) });
    expect(byName(r, '陈晨').status).toBe('error');
    const said = r.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error' && p.message.includes('它像是「第1题·面试官3」'));
    expect(said).toHaveLength(1);
  });
  it('the first interviewer\'s columns headed 「第N题·HR」 beside 面试官2 and 面试官3: an error naming 面试官1 (1.9667 较差 at exit 0)', async () => {
    // Ignored, the mean of 面试官2 and 面试官3 alone was (14 × 2 + 1.5)/15 = 1.9667 → 较差, with a note only.
    const r = await roundTrip('interview-eval', [third], { edit: renameHeadings((h) => h.replace(/·面试官1$/, '·HR')) });
    expect(byName(r, '陈晨').status).toBe('error');
    const said = r.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error' && p.message.includes('它像是「第1题·面试官1」'));
    expect(said).toHaveLength(1);
  });
});

describe('§15 the 建议 line as printed, nothing ticked', () => {
  it('is nothing typed: 建议 is kpi\'s 推荐 (3.0333), no override said (it was a 建议 of 「□强烈推荐 □推荐 …」)', async () => {
    for (const advice of ['□强烈推荐 □推荐 □后备 □不予以考虑', '强烈推荐 推荐 后备 不予以考虑', '强烈推荐、推荐、后备']) {
      const blank: FillPerson = { ...chen, header: { ...chen.header, advice } };
      const r = await roundTrip('interview-eval', [blank]);
      const c = byName(r, '陈晨');
      expect([advice, c.grades!.map((g) => [g.value, g.computed])]).toEqual([advice, [['推荐', '推荐']]]);
      expect(r.problems.filter((p) => p.code === 'override')).toEqual([]);
    }
  });
});

describe('§15 an interviewer\'s column copied (「面试官1」 twice, the copy answered otherwise)', () => {
  it('is one interviewer given two answers: an error, not two interviewers averaged ((3 + 4)/2 = 3.5 优秀 at exit 0)', async () => {
    for (const layout of ['form', 'roster'] as const) {
      const one: FillPerson = { ...chen, values: { ...rate(1, fifteen(3)), ...rate(2, fifteen(4)) } };
      const r = await roundTrip('interview-eval', [one], { layout, edit: renameHeadings((h) => h.replace(/面试官2$/, '面试官1')) });
      expect([layout, byName(r, '陈晨').status]).toEqual([layout, 'error']);
      expect(r.problems.some((p) => p.code === 'duplicate-entry' && p.severity === 'error')).toBe(true);
    }
  });
});

describe('§15 candidates interviewed on different days of one month', () => {
  it('汇总 names the month they share (2026-03), not the first candidate\'s day', async () => {
    const { periodOf } = await import('../../src/io/graded/workbook.js');
    const { form } = await import('../helpers.js');
    const f = await form('interview-eval');
    const field = f.header.find((h) => h.role === 'period')!.id;
    const at = (day: string) => ({ header: { [field]: day } }) as unknown as import('../../src/model/result.js').PersonResult;
    expect(periodOf(f, [at('2026-03-10'), at('2026-03-12'), at('2026-03-12')])).toBe('2026-03');
    // All on one day: that day, as typed.
    expect(periodOf(f, [at('2026-03-10'), at('2026-03-10')])).toBe('2026-03-10');
  });
  it('a 考核月份 typed as a date (a date cell formatted 「2026年3月」) names the month, not 2026-03-01', async () => {
    const { periodOf } = await import('../../src/io/graded/workbook.js');
    const { form } = await import('../helpers.js');
    const f = await form('mattress-cs-monthly');
    const field = f.header.find((h) => h.role === 'period')!.id;
    const at = (day: string) => ({ header: { [field]: day } }) as unknown as import('../../src/model/result.js').PersonResult;
    expect(periodOf(f, [at('2026-03-01'), at('2026-03-01')])).toBe('2026-03');
    // A month as typed stays as typed.
    expect(periodOf(f, [at('2026年3月'), at('2026年3月')])).toBe('2026年3月');
  });
});

describe('§15 汇总 titles the 面试日期 as such', () => {
  it('candidates all seen on one day: 「面试日期:2026-03-10」, never a day called 考核月份; days of one month: 考核月份 2026-03', async () => {
    const { readWorkbook } = await import('../helpers.js');
    const on = (p: FillPerson, day: string): FillPerson => ({ ...p, header: { ...p.header, period: day } });
    const titled = async (days: string[]) => {
      const r = await roundTrip('interview-eval', [on(lin, days[0]!), on(fang, days[1]!)]);
      return String((await readWorkbook(r.output!)).getWorksheet('汇总')!.getCell('A2').value).split('  ·  ')[0];
    };
    expect(await titled(['2026-03-10', '2026-03-10'])).toBe('面试日期:2026-03-10');
    expect(await titled(['2026-03-10', '2026-03-12'])).toBe('考核月份:2026-03');
  });
});

// The team's own column left of the raters' on a person's sheet (「目标」 holding each item's target, 「关键事件」 notes):
// not a rater's column renamed, as 「HR」 or 「王五」 there is (made by openpyxl from kpi's templates, a review's cases).
describe('a team\'s own short-headed column left of the raters on a person\'s sheet', () => {
  it('「目标」 (§1, §4) and 「关键事件」 (§4 without 间接主管) are read past: the scores as without them', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const path = await import('node:path');
    const { repoRoot } = await import('../helpers.js');
    const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/team-columns', f);
    const totals = async (f: string) => {
      const r = await gradeFile(at(f), { output: null });
      if (!r.ok) throw new Error(r.failure.message);
      return r.report.people.map((p) => [p.name, p.total]);
    };
    // §1's worked example 81.25 × 0.85 + 70 × 0.15 = 79.5625; 吴婷 100; 郑浩 72.75.
    expect(await totals('after-sales-target.xlsx')).toEqual([['周杰', 79.5625], ['吴婷', 100], ['郑浩', 72.75]]);
    // §4 (the sample's people): 92.2, 107, 85, with or without the 间接主管 column.
    for (const f of ['dept-target.xlsx', 'dept-key-events.xlsx']) expect(await totals(f)).toEqual([['王芳', 92.2], ['李强', 107], ['张敏', 85]]);
  });
});

// One sheet, one row per interviewer of each candidate, 面试评价人 naming who (a team's shared sheet, or kpi's roster
// filled in turn): every candidate was refused as 「姓名重复」.
describe('§15 rows of one candidate, one per interviewer, in one sheet', () => {
  it('「面试官王五」「面试官李四」「面试官张三」 are three interviewers: the mean of the three, as three files give', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { gradeFile } = await import('../../src/io/grade.js');
    const { tempDir } = await import('../helpers.js');
    const q = Array.from({ length: 15 }, (_, k) => `第${k + 1}题`);
    const row = (who: string, level: string) => ['陈晨', '客服', who, ...q.map(() => level)].join(',');
    const file = path.join(tempDir(), 'rows.csv');
    writeFileSync(file, [['姓名', '应聘岗位', '面试评价人', ...q].join(','), row('面试官王五', '优秀'), row('面试官李四', '良好'), row('面试官张三', '一般')].join('\r\n') + '\r\n');
    const r = await gradeFile(file, { form: 'interview-eval', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // Each question (4 + 3 + 2) / 3 = 3 → 良好, 推荐.
    expect(r.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['陈晨', 3, '良好']]);
    // Written the same three times, they cannot be told apart from one interviewer twice: refused, asking for names.
    const same = path.join(tempDir(), 'same.csv');
    writeFileSync(same, [['姓名', '应聘岗位', '面试评价人', ...q].join(','), row('面试官', '优秀'), row('面试官', '良好')].join('\r\n') + '\r\n');
    const s = await gradeFile(same, { form: 'interview-eval', output: null });
    if (!s.ok) throw new Error(s.failure.message);
    expect(s.report.people.map((p) => p.status)).toEqual(['error']);
    expect(s.report.problems.find((p) => p.severity === 'error')!.message).toContain('几位都评时请在评分人一栏写上各自的名字(如「面试官王五」「面试官李四」)');
  });
});

// Each interviewer writes the date of their own interview (面试日期, `perRater` in the definition): a second interview in
// the next month is no other period. Combining stopped: 「一起评分的几份表考核月份不同」, nobody scored (exit 2).
describe('§15 interviewers\' copies dated in two months (初试 in March, 复试 in April)', () => {
  it('are combined: each question (4 + 3 + 2) / 3 = 3 → 良好, as copies of one month give', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { gradeCombined } = await import('../../src/io/combineRaters.js');
    const { tempDir } = await import('../helpers.js');
    const q = Array.from({ length: 15 }, (_, k) => `第${k + 1}题`);
    const dir = tempDir();
    const copy = (file: string, who: string, day: string, level: string) => {
      const out = path.join(dir, file);
      writeFileSync(out, `\uFEFF${['姓名', '面试日期', '面试评价人', ...q].join(',')}\r\n${['陈晨', day, who, ...q.map(() => level)].join(',')}\r\n`);
      return out;
    };
    const files = [copy('初试1.csv', '面试官1', '2026-03-10', '优秀'), copy('初试2.csv', '面试官2', '2026-03-12', '良好'), copy('复试.csv', '面试官3', '2026-04-02', '一般')];
    const r = await gradeCombined(files, { form: 'interview-eval', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['陈晨', 3, '良好']]);
  });
});

describe('§15 a log of one row per interviewer, 面试评价人签名 holding who signed (王五, 李四)', () => {
  it('each signature is one interviewer (every candidate was refused as named twice): 陈晨 38/15 = 2.53, 刘洋 51/15 = 3.40', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const { repoRoot } = await import('../helpers.js');
    const path = await import('node:path');
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/raters/interview-log-signed.xlsx'), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // Each question the mean of the two interviewers' levels (4/3/2/1); the total the mean of the 15 questions.
    expect(r.report.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['陈晨', 2.53, '一般'], ['刘洋', 3.4, '良好']]);
    expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
