import ExcelJS from 'exceljs';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillFormSheet, fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { gradeFile } from '../../src/io/grade.js';
import { findRater, raterCopy } from '../../src/engine/raterCopy.js';
import { templateCommand } from '../../src/cli/template.js';
import { captureOutput } from '../../src/cli/output.js';
import type { FormDef } from '../../src/model/definition.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { form, readWorkbook, repoRoot, sheetRows, summaryTable, tempDir } from '../helpers.js';

// §9 cs-competency: 优秀 100 / 良好 80 / 一般 60 / 待改进 40; item = 70 % 主管 + 10 % 同事 (mean of the peers)
// + 20 % 客户; 自评 weight 0. No customer copy: 70/10 become 70/80 and 10/80 (the catalog's spreading).
const ITEMS = ['C1', 'C2', 'C3', 'C4', 'C5'];
const levels = (rater: string, l: string[]) => Object.fromEntries(ITEMS.map((c, k) => [`${c}@${rater}`, l[Math.min(k, l.length - 1)]!]));
const person = (id: string, name: string, rater: string, l: string[], period = '2026-03'): FillPerson => ({
  header: { employeeId: id, name, department: '客服部', period },
  values: levels(rater, l),
});

let f: FormDef;
let dir = '';

/**
 * One rater's roster copy of `form` (kpi template --rater), filled with `people`, written to `folder/file`. `label`: the
 * 评分人 the template writes (the rater's own label by default; null: none, as a copy signed by hand).
 */
async function rosterCopy(form: FormDef, folder: string, file: string, raterText: string, people: FillPerson[], label?: string | null): Promise<string> {
  const rater = findRater(form, raterText)!;
  const restricted = raterCopy(form, rater);
  const wb = await buildTemplate(restricted, { layout: 'roster', generator: 'test', ...(label === null ? {} : { rater: label ?? rater.label }) });
  fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, restricted, people);
  const out = path.join(folder, file);
  await wb.xlsx.writeFile(out);
  return out;
}

const copy = (file: string, raterText: string, people: FillPerson[], label?: string) => rosterCopy(f, dir, file, raterText, people, label);

async function combined(files: string[], output: string | null = null): Promise<GradeReport> {
  const r = await gradeCombined(files, { output });
  if (!r.ok) throw new Error(r.failure.message);
  return r.report;
}

