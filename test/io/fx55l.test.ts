// Review of 04a88e9b: under a 扣分 heading kpi cannot read (「仪容仪表扣分」 on §25, 「旷工扣分」 on §8), text saying nothing
// off — 「0分」「扣0分」「0 分」「未扣分」「不扣」「无违规」「达标」「合格」「无扣」「-0」 — was refused as a deduction written out
// (04a88e9b's rule for 「扣2分」「2分」), where base read it as nothing off. Made by /tmp/rt55rvb/cases/mk_kou0.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55l', f);

describe('nothing off written out under a 扣分 heading', () => {
  it('§25: every person 100 (45/45 × 100, nothing deducted), none refused', async () => {
    for (const f of ['kou-zero-text.xlsx', 'kou-zero-text2.xlsx']) {
      const r = await gradedReport(at(f), { form: 'property-cs-staff' });
      expect(r.people.map((p) => [p.name, p.total])).toEqual(['甲', '乙', '丙', '丁', '戊', '己'].map((n) => [n, 100]));
    }
  });

  it('§8 「旷工扣分」: 「0分」 and 「扣0分」 scored (王芳 18+15+11+3+9+13+8+2 = 79, 李强 100); 「5分」 still refused', async () => {
    const r = await gradedReport(at('r8-m7-kou.xlsx'));
    const of = (n: string) => r.people.find((p) => p.name === n)!;
    expect([of('王芳').total, of('李强').total, of('张敏').status]).toEqual([79, 100, 'error']);
  });

  it('§17 「考勤」 where 准时出勤 stood, 王五 「全勤」 / 「正常」: 张三 3 and 李四 5 lapses refused as in a column of counts (were read as none: 100 and 80 at exit 0 for 4 + 90 = 94 and 2 + 70 = 72)', async () => {
    for (const f of ['kaoqin-quanqin.xlsx', 'kaoqin-zhengchang.xlsx']) {
      const r = await gradedReport(at(f));
      expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['张三', 'error', null], ['李四', 'error', null], ['王五', 'scored', 90]]);
    }
  });
});
