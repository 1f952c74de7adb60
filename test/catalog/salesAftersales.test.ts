// CATALOG §28 sales-aftersales-monthly: variants by 部门, allowed 客诉率, §14 pay.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, payFile, roundTrip } from './roundTrip.js';

// 销售部 worked example: 92 % → 23, 88 % → 22, 3/200 = 1.5 % → 1 − 0.75 = 0.25 × 25 = 6.25, 80 % → 20 ⇒ 71.25 → 一般
const sales: FillPerson = {
  header: { name: '何静', employeeId: 'S01', department: '销售部', period: '2026-03' },
  values: { S1: '92%', S2: 0.88, 'S3.complaints': 3, 'S3.orders': 200, S4: '80%' },
};
// 售后部: 90 % → 22.5, 95 % → 23.75, 0/150 → 25, 60 % → 15 ⇒ 86.25 → 良好
const service: FillPerson = {
  header: { name: '高磊', employeeId: 'S02', department: '售后部', period: '2026-03' },
  values: { S1: '90%', S2: '95%', 'S3.complaints': 0, 'S3.orders': 150, S4: '60%' },
};
// 50 % → 12.5, 40 % → 10, 5/100 = 5 % > 2 % → 0, 70 % → 17.5 ⇒ 40 → 待改进; pay 3000 × 0.40 × 0.7 = 840
const low: FillPerson = {
  header: { name: '罗敏', employeeId: 'S03', department: '售后部', period: '2026-03' },
  values: { S1: '50%', S2: '40%', 'S3.complaints': 5, 'S3.orders': 100, S4: '70%' },
};
// 部门 written as in the form's own title, 售后服务部: the 售后部 variant. 90 % → 22.5, 90 % → 22.5, 0/10 → 25, 90 % → 22.5 ⇒ 92.5 → 优秀
const serviceTitle: FillPerson = {
  header: { name: '唐宁', employeeId: 'S05', department: '售后服务部', period: '2026-03' },
  values: { S1: '90%', S2: '90%', 'S3.complaints': 0, 'S3.orders': 10, S4: '90%' },
};
// 部门 neither 销售部 nor 售后部 (财务部): the items score alike under either, so under their plain names, with a warning:
// 90 % → 22.5, 90 % → 22.5, 0/10 → 25, 90 % → 22.5 ⇒ 92.5 → 优秀
const wrongDept: FillPerson = {
  header: { name: '梁超', employeeId: 'S04', department: '财务部' },
  values: { S1: '90%', S2: '90%', 'S3.complaints': 0, 'S3.orders': 10, S4: '90%' },
};

