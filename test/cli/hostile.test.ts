// kpi against the hostile corpus (scripts/make-hostile.mjs, generated once here): every file gets either a
// correct score or one Chinese line saying what is wrong and what to do, exit 2, no stack trace, nothing
// left behind, the input byte-for-byte unchanged; the zip bombs within a memory ceiling (refused one after
// another in a process of their own: peak memory is the process's); Chinese encodings and CSV dialects
// scored by hand-computed totals. Commands run in-process (runCli) unless the process is what is measured.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGb18030, HOSTILE_DIR, MATTRESS_TOTALS, makeHostile, makeRosters } from '../../scripts/make-hostile.mjs';
import { repoRoot, runCli, tempDir } from '../helpers.js';

const FORM = 'mattress-cs-monthly';
const MEMORY_CEILING_MB = 300;

interface Refused {
  /** What the line must say (what is wrong / what to do). */
  says: RegExp;
  /** Refused before any form is looked for: --form changes nothing. */
  early?: boolean;
  /** Read, but not a mattress form: without --form 「认不出」, with --form 「没有找到…表头」. */
  notAForm?: boolean;
  bomb?: boolean;
}

/**
 * In-process, the bombs are refused under a 1 MB limit (--max-size): zip-bomb-lying.xlsx is only stopped by
 * inflating up to the limit, 100 MB by default. The default limit, its sentence and the memory it takes are
 * checked once, in the measuring process below.
 */
const SMALL_LIMIT = ['--max-size', '1MB'];
const underSmallLimit = (says: RegExp) => new RegExp(says.source.replace('100 MB', '1 MB'));

/** Every file of makeHostile's corpus. */
const REFUSED: Record<string, Refused> = {
  'billion-laughs.xlsx': { says: /实体声明.*已拒绝读取/, early: true },
  'xxe.xlsx': { says: /实体声明.*已拒绝读取/, early: true },
  'docx-as-xlsx.xlsx': { says: /Word 文档.*请提供 \.xlsx 或 \.csv/, early: true },
  'empty-lines.csv': { says: /没有内容/, early: true },
  'encrypted.xlsx': { says: /密码保护.*取消密码/, early: true },
  'legacy.xls': { says: /旧版 Excel.*另存为 \.xlsx/, early: true },
  'wps.et': { says: /旧版 Excel\/WPS.*另存为 \.xlsx/, early: true },
  'not-a-zip.xlsx': { says: /无法识别/, early: true },
  'numbers.numbers': { says: /Numbers.*导出/, early: true },
  'ods.ods': { says: /OpenDocument.*另存为 \.xlsx/, early: true },
  'pdf.xlsx': { says: /PDF/, early: true },
  'plain.zip': { says: /压缩包.*请先解压/, early: true },
  'spreadsheetml.xml': { says: /SpreadsheetML.*另存为 \.xlsx/, early: true },
  'truncated.xlsx': { says: /不完整/, early: true },
  'zero-byte.xlsx': { says: /空文件/, early: true },
  'zip-bomb.xlsx': { says: /解压后 1\.1 GB,超过上限 100 MB.*--max-size/, early: true, bomb: true },
  'zip-bomb-lying.xlsx': { says: /超过上限 100 MB.*文件头声称只有 4 KB/, early: true, bomb: true },
  'zip64-bomb.xlsx': { says: /解压后 5 GB,超过上限/, early: true, bomb: true },
  'ok.xlsx': { says: /./, notAForm: true },
  'utf8-bom.csv': { says: /./, notAForm: true },
  'csv-named.xlsx': { says: /扩展名是 \.xlsx,但内容是纯文本/, notAForm: true },
  'html-export.xls': { says: /扩展名是 \.xls,但内容是网页\(HTML\)/, notAForm: true },
  // Readable text, but 姓名/工号/客户回访率 only: no mattress heading (the real rosters are makeRosters').
  'gbk.csv': { says: /./, notAForm: true },
  'utf16.csv': { says: /./, notAForm: true },
  'semicolon.csv': { says: /./, notAForm: true },
};
const READABLE = MATTRESS_TOTALS as Record<string, Record<string, number | null>>;
/** What --json must report for each readable export. */
const TEXT_FORMAT: Record<string, { encoding: string; delimiter?: string; exit: number }> = {
  'roster-gbk.csv': { encoding: 'gb18030', delimiter: ',', exit: 0 },
  'roster-utf16.csv': { encoding: 'utf-16le', delimiter: '\t', exit: 0 },
  'roster-semicolon.csv': { encoding: 'utf-8', delimiter: ';', exit: 1 }, // 赵磊's mistakes
  'roster-html.xls': { encoding: 'utf-8', exit: 0 }, // two heading rows, items spanning their inputs
};

