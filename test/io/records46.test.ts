// Record logs whose answers are digits with no word of what they mean.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnyDefinition } from '../../src/forms/load.js';
import { parseRaw } from '../../src/engine/values.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/records46', f);

describe('§23 answers typed as bare digits (1, 2, 4, 1) with no legend', () => {
  it('are refused at each cell: the catalog gives the four answers no numbers, and a workshop\'s 1 may as well be 满意', async () => {
    // Read as the options' points (满意 4 … 很不满意 1), 1, 2, 4, 1 were u = 1, w = 2 → 很差, 3 ÷ 0.9 = 3.33 taken off at
    // exit 0; read the other way (1 = 满意) they are u = 0, w = 1 → 较差, 1.11. Neither is kpi's to choose.
    const r = await gradedReport(at('workshop-bare-digits.xlsx'));
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['unknown-choice', 'E3'], ['unknown-choice', 'E4'], ['unknown-choice', 'E5'], ['unknown-choice', 'E6']]);
    expect(errors[0]!.message).toContain('「评价」应为以下之一:满意 / 一般 / 不满意 / 很不满意(请写字:数字分不清是哪一档;或在列名后写明数字的含义,如「(1满意 2一般 …)」),实际为「1」');
    const group = r.groups!.find((g) => g.grouping === r.groupings![0]!.id)!;
    expect(group.band ?? null).toBeNull();
  });
});

describe('§23 digits with their legend in a note under the log or beside its headings (review)', () => {
  it.each(['workshop-legend-footer.xlsx', 'workshop-legend-beside.xlsx'])('%s: 1, 1, 2, 3 are 满意, 满意, 一般, 不满意 → u = 1 较好, 0.5 ÷ 0.9 = 0.56', async (file) => {
    const r = await gradedReport(at(file));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const dept = r.groups!.find((g) => g.keyText === '2024-03·采购部')!;
    expect(dept.band).toBe('较好(40–45分)');
  });
});

describe('ditto marks (「同上」, 「〃」) where a log counts what is written', () => {
  const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);

  it('§5 合同编号 「同上」 on a second visit is no new order: an error at D6 (王师傅 was 3 orders, 2 满意, 66.67 % 一般 for 1 of 2, 50 % 待改进)', async () => {
    const r = await gradedReport(at('followup-ditto-contract.xlsx'));
    expect(errors(r)).toEqual([['ditto-mark', 'D6']]);
    expect(r.problems.find((p) => p.code === 'ditto-mark')!.message).toBe('回访记录!D6:第 6 行(序号 3,联系电话 138****5679)「合同编号」写的是「同上」:kpi 不照抄上一行,照字面读,「同上」会被当成一个新的合同编号;请写出实际内容后重新评分');
  });

  it('§23 车间 「同上」 is no sixth workshop: an error at B4 (5 workshops → 0.9, u = 1 较好, 0.5 ÷ 0.9 = 0.56; read so, 0.5 ÷ 1.1 = 0.45)', async () => {
    const r = await gradedReport(at('workshop-ditto-workshop.xlsx'));
    expect(errors(r)).toEqual([['ditto-mark', 'B4']]);
  });

  it('§22 a D\'s 理由 「同上」 / 「〃」 under an A with none is no reason: errors at G4, G5, the questionnaire not graded (730 B at exit 0)', async () => {
    const r = await gradedReport(at('dept-reason-ditto.xlsx'));
    expect(errors(r)).toEqual([['reason-required', 'G4'], ['reason-required', 'G5']]);
    expect(r.problems.find((p) => p.cell === 'G5')!.message).toContain('等级为 D 或 E 时须注明理由和事实依据(「〃」不是理由)');
  });

  it('§22 理由 「同上」 / 「〃」 on an A or B is a remark, as before (review): the worked example 845 B, 84.5', async () => {
    // 生产部 (400 + 240 + 240 = 880, 320 + 180 + 240 = 740) → 810; 销售部 400 + 300 + 180 = 880; (810 + 880) / 2 = 845 → B.
    const r = await gradedReport(at('dept-reason-ditto-on-a.xlsx'));
    expect(errors(r)).toEqual([]);
    const dept = r.groups!.find((g) => g.keyText === '2024-03·采购部')!;
    expect(dept.band).toBe('B 良好');
  });

  it('§22 「略」, 「无理由」, 「?」 give no reason for a D: reason-required naming what was written', async () => {
    const r = await gradedReport(at('dept-reason-words.xlsx'));
    const said = r.problems.filter((p) => p.code === 'reason-required').map((p) => [p.cell, p.message.replace(/^.*?:等级/, '等级')]);
    expect(said).toEqual([
      ['G3', '等级为 D 或 E 时须注明理由和事实依据'],
      ['G6', '等级为 D 或 E 时须注明理由和事实依据(「略」不是理由)'],
      ['G9', '等级为 D 或 E 时须注明理由和事实依据(「无理由」不是理由)'],
      ['G12', '等级为 D 或 E 时须注明理由和事实依据'],
      ['G15', '等级为 D 或 E 时须注明理由和事实依据'],
      ['G18', '等级为 D 或 E 时须注明理由和事实依据(「?」不是理由)'],
    ]);
  });

  it('§11 加分 3 「同上」 under an empty reason, 加分 1 「无原因」, 减分 3 「无理由」: each refused (李四 was 85 + 14 + 3 = 102 优秀 K 1.1)', async () => {
    const shop = (f: string) => path.join(repoRoot, 'test/fixtures/shop46', f);
    const r = await gradedReport(shop('roster.xlsx'), { data: shop('export.csv') });
    expect(r.problems.filter((p) => p.code === 'reason-required').map((p) => [p.cell, p.message])).toEqual([
      ['O3', '考核表!O3:「加分项·加分原因」加分为 +3,须注明加分原因(「同上」不是原因)'],
      ['O4', '考核表!O4:「加分项·加分原因」加分为 +1,须注明加分原因(「无原因」不是原因)'],
      ['Q5', '考核表!Q5:「减分项·减分原因」减分为 −3,须注明减分原因(「无理由」不是原因)'],
    ]);
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 84.5], ['李四', null], ['王五', null], ['赵六', null]]);
  });
});