describe('§28 sales-aftersales-monthly', () => {
  it('71.25 → 一般 and pay 3000 × 0.7125 = 2137.50; the 售后部 variant names its items', async () => {
    const pay = payFile(['姓名,绩效基数,基本工资', '何静,3000,4000', '高磊,3000,4000', '罗敏,3000,4000']);
    const r = await roundTrip('sales-aftersales-monthly', [sales, service, low, wrongDept, serviceTitle], { pay });
    const he = byName(r, '何静');
    expect(he.items.map((i) => i.score)).toEqual([23, 22, 6.25, 20].map((x) => expect.closeTo(x, 10)));
    expect([he.total, he.band]).toEqual([71.25, '一般']);
    expect(he.items.map((i) => i.label)).toEqual(['销售过程服务满意度', '客户满意度', '客诉率', '客诉处理满意度']);
    expect(he.items[2]!.explanation).toBe('客诉率 3/200 = 1.5%,1 − 1.5% ÷ 2% = 25% × 25 = 6.25');
    expect([he.pay!.bonus, he.pay!.gross]).toEqual([2137.5, 6137.5]);

    const gao = byName(r, '高磊');
    expect(gao.items.map((i) => i.label)).toEqual(['维修过程服务满意度', '接待客户满意度', '客诉率', '客诉处理满意度']);
    expect([gao.total, gao.band]).toEqual([86.25, '良好']);
    // under 60 keeps base pay, loses 30 % of the bonus: 3000 × 0.4 = 1200 × 0.7 = 840
    const luo = byName(r, '罗敏');
    expect([luo.total, luo.band, luo.pay!.bonus, luo.pay!.gross]).toEqual([40, '待改进', 840, 4840]);
    const tang = byName(r, '唐宁');
    expect(tang.items.map((i) => i.label)).toEqual(['维修过程服务满意度', '接待客户满意度', '客诉率', '客诉处理满意度']);
    expect([tang.total, tang.band]).toEqual([92.5, '优秀']);
    const liang = byName(r, '梁超');
    expect([liang.status, liang.total, liang.band]).toEqual(['scored', 92.5, '优秀']);
    expect(liang.items.map((i) => i.label)).toEqual(['过程服务满意度', '客户满意度', '客诉率', '客诉处理满意度']);
    const said = r.problems.find((p) => p.person === '梁超')!;
    expect([said.severity, said.message]).toEqual(['warning', expect.stringContaining('表头「部门」为「财务部」,不是 销售部 / 售后部 之一:各项按通用名称列出(评分方法相同)')]);
  });

  // The catalog's decision: a satisfaction is a percentage, or 满意数 and 调查数. The same worked example as counts:
  // 46/50 = 92 % → 23, 44/50 = 88 % → 22, 3/200 → 6.25, 8/10 = 80 % → 20 ⇒ 71.25 → 一般.
  const counts: FillPerson = {
    header: { name: '蒋涛', employeeId: 'S06', department: '销售部', period: '2026-03' },
    values: { 'S1.satisfied': 46, 'S1.surveyed': 50, 'S2.satisfied': 44, 'S2.surveyed': 50, 'S3.complaints': 3, 'S3.orders': 200, 'S4.satisfied': 8, 'S4.surveyed': 10 },
  };
  // Both given: 92 % and 45/49 = 91.84 % agree to a whole percent, the counts are used: 45/49 × 25 = 22.9592;
  // 88 % → 22, 6.25, 80 % → 20 ⇒ 71.2092 (shown 71.21) 一般.
  const both: FillPerson = {
    header: { name: '韩梅', employeeId: 'S07', department: '销售部', period: '2026-03' },
    values: { S1: '92%', 'S1.satisfied': 45, 'S1.surveyed': 49, S2: '88%', 'S3.complaints': 3, 'S3.orders': 200, S4: '80%' },
  };
  // 90 % against 45/60 = 75 %: one of them is mistyped, an error at the 满意度 cell; 调查数 without 满意数: an error.
  const mismatch: FillPerson = {
    header: { name: '孙丽', employeeId: 'S08', department: '售后部', period: '2026-03' },
    values: { S1: '90%', 'S1.satisfied': 45, 'S1.surveyed': 60, 'S2.surveyed': 40, 'S3.complaints': 0, 'S3.orders': 10, S4: '90%' },
  };
  // 满意数 55 of 调查数 50 (110 %, as 「110%」 typed is out of range): an error at 满意数, not 25 capped with a warning
  // (it was 25 + 22.5 + 25 + 22.5 = 95 优秀, exit 0).
  const over: FillPerson = {
    header: { name: '钟诚', employeeId: 'S09', department: '销售部', period: '2026-03' },
    values: { 'S1.satisfied': 55, 'S1.surveyed': 50, S2: '90%', 'S3.complaints': 0, 'S3.orders': 10, S4: '90%' },
  };
  for (const layout of ['roster', 'form'] as const) {
    it(`a satisfaction as 满意数 ÷ 调查数 instead of a percentage (${layout})`, async () => {
      const r = await roundTrip('sales-aftersales-monthly', [counts, both, mismatch, over], { layout });
      expect([byName(r, '钟诚').status, byName(r, '钟诚').total]).toEqual(['error', null]);
      expect(r.problems.filter((p) => p.person === '钟诚').map((p) => [p.code, p.severity, p.message.replace(/^[^:]*:/, '')])).toEqual([
        ['ratio-above-one', 'error', '「销售过程服务满意度·满意数」满意数 55 大于 调查数 50:满意数是调查数中的一部分,不能更多,此项不计分;请核对后重新评分'],
      ]);
      const jiang = byName(r, '蒋涛');
      expect(jiang.items.map((i) => i.score)).toEqual([23, 22, 6.25, 20].map((x) => expect.closeTo(x, 10)));
      expect([jiang.total, jiang.band]).toEqual([71.25, '一般']);
      expect(jiang.items[0]!.explanation).toBe('满意度 46/50 = 92% ÷ 100% = 92% × 25 = 23');
      const han = byName(r, '韩梅');
      expect(han.items[0]!.score).toBeCloseTo((45 / 49) * 25, 10);
      expect([han.total, han.band]).toEqual([expect.closeTo(71.2092, 4), '一般']);
      expect(byName(r, '孙丽').status).toBe('error');
      const sun = r.problems.filter((p) => p.person === '孙丽').map((p) => [p.code, p.message]);
      expect(sun).toEqual([
        ['rate-or-counts', expect.stringContaining('满意度 90% 与 满意数 45 ÷ 调查数 60 不一致')],
        ['rate-or-counts', expect.stringContaining('只填了「调查数」,缺少「满意数」')],
      ]);
      // Nothing said about the count columns or rows of people who gave percentages, nor the reverse.
      expect(r.problems.filter((p) => !p.person)).toEqual([]);
    });
  }

  it('a department named within the value (销售一部, 售后服务中心, 销售部(华东)) picks its variant', async () => {
    const as = (name: string, department: string): FillPerson => ({ ...sales, header: { ...sales.header, name, employeeId: name, department } });
    const r = await roundTrip('sales-aftersales-monthly', [as('甲', '销售一部'), as('乙', '售后服务中心'), as('丙', '销售部(华东)')]);
    expect(['甲', '乙', '丙'].map((n) => byName(r, n).items[0]!.label)).toEqual(['销售过程服务满意度', '维修过程服务满意度', '销售过程服务满意度']);
    expect(r.problems.filter((p) => p.code === 'header-missing')).toEqual([]);
  });

  // No 客诉 this month, so no 客诉处理 to survey (notApplicable, kpi's decision): 客诉处理满意度 left blank or 「无」 gives
  // its full 25. 92 % → 23, 88 % → 22, 0/200 → 25, 25 ⇒ 95 → 优秀. Filled anyway, it is scored: 80 % → 20 ⇒ 90 → 优秀.
  // With a complaint (1/200 = 0.5 % → 1 − 0.25 = 75 % → 18.75) a blank is still an error.
  const none = (name: string, complaints: number, s4?: string): FillPerson => ({
    header: { name, employeeId: name, department: '销售部', period: '2026-03' },
    values: { S1: '92%', S2: '88%', 'S3.complaints': complaints, 'S3.orders': 200, ...(s4 === undefined ? {} : { S4: s4 }) },
  });
  it('客诉数 0 with 满意数 0 of 调查数 0 typed (nobody to survey): its 25, as blank (it was a zero-denominator error beside the blank\'s 95)', async () => {
    const zeros = (name: string): FillPerson => ({ ...none(name, 0), values: { ...none(name, 0).values, 'S4.satisfied': 0, 'S4.surveyed': 0 } });
    const r = await roundTrip('sales-aftersales-monthly', [zeros('己')]);
    const ji = byName(r, '己');
    // 23 + 22 + 25 + 25 = 95
    expect([ji.status, ji.items[3]!.score, ji.total, ji.band]).toEqual(['scored', 25, 95, '优秀']);
    // With a complaint, 0 of 0 surveyed is the zero-denominator error it was.
    const one = await roundTrip('sales-aftersales-monthly', [{ ...zeros('庚'), values: { ...zeros('庚').values, 'S3.complaints': 1 } }]);
    expect(byName(one, '庚').status).toBe('error');
  });
  for (const layout of ['roster', 'form'] as const) {
    it(`客诉数 0: 客诉处理满意度 left blank gives its 25, filled is scored, blank with a complaint is an error (${layout})`, async () => {
      const r = await roundTrip('sales-aftersales-monthly', [none('甲', 0), none('乙', 0, '无'), none('丙', 0, '80%'), none('丁', 1)], { layout });
      for (const n of ['甲', '乙']) {
        const p = byName(r, n);
        expect([p.status, p.items[3]!.score, p.total, p.band]).toEqual(['scored', 25, 95, '优秀']);
        expect(p.items[3]!.explanation).toBe('本月无客诉,无客诉处理可评(客诉率·客诉数 0),按 25 分计');
      }
      expect([byName(r, '丙').items[3]!.score, byName(r, '丙').total]).toEqual([20, 90]);
      const ding = byName(r, '丁');
      expect([ding.status, ding.items[2]!.score]).toEqual(['error', 18.75]);
      expect(r.problems.filter((p) => p.person === '丁').map((p) => p.code)).toEqual(['rate-or-counts']);
      expect(r.problems.filter((p) => ['甲', '乙', '丙'].includes(p.person ?? '') && p.severity !== 'info')).toEqual([]);
    });
    it(`客诉数 「-1」 with 客诉处理满意度 blank: the one error at 客诉数, not also 「满意度未填写」 (a 0 would make it moot) (${layout})`, async () => {
      const r = await roundTrip('sales-aftersales-monthly', [none('戊', -1)], { layout });
      const wu = byName(r, '戊');
      expect(wu.status).toBe('error');
      expect(wu.items[3]!.score).toBeNull();
      expect(wu.items[3]!.explanation).toBe('无法计分:客诉率·客诉数 有误,无法判断本项是否需要填写(改正后重新评分)');
      expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.item)).toEqual(['客诉率']);
    });
  }
});

describe('§28 messages name the item as the person\'s variant does', () => {
  it('a 售后部 rate of 120 %: the error says 「维修过程服务满意度」, the 销售部 one 「销售过程服务满意度」', async () => {
    const bad = (p: FillPerson): FillPerson => ({ ...p, values: { ...p.values, S1: '120%' } });
    const r = await roundTrip('sales-aftersales-monthly', [bad(sales), bad(service)]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.person, p.item])).toEqual([['何静', '销售过程服务满意度'], ['高磊', '维修过程服务满意度']]);
    expect(errors[1]!.message).toContain('「维修过程服务满意度');
  });
});
