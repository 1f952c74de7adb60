// Headings as people retype them: an item's points after its name (「业务考核 10分」, 「业务考核【10分】」), as
// 「业务考核(10分)」 always was; two words joined the other way (「意见与建议」 for 建议和意见).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { labelVariants } from '../../src/io/normalize.js';
import { tempDir } from '../helpers.js';

describe('two words joined by another word, or the other way round', () => {
  it('「意见与建议」, 「建议及意见」, 「意见、建议」 are variants of 建议和意见; a name with two joins is left as it is', () => {
    for (const h of ['意见与建议', '建议及意见', '意见、建议', '建议与意见', '建议/意见']) expect(labelVariants(h)).toContain('建议和意见');
    expect(labelVariants('迟到或早退')).toEqual(['迟到或早退']);
  });

  it('§3 survey with 「建议/意见」: each customer counted, the suggestion listed — its writers were dropped (2 of 3 customers, 73.75 for 79.17)', async () => {
    const file = path.join(tempDir(), 's.csv');
    writeFileSync(file, '客户,产品质量,服务,交付准确性,售后支持,建议/意见\r\nA公司,8,8,8,8,\r\nB公司,9,9,9,9,发货快\r\nC公司,7,6,7,7,\r\n');
    const outcome = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // (8 + 9 + 6.75) / 3 = 7.9167 → 指数 79.17.
    expect(outcome.report.groups![0]!.figures).toMatchObject({ responses: 3 });
    expect(outcome.report.groups![0]!.figures.overall).toBeCloseTo(23.75 / 3, 10);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('§3 survey with 「意见与建议」: both customers counted, the suggestion listed (a comment never removed a rating)', async () => {
    const file = path.join(tempDir(), 's.csv');
    writeFileSync(file, '客户,产品质量,服务,交付准确性,售后支持,意见与建议\r\nA公司,9,8,9,7,希望送货更快\r\nB公司,8,8,8,8,\r\n');
    const outcome = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // Means (9+8)/2 = 8.5, 8, 8.5, 7.5 → overall 8.125 → index 81.25.
    expect(outcome.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const month = outcome.report.groups![0]!;
    expect(month.figures).toMatchObject({ responses: 2, quality: 8.5, service: 8, accuracy: 8.5, support: 7.5, overall: 8.125, index: 81.25 });
    expect(JSON.stringify(month.figures.advice)).toContain('希望送货更快');
  });
});

describe('points after a heading', () => {
  it('are a variant without them; a name that only ends in a number or in 分 keeps it', () => {
    for (const h of ['业务考核 10分', '业务考核10分', '业务考核【10分】', '业务考核-10分', '业务考核 [10 分]']) expect(labelVariants(h)).toContain('业务考核');
    expect(labelVariants('业务考核 10分·上级')).toContain('业务考核·上级');
    for (const h of ['急迫性报修20分钟内到达', '奖惩分', '面试官3', '10分']) expect(labelVariants(h)).toEqual([h]);
  });

  it('cs-scheme-100 with 「业务考核 10分」: its 10 counts: 20 + 30 + 10 + 10 + 5 + 5 + 10 + 5 = 95', async () => {
    const file = path.join(tempDir(), 'r.csv');
    writeFileSync(file, '姓名,部门,业绩考核,质量考核,业务考核 10分,通话利用率,报表提交及时性,出勤情况,问题反馈及工作配合度,遵守规章制度及上级综合评分\r\n张三,客服部,20,30,10,10,5,5,10,5\r\n');
    const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // §13: 95 is 良好 (left-open: 优秀 is above 95).
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 95, '良好']]);
    expect(outcome.report.problems.filter((p) => p.code === 'unknown-column' || p.severity === 'error')).toEqual([]);
  });
});