describe('raters in separate files (cs-competency)', () => {
  let sup = '';
  let peerA = '';
  let peerB = '';
  let self = '';
  beforeAll(async () => {
    f = await form('cs-competency');
    dir = tempDir();
    sup = await copy('主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['优秀', '良好']), person('1002', '周杰', 'supervisor', ['优秀'])]);
    peerA = await copy('同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀']), person('1002', '周杰', 'peer', ['良好'])]);
    peerB = await copy('同事乙.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般'])]);
    self = await copy('自评.xlsx', '自评', [person('1001', '林娜', 'self', ['优秀'])]);
  });

  it('someone in a peer\'s copy but not in 主管.xlsx: unscored, and said once why (only 「缺少「主管评」的评分」 item by item was)', async () => {
    const peer = await copy('同事丙.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀']), person('1004', '王四', 'peer', ['良好'])]);
    const r = await combined([sup, peer]);
    expect(r.people.find((p) => p.name === '王四')!.status).toBe('error');
    expect(r.problems.filter((p) => p.code === 'rater-absent').map((p) => [p.person, p.severity, p.message])).toEqual([
      ['王四', 'info', '考核表!B3:王四:「主管评」的表(主管.xlsx)中没有此人(按工号和姓名都没有找到),所以各项缺少「主管评」的评分;如果是工号或姓名写得不一样,请改成一致后重新评分'],
    ]);
  });

  it('two peers averaged, the missing customers\' 20 % spread over 主管 and 同事, 自评 for reference', async () => {
    const r = await combined([sup, peerA, peerB, self], path.join(dir, 'out.xlsx'));
    const lin = r.people.find((p) => p.name === '林娜')!;
    // C1: 主管 100, 同事 (100 + 60) / 2 = 80 → (0.7 × 100 + 0.1 × 80) / 0.8 = 78 / 0.8 = 97.5
    // C2–C5: 主管 80, 同事 (100 + 60) / 2 = 80 → (56 + 8) / 0.8 = 80
    const scores = lin.items.map((i) => i.score!);
    [97.5, 80, 80, 80, 80].forEach((want, k) => expect(scores[k]).toBeCloseTo(want, 9));
    expect(lin.total).toBeCloseTo(83.5, 9); // (97.5 + 4 × 80) / 5
    expect(lin.band).toBe('良好');
    expect(lin.items[0]!.explanation).toBe('主管评:优秀 → 100;同事评(2人)平均 80;客户评无人评分,其权重按比例分给其他评分人:100 × 70/80 + 80 × 10/80 = 97.5(自评 100,仅供参考)');
    const zhou = r.people.find((p) => p.name === '周杰')!;
    // One peer: (0.7 × 100 + 0.1 × 80) / 0.8 = 97.5 on every item.
    expect(zhou.total).toBeCloseTo(97.5, 9);
    expect(zhou.band).toBe('优秀');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'rater-spread').map((p) => p.person)).toEqual(['林娜', '周杰']);
    expect(r.inputs).toEqual([sup, peerA, peerB, self]);
    const summary = summaryTable(await readWorkbook(r.output!));
    expect(summary[1]!.slice(0, 4)).toEqual([1, '1002', '周杰', '客服部']);
    expect(summary[1]![4]).toBeCloseTo(97.5, 9);
    expect(summary[2]!.slice(0, 4)).toEqual([2, '1001', '林娜', '客服部']);
    expect(summary[2]![4]).toBeCloseTo(83.5, 9);
    expect(summary[2]![5]).toBe('良好');
    // Peers are anonymous: the one-person raters' files are named, the peers' counted. Named, a lone peer's file beside
    // 明细's 同事评 level would say who gave it (周杰 was rated by 同事甲.xlsx only).
    expect(summary[2]![summary[0]!.indexOf('工作表')]).toBe('主管.xlsx、自评.xlsx、同事评 2 份');
    expect(summary[1]![summary[0]!.indexOf('工作表')]).toBe('主管.xlsx、同事评 1 份');
  });

  it('a peer\'s copy signed by 周杰 rating 周杰 too (a --people copy has everyone): his own marks set aside as a self-rating, said', async () => {
    const own = await copy('同事-周杰.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般']), person('1002', '周杰', 'peer', ['一般'])], '周杰');
    const r = await combined([sup, own]);
    // 林娜 rated by the peer 周杰 (一般 60): C1 (0.7 × 100 + 0.1 × 60) / 0.8 = 95, C2–C5 (56 + 6) / 0.8 = 77.5 → (95 + 4 × 77.5) / 5 = 81.
    expect(r.people.find((p) => p.name === '林娜')!.total).toBeCloseTo(81, 9);
    // 周杰 by 主管 alone (优秀 100 on every item): 100 — counted as his peer's 一般, (70 + 6) / 0.8 = 95 each: 95 良好 at exit 0.
    const zhou = r.people.find((p) => p.name === '周杰')!;
    expect([zhou.total, zhou.band]).toEqual([100, '优秀']);
    expect(r.problems.filter((p) => p.code === 'self-rated').map((p) => [p.severity, p.person, p.file && path.basename(p.file), p.cell, p.message])).toEqual([
      ['warning', '周杰', '同事-周杰.xlsx', 'F3', '考核表!F3:周杰:「评分人」写的是「周杰」,即被考核人本人:这份同事评是本人给自己的评分,自评只作参考、不计分,没有计入同事评;如果不是,请核对'],
    ]);
    // 「同事评(周杰)」 says the same.
    const named = await copy('同事评-周杰.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般']), person('1002', '周杰', 'peer', ['一般'])], '同事评(周杰)');
    const n = await combined([sup, named]);
    expect(n.people.map((p) => [p.name, p.total])).toEqual(r.people.map((p) => [p.name, p.total]));
  });

  it('a peer who rated 2 of the 5 items: the warning is placed in that peer\'s copy, at the first item left empty (it was at 主管.xlsx)', async () => {
    const partial: FillPerson = { header: { employeeId: '1001', name: '林娜', department: '客服部', period: '2026-03' }, values: { 'C1@peer': '优秀', 'C2@peer': '优秀' } };
    const peerC = await copy('同事丙.xlsx', '同事', [partial, person('1002', '周杰', 'peer', ['良好'])]);
    const r = await combined([sup, peerC, peerB]);
    // C1: 主管 100, 同事 (100 + 60)/2 = 80 → 100 × 7/8 + 80 × 1/8 = 97.5; C2: 主管 80, 同事 80 → 80;
    // C3–C5: 主管 80, 同事乙 alone 60 → 70 + 7.5 = 77.5. Σ (97.5 + 80 + 3 × 77.5)/5 = 410/5 = 82 → 良好.
    const lin = r.people.find((p) => p.name === '林娜')!;
    expect([lin.total, lin.band]).toEqual([82, '良好']);
    const said = r.problems.filter((p) => p.code === 'rater-spread' && p.severity === 'warning');
    // The copy's row 2 holds C1–C5 in G–K: C3, the first not rated, is I2 (it was G2, the row's first cell).
    expect(said.map((p) => [p.person, path.basename(p.file!), p.sheet, p.cell])).toEqual([['林娜', '同事丙.xlsx', '考核表', 'I2']]);
    expect(said[0]!.message).toContain('只评了 5 项中的 2 项');
  });

  it('last run\'s combined result given among the copies is said as what it is (it was 「认不出是哪种考核表」, try --form)', async () => {
    const out = path.join(dir, '上次合并.xlsx');
    await combined([sup, peerA, peerB], out);
    const r = await gradeCombined([sup, peerA, out], { output: null });
    expect(r.ok ? '' : r.failure.message).toBe('上次合并.xlsx 是几份评分人表合并评分写出的结果,里面没有各评分人的原表,不能再评分或汇总;重新评分请把各份评分人表(原文件)一起交给 kpi score,汇总几个月请交给 kpi rollup(同一个月的几份会合并评分)');
  });

  it('a folder holding last run\'s combined result under a name of the user\'s (三月结果.xlsx): passed over with a note, the copies combined as before', async () => {
    const folder = tempDir();
    for (const file of [sup, peerA, peerB, self]) copyFileSync(file, path.join(folder, path.basename(file)));
    const first = await combined([folder], path.join(folder, '三月结果.xlsx'));
    const again = await combined([folder], path.join(folder, '三月结果2.xlsx'));
    // As above: 林娜 (97.5 + 4 × 80) / 5 = 83.5, 周杰 97.5 — not refused for 三月结果.xlsx, and no rater counted twice.
    for (const r of [first, again]) expect(r.people.map((p) => [p.name, p.total])).toEqual([['林娜', expect.closeTo(83.5, 9)], ['周杰', expect.closeTo(97.5, 9)]]);
    expect(again.inputs!.map((x) => path.basename(x))).toEqual(['主管.xlsx', '同事乙.xlsx', '同事甲.xlsx', '自评.xlsx']);
    expect(again.problems.filter((p) => p.code === 'graded-in-folder').map((p) => p.message)).toEqual([
      '三月结果.xlsx 是 kpi 写出的评分结果(主管.xlsx、同事乙.xlsx、同事甲.xlsx、自评.xlsx 的评分结果),不作为评分人的表读取(否则其中的评分会算两次)',
    ]);
  });

  it('a peer\'s copy with 评分人 left blank, one of its people not rated (row blank): that row is the peer\'s, absent — not an unknown rater', async () => {
    const blankRow: FillPerson = { header: { employeeId: '1002', name: '周杰', department: '客服部', period: '2026-03' }, values: {} };
    const unsigned = await rosterCopy(f, dir, '同事丙.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般']), blankRow], null);
    const r = await combined([sup, unsigned]);
    // 林娜: C1 主管 100, 同事 60 → (70 + 6) / 0.8 = 95; C2–C5 主管 80 → (56 + 6) / 0.8 = 77.5 ⇒ (95 + 4 × 77.5) / 5 = 81.
    // 周杰: 主管 alone (同事 absent, its 10 % and 客户's 20 % spread) → 100.
    expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['林娜', 'scored', expect.closeTo(81, 9)], ['周杰', 'scored', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('one peer\'s copy with 林娜\'s row pasted twice: one peer, counted once with a warning; two different rows for her: an error', async () => {
    const twice = await copy('同事丁.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般']), person('1002', '周杰', 'peer', ['良好']), person('1001', '林娜', 'peer', ['一般'])]);
    const r = await combined([sup, peerA, twice]);
    // 林娜: C1 主管 100, 同事 (100 + 60) / 2 = 80 → (70 + 8) / 0.8 = 97.5; C2–C5 主管 80, 同事 80 → 80 ⇒ (97.5 + 320) / 5 = 83.5.
    // Counted as a third peer, 同事 was (100 + 60 + 60) / 3 = 73.33: (70 + 7.33) / 0.8 = 96.67 and 79.17 ⇒ 82.67, exit 0.
    expect(r.people.find((p) => p.name === '林娜')!.total).toBeCloseTo(83.5, 9);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.severity, p.person, p.message])).toEqual([
      ['warning', '林娜', '同事丁.xlsx 考核表!B4:林娜的「同事评」评分与 同事丁.xlsx 考核表!B2 完全相同,是重复的一行(或一张表),只计一次;如果确实是另一位同事评的评分,请在「评分人」里写明是谁'],
    ]);
    const other = await copy('同事戊.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般']), person('1001', '林娜', 'peer', ['优秀'])]);
    const r2 = await combined([sup, other]);
    expect(r2.people.find((p) => p.name === '林娜')!.status).toBe('error');
    expect(r2.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.severity, p.person])).toEqual([['error', '林娜']]);
  });

  it('two team leads\' 主管 copies made from one --people template, each leaving the other\'s people blank: each person scored by their own lead', async () => {
    const blank = (id: string, name: string): FillPerson => ({ header: { employeeId: id, name, department: '客服部', period: '2026-03' }, values: {} });
    const leadA = await copy('主管甲.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['良好']), blank('1002', '周杰'), blank('1003', '王芳')]);
    const leadB = await copy('主管乙.xlsx', '主管', [blank('1001', '林娜'), person('1002', '周杰', 'supervisor', ['优秀']), blank('1003', '王芳')]);
    const r = await combined([leadA, leadB]);
    // 主管 alone (同事's 10 % and 客户's 20 % spread): 林娜 80, 周杰 100; 王芳 rated by neither: not scored. A blank row was a
    // second 主管评: everyone 「已在 主管甲.xlsx 评过」, unscored.
    expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['林娜', 'scored', 80], ['周杰', 'scored', 100], ['王芳', 'error', null]]);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate')).toEqual([]);
    // 王芳's rows are there, blank: nothing filled, not 「not in 主管's copies」.
    expect(r.problems.filter((p) => p.person === '王芳').map((p) => p.code)).not.toContain('rater-absent');
  });

  it('a peer\'s copy saved again by another program (not byte for byte) and named as a copy counts once; named otherwise, both count, said', async () => {
    const resave = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(peerB);
      wb.creator = 'LibreOffice';
      const out = path.join(dir, name);
      await wb.xlsx.writeFile(out);
      return out;
    };
    const copyNamed = await resave('同事乙 - 副本.xlsx');
    const r = await combined([sup, peerB, copyNamed]);
    // As one peer: C1 (70 + 6) / 0.8 = 95, C2–C5 (56 + 6) / 0.8 = 77.5 ⇒ 81 (two peers of 60 would be the same here, so
    // the check is which files count): the copy is left out, with a warning.
    expect(r.people.find((p) => p.name === '林娜')!.total).toBeCloseTo(81, 9);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.severity, p.message])).toEqual([
      ['warning', '同事乙 - 副本.xlsx 与 同事乙.xlsx 的同事评填得一模一样,文件名也像是它的副本(另存过的同一份表),只计一次'],
    ]);
    // With peer 甲 too, the copy would have pulled 同事评 towards 乙's 60: (100 + 60 + 60) / 3 = 73.33 instead of 80.
    const three = await combined([sup, peerA, peerB, copyNamed]);
    expect(three.people.find((p) => p.name === '林娜')!.items[0]!.explanation).toContain('同事评(2人)平均 80');
    // Named as a peer of its own: two peers may agree on everything — both count, and a warning asks.
    const otherName = await resave('同事丁.xlsx');
    const both = await combined([sup, peerA, peerB, otherName]);
    expect(both.people.find((p) => p.name === '林娜')!.items[0]!.explanation).toContain('同事评(3人)平均');
    expect(both.problems.filter((p) => p.code === 'rater-duplicate').map((p) => p.message)).toEqual([
      '同事丁.xlsx 与 同事乙.xlsx 的同事评填得一模一样(每人每项都相同),两份都已计入;如果是同一份表另存的副本,请删去一份后重新评分',
    ]);
  });

  it('a copy is one named after the other file: 「副本 of 李四」 is no copy of 乙, nor 「copywriter同事」 of anything', async () => {
    const resaved = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(peerB);
      const out = path.join(dir, name);
      await wb.xlsx.writeFile(out);
      return out;
    };
    for (const name of ['李四 - 副本.xlsx', 'copywriter同事.xlsx']) {
      const r = await combined([sup, peerA, peerB, await resaved(name)]);
      // Three peers: 林娜 C1 同事 (100 + 60 + 60) / 3 = 73.33 — both alike copies count, said.
      expect(r.people.find((p) => p.name === '林娜')!.items[0]!.explanation).toContain('同事评(3人)平均 73.33');
      expect(r.problems.find((p) => p.code === 'rater-duplicate')!.message).toContain('两份都已计入');
    }
  });

  it('two peers\' CSV files alike byte for byte count both (a text file has no time stamp to tell them apart), said', async () => {
    const d = tempDir();
    const head = '工号,姓名,部门,考核月份,评分人,业务知识能力,沟通能力,问题解决能力,人际关系协调,反馈与学习能力';
    writeFileSync(path.join(d, '主管.csv'), `${head}\r\n1001,林娜,客服部,2026-03,主管评,良好,良好,良好,良好,良好\r\n`);
    for (const name of ['张三.csv', '李四.csv']) writeFileSync(path.join(d, name), `${head}\r\n1001,林娜,客服部,2026-03,同事评,优秀,优秀,优秀,优秀,优秀\r\n`);
    const r = await combined(['主管.csv', '张三.csv', '李四.csv'].map((f) => path.join(d, f)));
    // 80 × 70/80 + 100 × 10/80 = 82.5 on each item, whether one peer or two (both 100): the check is the count.
    expect(r.people[0]!.items[0]!.explanation).toContain('同事评(2人)平均 100');
    expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => p.message)).toEqual([
      '李四.csv 与 张三.csv 的同事评填得一模一样(每人每项都相同),两份都已计入;如果是同一份表另存的副本,请删去一份后重新评分',
    ]);
  });

  it('the same rater twice, an unknown role and another period are located errors', async () => {
    const sup2 = await copy('主管2.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['一般'])]);
    const r = await combined([sup, peerA, sup2]);
    const lin = r.people.find((p) => p.name === '林娜')!;
    expect(lin.status).toBe('error');
    expect(lin.total).toBeNull();
    const dup = r.problems.find((p) => p.code === 'rater-duplicate')!;
    expect(dup).toMatchObject({ severity: 'error', person: '林娜', sheet: '考核表', file: sup2 });
    expect(dup.message).toMatch(/^主管2\.xlsx 考核表!\w+2:林娜的「主管评」已在 主管\.xlsx 考核表!B2 评过/);
    expect(r.people.find((p) => p.name === '周杰')!.total).toBeCloseTo(97.5, 9); // (70 + 8) / 0.8

    // 评分人 written as a person (「老板」, 「张经理」) names no rater: the copy's cells are 同事评's only, so it is 同事评's.
    // 周杰: 主管 优秀 100, 同事 优秀 100 → (0.7 × 100 + 0.1 × 100) / 0.8 = 100.
    const boss = await copy('老板.xlsx', '同事', [person('1002', '周杰', 'peer', ['优秀'])], '老板');
    const u = await combined([sup, boss]);
    expect(u.problems.filter((p) => p.code === 'rater-unknown')).toEqual([]);
    expect(u.people.find((p) => p.name === '周杰')!.total).toBe(100);
    expect(u.people.find((p) => p.name === '林娜')!.total).toBe(84); // 主管 alone: (100 + 4 × 80) / 5

    const feb = await copy('同事二月.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀'], '2026-02')]);
    const mixed = await gradeCombined([sup, feb], { output: null });
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.failure.message).toBe('一起评分的几份表考核月份不同(2026-03:主管.xlsx;2026-02:同事二月.xlsx):各评分人的表必须是同一考核期');
    // Beside two copies of March, the one of February is the one pointed at, at its 考核月份 cell (it named 主管.xlsx, no cell).
    const three = await gradeCombined([sup, peerA, feb], { output: null });
    expect(three.ok ? null : [path.basename(three.failure.file ?? ''), three.failure.sheet, !!three.failure.cell]).toEqual(['同事二月.xlsx', '考核表', true]);
  });

  it('「3月」 without its year in one copy beside 2026-03 in the others is March: combined (it stopped the run)', async () => {
    // 林娜: 主管 优秀 100 on C1, 良好 80 on C2–C5; 同事 优秀 100 → item (0.7 × s + 0.1 × 100) / 0.8:
    // C1 (70 + 10) / 0.8 = 100, C2–C5 (56 + 10) / 0.8 = 82.5 → (100 + 4 × 82.5) / 5 = 86.
    const bare = await copy('同事三月.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀'], '3月')]);
    const r = await combined([sup, bare]);
    expect(r.people.find((p) => p.name === '林娜')!.total).toBe(86);
    // 「2月」 is another month still.
    const feb = await copy('同事二月2.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀'], '2月')]);
    const mixed = await gradeCombined([sup, feb], { output: null });
    expect(mixed.ok).toBe(false);
  });

  it('a copy whose 评分人 names another rater than the cells it fills is said, not dropped (a 同事评 copy marked 客户评)', async () => {
    // The peer's copy, 评分人 typed 客户评: read as 客户评's copy it has no cell of its own. It used to vanish: 林娜 84.
    const marked = await copy('同事写成客户.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般'])], '客户评');
    const r = await combined([sup, marked]);
    const lin = r.people.find((p) => p.name === '林娜')!;
    expect(lin.status).toBe('error');
    const e = r.problems.find((p) => p.code === 'rater-unknown')!;
    expect(e.message).toMatch(/^同事写成客户\.xlsx 考核表!\w+2:「评分人」写的是「客户评」,但填写的是「同事评」的格子,一格也没有读到/);
  });

  it('the same copy given twice (or its 副本) counts once, with a warning: 同事评 is one peer, not two', async () => {
    const again = path.join(dir, '同事乙 - 副本.xlsx');
    copyFileSync(peerB, again);
    const r = await combined([sup, peerB, again]);
    const lin = r.people.find((p) => p.name === '林娜')!;
    // C1: 主管 100, 同事 60 → (70 + 6) / 0.8 = 95; C2–C5: (56 + 6) / 0.8 = 77.5 ⇒ (95 + 4 × 77.5) / 5 = 81.
    expect(lin.total).toBeCloseTo(81, 9);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.severity, p.message])).toEqual([['warning', '同事乙 - 副本.xlsx 与 同事乙.xlsx 内容完全相同,是同一份表,只计一次']]);
  });

  it('a copy without 工号 joins the person of that name; one 工号 under two names is an error, not a merge', async () => {
    const noId = await copy('同事无工号.xlsx', '同事', [person('', '周杰', 'peer', ['一般'])]);
    const r = await combined([sup, noId]);
    // 周杰 1002: 主管 优秀 100, 同事 一般 60 → (70 + 6) / 0.8 = 95 on every item (was a second 周杰, unscored).
    expect(r.people.filter((p) => p.name === '周杰').map((p) => p.total)).toEqual([expect.closeTo(95, 9)]);
    const copied = await copy('同事复制.xlsx', '同事', [person('1002', '赵六', 'peer', ['优秀'])]);
    const c = await combined([sup, copied]);
    expect(c.people.find((p) => p.name === '周杰')!.status).toBe('error');
    expect(c.problems.find((p) => p.code === 'rater-duplicate')!.message).toMatch(/工号「1002」在这里是「赵六」,在 主管\.xlsx 考核表!B3 是「周杰」/);
  });

  it('a copy without 工号 naming a 张伟 the other copy has twice (2001, 2002): the row left out, neither 张伟 scored, one located error each', async () => {
    const two = await copy('主管同名.xlsx', '主管', [person('2001', '张伟', 'supervisor', ['优秀']), person('2002', '张伟', 'supervisor', ['良好'])]);
    const peer = await copy('同事无工号2.xlsx', '同事', [person('', '张伟', 'peer', ['一般'])]);
    const r = await combined([two, peer]);
    // Scored from the supervisor alone they were 100 and 80, each said to have no peer — but one of them has one, whose
    // 一般 (60) would give (70 + 6) / 0.8 = 95 or (56 + 6) / 0.8 = 77.5. Which is not for kpi to guess.
    expect(r.people.map((p) => [p.id, p.status, p.total])).toEqual([['2001', 'error', null], ['2002', 'error', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.file && path.basename(p.file), p.person, p.message])).toEqual(['2001', '2002'].map((id) =>
      ['name-ambiguous', '同事无工号2.xlsx', '张伟', expect.stringMatching(new RegExp(`这一行没有工号,而姓名「张伟」在几份表里对应工号 2001、2002,无法确定评的是哪一位,这一行未计入,工号 ${id} 的「张伟」因此不评分;请填写工号后重新评分$`))],
    ));
    // No 「其权重按比例分给其他评分人」 for people not scored.
    expect(r.problems.filter((p) => p.code === 'rater-spread')).toEqual([]);
    // A row of the name only rates nobody: both scored from the supervisor, nothing said.
    const blank = await copy('同事无工号3.xlsx', '同事', [{ header: { name: '张伟', department: '客服部', period: '2026-03' }, values: {} }]);
    const b = await combined([two, blank]);
    expect(b.people.map((p) => [p.id, p.status, p.total])).toEqual([['2001', 'scored', 100], ['2002', 'scored', 80]]);
    expect(b.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the full roster template filled in the 主管评 columns only, with a peer\'s copy: the other raters\' empty columns are not called foreign', async () => {
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, [person('1002', '周杰', 'supervisor', ['优秀'])]);
    const full = path.join(dir, '主管-全表.xlsx');
    await wb.xlsx.writeFile(full);
    const r = await combined([full, peerA]);
    // 周杰 as above: 主管 100, 同事 80 → 97.5 (林娜, in the peer's copy only, lacks her 主管评).
    expect(r.people.find((p) => p.name === '周杰')!.total).toBeCloseTo(97.5, 9);
    expect(r.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });

  it('a 主管评 copy that also fills the 同事评 cells (the full template, filled by one hand): its peers counted, not dropped', async () => {
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const zhou: FillPerson = { header: { employeeId: '1002', name: '周杰', department: '客服部', period: '2026-03', raterRole: '主管评' }, values: { ...levels('supervisor', ['良好']), ...levels('peer#1', ['待改进']) } };
    fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, [zhou]);
    const full = path.join(dir, '主管-同事也填了.xlsx');
    await wb.xlsx.writeFile(full);
    const customer = await copy('客户.xlsx', '客户', [person('1002', '周杰', 'customer', ['一般'])]);
    // Scored alone the peers count: 80 × 70/80 + 40 × 10/80 = 75 on each item. Combined with the customer's copy the
    // peers' 待改进 was dropped: 80 × 70/90 + 60 × 20/90 = 75.56 at exit 0, for 80 × 0.7 + 40 × 0.1 + 60 × 0.2 = 72.
    const alone = await gradeFile(full, { output: null });
    if (!alone.ok) throw new Error(alone.failure.message);
    expect(alone.report.people.map((p) => p.total)).toEqual([75]);
    // It was refused (「这些格子不会计入」); each column headed by its rater is that rater's (fx54f), no peer copy given
    // to count the 同事评 column twice: 72.
    const r = await combined([full, customer]);
    expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['周杰', 'scored', 72]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('「林　娜」 (a space to line the name up) in the peer\'s copy is the supervisor\'s 林娜 of the same 工号, not a second person', async () => {
    const padded = await copy('同事-林娜.xlsx', '同事', [person('1001', '林　娜', 'peer', ['优秀'])]);
    const r = await combined([sup, padded]);
    // As the first test's 周杰: C1 主管 100, 同事 100 → 100; C2–C5 主管 80, 同事 100 → (56 + 10) / 0.8 = 82.5;
    // (100 + 4 × 82.5) / 5 = 86. It was 「同一工号不能是两个人」 and 林娜 unscored.
    expect(r.people.find((p) => p.id === '1001')!.total).toBeCloseTo(86, 9);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('工号 01002 in the peer\'s copy is 1002 of the supervisor\'s (Excel drops the zeros of a retyped number): one 周杰', async () => {
    const zeros = await copy('同事前导零.xlsx', '同事', [person('01002', '周杰', 'peer', ['一般'])]);
    const r = await combined([sup, zeros]);
    // As above: 主管 优秀 100, 同事 一般 60 → (70 + 6) / 0.8 = 95 on every item.
    expect(r.people.filter((p) => p.name === '周杰').map((p) => [p.status, p.total])).toEqual([['scored', expect.closeTo(95, 9)]]);
  });

  it('kpi rollup takes each month\'s copies together; a combined output is refused with what to give instead', async () => {
    const { rollupFiles } = await import('../../src/io/rollup/index.js');
    // April: 林娜 主管 一般 60 and 同事 良好 80 on every item → (0.7 × 60 + 0.1 × 80) / 0.8 = 50 / 0.8 = 62.5.
    const supApr = await copy('主管-4月.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['一般'], '2026-04')]);
    const peerApr = await copy('同事-4月.xlsx', '同事', [person('1001', '林娜', 'peer', ['良好'], '2026-04')]);
    const out = await rollupFiles([sup, peerA, peerB, supApr, peerApr], { output: null });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    const lin = out.report.result.people.find((p) => p.name === '林娜')!;
    // March 83.5 (as above), April 62.5: mean 73 → 一般; change −21.
    expect([lin.months['2026-03']!.total, lin.months['2026-04']!.total, lin.total, lin.band, lin.change]).toEqual([
      expect.closeTo(83.5, 9), expect.closeTo(62.5, 9), expect.closeTo(73, 9), '一般', expect.closeTo(-21, 9),
    ]);
    expect(out.report.files.map((f) => [f.month, f.copies?.map((c) => path.basename(c))])).toEqual([
      ['2026-03', ['主管.xlsx', '同事甲.xlsx', '同事乙.xlsx']],
      ['2026-04', ['主管-4月.xlsx', '同事-4月.xlsx']],
    ]);
    // The workbook's 来源 lists every copy of a month, not its first only.
    const written0 = path.join(dir, 'q.rollup.xlsx');
    const withFile = await rollupFiles([sup, peerA, peerB, supApr, peerApr], { output: written0 });
    if (!withFile.ok) throw new Error(withFile.failures[0]!.message);
    const sources = sheetRows(await readWorkbook(written0), '来源').slice(1).map((r) => [r[0], path.basename(String(r[1]))]);
    expect(sources).toEqual([['2026-03', '主管.xlsx'], ['2026-03', '同事甲.xlsx'], ['2026-03', '同事乙.xlsx'], ['2026-04', '主管-4月.xlsx'], ['2026-04', '同事-4月.xlsx']]);
    const written = path.join(dir, '主管.combined.graded.xlsx');
    await combined([sup, peerA], written);
    const refused = await rollupFiles([written], { output: null });
    expect(refused.ok ? [] : refused.failures.map((p) => p.message)).toEqual([
      '主管.combined.graded.xlsx 是几份评分人表合并评分写出的结果,里面没有各评分人的原表,不能再评分或汇总;重新评分请把各份评分人表(原文件)一起交给 kpi score,汇总几个月请交给 kpi rollup(同一个月的几份会合并评分)',
    ]);
    // Saved under a name of the user's, it is told by its keywords: kpi score and kpi rollup say the same, not 「认不出」.
    const renamed = path.join(dir, '三月合并结果.xlsx');
    copyFileSync(written, renamed);
    const again = await gradeFile(renamed, { output: null });
    expect(again.ok ? null : [again.failure.code, again.failure.message.startsWith('三月合并结果.xlsx 是几份评分人表合并评分写出的结果')]).toEqual(['combine-unsupported', true]);
    const rolled = await rollupFiles([renamed], { output: null });
    expect(rolled.ok ? [] : rolled.failures.map((p) => p.code)).toEqual(['combine-unsupported']);
  });

  it('kpi rollup: two departments\' full rosters of one month (nobody in common) are two files of a month, not raters\' copies', async () => {
    const { rollupFiles } = await import('../../src/io/rollup/index.js');
    const full = async (file: string, people: FillPerson[]) => {
      const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
      fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, people);
      const out = path.join(dir, file);
      await wb.xlsx.writeFile(out);
      return out;
    };
    const cs = await full('2026-05 客服部.xlsx', [person('1001', '林娜', 'supervisor', ['优秀'], '2026-05')]);
    const after = await full('2026-05 售后组.xlsx', [person('1003', '吴磊', 'supervisor', ['良好'], '2026-05')]);
    // Combined as copies, each person lacked the other file's 主管评: everyone unscored, 「评分人」 said unfilled.
    const out = await rollupFiles([cs, after], { output: null });
    // Said as what it may be, either way: copies that must list the same people, or two rosters to put into one file.
    expect(out.ok ? [] : out.failures.map((p) => p.message)).toEqual(['2026-05 售后组.xlsx 和 2026-05 客服部.xlsx 都是 2026-05 的考核表,但两份里没有同一个人:评分人各自的表(主管一份、同事一份)要列出同样的人才能合并计算,两个部门的名单则应合成一个文件。是评分人的表时请核对两份的工号和姓名,并在每份里列出全部被考核人;是两份名单时请合并为一个文件']);
  });

  it('the combined workbook\'s 问题 names each copy\'s sheet with its file, unlinked (its 考核表 is not in this workbook)', async () => {
    const wrong = await copy('同事错.xlsx', '同事', [person('1001', '林娜', 'peer', ['很好'])]);
    const out = path.join(dir, 'with-problem.xlsx');
    await combined([sup, wrong], out);
    const rows = sheetRows(await readWorkbook(out), '问题');
    const located = rows.slice(1).filter((r) => r[2]);
    expect(located.length).toBeGreaterThan(0);
    for (const r of located) {
      expect(String(r[2])).toMatch(/^\[(主管|同事错)\.xlsx\]/);
      expect(typeof r[3] === 'object' && r[3] !== null && 'hyperlink' in (r[3] as object)).toBe(false);
    }
  });

  it('kpi template --rater 同事 makes a copy with only the peer\'s cells and 评分人 filled in', async () => {
    const o = captureOutput();
    const out = path.join(dir, 'peer-template.xlsx');
    expect(await templateCommand(o, 'cs-competency', { rater: '同事', layout: 'roster', output: out })).toBe(0);
    expect(o.stdout).toContain('供「同事评」填写');
    const rows = sheetRows(await readWorkbook(out), '考核表');
    expect(rows[0]).toEqual(['工号', '姓名', '部门', '岗位', '考核月份', '评分人', '业务知识能力·同事评', '沟通能力·同事评', '问题解决能力·同事评', '人际关系协调·同事评', '反馈与学习能力·同事评']);
    expect(rows[1]![5]).toBe('同事评');
    const bad = captureOutput();
    expect(await templateCommand(bad, 'cs-competency', { rater: '老板', output: path.join(dir, 'x.xlsx') })).toBe(2);
    expect(bad.stderr).toBe('kpi: 「客服岗位的员工绩效考核表」没有评分人「老板」,可选:自评、主管评、同事评、客户评\n');
  });
});

// §4 cs-dept-monthly: 直接主管 70 % and 间接主管 30 % in separate copies. Its header names both supervisors
// (直接主管, 间接主管 are name fields), so a copy says who rated it under 评分人 — whose value is also a field's label.
describe('raters in separate files (cs-dept-monthly, form and roster layouts)', () => {
  const coefficientItems = ['E1', 'E2', 'Q1', 'Q2', 'Q3', 'Q4', 'T1', 'T2', 'T3', 'T4', 'T5', 'S1', 'S2'];
  const fill = (rater: 'direct' | 'indirect', level: string, rating: number): FillPerson => ({
    header: { employeeId: 'K001', name: '王芳', period: '2026-03', directName: '陈主管', indirectName: '李经理' },
    values: { ...Object.fromEntries(coefficientItems.map((i) => [`${i}@${rater}`, level])), [`X1@${rater}`]: rating, [`X2@${rater}`]: rating },
  });
  for (const layout of ['form', 'roster'] as const) {
    it(`达成 and 低标 → 0.7 × 1 + 0.3 × 0.8 = 0.94 of each weight; 8 and 6 → 7.4 (${layout})`, async () => {
      const dept = await form('cs-dept-monthly');
      const d = tempDir();
      const files: string[] = [];
      for (const [raterText, person] of [['直接主管', fill('direct', '达成', 8)], ['间接主管', fill('indirect', '低标', 6)]] as const) {
        const rater = findRater(dept, raterText)!;
        const restricted = raterCopy(dept, rater);
        const wb = await buildTemplate(restricted, { layout, generator: 'test', rater: rater.label, ...(layout === 'form' ? { people: [new Map([['name', '王芳']])] } : {}) });
        if (layout === 'roster') fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, restricted, [person]);
        else fillFormSheet(wb.getWorksheet('王芳')!, restricted, person);
        files.push(path.join(d, `${raterText}.xlsx`));
        await wb.xlsx.writeFile(files[files.length - 1]!);
      }
      const r = await gradeCombined(files, { output: null });
      if (!r.ok) throw new Error(r.failure.message);
      const wang = r.report.people[0]!;
      // 工作效率 30 × 0.94 = 28.2, 工作质量 28.2, 团队/纪律 28.2, 6S管理 10 × 0.94 = 9.4;
      // 超预期表现 (0.7 × 8 + 0.3 × 6) / 10 × 10 = 7.4 ⇒ 101.4, band on min(101.4, 100) → 优秀.
      expect(wang.parts.map((p) => p.score)).toEqual([28.2, 28.2, 28.2, 9.4, 7.4].map((x) => expect.closeTo(x, 10)));
      expect([wang.total, wang.band, wang.status]).toEqual([expect.closeTo(101.4, 10), '优秀', 'scored']);
      expect(r.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
      // The supervisors' names stay theirs: the copy did not write 「间接主管」 into 直接主管.
      expect([wang.header.directName, wang.header.indirectName]).toEqual(['陈主管', '李经理']);
    });
  }
  it('the 间接主管 roster copy scored alone: one error for the sheet and one a person, none inviting a column renamed', async () => {
    const dept = await form('cs-dept-monthly');
    const indirect = await rosterCopy(dept, tempDir(), '间接主管.xlsx', '间接主管', [fill('indirect', '低标', 6)]);
    const r = await gradeFile(indirect, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // It was 15 「缺少列「…·直接主管」…(列名可写作「…·直接主管」)」: renaming would pass the 间接主管's ratings off as the other's.
    const errors = r.report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toEqual(['item-not-found', 'rater-copy-alone']);
    expect(errors[0]!.message).toMatch(/没有「直接主管」的列\(15 列,必填\),只有「间接主管」的.*kpi score 直接主管的表\.xlsx 间接主管\.xlsx$/);
    expect(errors[1]!.message).toContain('kpi score 直接主管的表.xlsx 间接主管.xlsx');
  });

  it('a value the 间接主管 copy holds under a heading not read (「日常行为·间接」, 超预期\'s column deleted) leaves the person unscored', async () => {
    const dept = await form('cs-dept-monthly');
    const d = tempDir();
    const direct = await rosterCopy(dept, d, '直接主管.xlsx', '直接主管', [fill('direct', '达成', 8)]);
    const indirect = await rosterCopy(dept, d, '间接主管.xlsx', '间接主管', [fill('indirect', '低标', 6)]);
    const wb = await readWorkbook(indirect);
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const headings = () => Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
    const x2 = headings().findIndex((h) => h.startsWith('超预期表现·日常行为'));
    ws.spliceColumns(x2, 1);
    const t5 = headings().findIndex((h) => h.startsWith('团队/纪律·日常行为'));
    expect([x2 > 0, t5 > 0]).toEqual([true, true]);
    ws.getCell(1, t5).value = '日常行为·间接';
    await wb.xlsx.writeFile(indirect);
    const r = await gradeCombined([direct, indirect], { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // It was scored on the 直接主管's 达成 alone there (exit 0): 王芳 is unscored, said at her cell of the copy.
    const wang = r.report.people[0]!;
    expect([wang.status, wang.total]).toEqual(['error', null]);
    const unread = wang.problems.find((p) => p.code === 'unknown-column')!;
    expect([unread.file, unread.severity, unread.message]).toEqual([indirect, 'error', expect.stringContaining('这一格的「低标」在没有认出的列「日常行为·间接」里')]);
  });

  it('a 部门定级 typed in the 间接主管 copy only is kept and reported as an override, not dropped (roster)', async () => {
    const dept = await form('cs-dept-monthly');
    const d = tempDir();
    // Same marks as above (101.4 → 优秀 computed); the 间接主管 types 部门定级 良好 in the footer of their own copy.
    const indirect = fill('indirect', '低标', 6);
    const files = [
      await rosterCopy(dept, d, '直接主管.xlsx', '直接主管', [fill('direct', '达成', 8)]),
      await rosterCopy(dept, d, '间接主管.xlsx', '间接主管', [{ ...indirect, header: { ...indirect.header, deptGrade: '良好' } }]),
    ];
    const r = await gradeCombined(files, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    const wang = r.report.people[0]!;
    expect([wang.total, wang.band]).toEqual([expect.closeTo(101.4, 10), '优秀']);
    // 部门定级: typed 良好, computed 优秀 from min(101.4, 100) — the typed one stands, said as an override.
    expect(wang.grades?.find((g) => g.label === '部门定级')).toMatchObject({ value: '良好', typed: '良好', computed: '优秀' });
    expect(r.report.problems.filter((p) => p.code === 'override').map((p) => [p.person, p.severity])).toEqual([['王芳', 'warning']]);
    // Said where it was typed: the 间接主管's copy and its cell (it named the 直接主管's copy, at 王芳's name).
    const said = r.report.problems.find((p) => p.code === 'override')!;
    expect(path.basename(said.file!)).toBe('间接主管.xlsx');
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(said.file!);
    expect(copy.getWorksheet(said.sheet!)!.getCell(said.cell!).value).toBe('良好');
  });

  it('a 部门定级 the two copies type differently is no grade: kpi\'s stands (--json value was 「良好(1 份)、一般(1 份)」)', async () => {
    const dept = await form('cs-dept-monthly');
    const d = tempDir();
    const direct = fill('direct', '达成', 8);
    const indirect = fill('indirect', '低标', 6);
    const files = [
      await rosterCopy(dept, d, '直接主管.xlsx', '直接主管', [{ ...direct, header: { ...direct.header, deptGrade: '一般' } }]),
      await rosterCopy(dept, d, '间接主管.xlsx', '间接主管', [{ ...indirect, header: { ...indirect.header, deptGrade: '良好' } }]),
    ];
    const r = await gradeCombined(files, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    const wang = r.report.people[0]!;
    // 101.4 → 优秀 computed from min(101.4, 100); the copies say 良好 and 一般: neither is taken.
    expect(wang.grades?.find((g) => g.label === '部门定级')).toMatchObject({ value: '优秀', typed: '良好(1 份)、一般(1 份)', computed: '优秀' });
    expect(r.report.problems.filter((p) => p.code === 'override').map((p) => p.message)).toEqual([
      expect.stringContaining('王芳:各评分人的表里「部门定级」填得不同:良好(1 份)、一般(1 份);按分数 101.40 为「优秀」,用按分数定的等级;请核对后统一'),
    ]);
  });
});

// §1 after-sales-monthly: its rater field is the signature 考核人签字, where a supervisor signs a name. A copy made
// with --rater 上级 says whose it is by its cells: one rater's only.
describe('raters in separate files whose rater field is a signature (after-sales-monthly)', () => {
  it('the 上级 copy signed 陈主管 and the 自评 copy left unsigned combine: 上级 counts, 自评 for reference', async () => {
    const f1 = await form('after-sales-monthly');
    const d = tempDir();
    const person = (rater: 'supervisor' | 'self', signature: string | null, values: Record<string, unknown>): FillPerson => ({
      header: { employeeId: '1002', name: '李强', period: '2026-03', ...(signature ? { rater: signature } : {}) },
      values: Object.fromEntries(Object.entries(values).map(([k, v]) => [`${k}@${rater}`, v])),
    });
    // 上级 as the catalog's 78.75 person: 85 % → 10, 完成 20, 回访率达到90%以上 10, 0 次投诉 20 = 60 of 80 = 75 %;
    // 5级, 5级 = 100 % ⇒ 75 × 85 % + 100 × 15 % = 78.75. 自评 all at the top: not counted.
    const sup = { A1: '85%', A2: '完成目标值要求', A3: '回访率达到90%以上', A4: 0, B1: '5级', B2: '5级' };
    const self = { A1: '100%', A2: '完成目标值要求', A3: '完成目标值要求', A4: 0, B1: '5级', B2: '5级' };
    // No 评分人 written by the template: the 上级 copy is signed by hand in its 考核人签字.
    const files = [
      await rosterCopy(f1, d, '上级.xlsx', '上级', [person('supervisor', '陈主管', sup)], null),
      await rosterCopy(f1, d, '自评.xlsx', '自评', [person('self', null, self)], null),
    ];
    const r = await gradeCombined(files, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    const li = r.report.people[0]!;
    expect([li.status, li.total, li.band]).toEqual(['scored', 78.75, '一般']);
    expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('two files of a record form', () => {
  it('are refused with a message saying it is a record form (it said the files were not made by kpi template)', async () => {
    const dir = tempDir();
    const sample = path.join(repoRoot, 'samples/internal-satisfaction-dept.march.xlsx');
    const [a, b] = [path.join(dir, '2026-01.xlsx'), path.join(dir, '2026-02.xlsx')];
    copyFileSync(sample, a);
    copyFileSync(sample, b);
    const out = await gradeCombined([a, b], { output: null });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect([out.failure.code, out.failure.message]).toEqual(['combine-unsupported', '「内部客户满意度考核办法」是记录表(每行一条记录),不能把几个文件合并评分;请逐个评分(kpi score 文件),或把几个月的记录放在一个文件里(按月份分别统计),一个文件夹的表可用 kpi batch <文件夹>']);
  });

  it('without a template\'s mark (logs a team made, known by their headings): the same, not 「认不出是哪种考核表」', async () => {
    const dir = tempDir();
    const log = (name: string) => {
      const f = path.join(dir, name);
      writeFileSync(f, '客户,产品质量,服务,交付准确性,售后支持\r\nA公司,9,8,9,7\r\n');
      return f;
    };
    const out = await gradeCombined([log('1月.csv'), log('2月.csv')], { output: null });
    expect(out.ok ? null : [out.failure.code, out.failure.message.startsWith('「客户满意度每月记录表」是记录表')]).toEqual(['combine-unsupported', true]);
  });
});

describe('a file among the copies that is no copy (a readme.txt in the folder)', () => {
  it('is named as not one of the copies, with and without --form (it was 「请用 --form 指定」, which did not help)', async () => {
    const g = await form('cs-competency');
    const d = tempDir();
    const one = (rater: string, level: string) => ({ header: { employeeId: '1001', name: '林娜', period: '2026-03' }, values: levels(findRater(g, rater)!.id, [level]) });
    const files = [await rosterCopy(g, d, '主管.xlsx', '主管', [one('主管', '优秀')]), await rosterCopy(g, d, '同事.xlsx', '同事', [one('同事', '良好')])];
    const readme = path.join(d, 'readme.txt');
    writeFileSync(readme, '说明:这是三月的评分\n');
    const guessed = await gradeCombined([...files, readme], { output: null });
    expect(guessed.ok ? null : guessed.failure.message).toBe('readme.txt 不是「客服岗位的员工绩效考核表」的评分人表(认不出是哪种考核表(文件不是由 kpi template 生成)),不能和其他几份合并评分;请把它移出文件夹,或在命令行里只列出要合并的几份');
    const named = await gradeCombined([...files, readme], { output: null, form: 'cs-competency' });
    expect(named.ok ? null : named.failure.message).toBe('readme.txt 不是「客服岗位的员工绩效考核表」的评分人表(没有找到它的填写内容),不能和其他几份合并评分;请把它移出文件夹,或在命令行里只列出要合并的几份');
  });
});

describe('a rater\'s roster made by kpi template --rater --people', () => {
  it('its spare rows, holding only the 评分人 kpi wrote there, are blank rows: not listed as 28 合计/签字 lines', async () => {
    const g = await form('cs-competency');
    const rater = findRater(g, '主管')!;
    const restricted = raterCopy(g, rater);
    const wb = await buildTemplate(restricted, { layout: 'roster', generator: 'test', rater: rater.label, people: [new Map([['name', '张三']])] });
    fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, restricted, [{ header: { name: '张三' }, values: levels(rater.label, ['优秀']) }]);
    const file = path.join(tempDir(), 'zg.xlsx');
    await wb.xlsx.writeFile(file);
    const { gradeFile } = await import('../../src/io/grade.js');
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => p.name)).toEqual(['张三']);
    expect(r.report.problems.filter((p) => p.code === 'skipped-row')).toEqual([]);
  });
});

describe('§15 interviewers in separate files, each ticking a 建议', () => {
  it('all their 建议 are kept, in the scale\'s order, whatever order the files are named in (the first file\'s alone was)', async () => {
    const ie = await form('interview-eval');
    const d = tempDir();
    const levels = ['较差', '一般', '良好', '优秀'];
    const person = (level: number, advice: string): FillPerson => ({
      header: { name: '寅一', advice },
      values: Object.fromEntries(Array.from({ length: 15 }, (_, k) => [`Q${k + 1}@interviewer#1`, levels[level - 1]!])),
    });
    const files = [
      await rosterCopy(ie, d, 'a.xlsx', '面试官', [person(4, '强烈推荐')]),
      await rosterCopy(ie, d, 'b.xlsx', '面试官', [person(3, '推荐')]),
      await rosterCopy(ie, d, 'c.xlsx', '面试官', [person(2, '推荐')]),
    ];
    for (const order of [files, [...files].reverse()]) {
      const r = await gradeCombined(order, { output: null });
      if (!r.ok) throw new Error(r.failure.message);
      const p = r.report.people[0]!;
      // (4 + 3 + 2)/3 = 3 → 良好, 推荐 computed; the interviewers ticked 强烈推荐 and 推荐: both said.
      expect(p.total).toBeCloseTo(3, 10);
      expect(p.grades!.map((g) => [g.typed, g.computed, g.value])).toEqual([['强烈推荐(1 份)、推荐(2 份)', '推荐', '推荐']]);
      expect(r.report.problems.filter((x) => x.code === 'override').length).toBe(1);
    }
  });
});

describe('a rater\'s copy that cannot be read for a person, combined', () => {
  // A peer's form-layout copy whose column to fill in was renamed (the peer typed their own name over 「同事评」): scored
  // alone it is an error at that heading; combined, the person's row was taken as blank — the peer's 10 % went to the
  // 主管 without a word (林娜 100 and 80s, exit 0).
  it('the heading renamed: 林娜 unscored, the error at the peer\'s file; the copy as made scores her 86', async () => {
    const comp = await form('cs-competency');
    const d = tempDir();
    const sup = await rosterCopy(comp, d, '主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['优秀', '良好'])]);
    const peer = findRater(comp, '同事')!;
    const restricted = raterCopy(comp, peer);
    const peerCopy = async (file: string, heading: string | null) => {
      const wb = await buildTemplate(restricted, { layout: 'form', generator: 'test', rater: peer.label, people: [new Map([['name', '林娜']])] });
      const ws = wb.getWorksheet('林娜')!;
      fillFormSheet(ws, restricted, person('1001', '林娜', 'peer', ['优秀']));
      if (heading !== null) {
        // The table's heading (the lowest 「同事评」: the one above it is the 评分人 field's value).
        const cells: ExcelJS.Cell[] = [];
        ws.eachRow((row) => row.eachCell((cell) => { if (cell.value === '同事评') cells.push(cell); }));
        cells.sort((a, b) => Number(a.row) - Number(b.row)).pop()!.value = heading;
      }
      const out = path.join(d, file);
      await wb.xlsx.writeFile(out);
      return out;
    };
    // As made: C1 主管 100, 同事 100; C2–C5 主管 80, 同事 100; no customers, so 70/80 and 10/80:
    // C1 100; C2–C5 70/80 × 80 + 10/80 × 100 = 70 + 12.5 = 82.5; mean (100 + 4 × 82.5) / 5 = 86.
    const ok = await combined([sup, await peerCopy('同事.xlsx', null)]);
    expect(ok.people.map((p) => [p.name, p.status, p.total])).toEqual([['林娜', 'scored', expect.closeTo(86, 10)]]);
    for (const heading of ['李明', '']) {
      const r = await combined([sup, await peerCopy(`同事-${heading || '空'}.xlsx`, heading)]);
      expect(r.people.map((p) => [p.name, p.status]), heading).toEqual([['林娜', 'error']]);
      const errors = r.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.code, path.basename(p.file ?? ''), p.person]), heading).toEqual([['item-not-found', `同事-${heading || '空'}.xlsx`, '林娜']]);
      expect(errors[0]!.message).toContain('表头里没有填写分数的列(应为 「同事评」),此人未评分');
    }
  });
});

describe('raters\' copies open in Excel, or with a hidden sheet', () => {
  it('each is said as of a file graded alone: the lock file (input-open), a hidden sheet (a note)', async () => {
    const f9 = await form('cs-competency');
    const folder = tempDir();
    const sup = await rosterCopy(f9, folder, '主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['优秀'])]);
    const peer = await rosterCopy(f9, folder, '同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['良好'])]);
    writeFileSync(path.join(folder, '~$主管.xlsx'), 'lock');
    // The peer's copy with a second, hidden sheet (last month's): named, a warning.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(peer);
    wb.addWorksheet('2月', { state: 'hidden' }).addRow(['姓名']);
    await wb.xlsx.writeFile(peer);
    const r = await combined([sup, peer]);
    expect(r.problems.filter((p) => p.code === 'input-open' || p.code === 'hidden-sheet').map((p) => [p.code, p.severity, path.basename(p.file ?? '')])).toEqual([
      ['input-open', 'warning', '主管.xlsx'],
      ['hidden-sheet', 'info', '同事甲.xlsx'],
    ]);
    // 林娜: 70 % × 100 + 10 % × 80, the customers' 20 % spread: (70 + 8) / 0.8 = 97.5.
    expect(r.people[0]!.total).toBeCloseTo(97.5, 9);
  });
});

describe('a rater\'s copy saved twice, as .xlsx and as .csv', () => {
  it('is one peer, with a warning (two peers averaged: 林娜\'s 同事评 counted twice)', async () => {
    const f9 = await form('cs-competency');
    const folder = tempDir();
    const sup = await rosterCopy(f9, folder, '主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['优秀'])]);
    const peerA = await rosterCopy(f9, folder, '同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般'])]);
    const peerB = await rosterCopy(f9, folder, '同事乙.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀'])]);
    // 同事甲.xlsx 「另存为」 CSV: its sheet's rows as text.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(peerA);
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const lines: string[] = [];
    ws.eachRow((row) => lines.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')).join(',')));
    const csv = path.join(folder, '同事甲.csv');
    writeFileSync(csv, lines.join('\r\n') + '\r\n');
    const r = await combined([sup, peerA, peerB, csv]);
    // Peers (60 + 100) / 2 = 80 (with the CSV: (60 + 100 + 60) / 3 = 73.33); 70 % × 100 + 10 % × 80, customers' 20 % spread:
    // (70 + 8) / 0.8 = 97.5.
    expect(r.people[0]!.total).toBeCloseTo(97.5, 9);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.severity, path.basename(p.file ?? '')])).toEqual([['warning', '同事甲.csv']]);
  });
});

describe('a rater\'s copy graded alone, its result corrected, in the folder combined', () => {
  it('beside its copy and saved after it: refused, naming the person whose marks differ; the copy corrected after its result: the copy counts', async () => {
    const f9 = await form('cs-competency');
    const folder = tempDir();
    await rosterCopy(f9, folder, '主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['优秀'])]);
    const peer = await rosterCopy(f9, folder, '同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['良好'])]);
    const graded = path.join(folder, '同事甲.graded.xlsx');
    const alone = await gradeFile(peer, { output: graded });
    expect(alone.ok).toBe(true);
    // Unchanged beside its copy: skipped with a note, as before (100 × 70 + 80 × 10 over 80: 97.5).
    expect((await combined([folder])).people[0]!.total).toBeCloseTo(97.5, 9);
    // The peer corrects 良好 to 一般 in every item of the graded result.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(graded);
    const ws = wb.worksheets.find((w) => w.state === 'visible' && w.getRow(1).values && (w.getRow(1).values as unknown[]).includes('工号'))!;
    ws.eachRow((row, r) => { if (r > 1) row.eachCell((c) => { if (c.value === '良好') c.value = '一般'; }); });
    await wb.xlsx.writeFile(graded);
    const refused = await gradeCombined([folder], { output: null });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.failure.message).toBe('同事甲.graded.xlsx 与同一文件夹里的原始文件 同事甲.xlsx 中「林娜」的评分不同(评分后的表里改正过?),不知道该按哪一份合并评分;改正过时请移走原始文件 同事甲.xlsx,否则请移走 同事甲.graded.xlsx');
    // The copy saved after its result (corrected in the copy itself, README's first way): the copy counts, as before.
    const { utimesSync } = await import('node:fs');
    const later = new Date(Date.now() + 60_000);
    utimesSync(peer, later, later);
    expect((await combined([folder])).people[0]!.total).toBeCloseTo(97.5, 9);
  });
});

describe('the --pay file kept in the folder of raters\' copies', () => {
  it('is passed over with a note, not refused as a copy that is no form (the run stopped, exit 2)', async () => {
    const f9 = await form('cs-competency');
    const folder = tempDir();
    await rosterCopy(f9, folder, '主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['优秀'])]);
    await rosterCopy(f9, folder, '同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['良好'])]);
    const pay = path.join(folder, '工资.csv');
    writeFileSync(pay, '\uFEFF工号,姓名,绩效基数\r\n1001,林娜,2000\r\n');
    const r = await gradeCombined([folder], { output: null, pay });
    if (!r.ok) throw new Error(r.failure.message);
    // 100 × 70 + 80 × 10 over 80 (no customer): 97.5, as without the pay file.
    expect(r.report.people[0]!.total).toBeCloseTo(97.5, 9);
    expect(r.report.problems.filter((p) => p.code === 'side-file-in-folder').map((p) => p.message)).toEqual(['工资.csv 是 --pay 给出的文件,不作为评分人的表读取']);
    // Without --pay it is a file of the folder like any other: refused, as before.
    expect((await gradeCombined([folder], { output: null })).ok).toBe(false);
  });
});

describe('a rater\'s copy whose sheet for one person carries another person\'s 工号', () => {
  it('both are not scored: 李四 (his 工号 under two names) and 张三 (his marks may be that row) — 张三 was scored on the supervisor alone', async () => {
    const f9 = await form('cs-competency');
    const folder = tempDir();
    const sup = await rosterCopy(f9, folder, '主管.xlsx', '主管', [person('1001', '张三', 'supervisor', ['优秀']), person('1002', '李四', 'supervisor', ['良好'])]);
    // The peer's row for 张三 typed with 李四's 工号 1002; no row of 张三's own 工号.
    const peer = await rosterCopy(f9, folder, '同事甲.xlsx', '同事', [person('1002', '张三', 'peer', ['一般']), person('1002', '李四', 'peer', ['良好'])]);
    const r = await combined([sup, peer]);
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['张三', 'error'], ['李四', 'error']]);
    const said = r.problems.filter((p) => p.severity === 'error' && p.code === 'rater-duplicate');
    expect(said.map((p) => p.person).sort()).toEqual(['张三', '李四'].sort());
    expect(r.problems.filter((p) => p.code === 'rater-spread' && p.person === '张三')).toEqual([]);
  });
});

describe('kpi\'s own combined result in the folder of raters\' copies', () => {
  it('is passed over with a note, as a renamed one is (it went without a word)', async () => {
    const f9 = await form('cs-competency');
    const folder = tempDir();
    await rosterCopy(f9, folder, '主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['优秀'])]);
    await rosterCopy(f9, folder, '同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['良好'])]);
    const first = await gradeCombined([folder], {});
    if (!first.ok) throw new Error(first.failure.message);
    expect(path.basename(first.report.output!)).toBe('主管.combined.graded.xlsx');
    const again = await gradeCombined([folder], { output: null });
    if (!again.ok) throw new Error(again.failure.message);
    // 100 × 70 + 80 × 10 over 80 (no customer): 97.5, the result not read as a third copy.
    expect(again.report.people[0]!.total).toBeCloseTo(97.5, 9);
    expect(again.report.problems.filter((p) => p.code === 'graded-in-folder').map((p) => p.message)).toEqual(['主管.combined.graded.xlsx 是 kpi 写出的评分结果,不作为评分人的表读取(否则其中的评分会算两次)']);
  });
});

describe('a survey\'s answers exported one a row (客户评 twice for each person, GB18030 CSV) beside the 主管\'s copy', () => {
  it('each row is another customer, averaged (it was 「分不清是同一位评了两次」 unless a 同事评 row stood in the file)', async () => {
    const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/raters', f);
    const r = await combined([at('competency-supervisor.xlsx'), at('competency-survey-gb18030.csv')]);
    // No 同事: 主管 70/90, 客户 20/90. 林娜 主管 80 × 5, 客户 (100 + 60) / 2 = 80 → 80.
    // 周杰 主管 80, 80, 80, 60, 60; 客户 (80 + 100) / 2 = 90 → (80·70 + 90·20)/90 = 82.22 × 3, (60·70 + 90·20)/90 = 66.67 × 2 → 76.
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['林娜', 80, '良好'], ['周杰', 76, '良好']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('the 主管\'s copy holding a person blank, combined with a 自评 copy', () => {
  it('says that copy is the one to fill (it said 「only 自评 here: score the two copies together」, of copies scored together)', async () => {
    f = await form('cs-competency');
    dir = tempDir();
    const blank: FillPerson = { header: { employeeId: '1002', name: '周杰', department: '客服部', period: '2026-03' }, values: {} };
    const sup = await copy('主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['良好']), blank]);
    const self = await copy('自评.xlsx', '自评', [person('1001', '林娜', 'self', ['优秀']), person('1002', '周杰', 'self', ['优秀'])]);
    const r = await combined([sup, self]);
    // 林娜: 主管 80 on each item, 同事 and 客户 absent (their weight to 主管): 80. 周杰: unscored.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['林娜', 80], ['周杰', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.person, p.code, p.message.replace(/^.*周杰:/, '')])).toEqual([
      ['周杰', 'rater-copy-alone', '「主管评」的表 主管.xlsx 里此人的评分是空的(5 项都要有,必填),此人不评分;请在 主管.xlsx 里填写后重新评分'],
    ]);
  });
});

describe('a peer\'s copy beside 「同事甲 - 副本」 with one answer changed', () => {
  it('both count (a blank template copied for a second peer is named so too), and it is said (a third peer without a word)', async () => {
    f = await form('cs-competency');
    dir = tempDir();
    const sup = await copy('主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['良好']), person('1002', '周杰', 'supervisor', ['良好'])]);
    const first = await copy('同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般']), person('1002', '周杰', 'peer', ['一般'])]);
    const again = await copy('同事甲 - 副本.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀']), person('1002', '周杰', 'peer', ['一般'])]);
    const r = await combined([sup, first, again]);
    // 周杰: 主管 80, 同事 (60 + 60) / 2 = 60 → (56 + 6) / 0.8 = 77.5 on each item: both copies counted, as two peers.
    expect(r.people.find((p) => p.name === '周杰')!.total).toBeCloseTo(77.5, 9);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.severity, p.message])).toEqual([
      ['warning', '同事甲 - 副本.xlsx 的文件名像是 同事甲.xlsx 的副本,2 人中 1 人的同事评填得一模一样,其余不同:两份都按不同的同事评计入;如果是同一位改过的表,请移走旧的一份后重新评分'],
    ]);
  });
});

describe('a peer\'s corrected copy named as such (「同事甲(修改)」「同事甲_v2」「同事甲-最终版」) beside the first', () => {
  it('counts the correction only, the older copy said left out (both counted, one peer was averaged in twice at exit 0)', async () => {
    f = await form('cs-competency');
    dir = tempDir();
    const sup = await copy('主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['良好']), person('1002', '周杰', 'supervisor', ['良好'])]);
    const peer = await copy('同事乙.xlsx', '同事', [person('1001', '林娜', 'peer', ['良好']), person('1002', '周杰', 'peer', ['一般'])]);
    const first = await copy('同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀']), person('1002', '周杰', 'peer', ['一般'])]);
    for (const name of ['同事甲(修改).xlsx', '同事甲_v2.xlsx', '同事甲-最终版.xlsx', '同事甲 (新).xlsx']) {
      const revised = await copy(name, '同事', [person('1001', '林娜', 'peer', ['一般']), person('1002', '周杰', 'peer', ['一般'])]);
      const r = await combined([sup, first, revised, peer]);
      // 林娜: 主管 80, 同事 (60 + 80) / 2 = 70 (甲's corrected 一般, 乙's 良好), no 客户 → (0.7 × 80 + 0.1 × 70) / 0.8 = 78.75
      // on each item; with 甲's first copy too, 同事 (100 + 60 + 80) / 3 = 80 → (56 + 8) / 0.8 = 80. 周杰: 同事 60 → 77.5.
      expect(r.people.map((p) => [p.name, p.total])).toEqual([['林娜', 78.75], ['周杰', 77.5]]);
      expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.severity, p.file && path.basename(p.file), p.message])).toEqual([
        ['warning', '同事甲.xlsx', `${name} 的文件名像是 同事甲.xlsx 改过的一份(同是同事评的表):按改过的 ${name} 计分,同事甲.xlsx 未计入;如果两份是两位评分人的表,请改文件名后重新评分`],
      ]);
    }
  });

  it('a correction holding only the person corrected: the others keep the first copy\'s marks (review: 周杰 lost his peer)', async () => {
    f = await form('cs-competency');
    dir = tempDir();
    const sup = await copy('主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['良好']), person('1002', '周杰', 'supervisor', ['良好'])]);
    const first = await copy('同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀']), person('1002', '周杰', 'peer', ['优秀'])]);
    const revised = await copy('同事甲(修改).xlsx', '同事', [person('1001', '林娜', 'peer', ['一般'])]);
    const r = await combined([sup, first, revised]);
    // 林娜: 同事 60 (the correction) → (0.7 × 80 + 0.1 × 60) / 0.8 = 77.5; 周杰: 同事 100 (the first copy) → (56 + 10) / 0.8 = 82.5.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['林娜', 77.5], ['周杰', 82.5]]);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => p.message)).toEqual([
      '同事甲(修改).xlsx 的文件名像是 同事甲.xlsx 改过的一份(同是同事评的表):按改过的 同事甲(修改).xlsx 计分,同事甲.xlsx 只计入改过的表里没有的 1 人;如果两份是两位评分人的表,请改文件名后重新评分',
    ]);
  });

  it('a name that only ends like one is another rater: 「同事张新」 beside 「同事张」, 「李四 (修改)」 beside 同事甲', async () => {
    f = await form('cs-competency');
    dir = tempDir();
    const sup = await copy('主管.xlsx', '主管', [person('1001', '林娜', 'supervisor', ['良好'])]);
    const a = await copy('同事张.xlsx', '同事', [person('1001', '林娜', 'peer', ['优秀'])]);
    const b = await copy('同事张新.xlsx', '同事', [person('1001', '林娜', 'peer', ['一般'])]);
    const c = await copy('同事甲.xlsx', '同事', [person('1001', '林娜', 'peer', ['良好'])]);
    const d = await copy('李四 (修改).xlsx', '同事', [person('1001', '林娜', 'peer', ['待改进'])]);
    const r = await combined([sup, a, b, c, d]);
    // 同事 (100 + 60 + 80 + 40) / 4 = 70 → (56 + 7) / 0.8 = 78.75: four peers.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['林娜', 78.75]]);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate')).toEqual([]);
  });
});

