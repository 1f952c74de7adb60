import { describe, expect, it } from 'vitest';
import type { FormDef } from '../../src/model/definition.js';
import { FormScorer, rank, scoreForm, scorePerson, tickedOption } from '../../src/engine/scoreForm.js';
import type { PersonResult } from '../../src/model/result.js';
import { codes, form, item, person, template } from './helpers.js';

const f: FormDef = form([
  {
    id: 'p',
    label: '考核',
    items: [
      item('a', '出勤', 50, [{ id: 's', label: '得分', type: 'number', min: 0, max: 50 }], { kind: 'band', input: 's' }),
      item('b', '态度', 50, [{ id: 's', label: '得分', type: 'number', min: 0, max: 50 }], { kind: 'band', input: 's' }),
    ],
  },
]);

describe('scorePerson', () => {
  it('id, name and department come from the header fields by role', () => {
    const r = scorePerson(f, person({ name: ' 张三 ', employeeId: 'A001', department: '客服部', period: '2024-03' }, [['a.s', 45], ['b.s', 45]]));
    expect([r.id, r.name, r.department, r.header.period, r.total, r.band]).toEqual(['A001', '张三', '客服部', '2024-03', 90, '优秀']);
  });

  it('no name: header-missing error, the items are still scored', () => {
    const r = scorePerson(f, person({}, [['a.s', 45], ['b.s', 45]]));
    expect([r.status, codes(r.problems), r.items.map((i) => i.score), r.total]).toEqual(['error', ['header-missing'], [45, 45], null]);
    expect(r.problems[0]!.message).toBe('3月:表头「姓名」未填写(无法确定被考核人)');
  });

  it('a required header field other than the name', () => {
    const g: FormDef = { ...f, header: [...f.header, { id: 'period', label: '考核月份', role: 'period', required: true }] };
    const r = scorePerson(g, person({ name: '张三' }, [['a.s', 45], ['b.s', 45]]));
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([['header-missing', '3月:表头「考核月份」未填写(必填)']]);
  });
});

describe('a 考核月份 that is no month', () => {
  it('「2026年13月」: a warning at its cell, the person scored (汇总 and kpi rollup found no month, nothing said)', () => {
    const g: FormDef = { ...f, header: [...f.header, { id: 'period', label: '考核月份', role: 'period' }] };
    const at = (period: string) => {
      const p = person({ name: '张三', period }, [['a.s', 45], ['b.s', 40]]);
      p.headerCells = new Map([['period', 'D2']]);
      return scorePerson(g, p);
    };
    const r = at('2026年13月');
    // 45 + 40 = 85 → 良好, as with any month.
    expect([r.status, r.total, r.band]).toEqual(['scored', 85, '良好']);
    expect(r.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['month-unknown', 'warning', '3月!D2:张三:「考核月份」填写为「2026年13月」,没有这个月份(月份为 1–12,如 2026-03、2026年3月);这份考核没有按月份标注,kpi rollup 也不能按月份汇总'],
    ]);
    expect(at('2026年3月').problems).toEqual([]);
  });
});