describe('a roster whose every item column is the item\'s score', () => {
  it('§2 「员工基本标准得分」 … in all 14 columns: refused saying they are scores and what to fill (it was 「没有找到…的表头」)', async () => {
    const { form } = await import('../helpers.js');
    const f = await form('property-cs-monthly');
    const labels = f.parts.flatMap((p) => p.items).map((i) => i.label);
    const file = path.join(tempDir(), 'scores.csv');
    writeFileSync(file, `部门/管理处,${labels.map((l) => `${l}得分`).join(',')}\r\n一区管理处,${labels.map(() => '9').join(',')}\r\n`);
    const outcome = await gradeFile(file, { form: 'property-cs-monthly', output: null });
    // Located at the first of those headings (B1: A1 is 部门/管理处), for --json and the console.
    expect(outcome.ok ? null : [outcome.failure.sheet, outcome.failure.cell]).toEqual(['scores', 'B1']);
    expect(outcome.ok ? null : [outcome.failure.code, outcome.failure.message]).toEqual([
      'item-not-found',
      `scores.csv:工作表「scores」第 1 行的列「${labels[0]}得分」、「${labels[1]}得分」、「${labels[2]}得分」、「${labels[3]}得分」等 14 列是各项的得分;「客服服务月度考评表」的这些项目按填写的次数、比率等计算,不读得分,无法评分。请用 kpi template property-cs-monthly --layout roster 生成的名单填写,如「${labels[0]}·不符合项数」`,
    ]);
  });
});

