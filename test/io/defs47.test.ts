// Definitions changed in the forty-seventh session: §28 and §10 satisfaction typed as a mark of 10, §30 several customers,
// §15 the candidate's column headed 「应聘者姓名」.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseAnyDefinition } from '../../src/forms/load.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/defs47', f);
function csv(name: string, lines: string[]): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

describe('§28 satisfaction typed as a survey\'s mark of 10 (9.2, 8.8, 8)', () => {
  const head = '工号,姓名,部门,考核月份,过程服务满意度·满意度,客户满意度·满意度,客诉率·客诉数,客诉率·服务单数,客诉处理满意度·满意度';
  it('refused at each cell, naming 10 分制 (was read as 9.2 %: 12.75 待改进 at exit 0); 92 / 88 / 80 read: 71.25 一般', async () => {
    const r = await gradedReport(csv('三月.csv', [head, '001,张三,销售部,2026-03,9.2,8.8,3,200,8', '002,李四,销售部,2026-03,92,88,3,200,80']), { form: 'sales-aftersales-monthly' });
    // 李四: 92 × 0.25 + 88 × 0.25 + (1 − 1.5 % ÷ 2 %) × 25 + 80 × 0.25 = 23 + 22 + 6.25 + 20 = 71.25 一般.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', null, null], ['李四', 71.25, '一般']]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.cell)).toEqual(['E2', 'F2', 'I2']);
    expect(errors[0]!.message).toContain('填的「9.2」像是 10 分制的平均分;本项按百分比填写(9.2 分在 10 分制下相当于 92%)');
  });

  it('「9.2%」 typed with its sign is read as 9.2 %: 2.3 points', async () => {
    const r = await gradedReport(csv('三月.csv', [head, '001,张三,销售部,2026-03,9.2%,88,0,200,']), { form: 'sales-aftersales-monthly' });
    // 9.2 × 0.25 + 88 × 0.25 + 25 (no complaint) + 25 (no complaint to handle) = 2.3 + 22 + 25 + 25 = 74.3.
    expect(r.people.map((p) => p.total)).toEqual([74.3]);
  });
});

describe('§10 客户满意度 (a score of 100) typed as 9.2 of 10', () => {
  it('refused as a mark of 10 (was 9.2 of 100)', async () => {
    const r = await gradedReport(csv('三月.csv', ['姓名,考核月份,客户满意度', '张三,2026-03,9.2']), { form: 'sales-cs-kpi' });
    expect(r.people.map((p) => p.total)).toEqual([null]);
    // (The other columns are missing: errors of their own.)
    expect(r.problems.filter((p) => p.message.includes('像是 10 分制')).map((p) => [p.cell, p.message.includes('填的「9.2」像是 10 分制的分数;本项按 100 分制填写(9.2 分在 10 分制下相当于 92 分)')])).toEqual([['C2', true]]);
  });
});

describe('§30 two customers rating one person (one row per rater)', () => {
  it('averaged as customers: each indicator 0.7 × 80 (上级 良好) + 0.3 × (100 + 60) / 2 = 80 → 80.00 良好 (was refused as 客户 twice)', async () => {
    const r = await gradedReport(at('ability-two-customers.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 80, '良好']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});

describe('§15 the candidate\'s column headed 「应聘者姓名」 (the file was refused: no heading found)', () => {
  it('read: 张三 (优秀 ×3 + 良好 ×12, then 良好 ×15): per question (4 + 3) / 2 on 1–3, 3 on the rest → (3 × 3.5 + 12 × 3) / 15 = 3.10 良好; 李四 (2 + 1) / 2 = 1.50 较差', async () => {
    const r = await gradedReport(at('interview-candidate-name.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 3.1, '良好'], ['李四', 1.5, '较差']]);
  });
});

describe('a team\'s checklist definition (§27 cs-checklist copied)', () => {
  it('the tick answer renamed 「是」, √ kept as its other written form, the rule\'s yes still √: ticks pass — the catalog\'s example 78.33 一般 (was 0.00 at exit 0)', async () => {
    // (83.33 + 80 + 100 + 50) / 4 = 78.33.
    const r = await gradedReport(at('checklist-yes-renamed.xlsx'), { form: at('checklist-yes-renamed.json') });
    expect(r.people.map((p) => [Math.round(p.total! * 100) / 100, p.band])).toEqual([[78.33, '一般']]);
  });

  it('an answer 「基本符合」 worth 0.5 (neither yes nor no) is refused at load, at its rule — a checklist gives no half box (everyone scored 0.00)', async () => {
    const r = await parseAnyDefinition(readFileSync(at('checklist-half.json'), 'utf8'), 'team.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.message).toContain('team.json:$.parts[0].items[0].rule.inputs:「积极主动热情周到」的选项 「基本符合」 既不是 yes 也不是 no 的写法');
  });
});

describe('a team\'s definition whose item cannot reach its max (refused, as a cap under 1 is)', () => {
  it.each([
    ['unreachable-choice.json', '$.parts[0].items[1].max:最好的选项只有 20 分,达不到本项满分 25'],
    ['unreachable-tiers.json', '$.parts[0].items[0].max:最高一档只有 20 分,达不到本项满分 25'],
    // express-cs re-weighted 30/30/40, 话务质量's base lowered to 30 and its max left at 40: 30+30+40 of 110, 90.91 for 100.
    ['unreachable-deduction.json', '$.parts[0].items[1].rule.base:基础分只有 30 分,达不到本项满分 40'],
    // express-cs 工作效率 raised to 30, its 得分 left at 0–20: 20 of 30 at best.
    ['unreachable-band.json', '$.parts[0].items[0].inputs[0].max:直接填写的「得分」最多只有 20 分,达不到本项满分 30'],
  ])('%s: %s', async (file, said) => {
    const r = await parseAnyDefinition(readFileSync(at(file), 'utf8'), 'team.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toContain(`team.json:${said}:满分的人也拿不到满分;请改 max 或这一处的分值`);
  });
});

describe('a team\'s levels numbered 1/2/3 as aliases (不达标 0.6 「1」, 达标 1 「3」) under 「of: max」', () => {
  it('refused at the set: a typed 1 (达标\'s share, as the template\'s prompt offers) was read as 不达标 — 0.6 × 15 = 9 for 15 at exit 0', async () => {
    const r = await parseAnyDefinition(readFileSync(at('digit-alias-coefficient.json'), 'utf8'), 'team.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toContain('team.json:$.choiceSets.level[0].aliases:选项「不达标」(9 分)的写法「1」是选项「达标」的分值 1 分:填「1」会按 9 分计;请删去这个写法,或改为「9分」;如果数字是档次的编号而不是分数,请保留这些写法,在用这个选项集的各个输入上写 "numbersArePoints": false(填的数字都按写法读,不按分数读)');
  });
});
