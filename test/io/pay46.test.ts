// Pay workbooks as HR keeps them: a 社保 sheet beside the 工资 one, two-row headings, a 试用期 base, names alike.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay46', f);
// scheme-k.xlsx (cs-scheme-100): 张三 95.00 良好 K 1.0, 李四 94.995 → 95.00 良好 K 1.0 (left-open), 王五 95.005 → 95.01
// 优秀 K 1.1, … (the others below 95).
const bonus = (r: Awaited<ReturnType<typeof gradedReport>>, names: string[]) => names.map((n) => [n, r.people.find((p) => p.name === n)?.pay?.bonus ?? null]);

describe('a 「基数」 that is another component\'s', () => {
  it('on a sheet 「3月社保」 beside a 工资 sheet of 绩效工资 only: no 绩效基数 (4500 × K was paid: 王五 4950.00)', async () => {
    const failure = await refusal(at('scheme-k.xlsx'), { pay: at('pay-bonus-wage-and-insurance.xlsx') });
    expect(failure.message).toContain('没有找到「绩效基数」列');
  });

  it('beside a 工资 sheet that has its 绩效基数: that one is read (everyone was refused as on two rows) — 张三 2000 × 1.0, 王五 2000 × 1.1', async () => {
    const r = await gradedReport(at('scheme-k.xlsx'), { pay: at('pay-base-and-insurance.xlsx') });
    expect(bonus(r, ['张三', '王五'])).toEqual([['张三', 2000], ['王五', 2200]]);
    expect(r.problems.filter((p) => p.code === 'pay-duplicate')).toEqual([]);
  });

  it('under 「岗位工资」 merged over 基数 | 系数 | 金额: no 绩效基数 (1500 × K was paid)', async () => {
    const failure = await refusal(at('scheme-k.xlsx'), { pay: at('pay-post-wage-base.xlsx') });
    expect(failure.message).toContain('没有找到「绩效基数」列');
  });
});

describe('a 工号 mistyped on the form, its row another\'s whose name holds the person\'s (0012 王伟强 for 王伟, his own row 0021)', () => {
  it('is an error, no pay — 王伟 was paid from 王伟强\'s 5000 × 1.1 = 5500.00 (his own: 2000 × 1.1 = 2200.00)', async () => {
    const r = await gradedReport(at('typo-id-form.xlsx'), { pay: at('typo-id-pay.csv') });
    expect(bonus(r, ['王伟'])).toEqual([['王伟', null]]);
    const said = r.problems.find((p) => p.code === 'pay-mismatch')!;
    expect([said.severity, said.message]).toEqual(['error', '[typo-id-pay.csv]typo-id-pay!B2:工资文件 typo-id-pay.csv 中工号「0012」的姓名是「王伟强」,名单中是「王伟」;而「王伟」在工资文件 [typo-id-pay.csv]typo-id-pay!B3 一行的工号是「0021」:不知道哪一行是他的(考核表的工号填错了?),没有计算绩效奖金;请核对工号后重新评分']);
  });
});

describe('「绩效基数」 merged over months on a second heading row (the form of 2026-03)', () => {
  it('「2月 | 3月」 with March\'s not filled yet: refused as two months\' columns (February\'s 2200 × 1.1 was paid at exit 0)', async () => {
    const failure = await refusal(at('scheme-k.xlsx'), { pay: at('pay-months-under-base-march-blank.xlsx') });
    expect(failure.code).toBe('pay-sheets');
    expect(failure.message).toContain('(「绩效基数·2月」、「绩效基数·3月」)');
  });

  it('「2月」 alone: paid with the warning of another month, as 「绩效基数(2月)」 on one row is', async () => {
    const r = await gradedReport(at('scheme-k.xlsx'), { pay: at('pay-february-under-base.xlsx') });
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.code)).toEqual(['pay-month']);
  });
});

describe('「绩效基数」 beside 「绩效基数(试用期)」', () => {
  it('a row filled in both differently is an error (李四 2000 | 1600); one filled only in the 试用期 column is paid from it (王五 1600 × 1.1 = 1760)', async () => {
    const r = await gradedReport(at('scheme-k.xlsx'), { pay: at('pay-probation-base.csv') });
    expect(bonus(r, ['张三', '李四', '王五'])).toEqual([['张三', 2000], ['李四', null], ['王五', 1760]]);
    expect(r.problems.find((p) => p.code === 'pay-duplicate')!.message).toContain('工资文件有两列绩效基数(「绩效基数」「绩效基数(试用期)」),这一行填的不同(2000、1600)');
  });
});

