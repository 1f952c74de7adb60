import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { CONSOLE_ENDS, CONSOLE_PEOPLE_LIMIT, extraColumns, renderScore, statisticsLine } from '../../src/cli/renderScore.js';
import { renderTable, wrapText } from '../../src/cli/table.js';
import { displayWidth } from '../../src/engine/text.js';
import type { Output } from '../../src/cli/output.js';
import type { PersonResult } from '../../src/model/result.js';
import { digestOf, type GradeReport } from '../../src/io/outcome.js';
import { CONSOLE_PROBLEM_LIMIT } from '../../src/cli/renderProblems.js';
import { rank } from '../../src/engine/scoreForm.js';

function capture(): { o: Output; lines: string[] } {
  const lines: string[] = [];
  const o: Output = { out: (l) => lines.push(...l.split('\n')), err: (l) => lines.push(l), color: new Chalk({ level: 0 }), isTTY: false };
  return { o, lines };
}

function person(i: number, total: number | null): PersonResult {
  return {
    id: String(1000 + i), name: `员工${i}`, department: '客服部', header: {}, items: [], parts: [],
    total, total100: total, band: total === null ? null : total >= 90 ? '优秀' : '一般', explanation: '',
    problems: [], status: total === null ? 'error' : 'scored',
  };
}

function report(people: PersonResult[], output: string | null = '/tmp/x.graded.xlsx'): GradeReport {
  return { form: 'f', formVersion: '1', formTitle: '表', input: 'x.xlsx', output, people, bands: { 优秀: 0, 一般: 0 }, problems: [], layout: 'roster' };
}

describe('console table', () => {
  it('counts CJK and full-width characters as two columns, colour codes as none', () => {
    expect(displayWidth('王芳')).toBe(4);
    expect(displayWidth('ab1')).toBe(3);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('\u001b[31m未评分\u001b[39m')).toBe(6);
    expect(wrapText('一二三四五六七', 6)).toEqual(['一二三', '四五六', '七']);
  });

  it('pads every line of the box to the same display width', () => {
    const out = renderTable(['姓名', 'score'], [['王芳', '79.00'], ['Li Qiang', '100.00'], ['赵\n磊', '—']]);
    const lines = out.split('\n');
    // ┌ + (2 + 8) + ┬ + (2 + 6) + ┐ = 1 + 10 + 1 + 8 + 1 = 21 columns; 赵/磊 on two lines.
    expect(lines).toHaveLength(8);
    for (const l of lines) expect(displayWidth(l)).toBe(21);
    expect(lines[1]).toBe('│ 姓名     │ score  │');
    expect(lines[6]).toBe('│ 磊       │        │');
  });
});