describe('a row of units under the headings that gives another unit than the input\'s', () => {
  it('sales-cs-kpi 「客户满意度(分)」 holding 95: the 0–100 score (95 is past the item\'s 20); all at most 20: refused as before', async () => {
    const head = '姓名,实际销售额,目标销售额,客户满意度(分),新客户数,潜在客户(访问)数,目标转化率,平均响应秒数,目标秒数,投诉处理,产品知识,团队协作,个人素质';
    const rest = '10,100,10%,30,30,100,100,100,100';
    const grade = async (a: number, b: number, heading = head) => {
      const file = path.join(tempDir(), 'k.csv');
      writeFileSync(file, `${heading}\r\n张三,100000,100000,${a},${rest}\r\n李四,100000,100000,${b},${rest}\r\n`);
      const outcome = await gradeFile(file, { form: 'sales-cs-kpi', output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      return outcome.report;
    };
    // 销售额 1 × 25 = 25, 转化率 (10/100) ÷ 10 % = 1 × 15 = 15, 响应 30/30 × 10 = 10, 投诉 10, 产品 10, 团队 5, 素质 5 = 80;
    // 客户满意度 95/100 × 20 = 19 → 99, and 18/100 × 20 = 3.6 → 83.6.
    const read = await grade(95, 18);
    expect(read.people.map((p) => [p.name, p.total])).toEqual([['张三', 99], ['李四', 83.6]]);
    expect(read.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // 「(分数)」 says the same. 150 is a slip on either scale: no evidence; with 18 beside it the column is refused, as
    // all ≤ 20 is (read as 0–100, the 18 would be 3.6 points of 20 without a word).
    expect((await grade(95, 18, head.replace('客户满意度(分)', '客户满意度(分数)'))).people.map((p) => p.total)).toEqual([99, 83.6]);
    const slip = await grade(150, 18);
    expect(slip.people.every((p) => p.status === 'error')).toBe(true);
    expect(slip.problems.find((p) => p.code === 'unknown-column')?.message).toMatch(/列「客户满意度\(分\)」像是「客户满意度」这一项的得分/);
    // 18 and 15 could be points of 20 (the item's score) as well: not read, said, nobody scored on a guess.
    const refused = await grade(18, 15);
    expect(refused.people.every((p) => p.status === 'error')).toBe(true);
    // Each person's error is at the cell of the column not read; no second one saying the column is not there.
    expect(refused.problems.filter((p) => p.code === 'required').map((p) => p.message)).toEqual([]);
    expect(refused.problems.filter((p) => p.code === 'unknown-column').map((p) => p.cell)).toEqual(['D1', 'D2', 'D3']);
    expect(refused.problems.find((p) => p.code === 'unknown-column')?.message).toMatch(/列「客户满意度\(分\)」像是「客户满意度」这一项的得分/);
  });

  it('sales-cs-kpi 「(万元)」 under 实际销售额 (元) and 「(分钟)」 under 平均响应秒数: not read, said (120 万元 was 120 元: 73.003 for 96.33, exit 0)', async () => {
    const file = path.join(tempDir(), 'units.csv');
    writeFileSync(file, [
      '工号,姓名,销售额·实际销售额,销售额·目标销售额,客户满意度,转化率·新客户数,转化率·潜在客户(访问)数,转化率·目标转化率,响应时间·平均响应秒数,响应时间·目标秒数,投诉处理,产品知识,团队协作,个人素质',
      ',,(万元),(元),(分),(人),(人),(%),(分钟),(秒),(分),(分),(分),(分)',
      '7001,甲,120,1000000,90,10,100,10%,1,20,100,100,100,100',
    ].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'sales-cs-kpi', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.status])).toEqual([['甲', 'error']]);
    expect(outcome.report.problems.filter((p) => p.code === 'item-not-found' && p.cell?.endsWith('1')).map((p) => p.message.replace(/^[^:]*:/, ''))).toEqual([
      '工作表「units」的列「销售额·实际销售额」下面的单位行写着「万元」,本表「销售额·实际销售额」按「元」填写,这一列没有读取,无法为「销售额」评分;请换算成「元」后填写,并删去单位行里的「万元」',
      '工作表「units」的列「响应时间·平均响应秒数」下面的单位行写着「分钟」,本表「响应时间·平均响应秒数」按「秒」填写,这一列没有读取,无法为「响应时间」评分;请换算成「秒」后填写,并删去单位行里的「分钟」',
    ]);
    // The same row in the input's own units is read: 销售额 1,200,000 / 1,000,000 = 120 % (the cap) × 25 = 30; 满意度 90
    // → 18; 转化率 10 % / 10 % × 15 = 15; 响应 20 s / 60 s × 10 = 3.33; 10 + 10 + 5 + 5 → 96.33.
    // 「分」 (minutes) over 秒, 「分钟/次」, 「分」 (cents) over 元: not read either (2 分 was 2 s: 95 for 87.5).
    const units = readFileSync(file, 'utf8');
    for (const [from, to] of [['(分钟)', '(分)'], ['(分钟)', '分钟/次'], ['(万元)', '(分)']] as const) {
      writeFileSync(file, units.replace(from, to));
      const r = await gradeFile(file, { form: 'sales-cs-kpi', output: null });
      expect(r.ok ? r.report.people.map((p) => p.status) : null, to).toEqual(['error']);
    }
    // 「秒钟」 is seconds: read (it was refused).
    writeFileSync(file, units.replace('(万元)', '(元)').replace('(分钟)', '(秒钟)').replace('7001,甲,120,', '7001,甲,1200000,').replace('10%,1,20', '10%,60,20'));
    const seconds = await gradeFile(file, { form: 'sales-cs-kpi', output: null });
    expect(seconds.ok ? seconds.report.people.map((p) => [p.status, Number(p.total!.toFixed(2))]) : null).toEqual([['scored', 96.33]]);
    writeFileSync(file, units.replace('(万元)', '(元)').replace('(分钟)', '(秒)').replace('7001,甲,120,', '7001,甲,1200000,').replace('10%,1,20', '10%,60,20'));
    const ok = await gradeFile(file, { form: 'sales-cs-kpi', output: null });
    if (!ok.ok) throw new Error(ok.failure.message);
    expect(ok.report.people.map((p) => [p.status, Number(p.total!.toFixed(2))])).toEqual([['scored', 96.33]]);
  });
});

// A heading printing other points than the form gives its item: 18 under 「员工的工作效率(30分)」 was read as 18 of 20
// (express-cs: 18 + 39.5 + 39 = 96.50 优秀), exit 0, for a team whose own form gives the item 30.
describe('a heading that prints other points than the form gives its item', () => {
  const grade = async (heading: string, form: string, csv: string) => {
    const file = path.join(tempDir(), 'r.csv');
    writeFileSync(file, csv.replace('{H}', heading));
    const outcome = await gradeFile(file, { form, output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  };
  const express = '姓名,{H},推诿客户(次),违反次数\r\n张三,18,1,2\r\n李四,,0,0\r\n';

  it('points typed under it are read on neither scale: an error at the heading and at each filled cell, the person not scored', async () => {
    const r = await grade('员工的工作效率(30分)', 'express-cs', express);
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['张三', 'error'], ['李四', 'error']]);
    const said = r.problems.filter((p) => p.code === 'heading-points');
    expect(said.map((p) => [p.cell, p.severity, p.person ?? null])).toEqual([['B1', 'error', null], ['B2', 'error', '张三']]);
    expect(said[0]!.message).toContain('列「员工的工作效率(30分)」写的是 30 分,而本表(快递公司客服部绩效考核 1.1.0)「员工的工作效率」满分 20 分');
    expect(said[1]!.message).toContain('这一格的「18」在列「员工的工作效率(30分)」里:列名写满分 30 分,本表「员工的工作效率」满分 20 分,不知按哪个满分读,没有计入,此人不评分');
  });

  it('the form\'s own points, written any way, are read as before: 18 + (40 − 0.5) + (40 − 2 × 0.5) = 96.5', async () => {
    for (const h of ['员工的工作效率(20分)', '员工的工作效率(满分20分)', '员工的工作效率【20分】', '员工的工作效率 20分', '员工的工作效率(0-20分)', '员工的工作效率']) {
      const r = await grade(h, 'express-cs', express);
      expect(r.people.find((p) => p.name === '张三')!.total, h).toBe(96.5);
      expect(r.problems.filter((p) => p.code === 'heading-points'), h).toEqual([]);
    }
  });

  it('a grade under it is read as before (it reads the same on any scale): no heading-points', async () => {
    // after-sales-monthly 服务意识 (a grade, 50 points): 4级 is 40 of them whatever the heading says.
    const r = await grade('服务意识·上级(40分)', 'after-sales-monthly', '姓名,{H}\r\n张三,4级\r\n');
    expect(r.problems.filter((p) => p.code === 'heading-points')).toEqual([]);
    expect(r.people[0]!.items.find((i) => i.label === '服务意识')?.score).toBe(40);
  });
});

// A unit entered twice on a form of 管理处 (§2) was said as 「姓名「一号楼」重复」: the form's own word for whom it scores.
describe('a unit entered twice', () => {
  it('is named by the form\'s own word for it (管理处), not 姓名', async () => {
    const file = path.join(tempDir(), 'twice.csv');
    writeFileSync(file, '部门/管理处,考评月份,员工基本标准·不符合项数\r\n一号楼,2026-03,1\r\n一号楼,2026-03,2\r\n');
    const outcome = await gradeFile(file, { form: 'property-cs-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const said = outcome.report.problems.filter((p) => p.code === 'duplicate-person');
    expect(said.length).toBeGreaterThan(0);
    for (const p of said) expect(p.message).toMatch(/部门\/管理处「一号楼」重复/);
  });
});

// Rosters built by hand (rt14): a department's subtotal named for the department (客服一部小计, 东区平均, 客服部合计:,
// 客服一部(小计)) was scored as a person (95.00 优秀, one more 优秀 counted), and items numbered 1.1 / 1-1 / ① made the
// whole file 「没有找到表头」.
describe('a hand-made roster\'s subtotal rows and item numbers', () => {
  it('subtotals named for a department, region or centre are no one; names that only contain those words are people', async () => {
    const { TOTAL } = await import('../../src/io/rowKinds.js');
    for (const t of ['客服一部小计', '二部平均', '东区平均', '客服部合计', '客服中心平均', '部门小计:', '客服一部(小计)', '华东区合计', '门店合计']) expect(TOTAL.test(t), t).toBe(true);
    for (const t of ['王芳', '李部', '区小平', '东区', '客服一部', '王小计']) expect(TOTAL.test(t), t).toBe(false);
  });

  it('items numbered 1.1, 1-1, 2.3.1、 or ① are the items', async () => {
    const { withoutNumbering, labelVariants } = await import('../../src/io/normalize.js');
    expect(['1.1 顾客满意度', '1.1顾客满意度', '1-1 及时回应', '2.3.1、及时回应', '3.日常服务规范', 'A1 回访率'].map(withoutNumbering)).toEqual(['顾客满意度', '顾客满意度', '及时回应', '及时回应', '日常服务规范', '回访率']);
    expect(labelVariants('①及时回应')).toContain('及时回应');
    // The scores of cs-dept-rating under numbered headings: 良好 on every factor, 3 of 4 → 良好.
    const file = path.join(tempDir(), 'n.csv');
    const { form } = await import('../helpers.js');
    const f = await form('cs-dept-rating');
    const labels = f.parts.flatMap((p) => p.items.map((i) => i.label));
    writeFileSync(file, `姓名,${labels.map((l, k) => `${Math.floor(k / 4) + 1}.${(k % 4) + 1} ${l}`).join(',')}\r\n王芳,${labels.map(() => '良好').join(',')}\r\n`);
    const outcome = await gradeFile(file, { form: 'cs-dept-rating', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'scored']]);
  });
});

// sales-cs-kpi under a two-row heading 「客户满意度(20分)」 over 「得分」: 18 (of 20) was read on the input's own 0–100 scale,
// 18 % × 20 = 3.6, and 王芳 scored 55.78 待改进 for 94.5 优秀, exit 0. The one-row 「客户满意度(20分)」 was refused already.
describe('points on an item above a column named only as a score', () => {
  it('are refused as the one-row heading is; an item\'s points above its count (员工基本标准(10分)·不符合项数) are read', async () => {
    const { findRosterHeader } = await import('../../src/io/readRoster.js');
    const { gridFromRows } = await import('../../src/io/grid.js');
    const { form } = await import('../helpers.js');
    const kpi = await form('sales-cs-kpi');
    const grid = gridFromRows('s', [['姓名', '客户满意度(20分)'], ['', '得分'], ['王芳', '18']]);
    const h = findRosterHeader(grid, kpi);
    expect(h?.columns.get(2)).toBeUndefined();
    const site = await form('property-cs-monthly');
    const g2 = gridFromRows('p', [['管理处', '员工基本标准(10分)'], ['', '不符合项数'], ['一区', '1']]);
    const target = findRosterHeader(g2, site)?.columns.get(2);
    expect(target?.kind === 'entry' ? [target.item.label, target.input.label] : null).toEqual(['员工基本标准', '不符合项数']);
  });
});

describe('points after the heading of a choice worth points', () => {
  const HEAD = '姓名,准时出勤,专业知识(20分),服务态度(20分),团队合作(20分),问题解决(20分)';

  it('§17 「服务态度(20分)」 (30 in the form) with points typed: refused at the heading and at each figure, not read as the 20-point choice', async () => {
    const file = path.join(tempDir(), 'p.csv');
    writeFileSync(file, [HEAD, '李四,0,20,20,20,20', '张三,0,15,良好,20,15'].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'probation', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 李四's 20 was read as 服务态度's 20-point choice of 30: 10 + 20 + 20 + 20 + 20 = 90 at exit 0.
    const errors = outcome.report.problems.filter((p) => p.code === 'heading-points');
    expect(errors.map((p) => [p.severity, p.cell])).toEqual([['error', 'D1'], ['error', 'D2']]);
    expect(errors[0]!.message).toContain('列「服务态度(20分)」写的是 20 分,而本表(');
    expect(errors[0]!.message).toContain('填了分数的人不评分(写选项文字的照常评分)');
    expect(outcome.report.people.map((p) => [p.name, p.status])).toEqual([['李四', 'error'], ['张三', 'error']]);
  });

  it('the same heading over answers in words only is read as before (the choice is the same whatever the points printed)', async () => {
    const file = path.join(tempDir(), 'w.csv');
    const choices = ['熟悉公司产品和服务,并能提供准确的解答和帮助', '友好、耐心地对待客户,提供高效、满意的服务', '积极与团队成员合作,协调解决问题,并参与团队讨论和活动', '能够快速、准确地解决客户的问题,提供有效的解决方案'];
    writeFileSync(file, [HEAD, `李四,0,"${choices.join('","')}"`].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'probation', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 准时出勤 0 次 → 10; the top choice of each: 20 + 30 + 20 + 20 → 100.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['李四', 100]]);
    expect(outcome.report.problems.filter((p) => p.code === 'heading-points')).toEqual([]);
  });
});
