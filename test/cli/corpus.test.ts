import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { encodeGb18030, makeHostile } from '../../scripts/make-hostile.mjs';
import { kpi, repoRoot, tempDir } from '../helpers.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let corpus: Record<string, string> = {};

beforeAll(async () => {
  corpus = await makeHostile(path.join(tempDir('kpi-corpus-'), 'hostile'));
});

/** Runs `kpi score` on a copy of `file` alone in a folder; returns the run and what the folder holds after. */
function scoreAlone(file: string, args: string[] = []) {
  const dir = tempDir('kpi-alone-');
  const input = path.join(dir, path.basename(file));
  copyFileSync(file, input);
  const before = sha(input);
  const r = kpi(['score', input, ...args]);
  return { ...r, input, after: sha(input), before, left: readdirSync(dir).filter((f) => f !== path.basename(file)) };
}

describe('hostile and look-alike files through the CLI', () => {
  it('every file of the corpus is refused with one Chinese line naming it: exit 2, no stack, nothing left, input unchanged', () => {
    expect(Object.keys(corpus).length).toBeGreaterThanOrEqual(20);
    for (const [name, file] of Object.entries(corpus)) {
      // --form so that text files are judged on their content, not on the missing template mark.
      const r = scoreAlone(file, ['--form', 'mattress-cs-monthly']);
      const lines = r.stderr.split('\n').filter((l) => l.trim());
      expect(r.code, `${name}: ${r.stderr}`).toBe(2);
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toContain(name);
      expect(lines[0], name).toMatch(/[\u4e00-\u9fff]/);
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
      expect(r.left, name).toEqual([]);
      expect(r.after, name).toBe(r.before);
    }
  });

  it('says what each disguised file really is and what to do', () => {
    const reason = (name: string) => scoreAlone(corpus[name]!).stderr;
    expect(reason('legacy.xls')).toContain('另存为 .xlsx');
    expect(reason('encrypted.xlsx')).toContain('密码');
    expect(reason('zip-bomb.xlsx')).toContain('--max-size');
    expect(reason('billion-laughs.xlsx')).toMatch(/实体|DOCTYPE/);
    expect(reason('zero-byte.xlsx')).toMatch(/空/);
  });

  it('the zip bombs are refused within a memory ceiling', () => {
    if (!existsSync('/usr/bin/time')) return; // the bench script measures this too
    for (const name of ['zip-bomb.xlsx', 'zip-bomb-lying.xlsx', 'zip64-bomb.xlsx']) {
      const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(repoRoot, 'bin/kpi.js'), 'score', corpus[name]!, '--dry-run'], { encoding: 'utf8' });
      const kb = Number(r.stderr.trim().split('\n').pop());
      expect(r.status, name).toBe(2);
      expect(kb / 1024, name).toBeLessThan(300);
    }
  });
});

describe('Chinese encodings and CSV dialects score correctly', () => {
  const header = ['工号', '姓名', '部门名称', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理', '日常服务规范·用语不规范', '日常服务规范·短信漏发', '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度', '工作纪律·迟到或早退', '其它·奖惩分', '其它·原因'];
  // §8 worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 → 一般
  const wang = ['001001', '王芳', '客服部', '50', '45', '3,2', '1', '2', '8', '1', '9', '13', '1', '2', '表扬信'];
  // 𠀀 needs 4 GB18030 bytes: 48/60 × 20 = 16; 20; 15; 10; 10; 15; 10 ⇒ 96 → 优秀
  const other = ['001002', '张𠀀', '客服部', '60', '48', '', '', '', '10', '', '10', '15', '', '', ''];

  function writeAndScore(name: string, bytes: Buffer, args: string[] = []) {
    const dir = tempDir('kpi-enc-');
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const r = kpi(['score', file, '--form', 'mattress-cs-monthly', '--json', '--dry-run', ...args]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  }
  const expectScores = (doc: { people: Array<{ id: string; name: string; total: number; band: string }> }) =>
    expect(doc.people.map((p) => [p.id, p.name, p.total, p.band])).toEqual([
      ['001001', '王芳', 79, '一般'],
      ['001002', '张𠀀', 96, '优秀'],
    ]);
  const csv = (sep: string) => [header, wang, other].map((r) => r.map((c) => (c.includes(sep) || c.includes(',') ? `"${c}"` : c)).join(sep)).join('\r\n') + '\r\n';

  it('GBK/GB18030 without BOM (Chinese Excel/WPS 「CSV」)', () => {
    const doc = writeAndScore('gbk.csv', Buffer.from(encodeGb18030(csv(','))));
    expect([doc.encoding, doc.delimiter]).toEqual(['gb18030', ',']);
    expectScores(doc);
  });

  it('UTF-16 LE with BOM and tabs (Excel 「Unicode 文本」)', () => {
    const doc = writeAndScore('unicode.txt.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv('\t'), 'utf16le')]));
    expect([doc.encoding, doc.delimiter]).toEqual(['utf-16le', '\t']);
    expectScores(doc);
  });

  it('UTF-8 with semicolons, and --encoding overriding detection', () => {
    const doc = writeAndScore('semi.csv', Buffer.from(csv(';'), 'utf8'));
    expect(doc.delimiter).toBe(';');
    expectScores(doc);
    const forced = writeAndScore('gbk2.csv', Buffer.from(encodeGb18030(csv(','))), ['--encoding', 'gb18030']);
    expectScores(forced);
  });

  it('an HTML table saved with an .xls name (back-office 「导出Excel」)', () => {
    const cells = (row: string[], tag: string) => `<tr>${row.map((c) => `<${tag}>${c.replace(/&/g, '&amp;')}</${tag}>`).join('')}</tr>`;
    const html = `<html><head><meta charset="utf-8"></head><body><table>${cells(header, 'th')}${cells(wang, 'td')}${cells(other, 'td')}</table></body></html>`;
    const dir = tempDir('kpi-html-');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, '导出.xls');
    writeFileSync(file, html);
    const r = kpi(['score', file, '--form', 'mattress-cs-monthly', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expectScores(JSON.parse(r.stdout));
    expect(existsSync(path.join(dir, '导出.graded.xlsx'))).toBe(true);
  });
});
