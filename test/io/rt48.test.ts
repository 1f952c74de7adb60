// Cases the forty-eighth session's red team found: each scored wrong at exit 0, refused sound input, or said it wrong.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/rt48', f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.person, p.cell]);

describe('a self-rating merged over the items (「员工自评」 | 「主管评分」 over the same items) on a form without raters', () => {
  // cs-scheme-100 (§13): 张三 主管 18 + 27 + 9 + 9 + 4 + 4 + 9 + 9 = 89 → 一般; 李四 only his self-marks (20 + 30 + 10 + 10 + 5 + 5
  // + 10 + 10 = 100), no 主管 mark: not scored; 王五 19 + 29 + 10 + 10 + 5 + 5 + 10 + 10 = 98 → 优秀 both blocks alike.
  it('the self block first: the 主管 block is the score — 李四 was 100.00 优秀 K 1.1 from his self-marks, exit 0', async () => {
    const r = await gradedReport(at('scheme-self-block-first.xlsx'));
    expect(totals(r)).toEqual([['张三', 89, '一般'], ['李四', null, null], ['王五', 98, '优秀']]);
    // 李四 is said at his first 主管 cell (L4), not as rated by 「员工自评」.
    expect(errors(r)).toEqual([['李四', 'L4']]);
    expect(r.problems.some((p) => p.code === 'self-rated')).toBe(false);
  });

  it('the self block second: the same (everyone was refused as rated by 「员工自评」, said at its group heading L1)', async () => {
    const r = await gradedReport(at('scheme-self-block-second.xlsx'));
    expect(totals(r)).toEqual([['张三', 89, '一般'], ['李四', null, null], ['王五', 98, '优秀']]);
    expect(errors(r)).toEqual([['李四', 'D4']]);
  });

  it('§16 property-cs-rating the same way: 李四 unscored (he was 100.00 优秀 of his self-marks)', async () => {
    const r = await gradedReport(at('property-self-block-first.xlsx'));
    expect(r.people.find((p) => p.name === '李四')!.total).toBeNull();
    expect(errors(r)).toEqual([['李四', 'M4']]);
  });
});

describe('§5 安装遗留问题 written as a sentence of nothing (install-followup 1.3.3)', () => {
  it('「无,已完工」, 「否,无遗留」, 「安装顺利」 are no leftover: 王师傅 1 of 4 orders (柜门不平) = 25 % (it was 100 %)', async () => {
    const r = await gradedReport(at('install-leftover-clauses.xlsx'), { form: 'install-followup' });
    expect(r.groups!.filter((g) => g.grouping === 'master').map((g) => [g.keyText, g.figures.orders, g.figures.leftoverRate])).toEqual([['王师傅', 4, 25]]);
  });
});

