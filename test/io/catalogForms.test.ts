import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { repoRoot, tempDir } from '../helpers.js';

// The independent check of issue 8: every built-in form's roster template (`kpi template <id> --layout
// roster`) filled by openpyxl the way a person types (scripts/check-forms.py writes
// test/fixtures/external/catalog/<id>.xlsx), scored in-process. Each expected total and band is worked out by
// hand from ../shared/forms/CATALOG.md, never from kpi's code. A row [name, null, cell] is the one bad entry
// of the file: that person is 未评分 with an error located at that cell (null: no particular cell).
type Row = [name: string, total: number, band: string, k?: number] | [name: string, total: null, cell: string | null];

const CASES: Record<string, Row[]> = {
  // §1 after-sales-monthly
  'after-sales-monthly': [
    // worked example: 20 + 10 + 20 + 15 = 65/80 = 81.25; 40 + 30 = 70 ⇒ 81.25×0.85 + 70×0.15 = 79.5625 → 一般
    ['周杰', 79.5625, '一般'],
    // A1 80% → 10; 20; 0; 3 unmet → 20 − 15 = 5 ⇒ 35/80 = 43.75; 50 + 50 = 100 ⇒ 37.1875 + 15 = 52.1875 → 待改进
    ['吴婷', 52.1875, '待改进'],
    // A all 20 ⇒ 100; B 2级 20 + 2级 20 = 40 ⇒ 85 + 6 = 91 → 优秀
    ['郑爽', 91, '优秀'],
    // A1 75% → 0 (75–80 % undefined → 0, Decision); 20; 10; 0 → 20 ⇒ 50/80 = 62.5; 1级 10 + 1级 10 = 20
    // ⇒ 53.125 + 3 = 56.125 → 待改进
    ['冯云', 56.125, '待改进'],
    // bad entry: 未满足项数 5 (0–3) → error on N6
    ['孙丽', null, 'N6'],
  ],
  // §18 bao-lun-quality
  'bao-lun-quality': [
    // 28 + 10 × 2 + (1.1 = 110 % → 20) + 10 + 9 × 20/9 = 20 ⇒ 98 → 特别优秀
    ['包一', 98, '特别优秀'],
    // 20 + 7 × 2 = 14 + (103 % → 17) + (10 − 1 − 2 = 7) + 6 × 20/9 = 13.333 ⇒ 71.3333 → 普通; unticked typed ×
    ['包二', 71.3333, '普通'],
    // 25 + 8 × 2 = 16 + (75 % → 5) + (旷工 3 → max(0, 10 − 15) = 0) + 9 → 20 ⇒ 66 → 需要努力
    ['包三', 66, '需要努力'],
    // 30 + 20 + (74.9 % → 0) + 10 + 20 = 80 → 优秀 (80–90)
    ['包四', 80, '优秀'],
    // bad entry: 业务能力 35 > 30 → error on J6
    ['包五', null, 'J6'],
  ],
  // §30 cs-ability
  'cs-ability': [
    // 0.7 × 100 + 0.3 × 80 = 94
    ['能一', 94, '优秀'],
    // no 客户: 上级 100 % → 80
    ['能二', 80, '良好'],
    // 42 + 12 = 54
    ['能三', 54, '待改进'],
    // bad entry: 上级 missing everywhere (客户 only) → error (the rater that counts is missing)
    ['能四', null, null],
  ],
  // §27 cs-checklist
  'cs-checklist': [
    // worked example: 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → 78.33 → 一般
    ['查一', 78.3333, '一般'],
    ['查二', 100, '优秀'],
    // 0/6, 0/5, 4/4, 4/4 → (0 + 0 + 100 + 100)/4 = 50 → 待改进; unticked boxes typed ×
    ['查三', 50, '待改进'],
    // bad entry: "好" in a tick box → error on K5
    ['查四', null, 'K5'],
  ],
  // §9 cs-competency
  'cs-competency': [
    // 主管 优秀 100; 同事 良好 80, 一般 60 → 70; 客户 优秀 ×2 → 100 ⇒ 70 + 7 + 20 = 97 per item → 97 → 优秀
    ['周一', 97, '优秀'],
    // only 主管 良好 → 80 (both other groups spread) → 80 → 良好 (bands 90/75/60)
    ['周二', 80, '良好'],
    // 主管 一般 60 and 客户 优秀 100, no 同事: 70/90 × 60 + 20/90 × 100 = 46.667 + 22.222 = 68.889 → 一般
    ['周三', 68.8889, '一般'],
    // 主管 良好 80, 同事 待改进 40, 客户 良好 80 ⇒ 56 + 4 + 16 = 76 → 良好 (≥ 75)
    ['周四', 76, '良好'],
    // bad entry: no 主管评 at all (同事 only) → error (the rater that counts is missing)
    ['周五', null, null],
  ],
  // §4 cs-dept-monthly
  'cs-dept-monthly': [
    // §4 92.2 → 优秀: part 1 直接 达成 1.0, 间接 差 0.6 ⇒ 0.7 + 0.18 = 0.88 × 100 = 88;
    // part 2 each 0.7×3 + 0.3×7 = 4.2 → 4.2/10 × 5 = 2.1, twice = 4.2 ⇒ 92.2 → 优秀
    ['刘洋', 92.2, '优秀'],
    // bonus over 100: all 达成 and 10 ⇒ 100 + 5 + 5 = 110, reported as 110, banded on min(110, 100) → 优秀
    ['陈静', 110, '优秀'],
    // 间接主管 missing (warning): 直接 低标 0.8 counts fully ⇒ 80; part 2 6/10×5 = 3, 4/10×5 = 2 ⇒ 85 → 良好
    ['赵磊', 85, '良好'],
    // bad entry: 直接主管 typed 良好 on the first item → error on K5
    ['孙悦', null, 'K5'],
  ],
  // §29 cs-dept-rating
  'cs-dept-rating': [
    // worked example: 3.75, 2.75, 3.25, 2.25 → three ≥ 2.5 → 良好; 12/4 = 3.0 / 4 × 100 = 75
    ['评一', 75, '良好'],
    // every indicator 3.5 → 优秀; 3.5/4 × 100 = 87.5 (优秀 although the figure is < 90)
    ['评二', 87.5, '优秀'],
    // 1, 1.25, 4, 4 → two < 1.5 → 不符合要求; 10.25/4 = 2.5625/4 × 100 = 64.0625
    ['评三', 64.0625, '不符合要求'],
    // 3, 2, 2, 4 → two ≥ 2.5 only, none < 1.5 → 一般; 11/4 = 2.75/4 × 100 = 68.75
    ['评四', 68.75, '一般'],
    // bad entry: 较好 (no level; 良 is 良好 since 1.1.0) → error on G6
    ['评五', null, 'G6'],
  ],
  // §19 cs-rep
  'cs-rep': [
    ['代一', 100, '优秀'],
    // 服务质量 (4+3+2)/3 = 3 → 75; 专业 3,3 → 75; 团队 2,1 → 1.5 → 37.5; 效率 4,4 → 100 ⇒ 287.5/4 = 71.875 → 一般
    ['代二', 71.875, '一般'],
    // 服务质量 (4+4+3)/3 = 3.6667 → 91.667; 专业 4,3 → 87.5; 团队 3,4 → 87.5; 效率 4,3 → 87.5 ⇒ 88.5417 → 良好
    ['代三', 88.5417, '良好'],
    // bad entry: 差 is not a level (需改进 is) → error on F5
    ['代四', null, 'F5'],
  ],
  // §13 cs-scheme-100 (K bands, left-open)
  'cs-scheme-100': [
    // 100 − 5 = 95 → 良好 (95 < A ≤ 100 is 优秀; 95 itself is 良好), K 1.0
    ['方一', 95, '良好', 1.0],
    // 96 → 优秀, K 1.1
    ['方二', 96, '优秀', 1.1],
    // 95.004 → shown 95.00 → 良好 (bands on the 2-decimal figure)
    ['方三', 95.004, '良好', 1.0],
    // 90 → 一般 (85 < A ≤ 90), K 0.9; 85 → 待改进 (A ≤ 85), K 0.8
    ['方四', 90, '一般', 0.9],
    ['方五', 85, '待改进', 0.8],
    // bad entry: 业绩考核 21 > 20 → error on F7
    ['方六', null, 'F7'],
  ],
  // §7 cs-specialist-monthly
  'cs-specialist-monthly': [
    // 自评 does not count: 主管 all max = 100 → 优秀 even with 自评 0
    ['林青', 100, '优秀'],
    // 主管 100 − 0.5 − 3 − 2.5 − 4 = 90 → 优秀 (decimals allowed)
    ['黄河', 90, '优秀'],
    // 100 − 10.01 = 89.99 → 良好
    ['许诺', 89.99, '良好'],
    // bad entry: 文档编写 主管 3 > 权分 2 → error on G5
    ['马良', null, 'G5'],
    // band boundary: 100 − 5 − 5.005 = 89.995 → shown 90.00 (half away from zero) → 优秀 (bands on the 2-decimal figure)
    ['高远', 89.995, '优秀'],
    // 100 − 5 − 5.006 = 89.994 → shown 89.99 → 良好
    ['高山', 89.994, '良好'],
  ],
  // §26 cs-work-review
  'cs-work-review': [
    // worked example: 9 + 8 + 8 + 7 = 32 / 40 → 80 → 良好
    ['审一', 80, '良好'],
    // 10 + 10 + 10 + 0 = 30 → 75 → 一般
    ['审二', 75, '一般'],
    // 9.5 mean areas: (9,10,9.5)… 28.5/3 = 9.5 ×4 = 38 → 95 → 优秀
    ['审三', 95, '优秀'],
    // bad entry: 11 > 10 → error on I5
    ['审四', null, 'I5'],
  ],
  // §12 express-cs
  'express-cs': [
    // 18 + (40 − 0.5 × 4) + (40 − 0.5 × 4) = 18 + 38 + 38 = 94 → 优秀
    ['快一', 94, '优秀'],
    // floors: 100 话务 violations → max(0, 40 − 50) = 0; 工作状况 81 → max(0, 40 − 40.5) = 0 ⇒ 20 → 待改进
    ['快二', 20, '待改进'],
    // 20 + 40 + 40 − 0.5 × 20 = 90 → 优秀; 19.5 + 40 + 30 = 89.5 → 良好
    ['快三', 90, '优秀'],
    ['快四', 89.5, '良好'],
    // bad entry: 工作效率 25 > 20 → error on F6
    ['快五', null, 'F6'],
  ],
  // §15 interview-eval
  'interview-eval': [
    // all 优秀 4 by two interviewers → mean 4 → 优秀 (建议 强烈推荐)
    ['应一', 4, '优秀'],
    // 良好 3 × 15 + (3 × 7 + 2 × 8 = 37) ⇒ 82 / 30 = 2.7333 → 一般 (< 2.75)
    ['应二', 2.7333, '一般'],
    // 45 + (3 × 8 + 2 × 7 = 38) = 83 / 30 = 2.7667 → 良好; hand-typed 建议 不予以考虑 kept (an override)
    ['应三', 2.7667, '良好'],
    // one interviewer: 一般 2 ×15 → 2 → 一般 (≥ 2); all 较差 → 1 → 较差
    ['应四', 2, '一般'],
    // bad entry: "很好" is not a level → error on K6 (第1题·面试官1)
    ['应五', null, 'K6'],
  ],
  // §8 mattress-cs-monthly
  'mattress-cs-monthly': [
    // worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 → 一般
    ['王芳', 79, '一般'],
    // clamp to 100: 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100, +5 奖 → 105 → clamped 100 → 优秀; N = V = 0 → 20
    ['李强', 100, '优秀'],
    // floors: 用语 10 → max(0, 15 − 20) = 0; base 6, 3 次 → max(0, 6 − 15) = 0; 旷工 3 → max(0, 10 − 15) = 0;
    // V 60 > N 40 → capped 20; M2 5,5,5,5,5 → max(0, 20 − 25) = 0; M5 4; M6 3 ⇒ 20 + 0 + 0 + 0 + 4 + 3 + 0 = 27
    // ; 奖惩 −5 (投诉) ⇒ 22 → 待改进
    ['张敏', 22, '待改进'],
    // bad entry: a 表格管理 deduction of 6 (allowed 2–5) → error on H5
    ['刘洋', null, 'H5'],
  ],
  // §17 probation
  'probation': [
    // 1 次 → 8; 20 + 30 + 20 + 20 ⇒ 98 → 优秀
    ['试一', 98, '优秀'],
    // > 3 次 → 2; 5 + 10 + 5 + 5 ⇒ 27 → 待改进
    ['试二', 27, '待改进'],
    // 3 次 → 4; 15 + 25 + 10 + 10 ⇒ 64 → 一般 (转正 通过)
    ['试三', 64, '一般'],
    // blank 次数 = 0 → 10; 20 + 30 + 15 + 15 = 90 → 优秀
    ['试四', 90, '优秀'],
    // bad entry: 服务态度 17 is no level → error on J6
    ['试五', null, 'J6'],
  ],
  // §2 property-cs-monthly (subject 管理处)
  'property-cs-monthly': [
    // nothing found → 100 → 优秀
    ['一区管理处', 100, '优秀'],
    // 10 lapses spread over items with room: 100 − 10 = 90 → 优秀 (boundary, inclusive)
    ['二区管理处', 90, '优秀'],
    // 11 lapses → 89 → 良好
    ['三区管理处', 89, '良好'],
    // floor: 业户接待 20 lapses → max(0, 15 − 20) = 0 (not −5); 员工基本标准 3 → 7; 工作环境 1 → 4
    // ⇒ 100 − 15 − 3 − 1 = 81 → 良好; 备注 kept
    ['四区管理处', 81, '良好'],
    // bad entry: −1 lapses → error on D6
    ['五区管理处', null, 'D6'],
  ],
  // §16 property-cs-rating
  'property-cs-rating': [
    // 9 × 10 = 90 → 优秀
    ['物一', 90, '优秀'],
    // 81 + 8 = 89 → 良好
    ['物二', 89, '良好'],
    // 25 + 30 = 55 → 待改进 (and 770 with --pay, §14)
    ['物三', 55, '待改进'],
    ['物四', 10, '待改进'],
    // bad entry: 0 is below 1 → error on F6
    ['物五', null, 'F6'],
  ],
  // §25 property-cs-staff
  'property-cs-staff': [
    // 45/45
    ['员一', 100, '优秀'],
    // floors: 仪容 5 项 → max(0, 2 − 2.5) = 0 (−2); 不准确 1 不及时 2 → 0 (−2); 出具 否 → 2 (−2);
    // 协调 1 + 扩大 1 → max(0, 5 − 5) = 0 (−5) ⇒ 45 − 11 = 34 / 45 × 100 = 75.556 → 一般
    ['员二', 75.5556, '一般'],
    // 领导满意度 3.5 (−0.5); 仪容 1 项 → 1.5 (−0.5); 协调 1 → 3 (−2) ⇒ 45 − 3 = 42 / 45 × 100 = 93.333 → 优秀
    ['员三', 93.3333, '优秀'],
    // bad entry: 领导满意度 5 > 4 → error on J5
    ['员四', null, 'J5'],
  ],
  // §6 property-service-quality (checklist): 17 criteria in 20 boxes — 业主回访记录 = 入户维修回访率 + 投诉回访率 +
  // 按月统计分析, 派工单 = 派工单 + 20 分钟到达; a criterion is met when each of its applicable boxes passes
  'property-service-quality': [
    // all 符合, numbers 35 % ≥ 30, 100 % = 100, 15 min ≤ 20 → 17/17 → 100 → 优秀
    ['一区', 100, '优秀'],
    // 2 不适用, 3 不符合 (回访率 25 % < 30 fails 业主回访记录; 服务语言; 入住/迁出) → 12/15 = 80 → 良好
    ['二区', 80, '良好'],
    // 缺失 and 投诉回访率 95 % fail the one criterion 业主回访记录; 到场 25 min fails 派工单 ⇒ 15/17 = 88.235… → 良好
    ['三区', 88.2353, '良好'],
    // 7 不适用, 1 不符合 → 9/10 → 90 → 优秀 (boundary)
    ['四区', 90, '优秀'],
    // bad entry: "好" is none of 符合/不符合/不适用 → error on E6
    ['五区', null, 'E6'],
  ],
  // §20 quality-inspection (subject 项目)
  'quality-inspection': [
    // 21/21
    ['华庭项目', 100, '优秀'],
    // 仪容仪表 3 (≥ 3) ✗; 出租装修入住录入 1 (< 2) ✓; 客户资料更新 2 ✗; 催缴会议纪要 1 ✗; 培训记录 缺失 ✗;
    // 服务用语 2 ✓ ⇒ 17/21 = 80.952 → 良好
    ['锦园项目', 80.9524, '良好'],
    // 无记录 ×2 ✗, 投诉记录 5 ✗ ⇒ 18/21 = 85.714 → 良好; 2 more fails (19/21 = 90.476 → 优秀 is 2 fails)
    ['海湾项目', 85.7143, '良好'],
    ['山景项目', 90.4762, '优秀'],
    // bad entry: −1 irregularities → error on E6
    ['河畔项目', null, 'E6'],
  ],
  // §28 sales-aftersales-monthly
  'sales-aftersales-monthly': [
    // worked example (销售部): (92 + 88 + 25 + 80) × 25 % = 71.25 → 一般; 基数 3000 → 2137.50
    ['售一', 71.25, '一般'],
    // 售后部: 100 %, 100 %, 0/100 → 1 → 25, 100 % ⇒ 100 → 优秀
    ['售二', 100, '优秀'],
    // clamp: 10/100 = 10 % → 1 − 5 = −4 → 0; 50 %, 60 %, 40 % ⇒ (50 + 60 + 0 + 40) × 25 % = 37.5 → 待改进
    // with --pay 基数 2000: 2000 × 0.375 × 0.7 = 525
    ['售三', 37.5, '待改进'],
    // bad entry: 服务单数 0 → error on I5
    ['售四', null, 'I5'],
  ],
  // §10 sales-cs-kpi
  'sales-cs-kpi': [
    // 150000/100000 = 1.5 → cap 1.2 × 25 = 30; 90/100 × 20 = 18; 30/200 = 15 % ÷ 10 % = 1.5 → 1.2 × 15 = 18;
    // 60/30 = 2 → cap 1 × 10 = 10; 8; 7; 5; 5 ⇒ 30+18+18+10+8+7+5+5 = 101 (reported), band on 100 → 优秀
    ['甲', 101, '优秀'],
    // 0.8 × 25 = 20; 17; 10/100 = 10 % ÷ 10 % = 1 → 15; 60/90 × 10 = 6.667; 6; 9; 4; 3 ⇒ 80.6667 → 良好
    ['乙', 80.6667, '良好'],
    // 目标 0.1 typed as "10%" text: 12/100 = 12 % ÷ 10 % = 1.2 → 18; 100000/100000 → 25; 20; 10; 10; 10; 5; 5 ⇒ 103
    ['丙', 103, '优秀'],
    // bad entry: 目标销售额 0 → error on G5
    ['丁', null, 'G5'],
  ],
  // §31 satisfaction-scorecard (subject 团队)
  'satisfaction-scorecard': [
    // worked example: 25.8 + 28.2 + 22.5 + 13.5 = 90 → 优秀
    ['一组', 90, '优秀'],
    // 0.3 × 80 = 24; 150/200 = 75 % → 22.5; 3.5 → 70 → 17.5; 40/50 = 80 % → 12 ⇒ 76 → 一般
    ['二组', 76, '一般'],
    // 50 → 15; 10/20 → 15; 2 → 40 → 10; 3/10 → 4.5 ⇒ 44.5 → 差
    ['三组', 44.5, '差'],
    // bad entry: 问题数 0 → error on H5
    ['四组', null, 'H5'],
  ],
};