describe('numbersArePoints in a definition', () => {
  const shipped = (id: string) => JSON.parse(readFileSync(path.join(repoRoot, `templates/${id}.json`), 'utf8'));
  const messages = async (def: unknown) => {
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    return r.ok ? [] : r.problems.map((p) => p.message);
  };
  it('is for a choice only: on a text column or a number input it is refused where it is', async () => {
    const log = shipped('internal-satisfaction-workshop');
    log.records.columns[1].numbersArePoints = false;
    expect(await messages(log)).toEqual(['team.json:$.records.columns[1].numbersArePoints:numbersArePoints 只用于 choice 列']);
    const person = shipped('probation');
    person.parts[0].items[0].inputs[0].numbersArePoints = false;
    expect(await messages(person)).toEqual(['team.json:$.parts[0].items[0].inputs[0].numbersArePoints:numbersArePoints 只用于 type 为 choice 的输入']);
  });

  it('false on a person form\'s choice refuses 15 for 专业知识\'s second option (§17), which is read as it by default', async () => {
    const def = shipped('probation');
    const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
    expect(r.ok).toBe(true);
    const input = def.parts[0].items[1].inputs[0];
    expect(parseRaw(input, { kind: 'number', value: 15 })).toMatchObject({ ok: true, value: { points: 15 } });
    expect(parseRaw({ ...input, numbersArePoints: false }, { kind: 'number', value: 15 })).toMatchObject({ ok: false, code: 'unknown-choice' });
    // Its words are read as ever.
    expect(parseRaw({ ...input, numbersArePoints: false }, { kind: 'text', value: input.choices[1].label })).toMatchObject({ ok: true, value: { points: 15 } });
  });
});

describe('§23 departments written with and without 部 / 部门 / 科 (采购, 采购部, 采购部门; 设备部, 设备科)', () => {
  it('are said as one department written several ways (each counted apart: 较好 0.56 twice where together u = 2 is 较差 1.11)', async () => {
    const r = await gradedReport(at('workshop-dept-suffixes.xlsx'));
    const said = r.problems.filter((p) => p.severity === 'warning' && p.message.includes('写法不同')).map((p) => p.message.replace(/^.*?被服务部门/, '被服务部门'));
    expect(said).toEqual([
      '被服务部门「采购部」和「采购」和「采购部门」写法不同,按 3 个被服务部门分别统计;如果是同一个,请把各条答案改成一样的写法后重新评分',
      '被服务部门「设备部」和「设备科」写法不同,按两个被服务部门分别统计;如果是同一个,请把各条答案改成一样的写法后重新评分',
    ]);
  });
});

describe('names written with and without their suffix, where a check or a count compares them', () => {
  it('§22 评价部门 「采购」 rating 被评价部门 采购部 is a department rating itself: its answers are errors (1000 counted: 896.67 for 845)', async () => {
    const r = await gradedReport(at('dept-self-rating-short-name.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['record-check', 'record-check', 'record-check']);
    // Its department is not graded until the rows are deleted (a group with an error is not computed); then (810 + 880) / 2 = 845 B.
    const dept = r.groups!.find((g) => g.keyText === '2026-03·采购部')!;
    expect(dept.band ?? null).toBeNull();
  });

  it('§23 车间 「装配车间」 and 「装配」 are said as one written two ways (6 workshops counted: coefficient 1.1 for 0.9)', async () => {
    const r = await gradedReport(at('workshop-name-suffix.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'warning' && p.message.includes('写法不同')).map((p) => p.message.replace(/^.*?车间「/, '车间「'))).toEqual([
      '车间「装配车间」和「装配」写法不同,按两个车间分别统计;如果是同一个,请把各条答案改成一样的写法后重新评分',
    ]);
  });
});