describe('footer lines under the rows', () => {
  // §10: S01 120000/100000 capped 1.2 × 25 = 30, 0.92 × 20 = 18.4, 30/200 = 15 % ÷ 10 % capped 1.2 × 15 = 18, 30/40 × 10 = 7.5,
  // 8 + 9 + 5 + 4 → 99.90; S02 0.8 × 25 = 20, 17, 2 % ÷ 5 % = 0.4 × 15 = 6, 60/65 × 10 = 9.23, 7 + 8.5 + 3 + 4.5 → 75.23.
  it('a printed page number in the last column (「第1页」) or beside 「打印日期:…」 is no person (two 「(无姓名)」 with 26 errors)', async () => {
    for (const f of ['sales-page-footers.csv', 'sales-print-date-footers.csv']) {
      const r = await gradedReport(at(f), { form: 'sales-cs-kpi' });
      expect(r.people.map((p) => [p.id, Math.round(p.total! * 100) / 100]), f).toEqual([['S01', 99.9], ['S02', 75.23], ['S03', 83.27]]);
      expect(r.problems.filter((p) => p.severity !== 'info'), f).toEqual([]);
    }
  });

  it('a log\'s signature line of two cells (「填表人:王五」 … 「日期:2026-04-02」, 「记录人:王五」) is no record (four errors each)', async () => {
    const ws = await gradedReport(at('workshop-signature-line.xlsx'));
    expect(ws.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // §3: 张先生 9 + 8 + 10 + 7 = 34, 李女士 10 + 9 + 8 + 9 = 36 of 40 each: (34 + 36) / 80 = 87.5.
    const sm = await gradedReport(at('satisfaction-signature-line.xlsx'));
    expect(sm.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(sm.groups![0]!.figures).toMatchObject({ responses: 2, index: 87.5 });
  });
});

describe('a column of a score out of 100 holding fractions only (a survey tool\'s 满意率 0.92, 0.85, 0.88)', () => {
  // §10: 销售额 1.0 × 25, 满意度 92/100 × 20 = 18.4, 转化率 10/100 = 10 % ÷ 10 % × 15 = 15, 响应 30/30 × 10, 100s → 10 + 10 + 5 + 5:
  // 25 + 18.4 + 15 + 10 + 10 + 10 + 5 + 5 = 98.40; 0.85 → 17 → 97.00; 0.88 → 17.6 → 97.60 (each 优秀; read as 0.92 of 100 it was
  // 80.18 良好 with a warning).
  it('is read as the percentages they are: 98.40, 97.00, 97.60', async () => {
    const r = await gradedReport(at('sales-satisfaction-fractions.csv'), { form: 'sales-cs-kpi' });
    expect(r.people.map((p) => [Math.round(p.total! * 100) / 100, p.band])).toEqual([[98.4, '优秀'], [97, '优秀'], [97.6, '优秀']]);
    expect(r.problems.filter((p) => p.code === 'fraction-score')).toEqual([]);
  });
});

describe('a log\'s month cells without their year (「3月」, 「1月」) on a sheet or title that names it', () => {
  it('§23 sheet 「2026年3月」: 「3月」 is 2026-03 (refused on every row) — 3 workshops, 2 不满意: 较差, 1 ÷ 0.9 = 1.11', async () => {
    const r = await gradedReport(at('workshop-month-without-year.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const dept = r.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.served, g.figures.level, g.figures.deduction]);
    expect(dept).toEqual([['2026-03·采购部', 3, '较差', 1.11]]);
  });

  it('§22 sheet 「2026年」 with 1月, 2月, 3月: each month of 2026', async () => {
    const r = await gradedReport(at('dept-months-without-year.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(new Set(r.groups!.filter((g) => g.keyText.includes('·')).map((g) => g.keyText.slice(0, 7)))).toEqual(new Set(['2026-01', '2026-02', '2026-03']));
  });
});

describe('§20 a heading stating its own threshold (「服务礼仪(2处以上不规范为不达标)」, the form 3)', () => {
  it('is refused at the heading and the count under it (20 of 21 → 95.24 优秀 for the sheet\'s 18 of 21 → 85.71 良好)', async () => {
    const r = await gradedReport(at('inspection-threshold-heading.xlsx'));
    expect(r.people.map((p) => p.total)).toEqual([null]);
    expect(r.problems.filter((p) => p.code === 'heading-threshold').map((p) => p.cell)).toEqual(['E2', 'F2', 'E3', 'F3']);
  });

  it('the form\'s own threshold in the heading (「3处以上…」, 「超过2处…」) is read: 业务知识 3 fails alone, 20 of 21 = 95.24', async () => {
    const r = await gradedReport(at('inspection-threshold-heading-same.xlsx'));
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(Math.round(r.people[0]!.total! * 100) / 100).toBe(95.24);
  });
});

describe('§5 a log kept on sheets named for months (「2月」, 「3月」): its statistics are not by the month', () => {
  it('--period 2026-03 counts 「3月」 only: 王师傅 1 of 2 orders satisfied = 50 % 待改进 (both months: 3 of 4 = 75 % 一般)', async () => {
    const r = await gradedReport(at('install-month-sheets.xlsx'), { form: 'install-followup', period: '2026-03' });
    const master = r.groups!.find((g) => g.grouping === 'master' && g.keyText === '王师傅')!;
    expect([master.figures.orders, master.figures.satisfiedRate, master.band]).toEqual([2, 50, '待改进']);
    expect(r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, p.sheet])).toEqual([['warning', '2月']]);
  });

  it('without --period: an error naming both sheets (which month is meant kpi does not guess)', async () => {
    const r = await gradedReport(at('install-month-sheets.xlsx'), { form: 'install-followup' });
    expect(r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, p.message])).toEqual([['error', expect.stringContaining('工作表「2月」、「3月」是不同月份的订单')]]);
  });
});

describe('§3 a log of February scored with --period 2026-03 (its 汇总 said 2026-03 over February\'s answers)', () => {
  it('by its title or by its dates: an error naming the month; with --period 2026-02 nothing is said', async () => {
    for (const [f, by] of [['satisfaction-title-february.csv', '标题'], ['satisfaction-dates-february.csv', '日期']] as const) {
      const r = await gradedReport(at(f), { form: 'satisfaction-monthly', period: '2026-03' });
      expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message), f).toEqual([expect.stringContaining(`的客户按${by}是 2026-02 的,不是 --period 指定的 2026-03`)]);
      const feb = await gradedReport(at(f), { form: 'satisfaction-monthly', period: '2026-02' });
      expect(feb.problems.filter((p) => p.severity === 'error'), f).toEqual([]);
    }
  });
});