describe('a 考核人 who is the person (自评) on a form where self-assessment does not count', () => {
  // CATALOG conventions: 自评 is shown and compared but does not count; the supervisor's entry is the one that counts.
  const rated: FormDef = { ...f, header: [...f.header, { id: 'rater', label: '考核人员', role: 'rater' }] };
  it('「自评」「本人」「员工自评」「自我评价」: an error at the cell, the person unscored (李四 was 90 优秀 from his own marks)', () => {
    for (const word of ['自评', '本人', '员工自评', '自我评价', ' 自评 ', '自评(李四)', '员工自评(李四)', '自评【李四】']) {
      const r = scorePerson(rated, person({ name: '李四', rater: word }, [['a.s', 45], ['b.s', 45]]));
      expect([r.status, r.total, codes(r.problems), r.problems[0]!.severity]).toEqual(['error', null, ['self-rated'], 'error']);
    }
    const r = scorePerson(rated, person({ name: '李四', rater: '自评' }, [['a.s', 45], ['b.s', 45]]));
    expect(r.problems[0]!.message).toBe('3月:李四:「考核人员」写的是「自评」:自评只作参考、不计分,这些分数不当作主管的评分(此人不评分);请由主管评分后重新评分');
  });
  it('the person\'s own name is a self-rating too: an error, unscored (李四 was 90 from his own marks); a supervisor\'s name or 「自评组长」 is nothing', () => {
    const own = scorePerson(rated, person({ name: '李四', rater: '李 四' }, [['a.s', 45], ['b.s', 45]]));
    expect([own.status, own.total, codes(own.problems), own.problems[0]!.severity]).toEqual(['error', null, ['self-rated'], 'error']);
    expect(own.problems[0]!.message).toBe('3月:李四:「考核人员」与被考核人同名(「李 四」):是本人给自己的评分,自评只作参考、不计分,这些分数不当作主管的评分(此人不评分);请由主管评分,或在「考核人员」写上实际评分的人后重新评分');
    for (const other of ['王主管', '自评组长', '本人事部']) {
      const r = scorePerson(rated, person({ name: '李四', rater: other }, [['a.s', 45], ['b.s', 45]]));
      expect([r.status, r.total, codes(r.problems)]).toEqual(['scored', 90, []]);
    }
  });
  it('a form with a 自评 group of its own reads 「自评」 as that group, not as this error', () => {
    const grouped: FormDef = { ...rated, raters: [{ id: 'sup', label: '主管', weight: 1, required: true }, { id: 'self', label: '自评', weight: 0 }] };
    const r = scorePerson(grouped, person({ name: '李四', rater: '自评' }, [['a.s.sup', 45], ['b.s.sup', 45]]));
    expect(codes(r.problems)).not.toContain('self-rated');
  });
});

describe('the figure a grade is given on, where rounding decides it', () => {
  it('44.9979 + 44.9979 = 89.9958 is graded on 90.00 → 优秀, and says so; 44.99 + 45 = 89.99 → 良好 says nothing more', () => {
    const edge = scorePerson(f, person({ name: '甲' }, [['a.s', 44.9979], ['b.s', 44.9979]]));
    expect(edge.band).toBe('优秀');
    expect(edge.explanation).toMatch(/= 89\.9958\(按 90\.00 定级\) → 优秀$/);
    const plain = scorePerson(f, person({ name: '乙' }, [['a.s', 44.99], ['b.s', 45]]));
    expect(plain.explanation).toMatch(/= 89\.99 → 良好$/);
  });
});

