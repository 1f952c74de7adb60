// Hand-typed sheets whose messages misled (tester's cases, fifty-fourth session): §9's 绩效总结 line, §2's 不符合项 column,
// §27's 评价(符合打√) column and §1's points typed under 上级.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx54c', name);
const shown = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band, p.status]);

describe('§9 绩效总结 typed under the items', () => {
  it('is the team\'s own grade, compared with kpi\'s — not an item to add to the definition (c09a)', async () => {
    const r = await gradedReport(fixture('c09-result.xlsx'));
    // Each sheet: 主管 优秀 良好 良好 优秀 一般, 同事 良好, 客户 优秀 on all five (CATALOG §9: 100/80/60/40, 70/10/20 %):
    // 100×.7+80×.1+100×.2 = 98; 80×.7+8+20 = 84; 84; 98; 60×.7+8+20 = 70 → (98+84+84+98+70)/5 = 434/5 = 86.8 → 良好 (≥ 75).
    expect(shown(r)).toEqual([
      ['赵敏', 86.8, '良好', 'scored'],
      ['孙丽', 86.8, '良好', 'scored'],
      ['周华', 86.8, '良好', 'scored'],
    ]);
    // 赵敏 typed 良好 = kpi's: nothing said. 孙丽 typed 优秀: said at G9 (主管评's cell; 自评's 优秀 in F9 is not the grade).
    // 周华's comment is no grade: nothing said. No one was told to add 绩效总结 as an item.
    expect(r.problems.filter((p) => p.code !== 'form-not-recognized' && p.severity !== 'info').map((p) => [p.code, p.severity, p.sheet, p.cell, p.person])).toEqual([
      ['override', 'warning', '孙丽', 'G9', '孙丽'],
    ]);
    const said = r.problems.find((p) => p.code === 'override')!.message;
    expect(said).toContain('「绩效总结」为「优秀」,按规则算出的是「良好」');
    expect(r.problems.some((p) => p.message.includes('定义文件'))).toBe(false);
  });
});
