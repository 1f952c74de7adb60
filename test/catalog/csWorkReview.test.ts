// CATALOG §26 cs-work-review: four areas on their own scale of 10, Σ of 40 reported on 100.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const fill = (name: string, scores: number[][], extra: Record<string, string> = {}): FillPerson => ({
  header: { name, employeeId: '', period: '2026-03-31', rater: '林主管', ...extra },
  values: Object.fromEntries(scores.flatMap((s, a) => s.map((v, k) => [`${'ABCD'[a]}${k + 1}`, v]))),
});
// Worked example: 9, 8, 10 → 9; 8, 8, 8 → 8; 7, 9, 8 → 8; 6, 7, 8 → 7 ⇒ 32 of 40 → 80 → 良好
const worked = fill('马琳', [[9, 8, 10], [8, 8, 8], [7, 9, 8], [6, 7, 8]], { comment: '服务细致,学习还需加强' });
// 10, 9, 9 → 9.3333; 9, 9, 9 → 9; 9, 10, 9 → 9.3333; 8, 9, 9 → 8.6667 ⇒ 36.3333 of 40 → 90.8333 → 优秀
const strong = fill('邱彤', [[10, 9, 9], [9, 9, 9], [9, 10, 9], [8, 9, 9]]);
// 11 is over the criterion's 10: an error
const bad = fill('韩雪', [[11, 8, 10], [8, 8, 8], [7, 9, 8], [6, 7, 8]]);

describe('§26 cs-work-review', () => {
  it('areas 9/8/8/7, Σ 32 of 40 → 80 → 良好, parts shown on their own scale', async () => {
    const r = await roundTrip('cs-work-review', [worked, strong, bad], { layout: 'form' });
    const ma = byName(r, '马琳');
    expect(ma.parts.map((p) => [p.score, p.outOf])).toEqual([[9, 10], [8, 10], [8, 10], [7, 10]]);
    expect([ma.points, ma.total, ma.band]).toEqual([32, 80, '良好']);
    expect(ma.header.comment).toBe('服务细致,学习还需加强');
    const qiu = byName(r, '邱彤');
    expect(qiu.total).toBeCloseTo(((28 + 27 + 28 + 26) / 3 / 40) * 100, 10);
    expect(qiu.band).toBe('优秀');
    expect(byName(r, '韩雪').status).toBe('error');
  });
});

describe('§26 a 总分 typed by the team', () => {
  it('on the form\'s own scale (32 of 40) or on 100 (80) agrees; 33 is said against both (32, on 100 80.00)', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { gradeFile } = await import('../../src/io/grade.js');
    const { tempDir } = await import('../helpers.js');
    const head = '被考核人员,考核日期,考核人员,"熟悉产品和服务,准确清晰回答",良好的沟通能力,团队合作精神,"友好耐心,倾听需求并提供方案","高效处理,及时回复咨询",妥善处理投诉和纠纷,按流程和标准完成任务,准确记录客户反馈并及时反馈相关部门,参与满意度调查和改进,参加培训和学习,主动学习提升专业素养,将学习成果应用到工作中,总分';
    // Each the worked example: 9 + 8 + 8 + 7 = 32 of 40 → 32 / 40 × 100 = 80 → 良好.
    const row = (name: string, typed: string) => `${name},2026-03-31,林主管,9,8,10,8,8,8,7,9,8,6,7,8,${typed}`;
    const file = path.join(tempDir(), 'typed.csv');
    writeFileSync(file, [head, row('马琳', '32'), row('邱彤', '80'), row('韩雪', '33')].join('\r\n') + '\r\n');
    const r = await gradeFile(file, { form: 'cs-work-review', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['马琳', 80, '良好'], ['邱彤', 80, '良好'], ['韩雪', 80, '良好']]);
    expect(r.report.problems.filter((p) => p.code === 'override').map((p) => [p.person, p.message.replace(/^[^:]*:[^:]*:/, '')])).toEqual([
      ['韩雪', '手填的「总分」为「33」,按规则算出的是「32(折合百分制 80.00)」;kpi 按算出的计(写在 kpi 的结果列),请核对'],
    ]);
  });
});