describe('a person with nothing filled in', () => {
  // §27-like: boxes that may be left unticked. A row with only a name scores 0 (nothing ticked) with no error: said.
  const ticks: FormDef = form([
    {
      id: 'p', label: '工作态度',
      items: [item('a', '工作态度', 100, ['积极主动', '团队意识'].map((label, i) => ({ id: `t${i}`, label, type: 'text' as const, optional: true })), {
        kind: 'checklist', inputs: ['t0', 't1'],
      })],
    },
  ]);
  it('blanks would score 0/2 × 100 = 0, a score no one gave: an error, the person unscored (was 0 待改进 with a warning)', () => {
    const r = scorePerson(ticks, person({ name: '空' }, [['a.t0', null], ['a.t1', null]]));
    expect([r.total, r.band, r.status, codes(r.problems)]).toEqual([null, null, 'error', ['nothing-filled']]);
    expect(r.problems[0]!.severity).toBe('error');
    expect(r.problems[0]!.message).toBe('3月:空:没有填写任何一项,此人不评分(全部留空会按未勾选计为 0 分);如果还没有评,请先填写;如果确实都不符合,请逐项填写后重新评分');
  });
  it('a checklist of 「√」/「×」 answers names 「×」 as the way to say none applies', () => {
    const choice = { type: 'choice' as const, optional: true, choices: [{ label: '√', points: 1 }, { label: '×', points: 0 }] };
    const boxes: FormDef = form([{ id: 'p', label: '工作态度', items: [item('a', '工作态度', 100, [{ id: 't0', label: '积极主动', ...choice }, { id: 't1', label: '团队意识', ...choice }], { kind: 'checklist', inputs: ['t0', 't1'] })] }]);
    const blank = scorePerson(boxes, person({ name: '空' }, [['a.t0', null], ['a.t1', null]]));
    expect(blank.problems[0]!.message).toContain('如果确实都不符合,请填「×」后重新评分');
    // Both 「×」: something filled, 0/2 × 100 = 0, scored as written.
    const none = scorePerson(boxes, person({ name: '无' }, [['a.t0', '×'], ['a.t1', '×']]));
    expect([none.total, none.status, codes(none.problems)]).toEqual([0, 'scored', []]);
  });
  it('nothing ticked with a remark written about the person (§27 综合评价 「本月休产假,未考核」): the remark says nothing of the boxes, an error still', () => {
    const remarked: FormDef = { ...ticks, footer: [{ id: 'remark', label: '综合评价', role: 'other' }] };
    const r = scorePerson(remarked, person({ name: '评', remark: '本月休产假,未考核' }, [['a.t0', null], ['a.t1', null]]));
    // It was 0/2 × 100 = 0.00 待改进 with a warning, exit 0.
    expect([r.total, r.status, r.problems.map((p) => [p.code, p.severity])]).toEqual([null, 'error', [['nothing-filled', 'error']]]);
  });
  it('「/」 or 「—」 in every box is as blank (README: nothing): an error, not 0/2 × 100 = 0.00 待改进 at exit 0', () => {
    for (const dash of ['/', '—', '-']) {
      const r = scorePerson(ticks, person({ name: '划' }, [['a.t0', dash], ['a.t1', dash]]));
      expect([dash, r.total, r.status, codes(r.problems)]).toEqual([dash, null, 'error', ['nothing-filled']]);
    }
    // One box ticked beside a 「/」: something filled, 1/2 × 100 = 50.
    const one = scorePerson(ticks, person({ name: '甲' }, [['a.t0', '√'], ['a.t1', '/']]));
    expect([one.total, one.status]).toEqual([50, 'scored']);
  });
  it('blanks that score full marks (no incidents: 10 − 0 × 2 = 10 of 10 → 100) are what a good month looks like: scored, with a warning', () => {
    const incidents: FormDef = form([{ id: 'p', label: '纪律', items: [item('o', '违纪', 10, [{ id: 'n', label: '次数', type: 'integer', min: 0, optional: true, default: 0 }], { kind: 'deduction', base: 10, penalties: [{ input: 'n', per: 2 }] })] }]);
    const r = scorePerson(incidents, person({ name: '满' }, [['o.n', null]]));
    expect([r.total, r.status, r.problems.map((p) => [p.code, p.severity])]).toEqual([100, 'scored', [['nothing-filled', 'warning']]]);
  });
  it('one tick is something filled: 1/2 × 100 = 50, nothing said', () => {
    const r = scorePerson(ticks, person({ name: '甲' }, [['a.t0', '√'], ['a.t1', null]]));
    expect([r.total, codes(r.problems)]).toEqual([50, []]);
  });
  it('where blanks are errors already, the row is one error saying so, not one for each empty cell (a half-filled roster of 25 gave 113)', () => {
    const r = scorePerson(f, person({ name: '乙' }, [['a.s', null], ['b.s', null]]));
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['nothing-filled', 'error']]);
    expect(r.problems[0]!.message).toContain('还没有填写任何一项(必填的 2 项都是空的),此人不评分');
    expect(r.status).toBe('error');
    // One cell filled: each empty required cell is said, as before.
    const half = scorePerson(f, person({ name: '丙' }, [['a.s', 40], ['b.s', null]]));
    expect(codes(half.problems)).toEqual(['required']);
  });
});

