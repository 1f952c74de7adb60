// For any byte string, reading it as a CSV of the mattress form ends in scores or located problems,
// never a crash: gradeFile returns ok:false with one Chinese line, or ok:true where every error is
// placed on a sheet (and, for an entry, on a cell).
import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGb18030, MATTRESS_HEADER } from '../../scripts/make-hostile.mjs';
import type { ProblemCode } from '../../src/model/problem.js';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeOutcome } from '../../src/io/outcome.js';
import { tempDir } from '../helpers.js';

const FORM = 'mattress-cs-monthly';
const RUNS = 100;
/** Problems about one person's entry: they must point at the cell. */
const ENTRY_CODES = new Set<ProblemCode>([
  'required', 'not-a-number', 'not-an-integer', 'out-of-range', 'unknown-choice', 'bad-list', 'reason-required',
  'formula-without-result', 'error-value', 'boolean-value', 'date-value', 'ratio-above-one', 'zero-denominator',
]);

const dir = tempDir('kpi-csv-prop-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function gradeBytes(bytes: Uint8Array): Promise<{ file: string; outcome: GradeOutcome }> {
  const file = path.join(dir, `case-${n++}.csv`);
  writeFileSync(file, bytes);
  try {
    return { file, outcome: await gradeFile(file, { form: FORM, output: null }) };
  } finally {
    rmSync(file, { force: true });
  }
}

function check(file: string, outcome: GradeOutcome): void {
  if (!outcome.ok) {
    const { message, severity } = outcome.failure;
    expect(severity).toBe('error');
    expect(message.trim()).not.toBe('');
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toContain(path.basename(file));
    expect(message).not.toMatch(/内部错误|TypeError|RangeError|undefined|NaN|\[object/);
    return;
  }
  const r = outcome.report;
  expect(r.form).toBe(FORM);
  expect(r.output).toBeNull();
  for (const p of r.problems) {
    // A problem may quote the cell as typed, line breaks included (「王\n王」), so no one-line check here.
    expect(p.message).not.toMatch(/undefined|\[object/);
    if (p.severity !== 'error') continue;
    expect(p.sheet, `${p.code}: ${p.message}`).toBeTruthy();
    if (ENTRY_CODES.has(p.code)) expect(p.cell, `${p.code}: ${p.message}`).toMatch(/^[A-Z]+[1-9][0-9]*$/);
  }
  for (const person of r.people) {
    if (person.total !== null) expect(Number.isFinite(person.total)).toBe(true);
  }
}

// Characters GB18030 two-byte tables and every other encoding here can hold.
const CHARS = [...'王芳李强张敏五十两次客服部表扬信陈主管,，;；\t|"\'\r\n 0123456789.-+%abcE·()()、'];
const field = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 }),
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('', ' ', '3,2', '"3,2"', '="1"', '#N/A', 'TRUE', '2026-03-01', '１２', '五十', '1e400', '-0', '0x10'),
);
const DELIMS = [',', ';', '\t', '|', '，'];
const NEWLINES = ['\r\n', '\n', '\r'];
const ENCODINGS = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from('\ufeff' + text, 'utf8');
    case 'gb18030':
      return encodeGb18030(text);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

/** Text shaped like a CSV export: rows of fields, a delimiter, sometimes quoted, sometimes the real header. */
const csvText = fc
  .record({
    header: fc.oneof(fc.constant(null), fc.subarray(MATTRESS_HEADER as string[], { minLength: 1 }), fc.constant(MATTRESS_HEADER as string[])),
    rows: fc.array(fc.array(field, { maxLength: 24 }), { maxLength: 8 }),
    delim: fc.constantFrom(...DELIMS),
    newline: fc.constantFrom(...NEWLINES),
    quote: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map(({ header, rows, delim, newline, quote, trailing }) => {
    const all = header ? [header, ...rows] : rows;
    const cell = (v: string) => (quote || v.includes(delim) ? `"${v.replaceAll('"', '""')}"` : v);
    return all.map((r) => r.map(cell).join(delim)).join(newline) + (trailing ? newline : '');
  });

describe('gradeFile on arbitrary CSV bytes never throws', () => {
  it('arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const { file, outcome } = await gradeBytes(bytes);
        check(file, outcome);
      }),
      { numRuns: RUNS },
    );
  });

  it('CSV-shaped text in UTF-8, GB18030 and UTF-16, any delimiter, quotes and newlines, with or without the real header', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.constantFrom(...ENCODINGS), async (text, encoding) => {
        const { file, outcome } = await gradeBytes(encode(text, encoding));
        check(file, outcome);
      }),
      { numRuns: RUNS },
    );
  });

  it('the real header over rows of plausible and implausible entries: scored or located', async () => {
    // Mostly valid entries per column (so people do get scored), sometimes anything at all.
    const count = fc.integer({ min: 0, max: 3 }).map((n) => (n === 0 ? '' : String(n)));
    const valid = [
      fc.integer({ min: 0, max: 80 }).map(String), // 本月安装(售服)客户数
      fc.integer({ min: 0, max: 80 }).map(String), // 回访客户数
      fc.array(fc.integer({ min: 2, max: 5 }), { maxLength: 3 }).map((a) => a.join(',')), // 表格管理
      count, count, count, // 日常服务规范
      fc.integer({ min: 6, max: 10 }).map(String), count, // 回访问题处理效率
      fc.integer({ min: 0, max: 10 }).map(String), fc.integer({ min: 0, max: 15 }).map(String), // 处理能力, 态度
      count, count, count, count, // 工作纪律
      fc.constantFrom('', '2', '-3', '-100', '100'), fc.constantFrom('', '客户表扬信'), // 奖惩分, 原因
    ];
    const row = fc.tuple(
      fc.constantFrom('王芳', '李强', '', '合计'),
      fc.tuple(...valid.map((v) => fc.oneof({ arbitrary: v, weight: 30 }, { arbitrary: field, weight: 1 }))),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), fc.constantFrom(...ENCODINGS), async (rows, encoding) => {
        const lines = [MATTRESS_HEADER as string[], ...rows.map(([name, rest]) => ['1001', name, '客服部', '2026-03', '陈主管', ...rest])];
        const text = lines.map((r) => r.map((v) => `"${v.replaceAll('"', '""')}"`).join(',')).join('\r\n');
        const { file, outcome } = await gradeBytes(encode(text, encoding));
        check(file, outcome);
        if (outcome.ok) {
          for (const p of outcome.report.people) {
            if (p.status === 'scored') expect(p.total).toEqual(expect.any(Number));
            if (p.total !== null) expect(p.total).toBeGreaterThanOrEqual(0);
            if (p.total !== null) expect(p.total).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('line endings mixed in one file', () => {
  it('a CRLF heading with rows added in an editor that writes LF: every row is read (only the first was)', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { tempDir } = await import('../helpers.js');
    const file = path.join(tempDir(), 'mixed.csv');
    // Three people; the rows after the first end in LF, the heading and the last row in CRLF.
    const head = '姓名,工号,部门,专业知识,服务态度,沟通能力,问题解决,工作效率,团队合作,学习能力,责任心,出勤纪律';
    const row = (name: string, id: string, v: number) => [name, id, '客服部', ...Array(9).fill(v)].join(',');
    writeFileSync(file, `${head}\r\n${row('甲', '1', 10)}\n${row('乙', '2', 8)}\n${row('丙', '3', 9)}\r\n`);
    const out = await gradeFile(file, { form: 'cs-rep', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.people.map((p) => p.name)).toEqual(['甲', '乙', '丙']);
  });
});
