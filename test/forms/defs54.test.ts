// A team's own §1 with 行为考核 levels rescaled to 2/4/6/8/10 points, the level digits 「1」…「5」 kept as aliases.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/forms/load.js';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/defs54', f);
const levels = () => JSON.parse(readFileSync(at('levels.json'), 'utf8'));

describe('level digits that are other levels’ points (「4」 for 4级 = 8, while 2级 is worth 4)', () => {
  it('are refused with both ways out: delete the alias, or numbersArePoints false when the digits are level numbers', async () => {
    const r = await parseDefinition(JSON.stringify(levels()), 'mine.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const four = r.problems.find((p) => p.message.includes('写法「4」'))!;
    expect(four.message).toBe('mine.json:$.parts[1].items[0].inputs[0].choices[3].aliases:选项「4级」(8 分)的写法「4」是选项「2级」的分值 4 分:填「4」会按 8 分计;请删去这个写法,或改为「8分」;如果数字是档次的编号而不是分数,请保留这些写法,在 $.parts[1].items[0].inputs[0] 写 "numbersArePoints": false(填的数字都按写法读,不按分数读)');
  });

  it('with numbersArePoints false the digits are levels: 赵一 4 → 4级 = 8 twice, 97.00 (deleting 「4」 alone scored 4 as 2级: 91.00)', async () => {
    const d = levels();
    for (const it of d.parts[1].items) it.inputs[0].numbersArePoints = false;
    expect((await parseDefinition(JSON.stringify(d), 'mine.json')).ok).toBe(true);
    const file = path.join(tempDir(), 'mine.json');
    writeFileSync(file, JSON.stringify(d));
    const r = await gradedReport(at('levels.xlsx'), { form: file });
    // 行为考核 (8 + 8) / 20 = 80 %; 业绩考核 100 → 100 × 0.85 + 80 × 0.15 = 97.00.
    // 钱二 3 → 3级 = 6 twice: 60 % → 85 + 9 = 94.00.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['赵一', 97, '优秀'], ['钱二', 94, '优秀']]);
  });
});

describe('numbersArePoints false turns off only the digits-as-points check (review of 7c9fb0fb)', () => {
  const withWords = (edit: (levels: Array<{ label: string; aliases: string[] }>) => void) => {
    const d = levels();
    for (const it of d.parts[1].items) it.inputs[0].numbersArePoints = false;
    edit(d.parts[1].items[0].inputs[0].choices);
    return parseDefinition(JSON.stringify(d), 'mine.json');
  };
  it('a written form two levels share (「一般」 on 2级 and 3级) stays refused: 「一般」 scored 2级’s 4 at exit 0', async () => {
    const r = await withWords((c) => { c[1]!.aliases.push('一般'); c[2]!.aliases.push('一般'); });
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['mine.json:$.parts[1].items[0].inputs[0].choices[2]:选项「3级」的写法「一般」也是选项「2级」的:填「一般」时分不清是哪一个']);
  });
  it('「8分」 as a form of 3级 (6 points) stays refused: a typed 8分 scored 6', async () => {
    const r = await withWords((c) => { c[2]!.aliases.push('8分'); });
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['mine.json:$.parts[1].items[0].inputs[0].choices[2].aliases:选项「3级」(6 分)的写法「8分」是选项「4级」的分值 8 分:填「8分」会按 6 分计;请删去这个写法,或改为「6分」']);
  });
});

describe('a sheet made before the team edited its own definition (态度 15 → 10 in my-team-v2.json)', () => {
  it('names that file and kpi template, not 「--form 你的定义.json」 the user already gave', async () => {
    const r = await gradedReport(at('reedit.xlsx'), { form: at('my-team-v2.json') });
    const points = r.people.flatMap((p) => p.problems).filter((p) => p.code === 'heading-points' && p.cell === 'F16');
    expect(points.map((p) => p.message)).toEqual(['张三!F16:张三:这一格的「9」是「态度」的得分,而表上这一项写的是 15 分(C16「分值」),本表满分 10 分,不知按哪个满分读,没有计入,此人不评分;如果贵单位的表这一项就是 15 分,请在你的定义 my-team-v2.json 里把「态度」改为 15 分;若是改过定义而表是按改动前的定义生成的,请用 kpi template my-team-v2.json 重新生成模板后再填;否则请改回 10 分']);
  });
});