describe('§9 one workbook with a sheet per rater (主管评 / 同事甲 / 同事乙 / 客户评), their columns naming the rater, no 评分人', () => {
  it('each sheet is that rater\'s copy, as separate files: 林娜 85.80, 周杰 81.25, 王芳 71.50 (everyone was refused as twice)', async () => {
    // 林娜's first item: 100 × 70 % + 70 × 10 % + 100 × 20 % = 97; her five items 97, 83, 83, 69, 97 → 429 / 5 = 85.80.
    const r = await gradedReport(at('competency-rater-sheets-signed.xlsx'), { form: 'cs-competency' });
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['林娜', 85.8], ['周杰', 81.25], ['王芳', 71.5]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('two sheets 主管评 and 客户评: the same as the two files scored together (同事评 spread: 林娜 87.56)', async () => {
    const r = await gradedReport(at('competency-rater-sheets-two.xlsx'), { form: 'cs-competency' });
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['林娜', 87.56], ['周杰', 80], ['王芳', 76]]);
  });
});

describe('§9 a corrected peer copy made from a fresh template, holding only the people re-rated', () => {
  it('clears no one: 王芳 (name only there) keeps her peer\'s 待改进 — 60 × 70/80 + 40 × 10/80 = 57.5 a item … 71.50 一般 (76.00 良好 without it)', async () => {
    const dir = path.join(repoRoot, 'test/fixtures/rt48/revised-peer');
    const r = await combinedReport(['主管.xlsx', '同事甲.xlsx', '同事甲(修改).xlsx'].map((f) => path.join(dir, f)), { form: 'cs-competency' });
    // 王芳: (57.5 + 57.5 + 75 + 75 + 92.5) / 5 = 71.50.
    expect(r.people.find((p) => p.name === '王芳')!.total).toBeCloseTo(71.5, 9);
    expect(r.people.find((p) => p.name === '王芳')!.band).toBe('一般');
  });
});

describe('the seed\'s own wording of the criteria (cs-work-review 1.0.1, cs-dept-rating 1.0.1)', () => {
  it('§26 「熟悉公司产品和服务,能够准确、清晰地回答客户问题。」 …: the worked example, (9 + 8 + 8 + 7) × 2.5 = 80 良好 (exit 2: no item found)', async () => {
    const r = await gradedReport(at('work-review-seed-wording.xlsx'), { form: 'cs-work-review' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 80, '良好']]);
  });

  it('§29 「及时回应客户问题」, 「提供清晰和准确的解答」 …: read as the factors they are', async () => {
    const r = await gradedReport(at('dept-rating-seed-wording.xlsx'), { form: 'cs-dept-rating' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Indicators 3.75, 2.75, 3.25, 2.25 (each the mean of its four factors, 1–4): mean 3.0 of 4 → 75 良好.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['王芳', 75, '良好']]);
  });
});