describe('renderScore', () => {
  it('up to the limit prints everyone; the statistics say how many of how many were scored', () => {
    const { o, lines } = capture();
    renderScore(o, report([person(1, 80), person(2, null), person(3, 90)]));
    expect(lines.filter((l) => /员工\d/.test(l))).toHaveLength(3);
    // scored 80 and 90: mean 85, median 85
    expect(lines).toContain('平均 85.00 · 中位数 85.00 · 最高 90.00 · 最低 80.00(已评分 2/3 人)');
  });

  it('people of one name are told apart by their 工号 (two 张伟, 94 and 87, were one name twice); others are not', () => {
    const { o, lines } = capture();
    const twins = [{ ...person(1, 94), name: '张伟' }, { ...person(2, 87), name: '张伟' }, person(3, 90)];
    renderScore(o, report(twins));
    expect(lines.filter((l) => l.includes('张伟') || l.includes('员工3')).map((l) => l.split('│')[1]!.trim())).toEqual(['张伟(1001)', '张伟(1002)', '员工3']);
  });

  it('past the limit prints the best and the lowest ten and where the full table is, never everyone', () => {
    const people = Array.from({ length: 5000 }, (_, i) => person(i, i === 7 ? null : (i % 1000) / 10));
    const { o, lines } = capture();
    renderScore(o, report(people));
    const named = lines.filter((l) => /员工\d/.test(l));
    expect(named).toHaveLength(2 * CONSOLE_ENDS);
    // totals are (i mod 1000)/10: the best is 99.9 (员工999, 1999, …), the lowest 0 (员工0, 1000, …)
    expect(named[0]).toContain('99.90');
    expect(named.at(-1)).toContain('0.00');
    expect(lines.join('\n')).toContain('「汇总」表');
    expect(lines.join('\n')).toContain(`超过 ${CONSOLE_PEOPLE_LIMIT} 人`);
    expect(lines.some((l) => l.includes('已评分 4999/5000 人'))).toBe(true);
  });

  it('past the limit: ranks beside the names, the ties each cut leaves out said, the two tables in one set of widths', () => {
    // 51 people: 99 … 93 (7), 88 × 6 (rank 8), 80 − 0.5k for 25 (80 … 68), 65 × 6 (rank 7 + 6 + 25 + 1 = 39), 60 … 54 (7).
    const totals = [...[99, 98, 97, 96, 95, 94, 93], ...Array(6).fill(88), ...Array.from({ length: 25 }, (_, k) => 80 - k / 2), ...Array(6).fill(65), ...[60, 59, 58, 57, 56, 55, 54]];
    const people = rank(totals.map((t, i) => person(i, t)));
    for (const view of [report(people), digestOf(report(people), { limit: CONSOLE_PEOPLE_LIMIT, ends: CONSOLE_ENDS })]) {
      const { o, lines } = capture();
      renderScore(o, view);
      const named = lines.filter((l) => /员工\d/.test(l));
      expect(named.map((l) => l.split('│')[1]!.trim())).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '8', '8', '39', '39', '39', '45', '46', '47', '48', '49', '50', '51']);
      // The top ten hold three of the six at 88 (rank 8), the lowest ten three of the six at 65 (rank 39): three more each.
      expect(lines.filter((l) => l.startsWith('(另有'))).toEqual(['(另有 3 人同为 88.00 分,名次 8,未列出)', '(另有 3 人同为 65.00 分,名次 39,未列出)']);
      const boxes = lines.filter((l) => /^[┌│├└]/.test(l));
      expect(new Set(boxes.map((l) => displayWidth(l))).size).toBe(1);
    }
  });

  it('a band\'s figure (K) is written with one number of decimals down its column: 1.0, 1.1, 0.9 — not 1 beside 1.1', () => {
    const withK = (i: number, k: number): PersonResult => ({ ...person(i, 90), bandData: { K: k } });
    const [column] = extraColumns([withK(1, 1), withK(2, 1.1), withK(3, 0.9)]);
    expect([1, 1.1, 0.9].map((k, i) => column!.cell(withK(i, k)))).toEqual(['1.0', '1.1', '0.9']);
    expect(extraColumns([withK(1, 1), withK(2, 2)])[0]!.cell(withK(1, 1))).toBe('1');
  });

  it('past the limit with nobody scored promises no lists (it said 「只显示最高和最低各 10 名」 and showed none)', () => {
    const { o, lines } = capture();
    renderScore(o, report(Array.from({ length: 51 }, (_, i) => person(i, null))));
    expect(lines.filter((l) => /员工\d/.test(l))).toEqual([]);
    expect(lines.find((l) => l.startsWith('共 51 人'))).toBe('共 51 人,超过 50 人,没有人评了分(见下面的问题);完整名单见 /tmp/x.graded.xlsx 的「汇总」表;加 --all 在终端显示全部');
  });

  it('a digest (the ends and the statistics, as a grading thread sends a large roster back) prints the same', () => {
    // Ties on purpose: totals (i mod 1000)/10 repeat five times, so which 员工 make the ten must follow the order read.
    const people = Array.from({ length: 5000 }, (_, i) => person(i, i === 7 ? null : (i % 1000) / 10));
    const full = capture();
    renderScore(full.o, report(people));
    const digest = digestOf(report(people), { limit: CONSOLE_PEOPLE_LIMIT, ends: CONSOLE_ENDS });
    // 10 best + 10 lowest are all it holds; the statistics of all 5,000 (4,999 scored) come with it.
    expect(digest.people).toHaveLength(2 * CONSOLE_ENDS);
    expect(digest.digest).toMatchObject({ people: 5000, totals: { scored: 4999, notScored: 1 } });
    const short = capture();
    renderScore(short.o, digest);
    expect(short.lines).toEqual(full.lines);
    // Up to the limit a report is kept whole.
    const few = report(people.slice(0, CONSOLE_PEOPLE_LIMIT));
    expect(digestOf(few, { limit: CONSOLE_PEOPLE_LIMIT, ends: CONSOLE_ENDS })).toBe(few);
  });

  it('a digest keeps the first 50 problems and counts them all: the console prints the same', () => {
    // 120 warnings, then 3 errors (the 121st to 123rd problems): a digest holds 50 of them, and their counts.
    const problem = (i: number, severity: 'error' | 'warning') => ({ severity, code: 'ratio-above-one', message: `员工${i}:回访客户数大于安装客户数`, sheet: '考核表', cell: `G${i + 2}` }) as GradeReport['problems'][number];
    const problems = [...Array.from({ length: 120 }, (_, i) => problem(i, 'warning')), ...[120, 121, 122].map((i) => problem(i, 'error'))];
    const whole = { ...report([person(0, 95)]), problems };
    const full = capture();
    renderScore(full.o, whole);
    const digest = digestOf(whole, { limit: CONSOLE_PEOPLE_LIMIT, ends: CONSOLE_ENDS, problems: CONSOLE_PROBLEM_LIMIT });
    expect(digest.problems).toHaveLength(50);
    expect(digest.problemsCut).toEqual({ total: 123, errors: 3, warnings: 120 });
    const short = capture();
    renderScore(short.o, digest);
    expect(short.lines).toEqual(full.lines);
    // 123 = 3 errors + 120 warnings + 0 notes; 50 listed, 73 more.
    expect(short.lines).toContain('问题 123 条(错误 3,警告 120,提示 0):');
    expect(short.lines).toContain('  还有 73 条,见「问题」表');
    // Up to the limit the problems are kept whole.
    const few = { ...whole, problems: problems.slice(0, 50) };
    expect(digestOf(few, { limit: CONSOLE_PEOPLE_LIMIT, ends: CONSOLE_ENDS, problems: CONSOLE_PROBLEM_LIMIT })).toBe(few);
  });

  it('a record form\'s digest counts its problems too (its console listed 50 and said 50)', () => {
    // 80 rows of an order log, each with an error: the digest keeps 50 of the 80 problems and counts all of them.
    const problems = Array.from({ length: 80 }, (_, i) => ({ severity: 'error', code: 'not-a-number', message: `第 ${i + 2} 行:金额不是数`, sheet: '订单', cell: `D${i + 2}` }) as GradeReport['problems'][number]);
    const log: GradeReport = { ...report([]), records: { label: '订单', total: 80, ok: 0, error: 80 }, groupings: [], groups: [], problems };
    const full = capture();
    renderScore(full.o, log);
    const short = capture();
    renderScore(short.o, digestOf(log, { limit: CONSOLE_PEOPLE_LIMIT, ends: CONSOLE_ENDS, problems: CONSOLE_PROBLEM_LIMIT }));
    expect(short.lines).toEqual(full.lines);
    expect(short.lines).toContain('问题 80 条(错误 80,警告 0,提示 0):');
  });

  it('--all prints everyone', () => {
    const people = Array.from({ length: 300 }, (_, i) => person(i, 50 + (i % 50)));
    const { o, lines } = capture();
    renderScore(o, report(people, null), { all: true });
    expect(lines.filter((l) => /员工\d/.test(l))).toHaveLength(300);
  });

  it('the statistics line with no one scored', () => {
    expect(statisticsLine({ scored: 0, notScored: 3, mean: null, median: null, min: null, max: null })).toBe('平均 — · 中位数 — · 最高 — · 最低 —(已评分 0/3 人)');
  });
});