describe('a peer\'s copy (kpi template --rater 同事) with an item\'s column retyped: 「反馈学习能力」, 「学习能力」 for 反馈与学习能力', () => {
  const at = (f: string) => path.join(repoRoot, 'test/fixtures/raters44', f);
  it('is an error at K1 and at each filled cell, those people not scored (the column was dropped, the others averaged, exit 0)', async () => {
    for (const [copyFile, heading] of [['competency-peer-retitled.xlsx', '反馈学习能力'], ['competency-peer-shortened.xlsx', '学习能力']] as const) {
      const r = await combined([at('competency-supervisor.xlsx'), at(copyFile), at('competency-peer-2.xlsx'), at('competency-customer.xlsx')]);
      // Dropped, 李四's 反馈与学习能力 was 56 + 0.1 × 100 (同事乙 alone) + 16 = 82 (77.60 for 77.40).
      expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', null], ['李四', null], ['王五', null]]);
      const errors = r.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => [path.basename(p.file ?? ''), p.cell, p.person ?? ''])).toEqual([
        [copyFile, 'K1', ''], [copyFile, 'K2', '张三'], [copyFile, 'K3', '李四'], [copyFile, 'K4', '王五'],
      ]);
      expect(errors[0]!.message).toContain(`列「${heading}」没有认出;它像是「反馈与学习能力·同事评1」`);
    }
  });

  it('named as the item, the column is the peer\'s: 李四 (73 + 77 + 76 + 80 + 81) / 5 = 77.40, 王五 81.60', async () => {
    const r = await combined([at('competency-supervisor.xlsx'), at('competency-peer-named.xlsx'), at('competency-peer-2.xlsx'), at('competency-customer.xlsx')]);
    // 李四 反馈与学习能力: 0.7 × 80 + 0.1 × (80 + 100) / 2 + 0.2 × 80 = 56 + 9 + 16 = 81; 王五: 56 + 0.1 × (100 + 60) / 2 + 20 = 84.
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['张三', 83.2], ['李四', 77.4], ['王五', 81.6]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a survey export in which two customers answered alike', () => {
  it('both count (张三 优秀, 优秀, 一般: (100 + 100 + 60) / 3): the rows alike are two customers, not a row pasted twice', async () => {
    const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/raters', f);
    const r = await combined([at('competency-supervisor-2.xlsx'), at('competency-survey-alike.xlsx')]);
    // No 同事: (0.7 × 80 + 0.2 × 86.667) / 0.9 = 81.48; 李四 (56 + 0.2 × 70) / 0.9 = 77.78.
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['张三', 81.48], ['李四', 77.78]]);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate')).toEqual([]);
  });
});

describe('rows of one file, one per rater, a row\'s 评分人 naming a colleague rated in the same file (王五)', () => {
  it('is no 主管: 陈一 (rows 自评, 王五, 客户, no 主管) is not scored, the 评分人 cell said (王五 counted at 70 %: 80.89 良好, exit 0)', async () => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/raters/competency-rows-named-colleague.csv'), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.find((p) => p.name === '陈一')!.total).toBeNull();
    expect(r.report.problems.filter((p) => p.code === 'rater-unknown' && p.person === '陈一').map((p) => p.cell)).toEqual(['D3']);
  });
});
