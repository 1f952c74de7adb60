// §5 是否处理完毕 「已处理」, 有没有清理卫生 「已清理」, 验收单是否是您本人签字 「本人」 — plain answers — and the negatives teams
// write (未处理完, 没清理, 家属代签) were each an error: the order out of every figure, exit 1 (12-install-answers: 8 of 24
// orders counted, 4 satisfied). install-followup 1.3.5 gives those columns their own words (yesWords / noWords).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnyDefinition } from '../../src/forms/load.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53m', name);
const template = () => JSON.parse(readFileSync(path.join(repoRoot, 'templates/install-followup.json'), 'utf8'));

async function messages(def: unknown): Promise<string[]> {
  const r = await parseAnyDefinition(JSON.stringify(def), 'team.json');
  return r.ok ? [] : r.problems.map((p) => p.message);
}

describe('§5 yes/no answers of their own question', () => {
  it('12-install-answers: 21 of 24 orders counted, 10 satisfied — 满意率 47.62 % (8 counted, 4 satisfied before)', async () => {
    const report = await gradedReport(fixture('12-install-answers.xlsx'));
    // Satisfied (1): 已处理, 处理完毕, √, 已清理, 有清理, 5分, 4分, 五分, 本人, 是本人 = 10.
    // Not (0): 未处理完, 还没处理完, ×, 没清理, 未清理, 无, 没打扫, 3分, 家属代签, 不是, 代签 = 11.
    // Errors: 服务态度 「满意」, 「4.5」; 本人签字 「否,家人签的」 = 3. 10 / 21 = 47.619 %; 服务态度 (19 × 5 + 4 + 3) / 21 = 4.857.
    const all = report.groups!.find((g) => g.grouping === 'all')!;
    expect(all.figures.orders).toBe(21);
    expect(all.figures.satisfiedCount).toBe(10);
    expect(all.figures.satisfiedRate).toBeCloseTo((10 / 21) * 100, 9);
    expect(all.figures.attitudeMean).toBeCloseTo(102 / 21, 9);
    expect(all.band).toBe('待改进');
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['AR19', 'AR21', 'AS24']);
    // One per row: row 4 (已处理) is 师傅00, satisfied; row 5 (未处理完) 师傅01, counted and not satisfied.
    const master = (k: string) => report.groups!.find((g) => g.grouping === 'master' && g.keyText === k)!.figures;
    expect([master('师傅00').satisfiedCount, master('师傅01').orders, master('师傅01').satisfiedCount]).toEqual([1, 1, 0]);
  });

  it('处理好了, 已处理完, 清理了, 本人签字 are yes; 未处理, 没处理完, 非本人, 他人代签 no: 4 of 8; 「本人」 under 是否一次安装成功 still refused', async () => {
    const report = await gradedReport(fixture('more-words.xlsx'));
    const all = report.groups!.find((g) => g.grouping === 'all')!;
    // Rows 4–11: 1, 1, 0, 0, 1, 1, 0, 0 → 4 / 8 = 50 % (一般 needs 60: 待改进). Row 12 (AA 本人) is out: 8 orders.
    expect(all.figures).toMatchObject({ orders: 8, satisfiedCount: 4, satisfiedRate: 50 });
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.code])).toEqual([['AA12', 'unknown-choice']]);
  });
});

describe('yesWords / noWords in a definition', () => {
  it('the shipped definition loads', async () => {
    expect(await messages(template())).toEqual([]);
  });

  it('a word both yes and no, a yes word the column reads as no (「没有」 under 有/没有, 「无」), a no word read as yes: refused at its path', async () => {
    const d = template();
    const clean = d.records.columns.findIndex((c: { id: string }) => c.id === 'clean');
    d.records.columns[clean].yesWords = ['已清理', '没有', '无'];
    d.records.columns[clean].noWords = ['没清理', '已清理', '是的'];
    expect(await messages(d)).toEqual([
      `team.json:$.records.columns[${clean}].yesWords[1]:「没有」本来就读作「没有」,不能在 yesWords 里读作「有」;请删去它`,
      `team.json:$.records.columns[${clean}].yesWords[2]:「无」本来就读作「没有」,不能在 yesWords 里读作「有」;请删去它`,
      `team.json:$.records.columns[${clean}].noWords[1]:「已清理」同时在 yesWords 和 noWords 中,不知道读作「有」还是「没有」;请从其中一个删去它`,
      `team.json:$.records.columns[${clean}].noWords[2]:「是的」本来就读作「有」,不能在 noWords 里读作「没有」;请删去它`,
    ]);
  });

  it('on a column that is no yes/no (门店, text): refused', async () => {
    const d = template();
    d.records.columns[1].yesWords = ['是'];
    expect(await messages(d)).toEqual(['team.json:$.records.columns[1].yesWords:yesWords、noWords 只用于 yesno 列,「门店」是 text 列']);
  });
});
