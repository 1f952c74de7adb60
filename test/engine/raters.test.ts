import { describe, expect, it } from 'vitest';
import type { ChoiceDef, FormDef, RaterDef } from '../../src/model/definition.js';
import { scoreItem } from '../../src/engine/raters.js';
import { codes, form, item, person, type Cell } from './helpers.js';

const levels: ChoiceDef[] = [
  { label: '优秀', points: 100 },
  { label: '良好', points: 80 },
  { label: '一般', points: 60 },
  { label: '待改进', points: 40 },
];
// §9's raters: 自评 0, 主管评 0.7 required, 同事评 0.1 anonymous multiple, 客户评 0.2 multiple.
const raters: RaterDef[] = [
  { id: 'self', label: '自评', weight: 0 },
  { id: 'sup', label: '主管评', weight: 0.7, required: true },
  { id: 'peer', label: '同事评', weight: 0.1, multiple: true, slots: 3, anonymous: true },
  { id: 'cust', label: '客户评', weight: 0.2, multiple: true, slots: 2 },
];
const c2 = item('C2', '沟通能力', 100, [{ id: 'level', label: '评价', type: 'choice', choices: levels }], { kind: 'choice', input: 'level' });
const f: FormDef = form([{ id: 'p', label: '能力', items: [c2] }], { raters, combine: { kind: 'mean' } });
const run = (cells: Array<[string, Cell]>) => scoreItem(f, f.parts[0]!, c2, person({ name: '张三' }, cells), '张三');

describe('rater groups', () => {
  it('all groups present: 70/10/20, peers averaged and never shown one by one', () => {
    const out = run([
      ['C2.level@self', '优秀'],
      ['C2.level@sup', '良好'],
      ['C2.level@peer#1', '良好'],
      ['C2.level@peer#2', '一般'],
      ['C2.level@peer#3', '优秀'],
      ['C2.level@cust#1', '优秀'],
      ['C2.level@cust#2', '良好'],
    ]);
    // peers (80 + 60 + 100)/3 = 80; customers (100 + 80)/2 = 90; 80×0.7 + 80×0.1 + 90×0.2 = 56 + 8 + 18 = 82
    expect(out.result.score).toBeCloseTo(82, 10);
    expect(out.result.explanation).toBe(
      '主管评:良好 → 80;同事评(3人)平均 80;客户评(2人):100、80,平均 90;80 × 70% + 80 × 10% + 90 × 20% = 82(自评 100,仅供参考)',
    );
    expect(out.problems).toEqual([]);
    expect(out.spread).toEqual([]);
    expect(out.result.raters?.filter((r) => r.rater === 'peer').map((r) => [r.label, r.score])).toEqual([['同事评', 80], ['同事评', 60], ['同事评', 100]]);
  });

  it('「无」「-」「没有」 written for a rater who may be absent is that rater absent, as a blank is (it was a wrong choice: unscored)', () => {
    const blank = run([['C2.level@sup', '良好'], ['C2.level@cust#1', '优秀']]);
    // No peers: 80 × 70/90 + 100 × 20/90 = (5600 + 2000)/90 = 84.4444
    expect(blank.result.score).toBeCloseTo(7600 / 90, 10);
    for (const none of ['无', '-', '没有', '/']) {
      const out = run([['C2.level@sup', '良好'], ['C2.level@peer#1', none], ['C2.level@cust#1', '优秀'], ['C2.level@cust#2', none], ['C2.level@self', none]]);
      expect([out.result.score, codes(out.problems)]).toEqual([blank.result.score, []]);
    }
    // The required 主管评 stays required: 「无」 there is 主管评 missing, an error.
    expect(codes(run([['C2.level@sup', '无'], ['C2.level@cust#1', '优秀']]).problems)).toEqual(['missing-rater']);
    // And says what was written there (the cell is not empty): 「N/A」.
    const na = run([['C2.level@sup', 'N/A'], ['C2.level@cust#1', '优秀']]).problems[0]!;
    expect([na.message.endsWith('缺少「主管评」的评分(必填,应为以下之一:优秀 / 良好 / 一般 / 待改进(或对应分值 100/80/60/40)),填的是「N/A」,这一项不能不评'), na.actual]).toEqual([true, 'N/A']);
  });

  it('§9 without peers: their weight spread as 70/90 and 20/90', () => {
    const out = run([
      ['C2.level@sup', '良好'],
      ['C2.level@cust#1', '优秀'],
      ['C2.level@cust#2', '良好'],
    ]);
    // (80×0.7 + 90×0.2) / 0.9 = 74/0.9 = 82.2222…
    expect(out.result.score).toBeCloseTo(74 / 0.9, 10);
    expect(out.result.explanation).toBe(
      '主管评:良好 → 80;客户评(2人):100、80,平均 90;同事评无人评分,其权重按比例分给其他评分人:80 × 70/90 + 90 × 20/90 = 82.2222',
    );
    expect(out.spread).toEqual(['同事评']);
  });

  it('only the supervisor: the item is the supervisor score', () => {
    const out = run([['C2.level@sup', '一般']]);
    expect(out.result.score).toBe(60);
    expect(out.spread).toEqual(['同事评', '客户评']);
  });

  it('a group with more slots than the definition names (any number of peers)', () => {
    const out = run([
      ['C2.level@sup', '良好'],
      ['C2.level@peer#4', '待改进'],
      ['C2.level@cust#1', '良好'],
    ]);
    // peers: one rater in slot 4 → 40; (80×0.7 + 40×0.1 + 80×0.2) = 56 + 4 + 16 = 76
    expect(out.result.score).toBeCloseTo(76, 10);
    expect(out.result.raters?.map((r) => [r.rater, r.slot])).toEqual([['sup', 1], ['peer', 4], ['cust', 1]]);
  });

  it('a missing required supervisor is an error located at the person, and the item is not scored', () => {
    const out = run([['C2.level@cust#1', '优秀']]);
    expect(out.result.score).toBeNull();
    expect(codes(out.problems)).toEqual(['missing-rater']);
    // What the cell takes is said, as for any required cell left empty.
    expect(out.problems[0]!.message).toBe('3月:「沟通能力」缺少「主管评」的评分(必填,应为以下之一:优秀 / 良好 / 一般 / 待改进(或对应分值 100/80/60/40))');
  });

  it('a bad value from a present rater is an error; the slot is named, anonymity is by slot number only', () => {
    const out = run([
      ['C2.level@sup', '良好'],
      ['C2.level@peer#2', '还行'],
    ]);
    expect(out.result.score).toBeNull();
    expect(codes(out.problems)).toEqual(['unknown-choice']);
    expect(out.problems[0]!.message).toMatch(/^3月!B3:「沟通能力·同事评2」应为以下之一/);
  });

  it('a bad 自评 is an error for the person, but the item still carries the supervisor score', () => {
    const out = run([
      ['C2.level@self', '很好'],
      ['C2.level@sup', '良好'],
    ]);
    expect(out.result.score).toBe(80);
    expect(codes(out.problems)).toEqual(['unknown-choice']);
  });

  it('no raters at all and no required group: error, not zero', () => {
    const g: FormDef = { ...f, raters: raters.map((r) => ({ ...r, required: false })) };
    const out = scoreItem(g, g.parts[0]!, c2, person({ name: '张三' }, [['C2.level@self', '优秀']]), '张三');
    expect(out.result.score).toBeNull();
    expect(codes(out.problems)).toEqual(['missing-rater']);
  });

  it("items with raters: 'none' read rater '' even on a rater form", () => {
    const adj = item('X', '奖惩', 0, [{ id: 'p', label: '分', type: 'number', optional: true, default: 0 }, { id: 'r', label: '原因', type: 'text', optional: true }], { kind: 'adjustment', input: 'p', reason: 'r' }, { raters: 'none' });
    const out = scoreItem(f, f.parts[0]!, adj, person({ name: '张三' }, [['X.p', 3], ['X.r', '表扬']]), '张三');
    expect([out.result.score, out.result.explanation, out.result.raters]).toEqual([3, '+3(表扬)', undefined]);
  });
});