describe('§26 a row the person rated themselves (考核人员 「自评」)', () => {
  it('roster and form layouts: 李四 is unscored with an error at 考核人员 (he was 40/40 → 100 优秀), 马琳 still 80 良好', async () => {
    const self = fill('李四', [[10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]], { rater: '自评' });
    for (const layout of ['roster', 'form'] as const) {
      const r = await roundTrip('cs-work-review', [worked, self], { layout });
      const li = byName(r, '李四');
      expect([li.status, li.total]).toEqual(['error', null]);
      expect(li.problems.map((p) => [p.code, p.severity])).toEqual([['self-rated', 'error']]);
      expect(li.problems[0]!.message).toContain('「考核人员」写的是「自评」:自评只作参考、不计分');
      expect([byName(r, '马琳').total, byName(r, '马琳').band]).toEqual([80, '良好']);
      expect(r.bands).toMatchObject({ 优秀: 0, 良好: 1 });
    }
  });
});

describe('§26 a 自评 row beside the supervisor\'s row of the same person', () => {
  it('is set aside with a warning pointing at the counted row; the supervisor\'s row is the person (either order)', async () => {
    // 马琳's own rating: 10 everywhere → 40/40 (100) — not counted. 林主管's: the worked example, 32/40 → 80 → 良好.
    const self = fill('马琳', [[10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]], { rater: '自评' });
    for (const layout of ['roster', 'form'] as const) {
      for (const people of [[self, worked, strong], [worked, self, strong]]) {
        const r = await roundTrip('cs-work-review', people, { layout });
        // Two people, not three: the 自评 row is no one's result.
        expect(r.people.map((p) => [p.name, p.status, p.total, p.band])).toEqual([
          ['马琳', 'scored', 80, '良好'],
          ['邱彤', 'scored', (28 + 27 + 28 + 26) * 100 / 120, '优秀'],
        ]);
        expect(r.bands).toMatchObject({ 优秀: 1, 良好: 1 });
        const said = r.problems.filter((p) => p.person === '马琳');
        expect(said.map((p) => [p.code, p.severity])).toEqual([['self-rated', 'warning']]);
        expect(said[0]!.message).toMatch(/「考核人员」写的是「自评」:自评只作参考、不计分,这一行不评分;此人按 .+ 的评分计分$/);
        expect(r.problems.some((p) => p.severity === 'error')).toBe(false);
      }
    }
  });

  it('two 自评 rows and no supervisor\'s: each its own self-rated error, no duplicate said on top; in any order with a supervisor\'s row, both set aside', async () => {
    const self = fill('马琳', [[10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]], { rater: '自评' });
    const alone = await roundTrip('cs-work-review', [self, self, strong], { layout: 'roster' });
    expect(alone.problems.filter((p) => p.person === '马琳').map((p) => [p.code, p.severity])).toEqual([['self-rated', 'error'], ['self-rated', 'error']]);
    for (const people of [[self, self, worked], [self, worked, self], [worked, self, self]]) {
      const r = await roundTrip('cs-work-review', [...people, strong], { layout: 'roster' });
      // 马琳 from 林主管's row: 80 良好; the two self rows are no one's result.
      expect(r.people.map((p) => [p.name, p.total])).toEqual([['马琳', 80], ['邱彤', (28 + 27 + 28 + 26) * 100 / 120]]);
      expect(r.problems.filter((p) => p.person === '马琳').map((p) => [p.code, p.severity])).toEqual([['self-rated', 'warning'], ['self-rated', 'warning']]);
    }
  });

  it('a row without 工号 is the person of that name with one: 马琳 1001 and 马琳 (no 工号) scoring differently are a duplicate', async () => {
    const other = fill('马琳', [[10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]]);
    const withId = { ...worked, header: { ...worked.header, employeeId: '1001' } };
    const r = await roundTrip('cs-work-review', [withId, other, strong], { layout: 'roster' });
    // 80 and 100 for one 马琳: neither (both had been scored, 马琳 counted twice).
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['马琳', 'error'], ['马琳', 'error'], ['邱彤', 'scored']]);
    expect(r.problems.filter((p) => p.code === 'duplicate-person')).toHaveLength(2);
    // Two namesakes with 工号 of their own are two people.
    const two = await roundTrip('cs-work-review', [withId, { ...other, header: { ...other.header, employeeId: '1002' } }], { layout: 'roster' });
    expect(two.people.map((p) => [p.name, p.total])).toEqual([['马琳', 80], ['马琳', 100]]);
    // And a row without 工号 after them: which 马琳 it is cannot be told — an error (it was a third 马琳, scored).
    const three = await roundTrip('cs-work-review', [withId, { ...other, header: { ...other.header, employeeId: '1002' } }, strong, { ...strong, header: { ...strong.header, name: '马琳' } }], { layout: 'roster' });
    const unsure = three.problems.filter((p) => p.code === 'name-ambiguous');
    expect(unsure.map((p) => [p.severity, p.message.replace(/^[^:]*:/, '')])).toEqual([['error', '这一行没有工号,而表中叫「马琳」的有工号 1001、1002 几位,无法确定是哪一位,这一行不评分;请填写工号后重新评分']]);
    expect(three.people.map((p) => [p.name, p.status])).toEqual([['马琳', 'scored'], ['马琳', 'scored'], ['邱彤', 'scored'], ['马琳', 'error']]);
  });

  it('「-」 or 「无」 in the 工号 cell is no 工号: two people so written are two people (they were 「工号「-」重复」, both unscored)', async () => {
    const dash = { ...worked, header: { ...worked.header, employeeId: '-' } };
    const none = { ...strong, header: { ...strong.header, employeeId: '无' } };
    const r = await roundTrip('cs-work-review', [dash, none], { layout: 'roster' });
    // 马琳 80 (林主管's row), 邱彤 (28 + 27 + 28 + 26) / 120 × 100.
    expect(r.people.map((p) => [p.name, p.id, p.status, p.total])).toEqual([['马琳', '', 'scored', 80], ['邱彤', '', 'scored', (28 + 27 + 28 + 26) * 100 / 120]]);
    expect(r.problems.filter((p) => p.code === 'duplicate-person')).toEqual([]);
  });

  it('a row without 工号 placed before two namesakes with 工号: the same error as after them, and both namesakes scored (it had taken the first as its duplicate)', async () => {
    const other = fill('马琳', [[10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]]);
    const id1 = { ...worked, header: { ...worked.header, employeeId: '1001' } };
    const id2 = { ...other, header: { ...other.header, employeeId: '1002' } };
    // The row without 工号 scores like 1002 (all 10s) but differs from 1001 (80): either could be its person.
    const nameOnly = { ...other };
    const r = await roundTrip('cs-work-review', [nameOnly, id1, id2, strong], { layout: 'roster' });
    // 1001: 80 良好 (林主管's row, as above); 1002: 120/120 × 100 = 100; the row without 工号: no one's, an error.
    expect(r.people.map((p) => [p.name, p.id ?? '', p.status, p.total])).toEqual([
      ['马琳', '', 'error', null], ['马琳', '1001', 'scored', 80], ['马琳', '1002', 'scored', 100], ['邱彤', '', 'scored', (28 + 27 + 28 + 26) * 100 / 120],
    ]);
    const said = r.problems.filter((p) => p.person === '马琳');
    expect(said.map((p) => [p.code, p.severity, p.message.replace(/^[^:]*:/, '')])).toEqual([
      ['name-ambiguous', 'error', '这一行没有工号,而表中叫「马琳」的有工号 1001、1002 几位,无法确定是哪一位,这一行不评分;请填写工号后重新评分'],
    ]);
    // Between them too (1001, the row without, 1008): 1001 had been left unscored as its duplicate.
    const between = await roundTrip('cs-work-review', [id1, nameOnly, id2, strong], { layout: 'roster' });
    expect(between.people.map((p) => [p.id ?? '', p.status, p.total])).toEqual([['1001', 'scored', 80], ['', 'error', null], ['1002', 'scored', 100], ['', 'scored', (28 + 27 + 28 + 26) * 100 / 120]]);
    expect(between.problems.filter((p) => p.person === '马琳').map((p) => p.code)).toEqual(['name-ambiguous']);
    // A further row without 工号 after them is ambiguous too.
    const more = await roundTrip('cs-work-review', [nameOnly, id1, id2, nameOnly], { layout: 'roster' });
    expect(more.people.map((p) => [p.id ?? '', p.status])).toEqual([['', 'error'], ['1001', 'scored'], ['1002', 'scored'], ['', 'error']]);
    expect(more.problems.filter((p) => p.code === 'name-ambiguous')).toHaveLength(2);
    expect(more.problems.filter((p) => p.code === 'duplicate-person')).toHaveLength(0);
  });

  it('a row without 工号 among three namesakes with 工号 names all three, in any order (it named the first two when the third came later)', async () => {
    const other = fill('马琳', [[10, 10, 10], [10, 10, 10], [10, 10, 10], [10, 10, 10]]);
    const id = (n: string) => ({ ...other, header: { ...other.header, employeeId: n } });
    const nameOnly = { ...worked };
    const all = '这一行没有工号,而表中叫「马琳」的有工号 1001、1002、1003 几位,无法确定是哪一位,这一行不评分;请填写工号后重新评分';
    for (const order of [[nameOnly, id('1001'), id('1002'), id('1003')], [id('1001'), nameOnly, id('1002'), id('1003')], [id('1001'), id('1002'), nameOnly, id('1003')], [id('1001'), id('1002'), id('1003'), nameOnly]]) {
      const r = await roundTrip('cs-work-review', order, { layout: 'roster' });
      const said = r.problems.filter((p) => p.code === 'name-ambiguous');
      expect(said.map((p) => p.message.replace(/^[^:]*:/, ''))).toEqual([all]);
      // Each namesake with 工号: (10 × 12) / 120 × 100 = 100; the row without: no one's.
      expect(r.people.map((p) => [p.id ?? '', p.status, p.total])).toEqual(order.map((o) => (o === nameOnly ? ['', 'error', null] : [o.header.employeeId, 'scored', 100])));
    }
  });
});

