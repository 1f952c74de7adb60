// Team definitions that loaded as valid (「定义有效」) and then scored wrong at exit 0: refused at load, at their JSON path.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnyDefinition } from '../../src/forms/load.js';
import { repoRoot } from '../helpers.js';

const template = (id: string) => JSON.parse(readFileSync(path.join(repoRoot, 'templates', `${id}.json`), 'utf8'));

async function messages(def: unknown): Promise<string[]> {
  const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
  return r.ok ? [] : r.problems.map((p) => p.message);
}

describe('combine.outOf other than the full marks (it is what 100 corresponds to, total × 100 ÷ outOf)', () => {
  it('an item removed under outOf 100: items 20 + 20 + 15 + 10 + 10 + 10 + 0 = 85, full marks 85/100 × 100 = 85.00 良好 (was loaded)', async () => {
    const m = template('mattress-cs-monthly');
    m.parts[0].items = m.parts[0].items.filter((i: { id: string }) => i.id !== 'M6'); // 态度 15
    m.combine = { kind: 'sum', outOf: 100 };
    expect(await messages(m)).toEqual([
      'team.json:$.combine.outOf:combine.outOf 为 100,而本表的满分(各项满分之和)是 85:全部满分的人百分制得 85 分(总分 × 100 ÷ 100),永远到不了 100;outOf 要写本表的满分 85(或删去,按满分折算百分制),要满分 100 请让各项满分之和等于 100',
    ]);
    // Said as the full marks are: outOf 85 is the form's own, and loads.
    m.combine.outOf = 85;
    expect(await messages(m)).toEqual([]);
  });

  it('outOf 50 over items of 100 (100 × 100 ÷ 50 = 200 for full marks) and 200 (100 × 100 ÷ 200 = 50 待改进) are refused; 100 loads', async () => {
    const m = template('mattress-cs-monthly');
    m.combine = { kind: 'sum', outOf: 50 };
    expect((await messages(m))[0]).toContain('$.combine.outOf:combine.outOf 为 50,而本表的满分(各项满分之和)是 100:全部满分的人百分制得 200 分(总分 × 100 ÷ 50),超过 100');
    m.combine.outOf = 200;
    expect((await messages(m))[0]).toContain('$.combine.outOf:combine.outOf 为 200,而本表的满分(各项满分之和)是 100:全部满分的人百分制得 50 分(总分 × 100 ÷ 200),永远到不了 100');
    m.combine.outOf = 100;
    expect(await messages(m)).toEqual([]);
  });

  it('under weighted-parts the full marks are Σ weight × 100 = 100: outOf 100 loads, 90 is refused (100 × 100 ÷ 90 = 111.111)', async () => {
    const w = template('after-sales-monthly');
    w.combine = { ...w.combine, outOf: 100 };
    expect(await messages(w)).toEqual([]);
    w.combine.outOf = 90;
    expect((await messages(w))[0]).toContain('combine.outOf 为 90,而本表的满分(各部分权重 × 100 之和)是 100:全部满分的人百分制得 111.111 分');
  });
});