let files: Record<string, string>;
const made: string[] = [];
beforeAll(async () => {
  files = { ...(await makeHostile(HOSTILE_DIR)), ...makeRosters(HOSTILE_DIR) };
}, 120_000);
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A private copy of one corpus file, alone in a fresh folder (other test files may regenerate the corpus). */
function copyAlone(name: string): { dir: string; file: string; hash: string } {
  const dir = tempDir('kpi-hostile-');
  made.push(dir);
  const file = path.join(dir, name);
  copyFileSync(files[name]!, file);
  return { dir, file, hash: sha256(file) };
}

/**
 * Refuses each bomb with `kpi score` in one child process, one after another (the same program as bin/kpi.js,
 * grading on its main thread as a single-file run does its work, the console captured), and returns each run
 * and the process's peak RSS: peak memory only grows, so it bounds each bomb's. A run that is not refused
 * (exit 0 or 1) would have written an output beside its bomb, which the caller checks is not there.
 */
function refuseInOneProcess(bombs: { name: string; file: string }[]): Promise<{ runs: { name: string; code: number; stdout: string; stderr: string }[]; peakMB: number }> {
  const script = [
    `import { main } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist/cli/main.js')).href)};`,
    `import { captureOutput } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist/cli/output.js')).href)};`,
    `const runs = [];`,
    `for (const { name, file } of ${JSON.stringify(bombs)}) {`,
    `  const output = captureOutput();`,
    `  const code = await main(['score', file], { output, env: { ...process.env, NO_COLOR: '1' }, gradeOnThisThread: true });`,
    `  runs.push({ name, code, stdout: output.stdout, stderr: output.stderr });`,
    `}`,
    `process.stdout.write(JSON.stringify({ runs, maxRssKB: process.resourceUsage().maxRSS }));`,
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`the measuring process exited ${code}: ${stderr}`));
      const doc = JSON.parse(stdout) as { runs: { name: string; code: number; stdout: string; stderr: string }[]; maxRssKB: number };
      resolve({ runs: doc.runs, peakMB: doc.maxRssKB / 1024 });
    });
  });
}

/** One non-empty stderr line: Chinese, naming the file, no stack frame, not an internal error. */
function expectOneClearLine(stderr: string, name: string): string {
  const lines = stderr.split(/\r?\n/).filter((l) => l.trim() !== '');
  expect(lines, stderr).toHaveLength(1);
  const line = lines[0]!;
  expect(line).toMatch(/^kpi: /);
  expect(line).toMatch(/[\u4e00-\u9fff]/);
  expect(line).toContain(name);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(line).not.toMatch(/内部错误|TypeError|RangeError|Error:/);
  return line;
}

/** The folder holds exactly the input, unchanged: no graded workbook, no temporary file. */
function expectUntouched(dir: string, name: string, hash: string): void {
  expect(readdirSync(dir)).toEqual([name]);
  expect(sha256(path.join(dir, name))).toBe(hash);
}

describe('the corpus is fully classified', () => {
  it('every generated file is either refused or a readable roster here', () => {
    expect(Object.keys(files).sort()).toEqual([...Object.keys(REFUSED), ...Object.keys(READABLE)].sort());
    expect(Object.keys(TEXT_FORMAT).sort()).toEqual(Object.keys(READABLE).sort());
  });
});