describe('scoreForm', () => {
  it('duplicate 工号 scoring differently (90 and 80): neither is taken, an error at each (the first had been kept)', () => {
    const s = scoreForm(f, [
      person({ name: '张三', employeeId: 'A001' }, [['a.s', 45], ['b.s', 45]], '3月'),
      person({ name: '张三丰', employeeId: 'A001' }, [['a.s', 40], ['b.s', 40]], '3月(2)'),
    ]);
    expect(s.people.map((p) => [p.status, p.total])).toEqual([['error', null], ['error', null]]);
    expect(s.problems.map((p) => [p.code, p.sheet, p.person, p.message])).toEqual([
      ['duplicate-person', '3月', '张三', '3月:工号「A001」重复,在 3月(2) 又出现一次,两处的评分不同,都不计分(不取其中一处);请删去不对的一处;如果工作表「3月(2)」是另一个月的,请把它隐藏或移到另一个文件后重新评分'],
      ['duplicate-person', '3月(2)', '张三丰', '3月(2):工号「A001」重复,已在 3月 出现(张三),两处的评分不同,都不计分(不取其中一处);请删去不对的一处;如果工作表「3月」是另一个月的,请把它隐藏或移到另一个文件后重新评分'],
    ]);
    expect(s.bands).toEqual({ 优秀: 0, 良好: 0, 一般: 0, 待改进: 0 });
  });

  it('one row per rater (主管评, then 同事评) on a roster with every rater\'s columns: the advice is one row, not 「delete the wrong one」 (none is wrong)', () => {
    const cc = template('cs-competency')!;
    const items = ['C1', 'C2', 'C3', 'C4', 'C5'];
    const s = scoreForm(cc, [
      person({ name: '甲', employeeId: '1', raterRole: '主管评' }, items.map((i) => [`${i}.level@supervisor`, '优秀'] as [string, string]), '考核表'),
      person({ name: '甲', employeeId: '1', raterRole: '同事评' }, items.map((i) => [`${i}.level@peer#1`, '待改进'] as [string, string]), '考核表'),
    ]);
    expect(s.people.map((p) => p.status)).toEqual(['error', 'error']);
    const said = s.problems.filter((p) => p.code === 'duplicate-person').map((p) => p.message.replace(/^[^:]*:/, ''));
    expect(said).toHaveLength(2);
    for (const m of said) expect(m).toContain('两行的评分人不同(「主管评」、「同事评」),都不计分;一人只能有一行:请把各评分人的分数填在同一行各自的列里,或每位评分人一份表(kpi template --rater)后用 kpi score 一起评分');
    for (const m of said) expect(m).not.toContain('请删去不对的一处');
  });

  it('duplicate 工号 scoring the same (a row repeated): the first is scored, the repeat is the error', () => {
    // 45 + 45 = 90 and 40 + 50 = 90: the same total from other entries (an identical sheet is a copy: below).
    const s = scoreForm(f, [
      person({ name: '张三', employeeId: 'A001' }, [['a.s', 45], ['b.s', 45]], '3月'),
      person({ name: '张三', employeeId: 'A001' }, [['a.s', 40], ['b.s', 50]], '3月(2)'),
    ]);
    expect(s.people.map((p) => [p.status, p.total])).toEqual([['scored', 90], ['error', null]]);
    expect(s.problems.map((p) => [p.code, p.sheet, p.message])).toEqual([
      ['duplicate-person', '3月(2)', '3月(2):工号「A001」重复,已在 3月 出现(张三),本条不计分;如果工作表「3月」是另一个月的,请把它隐藏或移到另一个文件后重新评分'],
    ]);
    expect(s.bands).toEqual({ 优秀: 1, 良好: 0, 一般: 0, 待改进: 0 });
  });

  it('duplicate name when there is no 工号', () => {
    const s = scoreForm(f, [person({ name: '李四' }, [['a.s', 30], ['b.s', 30]], 'S1'), person({ name: '李四' }, [['a.s', 20], ['b.s', 40]], 'S2')]);
    expect(codes(s.problems)).toEqual(['duplicate-person']);
    expect(s.problems[0]!.message).toBe('S2:姓名「李四」重复,已在 S1 出现(李四),本条不计分;如果工作表「S1」是另一个月的,请把它隐藏或移到另一个文件后重新评分');
  });

  it('a sheet holding every value of the person\'s sheet (「3月(2)」, 「备份」) is a copy: set aside, said, the person scored once', () => {
    // Was 「工号「A001」重复…本条不计分」: 张三 listed twice, 90 and unscored. 45 + 45 = 90 → 优秀.
    const s = scoreForm(f, [
      person({ name: '张三', employeeId: 'A001' }, [['a.s', 45], ['b.s', 45]], '3月'),
      person({ name: '张三', employeeId: 'A001' }, [['a.s', 45], ['b.s', 45]], '3月(2)'),
    ]);
    expect(s.people.map((p) => [p.name, p.status, p.total])).toEqual([['张三', 'scored', 90]]);
    expect(s.problems.map((p) => [p.code, p.severity, p.sheet])).toEqual([['sheet-copy', 'info', '3月(2)']]);
    expect(s.asides).toEqual([1]);
    // Named 「备份」 and given first: the other one is the person, the copy set aside.
    const b = scoreForm(f, [person({ name: '李四' }, [['a.s', 30], ['b.s', 30]], '备份'), person({ name: '李四' }, [['a.s', 30], ['b.s', 30]], '李四')]);
    expect(b.people.map((p) => [p.name, p.total])).toEqual([['李四', 60]]);
    expect(b.problems.map((p) => [p.code, p.sheet])).toEqual([['sheet-copy', '备份']]);
    expect(b.asides).toEqual([0]);
    // Tabs of two months (「李四 2月」, 「李四 3月」) alike in every value are still two months' sheets: the error.
    const m = scoreForm(f, [person({ name: '李四' }, [['a.s', 30], ['b.s', 30]], '李四 2月'), person({ name: '李四' }, [['a.s', 30], ['b.s', 30]], '李四 3月')]);
    expect(codes(m.problems)).toEqual(['duplicate-person']);
  });

  it('a name typed with an aligning space or in traditional characters is the same person (王芳 = 王　芳, 陈静 = 陳靜)', () => {
    // Both pairs scored before, 4 people where there are 2 and exit 0: the same name typed two ways is one person,
    // as rollup and rater files match it.
    const s = scoreForm(f, [
      person({ name: '王芳' }, [['a.s', 45], ['b.s', 45]], 'S1'),
      person({ name: '王　芳' }, [['a.s', 40], ['b.s', 40]], 'S2'),
      person({ name: '陈静' }, [['a.s', 30], ['b.s', 30]], 'S3'),
      person({ name: '陳靜' }, [['a.s', 30], ['b.s', 30]], 'S4'),
    ]);
    // 王芳 90 and 王　芳 80 differ: neither taken; 陈静 and 陳靜 both 60: the first kept.
    expect(s.people.map((p) => [p.name, p.status, p.total])).toEqual([['王芳', 'error', null], ['王 芳', 'error', null], ['陈静', 'scored', 60], ['陳靜', 'error', null]]);
    expect(s.problems.map((p) => [p.code, p.sheet])).toEqual([['duplicate-person', 'S1'], ['duplicate-person', 'S2'], ['duplicate-person', 'S4']]);
    expect(s.problems[1]!.message).toBe('S2:姓名「王 芳」重复,已在 S1 出现(王芳),两处的评分不同,都不计分(不取其中一处);请删去不对的一处;如果工作表「S1」是另一个月的,请把它隐藏或移到另一个文件后重新评分');
    expect(s.problems[2]!.message).toBe('S4:姓名「陳靜」重复,已在 S3 出现(陈静),本条不计分;如果工作表「S3」是另一个月的,请把它隐藏或移到另一个文件后重新评分');
  });

  it('no people at all', () => {
    const s = scoreForm(f, []);
    expect([s.people, codes(s.problems), s.bands]).toEqual([[], ['no-people'], { 优秀: 0, 良好: 0, 一般: 0, 待改进: 0 }]);
  });

  it('problems of every person are collected in order', () => {
    const s = scoreForm(f, [person({ name: 'A' }, [['a.s', 'x'], ['b.s', 99]]), person({ name: 'B' }, [['a.s', 45]])]);
    expect(s.problems.map((p) => [p.person, p.code])).toEqual([['A', 'not-a-number'], ['A', 'out-of-range'], ['B', 'required']]);
  });
});

