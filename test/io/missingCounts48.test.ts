// An optional count's column retyped by the team (「考勤」 for §17 准时出勤, 「出勤·旷工情况」 or 「矿工」 for §18 旷工) was read
// as blank — 0 lapses, full points — with only a warning, at exit 0: 李四 80.00 良好 for 72.00 一般 (§17: 5 lapses → 2;
// 2 + 15 + 25 + 15 + 15 = 72). Over small counts, where the count stood or with an attendance word, it is that count:
// whoever has one other than 0 there is not scored. Fixtures: test/fixtures/missing48/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/missing48', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2)), p.band ?? null]);
const columnProblems = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.severity, p.cell, p.person ?? null]);

describe('§17 probation roster, 准时出勤 (迟到/早退/缺勤次数) retyped', () => {
  // 王五 has 0 there: read as blank it is 0 lapses → 10; 10 + 15 + 25 + 20 + 20 = 90 优秀, scored. 张三 3 (→ 4, 94) and
  // 李四 5 (→ 2, 72) are not: read as blank they were 100 and 80.
  for (const [file, heading] of [['prob-kaoqin.xlsx', '考勤'], ['prob-kaoqin-jilu.xlsx', '考勤记录']] as const) {
    it(`「${heading}」 in its place after the sheet's own fields: 张三 and 李四 not scored (100.00 and 80.00 for 94 and 72), 王五 90`, async () => {
      const r = await gradedReport(fixture(file));
      expect(people(r)).toEqual([['张三', null, null], ['李四', null, null], ['王五', 90, '优秀']]);
      expect(columnProblems(r)).toEqual([['warning', 'H1', null], ['error', 'H2', '张三'], ['error', 'H3', '李四']]);
      const said = r.problems.find((p) => p.cell === 'H3')!;
      expect(said.message).toContain(`这一格的「5」在没有认出的列「${heading}」里(像是「准时出勤」),没有计入,此人不评分;请把列名改为「准时出勤」后重新评分`);
      expect(r.problems.find((p) => p.cell === 'H1')!.message).toContain('这一列填了 0 以外的次数的人不评分');
    });
  }

  it('「考勤情况」 at the end of the sheet, 准时出勤 deleted: the attendance word names it — 张三 and 李四 not scored, 王五 90', async () => {
    const r = await gradedReport(fixture('prob-kaoqin-end.xlsx'));
    expect(people(r)).toEqual([['张三', null, null], ['李四', null, null], ['王五', 90, '优秀']]);
    expect(columnProblems(r)).toEqual([['warning', 'L1', null], ['error', 'L2', '张三'], ['error', 'L3', '李四']]);
  });

  it('all 0 or blank under 「考勤」, or the rows\' numbers under 「序号」 there: a warning, everyone scored (100, 80, 90)', async () => {
    // 0 lapses → 10: 张三 10 + 20 + 30 + 20 + 20 = 100 优秀, 李四 10 + 15 + 25 + 15 + 15 = 80 良好, 王五 90 优秀.
    for (const file of ['prob-kaoqin-zeros.xlsx', 'prob-xuhao.xlsx']) {
      const r = await gradedReport(fixture(file));
      expect(people(r), file).toEqual([['张三', 100, '优秀'], ['李四', 80, '良好'], ['王五', 90, '优秀']]);
      expect(columnProblems(r), file).toEqual([['warning', 'H1', null]]);
    }
  });
});

describe('§18 bao-lun-quality roster, a count of 出勤 retyped', () => {
  // 王五 0 旷工: 28 + 20 + 20 (110 %) + 10 + 20 = 98 特别优秀. 张三 (1 旷工: 25 + 20 + 17 + (10 − 1 − 5 = 4) + 20 = 86 优秀)
  // and 李四 (2 旷工: 22 + 20 + 14 + 0 + 20 = 76 普通) were 91.00 and 85.00 优秀 with 旷工 read as none.
  for (const [file, heading] of [['bao-kuanggong-qingkuang.xlsx', '出勤·旷工情况'], ['bao-kuanggong-ime.xlsx', '矿工'], ['bao-queqin.xlsx', '缺勤']] as const) {
    it(`「${heading}」 for 旷工: 张三 and 李四 not scored (91 and 85 for 86 and 76), 王五 98`, async () => {
      const r = await gradedReport(fixture(file));
      expect(people(r)).toEqual([['张三', null, null], ['李四', null, null], ['王五', 98, '特别优秀']]);
      expect(columnProblems(r)).toEqual([['warning', 'X1', null], ['error', 'X2', '张三'], ['error', 'X3', '李四']]);
      expect(r.problems.find((p) => p.cell === 'X3')!.message).toContain(`这一格的「2」在没有认出的列「${heading}」里(像是「出勤·旷工」)`);
    });
  }

  it('「病事假」 for 请假: 李四 (1) not scored; 张三 (0) 25 + 20 + 17 + (10 − 0 − 1 − 5 = 4) + 20 = 86 优秀, 王五 98', async () => {
    const r = await gradedReport(fixture('bao-bingshijia.xlsx'));
    expect(people(r)).toEqual([['张三', 86, '优秀'], ['李四', null, null], ['王五', 98, '特别优秀']]);
    expect(columnProblems(r)).toEqual([['warning', 'V1', null], ['error', 'V3', '李四']]);
  });
});