describe('kpi score refuses each hostile file: exit 2, one Chinese line, nothing left, input unchanged', () => {
  const cases = Object.entries(REFUSED).flatMap(([name, c]) =>
    c.early || c.notAForm ? [[name, false] as const, [name, true] as const] : [[name, false] as const],
  );
  it.concurrent.each(cases)('%s (--form: %s)', async (name, withForm) => {
    const c = REFUSED[name]!;
    const { dir, hash } = copyAlone(name);
    const args = ['score', name, ...(withForm ? ['--form', FORM] : []), ...(c.bomb ? SMALL_LIMIT : [])];
    const r = await runCli(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const line = expectOneClearLine(r.stderr, name);
    expect(line).toMatch(c.bomb ? underSmallLimit(c.says) : c.says);
    if (c.notAForm) expect(line).toMatch(withForm ? /没有找到「.*」的表头.*请用 kpi template/ : /认不出是哪种考核表.*请用 --form 指定/);
    expectUntouched(dir, name, hash);
  });

  it('the zip bombs are refused within a memory ceiling, each in turn in one process of its own', async () => {
    const bombs = Object.keys(REFUSED).filter((name) => REFUSED[name]!.bomb);
    expect(bombs).toEqual(['zip-bomb.xlsx', 'zip-bomb-lying.xlsx', 'zip64-bomb.xlsx']);
    const copies = bombs.map((name) => ({ name, ...copyAlone(name) }));
    const { runs, peakMB } = await refuseInOneProcess(copies.map(({ name, file }) => ({ name, file })));
    expect(runs.map((r) => r.name)).toEqual(bombs);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(expectOneClearLine(r.stderr, r.name)).toMatch(REFUSED[r.name]!.says); // the default limit, 100 MB
    }
    for (const { name, dir, hash } of copies) expectUntouched(dir, name, hash);
    expect(peakMB, `peak RSS ${peakMB.toFixed(0)} MB`).toBeLessThan(MEMORY_CEILING_MB);
  });

  it('--json on a refused file: the error object on stdout, the same one line on stderr', async () => {
    // The bomb whose sizes are honest: refused from its directory, without the seconds of inflating
    // zip-bomb-lying.xlsx costs (whose refusal and sentence the cases above check).
    const { dir, hash } = copyAlone('zip-bomb.xlsx');
    const r = await runCli(['score', 'zip-bomb.xlsx', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.error).toMatchObject({ severity: 'error', code: 'too-large' });
    expect(expectOneClearLine(r.stderr, 'zip-bomb.xlsx')).toBe(`kpi: ${doc.error.message}`);
    expectUntouched(dir, 'zip-bomb.xlsx', hash);
  });
});

describe('kpi score reads the legitimate exports: GB18030, UTF-16 tab-separated, semicolons, an HTML .xls', () => {
  it.concurrent.each(Object.keys(TEXT_FORMAT))('%s: hand-computed totals, encoding and delimiter in --json', async (name) => {
    const { dir, file, hash } = copyAlone(name);
    const expected = TEXT_FORMAT[name]!;
    const r = await runCli(['score', name, '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(expected.exit);
    const doc = JSON.parse(r.stdout);
    expect(doc.form).toBe(FORM);
    expect(doc.encoding).toBe(expected.encoding);
    if (expected.delimiter) expect(doc.delimiter).toBe(expected.delimiter);
    else expect(doc.delimiter).toBeUndefined();
    expect(Object.fromEntries(doc.people.map((p: { name: string; total: number | null }) => [p.name, p.total]))).toEqual(READABLE[name]);
    const wang = doc.people.find((p: { name: string }) => p.name === '王芳');
    expect(wang).toMatchObject({ id: '1001', department: '客服部', total: 79, band: '一般', status: 'scored' });
    // The graded workbook beside it, nothing else; the input unchanged.
    const graded = name.replace(/\.(csv|xls)$/, '.graded.xlsx');
    expect(doc.output).toBe(path.join(dir, graded));
    expect(readdirSync(dir).sort()).toEqual([name, graded].sort());
    expect(sha256(file)).toBe(hash);
    if (name === 'roster-semicolon.csv') {
      const errors = doc.problems.filter((p: { severity: string }) => p.severity === 'error');
      expect(errors.map((p: { cell: string; person: string }) => [p.cell, p.person])).toEqual([
        ['F5', '赵磊'], // 「五十」
        ['H5', '赵磊'], // 表格管理 3,6: 6 above 5
        ['Q5', '赵磊'], // 旷工「两次」
        ['U5', '赵磊'], // +3 without a reason
      ]);
    }
  });

  it('roster-gbk.csv: --encoding utf-8 is refused in one line; --encoding gbk reads it', async () => {
    const name = 'roster-gbk.csv';
    const { dir, hash } = copyAlone(name);
    const bad = await runCli(['score', name, '--encoding', 'utf-8'], { cwd: dir });
    expect(bad.code).toBe(2);
    expectOneClearLine(bad.stderr, name);
    expectUntouched(dir, name, hash);
    const good = await runCli(['score', name, '--encoding', 'gbk', '--dry-run', '--json'], { cwd: dir });
    expect(good.code, good.stderr).toBe(0);
    expect(JSON.parse(good.stdout).people.map((p: { total: number }) => p.total)).toEqual([79, 100, 85]);
    expectUntouched(dir, name, hash);
  });
});

describe('kpi batch over the whole corpus plus one good sample', () => {
  it('completes with exit 1: the sample and the readable exports graded, every other candidate failed with its reason', async () => {
    const root = tempDir('kpi-hostile-batch-');
    made.push(root);
    const inbox = path.join(root, 'inbox');
    mkdirSync(inbox);
    for (const name of Object.keys(files)) copyFileSync(files[name]!, path.join(inbox, name));
    const good = 'mattress-cs-monthly.march.roster.xlsx';
    copyFileSync(path.join(repoRoot, 'samples', good), path.join(inbox, good));
    const before = Object.fromEntries(readdirSync(inbox).map((f) => [f, sha256(path.join(inbox, f))]));

    const r = await runCli(['batch', inbox, '--settle', '0s', '--recheck', '0s', ...SMALL_LIMIT, '--json'], { cwd: root });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at |内部错误/);
    const doc = JSON.parse(r.stdout) as {
      interrupted: boolean;
      files: { file: string; status: string; output: string | null; problems: { message: string }[] }[];
    };
    expect(doc.interrupted).toBe(false);
    const byFile = Object.fromEntries(doc.files.map((f) => [f.file, f]));

    // batch offers every file to the grader: the readable exports are graded, everything else
    // (.xls/.et/.ods/.numbers/.zip/.xml included) is listed as failed with kpi score's sentence.
    const candidates = Object.keys(files);
    expect(doc.files.map((f) => f.file).sort()).toEqual([...candidates, good].sort());
    expect(byFile[good]).toMatchObject({ status: 'problems' }); // 赵磊's mistakes
    expect(existsSync(byFile[good]!.output!)).toBe(true);
    for (const name of candidates) {
      const f = byFile[name]!;
      if (name in READABLE) {
        expect(f.status, name).toBe(TEXT_FORMAT[name]!.exit === 0 ? 'graded' : 'problems');
        expect(existsSync(f.output!), name).toBe(true);
        continue;
      }
      expect(f.status, name).toBe('failed');
      expect(f.output, name).toBeNull();
      expect(f.problems, name).toHaveLength(1);
      expect(f.problems[0]!.message, name).toMatch(/[\u4e00-\u9fff]/);
      const says = REFUSED[name]!.bomb ? underSmallLimit(REFUSED[name]!.says) : REFUSED[name]!.says;
      expect(f.problems[0]!.message, name).toMatch(REFUSED[name]!.notAForm ? /认不出是哪种考核表/ : says);
      expect(f.problems[0]!.message, name).not.toContain('\n');
    }

    // Inputs unchanged; only graded workbooks, the reports and the manifest were added; no temporary file.
    const after = readdirSync(inbox);
    for (const [name, hash] of Object.entries(before)) expect(sha256(path.join(inbox, name)), name).toBe(hash);
    const added = after.filter((f) => !(f in before)).sort();
    const graded = [good, ...candidates.filter((c) => c in READABLE)].map((f) => byFile[f]!.output!.split(path.sep).pop()!);
    expect(added).toEqual(['.kpi-manifest.json', 'batch-report.json', 'batch-summary.xlsx', ...graded].sort());
  }, 180_000);
});

// Files written here (not the corpus): a 4-byte GB18030 character in a name, --encoding gb18030, --dry-run.
describe('Chinese encodings and CSV dialects score correctly', () => {
  const header = ['工号', '姓名', '部门名称', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理', '日常服务规范·用语不规范', '日常服务规范·短信漏发', '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度', '工作纪律·迟到或早退', '其它·奖惩分', '其它·原因'];
  // §8 worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 → 一般
  const wang = ['001001', '王芳', '客服部', '50', '45', '3,2', '1', '2', '8', '1', '9', '13', '1', '2', '表扬信'];
  // 𠀀 needs 4 GB18030 bytes: 48/60 × 20 = 16; 20; 15; 10; 10; 15; 10 ⇒ 96 → 优秀
  const other = ['001002', '张𠀀', '客服部', '60', '48', '', '', '', '10', '', '10', '15', '', '', ''];

  async function writeAndScore(name: string, bytes: Buffer, args: string[] = []) {
    const dir = tempDir('kpi-enc-');
    made.push(dir);
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const r = await runCli(['score', file, '--form', FORM, '--json', '--dry-run', ...args]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  }
  const expectScores = (doc: { people: Array<{ id: string; name: string; total: number; band: string }> }) =>
    expect(doc.people.map((p) => [p.id, p.name, p.total, p.band])).toEqual([
      ['001001', '王芳', 79, '一般'],
      ['001002', '张𠀀', 96, '优秀'],
    ]);
  const csv = (sep: string) => [header, wang, other].map((r) => r.map((c) => (c.includes(sep) || c.includes(',') ? `"${c}"` : c)).join(sep)).join('\r\n') + '\r\n';

  it('GBK/GB18030 without BOM (Chinese Excel/WPS 「CSV」)', async () => {
    const doc = await writeAndScore('gbk.csv', Buffer.from(encodeGb18030(csv(','))));
    expect([doc.encoding, doc.delimiter]).toEqual(['gb18030', ',']);
    expectScores(doc);
  });

  it('UTF-16 LE with BOM and tabs (Excel 「Unicode 文本」)', async () => {
    const doc = await writeAndScore('unicode.txt.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv('\t'), 'utf16le')]));
    expect([doc.encoding, doc.delimiter]).toEqual(['utf-16le', '\t']);
    expectScores(doc);
  });

  it('UTF-8 with semicolons, and --encoding overriding detection', async () => {
    const doc = await writeAndScore('semi.csv', Buffer.from(csv(';'), 'utf8'));
    expect(doc.delimiter).toBe(';');
    expectScores(doc);
    const forced = await writeAndScore('gbk2.csv', Buffer.from(encodeGb18030(csv(','))), ['--encoding', 'gb18030']);
    expectScores(forced);
  });

  it('an HTML table saved with an .xls name (back-office 「导出Excel」)', async () => {
    const cells = (row: string[], tag: string) => `<tr>${row.map((c) => `<${tag}>${c.replace(/&/g, '&amp;')}</${tag}>`).join('')}</tr>`;
    const html = `<html><head><meta charset="utf-8"></head><body><table>${cells(header, 'th')}${cells(wang, 'td')}${cells(other, 'td')}</table></body></html>`;
    const dir = tempDir('kpi-html-');
    made.push(dir);
    const file = path.join(dir, '导出.xls');
    writeFileSync(file, html);
    const r = await runCli(['score', file, '--form', FORM, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expectScores(JSON.parse(r.stdout));
    expect(existsSync(path.join(dir, '导出.graded.xlsx'))).toBe(true);
  });
});