describe('after-sales style: 自评 0 / 上级 1', () => {
  const g: FormDef = form([{ id: 'p', label: 'A', items: [c2] }], {
    raters: [{ id: 'self', label: '自评', weight: 0 }, { id: 'boss', label: '上级', weight: 1, required: true }],
  });
  it('the explanation is the supervisor’s, with the self rating for reference', () => {
    const out = scoreItem(g, g.parts[0]!, c2, person({ name: '李四' }, [['C2.level@self', '优秀'], ['C2.level@boss', '一般']]), '李四');
    expect([out.result.score, out.result.explanation]).toEqual([60, '一般 → 60(自评 100,仅供参考)']);
  });
  it('a required group whose inputs are all optional is scored from defaults when left empty', () => {
    const opt = item('O', '扣分项', 10, [{ id: 'n', label: '次数', type: 'integer', min: 0, optional: true, default: 0 }], { kind: 'deduction', base: 10, penalties: [{ input: 'n', per: 2 }] });
    const h: FormDef = { ...g, parts: [{ id: 'p', label: 'A', items: [opt] }] };
    const out = scoreItem(h, h.parts[0]!, opt, person({ name: '李四' }, []), '李四');
    expect([out.result.score, codes(out.problems)]).toEqual([10, []]);
  });
});

