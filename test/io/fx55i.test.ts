// §26 cs-work-review in the seed's own paper layout: each criterion followed by a line 「(得分:9分)」 (or 「(得分: | 9 | 分)」
// over three cells). Read as lines of no item: 「还没有填写任何一项(必填的 12 项都是空的)」, or twelve 「(得分:」 rows 「不是本
// 考核表的项目…请在考核表定义文件里加上这一项」 — nobody scored, exit 1, for 张三 80.00 良好 (the catalog's worked example).
// Fixtures: test/fixtures/fx55i/cwr-paper.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const dir = path.join(repoRoot, 'test/fixtures/fx55i');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === undefined || p.total === null ? null : Math.round(p.total * 100) / 100, p.band ?? null]);
const said = (r: Report) => r.problems.filter((p) => p.severity !== 'info').map((p) => [p.severity, p.code, p.cell, p.message]);

// Each area = the mean of its three criteria, 总分 = Σ areas (of 40) × 2.5; default bands (优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60).
// 张三 9, 8, 10 → 9; 8, 8, 8 → 8; 7, 9, 8 → 8; 6, 7, 8 → 7 ⇒ 32 × 2.5 = 80.00 良好.
// 李四 10, 10, 10 → 10; 9, 9, 9 → 9; 8, 8, 8 → 8; 7, 7, 7 → 7 ⇒ 34 × 2.5 = 85.00 良好.
// 王五 5, 6, 7 → 6; 6, 6, 6 → 6; 8, 8, 8 → 8; 9, 9, 9 → 9 ⇒ 29 × 2.5 = 72.50 一般.
const expected = [['张三', 80, '良好'], ['李四', 85, '良好'], ['王五', 72.5, '一般']];

describe('§26 「(得分:N分)」 lines under the criteria', () => {
  it('「(得分:9分)」 in one cell under each criterion: 张三 80.00, 李四 85.00, 王五 72.50, nothing said', async () => {
    const r = await gradedReport(path.join(dir, 'cwr-paper-one-cell.xlsx'));
    expect(people(r)).toEqual(expected);
    expect(said(r)).toEqual([]);
  });

  it('「(得分:」 | 9 | 「分)」 over three cells: the same, no 「不是本考核表的项目」', async () => {
    const r = await gradedReport(path.join(dir, 'cwr-paper-three-cells.xlsx'));
    expect(people(r)).toEqual(expected);
    expect(said(r)).toEqual([]);
  });

  it('full-width 「(得分:9.5分)」: 张三 80.42 良好', async () => {
    // 专业 (9.5 + 8 + 10) / 3 = 9.1667; 8; 8; 7 ⇒ 32.1667 × 2.5 = 80.42 良好.
    const r = await gradedReport(path.join(dir, 'cwr-paper-fullwidth.xlsx'));
    expect(people(r)).toEqual([['张三', 80.42, '良好']]);
    expect(said(r)).toEqual([]);
  });

  it('「(得分:____分)」 left blank is a blank criterion: 团队合作精神 required, 张三 not scored', async () => {
    for (const file of ['cwr-paper-blank.xlsx', 'cwr-paper-blank-cells.xlsx']) {
      const r = await gradedReport(path.join(dir, file));
      expect(people(r)).toEqual([['张三', null, null]]);
      expect(said(r)).toEqual([['error', 'required', 'B9', '张三!B9:「团队合作精神」为必填项,应为0到10之间的数,实际为空']]);
    }
  });

  it('a 得分 line under a part heading (no criterion) is not read: 张三 still 80.00, the line said as a score line', async () => {
    // The 10 under 「1. 专业知识与技能(满分:10分)」 is no criterion's: 专业 stays (9 + 8 + 10) / 3 = 9 ⇒ 80.00.
    const r = await gradedReport(path.join(dir, 'cwr-paper-under-part.xlsx'));
    expect(people(r)).toEqual([['张三', 80, '良好']]);
    expect(said(r)).toEqual([['warning', 'unknown-column', 'B5', '张三!B5:张三:这一行「(得分:」是得分行,只作为紧挨在它上面的那一项的得分读取,而它上面一行不是本考核表的项目:填的「10」没有计入总分;如果这是某一项的得分,请把这一行移到那一项的正下方']]);
    const one = await gradedReport(path.join(dir, 'cwr-paper-under-part-one-cell.xlsx'));
    expect(people(one)).toEqual([['张三', 80, '良好']]);
    expect(said(one)).toEqual([['warning', 'unknown-column', 'A5', '张三!A5:张三:这一行「(得分:10分)」是得分行,只作为紧挨在它上面的那一项的得分读取,而它上面一行不是本考核表的项目:填的「10」没有计入总分;如果这是某一项的得分,请把这一行移到那一项的正下方']]);
  });

  it('8 beside the criterion, 「(得分:9分)」 under it: two answers, 张三 not scored', async () => {
    const r = await gradedReport(path.join(dir, 'cwr-paper-twice.xlsx'));
    expect(people(r)).toEqual([['张三', null, null]]);
    expect(said(r)).toEqual([['error', 'duplicate-entry', 'A6', '张三!A6:张三:「熟悉产品和服务,准确清晰回答」有两行:B5 填「8」,这里填「9」,不知道取哪一个;请删去多余的一行(此人不评分)']]);
  });

  it('「(得分:9分)」 with 8 typed in 得分 on the same line: two answers, 张三 not scored', async () => {
    const r = await gradedReport(path.join(dir, 'cwr-paper-line-and-column.xlsx'));
    expect(people(r)).toEqual([['张三', null, null]]);
    expect(said(r)).toEqual([['error', 'duplicate-entry', 'B6', '张三!B6:张三:「熟悉产品和服务,准确清晰回答」的得分行 A6 写的是「9」,这一格又填了「8」,不知道取哪一个;请只留一处(此人不评分)']]);
  });
});
