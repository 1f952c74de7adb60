// Review 63 of c261cdb1 / a1d0d6c5 / 69df5fee (§8 mattress-cs-monthly 奖惩): the reviewer's files. Each CSV row is 80 before
// 奖惩 (18 + 15 + 13 + 9 + 8 + 12 + 5): +2 → 82, −2 → 78, 3 → 83, −3 → 77. The person sheets are 77 before 奖惩.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63m', f);
const M = { form: 'mattress-cs-monthly' } as const;
const results = async (f: string) => (await gradedReport(at(f), M)).people.map((p) => [p.status, p.total]);

describe('§8 奖惩 reasons and headings after review 63', () => {
  it('a 撤销 turned down, a bracket / 、 / colon / slash / dash after 驳回: −2 counted 78, +2 refused (+2 was 82 at exit 0)', async () => {
    expect(await results('B-turned-down-minus.csv')).toEqual(Array(5).fill(['scored', 78]));
    expect((await results('A-turned-down.csv')).every(([s]) => s === 'error')).toBe(true);
  });
  it('what misconduct cost (「旷工一天全勤奖减半」「迟到3次绩效降为C级」): +2 refused, not read as misconduct said fewer (82 at exit 0)', async () => {
    expect((await results('A-fewer.csv')).every(([s]) => s === 'error')).toBe(true);
  });
  it('「经核实是客服部排班错误,已补发」: someone else\'s fault, the award given back — +2 counted 82 (was refused advising −2)', async () => {
    expect(await results('C-own-fault.csv')).toEqual([['scored', 82], ['scored', 82]]);
  });
  it('headings 「奖惩分(扣分,新增有效投诉)」「(扣减/新增被投诉)」: points taken off, 3 beside 客户投诉 is 80 − 3 = 77 (was 83)', async () => {
    expect(await results('A-h-youxiao.csv')).toEqual([['scored', 77]]);
    expect(await results('A-h-bei.csv')).toEqual([['scored', 77]]);
  });
  it('person sheets: −1 「迟到两次」 and −1 「迟到两次。」 / 「-1分」 「迟到2次」 — one line typed twice, refused (summed 75 at exit 0; a copy is 76)', async () => {
    expect(await results('a-copy-period.xlsx')).toEqual([['error', null]]);
    expect(await results('a-copy-fen.xlsx')).toEqual([['error', null]]);
  });
});