describe('one of several raters who rated only some items', () => {
  // Two items the peers rate. Peer 2 rated 沟通能力 and left 协作 empty: 协作 averages peer 1 alone. Said as a warning.
  const c3 = item('C3', '协作', 100, [{ id: 'level', label: '评价', type: 'choice', choices: levels }], { kind: 'choice', input: 'level' });
  const g: FormDef = form([{ id: 'p', label: '能力', items: [c2, c3] }], { raters, combine: { kind: 'mean' } });
  it('is named with how many of the items it rated; the scores are what the rules give', async () => {
    const { scorePerson } = await import('../../src/engine/scoreForm.js');
    const r = scorePerson(g, person({ name: '张三' }, [
      ['C2.level@sup', '良好'], ['C3.level@sup', '良好'],
      ['C2.level@peer#1', '优秀'], ['C3.level@peer#1', '优秀'],
      ['C2.level@peer#2', '待改进'], ['C3.level@peer#2', null],
    ]));
    // 沟通能力: peers (100 + 40) / 2 = 70, no customers → 80 × 70/80 + 70 × 10/80 = 78.75; 协作: peer 1 only, 100 → 82.5.
    expect(r.items.map((i) => i.score)).toEqual([expect.closeTo(78.75, 9), expect.closeTo(82.5, 9)]);
    const w = r.problems.filter((p) => p.code === 'rater-spread' && p.severity === 'warning');
    // At the cell to fill: 协作 of peer 2, the sixth cell given (B2 onwards: B7), not the person's sheet.
    expect(w.map((p) => p.message)).toEqual(['3月!B7:张三:「同事评2」只评了 2 项中的 1 项(没评:「协作」),这些项只按其他人的评分平均;请核对是否漏填']);
  });

  it('an item no peer rated is not said to be averaged from the others: only items another peer rated are listed', async () => {
    const { scorePerson } = await import('../../src/engine/scoreForm.js');
    const c4 = item('C4', '服务意识', 100, [{ id: 'level', label: '评价', type: 'choice', choices: levels }], { kind: 'choice', input: 'level' });
    const three: FormDef = form([{ id: 'p', label: '能力', items: [c2, c3, c4] }], { raters, combine: { kind: 'mean' } });
    const r = scorePerson(three, person({ name: '张三' }, [
      ['C2.level@sup', '良好'], ['C3.level@sup', '良好'], ['C4.level@sup', '良好'],
      ['C2.level@peer#1', '优秀'], ['C3.level@peer#1', '优秀'], ['C4.level@peer#1', null],
      ['C2.level@peer#2', '良好'], ['C3.level@peer#2', null], ['C4.level@peer#2', null],
    ]));
    // 服务意识: rated by neither peer (the 主管 alone); 协作: by peer 1 only. Peer 2 rated 1 of the 2 items peers rated;
    // peer 1 rated both of them (it was 「只评了 3 项中的 2 项(没评:「服务意识」),这些项只按其他人的评分平均」: there are none).
    const w = r.problems.filter((p) => p.code === 'rater-spread' && p.severity === 'warning');
    // 协作 of peer 2: the eighth cell given, B9. 服务意识, which both peers left while rating the others, is said too.
    expect(w.map((p) => p.message)).toEqual([
      '3月!B9:张三:「同事评2」只评了 2 项中的 1 项(没评:「协作」),这些项只按其他人的评分平均;请核对是否漏填',
      '3月:张三:「服务意识」同事评、客户评无人评分,其权重按比例分给其他评分人;同事评评了其他项而没有评这一项,请核对是否漏填',
    ]);
  });

  it('the only peer who rated, leaving one item out: no 「只按其他人的评分平均」 — there is no one else', async () => {
    const { scorePerson } = await import('../../src/engine/scoreForm.js');
    const r = scorePerson(g, person({ name: '张三' }, [['C2.level@sup', '良好'], ['C3.level@sup', '良好'], ['C2.level@peer#1', '优秀'], ['C3.level@peer#1', null]]));
    // 沟通能力: 80 × 70/80 + 100 × 10/80 = 82.5; 协作: no peer, 主管 alone → 80.
    expect(r.items.map((i) => i.score)).toEqual([expect.closeTo(82.5, 9), 80]);
    // Not 「只按其他人的评分平均」 (there is no other peer); but the peer who rated 沟通能力 and left 协作 is warned of it
    // (a note said the weight was spread: the skipped item scored 80 where the peer's rating might have given less).
    expect(r.problems.filter((p) => p.code === 'rater-spread' && p.severity === 'warning').map((p) => p.message)).toEqual([
      '3月:张三:「协作」同事评、客户评无人评分,其权重按比例分给其他评分人;同事评评了其他项而没有评这一项,请核对是否漏填',
    ]);
  });

  it('a peer who wrote 「无」 for one of two items and rated neither is no partial rater (no warning that they rated 1 of 2)', async () => {
    const { scorePerson } = await import('../../src/engine/scoreForm.js');
    const c3 = item('C3', '服务意识', 100, [{ id: 'level', label: '评价', type: 'choice', choices: levels }], { kind: 'choice', input: 'level' });
    const two: FormDef = form([{ id: 'p', label: '能力', items: [c2, c3] }], { raters, combine: { kind: 'mean' } });
    const r = scorePerson(two, person({ name: '张三' }, [['C2.level@sup', '良好'], ['C3.level@sup', '优秀'], ['C2.level@peer#1', '无']]));
    // 80 and 100, the peers' and customers' weight spread: (80 + 100) / 2 = 90.
    expect([r.status, r.total]).toEqual(['scored', 90]);
    expect(r.problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });
});