describe('the statistics line, in the console and atop 汇总', () => {
  it('rounds as every other figure (59.995 → 60.00, not toFixed\'s 59.99) and names the 100-point scale of a form of its own', async () => {
    const { headline } = await import('../../src/io/graded/summarySheets.js');
    const p = person(1, 59.995);
    expect(headline([p])).toBe('已评分 1/1 人 · 平均 60.00 · 中位数 60.00 · 最高 60.00 · 最低 60.00');
    // §15 reports 1–4 (outOf 4): the statistics are of the 100-point totals, and say so.
    const own = { ...person(2, 3.03), total100: 75.83, outOf: 4 };
    expect(headline([own])).toBe('已评分 1/1 人 · 百分制 平均 75.83 · 中位数 75.83 · 最高 75.83 · 最低 75.83');
  });
});

describe('a console table wider than the terminal', () => {
  it('wraps its widest column to fit (an 80-column window wrapped every line into the next); narrow tables are untouched', async () => {
    const { renderTable } = await import('../../src/cli/table.js');
    const long = '调查得分率 86 ÷ 100 = 86% × 30 = 25.8(调查期间 2026年第1季度)';
    const out = renderTable(['姓名', '说明'], [['王芳', long]], { maxWidth: 40 });
    expect(out.split('\n').every((l) => displayWidth(l) <= 40)).toBe(true);
    // Every character is still there, over several lines.
    expect(out.replace(/[│─┌┐└┘├┤┬┴┼\s]/g, '')).toContain('25.8(调查期间2026年第1季度)');
    expect(renderTable(['姓名'], [['王芳']], { maxWidth: 40 })).toBe(renderTable(['姓名'], [['王芳']]));
  });
});