describe('a value typed in a column with no heading (one past the roster\'s last column)', () => {
  it('is said as a warning at its cell (it was read by no one, without a word); a column of row numbers is not', async () => {
    let cell = '';
    const r = await roundTrip('cs-work-review', [worked, strong], {
      layout: 'roster',
      edit: (wb) => {
        const ws = wb.worksheets.find((w) => w.state === 'visible')!;
        const last = ws.getRow(1).cellCount;
        const at = ws.getCell(3, last + 2);
        at.value = '另加 2 分';
        cell = at.address;
        // A 序号 column typed without its heading, one further right: 1, 2 down the rows — the team's own.
        ws.getCell(2, last + 4).value = 1;
        ws.getCell(3, last + 4).value = 2;
        // A value in a hidden row only: a row kpi does not read, said as such elsewhere, not here.
        ws.getCell(5, last + 6).value = '上月';
        ws.getRow(5).hidden = true;
      },
    });
    // Scores unchanged: 马琳 80 良好, 邱彤 (28 + 27 + 28 + 26)/3/40 × 100 = 90.83 优秀.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['马琳', 80, '良好'], ['邱彤', (28 + 27 + 28 + 26) * 100 / 120, '优秀']]);
    const said = r.problems.filter((p) => p.code === 'unknown-column');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', cell]]);
    expect(said[0]!.message).toContain(`的 ${cell.replace(/\d+$/, '')} 列没有标题,其中 1 格填了内容(如 ${cell}「另加 2 分」),没有读取`);
  });
});
