// §14 pay rules: 绩效工资 = 绩效基数 × 分数/100, minus 30 % under 60 points; with K bands, 绩效基数 × K instead.
import type { Band, PayDef } from '../model/definition.js';
import type { PayLine } from '../model/result.js';
import { bandOf } from './grades.js';
import { formatPercent, formatScore, round2 } from '../model/round.js';

export interface KBand extends Band {
  k: number;
}

/** A bonus-coefficient scale (form §13: 优秀 95 < A ≤ 100, K = 1.1 …). */
export interface KScale {
  bands: KBand[];
  inclusive?: 'lower' | 'upper';
}

export interface PayOptions {
  /** Below this score (on the rounded total) the bonus is cut; default 60. */
  cutBelow?: number;
  /** Share of the computed bonus lost under `cutBelow`; default 0.3. */
  cutRate?: number;
}

export interface PayResult {
  /** Rounded to the cent (2 decimals, half away from zero). */
  pay: number;
  /** Full precision. */
  exact: number;
  /** The K band applied, when a K scale was given. */
  band?: string;
  k?: number;
  /** The under-60 cut was applied. */
  cut: boolean;
  explanation: string;
}

const money = (x: number) => round2(x).toFixed(2).replace(/\.00$/, '');

/**
 * A score multiplied in an explanation: all of it when it has 4 decimals or fewer (84.44, 63.625, 50.8125), else to 4
 * decimals and … (84.4444…). 「63.6250…」 said an exact total was cut short.
 */
const scoreAsUsed = (x: number) => {
  const four = Math.round(x * 1e4) / 1e4;
  if (Math.abs(four - x) < 1e-9) return String(Number(four.toFixed(4)));
  return `${(Math.trunc(x * 1e4) / 1e4).toFixed(4)}…`;
};

/**
 * A figure worked on further, shown as it is when it is not whole cents (1743.577, not 1743.58: × 70 % gives 1220.50),
 * and as the score beside it when it runs on (966.6666…, not 966.666666667 after 48.3333…).
 */
const moneyAsIs = (x: number) => (Math.abs(x * 100 - Math.round(x * 100)) < 1e-6 ? money(x) : scoreAsUsed(x));

/**
 * 绩效工资 for one person. `score` is the 100-point total. The thresholds (the under-60 cut, the K band) use the
 * figure the user sees (round2), as the catalog decides; the bonus is the base times the total kept at full
 * precision, as the graded workbook stores it and an Excel formula on it gives (§14, catalog conventions):
 * 2000 × 84.4444…/100 = 1688.89. With a K scale the K coefficient replaces the under-60 cut (no double penalty).
 */
export function performancePay(base: number, score: number, kScale?: KScale, options: PayOptions = {}): PayResult {
  const shown = round2(score);
  if (kScale) {
    const label = bandOf(kScale.bands, Math.min(shown, 100), kScale.inclusive);
    const band = kScale.bands.find((b) => b.label === label);
    if (!band) throw new RangeError(`分数 ${formatScore(shown)} 不在任何 K 系数档内`);
    const exact = base * band.k;
    return {
      pay: round2(exact),
      exact,
      band: band.label,
      k: band.k,
      cut: false,
      explanation: `绩效基数 ${moneyAsIs(base)} × K ${formatScore(band.k)}(${band.label},分数 ${formatScore(shown)}) = ${money(exact)}`,
    };
  }
  const cutBelow = options.cutBelow ?? 60;
  const cutRate = options.cutRate ?? 0.3;
  // A total below 0 (deductions past the items' points on a form without a floor) pays no bonus, and takes nothing
  // from the basic salary (§14 「不扣基本工资」): −4.90 paid −68.60.
  if (score < 0) return { pay: 0, exact: 0, cut: true, explanation: `总分 ${formatScore(round2(score))} 低于 0,绩效奖金按 0 计(不扣基本工资)` };
  const bonus = (base * score) / 100;
  const head = (product: string) => `绩效基数 ${moneyAsIs(base)} × ${scoreAsUsed(score)}/100 = ${product}`;
  if (shown < cutBelow) {
    const exact = bonus * (1 - cutRate);
    // The bonus is carried into the cut as it is, and said so on both sides (826.875, not 826.88 then 826.875).
    const explanation = `${head(moneyAsIs(bonus))};不满${formatScore(cutBelow)}分,扣除${formatPercent(cutRate)}绩效奖金:${moneyAsIs(bonus)} × ${formatPercent(1 - cutRate)} = ${money(exact)}`;
    return { pay: round2(exact), exact, cut: true, explanation };
  }
  return { pay: round2(bonus), exact: bonus, cut: false, explanation: head(money(bonus)) };
}

/** One line of a --pay file: 绩效基数 and 基本工资 of a person (by 工号 or 姓名). */
export interface PayInput {
  base: number;
  basicSalary: number | null;
  /** The row's 部门, when the pay file has the column: a row found by name only is compared with it. */
  department?: string;
}

/**
 * §14 for one scored person by the form's pay rule: 绩效奖金 from the 100-point total (cut under 60), or from the
 * band's coefficient (base × K, no cut); 工资总额 = 基本工资 + 绩效奖金 when 基本工资 is given.
 */
export function payLine(pay: PayDef | undefined, total100: number, bandData: Record<string, number> | undefined, bandLabel: string | null, input: PayInput): PayLine {
  let result: PayResult;
  const coefficient = pay?.bonus && typeof pay.bonus === 'object' ? pay.bonus.coefficient : undefined;
  if (coefficient) {
    const k = bandData?.[coefficient] ?? 0;
    const exact = input.base * k;
    result = {
      pay: round2(exact),
      exact,
      k,
      cut: false,
      explanation: `绩效基数 ${moneyAsIs(input.base)} × ${coefficient} ${formatScore(k)}(${bandLabel ?? '—'},分数 ${formatScore(round2(total100))}) = ${money(exact)}`,
    };
  } else {
    const options: PayOptions = {};
    if (pay?.cutBelow !== undefined) options.cutBelow = pay.cutBelow;
    if (pay?.cutRate !== undefined) options.cutRate = pay.cutRate;
    result = performancePay(input.base, total100, undefined, options);
  }
  const gross = input.basicSalary === null ? null : round2(input.basicSalary + result.pay);
  const explanation = gross === null ? result.explanation : `${result.explanation};工资总额 = 基本工资 ${moneyAsIs(input.basicSalary!)} + 绩效奖金 ${money(result.pay)} = ${money(gross)}`;
  return { base: input.base, basicSalary: input.basicSalary, bonus: result.pay, gross, explanation };
}