describe('review: pay files read before these changes', () => {
  // scheme-four.csv: 周杰 95 良好 K 1.0, 吴婷 96 优秀 K 1.1, 郑爽 85 待改进 K 0.8, 王磊 90 一般 K 0.9.
  it.each([
    ['pay-yingfa-group.xlsx', '「应发工资」 over 基本工资 | 基数 | 岗位津贴 | 应发合计'],
    ['pay-kaohe-group.xlsx', '「考核工资」 over 基数 | 系数 | 金额'],
  ])('%s (%s): the 基数 is 绩效基数 — 2000 × 1.0, 2000 × 1.1 = 2200, 1800 × 0.8 = 1440, 1800 × 0.9 = 1620', async (file) => {
    const r = await gradedReport(at('scheme-four.csv'), { pay: at(file) });
    expect(bonus(r, ['周杰', '吴婷', '郑爽', '王磊'])).toEqual([['周杰', 2000], ['吴婷', 2200], ['郑爽', 1440], ['王磊', 1620]]);
  });

  it('「周杰 客服」 (a note after a space) on 周杰\'s 工号 beside a namesake 周杰 of 销售部: paid by 工号 with a warning, 2000 × 1.0', async () => {
    const r = await gradedReport(at('scheme-four.csv'), { pay: at('pay-name-space-note.xlsx') });
    expect(bonus(r, ['周杰'])).toEqual([['周杰', 2000]]);
    expect(r.problems.filter((p) => p.person === '周杰' && p.code === 'pay-mismatch').map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('a payroll\'s signature line (「制表人:王会计」, 「审核:李经理」) under its rows, GB18030 CSV', () => {
  it('is no person of the pay file: not listed as unused (「审核:李经理(制表人:王会计)」 was offered as someone to add to the form)', async () => {
    const r = await gradedReport(at('scheme-k.xlsx'), { pay: at('pay-footer-signatures-gb18030.csv') });
    // The file's two people are paid (2345.55 × 1.0 each: 95.00 良好); no row of it is left over — the signature line was.
    expect(bonus(r, ['张三', '李四'])).toEqual([['张三', 2345.55], ['李四', 2345.55]]);
    expect(r.problems.map((p) => p.code)).toEqual(Array(6).fill('pay-missing'));
  });
});

describe('a company payroll read by name (no 工号 on the form), with a 部门 column', () => {
  it('a namesake\'s row of another 部门 (张伟 of 销售部 for 客服一部\'s) is an error, no pay (5000 × 1.0 was paid at exit 0)', async () => {
    const r = await gradedReport(at('dept-form.xlsx'), { pay: at('pay-namesake-other-dept.xlsx') });
    expect(bonus(r, ['张伟'])).toEqual([['张伟', null]]);
    const said = r.problems.find((p) => p.code === 'pay-mismatch')!;
    expect([said.sheet, said.cell]).toEqual(['[pay-namesake-other-dept.xlsx]工资', 'B2']);
    expect(said.message).toContain('「张伟」一行的部门是「销售部」,考核表中是「客服一部」:可能是同名的另一个人,没有计算绩效奖金');
  });
});

describe('pay files as payroll systems head them', () => {
  it('「人员编号」 is the 工号: 丁四 0004 has no row (a namesake 0099 of 销售部 was paid 5000 × 0.8 = 4000.00)', async () => {
    const r = await gradedReport(at('bianhao-form.xlsx'), { pay: at('pay-renyuan-bianhao.xlsx') });
    expect(bonus(r, ['丙三', '丁四'])).toEqual([['丙三', 1800], ['丁四', null]]);
    expect(r.problems.filter((p) => p.code === 'pay-missing').map((p) => p.message)).toEqual(['工资文件 pay-renyuan-bianhao.xlsx 中没有「丁四(0004)」(按工号或姓名查找),未计算绩效奖金']);
  });
  it('names with the dot typed other ways (买买提•艾力, 迪丽娜尔.阿不都) are the form\'s: 2000 × 1.0, 2000 × 0.9', async () => {
    const r = await gradedReport(at('dot-names-form.xlsx'), { pay: at('pay-dot-names.xlsx') });
    expect(bonus(r, ['买买提·艾力', '迪丽娜尔·阿不都'])).toEqual([['买买提·艾力', 2000], ['迪丽娜尔·阿不都', 1800]]);
  });
  it('「绩效工资标准」 is the 绩效基数: 3000 × 1.0, 2345.67 × 1.1 = 2580.237 → 2580.24, 1234.55 × 0.9 = 1111.095 → 1111.10', async () => {
    const r = await gradedReport(at('standard-form.xlsx'), { pay: at('pay-jixiao-biaozhun.xlsx') });
    expect(bonus(r, ['甲一', '乙二', '丙三'])).toEqual([['甲一', 3000], ['乙二', 2580.24], ['丙三', 1111.1]]);
  });
});