describe('rank', () => {
  const p = (total100: number | null): PersonResult =>
    ({ id: '', name: '', department: '', header: {}, items: [], parts: [], total: total100, total100, band: null, explanation: '', problems: [], status: total100 === null ? 'error' : 'scored' }) as PersonResult;
  it('best first, ties share a rank, compared as shown (2 decimals)', () => {
    // 79.5625 and 79.56 both show 79.56 → tie
    expect(rank([p(79.5625), p(90), p(null), p(79.56), p(60)]).map((r) => r.rank)).toEqual([2, 1, undefined, 2, 4]);
  });

  it('many people: rank = 1 + the number of higher totals shown', () => {
    // totals 0, 0.5, 1, … 99.5 repeated 50 times (10,000 people): 50 people share each total, and a total t
    // has 50 × (number of totals above it) people ahead: 99.5 → 1, 99 → 51, 0 → 50 × 199 + 1 = 9951.
    const people = Array.from({ length: 10_000 }, (_, i) => p((i % 200) / 2));
    const ranks = rank(people).map((r) => r.rank);
    expect(ranks[199]).toBe(1);
    expect(ranks[198]).toBe(51);
    expect(ranks[0]).toBe(9951);
    expect(ranks[10_000 - 1]).toBe(1);
  });
});