describe('§16 a hand total typed the seed\'s way, 「87/100」', () => {
  it('agrees with 27 + 17 + 16 + 8 + 9 + 10 = 87: nothing said (it was warned as differing)', async () => {
    const r = await gradedReport(at('property-rating-total-of-100.xlsx'), { form: 'property-cs-rating' });
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['王芳', 87]]);
    expect(r.problems.filter((p) => p.code === 'override')).toEqual([]);
  });
});

describe('§26 a person sheet headed 「考核方面 | 考核标准 | 满分 | 得分」', () => {
  it('is the item table (「没有认得出的表头行」): 张三 (9 + 8 + 8 + 7) × 2.5 = 80 良好, 李四 (9 + 9 + 10 + 8) × 2.5 = 90 优秀', async () => {
    const r = await gradedReport(at('work-review-heading-aspect.xlsx'), { form: 'cs-work-review' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 80, '良好'], ['李四', 90, '优秀']]);
  });
});

describe('kpi\'s own results among several files named (`kpi score *.xlsx` run again)', () => {
  it('are passed over with a note, as in a folder: 主管.graded.xlsx was a second 主管 (everyone refused)', async () => {
    const dir = tempDir();
    const src = path.join(repoRoot, 'test/fixtures/rt48/revised-peer');
    for (const [from, to] of [['主管.xlsx', '主管.xlsx'], ['同事甲.xlsx', '同事甲.xlsx'], ['主管.xlsx', '主管.graded.xlsx']]) copyFileSync(path.join(src, from!), path.join(dir, to!));
    const r = await combinedReport(['主管.graded.xlsx', '主管.xlsx', '同事甲.xlsx'].map((f) => path.join(dir, f)), { form: 'cs-competency' });
    expect(r.problems.filter((p) => p.code === 'graded-in-folder').map((p) => p.message)).toEqual([expect.stringContaining('主管.graded.xlsx 是 kpi 写出的评分结果')]);
    expect(r.people.every((p) => p.total !== null)).toBe(true);
  });
});

describe('§12 a team of two with 工作状况\'s points (39, 38 of 40) under the item\'s name', () => {
  it('refused as three people are — read as violations 刘洋 was 18 + 39 + (40 − 0.5 × 39) = 77.50 一般 for 96 优秀', async () => {
    const r = await gradedReport(at('express-two-people-points.xlsx'), { form: 'express-cs' });
    expect(r.people.map((p) => p.total)).toEqual([null, null]);
    expect(r.problems.find((p) => p.severity === 'error')!.message).toContain('像是「工作状况」这一项的得分');
  });
});

describe('§17 a 转正建议 column of the team\'s formula saved without its result (openpyxl: =IF(I3>=60,"通过","不通过"))', () => {
  it('is nothing typed: kpi\'s own 通过/不通过 (the formula\'s text was kept as the grade)', async () => {
    const r = await gradedReport(at('probation-grade-formula.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.grades?.[0]?.value])).toEqual([['周敏', 100, '通过'], ['吴刚', 76, '通过'], ['郑丽', 47, '不通过'], ['陈晨', 88, '通过']]);
    expect(r.problems.filter((p) => p.code === 'override')).toEqual([]);
  });
});

describe('a box of the team\'s beside the roster, past an empty column (a legend, a lookup, a list)', () => {
  it('§17 「迟到/早退/缺勤次数 | 得分」 0…4 → 10…2 is no one\'s lateness: 李娜 10 + 15 + 25 + 20 + 15 = 85 (83 at exit 0)', async () => {
    const r = await gradedReport(at('probation-legend-box.xlsx'), { form: 'probation' });
    expect(r.people.map((p) => p.total)).toEqual([85, 85, 70, 35, 70, 75]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