describe('problems of raters\' copies scored together', () => {
  it('name the copy each comes from (three copies have a sheet 考核表); one file alone keeps its lines as they were', () => {
    const problems = [
      { code: 'rater-spread', severity: 'info' as const, message: '林娜:各项客户评无人评分', file: '/x/主管.xlsx', sheet: '考核表', cell: 'B2', person: '林娜' },
      { code: 'form-guessed', severity: 'info' as const, message: '同事乙.xlsx:文件没有模板标记', file: '/x/同事乙.xlsx' },
    ];
    const { o, lines } = capture();
    renderScore(o, { ...report([person(1, 95)]), inputs: ['/x/主管.xlsx', '/x/同事乙.xlsx'], problems }, { verbose: false, all: false });
    expect(lines.slice(-2)).toEqual(['  提示 主管.xlsx 考核表!B2 林娜:各项客户评无人评分', '  提示 同事乙.xlsx:文件没有模板标记']);
    const one = capture();
    renderScore(one.o, { ...report([person(1, 95)]), problems: [problems[0]!] }, { verbose: false, all: false });
    expect(one.lines.at(-1)).toBe('  提示 考核表!B2 林娜:各项客户评无人评分');
  });
});

describe('a narrow terminal', () => {
  const withParts = (i: number): PersonResult => ({
    ...person(i, 92.2),
    parts: ['工作效率', '工作质量', '团队/纪律', '6S管理', '超预期表现'].map((label, k) => ({ id: `p${k}`, label, raw: 20, max: 30, score: 20 })),
  });
  it('60 columns: the five part columns give way (said), 总分 and 等级 stay, no line wider than the terminal', () => {
    const c = capture();
    c.o.columns = 60;
    renderScore(c.o, report([withParts(1), withParts(2)]));
    const table = c.lines.filter((l) => /^[┌│├└]/.test(l));
    expect(Math.max(...table.map(displayWidth))).toBeLessThanOrEqual(60);
    expect(table[1]).toContain('总分');
    expect(table[1]).not.toContain('工作效率');
    expect(c.lines).toContain('(终端较窄,未列出各部分得分;加宽终端可见,评分结果的「汇总」表里也有)');
    // 200 columns hold them all, and nothing is said.
    const wide = capture();
    wide.o.columns = 200;
    renderScore(wide.o, report([withParts(1), withParts(2)]));
    expect(wide.lines.find((l) => l.startsWith('│ 姓名'))).toContain('超预期表现');
    expect(wide.lines.join('\n')).not.toContain('终端较窄');
  });

  it('40 columns: with a second grade (转正建议) the 部门 column gives way too, said; no line wider than 40', () => {
    const probation = (i: number): PersonResult => ({ ...person(i, 78), department: '客户服务中心一部', grades: [{ id: 'advice', label: '转正建议', value: '通过', computed: '通过' }] } as PersonResult);
    const c = capture();
    c.o.columns = 40;
    renderScore(c.o, report([probation(1), probation(2)]));
    const table = c.lines.filter((l) => /^[┌│├└]/.test(l));
    expect(Math.max(...table.map(displayWidth))).toBeLessThanOrEqual(40);
    expect(table[1]).toContain('转正建议');
    expect(table[1]).not.toContain('部门');
    expect(c.lines).toContain('(终端较窄,未列出部门;加宽终端可见,评分结果的「汇总」表里也有)');
  });
});