describe('FormScorer (person by person, what the fast path uses)', () => {
  it('scores as each person is added, drops nothing: duplicates, ranks and bands as scoreForm', () => {
    const scorer = new FormScorer(f);
    // 张三 45+45 = 90 优秀, 王五 40+30 = 70, 张三丰 repeats 工号 A001 (error, no rank).
    scorer.add(person({ name: '张三', employeeId: 'A001' }, [['a.s', 45], ['b.s', 45]], '3月'));
    scorer.add(person({ name: '王五', employeeId: 'A002' }, [['a.s', 40], ['b.s', 30]], '3月(3)'));
    scorer.add(person({ name: '张三丰', employeeId: 'A001' }, [['a.s', 45], ['b.s', 45]], '3月(2)'));
    const s = scorer.finish();
    expect(s.people.map((p) => [p.name, p.status, p.total, p.rank])).toEqual([['张三', 'scored', 90, 1], ['王五', 'scored', 70, 2], ['张三丰', 'error', null, undefined]]);
    expect(s.problems.map((p) => p.message)).toEqual(['3月(2):工号「A001」重复,已在 3月 出现(张三),本条不计分;如果工作表「3月」是另一个月的,请把它隐藏或移到另一个文件后重新评分']);
    expect(s.bands.优秀).toBe(1);
    // A third row of A001 scoring 80: 张三 (already taken) is now unscored too, the rank goes to 王五.
    const again = new FormScorer(f);
    again.add(person({ name: '张三', employeeId: 'A001' }, [['a.s', 45], ['b.s', 45]], '3月'));
    again.add(person({ name: '王五', employeeId: 'A002' }, [['a.s', 40], ['b.s', 30]], '3月(3)'));
    again.add(person({ name: '张三', employeeId: 'A001' }, [['a.s', 40], ['b.s', 40]], '3月(2)'));
    const t = again.finish();
    expect(t.people.map((p) => [p.name, p.status, p.total, p.rank])).toEqual([['张三', 'error', null, undefined], ['王五', 'scored', 70, 1], ['张三', 'error', null, undefined]]);
    expect(t.problems.map((p) => [p.code, p.sheet])).toEqual([['duplicate-person', '3月'], ['duplicate-person', '3月(2)']]);
    expect(t.bands.优秀).toBe(0);
    expect(s.people[1]!.band).toBe(scorePerson(f, person({ name: '王五' }, [['a.s', 40], ['b.s', 30]])).band);
  });

  it('nobody added: no-people, as scoreForm', () => {
    expect(codes(new FormScorer(f).finish().problems)).toEqual(['no-people']);
  });
});

describe('tickedOption: the option ticked on a line of options (§15 建议 as the form prints it)', () => {
  const labels = ['强烈推荐', '推荐', '后备', '不予以考虑'];
  it('a tick before an option, or after it; 推荐 inside 强烈推荐 is not a second option', () => {
    expect(tickedOption('□强烈推荐 ☑推荐 □后备 □不予以考虑', labels)).toBe('推荐');
    expect(tickedOption('√推荐', labels)).toBe('推荐');
    expect(tickedOption('☑强烈推荐 □推荐', labels)).toBe('强烈推荐');
    expect(tickedOption('强烈推荐□ 推荐√', labels)).toBe('推荐');
    // A tick touching its option, spaces between the others: 推荐's (it was read as 后备's, kept, and said).
    expect(tickedOption('强烈推荐 推荐√ 后备 不予以考虑', labels)).toBe('推荐');
    expect(tickedOption('推荐√ 后备', labels)).toBe('推荐');
    expect(tickedOption('强烈推荐 √推荐 后备', labels)).toBe('推荐');
    // Ticks and boxes in brackets.
    expect(tickedOption('[ ]强烈推荐 [√]推荐 [ ]后备', labels)).toBe('推荐');
    expect(tickedOption('强烈推荐 推荐(√) 后备', labels)).toBe('推荐');
  });
  it('no tick, or two options ticked: null (the text is compared as written)', () => {
    expect(tickedOption('推荐', labels)).toBeNull();
    expect(tickedOption('☑强烈推荐 ☑推荐', labels)).toBeNull();
  });
});
