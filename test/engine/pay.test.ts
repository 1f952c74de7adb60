import { describe, expect, it } from 'vitest';
import { performancePay, type KScale } from '../../src/engine/pay.js';

// §13 K bands (left-open) as the catalog decides them.
const kScale: KScale = {
  inclusive: 'upper',
  bands: [
    { min: 95, label: '优秀', k: 1.1 },
    { min: 90, label: '良好', k: 1.0 },
    { min: 85, label: '一般', k: 0.9 },
    { label: '待改进', k: 0.8 },
  ],
};

describe('performancePay (§14)', () => {
  it('§14 example: 基数 2000, 分数 55 → 2000 × 0.55 × 0.7 = 770', () => {
    const r = performancePay(2000, 55);
    expect([r.pay, r.cut]).toEqual([770, true]);
    expect(r.explanation).toBe('绩效基数 2000 × 55/100 = 1100;不满60分,扣除30%绩效奖金:1100 × 70% = 770');
  });

  it('a bonus that is not whole cents is carried as it is into the cut, and shown so: 1743.5775 × 70% = 1220.50', () => {
    // 3170.14 × 55/100 = 1743.577; × 70 % = 1220.5039 → 1220.50. Shown as 1743.58 × 70 % it would check as 1220.51; the product before it says 1743.577 too.
    const r = performancePay(3170.14, 55);
    expect(r.pay).toBe(1220.5);
    expect(r.explanation).toBe('绩效基数 3170.14 × 55/100 = 1743.577;不满60分,扣除30%绩效奖金:1743.577 × 70% = 1220.50');
  });
  it('a bonus that runs on is shown as the score beside it: 966.6666… × 70%, not 966.666666667 after 966.67', () => {
    // 2000 × (145/3)/100 = 966.666… (48.33 < 60: cut) × 70 % = 676.666… → 676.67.
    const r = performancePay(2000, 145 / 3);
    expect(r.pay).toBe(676.67);
    expect(r.explanation).toBe('绩效基数 2000 × 48.3333…/100 = 966.6666…;不满60分,扣除30%绩效奖金:966.6666… × 70% = 676.67');
  });
  it('a total below 0 pays no bonus and takes nothing from the basic salary (−4.9 paid 3000 × −4.9/100 × 0.7 = −102.90)', () => {
    expect(performancePay(3000, -4.9)).toEqual({ pay: 0, exact: 0, cut: true, explanation: '总分 -4.9 低于 0,绩效奖金按 0 计(不扣基本工资)' });
    expect(performancePay(3000, 0).pay).toBe(0);
  });

  it('§28 example: 3000 × 0.7125 = 2137.50, no cut', () => {
    const r = performancePay(3000, 71.25);
    expect([r.pay, r.cut, r.explanation]).toEqual([2137.5, false, '绩效基数 3000 × 71.25/100 = 2137.50']);
  });
  it('a total with 3 or 4 decimals is shown whole, without 「…」: 3333 × 63.625/100 = 2120.61 (it read 「63.6250…」, as if cut short)', () => {
    // 3333 × 0.63625 = 2120.62125 → 2120.62; 2000 × 0.508125 = 1016.25 → cut: × 70 % = 711.375 → 711.38.
    expect(performancePay(3333, 63.625).explanation).toBe('绩效基数 3333 × 63.625/100 = 2120.62');
    expect(performancePay(2000, 50.8125).explanation).toBe('绩效基数 2000 × 50.8125/100 = 1016.25;不满60分,扣除30%绩效奖金:1016.25 × 70% = 711.38');
    // More than 4 decimals: 4 and 「…」, as before.
    expect(performancePay(2000, 76 / 0.9).explanation).toBe('绩效基数 2000 × 84.4444…/100 = 1688.89');
  });
  it.each<[string, number, number, boolean]>([
    ['exactly 60: no cut (2000 × 0.6 = 1200)', 60, 1200, false],
    // The cut is decided on the total as shown (catalog: pay thresholds on the rounded total); the bonus is the
    // total at full precision (the engine keeps it, the workbook stores it).
    ['59.995 shows as 60.00: no cut; the bonus from 59.995 (2000 × 0.59995 = 1199.90)', 59.995, 1199.9, false],
    ['59.994 shows as 59.99: cut (2000 × 0.59994 = 1199.88; × 0.7 = 839.916 → 839.92)', 59.994, 839.92, true],
    ['84.4444… (cs-competency 76 / 0.9): 2000 × 0.844444… = 1688.888… → 1688.89', 76 / 0.9, 1688.89, false],
    ['0 points → 0', 0, 0, true],
  ])('%s', (_name, score, pay, cut) => {
    const r = performancePay(2000, score);
    expect([r.pay, r.cut]).toEqual([pay, cut]);
  });
  it('the threshold and the cut come from options', () => {
    // 70 < 75 → 2000 × 0.7 × (1 − 0.5) = 700
    expect(performancePay(2000, 70, undefined, { cutBelow: 75, cutRate: 0.5 }).pay).toBe(700);
  });

  it.each<[string, number, string, number]>([
    ['96 → 优秀 K 1.1: 2000 × 1.1 = 2200', 96, '优秀', 2200],
    ['95 is 良好 (left-open): 2000 × 1.0', 95, '良好', 2000],
    ['55 with K bands: K 0.8 replaces the under-60 cut (2000 × 0.8 = 1600)', 55, '待改进', 1600],
    ['108 (bonus total) is banded as 100', 108, '优秀', 2200],
  ])('K bands: %s', (_name, score, band, pay) => {
    const r = performancePay(2000, score, kScale);
    expect([r.band, r.pay, r.cut]).toEqual([band, pay, false]);
  });
  it('a total with more than 2 decimals is multiplied as kept, and the explanation says so', () => {
    // 76 / 0.9 = 84.4444…: shown 84.44 in the table, multiplied as 84.4444… (2000 × 0.844444… = 1688.89).
    expect(performancePay(2000, 76 / 0.9).explanation).toBe('绩效基数 2000 × 84.4444…/100 = 1688.89');
  });
  it('a base that is not whole cents is shown as it is, so the product checks: 1234.565 × K 0.8 = 987.65 (it read 1234.57 × 0.8, which is 987.66)', () => {
    // 1234.565 × 0.8 = 987.652 → 987.65; 12.345 × 79.5/100 = 9.814275 → 9.81.
    expect(performancePay(1234.565, 80, kScale).explanation).toBe('绩效基数 1234.565 × K 0.8(待改进,分数 80) = 987.65');
    expect(performancePay(12.345, 79.5).explanation).toBe('绩效基数 12.345 × 79.5/100 = 9.81');
  });
  it('K explanation', () => {
    expect(performancePay(2000, 96, kScale).explanation).toBe('绩效基数 2000 × K 1.1(优秀,分数 96) = 2200');
  });
});
