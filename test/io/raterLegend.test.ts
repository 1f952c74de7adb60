// The 评分人 label above a person's sheet cleared (or its column deleted in LibreOffice with the peers' columns): the
// field was found on the template's legend line below the table, 「自评 仅供参考,不计分;主管评 70%…」, read as 自评 by its
// first word — and the supervisor's marks were refused as a self-assessment's (rater-claim, the person unscored).
import { describe, expect, it } from 'vitest';
import { findRater } from '../../src/engine/raterCopy.js';
import { roundTrip } from '../catalog/roundTrip.js';
import { form } from '../helpers.js';

const ITEMS = ['C1', 'C2', 'C3', 'C4', 'C5'];
const rated = (rater: string, level: string) => Object.fromEntries(ITEMS.map((c) => [`${c}@${rater}`, level]));

describe('the raters\' legend is no one\'s 评分人', () => {
  it('a text naming several raters names none; one rater with a name after it is still that rater', async () => {
    const f = await form('cs-competency');
    expect(findRater(f, '自评 仅供参考,不计分;主管评 70%,必填;同事评 10%;客户评 20%')).toBeUndefined();
    expect(findRater(f, '主管评、同事评')).toBeUndefined();
    expect([findRater(f, '同事评:韩梅梅')?.id, findRater(f, '主管 陈明')?.id, findRater(f, '自评')?.id]).toEqual(['peer', 'supervisor', 'self']);
  });

  it('§9 form layout, the 评分人 label cleared: 张三 scored 0.7 × 80 + 0.1 × 100 + 0.2 × 60 = 78 on each item → 78 良好', async () => {
    const report = await roundTrip('cs-competency', [{ header: { name: '张三', period: '2026-03' }, values: { ...rated('supervisor', '良好'), ...rated('peer', '优秀'), ...rated('customer', '一般') } }], {
      layout: 'form',
      edit: (wb) => {
        const ws = wb.getWorksheet('张三')!;
        let cleared = 0;
        ws.eachRow((row, r) => row.eachCell((cell) => {
          if (r <= 5 && cell.value === '评分人') { cell.value = null; cleared++; }
        }));
        expect(cleared).toBe(1);
      },
    });
    expect(report.people.map((p) => [p.name, p.status, p.total, p.band])).toEqual([['张三', 'scored', 78, '良好']]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