describe('an achievement\'s constant target above the most its actual can be', () => {
  it('§10 客户满意度 typed on 5 points, the target left at 100: 5 ÷ 100 = 5 %, 0.05 × 20 = 1 of 20 at best — refused; target 5 loads', async () => {
    const k = template('sales-cs-kpi');
    const k2 = k.parts[0].items[1];
    k2.inputs[0].max = 5;
    delete k2.inputs[0].otherScales;
    expect(await messages(k)).toEqual([
      'team.json:$.parts[0].items[1].rule.target:目标 100 高于「得分」最多能到的 5:达成率最多 5%(5 ÷ 100),这一项最多 1 分,达不到本项满分 20;目标要按「得分」的分制写(不超过 5),或改「得分」的 max',
    ]);
    k2.rule.target = 5;
    expect(await messages(k)).toEqual([]);
    // Below the max is sound (90 of 100: 100 ÷ 90 passes 100 %, capped at full marks).
    const t90 = template('sales-cs-kpi');
    t90.parts[0].items[1].rule.target = 90;
    expect(await messages(t90)).toEqual([]);
  });

  it('lower is better (响应时间 of at most 30 s against 60 s): 60 ÷ 30 = 200 % at least, everyone 10 of 10 — refused', async () => {
    const k = template('sales-cs-kpi');
    const k4 = k.parts[0].items[3];
    k4.inputs = k4.inputs.filter((i: { id: string }) => i.id !== 'goal');
    k4.inputs[0].max = 30;
    k4.rule.target = 60;
    expect(await messages(k)).toEqual([
      'team.json:$.parts[0].items[3].rule.target:越低越好的目标 60 高于「平均响应秒数」最多能到的 30:目标 ÷ 实际总在 200% 以上,人人都得满分 10;目标要按「平均响应秒数」的分制写(不超过 30),或改「平均响应秒数」的 max',
    ]);
  });
});

describe('§23 record form: a lookup table without a row for a word its choice gives', () => {
  it('nominalDeduction\'s 较好 renamed 良好 while 评定 still gives 较好 (采购部 and 设备部 had no deduction, 未定级) is refused at the table', async () => {
    const ws = template('internal-satisfaction-workshop');
    ws.tables.nominalDeduction.rows[1][0] = '良好';
    expect(await messages(ws)).toEqual([
      'team.json:$.tables.nominalDeduction:查找表「名义扣分」没有「较好」这一行:「评定」(level)会得出「较好」,「名义扣分」查表时找不到,没有数;请在 rows 里加上「较好」,或改「评定」的值',
    ]);
  });

  it('the otherwise word counts too (优秀 left out of levelRank); the shipped tables load', async () => {
    const ws = template('internal-satisfaction-workshop');
    expect(await messages(ws)).toEqual([]);
    ws.tables.levelRank.rows = ws.tables.levelRank.rows.filter((r: unknown[]) => r[0] !== '优秀');
    expect(await messages(ws)).toEqual([
      'team.json:$.tables.levelRank:查找表「档次」没有「优秀」这一行:「评定」(level)会得出「优秀」,「档次」查表时找不到,没有数;请在 rows 里加上「优秀」,或改「评定」的值',
    ]);
  });
});

describe('§23 a notServed word that is an option\'s points where numbers are points', () => {
  it('「4」 with numbersArePoints true (满意 is 4 points: a 4 typed was dropped as not served) is refused; under false it loads', async () => {
    const ws = template('internal-satisfaction-workshop');
    const answer = ws.records.columns[4];
    answer.notServed.push('4');
    expect(await messages(ws)).toEqual([]); // numbersArePoints false: 4 typed is no answer
    answer.numbersArePoints = true;
    expect(await messages(ws)).toEqual([
      'team.json:$.records.columns[4].notServed:「4」是选项「满意」的分值 4:numbersArePoints 时填 4 就是选「满意」,不能同时表示未服务;请从 notServed 删去它,或把 numbersArePoints 写为 false',
    ]);
    // 5 is no option's points (1–4): a word like any other.
    answer.notServed[answer.notServed.length - 1] = '5';
    expect(await messages(ws)).toEqual([]);
  });
});

describe('the schema\'s refusals are listed up to 50', () => {
  it('60 unknown fields: 50 listed, then 「还有 10 条未列出」 (the list stopped without a word)', async () => {
    const m = template('mattress-cs-monthly');
    for (let k = 0; k < 60; k++) m[`bogus${k}`] = 1;
    const said = await messages(m);
    expect(said).toHaveLength(51);
    expect(said[49]).toBe('team.json:$:不认识的字段「bogus49」(拼写错误?)');
    expect(said[50]).toBe('team.json:还有 10 条未列出;改正以上各处后再检查一次');
  });
});