async function grade(form: string, pay?: string): Promise<GradeReport> {
  const dir = tempDir();
  const input = path.join(repoRoot, 'test/fixtures/external/catalog', `${form}.xlsx`);
  const options: { pay?: string; output: null } = { output: null }; // a dry run: the fixture is only read
  if (pay) {
    options.pay = path.join(dir, 'pay.csv');
    writeFileSync(options.pay, pay);
  }
  const outcome = await gradeFile(input, options);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('every catalog form, roster template filled by openpyxl, totals worked out by hand', () => {
  for (const [form, rows] of Object.entries(CASES)) {
    it(form, async () => {
      const r = await grade(form);
      expect(r.form).toBe(form);
      expect(r.people.map((p) => p.name)).toEqual(rows.map((row) => row[0]));
      for (const [name, total, third, k] of rows) {
        const p = r.people.find((q) => q.name === name)!;
        if (total === null) {
          expect([name, p.status, p.total]).toEqual([name, 'error', null]);
          const errors = [...p.problems, ...r.problems.filter((x) => x.person === name)].filter((x) => x.severity === 'error');
          expect(errors.length, name).toBeGreaterThan(0);
          if (third) expect(errors.map((x) => x.cell), name).toContain(third);
        } else {
          expect(p.total, name).toBeCloseTo(total, 4);
          expect([name, p.band]).toEqual([name, third]);
          if (k !== undefined) expect([name, p.bandData?.K]).toEqual([name, k]);
        }
      }
    });
  }
});

describe('§14 pay with --pay on the openpyxl-filled rosters', () => {
  it('under 60 keeps base pay and loses 30 % of the bonus; §28 worked example 2137.50', async () => {
    // property-cs-rating 物三 55: 2000 × 0.55 × 0.7 = 770; 物一 90: 2000 × 0.9 = 1800, 工资总额 3000 + 1800 = 4800
    const r = await grade('property-cs-rating', '姓名,绩效基数,基本工资\n物三,2000,3000\n物一,2000,3000\n');
    const pay = Object.fromEntries(r.people.filter((p) => p.pay).map((p) => [p.name, [p.pay!.bonus, p.pay!.gross]]));
    expect(pay).toEqual({ 物一: [1800, 4800], 物三: [770, 3770] });
    // sales-aftersales 售一 71.25: 3000 × 0.7125 = 2137.50; 售三 37.5: 2000 × 0.375 × 0.7 = 525
    const s = await grade('sales-aftersales-monthly', '姓名,绩效基数,基本工资\n售一,3000,4000\n售三,2000,4000\n');
    const spay = Object.fromEntries(s.people.filter((p) => p.pay).map((p) => [p.name, p.pay!.bonus]));
    expect(spay).toEqual({ 售一: 2137.5, 售三: 525 });
  });
  it('with K bands the bonus is 基数 × K and K replaces the under-60 cut (§13)', async () => {
    // 方二 96 → 优秀 K 1.1: 2000 × 1.1 = 2200; 方五 85 → 待改进 K 0.8: 2000 × 0.8 = 1600; 方一 95 → 良好 K 1.0: 2000
    const r = await grade('cs-scheme-100', '姓名,绩效基数,基本工资\n方一,2000,3000\n方二,2000,3000\n方五,2000,3000\n');
    const pay = Object.fromEntries(r.people.filter((p) => p.pay).map((p) => [p.name, p.pay!.bonus]));
    expect(pay).toEqual({ 方一: 2000, 方二: 2200, 方五: 1600 });
  });
});

describe('what the catalog says beside the totals', () => {
  it('§4: a missing 间接主管 is a warning (直接主管 counts fully), not an error', async () => {
    const r = await grade('cs-dept-monthly');
    const zhao = [...r.problems.filter((x) => x.person === '赵磊'), ...r.people.find((p) => p.name === '赵磊')!.problems];
    expect(zhao.map((x) => [x.severity, x.code])).toContainEqual(['warning', 'rater-spread']);
    expect(zhao.filter((x) => x.severity === 'error')).toEqual([]);
  });
  it('§15: a hand-typed 建议 that disagrees is kept and reported with both values', async () => {
    const r = await grade('interview-eval');
    // 83 / 30 = 2.7667 → 良好 → 推荐; typed 不予以考虑
    expect(r.people.find((p) => p.name === '应三')!.grades?.find((g) => g.label === '建议')).toMatchObject({ value: '不予以考虑', computed: '推荐' });
    expect(r.problems.some((x) => x.code === 'override' && x.person === '应三')).toBe(true);
  });
});
